/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Targets, gaps, projection, overall progress and the history CSV, on a
 * small hand-built catalog whose figures are worked out in the comments.
 */
#include "config.h"

#include "career-catalog.h"
#include "career-history-csv.h"
#include "career-plan.h"
#include "career-plan-course.h"
#include "career-skill-status.h"

/*
 * Skills a, b, c in category k. Role "r" needs a (importance 3, target 2)
 * and b (importance 1, target 4). Program "p" has course "x" teaching a to
 * level 3 and c to level 2.
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
  "\"programs\":[{\"id\":\"p\",\"institution\":\"U\",\"name\":\"P\",\"degree\":\"D\","
  "\"catalog_year\":\"2025\",\"description\":\"d\",\"total_credits\":30,"
  "\"transfer_credit_limit\":null,\"tuition\":null,\"terms\":[\"fall\"],"
  "\"double_counting\":false,"
  "\"source\":{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false},"
  "\"courses\":[{\"id\":\"x\",\"code\":\"X 1\",\"title\":\"X\",\"credits\":3,\"description\":\"d\","
  "\"skills\":[{\"skill\":\"a\",\"level\":3},{\"skill\":\"c\",\"level\":2}],"
  "\"terms_offered\":null,\"workload\":null,"
  "\"source\":{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false}}],"
  "\"requirements\":{\"type\":\"unknown\",\"title\":\"All\",\"note\":\"n\"}}]}";

static CareerCatalog *
make_catalog (void)
{
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_add_data (catalog, catalog_json, sizeof catalog_json - 1, "test.json", &error);
  g_assert_no_error (error);
  return catalog;
}

static GDateTime *
fixed_clock (gpointer user_data)
{
  int *day = user_data;

  return g_date_time_new_utc (2025, 3, (*day)++, 9, 30, 0);
}

static void
test_status_targets_and_gaps (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  CareerSkillStatus status;

  /* a: level 0, target 2 -> gap 2, importance 3 */
  career_skill_status_compute (plan, catalog, role, "a", &status);
  g_assert_cmpuint (status.level, ==, 0);
  g_assert_true (status.has_target);
  g_assert_false (status.custom_target);
  g_assert_cmpuint (status.target, ==, 2);
  g_assert_cmpuint (status.gap, ==, 2);
  g_assert_cmpuint (status.importance, ==, 3);

  /* Above the target: no negative gap. */
  career_plan_set_level (plan, "a", 4, NULL);
  career_skill_status_compute (plan, catalog, role, "a", &status);
  g_assert_cmpuint (status.gap, ==, 0);

  /* c is not needed by r: no target until the person sets one. */
  career_skill_status_compute (plan, catalog, role, "c", &status);
  g_assert_false (status.has_target);
  g_assert_cmpuint (status.gap, ==, 0);
  career_plan_set_custom_target (plan, "c", 3);
  career_skill_status_compute (plan, catalog, role, "c", &status);
  g_assert_true (status.custom_target);
  g_assert_cmpuint (status.target, ==, 3);
  g_assert_cmpuint (status.gap, ==, 3);

  /* A custom target overrides the role's: b target 4 -> 1. */
  career_plan_set_custom_target (plan, "b", 1);
  career_skill_status_compute (plan, catalog, role, "b", &status);
  g_assert_cmpuint (status.target, ==, 1);
  g_assert_cmpuint (status.importance, ==, 1);

  /* Without a role, only custom targets remain. */
  career_skill_status_compute (plan, catalog, NULL, "a", &status);
  g_assert_false (status.has_target);
  g_assert_true (status.in_catalog);
  career_skill_status_compute (plan, catalog, NULL, "gone", &status);
  g_assert_false (status.in_catalog);
}

static void
test_projection_from_completed_courses (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  CareerSkillStatus status;
  int term;

  career_plan_set_level (plan, "a", 1, NULL);
  term = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_course (plan, term, -1, "p/x");

  /* Planned courses do not count yet. */
  g_assert_cmpuint (career_plan_projected_level (plan, catalog, "a"), ==, 1);

  /* Completed, x teaches a to 3 and c to 2; the entered level stays 1. */
  career_plan_set_course_status (plan, term, 0, CAREER_COURSE_STATUS_COMPLETED);
  g_assert_cmpuint (career_plan_projected_level (plan, catalog, "a"), ==, 3);
  g_assert_cmpuint (career_plan_projected_level (plan, catalog, "c"), ==, 2);
  g_assert_cmpint (career_plan_get_level (plan, "a"), ==, 1);
  career_skill_status_compute (plan, catalog, role, "a", &status);
  g_assert_cmpuint (status.level, ==, 1);
  g_assert_cmpuint (status.projected, ==, 3);

  /* A level above what the course teaches stays the projection. */
  career_plan_set_level (plan, "a", 4, NULL);
  g_assert_cmpuint (career_plan_projected_level (plan, catalog, "a"), ==, 4);
}

static void
test_progress (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  gboolean defined;
  double progress;

  /* Nothing rated: 0 of 3*2 + 1*4 = 10 -> 0 %. */
  progress = career_plan_target_progress (plan, catalog, role, &defined);
  g_assert_true (defined);
  g_assert_cmpfloat_with_epsilon (progress, 0, 1e-9);

  /* a 4 (counts min(4,2) = 2), b 1: (3*2 + 1*1) / 10 = 70 %. */
  career_plan_set_level (plan, "a", 4, NULL);
  career_plan_set_level (plan, "b", 1, NULL);
  progress = career_plan_target_progress (plan, catalog, role, &defined);
  g_assert_cmpfloat_with_epsilon (progress, 70, 1e-9);

  /* A custom target on c (not in r) adds weight 1: c at 0 of 2:
   * (6 + 1 + 0) / (10 + 2) = 58.33 %. */
  career_plan_set_custom_target (plan, "c", 2);
  progress = career_plan_target_progress (plan, catalog, role, &defined);
  g_assert_cmpfloat_with_epsilon (progress, 700.0 / 12, 1e-9);

  /* No role and no custom target: nothing to measure. */
  {
    g_autoptr(CareerPlan) empty = career_plan_new ();

    progress = career_plan_target_progress (empty, catalog, NULL, &defined);
    g_assert_false (defined);
    g_assert_cmpfloat (progress, ==, 0);
  }
}

static void
test_history_csv (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autofree char *csv = NULL;
  int day = 1;

  career_plan_set_clock (plan, fixed_clock, &day);
  career_plan_set_level (plan, "b", 2, "Took a course, \"intro\"");
  career_plan_set_level (plan, "a", 1, NULL);
  career_plan_set_level (plan, "gone", 3, "=SUM(A1)");
  career_plan_set_level (plan, "a", 2, "line one\nline two");

  csv = career_history_to_csv (plan, catalog);
  g_assert_cmpstr (csv, ==,
                   "date,skill id,skill,old level,new level,note\r\n"
                   "2025-03-01T09:30:00Z,b,Beta,0,2,\"Took a course, \"\"intro\"\"\"\r\n"
                   "2025-03-02T09:30:00Z,a,Alpha,0,1,\r\n"
                   "2025-03-03T09:30:00Z,gone,gone,0,3,\"'=SUM(A1)\"\r\n"
                   "2025-03-04T09:30:00Z,a,Alpha,1,2,\"line one\nline two\"\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skill-status/targets-and-gaps", test_status_targets_and_gaps);
  g_test_add_func ("/skill-status/projection", test_projection_from_completed_courses);
  g_test_add_func ("/skill-status/progress", test_progress);
  g_test_add_func ("/skill-status/history-csv", test_history_csv);

  return g_test_run ();
}
