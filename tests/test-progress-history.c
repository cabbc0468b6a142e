/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Progress and levels over time, rebuilt from the level history, on a small
 * hand-built catalog whose figures are worked out in the comments.
 */
#include "config.h"

#include "career-catalog.h"
#include "career-history-entry.h"
#include "career-plan.h"
#include "career-plan-private.h"
#include "career-progress-history.h"
#include "career-skill-status.h"

/*
 * Skills a, b, c in category k. Role "r" needs a (importance 3, target 2)
 * and b (importance 1, target 4): Σ w·target = 3·2 + 1·4 = 10.  c is not in r.
 */
static const char catalog_json[] =
  "{\"format\":\"career-planner-catalog\",\"version\":1,"
  "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
  "\"skills\":["
  "{\"id\":\"a\",\"name\":\"Alpha\",\"category\":\"k\",\"description\":\"d\",\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]},"
  "{\"id\":\"b\",\"name\":\"Beta\",\"category\":\"k\",\"description\":\"d\",\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]},"
  "{\"id\":\"c\",\"name\":\"Gamma\",\"category\":\"k\",\"description\":\"d\",\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}],"
  "\"roles\":[{\"id\":\"r\",\"title\":\"R\",\"summary\":\"s\",\"responsibilities\":[],"
  "\"masters_focus\":\"m\",\"weights_note\":\"w\",\"salaries\":[],\"outlook\":[],"
  "\"skills\":[{\"skill\":\"a\",\"importance\":3,\"target\":2},"
  "{\"skill\":\"b\",\"importance\":1,\"target\":4}]}],"
  "\"programs\":[]}";

/* 2025-03-01T09:30:00Z: 20 148 days after 1970-01-01 (55 years with 14 leap
 * days, then 31 + 28 days), 20 148 × 86 400 + 9.5 × 3 600 */
#define T0   G_GINT64_CONSTANT (1740821400)
#define DAY  G_GINT64_CONSTANT (86400)

static CareerCatalog *
make_catalog (void)
{
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_add_data (catalog, catalog_json, sizeof catalog_json - 1, "test.json", &error);
  g_assert_no_error (error);
  return catalog;
}

/* The plan's clock: returns @usec and moves it on by @step */
typedef struct
{
  gint64 usec;   /* Unix time in microseconds */
  gint64 step;
} Clock;

static GDateTime *
test_clock (gpointer user_data)
{
  Clock *clock = user_data;
  g_autoptr(GDateTime) second = g_date_time_new_from_unix_utc (clock->usec / G_USEC_PER_SEC);
  GDateTime *now = g_date_time_add (second, clock->usec % G_USEC_PER_SEC);

  clock->usec += clock->step;
  return now;
}

static CareerPlan *
make_plan (Clock *clock)
{
  CareerPlan *plan = career_plan_new ();

  career_plan_set_clock (plan, test_clock, clock);
  return plan;
}

static void
assert_point (const CareerProgressSeries *series,
              guint                       i,
              gint64                      time,
              double                      value)
{
  g_assert_cmpuint (i, <, series->n_points);
  g_assert_cmpint (series->times[i], ==, time);
  g_assert_cmpfloat_with_epsilon (series->values[i], value, 1e-9);
}

static void
test_no_history (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  g_autoptr(CareerProgressSeries) with_role = NULL;
  g_autoptr(CareerProgressSeries) no_role = NULL;
  g_autoptr(CareerProgressSeries) custom = NULL;
  g_autoptr(CareerProgressSeries) skill = NULL;
  g_autoptr(CareerProgressSeries) loaded = NULL;
  g_autoptr(CareerProgressSeries) loaded_skill = NULL;

  /* r has targets: defined, 0 % all along, no points */
  with_role = career_progress_history_for_role (plan, catalog, role);
  g_assert_true (with_role->defined);
  g_assert_cmpuint (with_role->n_points, ==, 0);
  g_assert_cmpfloat (with_role->start_value, ==, 0);

  /* No role and no custom target: nothing to measure */
  no_role = career_progress_history_for_role (plan, catalog, NULL);
  g_assert_false (no_role->defined);
  g_assert_cmpuint (no_role->n_points, ==, 0);

  /* A skill nobody rated: level 0, no points */
  skill = career_progress_history_for_skill (plan, "a");
  g_assert_true (skill->defined);
  g_assert_cmpuint (skill->n_points, ==, 0);
  g_assert_cmpfloat (skill->start_value, ==, 0);

  /* A custom target alone defines progress; a setting of a target is no
   * level change, so still no points.  c at 0 of 2: 0 %. */
  career_plan_set_custom_target (plan, "c", 2);
  custom = career_progress_history_for_role (plan, catalog, NULL);
  g_assert_true (custom->defined);
  g_assert_cmpuint (custom->n_points, ==, 0);
  g_assert_cmpfloat (custom->start_value, ==, 0);

  /* A level loaded from a file without history holds all along: a at 3
   * counts min (3, 2) = 2, and c's custom target is still there:
   * (3·2 + 0 + 0) / (10 + 2) = 50 % */
  career_plan_load_skill_state (plan, "a", 3, -1, NULL);
  loaded = career_progress_history_for_role (plan, catalog, role);
  g_assert_cmpuint (loaded->n_points, ==, 0);
  g_assert_cmpfloat_with_epsilon (loaded->start_value, 50, 1e-9);
  loaded_skill = career_progress_history_for_skill (plan, "a");
  g_assert_cmpuint (loaded_skill->n_points, ==, 0);
  g_assert_cmpfloat (loaded_skill->start_value, ==, 3);
}

/* One change a day from T0 on:
 *
 *   day  change     a  b  c   Σ w·min(level, target), role r only
 *   0    a 0 -> 1   1  0  0   3·1                 = 3   30 %
 *   1    b 0 -> 2   1  2  0   3·1 + 1·2           = 5   50 %
 *   2    a 1 -> 4   4  2  0   3·min(4,2) + 2      = 8   80 %
 *   3    a 4 -> 1   1  2  0   3·1 + 2             = 5   50 %   (went down)
 *   4    c 0 -> 3   1  2  3   c has no target     = 5   50 %   (a point all the same)
 */
static CareerPlan *
make_five_days (Clock *clock)
{
  CareerPlan *plan = make_plan (clock);

  *clock = (Clock) { T0 * G_USEC_PER_SEC, DAY * G_USEC_PER_SEC };
  g_assert_true (career_plan_set_level (plan, "a", 1, NULL));
  g_assert_true (career_plan_set_level (plan, "b", 2, NULL));
  g_assert_true (career_plan_set_level (plan, "a", 4, NULL));
  g_assert_true (career_plan_set_level (plan, "a", 1, NULL));
  g_assert_true (career_plan_set_level (plan, "c", 3, NULL));
  return plan;
}

static void
test_role_progress (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  Clock clock;
  g_autoptr(CareerPlan) plan = make_five_days (&clock);
  g_autoptr(CareerProgressSeries) series = NULL;
  gboolean defined;

  series = career_progress_history_for_role (plan, catalog, role);
  g_assert_true (series->defined);
  g_assert_cmpfloat (series->start_value, ==, 0);
  g_assert_cmpuint (series->n_points, ==, 5);
  assert_point (series, 0, T0, 30);
  assert_point (series, 1, T0 + DAY, 50);
  assert_point (series, 2, T0 + 2 * DAY, 80);
  assert_point (series, 3, T0 + 3 * DAY, 50);
  assert_point (series, 4, T0 + 4 * DAY, 50);

  /* The last point is today's progress */
  g_assert_cmpfloat_with_epsilon (series->values[4],
                                  career_plan_target_progress (plan, catalog, role, &defined),
                                  1e-9);
}

static void
test_custom_targets (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  Clock clock;
  g_autoptr(CareerPlan) plan = make_five_days (&clock);
  g_autoptr(CareerProgressSeries) with_c = NULL;
  g_autoptr(CareerProgressSeries) with_b = NULL;
  g_autoptr(CareerProgressSeries) no_role = NULL;
  gboolean defined;

  /* Today's targets apply to every point.  A custom target of 2 on c adds
   * weight 1: Σ w·target = 10 + 2 = 12.
   *   day 0: 3/12 = 25 %       day 1: 5/12 = 41.67 %   day 2: 8/12 = 66.67 %
   *   day 3: 5/12 = 41.67 %    day 4: c 3 counts 2: 7/12 = 58.33 % */
  career_plan_set_custom_target (plan, "c", 2);
  with_c = career_progress_history_for_role (plan, catalog, role);
  g_assert_cmpuint (with_c->n_points, ==, 5);
  assert_point (with_c, 0, T0, 300.0 / 12);
  assert_point (with_c, 1, T0 + DAY, 500.0 / 12);
  assert_point (with_c, 2, T0 + 2 * DAY, 800.0 / 12);
  assert_point (with_c, 3, T0 + 3 * DAY, 500.0 / 12);
  assert_point (with_c, 4, T0 + 4 * DAY, 700.0 / 12);

  /* A custom target of 1 on b replaces r's 4, b keeps r's importance 1:
   * Σ w·target = 3·2 + 1·1 + 1·2 = 9.
   *   day 0: a 1           -> 3     33.33 %
   *   day 1: b 2 counts 1  -> 3 + 1 = 4   44.44 %
   *   day 2: a 4 counts 2  -> 6 + 1 = 7   77.78 %
   *   day 3: a 1           -> 3 + 1 = 4   44.44 %
   *   day 4: c 3 counts 2  -> 4 + 2 = 6   66.67 % */
  career_plan_set_custom_target (plan, "b", 1);
  with_b = career_progress_history_for_role (plan, catalog, role);
  assert_point (with_b, 0, T0, 300.0 / 9);
  assert_point (with_b, 1, T0 + DAY, 400.0 / 9);
  assert_point (with_b, 2, T0 + 2 * DAY, 700.0 / 9);
  assert_point (with_b, 3, T0 + 3 * DAY, 400.0 / 9);
  assert_point (with_b, 4, T0 + 4 * DAY, 600.0 / 9);
  g_assert_cmpfloat_with_epsilon (with_b->values[4],
                                  career_plan_target_progress (plan, catalog, role, &defined),
                                  1e-9);

  /* Without a role only the custom targets count, each with weight 1:
   * b (target 1) and c (target 2), Σ target = 3.
   *   day 0: 0 %   day 1: b 2 counts 1: 33.33 %   days 2, 3: 33.33 %
   *   day 4: c 3 counts 2: 3/3 = 100 % */
  no_role = career_progress_history_for_role (plan, catalog, NULL);
  g_assert_true (no_role->defined);
  g_assert_cmpuint (no_role->n_points, ==, 5);
  assert_point (no_role, 0, T0, 0);
  assert_point (no_role, 1, T0 + DAY, 100.0 / 3);
  assert_point (no_role, 2, T0 + 2 * DAY, 100.0 / 3);
  assert_point (no_role, 3, T0 + 3 * DAY, 100.0 / 3);
  assert_point (no_role, 4, T0 + 4 * DAY, 100);
}

static void
test_skill_levels (void)
{
  Clock clock;
  g_autoptr(CareerPlan) plan = make_five_days (&clock);
  g_autoptr(CareerProgressSeries) a = career_progress_history_for_skill (plan, "a");
  g_autoptr(CareerProgressSeries) b = career_progress_history_for_skill (plan, "b");
  g_autoptr(CareerProgressSeries) unknown = career_progress_history_for_skill (plan, "zzz");

  /* a: 0 before, then 1, 4 and down to 1 */
  g_assert_true (a->defined);
  g_assert_cmpfloat (a->start_value, ==, 0);
  g_assert_cmpuint (a->n_points, ==, 3);
  assert_point (a, 0, T0, 1);
  assert_point (a, 1, T0 + 2 * DAY, 4);
  assert_point (a, 2, T0 + 3 * DAY, 1);

  g_assert_cmpuint (b->n_points, ==, 1);
  assert_point (b, 0, T0 + DAY, 2);

  g_assert_cmpuint (unknown->n_points, ==, 0);
  g_assert_cmpfloat (unknown->start_value, ==, 0);
}

/* Changes in the same second make one point, with the state after the last */
static void
test_same_second (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  Clock clock = { T0 * G_USEC_PER_SEC, 0 };
  g_autoptr(CareerPlan) plan = make_plan (&clock);
  g_autoptr(CareerProgressSeries) series = NULL;
  g_autoptr(CareerProgressSeries) a = NULL;

  /* At T0 exactly: a 1, b 4, a 0: then a 0, b 4: 1·4 / 10 = 40 %.
   * 0.3 s and 0.9 s later, in the same second: a 3, then a 2: a counts 2,
   * (6 + 4) / 10 = 100 %.  At T0 + 1 s: b 1: (6 + 1) / 10 = 70 %. */
  career_plan_set_level (plan, "a", 1, NULL);
  career_plan_set_level (plan, "b", 4, NULL);
  career_plan_set_level (plan, "a", 0, NULL);
  series = career_progress_history_for_role (plan, catalog, role);
  g_assert_cmpuint (series->n_points, ==, 1);
  assert_point (series, 0, T0, 40);
  g_clear_pointer (&series, career_progress_series_free);

  clock.usec = T0 * G_USEC_PER_SEC + 300000;
  career_plan_set_level (plan, "a", 3, NULL);
  clock.usec = T0 * G_USEC_PER_SEC + 900000;
  career_plan_set_level (plan, "a", 2, NULL);
  clock.usec = (T0 + 1) * G_USEC_PER_SEC;
  career_plan_set_level (plan, "b", 1, NULL);

  series = career_progress_history_for_role (plan, catalog, role);
  g_assert_cmpfloat (series->start_value, ==, 0);
  g_assert_cmpuint (series->n_points, ==, 2);
  assert_point (series, 0, T0, 100);
  assert_point (series, 1, T0 + 1, 70);

  /* a: 1, 0, 3 and 2 within T0: one point at 2 */
  a = career_progress_history_for_skill (plan, "a");
  g_assert_cmpuint (a->n_points, ==, 1);
  g_assert_cmpfloat (a->start_value, ==, 0);
  assert_point (a, 0, T0, 2);
}

/* A plan file's history, trusted as it is: out of date order, and not
 * chaining (an entry's old level differs from the level before it) */
static void
test_loaded_history (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProgressSeries) series = NULL;
  g_autoptr(CareerProgressSeries) a = NULL;
  struct { gint64 time; const char *skill; int old_level, new_level; } entries[] = {
    { T0 + 5 * DAY, "a", 0, 1 },   /* listed first, happened last */
    { T0 + 3 * DAY, "a", 1, 2 },
    { T0 + 4 * DAY, "b", 3, 4 },
  };

  career_plan_load_skill_state (plan, "a", 1, -1, NULL);
  career_plan_load_skill_state (plan, "b", 4, -1, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (entries[i].time);
      g_autoptr(CareerHistoryEntry) entry =
        career_history_entry_new (date, entries[i].skill, entries[i].old_level,
                                  entries[i].new_level, NULL);

      career_plan_load_history_entry (plan, entry);
    }

  /* In date order: before anything, a is at 1 (the old level of its first
   * entry by date, day 3) and b at 3: 3·1 + 1·3 = 6, 60 %.
   *   day 3: a 2      -> 3·2 + 3 = 9    90 %
   *   day 4: b 4      -> 6 + 4   = 10  100 %
   *   day 5: a 1      -> 3 + 4   = 7    70 %  (the entry says 0 -> 1) */
  series = career_progress_history_for_role (plan, catalog, role);
  g_assert_cmpfloat_with_epsilon (series->start_value, 60, 1e-9);
  g_assert_cmpuint (series->n_points, ==, 3);
  assert_point (series, 0, T0 + 3 * DAY, 90);
  assert_point (series, 1, T0 + 4 * DAY, 100);
  assert_point (series, 2, T0 + 5 * DAY, 70);

  a = career_progress_history_for_skill (plan, "a");
  g_assert_cmpfloat (a->start_value, ==, 1);
  g_assert_cmpuint (a->n_points, ==, 2);
  assert_point (a, 0, T0 + 3 * DAY, 2);
  assert_point (a, 1, T0 + 5 * DAY, 1);
}

/* Undoing a level change removes its entry, and its point */
static void
test_undo (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  Clock clock;
  g_autoptr(CareerPlan) plan = make_five_days (&clock);
  g_autoptr(CareerProgressSeries) series = NULL;

  g_assert_true (career_plan_undo (plan));  /* c 0 -> 3 */
  g_assert_true (career_plan_undo (plan));  /* a 4 -> 1 */
  series = career_progress_history_for_role (plan, catalog, role);
  g_assert_cmpuint (series->n_points, ==, 3);
  assert_point (series, 2, T0 + 2 * DAY, 80);
}

/* 10 000 changes of 40 skills, two per second, checked against
 * career_plan_target_progress() after the second change of each second */
static void
test_many (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  Clock clock = { T0 * G_USEC_PER_SEC, G_USEC_PER_SEC / 2 };
  g_autoptr(CareerPlan) plan = make_plan (&clock);
  g_autoptr(CareerProgressSeries) series = NULL;
  g_autoptr(CareerProgressSeries) skill = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree double *expected = g_new0 (double, 5000);
  guint n_a = 0;
  gint64 last_a = 0;

  /* Custom targets on a few skills first: the series uses today's targets */
  for (guint s = 0; s < 40; s += 3)
    {
      g_autofree char *id = g_strdup_printf ("s%u", s);

      career_plan_set_custom_target (plan, id, (int) (s % 5));
    }
  career_plan_set_custom_target (plan, "a", 3);

  for (guint i = 0; i < 10000; i++)
    {
      guint s = g_rand_int_range (rand, 0, 40);
      g_autofree char *id = s == 0 ? g_strdup ("a") : s == 1 ? g_strdup ("b")
                                                              : g_strdup_printf ("s%u", s);
      int level = (career_plan_get_level (plan, id) + g_rand_int_range (rand, 1, 5)) % 5;

      g_assert_true (career_plan_set_level (plan, id, level, NULL));
      if (i % 2 == 1)
        expected[i / 2] = career_plan_target_progress (plan, catalog, role, NULL);
      if (s == 0)
        {
          gint64 second = T0 + i / 2;

          if (n_a == 0 || second != last_a)
            n_a++;
          last_a = second;
        }
    }

  series = career_progress_history_for_role (plan, catalog, role);
  g_assert_cmpuint (series->n_points, ==, 5000);
  for (guint p = 0; p < 5000; p++)
    assert_point (series, p, T0 + p, expected[p]);

  skill = career_progress_history_for_skill (plan, "a");
  g_assert_cmpuint (skill->n_points, ==, n_a);
  g_assert_cmpint (skill->times[n_a - 1], ==, last_a);
  g_assert_cmpfloat (skill->values[n_a - 1], ==, career_plan_get_level (plan, "a"));
  for (guint p = 1; p < n_a; p++)
    g_assert_cmpint (skill->times[p - 1], <, skill->times[p]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress-history/no-history", test_no_history);
  g_test_add_func ("/progress-history/role-progress", test_role_progress);
  g_test_add_func ("/progress-history/custom-targets", test_custom_targets);
  g_test_add_func ("/progress-history/skill-levels", test_skill_levels);
  g_test_add_func ("/progress-history/same-second", test_same_second);
  g_test_add_func ("/progress-history/loaded-history", test_loaded_history);
  g_test_add_func ("/progress-history/undo", test_undo);
  g_test_add_func ("/progress-history/many", test_many);

  return g_test_run ();
}
