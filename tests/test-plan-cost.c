/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Credits, tuition, graduation and time of a plan, on a small hand-built
 * catalog whose figures are worked out in the comments.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "career-catalog.h"
#include "career-plan.h"
#include "career-plan-cost.h"

#define SOURCE "{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false}"
#define COURSE(id, credits, workload) \
  "{\"id\":\"" id "\",\"code\":\"" id "\",\"title\":\"T\",\"credits\":" credits "," \
  "\"description\":\"d\",\"skills\":[{\"skill\":\"s\",\"level\":1}]," \
  "\"terms_offered\":null,\"workload\":" workload ",\"source\":" SOURCE "}"
#define WORKLOAD(hours) "{\"hours\":" hours ",\"source\":" SOURCE "}"
#define PROGRAM(id, tuition, terms, requirements) \
  "{\"id\":\"" id "\",\"institution\":\"U\",\"name\":\"P\",\"degree\":\"D\",\"catalog_year\":\"2025\"," \
  "\"description\":\"d\",\"total_credits\":12,\"transfer_credit_limit\":null,\"tuition\":" tuition "," \
  "\"terms\":" terms ",\"double_counting\":false,\"source\":" SOURCE "," \
  "\"courses\":[" COURSE ("a", "3", WORKLOAD ("10")) "," COURSE ("b", "3", WORKLOAD ("14")) "," \
  COURSE ("c", "null", "null") "," COURSE ("d", "3", "null") "," COURSE ("f", "3", "null") "]," \
  "\"requirements\":" requirements "}"

/*
 * Program p: 12 credits, 100 USD a credit, spring, summer and fall terms:
 * all-of [course a, course b, credits-from 6 "E" (any course)].
 *   a  3 cr, 10 h      b  3 cr, 14 h      c  credits not known
 *   d  3 cr            f  3 cr
 * Program n: the same without tuition, fall and spring terms only, and an
 * unknown requirement; program o: the same as p, with the tree open.
 */
static const char catalog_json[] =
  "{\"format\":\"career-planner-catalog\",\"version\":1,"
  "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
  "\"skills\":[{\"id\":\"s\",\"name\":\"S\",\"category\":\"k\",\"description\":\"d\","
  "\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}],"
  "\"programs\":["
  PROGRAM ("p", "{\"per_credit\":100,\"currency\":\"USD\",\"source\":" SOURCE "}",
           "[\"spring\",\"summer\",\"fall\"]",
           "{\"type\":\"all-of\",\"items\":[{\"type\":\"course\",\"course\":\"a\"},"
           "{\"type\":\"course\",\"course\":\"b\"},"
           "{\"type\":\"credits-from\",\"title\":\"E\",\"credits\":6}]}") ","
  PROGRAM ("n", "null", "[\"spring\",\"fall\"]",
           "{\"type\":\"all-of\",\"items\":[{\"type\":\"course\",\"course\":\"a\"},"
           "{\"type\":\"unknown\",\"title\":\"More\"}]}")
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
            const char         *course_id,
            CareerCourseStatus  status)
{
  GListModel *terms = career_plan_get_terms (plan);
  g_autofree char *full_id = g_strconcat ("p/", course_id, NULL);
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

/*
 * Weekly hours 12.  Fall 2025: a completed.  Spring 2026: b, c.  Fall 2026:
 * d, f.
 *
 * Terms: fall 2025 3 credits, 300 USD, 10 h; spring 2026 3 credits + c not
 * known, at least 300 USD, 14 h + 1 not known; fall 2026 6 credits, 600 USD,
 * 0 h known + 2 not known.  Total at least 1200 USD, 1 course's credits not
 * known; ahead (planned only): b, c, d, f: at least 900 USD.
 *
 * Graduation: up to fall 2025, a only: not met.  Up to spring 2026: E has
 * only c, credits not known: E and the credits not known, not met for sure.
 * Up to fall 2026: E = d + f = 6, 12 known credits: met.  Fall 2026, from
 * August 2025 to December 2026: 17 months.
 *
 * Pace: h = (10 + 14) / (3 + 3) = 4 h a credit (a and b have both figures);
 * R = 12 - 3 (a completed) = 9; ⌈9 × 4 / 12⌉ = 3 terms of 12 / 3 = 4
 * months: 12 months.
 */
static void
test_cost (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCost) cost = NULL;
  const CareerTermCost *term;
  const CareerPace *pace;
  const char *currency = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  CareerTerm *graduation = NULL;
  double amount = 0;
  guint n_unknown = 0, months = 0;

  career_plan_set_weekly_hours (plan, 12);
  add_course (plan, CAREER_SEASON_FALL, 2025, "a", CAREER_COURSE_STATUS_COMPLETED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "b", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2026, "d", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2026, "f", CAREER_COURSE_STATUS_PLANNED);
  cost = career_plan_cost_new (plan, catalog, career_catalog_lookup_program (catalog, "p"), NULL);

  g_assert_cmpuint (career_plan_cost_get_n_terms (cost), ==, 3);
  term = career_plan_cost_get_term (cost, 0);
  g_assert_cmpfloat (term->credits, ==, 3.0);
  g_assert_cmpuint (term->n_unknown_credits, ==, 0);
  g_assert_true (term->tuition_known);
  g_assert_cmpfloat (term->tuition, ==, 300.0);
  g_assert_cmpstr (term->currency, ==, "USD");
  g_assert_cmpfloat (term->weekly_hours, ==, 10.0);
  term = career_plan_cost_get_term (cost, 1);
  g_assert_cmpfloat (term->credits, ==, 3.0);
  g_assert_cmpuint (term->n_unknown_credits, ==, 1);
  g_assert_cmpfloat (term->tuition, ==, 300.0);
  g_assert_cmpfloat (term->weekly_hours, ==, 14.0);
  g_assert_cmpuint (term->n_unknown_workload, ==, 1);
  term = career_plan_cost_get_term (cost, 2);
  g_assert_cmpfloat (term->credits, ==, 6.0);
  g_assert_cmpfloat (term->tuition, ==, 600.0);
  g_assert_cmpuint (term->n_unknown_workload, ==, 2);

  g_assert_cmpfloat (career_plan_cost_get_credits (cost, &n_unknown), ==, 12.0);
  g_assert_cmpuint (n_unknown, ==, 1);
  g_assert_true (career_plan_cost_get_tuition (cost, &amount, &n_unknown, &currency));
  g_assert_cmpfloat (amount, ==, 1200.0);
  g_assert_cmpuint (n_unknown, ==, 1);
  g_assert_cmpstr (currency, ==, "USD");
  text = career_plan_cost_dup_tuition_text (cost);
  g_assert_cmpstr (text, ==, "At least 1200 USD; 1 course's credits not known");
  g_assert_true (career_plan_cost_get_tuition_ahead (cost, &amount, &n_unknown, NULL));
  g_assert_cmpfloat (amount, ==, 900.0);
  g_assert_cmpuint (n_unknown, ==, 1);

  g_assert_nonnull (career_plan_cost_get_audit (cost));
  g_assert_cmpint (career_plan_cost_get_graduation (cost, &graduation), ==, CAREER_GRADUATION_IN_PLAN);
  label = career_term_dup_label (graduation);
  g_assert_cmpstr (label, ==, "Fall 2026");
  g_assert_true (career_plan_cost_get_months_to_degree (cost, &months));
  g_assert_cmpuint (months, ==, 17);

  pace = career_plan_cost_get_pace (cost);
  g_assert_true (pace->known);
  g_assert_cmpuint (pace->n_courses, ==, 2);
  g_assert_cmpfloat (pace->hours_per_credit, ==, 4.0);
  g_assert_cmpfloat (pace->remaining_credits, ==, 9.0);
  g_assert_false (pace->remaining_is_bound);
  g_assert_cmpuint (pace->terms, ==, 3);
  g_assert_cmpuint (pace->months_per_term, ==, 4);
  g_assert_cmpuint (pace->months, ==, 12);

  /* 36 h of terms at 0.12 h a week: a hundred years, the longest estimate
   * given; beyond, and at the 1e-9 h a plan file may say (billions of
   * terms, past what a guint holds), none */
  {
    const double weekly[] = { 0.12, 0.1, 1e-9, 5e-324 };
    const gboolean known[] = { TRUE, FALSE, FALSE, FALSE };

    for (guint i = 0; i < G_N_ELEMENTS (weekly); i++)
      {
        g_autoptr(CareerPlanCost) slow = NULL;

        career_plan_set_weekly_hours (plan, weekly[i]);
        slow = career_plan_cost_new (plan, catalog, career_catalog_lookup_program (catalog, "p"),
                                     NULL);
        pace = career_plan_cost_get_pace (slow);
        g_assert_true (pace->known == known[i]);
        g_assert_cmpuint (pace->terms, ==, known[i] ? 300 : 0);
        g_assert_cmpuint (pace->months, ==, known[i] ? 1200 : 0);
      }
  }
}

/*
 * Without f the plan has 9 known credits of 12 and c's not known: c could
 * make up the rest, so whether the plan completes the degree is not known,
 * and there is no graduation term.  Without c and f it certainly does not.
 */
static void
test_graduation_not_known_or_not_in_plan (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCost) cost = NULL;
  CareerProgram *p = career_catalog_lookup_program (catalog, "p");
  CareerTerm *graduation = (CareerTerm *) 0x1;
  guint months = 99;

  add_course (plan, CAREER_SEASON_FALL, 2025, "a", CAREER_COURSE_STATUS_COMPLETED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "b", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2026, "d", CAREER_COURSE_STATUS_PLANNED);
  cost = career_plan_cost_new (plan, catalog, p, NULL);
  g_assert_cmpint (career_plan_cost_get_graduation (cost, &graduation), ==, CAREER_GRADUATION_NOT_KNOWN);
  g_assert_null (graduation);
  g_assert_false (career_plan_cost_get_months_to_degree (cost, &months));
  g_assert_cmpuint (months, ==, 0);
  g_clear_object (&cost);

  career_plan_remove_course (plan, 1, 1);
  cost = career_plan_cost_new (plan, catalog, p, NULL);
  g_assert_cmpint (career_plan_cost_get_graduation (cost, NULL), ==, CAREER_GRADUATION_NOT_IN_PLAN);
}

/*
 * Program n: no tuition, an unknown requirement, two seasons.  Tuition is
 * not known at all.  The plan has 3 of 12 credits, all known: whatever the
 * unknown requirement is, the plan does not complete the degree.  The pace uses
 * 12 / 2 = 6 months a term: R = 12 - 3 = 9, h = 4, H = 10:
 * ⌈9 × 4 / 10⌉ = 4 terms, 24 months.  Without weekly hours, no pace.
 */
static void
test_unknown_tuition_and_pace (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCost) cost = NULL;
  CareerProgram *n = career_catalog_lookup_program (catalog, "n");
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  const CareerPace *pace;
  const char *currency = "x";
  double amount = 1;
  int term;

  career_plan_set_weekly_hours (plan, 10);
  term = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_course (plan, (guint) term, -1, "n/a");
  career_plan_set_course_status (plan, (guint) term, 0, CAREER_COURSE_STATUS_COMPLETED);
  cost = career_plan_cost_new (plan, catalog, n, NULL);

  g_assert_false (career_plan_cost_get_tuition (cost, &amount, NULL, &currency));
  g_assert_cmpfloat (amount, ==, 0.0);
  g_assert_null (currency);
  g_assert_false (career_plan_cost_get_term (cost, 0)->tuition_known);
  g_assert_null (career_plan_cost_get_term (cost, 0)->currency);
  text = career_plan_cost_dup_tuition_text (cost);
  g_assert_cmpstr (text, ==, "Not known: the catalog has no tuition for the program");
  g_assert_cmpint (career_plan_cost_get_graduation (cost, NULL), ==, CAREER_GRADUATION_NOT_IN_PLAN);

  pace = career_plan_cost_get_pace (cost);
  g_assert_true (pace->known);
  g_assert_cmpuint (pace->months_per_term, ==, 6);
  g_assert_cmpuint (pace->terms, ==, 4);
  g_assert_cmpuint (pace->months, ==, 24);
  g_clear_object (&cost);

  career_plan_set_weekly_hours (plan, 0);
  cost = career_plan_cost_new (plan, catalog, n, NULL);
  g_assert_false (career_plan_cost_get_pace (cost)->known);
  g_clear_object (&cost);

  /* Without a program: credits and hours only */
  cost = career_plan_cost_new (plan, catalog, NULL, NULL);
  g_assert_null (career_plan_cost_get_audit (cost));
  g_assert_false (career_plan_cost_get_tuition (cost, NULL, NULL, NULL));
  g_assert_cmpint (career_plan_cost_get_graduation (cost, NULL), ==, CAREER_GRADUATION_NOT_KNOWN);
  g_assert_false (career_plan_cost_get_pace (cost)->known);
  g_assert_cmpfloat (career_plan_cost_get_credits (cost, NULL), ==, 3.0);
}

/* Spring January-May, summer May-August, fall August-December */
static void
test_count_months (void)
{
  g_autoptr(CareerTerm) fall25 = career_term_new (CAREER_SEASON_FALL, 2025);
  g_autoptr(CareerTerm) spring26 = career_term_new (CAREER_SEASON_SPRING, 2026);
  g_autoptr(CareerTerm) summer26 = career_term_new (CAREER_SEASON_SUMMER, 2026);
  g_autoptr(CareerTerm) spring27 = career_term_new (CAREER_SEASON_SPRING, 2027);

  g_assert_cmpuint (career_plan_cost_count_months (fall25, fall25), ==, 5);
  g_assert_cmpuint (career_plan_cost_count_months (summer26, summer26), ==, 4);
  g_assert_cmpuint (career_plan_cost_count_months (spring26, summer26), ==, 8);
  g_assert_cmpuint (career_plan_cost_count_months (fall25, spring27), ==, 22);
  g_assert_cmpuint (career_plan_cost_count_months (spring27, fall25), ==, 0);
}

/*
 * The built-in catalog.  Georgia Tech: workload and credits known for CS
 * 7641 (20.7 h), 7642 (20.4), 7646 (10.5), 6601 (23.0), 7637 (13.1), 3
 * credits each: h = 87.7 / 15.  Nothing completed: R = 30; at 20 h a week
 * ⌈30 × 87.7 / 15 / 20⌉ = ⌈8.77⌉ = 9 terms of 4 months.  Tuition 180 USD a
 * credit: CS 7641 and 7642 in one term, 1080 USD.
 * Rice: no workload known: no pace; COMP 614's credits are not known, so
 * its tuition is "at least" that of COMP 652 alone, 3 × 3321 = 9963 USD.
 */
static void
test_builtin_catalog (void)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlan) rice = career_plan_new ();
  g_autoptr(CareerPlanCost) cost = NULL;
  g_autofree char *text = NULL;
  const CareerPace *pace;
  double amount;
  guint n_unknown;
  int term;

  g_assert_true (career_catalog_load_builtin (catalog, &error));
  g_assert_no_error (error);

  career_plan_set_weekly_hours (plan, 20);
  term = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_course (plan, (guint) term, -1, "gatech-omscs/cs-7641");
  career_plan_add_course (plan, (guint) term, -1, "gatech-omscs/cs-7642");
  cost = career_plan_cost_new (plan, catalog, career_catalog_lookup_program (catalog, "gatech-omscs"),
                               "machine-learning");
  pace = career_plan_cost_get_pace (cost);
  g_assert_true (pace->known);
  g_assert_cmpuint (pace->n_courses, ==, 5);
  g_assert_cmpfloat_with_epsilon (pace->hours_per_credit, 87.7 / 15, 1e-9);
  g_assert_cmpfloat (pace->remaining_credits, ==, 30.0);
  g_assert_false (pace->remaining_is_bound);
  g_assert_cmpuint (pace->terms, ==, 9);
  g_assert_cmpuint (pace->months, ==, 36);
  g_assert_true (career_plan_cost_get_tuition (cost, &amount, &n_unknown, NULL));
  g_assert_cmpfloat (amount, ==, 1080.0);
  g_assert_cmpuint (n_unknown, ==, 0);
  g_assert_cmpfloat (career_plan_cost_get_term (cost, 0)->weekly_hours, ==, 20.7 + 20.4);
  g_assert_cmpint (career_plan_cost_get_graduation (cost, NULL), ==, CAREER_GRADUATION_NOT_IN_PLAN);
  g_clear_object (&cost);

  term = career_plan_add_term (rice, CAREER_SEASON_FALL, 2025);
  career_plan_add_course (rice, (guint) term, -1, "rice-mcs-online/comp-652");
  career_plan_add_course (rice, (guint) term, -1, "rice-mcs-online/comp-614");
  cost = career_plan_cost_new (rice, catalog, career_catalog_lookup_program (catalog, "rice-mcs-online"),
                               NULL);
  g_assert_false (career_plan_cost_get_pace (cost)->known);
  text = career_plan_cost_dup_tuition_text (cost);
  g_assert_cmpstr (text, ==, "At least 9963 USD; 1 course's credits not known");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-cost/cost", test_cost);
  g_test_add_func ("/plan-cost/graduation-not-known-or-not-in-plan", test_graduation_not_known_or_not_in_plan);
  g_test_add_func ("/plan-cost/unknown-tuition-and-pace", test_unknown_tuition_and_pace);
  g_test_add_func ("/plan-cost/count-months", test_count_months);
  g_test_add_func ("/plan-cost/builtin-catalog", test_builtin_catalog);

  return g_test_run ();
}
