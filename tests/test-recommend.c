/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Course recommendations and program comparison, on a small hand-built
 * catalog whose figures are worked out in the comments.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <locale.h>

#include "career-catalog.h"
#include "career-plan.h"
#include "career-program-compare.h"
#include "career-projection.h"
#include "career-recommend.h"

#define NBSP "\302\240"
#define SOURCE "{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false}"
#define SKILL(id, name) \
  "{\"id\":\"" id "\",\"name\":\"" name "\",\"category\":\"k\",\"description\":\"d\"," \
  "\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}"
#define WORKLOAD(hours) "{\"hours\":" hours ",\"source\":" SOURCE "}"
#define PREREQ(expression) \
  ",\"prerequisites\":{\"required\":" expression ",\"advised\":null,\"note\":null}"
#define COURSE(id, code, credits, workload, skills, prerequisites) \
  "{\"id\":\"" id "\",\"code\":\"" code "\",\"title\":\"T\",\"credits\":" credits "," \
  "\"description\":\"d\",\"skills\":" skills prerequisites ",\"terms_offered\":null," \
  "\"workload\":" workload ",\"source\":" SOURCE "}"
#define PROGRAM(id, total, tuition, terms, courses, requirements) \
  "{\"id\":\"" id "\",\"institution\":\"U\",\"name\":\"" id "\",\"degree\":\"D\"," \
  "\"catalog_year\":\"2025\",\"description\":\"d\",\"total_credits\":" total "," \
  "\"transfer_credit_limit\":null,\"tuition\":" tuition ",\"terms\":" terms "," \
  "\"double_counting\":false,\"source\":" SOURCE ",\"courses\":[" courses "]," \
  "\"requirements\":" requirements "}"

/*
 * Skills ml Machine Learning, dl Deep Learning, ops MLOps, stats Statistics,
 * web Web.  Role "mle", importance × target:
 *   dl 5 × 3 = 15, ml 4 × 3 = 12, ops 3 × 2 = 6, stats 2 × 2 = 4, web 2 × 1 = 2;
 *   Σ = 39.
 *
 * Program p: 12 credits, 1000 USD a credit, fall and spring terms.
 *   course  code     cr    h/week  teaches             requires
 *   intro   ML 100   3     10      ml 2, stats 2
 *   deep    DL 200   3     15      dl 3, ml 3          intro
 *   mlops   OPS 210  3     -       ops 2, dl 1
 *   stat    ST 150   3     8       stats 3
 *   web     WEB 300  3     9       web 3
 *   adv     DL 400   -     -       dl 4, web 2         deep
 *   alt     ML 101   3     -       ml 2, web 1
 *   proj    ML 500   3     -       ops 1               deep or mlops
 * Requirements: all-of [course intro; one-of "Core" [deep, stat];
 *   credits-from "Machine learning electives" 6 of [mlops, adv, proj, web];
 *   only-one-of [intro, alt]].
 *
 * Program q: 6 credits, tuition not known, fall terms; credits-from 6 "Any".
 *   qa QA 1: 3 cr, dl 2;  qb QB 1: credits not known, 12 h, ops 2;  qc QC 1: 3 cr, stats 1;
 *   qd QD 1: credits not known, ml 2, dl 1, ops 1, stats 1, web 1.
 * Program r: 30 credits, 500 EUR a credit, no terms; an unknown requirement.
 *   ra RA 1: credits not known, 10 h, dl 3.
 */
static const char catalog_json[] =
  "{\"format\":\"career-planner-catalog\",\"version\":1,"
  "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
  "\"skills\":[" SKILL ("ml", "Machine Learning") "," SKILL ("dl", "Deep Learning") ","
  SKILL ("ops", "MLOps") "," SKILL ("stats", "Statistics") "," SKILL ("web", "Web") "],"
  "\"roles\":[{\"id\":\"mle\",\"title\":\"MLE\",\"summary\":\"s\",\"responsibilities\":[],"
  "\"masters_focus\":\"m\",\"weights_note\":\"w\",\"salaries\":[],\"outlook\":[],"
  "\"skills\":[{\"skill\":\"dl\",\"importance\":5,\"target\":3},"
  "{\"skill\":\"ml\",\"importance\":4,\"target\":3},"
  "{\"skill\":\"ops\",\"importance\":3,\"target\":2},"
  "{\"skill\":\"stats\",\"importance\":2,\"target\":2},"
  "{\"skill\":\"web\",\"importance\":2,\"target\":1}]}],"
  "\"programs\":["
  PROGRAM ("p", "12", "{\"per_credit\":1000,\"currency\":\"USD\",\"source\":" SOURCE "}",
           "[\"spring\",\"fall\"]",
           COURSE ("intro", "ML 100", "3", WORKLOAD ("10"),
                   "[{\"skill\":\"ml\",\"level\":2},{\"skill\":\"stats\",\"level\":2}]", "") ","
           COURSE ("deep", "DL 200", "3", WORKLOAD ("15"),
                   "[{\"skill\":\"dl\",\"level\":3},{\"skill\":\"ml\",\"level\":3}]",
                   PREREQ ("{\"course\":\"intro\"}")) ","
           COURSE ("mlops", "OPS 210", "3", "null",
                   "[{\"skill\":\"ops\",\"level\":2},{\"skill\":\"dl\",\"level\":1}]", "") ","
           COURSE ("stat", "ST 150", "3", WORKLOAD ("8"), "[{\"skill\":\"stats\",\"level\":3}]", "") ","
           COURSE ("web", "WEB 300", "3", WORKLOAD ("9"), "[{\"skill\":\"web\",\"level\":3}]", "") ","
           COURSE ("adv", "DL 400", "null", "null",
                   "[{\"skill\":\"dl\",\"level\":4},{\"skill\":\"web\",\"level\":2}]",
                   PREREQ ("{\"course\":\"deep\"}")) ","
           COURSE ("alt", "ML 101", "3", "null",
                   "[{\"skill\":\"ml\",\"level\":2},{\"skill\":\"web\",\"level\":1}]", "") ","
           COURSE ("proj", "ML 500", "3", "null", "[{\"skill\":\"ops\",\"level\":1}]",
                   PREREQ ("{\"any\":[{\"course\":\"deep\"},{\"course\":\"mlops\"}]}")),
           "{\"type\":\"all-of\",\"items\":[{\"type\":\"course\",\"course\":\"intro\"},"
           "{\"type\":\"one-of\",\"title\":\"Core\",\"items\":[{\"type\":\"course\",\"course\":\"deep\"},"
           "{\"type\":\"course\",\"course\":\"stat\"}]},"
           "{\"type\":\"credits-from\",\"title\":\"Machine learning electives\",\"credits\":6,"
           "\"courses\":[\"mlops\",\"adv\",\"proj\",\"web\"]},"
           "{\"type\":\"only-one-of\",\"courses\":[\"intro\",\"alt\"]}]}") ","
  PROGRAM ("q", "6", "null", "[\"fall\"]",
           COURSE ("qa", "QA 1", "3", "null", "[{\"skill\":\"dl\",\"level\":2}]", "") ","
           COURSE ("qb", "QB 1", "null", WORKLOAD ("12"), "[{\"skill\":\"ops\",\"level\":2}]", "") ","
           COURSE ("qc", "QC 1", "3", "null", "[{\"skill\":\"stats\",\"level\":1}]", "") ","
           COURSE ("qd", "QD 1", "null", "null",
                   "[{\"skill\":\"ml\",\"level\":2},{\"skill\":\"dl\",\"level\":1},"
                   "{\"skill\":\"ops\",\"level\":1},{\"skill\":\"stats\",\"level\":1},"
                   "{\"skill\":\"web\",\"level\":1}]", ""),
           "{\"type\":\"credits-from\",\"title\":\"Any\",\"credits\":6}") ","
  PROGRAM ("r", "30", "{\"per_credit\":500,\"currency\":\"EUR\",\"source\":" SOURCE "}", "[]",
           COURSE ("ra", "RA 1", "null", WORKLOAD ("10"), "[{\"skill\":\"dl\",\"level\":3}]", ""),
           "{\"type\":\"unknown\",\"title\":\"All\",\"note\":\"n\"}")
  "]}";

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
            CareerSeason        season,
            int                 year,
            const char         *local_id,
            CareerCourseStatus  status)
{
  GListModel *terms = career_plan_get_terms (plan);
  g_autofree char *full_id = g_strconcat ("p/", local_id, NULL);
  g_autoptr(CareerTerm) item = NULL;
  int position = -1;

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);

      if (career_term_get_season (term) == season && career_term_get_year (term) == year)
        position = (int) i;
    }
  if (position < 0)
    position = career_plan_add_term (plan, season, year);

  item = g_list_model_get_item (terms, (guint) position);
  g_assert_nonnull (career_plan_add_course (plan, (guint) position, -1, full_id));
  if (status != CAREER_COURSE_STATUS_PLANNED)
    g_assert_true (career_plan_set_course_status (plan, (guint) position,
                                                  g_list_model_get_n_items (career_term_get_courses (item)) - 1,
                                                  status));
}

static const CareerRecommendation *
rec_at (GPtrArray *recommendations,
        guint      index)
{
  g_assert_cmpuint (index, <, recommendations->len);
  return g_ptr_array_index (recommendations, index);
}

/* The codes of the recommendations, "DL 200, OPS 210" */
static char *
codes_of (GPtrArray *recommendations)
{
  GString *codes = g_string_new (NULL);

  for (guint i = 0; i < recommendations->len; i++)
    {
      const CareerRecommendation *recommendation = g_ptr_array_index (recommendations, i);

      if (i > 0)
        g_string_append (codes, ", ");
      g_string_append (codes, career_course_get_code (recommendation->course));
    }

  return g_string_free (codes, FALSE);
}

#define assert_codes(recommendations, expected) \
  G_STMT_START { \
    g_autofree char *_codes = codes_of ((recommendations)); \
    g_assert_cmpstr (_codes, ==, (expected)); \
  } G_STMT_END

static GPtrArray *
recommend (CareerCatalog *catalog,
           CareerPlan    *plan,
           gboolean       with_role,
           guint          max)
{
  return career_recommend_courses (plan, catalog, career_catalog_lookup_program (catalog, "p"), NULL,
                                   with_role ? career_catalog_lookup_role (catalog, "mle") : NULL,
                                   max);
}

/*
 * Rated ml 1; fall 2025: intro COMPLETED.  After the plan: ml 2, stats 2.
 *
 * Eligible: deep (intro is in the plan), mlops, stat, web.  Not: intro (in
 * the plan), adv (needs deep), proj (needs deep or mlops), alt (only one of
 * intro and alt counts, and intro is in the plan).
 *
 * Scores from ml 2, stats 2, dl 0, ops 0, web 0:
 *   deep   dl 5 × 3 + ml 4 × (3 − 2)      = 19
 *   mlops  ops 3 × 2 + dl 5 × 1           = 11
 *   web    web 2 × 1                      = 2
 *   stat   stats: min (2, 3) − min (2, 2) = 0
 * Audit, planned view: intro is met; Core (one-of deep, stat) is open; the
 * electives have 0 of 6 credits.  deep and stat would meet a course of Core
 * (SATISFIES); mlops and web count toward the electives (3 < 6 credits).
 * stat closes no gap but meets a requirement, so it is recommended, last.
 */
static void
test_ranking (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) top = NULL;
  const CareerRecommendation *rec;
  const CareerRecommendSkill *skill;

  career_plan_set_level (plan, "ml", 1, NULL);
  add_course (plan, CAREER_SEASON_FALL, 2025, "intro", CAREER_COURSE_STATUS_COMPLETED);

  all = recommend (catalog, plan, TRUE, 0);
  assert_codes (all, "DL 200, OPS 210, WEB 300, ST 150");

  rec = rec_at (all, 0);
  g_assert_cmpuint (rec->score, ==, 19);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_SATISFIES);
  g_assert_cmpstr (rec->requirement, ==, "Core");
  g_assert_cmpuint (rec->skills->len, ==, 2);
  skill = &g_array_index (rec->skills, CareerRecommendSkill, 0);
  g_assert_cmpstr (skill->skill_id, ==, "dl");
  g_assert_cmpuint (skill->from, ==, 0);
  g_assert_cmpuint (skill->to, ==, 3);
  g_assert_cmpuint (skill->weighted, ==, 15);
  skill = &g_array_index (rec->skills, CareerRecommendSkill, 1);
  g_assert_cmpstr (skill->skill_id, ==, "ml");
  g_assert_cmpuint (skill->from, ==, 2);
  g_assert_cmpuint (skill->to, ==, 3);
  g_assert_cmpuint (skill->weighted, ==, 4);
  g_assert_true (rec->has_credits);
  g_assert_cmpfloat (rec->credits, ==, 3.0);
  g_assert_true (rec->has_workload);
  g_assert_cmpfloat (rec->workload, ==, 15.0);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 3 levels of Deep Learning (importance 5) and 1 level of "
                   "Machine Learning (importance 4). Meets a requirement of Core.");

  rec = rec_at (all, 1);
  g_assert_cmpuint (rec->score, ==, 11);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_COUNTS_TOWARD);
  g_assert_cmpstr (rec->requirement, ==, "Machine learning electives");
  g_assert_false (rec->has_workload);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 2 levels of MLOps (importance 3) and 1 level of Deep Learning "
                   "(importance 5). Counts toward Machine learning electives. Workload not known.");

  rec = rec_at (all, 2);
  g_assert_cmpuint (rec->score, ==, 2);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 1 level of Web (importance 2). Counts toward Machine learning electives.");

  rec = rec_at (all, 3);
  g_assert_cmpuint (rec->score, ==, 0);
  g_assert_cmpuint (rec->skills->len, ==, 0);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_SATISFIES);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes no skill gap for the role beyond what the plan already brings. "
                   "Meets a requirement of Core.");

  /* The top 2 */
  top = recommend (catalog, plan, TRUE, 2);
  assert_codes (top, "DL 200, OPS 210");

  /* The score is the one the fit gains: deep from ml 2, stats 2 (8 + 4 = 12
   * of 39) to ml 3, dl 3 (12 + 15 + 4 = 31): 19 */
  {
    CareerRole *role = career_catalog_lookup_role (catalog, "mle");
    g_autoptr(GHashTable) levels = g_hash_table_new (g_str_hash, g_str_equal);

    g_hash_table_insert (levels, "ml", GUINT_TO_POINTER (2));
    g_hash_table_insert (levels, "stats", GUINT_TO_POINTER (2));
    g_assert_cmpuint (career_analysis_fit (role, career_projection_level, levels).achieved, ==, 12);
    g_assert_cmpuint (career_recommend_score (role, career_catalog_lookup_course (catalog, "p/deep"),
                                              career_projection_level, levels), ==, 19);
    g_hash_table_insert (levels, "ml", GUINT_TO_POINTER (3));
    g_hash_table_insert (levels, "dl", GUINT_TO_POINTER (3));
    g_assert_cmpuint (career_analysis_fit (role, career_projection_level, levels).achieved, ==, 31);
  }
}

/*
 * Plan of test_ranking plus spring 2026: deep and mlops PLANNED.  After the
 * plan (planned courses count): ml 3, stats 2, dl 3, ops 2, web 0.
 *
 * Eligible: stat, web, adv (deep is planned), proj (deep or mlops).  alt is
 * still out (intro).
 *   web   web 2 × 1 = 2;  electives have mlops's 3 credits: 3 + 3 >= 6,
 *         it COMPLETES them (SATISFIES)
 *   adv   dl: min (3, 4) − 3 = 0;  web 2 × 1 = 2;  credits not known: it
 *         only COUNTS TOWARD the electives
 *   proj  ops: min (2, 1) − 2 < 0 -> 0;  3 + 3 >= 6: SATISFIES
 *   stat  0, and Core is met by deep: nothing for the audit; not recommended
 * Ranking: web (2, satisfies), adv (2, counts toward): the audit breaks the
 * tie; then proj (0).
 */
static void
test_planned_courses_and_audit_tie_break (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GPtrArray) all = NULL;
  const CareerRecommendation *rec;

  career_plan_set_level (plan, "ml", 1, NULL);
  add_course (plan, CAREER_SEASON_FALL, 2025, "intro", CAREER_COURSE_STATUS_COMPLETED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "deep", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "mlops", CAREER_COURSE_STATUS_PLANNED);

  all = recommend (catalog, plan, TRUE, 0);
  assert_codes (all, "WEB 300, DL 400, ML 500");

  rec = rec_at (all, 0);
  g_assert_cmpuint (rec->score, ==, 2);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_SATISFIES);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 1 level of Web (importance 2). Completes Machine learning electives.");

  rec = rec_at (all, 1);
  g_assert_cmpuint (rec->score, ==, 2);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_COUNTS_TOWARD);
  g_assert_false (rec->has_credits);
  g_assert_cmpfloat (rec->credits, ==, 0.0);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 1 level of Web (importance 2). Counts toward Machine learning "
                   "electives. Credits and workload not known.");

  rec = rec_at (all, 2);
  g_assert_cmpuint (rec->score, ==, 0);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_SATISFIES);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes no skill gap for the role beyond what the plan already brings. "
                   "Completes Machine learning electives. Workload not known.");
}

/*
 * No term; rated ml 3, dl 2, ops 1, stats 1.  Eligible: intro, mlops, stat,
 * web, alt (intro is not in the plan); deep, adv and proj need courses the
 * plan does not have.
 *   mlops  ops 3 × (2 − 1) = 3, dl: min (3, 2) − 2 = 0       counts toward electives
 *   intro  ml 0, stats 2 × (2 − 1) = 2                       meets a course of the root
 *   stat   stats 2 × 1 = 2                                   meets a course of Core
 *   web    web 2 × 1 = 2                                     counts toward electives
 *   alt    ml 0, web 2 × 1 = 2                               no requirement
 * Ranking: mlops 3; then among the 2s: the two that satisfy by code (ML 100
 * before ST 150), then web (counts toward), then alt (nothing).
 */
static void
test_code_tie_break_and_root (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GPtrArray) all = NULL;
  const CareerRecommendation *rec;

  career_plan_set_level (plan, "ml", 3, NULL);
  career_plan_set_level (plan, "dl", 2, NULL);
  career_plan_set_level (plan, "ops", 1, NULL);
  career_plan_set_level (plan, "stats", 1, NULL);

  all = recommend (catalog, plan, TRUE, 0);
  assert_codes (all, "OPS 210, ML 100, ST 150, WEB 300, ML 101");

  rec = rec_at (all, 1);
  g_assert_cmpuint (rec->score, ==, 2);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_SATISFIES);
  /* The root has no title of its own: the audit's */
  g_assert_cmpstr (rec->requirement, ==, "Degree requirements");
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 1 level of Statistics (importance 2). Meets a requirement of the degree.");

  rec = rec_at (all, 4);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_NONE);
  g_assert_null (rec->requirement);
  g_assert_cmpstr (rec->reason, ==, "Closes 1 level of Web (importance 2). Workload not known.");
}

/*
 * No role: the audit alone ranks.  The plan of test_ranking: deep and stat
 * satisfy (Core), mlops and web count toward the electives; by code within
 * each.  The reasons say nothing about skills.
 */
static void
test_no_role (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GPtrArray) all = NULL;

  career_plan_set_level (plan, "ml", 1, NULL);
  add_course (plan, CAREER_SEASON_FALL, 2025, "intro", CAREER_COURSE_STATUS_COMPLETED);

  all = recommend (catalog, plan, FALSE, 0);
  assert_codes (all, "DL 200, ST 150, OPS 210, WEB 300");
  g_assert_cmpuint (rec_at (all, 0)->score, ==, 0);
  g_assert_cmpuint (rec_at (all, 0)->skills->len, ==, 0);
  g_assert_cmpstr (rec_at (all, 0)->reason, ==, "Meets a requirement of Core.");
  g_assert_cmpstr (rec_at (all, 2)->reason, ==,
                   "Counts toward Machine learning electives. Workload not known.");
}

/*
 * Program q, an empty plan rated ml 1.  Every course counts toward "Any"
 * (credits-from 6 of any course, 0 so far; qa and qc have 3 credits, too
 * few to complete it; qb and qd have credits not known).
 *   qd  dl 5 × 1 + ml 4 × 1 + ops 3 × 1 + stats 2 × 1 + web 2 × 1 = 16
 *   qa  dl 5 × 2 = 10;   qb  ops 3 × 2 = 6;   qc  stats 2 × 1 = 2
 * qd's reason names its first three skills (stats and web tie at 2 and
 * importance 2: Statistics before Web by name) and counts the other two.
 */
static void
test_many_skills (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GPtrArray) all = NULL;
  const CareerRecommendation *rec;

  career_plan_set_level (plan, "ml", 1, NULL);
  all = career_recommend_courses (plan, catalog, career_catalog_lookup_program (catalog, "q"), NULL,
                                  career_catalog_lookup_role (catalog, "mle"), 0);
  assert_codes (all, "QD 1, QA 1, QB 1, QC 1");

  rec = rec_at (all, 0);
  g_assert_cmpuint (rec->score, ==, 16);
  g_assert_cmpuint (rec->skills->len, ==, 5);
  g_assert_cmpstr (g_array_index (rec->skills, CareerRecommendSkill, 3).skill_id, ==, "stats");
  g_assert_cmpstr (g_array_index (rec->skills, CareerRecommendSkill, 4).skill_id, ==, "web");
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 1 level of Deep Learning (importance 5), 1 level of Machine Learning "
                   "(importance 4), 1 level of MLOps (importance 3) and 2 more skills. Counts "
                   "toward Any. Credits and workload not known.");

  rec = rec_at (all, 1);
  g_assert_cmpint (rec->audit, ==, CAREER_RECOMMEND_AUDIT_COUNTS_TOWARD);
  g_assert_cmpstr (rec->reason, ==,
                   "Closes 2 levels of Deep Learning (importance 5). Counts toward Any. "
                   "Workload not known.");
}

/* Every course of the program is in the plan: nothing to recommend */
static void
test_nothing_left (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GPtrArray) all = NULL;
  const char * const ids[] = { "intro", "deep", "mlops", "stat", "web", "adv", "alt", "proj" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    add_course (plan, CAREER_SEASON_FALL, 2025, ids[i], CAREER_COURSE_STATUS_PLANNED);

  all = recommend (catalog, plan, TRUE, 5);
  g_assert_cmpuint (all->len, ==, 0);
}

/*
 * Comparison of p, q and r for a person rated ml 1, at 10 h a week, aiming at
 * mle.  Start fit: ml 4 × 1 = 4 of 39.  The plan's courses are not counted.
 *
 * p: 12 credits × 1000 USD = 12000 USD.
 *   Pace: h = (10 + 15 + 8 + 9) / (3 + 3 + 3 + 3) = 3.5 h a credit (intro,
 *   deep, stat, web have both figures); ⌈12 × 3.5 / 10⌉ = ⌈4.2⌉ = 5 terms of
 *   12 / 2 = 6 months: 30 months.
 *   Greedy, from ml 1 (adv's credits are not known: left out):
 *     1. deep 23 (dl 15 + ml 4 × 2), over mlops 11, intro 8, alt 6, stat 4,
 *        proj 3, web 2; now ml 3, dl 3; 3 credits
 *     2. mlops 6 (ops 6, dl 0), over intro 4, stat 4, proj 3, web 2, alt 2;
 *        ops 2; 6 credits
 *     3. intro 4 (stats 4), tied with stat 4: ML 100 before ST 150; stats 2;
 *        9 credits
 *     4. web 2; stat and proj 0; alt would also close web 2 and come first
 *        by code (ML 101), but only one of intro and alt counts: 12 credits,
 *        the total: stop.
 *   Fit: 12 + 15 + 6 + 4 + 2 = 39 of 39: 100 %.  adv closes nothing more.
 * q: tuition not known; no course has both credits and workload: months not
 *   known.  Greedy over qa and qc (qb's and qd's credits are not known):
 *     1. qa 10 (dl 5 × 2), over qc 2; 2. qc 2: 6 credits, stop.
 *   Fit: ml 4 + dl 10 + stats 2 = 16 of 39 = 41.03 %.  qb would still
 *   close ops 3 × 2 = 6, qd ml 4 × 1 and more: two courses left out that
 *   could raise it.
 * r: 30 × 500 EUR = 15000 EUR; no terms: months not known; no course of
 *   known credits: fit not known (the start fit stays in @fit).
 */
static void
test_compare (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProgramComparison) comparison = NULL;
  CareerRole *role = career_catalog_lookup_role (catalog, "mle");
  CareerProgram *programs[3];
  const CareerProgramSummary *summary;
  static const char * const chosen[] = { "p/deep", "p/mlops", "p/intro", "p/web" };

  programs[0] = career_catalog_lookup_program (catalog, "p");
  programs[1] = career_catalog_lookup_program (catalog, "q");
  programs[2] = career_catalog_lookup_program (catalog, "r");
  career_plan_set_level (plan, "ml", 1, NULL);
  career_plan_set_weekly_hours (plan, 10);
  /* Not counted: a comparison starts each program from scratch */
  add_course (plan, CAREER_SEASON_FALL, 2025, "deep", CAREER_COURSE_STATUS_COMPLETED);

  comparison = career_program_compare (plan, catalog, role, programs, 3);
  g_assert_true (comparison->role == role);
  g_assert_cmpfloat (comparison->weekly_hours, ==, 10.0);
  g_assert_cmpuint (comparison->start_fit.achieved, ==, 4);
  g_assert_cmpuint (comparison->start_fit.required, ==, 39);
  g_assert_cmpuint (comparison->n_programs, ==, 3);

  summary = &comparison->programs[0];
  g_assert_true (summary->program == programs[0]);
  g_assert_cmpfloat (summary->total_credits, ==, 12.0);
  g_assert_true (summary->tuition_known);
  g_assert_cmpfloat (summary->tuition, ==, 12000.0);
  g_assert_cmpstr (summary->currency, ==, "USD");
  g_assert_cmpstr (summary->tuition_text, ==, "12000 USD");
  g_assert_true (summary->pace.known);
  g_assert_cmpfloat_with_epsilon (summary->pace.hours_per_credit, 3.5, 1e-9);
  g_assert_cmpfloat (summary->pace.remaining_credits, ==, 12.0);
  g_assert_cmpuint (summary->pace.terms, ==, 5);
  g_assert_cmpuint (summary->pace.months_per_term, ==, 6);
  g_assert_cmpuint (summary->pace.months, ==, 30);
  g_assert_cmpstr (summary->months_text, ==, "About 30 months at 10 h a week");
  g_assert_true (summary->fit_known);
  g_assert_cmpuint (summary->courses->len, ==, G_N_ELEMENTS (chosen));
  for (guint i = 0; i < G_N_ELEMENTS (chosen); i++)
    g_assert_cmpstr (career_course_get_id (g_ptr_array_index (summary->courses, i)), ==, chosen[i]);
  g_assert_cmpfloat (summary->credits_chosen, ==, 12.0);
  g_assert_cmpuint (summary->fit.achieved, ==, 39);
  g_assert_cmpfloat (summary->fit.percent, ==, 100.0);
  g_assert_cmpuint (summary->n_left_out, ==, 0);
  g_assert_cmpuint (career_projection_level ("web", summary->levels), ==, 3);
  g_assert_cmpstr (summary->fit_text, ==, "100" NBSP "%");

  summary = &comparison->programs[1];
  g_assert_false (summary->tuition_known);
  g_assert_null (summary->currency);
  g_assert_cmpstr (summary->tuition_text, ==, "Not known: the catalog has no tuition for the program");
  g_assert_false (summary->pace.known);
  g_assert_cmpuint (summary->pace.months, ==, 0);
  g_assert_cmpstr (summary->months_text, ==,
                   "Not known: no course of the program has both credits and workload in the catalog");
  g_assert_true (summary->fit_known);
  g_assert_cmpuint (summary->courses->len, ==, 2);
  g_assert_cmpstr (career_course_get_id (g_ptr_array_index (summary->courses, 0)), ==, "q/qa");
  g_assert_cmpstr (career_course_get_id (g_ptr_array_index (summary->courses, 1)), ==, "q/qc");
  g_assert_cmpfloat (summary->credits_chosen, ==, 6.0);
  g_assert_cmpuint (summary->fit.achieved, ==, 16);
  g_assert_cmpfloat_with_epsilon (summary->fit.percent, 1600.0 / 39, 1e-9);
  g_assert_cmpuint (summary->n_left_out, ==, 2);
  g_assert_cmpstr (summary->fit_text, ==,
                   "41" NBSP "%; 2 courses whose credits are not known were left out and could raise it");

  summary = &comparison->programs[2];
  g_assert_true (summary->tuition_known);
  g_assert_cmpstr (summary->tuition_text, ==, "15000 EUR");
  g_assert_false (summary->pace.known);
  g_assert_cmpstr (summary->months_text, ==, "Not known: the catalog lists no terms for the program");
  g_assert_false (summary->fit_known);
  g_assert_cmpuint (summary->courses->len, ==, 0);
  g_assert_cmpuint (summary->fit.achieved, ==, 4);
  g_assert_cmpstr (summary->fit_text, ==,
                   "Not known: the catalog has no credits for the program's courses");
}

/* No weekly hours and no role: what is not known says why */
static void
test_compare_not_known (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProgramComparison) comparison = NULL;
  g_autoptr(CareerProgramComparison) empty = NULL;
  CareerProgram *program = career_catalog_lookup_program (catalog, "p");

  career_plan_set_weekly_hours (plan, 0);
  comparison = career_program_compare (plan, catalog, NULL, &program, 1);
  g_assert_false (comparison->start_fit.defined);
  g_assert_false (comparison->programs[0].pace.known);
  g_assert_cmpstr (comparison->programs[0].months_text, ==,
                   "Not known: set the hours a week you can study");
  g_assert_false (comparison->programs[0].fit_known);
  g_assert_false (comparison->programs[0].fit.defined);
  g_assert_cmpuint (comparison->programs[0].courses->len, ==, 0);
  g_assert_cmpstr (comparison->programs[0].fit_text, ==, "Not known: choose a target role");

  empty = career_program_compare (plan, catalog, NULL, NULL, 0);
  g_assert_cmpuint (empty->n_programs, ==, 0);
}

/* The built-in catalog: every program compares, and recommendations for an
 * empty plan are eligible and ranked */
static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerProgramComparison) comparison = NULL;
  g_autoptr(GPtrArray) programs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CareerRole) role = NULL;
  GListModel *model;

  g_assert_true (career_catalog_load_builtin (catalog, &error));
  g_assert_no_error (error);
  role = g_list_model_get_item (career_catalog_get_roles (catalog), 0);
  model = career_catalog_get_programs (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (programs, g_list_model_get_item (model, i));

  comparison = career_program_compare (plan, catalog, role,
                                       (CareerProgram * const *) programs->pdata, programs->len);
  g_assert_cmpuint (comparison->n_programs, ==, programs->len);
  for (guint i = 0; i < comparison->n_programs; i++)
    {
      const CareerProgramSummary *summary = &comparison->programs[i];
      g_autoptr(GPtrArray) recommendations = NULL;

      g_assert_nonnull (summary->tuition_text);
      g_assert_nonnull (summary->months_text);
      g_assert_nonnull (summary->fit_text);
      if (summary->fit_known)
        g_assert_cmpfloat (summary->fit.percent, >=, comparison->start_fit.percent);

      recommendations = career_recommend_courses (plan, catalog, summary->program, NULL, role, 5);
      g_assert_cmpuint (recommendations->len, <=, 5);
      for (guint r = 0; r < recommendations->len; r++)
        {
          const CareerRecommendation *b = g_ptr_array_index (recommendations, r);

          if (r > 0)
            {
              const CareerRecommendation *a = g_ptr_array_index (recommendations, r - 1);

              g_assert_cmpuint (a->score, >=, b->score);
            }
          g_assert_nonnull (b->reason);
          /* An empty plan meets no prerequisite */
          g_assert_null (career_course_get_required (b->course));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recommend/ranking", test_ranking);
  g_test_add_func ("/recommend/planned-courses-and-audit-tie-break",
                   test_planned_courses_and_audit_tie_break);
  g_test_add_func ("/recommend/code-tie-break-and-root", test_code_tie_break_and_root);
  g_test_add_func ("/recommend/no-role", test_no_role);
  g_test_add_func ("/recommend/many-skills", test_many_skills);
  g_test_add_func ("/recommend/nothing-left", test_nothing_left);
  g_test_add_func ("/program-compare/compare", test_compare);
  g_test_add_func ("/program-compare/not-known", test_compare_not_known);
  g_test_add_func ("/program-compare/builtin", test_builtin);

  return g_test_run ();
}
