/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The analysis over a catalog and a plan: fit, gaps, similarity, the area
 * profile, progress history, the skill status of every skill, the degree
 * audit, the plan check, the plan's cost, the projection and the
 * recommendations; for the built-in catalog with the example plan and at
 * generated sizes.  Then the audit's matching, as one requirement group
 * grows.
 *
 * Targets (issue "Fast at any size"): the whole analysis of the built-in
 * catalog under 5 ms; time growing no worse than n log n in fit and
 * projection.  The figures say whether they are met; they never fail.
 */
#define G_LOG_DOMAIN "CareerBench"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bench-generate.h"
#include "bench-util.h"
#include "career-analysis.h"
#include "career-audit.h"
#include "career-catalog.h"
#include "career-plan-check.h"
#include "career-plan-cost.h"
#include "career-plan-file.h"
#include "career-progress-history.h"
#include "career-skill-status.h"
#ifdef BENCH_HAVE_PROJECTION
#include "career-projection.h"
#endif
#ifdef BENCH_HAVE_RECOMMEND
#include "career-recommend.h"
#endif
#include "wide-catalog.h"

#define TARGET_BUILTIN_MS 5.0

typedef struct
{
  CareerCatalog *catalog;
  CareerPlan    *plan;
  CareerRole    *role;      /* the plan's target role */
  CareerProgram *program;   /* the plan's program */
  const char    *specialization;
  GPtrArray     *roles;     /* every role of the catalog */
  GPtrArray     *skill_ids; /* every skill of the catalog */
} Subject;

typedef double (*MeasureFunc) (Subject *subject);

typedef struct
{
  const char  *name;
  MeasureFunc  func;
  const char  *what;
} Measure;

static void
subject_init (Subject       *subject,
              CareerCatalog *catalog,
              CareerPlan    *plan)
{
  GListModel *roles = career_catalog_get_roles (catalog);
  GListModel *skills = career_catalog_get_skills (catalog);
  const char *program_id = career_plan_get_program_id (plan);

  subject->catalog = catalog;
  subject->plan = plan;
  subject->role = career_catalog_lookup_role (catalog, career_plan_get_target_role_id (plan));
  subject->program = program_id ? career_catalog_lookup_program (catalog, program_id) : NULL;
  subject->specialization = career_plan_get_specialization_id (plan);
  subject->roles = g_ptr_array_new_with_free_func (g_object_unref);
  subject->skill_ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    g_ptr_array_add (subject->roles, g_list_model_get_item (roles, i));
  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);

      /* The catalog keeps the skill, and so its id */
      g_ptr_array_add (subject->skill_ids, (gpointer) career_skill_get_id (skill));
    }
}

static void
subject_clear (Subject *subject)
{
  g_clear_pointer (&subject->roles, g_ptr_array_unref);
  g_clear_pointer (&subject->skill_ids, g_ptr_array_unref);
}

/* The measures.  Each returns the milliseconds of one run. */

/* Not an analysis: one linear pass over the same objects (every skill of the
 * catalog, its id looked up in the catalog and in the plan), the yardstick of
 * what "linear" costs at each size on this machine, caches included */
static double
measure_linear_reference (Subject *s)
{
  GListModel *skills = career_catalog_get_skills (s->catalog);
  double t0 = bench_now_ms ();
  volatile guint sum = 0;

  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);
      const char *id = career_skill_get_id (skill);

      sum += career_plan_get_level (s->plan, id);
      sum += career_catalog_lookup_skill (s->catalog, id) == skill;
    }
  return bench_now_ms () - t0;
}

static double
measure_fit (Subject *s)
{
  double t0 = bench_now_ms ();
  volatile double sum = 0;

  for (guint i = 0; i < s->roles->len; i++)
    sum += career_analysis_fit_for_plan (g_ptr_array_index (s->roles, i), s->plan).percent;
  return bench_now_ms () - t0;
}

static double
measure_gaps (Subject *s)
{
  double t0 = bench_now_ms ();

  for (guint i = 0; i < s->roles->len; i++)
    g_object_unref (career_analysis_gaps_for_plan (g_ptr_array_index (s->roles, i), s->plan));
  return bench_now_ms () - t0;
}

static double
measure_similarity (Subject *s)
{
  double t0 = bench_now_ms ();
  volatile double sum = 0;

  for (guint i = 0; i < s->roles->len; i++)
    for (guint j = i + 1; j < s->roles->len; j++)
      {
        CareerRole *a = g_ptr_array_index (s->roles, i);
        CareerRole *b = g_ptr_array_index (s->roles, j);

        sum += career_analysis_role_similarity (a, b, CAREER_SIMILARITY_JACCARD);
        sum += career_analysis_role_similarity (a, b, CAREER_SIMILARITY_COSINE);
      }
  return bench_now_ms () - t0;
}

static double
measure_compare (Subject *s)
{
  double t0 = bench_now_ms ();

  /* What the comparison view shows for the target role and each other role */
  for (guint i = 0; i < s->roles->len && i < 2; i++)
    career_role_comparison_free (career_analysis_compare_roles (s->role != NULL ? s->role :
                                                                g_ptr_array_index (s->roles, 0),
                                                                g_ptr_array_index (s->roles, i)));
  return bench_now_ms () - t0;
}

static double
measure_area_profile (Subject *s)
{
  double t0 = bench_now_ms ();

  career_area_profile_free (career_analysis_area_profile (s->catalog,
                                                          (CareerRole * const *) s->roles->pdata,
                                                          MIN (s->roles->len, 3),
                                                          career_analysis_plan_level, s->plan));
  return bench_now_ms () - t0;
}

static double
measure_progress_role (Subject *s)
{
  double t0 = bench_now_ms ();

  career_progress_series_free (career_progress_history_for_role (s->plan, s->catalog, s->role));
  return bench_now_ms () - t0;
}

static double
measure_progress_skills (Subject *s)
{
  GListModel *states = career_plan_get_skill_states (s->plan);
  double t0 = bench_now_ms ();

  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (states, i);

      career_progress_series_free (
        career_progress_history_for_skill (s->plan, career_skill_state_get_skill_id (state)));
    }
  return bench_now_ms () - t0;
}

static double
measure_skill_status (Subject *s)
{
  double t0 = bench_now_ms ();
  volatile guint sum = 0;

  for (guint i = 0; i < s->skill_ids->len; i++)
    {
      CareerSkillStatus status;

      career_skill_status_compute (s->plan, s->catalog, s->role,
                                   g_ptr_array_index (s->skill_ids, i), &status);
      sum += status.gap;
    }
  return bench_now_ms () - t0;
}

static double
measure_target_progress (Subject *s)
{
  double t0 = bench_now_ms ();
  gboolean defined;
  volatile double p = career_plan_target_progress (s->plan, s->catalog, s->role, &defined);

  (void) p;
  return bench_now_ms () - t0;
}

static double
measure_audit (Subject *s)
{
  double t0 = bench_now_ms (), t1;
  CareerAudit *audit;

  if (s->program == NULL)
    return NAN;
  audit = career_audit_new (s->program, s->specialization, s->plan);
  t1 = bench_now_ms ();
  g_object_unref (audit);
  return t1 - t0;
}

static double
measure_plan_check (Subject *s)
{
  double t0 = bench_now_ms (), t1;
  CareerPlanCheck *check = career_plan_check_new (s->plan, s->catalog, s->program);

  t1 = bench_now_ms ();
  g_object_unref (check);
  return t1 - t0;
}

static double
measure_plan_cost (Subject *s)
{
  double t0 = bench_now_ms (), t1;
  CareerPlanCost *cost;

  if (s->program == NULL)
    return NAN;
  cost = career_plan_cost_new (s->plan, s->catalog, s->program, s->specialization);
  t1 = bench_now_ms ();
  g_object_unref (cost);
  return t1 - t0;
}

#ifdef BENCH_HAVE_PROJECTION
static double
measure_projection (Subject *s)
{
  double t0 = bench_now_ms (), t1;
  CareerProjection *projection = career_projection_new (s->plan, s->catalog, s->role);

  t1 = bench_now_ms ();
  g_object_unref (projection);
  return t1 - t0;
}
#endif

#ifdef BENCH_HAVE_RECOMMEND
static double
measure_recommend (Subject *s)
{
  double t0 = bench_now_ms (), t1;
  GPtrArray *list;

  if (s->program == NULL)
    return NAN;
  list = career_recommend_courses (s->plan, s->catalog, s->program, s->specialization, s->role,
                                   10);
  t1 = bench_now_ms ();
  g_ptr_array_unref (list);
  return t1 - t0;
}
#endif

static const Measure measures[] = {
  { "linear reference", measure_linear_reference, "one pass over every skill (a yardstick)" },
  { "fit", measure_fit, "career_analysis_fit_for_plan, every role" },
  { "gaps", measure_gaps, "career_analysis_gaps_for_plan, every role" },
  { "similarity", measure_similarity, "Jaccard and cosine, every pair of roles" },
  { "comparison", measure_compare, "career_analysis_compare_roles, target vs 2 roles" },
  { "area profile", measure_area_profile, "career_analysis_area_profile, 3 roles + levels" },
  { "progress (role)", measure_progress_role, "career_progress_history_for_role, target" },
  { "progress (skills)", measure_progress_skills, "..._for_skill, every rated skill" },
  { "skill status", measure_skill_status, "career_skill_status_compute, every skill" },
  { "target progress", measure_target_progress, "career_plan_target_progress" },
  { "audit", measure_audit, "career_audit_new, the plan's program" },
  { "plan check", measure_plan_check, "career_plan_check_new" },
  { "plan cost", measure_plan_cost, "career_plan_cost_new (audits for graduation)" },
#ifdef BENCH_HAVE_PROJECTION
  { "projection", measure_projection, "career_projection_new, target role" },
#endif
#ifdef BENCH_HAVE_RECOMMEND
  { "recommendations", measure_recommend, "career_recommend_courses, top 10" },
#endif
};

typedef struct
{
  Subject     *subject;
  MeasureFunc  func;
} RunData;

static double
run_measure (gpointer user_data)
{
  RunData *data = user_data;

  return data->func (data->subject);
}

static BenchStats
measure (Subject     *subject,
         MeasureFunc  func,
         double       budget_ms)
{
  RunData data = { subject, func };

  return bench_repeat (run_measure, &data, 3, 2000, budget_ms);
}

static char *
source_path (const char *relative)
{
  return g_build_filename (SOURCE_ROOT, relative, NULL);
}

/* Built-in catalog and the example plan */

static double
measure_all (Subject *s)
{
  double total = 0;

  /* measures[0] is the yardstick, not part of the analysis */
  for (guint i = 1; i < G_N_ELEMENTS (measures); i++)
    {
      double t = measures[i].func (s);

      if (!isnan (t))
        total += t;
    }
  return total;
}

static void
bench_builtin (void)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = source_path ("data/examples/example.careerplan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Subject subject;
  BenchStats all;
  double sum = 0;

  if (!career_catalog_load_builtin (catalog, &error))
    g_error ("built-in catalog: %s", error->message);
  plan = career_plan_file_load (file, NULL, catalog, NULL, &error);
  if (plan == NULL)
    g_error ("example plan: %s", error->message);
  subject_init (&subject, catalog, plan);

  printf ("Built-in catalog (%u skills, %u roles, %u programs) with the example plan\n"
          "(%u rated skills, %u terms; program %s)\n\n",
          g_list_model_get_n_items (career_catalog_get_skills (catalog)), subject.roles->len,
          g_list_model_get_n_items (career_catalog_get_programs (catalog)),
          g_list_model_get_n_items (career_plan_get_skill_states (plan)),
          g_list_model_get_n_items (career_plan_get_terms (plan)),
          career_plan_get_program_id (plan));
  printf ("  %-18s %10s %7s   %s\n", "", "median ms", "runs", "what");

  for (guint i = 1; i < G_N_ELEMENTS (measures); i++)
    {
      BenchStats stats = measure (&subject, measures[i].func, 200);

      sum += stats.median;
      printf ("  %-18s %10.4f %7u   %s\n", measures[i].name, stats.median, stats.n,
              measures[i].what);
    }

  all = measure (&subject, measure_all, 500);
  printf ("  %-18s %10.4f %7u   everything above, one after the other\n", "ALL", all.median,
          all.n);
  printf ("\n  target: the analysis of the built-in catalog under %.0f ms: %s (%.2f ms; sum of\n"
          "  the medians %.2f ms)\n\n", TARGET_BUILTIN_MS,
          all.median < TARGET_BUILTIN_MS ? "MET" : "MISSED", all.median, sum);

  subject_clear (&subject);
}

/* Generated sizes */

static const guint sizes[] = { 100, 300, 1000, 3000, 10000 };

static void
add_generated (CareerCatalog          *catalog,
               const BenchCatalogSpec *spec,
               const char             *name)
{
  g_autoptr(GString) text = bench_generate_catalog (spec);
  g_autoptr(GError) error = NULL;

  if (!career_catalog_add_data (catalog, text->str, text->len, name, &error))
    g_error ("generated catalog: %s", error->message);
}

/* Size n: n skills in 10 categories, 4 roles of n/2 skills, a program of n
 * courses; a plan rating n/2 skills with n history entries and n/10 course
 * entries, 4 a term.  Three files, each under the loader's 4 MiB. */
static void
generated_subject (guint           n,
                   CareerCatalog **catalog_out,
                   CareerPlan    **plan_out)
{
  BenchCatalogSpec skills = { .n_categories = 10, .n_skills = n, .skill_space = n };
  BenchCatalogSpec roles = { .skill_space = n, .n_roles = 4, .role_size = n / 2 };
  BenchCatalogSpec program = {
    .skill_space = n, .n_courses = n, .core_size = 10, .elective_pool = n / 2,
  };
  BenchPlanSpec plan_spec = {
    .n_skills = n / 2, .n_history = n, .n_entries = n / 10, .n_courses = n, .per_term = 4,
    .role_id = "role-0",
  };
  g_autoptr(GString) plan_text = bench_generate_plan (&plan_spec);
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();
  CareerPlan *plan;

  add_generated (catalog, &skills, "skills.json");
  add_generated (catalog, &roles, "roles.json");
  add_generated (catalog, &program, "program.json");
  plan = career_plan_file_load_data (plan_text->str, plan_text->len, "generated.careerplan",
                                     catalog, NULL, &error);
  if (plan == NULL)
    g_error ("generated plan: %s", error->message);

  *catalog_out = catalog;
  *plan_out = plan;
}

/* The exponent of n log n over [a, b]: the yardstick of "no worse than
 * n log n" at these sizes */
static double
n_log_n_exponent (double a,
                  double b)
{
  return 1 + log (log (b) / log (a)) / log (b / a);
}

static void
bench_generated (void)
{
  const guint n_sizes = G_N_ELEMENTS (sizes);
  double x[G_N_ELEMENTS (sizes)];
  double t[G_N_ELEMENTS (measures)][G_N_ELEMENTS (sizes)];
  double best[G_N_ELEMENTS (measures)][G_N_ELEMENTS (sizes)];
  guint states[G_N_ELEMENTS (sizes)];
  double reference = n_log_n_exponent (sizes[0], sizes[n_sizes - 1]);

  printf ("Generated sizes n: n skills (10 categories), 4 roles of n/2 skills, one program of\n"
          "n courses (n-of 5 of 10 core courses, electives from n/2 of them, any course);\n"
          "a plan rating n/2 skills with n history entries and n/10 course entries, 4 a term.\n"
          "Medians in ms; the exponent b of t ~ n^b is fitted to the fastest run of each size\n"
          "(the one least disturbed by other processes)\n\n");
  printf ("  %-18s", "");
  for (guint j = 0; j < n_sizes; j++)
    printf (" %9s%-5u", "n=", sizes[j]);
  printf ("  exponent\n");

  for (guint j = 0; j < n_sizes; j++)
    {
      g_autoptr(CareerCatalog) catalog = NULL;
      g_autoptr(CareerPlan) plan = NULL;
      Subject subject;

      generated_subject (sizes[j], &catalog, &plan);
      subject_init (&subject, catalog, plan);
      x[j] = sizes[j];
      for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
        {
          BenchStats stats = measure (&subject, measures[i].func, 300);

          t[i][j] = stats.median;
          best[i][j] = stats.min;
        }
      {
        g_autoptr(CareerAudit) audit = career_audit_new (subject.program, NULL, plan);

        states[j] = career_audit_get_n_states (audit);
      }
      subject_clear (&subject);
    }

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    {
      printf ("  %-18s", measures[i].name);
      for (guint j = 0; j < n_sizes; j++)
        printf (" %14.3f", t[i][j]);
      printf ("  %8.2f\n", bench_fit_exponent (x, best[i], n_sizes));
    }
  printf ("  (audit states explored:");
  for (guint j = 0; j < n_sizes; j++)
    printf (" %u", states[j]);
  printf (")\n\n");

  {
    double linear = bench_fit_exponent (x, best[0], n_sizes);
    double allowed = linear + (reference - 1) + 0.05;
    gboolean first = TRUE;

    printf ("  target: growth no worse than n log n in fit and projection.  Over n = %u..%u,\n"
            "  n log n has an exponent %.2f above that of n.  The linear reference (one pass\n"
            "  over the same objects) measures %.2f here: caches fill as n grows.  Met when\n"
            "  the exponent is at most %.2f (the reference + %.2f + 0.05 for noise):\n",
            sizes[0], sizes[n_sizes - 1], reference - 1, linear, allowed, reference - 1);
    for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
      if (g_str_equal (measures[i].name, "fit") || g_str_equal (measures[i].name, "projection"))
        {
          double e = bench_fit_exponent (x, best[i], n_sizes);

          printf ("    %-12s exponent %.2f: %s\n", measures[i].name, e,
                  e <= allowed ? "MET" : "MISSED");
        }
    printf ("  Other measures growing faster than n log n (no target, for information):");
    for (guint i = 1; i < G_N_ELEMENTS (measures); i++)
      {
        double e = bench_fit_exponent (x, best[i], n_sizes);

        if (e > allowed && !g_str_equal (measures[i].name, "fit") &&
            !g_str_equal (measures[i].name, "projection"))
          {
            printf ("%s %s (%.2f)", first ? "" : ",", measures[i].name, e);
            first = FALSE;
          }
      }
    printf ("%s\n\n", first ? " none" : "");
  }
}

/* Projection: which dimension its time grows with */
#ifdef BENCH_HAVE_PROJECTION
static void
bench_projection_dimensions (void)
{
  static const guint terms[] = { 25, 250, 2500 };
  double x[G_N_ELEMENTS (terms)], t[G_N_ELEMENTS (terms)];

  printf ("Projection by number of terms (1 000 skills, 500 rated, 4 entries a term):\n");
  for (guint j = 0; j < G_N_ELEMENTS (terms); j++)
    {
      BenchCatalogSpec skills = { .n_categories = 10, .n_skills = 1000, .skill_space = 1000 };
      BenchCatalogSpec roles = { .skill_space = 1000, .n_roles = 1, .role_size = 500 };
      BenchCatalogSpec program = {
        .skill_space = 1000, .n_courses = 1000, .core_size = 10, .elective_pool = 100,
      };
      BenchPlanSpec plan_spec = {
        .n_skills = 500, .n_history = 0, .n_entries = terms[j] * 4, .n_courses = 1000,
        .per_term = 4, .role_id = "role-0",
      };
      g_autoptr(GString) plan_text = bench_generate_plan (&plan_spec);
      g_autoptr(CareerCatalog) catalog = career_catalog_new ();
      g_autoptr(CareerPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      Subject subject;

      add_generated (catalog, &skills, "skills.json");
      add_generated (catalog, &roles, "roles.json");
      add_generated (catalog, &program, "program.json");
      plan = career_plan_file_load_data (plan_text->str, plan_text->len, "generated.careerplan",
                                         catalog, NULL, &error);
      if (plan == NULL)
        g_error ("generated plan: %s", error->message);
      subject_init (&subject, catalog, plan);
      x[j] = terms[j];
      t[j] = measure (&subject, measure_projection, 300).median;
      printf ("  %5u terms: %10.3f ms\n", terms[j], t[j]);
      subject_clear (&subject);
    }
  bench_print_growth ("the projection with the number of terms", x, t, G_N_ELEMENTS (terms));
  printf ("\n");
}
#endif

/* The audit's matching as one requirement group grows (shapes as in
 * tests/test-audit.c, /audit/matching-growth) */

#define SOURCE "{\"title\":\"T\",\"url\":null,\"as_of\":null,\"verified\":false}"

static CareerAudit *
audit_shape (const char *shape,
             guint       m,
             double     *ms)
{
  g_autoptr(GString) courses = g_string_new (NULL);
  g_autoptr(GString) requirements = g_string_new (NULL);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GError) error = NULL;
  CareerAudit *audit;
  int term;

  for (guint i = 0; i < m; i++)
    {
      g_string_append_printf (courses,
                              "%s{\"id\":\"c%u\",\"code\":\"C %u\",\"title\":\"T\",\"credits\":3,"
                              "\"description\":\"d\",\"skills\":[{\"skill\":\"s\",\"level\":1}],"
                              "\"terms_offered\":null,\"workload\":null,\"source\":" SOURCE "}",
                              i > 0 ? "," : "", i, i);
      g_string_append_printf (list, "%s\"c%u\"", i > 0 ? "," : "", i);
    }

  g_string_append (requirements, "{\"type\":\"all-of\",\"items\":[");
  if (g_str_equal (shape, "mixed") || g_str_equal (shape, "pool"))
    {
      for (guint i = 0; i <= m; i++)
        {
          g_string_append_printf (requirements,
                                  "%s{\"type\":\"credits-from\",\"title\":\"E\",\"credits\":3,"
                                  "\"courses\":[", i > 0 ? "," : "");
          if (g_str_equal (shape, "pool"))
            g_string_append (requirements, list->str);
          else
            for (guint j = 0, n = 0; j < m; j++)
              if (j != i)
                g_string_append_printf (requirements, "%s\"c%u\"", n++ > 0 ? "," : "", j);
          g_string_append (requirements, "]}");
        }
    }
  else
    {
      g_string_append_printf (requirements,
                              "{\"type\":\"n-of\",\"title\":\"N\",\"n\":%u,\"items\":[", m / 2);
      for (guint i = 0; i < m; i++)
        g_string_append_printf (requirements, "%s{\"type\":\"course\",\"course\":\"c%u\"}",
                                i > 0 ? "," : "", i);
      g_string_append_printf (requirements,
                              "]},{\"type\":\"credits-from\",\"title\":\"F\",\"credits\":%u}",
                              3 * (m - m / 2));
      if (g_str_equal (shape, "short"))
        g_string_append_printf (requirements,
                                ",{\"type\":\"credits-from\",\"title\":\"G\",\"credits\":%u}",
                                3 * m);
    }
  g_string_append (requirements, "]}");

  g_string_append_printf (json,
                          "{\"format\":\"career-planner-catalog\",\"version\":1,"
                          "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
                          "\"skills\":[{\"id\":\"s\",\"name\":\"S\",\"category\":\"k\","
                          "\"description\":\"d\",\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}],"
                          "\"programs\":[{\"id\":\"p\",\"institution\":\"U\",\"name\":\"P\","
                          "\"degree\":\"D\",\"catalog_year\":\"2025\",\"description\":\"d\","
                          "\"total_credits\":300,\"transfer_credit_limit\":null,\"tuition\":null,"
                          "\"terms\":[\"fall\"],\"double_counting\":false,\"source\":" SOURCE ","
                          "\"courses\":[%s],\"requirements\":%s}]}", courses->str,
                          requirements->str);
  if (!career_catalog_add_data (catalog, json->str, json->len, "shape.json", &error))
    g_error ("audit shape: %s", error->message);

  term = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  for (guint i = 0; i < m; i++)
    {
      g_autofree char *id = g_strdup_printf ("p/c%u", i);

      career_plan_add_course (plan, (guint) term, -1, id);
    }

  *ms = bench_now_ms ();
  audit = career_audit_new (career_catalog_lookup_program (catalog, "p"), NULL, plan);
  *ms = bench_now_ms () - *ms;
  return audit;
}

static void
bench_audit_matching (void)
{
  static const struct
  {
    const char *name;
    const char *description;
  } shapes[] = {
    { "n-of", "all-of [n-of m/2 of m course nodes, credits-from 3m/2 any] (met)" },
    { "short", "the same + a credits-from 3m that cannot be met" },
    { "pool", "m+1 alike credits-from 3, each over all m courses" },
    { "mixed", "m+1 credits-from 3, node i over all courses but c<i>" },
  };

  printf ("Audit matching as one requirement group grows: m courses of 3 credits, all in the\n"
          "plan, both views; the median of 3 runs (a run that stops at the search's limit,\n"
          "%u states or %" G_GUINT64_FORMAT " units of work, is marked \"limit\")\n\n",
          CAREER_AUDIT_MAX_STATES, CAREER_AUDIT_MAX_WORK);

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      double x[6], t[6];
      guint n = 0;

      printf ("  %-6s %s\n", shapes[s].name, shapes[s].description);
      for (guint m = 4; m <= 24; m += 4)
        {
          double runs[3];
          guint n_states = 0;
          gboolean exact = TRUE;

          for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
            {
              g_autoptr(CareerAudit) audit = audit_shape (shapes[s].name, m, &runs[r]);

              n_states = career_audit_get_n_states (audit);
              exact = career_audit_is_exact (audit);
            }
          x[n] = m;
          t[n] = bench_median (runs, G_N_ELEMENTS (runs));
          printf ("         m=%2u: %6u states %10.3f ms%s\n", m, n_states, t[n],
                  exact ? "" : "  limit (not exact)");
          n++;
          /* Past the limit every larger m also stops at the limit */
          if (!exact)
            break;
        }
      if (n >= 2)
        {
          /* Exponential growth shows as a constant factor per added course */
          double per_course = exp (log (t[n - 1] / t[0]) / (x[n - 1] - x[0]));

          printf ("         power-law exponent %.2f; x%.2f per course added\n",
                  bench_fit_exponent (x, t, n), per_course);
        }
    }
  printf ("\n");
}

/* A hostile shape (the fuzzer's, tests/wide-catalog.c): n courses, 5 n-of
 * groups of all n course nodes, a plan of the first p courses, completed.
 * Every state looks at 5n leaves; the work limit, not the state limit,
 * stops the search. */
static CareerAudit *
audit_wide (guint   n_courses,
            guint   n_plan,
            double *ms)
{
  g_autoptr(CareerCatalog) catalog = wide_catalog_new (n_courses, n_courses, 1000);
  g_autoptr(CareerPlan) plan = wide_plan_new (n_plan);
  CareerAudit *audit;

  *ms = bench_now_ms ();
  audit = career_audit_new (career_catalog_lookup_program (catalog, "p"), NULL, plan);
  *ms = bench_now_ms () - *ms;
  return audit;
}

static void
bench_audit_budget (void)
{
  static const guint n_courses[] = { 500, 2000 };
  static const guint n_plan[] = { 12, 20 };

  printf ("Audit work limit: n courses, 5 n-of groups of all n course nodes, a plan of p of\n"
          "them (the fuzzer's catalog); one run each\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (n_courses); i++)
    for (guint j = 0; j < G_N_ELEMENTS (n_plan); j++)
      {
        double ms;
        g_autoptr(CareerAudit) audit = audit_wide (n_courses[i], n_plan[j], &ms);

        printf ("  n=%4u p=%2u: %6u states %10.3f ms%s\n", n_courses[i], n_plan[j],
                career_audit_get_n_states (audit), ms,
                career_audit_is_exact (audit) ? "" : "  limit (not exact)");
      }
  printf ("\n");
}

/* For profiling one measure: bench-analysis --profile NAME N runs it for
 * about 5 s at generated size N (perf record -g, valgrind --tool=callgrind). */
static int
profile_main (const char *name,
              guint       n)
{
  g_autoptr(CareerCatalog) catalog = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  Subject subject;

  generated_subject (n, &catalog, &plan);
  subject_init (&subject, catalog, plan);
  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    if (g_str_equal (measures[i].name, name))
      {
        BenchStats stats = measure (&subject, measures[i].func, 5000);

        printf ("%s at n=%u: %.3f ms (median of %u)\n", name, n, stats.median, stats.n);
        subject_clear (&subject);
        return 0;
      }

  g_printerr ("no measure called %s\n", name);
  subject_clear (&subject);
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--profile"))
    return profile_main (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  bench_print_header ("Analysis (benchmarks/bench-analysis.c)");
  bench_builtin ();
  bench_generated ();
#ifdef BENCH_HAVE_PROJECTION
  bench_projection_dimensions ();
#else
  printf ("(career-projection.h is not part of the model yet: no projection figures)\n\n");
#endif
#ifndef BENCH_HAVE_RECOMMEND
  printf ("(career-recommend.h is not part of the model yet: no recommendation figures)\n\n");
#endif
  bench_audit_matching ();
  bench_audit_budget ();
  return 0;
}
