/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The skill projection term by term, on a small hand-built catalog whose
 * figures are worked out in the comments.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <locale.h>

#include "career-analysis.h"
#include "career-catalog.h"
#include "career-plan.h"
#include "career-projection.h"

#define SOURCE "{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false}"
#define SKILL(id, name) \
  "{\"id\":\"" id "\",\"name\":\"" name "\",\"category\":\"k\",\"description\":\"d\"," \
  "\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}"
#define COURSE(id, code, skills) \
  "{\"id\":\"" id "\",\"code\":\"" code "\",\"title\":\"T\",\"credits\":3,\"description\":\"d\"," \
  "\"skills\":" skills ",\"terms_offered\":null,\"workload\":null,\"source\":" SOURCE "}"

/*
 * Skills a Alpha, b Beta, c Gamma, d Delta.  Role r: a (importance 3,
 * target 3), b (2, 2), c (1, 4); Σ importance × target = 9 + 4 + 4 = 17.
 * Program p:
 *   x "X 1": a 2, c 1
 *   y "Y 1": a 3, b 1
 *   z "Z 1": b 2, d 3
 */
static const char catalog_json[] =
  "{\"format\":\"career-planner-catalog\",\"version\":1,"
  "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
  "\"skills\":[" SKILL ("a", "Alpha") "," SKILL ("b", "Beta") "," SKILL ("c", "Gamma") ","
  SKILL ("d", "Delta") "],"
  "\"roles\":[{\"id\":\"r\",\"title\":\"R\",\"summary\":\"s\",\"responsibilities\":[],"
  "\"masters_focus\":\"m\",\"weights_note\":\"w\",\"salaries\":[],\"outlook\":[],"
  "\"skills\":[{\"skill\":\"a\",\"importance\":3,\"target\":3},"
  "{\"skill\":\"b\",\"importance\":2,\"target\":2},"
  "{\"skill\":\"c\",\"importance\":1,\"target\":4}]}],"
  "\"programs\":[{\"id\":\"p\",\"institution\":\"U\",\"name\":\"P\",\"degree\":\"D\","
  "\"catalog_year\":\"2025\",\"description\":\"d\",\"total_credits\":9,"
  "\"transfer_credit_limit\":null,\"tuition\":null,\"terms\":[\"spring\",\"summer\",\"fall\"],"
  "\"double_counting\":false,\"source\":" SOURCE ",\"courses\":["
  COURSE ("x", "X 1", "[{\"skill\":\"a\",\"level\":2},{\"skill\":\"c\",\"level\":1}]") ","
  COURSE ("y", "Y 1", "[{\"skill\":\"a\",\"level\":3},{\"skill\":\"b\",\"level\":1}]") ","
  COURSE ("z", "Z 1", "[{\"skill\":\"b\",\"level\":2},{\"skill\":\"d\",\"level\":3}]") "],"
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

static void
add_course (CareerPlan         *plan,
            guint               term,
            const char         *course_id,
            CareerCourseStatus  status)
{
  g_autoptr(CareerTerm) item = g_list_model_get_item (career_plan_get_terms (plan), term);

  g_assert_nonnull (career_plan_add_course (plan, term, -1, course_id));
  if (status != CAREER_COURSE_STATUS_PLANNED)
    g_assert_true (career_plan_set_course_status (plan, term,
                                                  g_list_model_get_n_items (career_term_get_courses (item)) - 1,
                                                  status));
}

static void
add_learning (CareerPlan *plan,
              guint       term,
              const char *title,
              const char *skill_1,
              int         level_1,
              const char *skill_2,
              int         level_2)
{
  g_autoptr(CareerOtherLearning) item = career_other_learning_new (title, CAREER_LEARNING_KIND_PROJECT, 3);

  career_other_learning_add_skill (item, skill_1, level_1);
  if (skill_2 != NULL)
    career_other_learning_add_skill (item, skill_2, level_2);
  career_plan_add_other_learning (plan, term, item);
}

static const CareerSkillRaise *
raise_at (const CareerProjectionTerm *row,
          guint                       index)
{
  g_assert_cmpuint (index, <, row->raised->len);
  return g_ptr_array_index (row->raised, index);
}

#define assert_raise(row, index, skill, from_, to_, by, status_) \
  G_STMT_START { \
    const CareerSkillRaise *_r = raise_at ((row), (index)); \
    g_assert_cmpstr (_r->skill_id, ==, (skill)); \
    g_assert_cmpuint (_r->from, ==, (from_)); \
    g_assert_cmpuint (_r->to, ==, (to_)); \
    g_assert_cmpstr (_r->title, ==, (by)); \
    g_assert_cmpint (_r->status, ==, (status_)); \
  } G_STMT_END

#define assert_fit(fit, achieved_) \
  G_STMT_START { \
    CareerFit _f = (fit); \
    g_assert_true (_f.defined); \
    g_assert_cmpuint (_f.required, ==, 17); \
    g_assert_cmpuint (_f.achieved, ==, (achieved_)); \
    g_assert_cmpfloat_with_epsilon (_f.percent, 100.0 * (achieved_) / 17, 1e-9); \
  } G_STMT_END

/*
 * Rated: a 1, d 1.  Start fit: a min (1, 3) × 3 = 3 of 17.
 *
 * Fall 2025: x COMPLETED: a 1 -> 2 (gain 3 × 1 = 3), c 0 -> 1 (gain 1).
 *   Fit: a 2 × 3 = 6, c 1 × 1 = 1: 7 of 17.
 * Spring 2026: y PLANNED, an entry of a course the catalog does not have,
 *   and the project "Kaggle" (b 1, c 2) and "Notes" (zz 2, a skill the
 *   catalog does not have).
 *   a 2 -> 3 by Y 1 (gain 3); b 0 -> 1 by Y 1, which comes before Kaggle's
 *   equal level (gain 2); c 1 -> 2 by Kaggle (gain 1); zz 0 -> 2 by Notes
 *   (gain 0, not in the role).  Fit: 9 + 2 + 2 = 13 of 17.
 * Summer 2026: empty: no raise, the same levels, 13 of 17.
 * Fall 2026: z IN PROGRESS (b 2, d 3) and the certificate "Cert" (d 4):
 *   b 1 -> 2 by Z 1 (gain 2); d 1 -> 4 by Cert, the higher level wins over
 *   Z 1's 3 (gain 0: the role does not list d).  Fit: 9 + 4 + 2 = 15 of 17.
 *
 * Graduation (after the last term): 15 of 17; the one gap left is c, 2 of 4.
 */
static void
test_terms (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProjection) projection = NULL;
  g_autoptr(GListModel) gaps = NULL;
  g_autoptr(CareerGap) gap = NULL;
  CareerRole *role = career_catalog_lookup_role (catalog, "r");
  const CareerProjectionTerm *row;
  GHashTable *levels;
  int fall25, spring26, summer26, fall26;

  career_plan_set_level (plan, "a", 1, NULL);
  career_plan_set_level (plan, "d", 1, NULL);
  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_FALL, 2026), ==, 0);
  fall25 = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  spring26 = career_plan_add_term (plan, CAREER_SEASON_SPRING, 2026);
  summer26 = career_plan_add_term (plan, CAREER_SEASON_SUMMER, 2026);
  /* The plan keeps its terms by date */
  g_assert_cmpint (fall25, ==, 0);
  g_assert_cmpint (spring26, ==, 1);
  g_assert_cmpint (summer26, ==, 2);
  fall26 = 3;

  add_course (plan, fall25, "p/x", CAREER_COURSE_STATUS_COMPLETED);
  add_course (plan, spring26, "p/y", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, spring26, "q/gone", CAREER_COURSE_STATUS_PLANNED);
  add_learning (plan, spring26, "Kaggle", "b", 1, "c", 2);
  add_learning (plan, spring26, "Notes", "zz", 2, NULL, 0);
  add_course (plan, fall26, "p/z", CAREER_COURSE_STATUS_IN_PROGRESS);
  add_learning (plan, fall26, "Cert", "d", 4, NULL, 0);

  projection = career_projection_new (plan, catalog, role);
  g_assert_true (career_projection_get_role (projection) == role);
  g_assert_cmpuint (career_projection_get_n_terms (projection), ==, 4);

  levels = career_projection_get_start_levels (projection);
  g_assert_cmpuint (g_hash_table_size (levels), ==, 2);
  g_assert_cmpuint (career_projection_level ("a", levels), ==, 1);
  g_assert_cmpuint (career_projection_level ("d", levels), ==, 1);
  g_assert_cmpuint (career_projection_level ("b", levels), ==, 0);
  assert_fit (career_projection_get_start_fit (projection), 3);

  row = career_projection_get_term (projection, 0);
  g_assert_cmpint (career_term_get_season (row->term), ==, CAREER_SEASON_FALL);
  g_assert_cmpint (career_term_get_year (row->term), ==, 2025);
  g_assert_cmpuint (row->position, ==, 0);
  g_assert_cmpuint (row->raised->len, ==, 2);
  assert_raise (row, 0, "a", 1, 2, "X 1", CAREER_COURSE_STATUS_COMPLETED);
  assert_raise (row, 1, "c", 0, 1, "X 1", CAREER_COURSE_STATUS_COMPLETED);
  g_assert_cmpint (raise_at (row, 0)->source, ==, CAREER_RAISE_BY_COURSE);
  g_assert_cmpstr (raise_at (row, 0)->course_id, ==, "p/x");
  g_assert_cmpstr (career_skill_get_name (raise_at (row, 0)->skill), ==, "Alpha");
  g_assert_cmpuint (raise_at (row, 0)->importance, ==, 3);
  g_assert_cmpuint (raise_at (row, 0)->target, ==, 3);
  g_assert_cmpuint (row->n_unknown_courses, ==, 0);
  assert_fit (row->fit, 7);

  row = career_projection_get_term (projection, 1);
  g_assert_cmpuint (row->raised->len, ==, 4);
  assert_raise (row, 0, "a", 2, 3, "Y 1", CAREER_COURSE_STATUS_PLANNED);
  assert_raise (row, 1, "b", 0, 1, "Y 1", CAREER_COURSE_STATUS_PLANNED);
  assert_raise (row, 2, "c", 1, 2, "Kaggle", CAREER_COURSE_STATUS_PLANNED);
  assert_raise (row, 3, "zz", 0, 2, "Notes", CAREER_COURSE_STATUS_PLANNED);
  g_assert_cmpint (raise_at (row, 2)->source, ==, CAREER_RAISE_BY_OTHER_LEARNING);
  g_assert_null (raise_at (row, 2)->course_id);
  g_assert_null (raise_at (row, 3)->skill);
  g_assert_cmpuint (raise_at (row, 3)->importance, ==, 0);
  g_assert_cmpuint (row->n_unknown_courses, ==, 1);
  g_assert_cmpuint (career_projection_level ("zz", row->levels), ==, 2);
  assert_fit (row->fit, 13);

  row = career_projection_get_term (projection, 2);
  g_assert_cmpuint (row->raised->len, ==, 0);
  g_assert_cmpuint (career_projection_level ("c", row->levels), ==, 2);
  assert_fit (row->fit, 13);

  row = career_projection_get_term (projection, 3);
  g_assert_cmpuint (row->raised->len, ==, 2);
  assert_raise (row, 0, "b", 1, 2, "Z 1", CAREER_COURSE_STATUS_IN_PROGRESS);
  assert_raise (row, 1, "d", 1, 4, "Cert", CAREER_COURSE_STATUS_PLANNED);
  assert_fit (row->fit, 15);

  /* Graduation is after the last term */
  assert_fit (career_projection_get_final_fit (projection), 15);
  levels = career_projection_get_final_levels (projection);
  g_assert_true (levels == row->levels);
  g_assert_cmpuint (career_projection_level ("a", levels), ==, 3);
  g_assert_cmpuint (career_projection_level ("b", levels), ==, 2);
  g_assert_cmpuint (career_projection_level ("c", levels), ==, 2);
  g_assert_cmpuint (career_projection_level ("d", levels), ==, 4);

  gaps = career_analysis_gaps (role, career_projection_level, levels);
  g_assert_cmpuint (g_list_model_get_n_items (gaps), ==, 1);
  gap = g_list_model_get_item (gaps, 0);
  g_assert_cmpstr (career_gap_get_skill_id (gap), ==, "c");
  g_assert_cmpuint (career_gap_get_level (gap), ==, 2);

  /* The earlier tables are untouched by the later terms */
  row = career_projection_get_term (projection, 0);
  g_assert_cmpuint (career_projection_level ("a", row->levels), ==, 2);
  g_assert_cmpuint (career_projection_level ("b", row->levels), ==, 0);

  /* A snapshot: a later edit of the plan does not change it */
  career_plan_set_level (plan, "c", 4, NULL);
  g_assert_cmpuint (career_projection_level ("c", career_projection_get_start_levels (projection)), ==, 0);
}

/*
 * A planned course counts from its own term.  Rated a 4: y teaching a 3
 * raises nothing; b 0 -> 1.  No role: every fit is undefined.
 */
static void
test_no_role_and_high_levels (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProjection) projection = NULL;
  const CareerProjectionTerm *row;
  int term;

  career_plan_set_level (plan, "a", 4, NULL);
  term = career_plan_add_term (plan, CAREER_SEASON_SPRING, 2026);
  add_course (plan, (guint) term, "p/y", CAREER_COURSE_STATUS_PLANNED);

  projection = career_projection_new (plan, catalog, NULL);
  g_assert_null (career_projection_get_role (projection));
  g_assert_false (career_projection_get_start_fit (projection).defined);
  row = career_projection_get_term (projection, 0);
  g_assert_cmpuint (row->raised->len, ==, 1);
  assert_raise (row, 0, "b", 0, 1, "Y 1", CAREER_COURSE_STATUS_PLANNED);
  g_assert_cmpuint (raise_at (row, 0)->importance, ==, 0);
  g_assert_cmpuint (career_projection_level ("a", row->levels), ==, 4);
  g_assert_false (row->fit.defined);
  g_assert_false (career_projection_get_final_fit (projection).defined);
}

/* No term: graduation is where the person starts */
static void
test_empty_plan (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProjection) projection = NULL;
  CareerRole *role = career_catalog_lookup_role (catalog, "r");

  career_plan_set_level (plan, "b", 2, NULL);
  projection = career_projection_new (plan, catalog, role);
  g_assert_cmpuint (career_projection_get_n_terms (projection), ==, 0);
  /* b 2 × 2 = 4 of 17 */
  assert_fit (career_projection_get_start_fit (projection), 4);
  assert_fit (career_projection_get_final_fit (projection), 4);
  g_assert_true (career_projection_get_final_levels (projection) ==
                 career_projection_get_start_levels (projection));
}

/* The built-in catalog's example plan: the fit never falls from term to term */
static void
test_builtin_monotonic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProjection) projection = NULL;
  GListModel *roles, *programs;
  g_autoptr(CareerRole) role = NULL;
  g_autoptr(CareerProgram) program = NULL;
  GListModel *courses;
  double previous;

  g_assert_true (career_catalog_load_builtin (catalog, &error));
  g_assert_no_error (error);
  roles = career_catalog_get_roles (catalog);
  programs = career_catalog_get_programs (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (roles), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (programs), >, 0);
  role = g_list_model_get_item (roles, 0);
  program = g_list_model_get_item (programs, 0);
  courses = career_program_get_courses (program);

  /* One course a term, in catalog order */
  for (guint i = 0; i < MIN (g_list_model_get_n_items (courses), 6); i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);
      int term = career_plan_add_term (plan, (CareerSeason) (i % 3), 2026 + (int) i / 3);

      g_assert_nonnull (career_plan_add_course (plan, (guint) term, -1, career_course_get_id (course)));
    }

  projection = career_projection_new (plan, catalog, role);
  previous = career_projection_get_start_fit (projection).percent;
  for (guint t = 0; t < career_projection_get_n_terms (projection); t++)
    {
      const CareerProjectionTerm *row = career_projection_get_term (projection, t);

      g_assert_cmpfloat (row->fit.percent, >=, previous);
      g_assert_cmpuint (row->n_unknown_courses, ==, 0);
      previous = row->fit.percent;
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/terms", test_terms);
  g_test_add_func ("/projection/no-role-and-high-levels", test_no_role_and_high_levels);
  g_test_add_func ("/projection/empty-plan", test_empty_plan);
  g_test_add_func ("/projection/builtin-monotonic", test_builtin_monotonic);

  return g_test_run ();
}
