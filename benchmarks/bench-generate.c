/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerBench"

#include "config.h"

#include "bench-generate.h"

#define SOURCE "{\"title\":\"Generated\",\"url\":null,\"as_of\":null,\"verified\":false}"

static const char * const syllables[] = {
  "ka", "lo", "mi", "ra", "ven", "tor", "sil", "dan", "pe", "qua", "ex", "zor",
  "bel", "ni", "ost", "ru", "fen", "ga", "hil", "jo", "mar", "ne", "pri", "sta",
};

/* A small deterministic hash, so that neighbouring indices look unrelated */
static guint32
mix (guint32 x)
{
  x ^= x >> 16;
  x *= 0x7feb352d;
  x ^= x >> 15;
  x *= 0x846ca68b;
  x ^= x >> 16;
  return x;
}

static void
append_word (GString *out,
             guint32  seed,
             gboolean capital)
{
  guint n = 2 + seed % 2;
  gsize start = out->len;

  for (guint i = 0; i < n; i++)
    {
      seed = mix (seed + i);
      g_string_append (out, syllables[seed % G_N_ELEMENTS (syllables)]);
    }
  if (capital)
    out->str[start] = g_ascii_toupper (out->str[start]);
}

char *
bench_skill_word (guint index)
{
  GString *word = g_string_new (NULL);

  append_word (word, mix (index * 2 + 1), FALSE);
  return g_string_free (word, FALSE);
}

static void
append_sentence (GString *out,
                 guint32  seed,
                 guint    n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      append_word (out, mix (seed * 31 + i), i == 0);
    }
  g_string_append_c (out, '.');
}

static void
append_categories (GString                *out,
                   const BenchCatalogSpec *spec)
{
  g_string_append (out, "\"categories\":[");
  for (guint i = 0; i < spec->n_categories; i++)
    {
      g_string_append_printf (out, "%s{\"id\":\"cat-%u\",\"name\":\"", i > 0 ? "," : "", i);
      append_word (out, mix (i + 7777), TRUE);
      g_string_append_printf (out, " %u\",\"description\":\"", i);
      append_sentence (out, i + 99991, 6);
      g_string_append (out, "\"}");
    }
  g_string_append (out, "]");
}

static void
append_skills (GString                *out,
               const BenchCatalogSpec *spec)
{
  g_string_append (out, "\"skills\":[");
  for (guint i = 0; i < spec->n_skills; i++)
    {
      g_string_append_printf (out, "%s{\"id\":\"skill-%u\",\"name\":\"", i > 0 ? "," : "", i);
      /* The first word is bench_skill_word (i) */
      append_word (out, mix (i * 2 + 1), TRUE);
      g_string_append_c (out, ' ');
      append_word (out, mix (i * 2 + 2), TRUE);
      g_string_append_printf (out, "\",\"category\":\"cat-%u\",\"description\":\"",
                              i % MAX (spec->n_categories, 1));
      append_sentence (out, i, 8);
      g_string_append (out, "\",\"levels\":[\"None\",\"Aware\",\"Working\",\"Proficient\","
                            "\"Expert\"]}");
    }
  g_string_append (out, "]");
}

static void
append_roles (GString                *out,
              const BenchCatalogSpec *spec)
{
  guint size = MIN (spec->role_size, spec->skill_space);

  g_string_append (out, "\"roles\":[");
  for (guint r = 0; r < spec->n_roles; r++)
    {
      guint offset = (r * 7919u) % MAX (spec->skill_space, 1);

      g_string_append_printf (out,
                              "%s{\"id\":\"role-%u\",\"title\":\"Role %u\",\"summary\":\"S.\","
                              "\"responsibilities\":[],\"masters_focus\":\"M.\","
                              "\"weights_note\":\"Generated.\",\"salaries\":[],\"outlook\":[],"
                              "\"skills\":[", r > 0 ? "," : "", r, r);
      for (guint j = 0; j < size; j++)
        g_string_append_printf (out, "%s{\"skill\":\"skill-%u\",\"importance\":%u,\"target\":%u}",
                                j > 0 ? "," : "", (offset + j) % spec->skill_space,
                                1 + mix (r * 131 + j) % 5, 1 + mix (r * 137 + j) % 4);
      g_string_append (out, "]}");
    }
  g_string_append (out, "]");
}

static void
append_course (GString                *out,
               const BenchCatalogSpec *spec,
               guint                   i)
{
  guint32 h = mix (i + 4242);

  g_string_append_printf (out, "{\"id\":\"c-%u\",\"code\":\"GEN %u\",\"title\":\"", i, 1000 + i);
  append_word (out, h, TRUE);
  g_string_append (out, "\",\"credits\":");
  /* One course in 16 of unknown credits, as in real catalogs */
  if (h % 16 == 0)
    g_string_append (out, "null");
  else
    g_string_append_printf (out, "%u", 2 + h % 3);
  g_string_append (out, ",\"description\":\"");
  append_sentence (out, h, 3);
  g_string_append_printf (out, "\",\"skills\":[{\"skill\":\"skill-%u\",\"level\":%u}",
                          h % spec->skill_space, 1 + (h >> 8) % 4);
  /* A second, different skill */
  if (spec->skill_space > 1)
    g_string_append_printf (out, ",{\"skill\":\"skill-%u\",\"level\":%u}",
                            (h % spec->skill_space + 1 + (h >> 4) % (spec->skill_space - 1)) %
                            spec->skill_space,
                            1 + (h >> 12) % 4);
  g_string_append_c (out, ']');
  if (i > 0 && i % 5 != 0)
    g_string_append_printf (out, ",\"prerequisites\":{\"required\":{\"any\":[{\"course\":\"c-%u\"},"
                                 "{\"course\":\"c-%u\"}]},\"advised\":null,\"note\":null}",
                            i - 1, i / 2);
  g_string_append_printf (out, ",\"terms_offered\":%s",
                          h % 3 == 0 ? "null" : "[\"spring\",\"fall\"]");
  if (h % 4 == 0)
    g_string_append_printf (out, ",\"workload\":{\"hours\":%u,\"source\":" SOURCE "}",
                            6 + h % 12);
  else
    g_string_append (out, ",\"workload\":null");
  g_string_append (out, ",\"source\":" SOURCE "}");
}

static void
append_program (GString                *out,
                const BenchCatalogSpec *spec)
{
  guint core = MIN (spec->core_size, spec->n_courses);
  guint pool = MIN (spec->elective_pool, spec->n_courses - core);

  g_string_append (out,
                   "\"programs\":[{\"id\":\"gen\",\"institution\":\"Generated University\","
                   "\"name\":\"Generated Program\",\"degree\":\"Master of Benchmarks\","
                   "\"catalog_year\":\"2025-2026\",\"description\":\"Generated.\","
                   "\"total_credits\":60,\"transfer_credit_limit\":9,"
                   "\"tuition\":{\"per_credit\":1000,\"currency\":\"USD\",\"source\":" SOURCE "},"
                   "\"terms\":[\"spring\",\"summer\",\"fall\"],\"double_counting\":false,"
                   "\"source\":" SOURCE ",\"courses\":[");
  for (guint i = 0; i < spec->n_courses; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_course (out, spec, i);
    }
  g_string_append (out, "],\"requirements\":{\"type\":\"all-of\",\"items\":[");
  if (core > 0)
    {
      g_string_append_printf (out, "{\"type\":\"n-of\",\"title\":\"Core\",\"n\":%u,\"items\":[",
                              (core + 1) / 2);
      for (guint i = 0; i < core; i++)
        g_string_append_printf (out, "%s{\"type\":\"course\",\"course\":\"c-%u\"}",
                                i > 0 ? "," : "", i);
      g_string_append (out, "]},");
    }
  if (pool > 0)
    {
      g_string_append (out, "{\"type\":\"credits-from\",\"title\":\"Electives\",\"credits\":12,"
                            "\"courses\":[");
      for (guint i = 0; i < pool; i++)
        g_string_append_printf (out, "%s\"c-%u\"", i > 0 ? "," : "", core + i);
      g_string_append (out, "]},");
    }
  g_string_append (out, "{\"type\":\"credits-from\",\"title\":\"Any course\",\"credits\":18}]}}]");
}

GString *
bench_generate_catalog (const BenchCatalogSpec *spec)
{
  GString *out = g_string_sized_new (1024 + spec->n_skills * 300 + spec->n_courses * 400 +
                                     spec->n_roles * spec->role_size * 50);

  g_return_val_if_fail (spec->n_courses == 0 || spec->skill_space > 0, out);

  g_string_append (out, "{\"format\":\"career-planner-catalog\",\"version\":1");
  if (spec->n_categories > 0)
    {
      g_string_append_c (out, ',');
      append_categories (out, spec);
    }
  if (spec->n_skills > 0)
    {
      g_string_append_c (out, ',');
      append_skills (out, spec);
    }
  if (spec->n_roles > 0)
    {
      g_string_append_c (out, ',');
      append_roles (out, spec);
    }
  if (spec->n_courses > 0)
    {
      g_string_append_c (out, ',');
      append_program (out, spec);
    }
  g_string_append (out, "}\n");
  return out;
}

static const char * const seasons[] = { "spring", "summer", "fall" };

GString *
bench_generate_plan (const BenchPlanSpec *spec)
{
  GString *out = g_string_sized_new (1024 + spec->n_history * 50 + spec->n_entries * 60 +
                                     spec->n_skills * 80);
  g_autoptr(GDateTime) base = g_date_time_new_utc (2015, 1, 1, 0, 0, 0);
  guint per_term = MAX (spec->per_term, 1);
  guint n_terms = (spec->n_entries + per_term - 1) / per_term;
  guint64 k = 0;

  g_string_append (out, "{\"format\":\"career-planner-plan\",\"version\":1,"
                        "\"name\":\"Generated plan\",\"person\":\"Bench Mark\",");
  if (spec->role_id != NULL)
    g_string_append_printf (out, "\"target_role\":\"%s\",", spec->role_id);
  g_string_append (out, "\"program\":{\"id\":\"gen\",\"catalog_year\":\"2025-2026\","
                        "\"specialization\":null},\"weekly_hours\":20,\"skills\":[");

  for (guint s = 0; s < spec->n_skills; s++)
    {
      /* Spread the history evenly: the first skills take the remainder */
      guint n = spec->n_history / spec->n_skills + (s < spec->n_history % spec->n_skills ? 1 : 0);
      guint level = 0;
      g_autoptr(GString) history = g_string_new (NULL);

      for (guint i = 0; i < n; i++, k++)
        {
          /* 0 1 2 3 4 3 2 1 0 1 ... */
          guint step = (i + 1) % 8;
          guint next = step <= 4 ? step : 8 - step;
          g_autoptr(GDateTime) date = g_date_time_add_seconds (base, (double) k * 600);
          g_autofree char *iso = g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ");

          g_string_append_printf (history, "%s{\"date\":\"%s\",\"from\":%u,\"to\":%u}",
                                  i > 0 ? "," : "", iso, level, next);
          level = next;
        }
      if (n == 0)
        level = 1 + s % 4;

      g_string_append_printf (out, "%s{\"skill\":\"skill-%u\",\"level\":%u,\"history\":[%s]}",
                              s > 0 ? "," : "", s, level, history->str);
    }

  g_string_append (out, "],\"terms\":[");
  for (guint t = 0; t < n_terms; t++)
    {
      /* From fall 2020: fall, spring, summer, fall, ... */
      guint index = t + 2;
      const char *status;

      g_string_append_printf (out, "%s{\"season\":\"%s\",\"year\":%u,\"courses\":[",
                              t > 0 ? "," : "", seasons[index % 3], 2020 + index / 3);
      status = t < n_terms / 2 ? "completed" : t == n_terms / 2 ? "in-progress" : "planned";
      for (guint i = 0; i < per_term && t * per_term + i < spec->n_entries; i++)
        g_string_append_printf (out, "%s{\"course\":\"gen/c-%u\",\"status\":\"%s\"}",
                                i > 0 ? "," : "", (t * per_term + i) % MAX (spec->n_courses, 1),
                                status);
      g_string_append (out, "]}");
    }
  g_string_append (out, "],\"transfer_credits\":[{\"title\":\"Earlier course\",\"credits\":3}]}\n");
  return out;
}

CareerCatalog *
bench_load_plan_catalog (guint n_courses)
{
  BenchCatalogSpec spec = {
    .n_categories = 10, .n_skills = 200, .skill_space = 200, .n_roles = 4, .role_size = 40,
    .n_courses = n_courses, .core_size = 10, .elective_pool = 40,
  };
  g_autoptr(GString) text = bench_generate_catalog (&spec);
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  if (!career_catalog_add_data (catalog, text->str, text->len, "generated.json", &error))
    g_error ("generated catalog: %s", error->message);
  return catalog;
}
