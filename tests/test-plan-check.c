/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Warnings per course entry and per term, on a small hand-built catalog
 * whose expected results are worked out in the comments.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "career-catalog.h"
#include "career-plan.h"
#include "career-plan-check.h"
#include "career-plan-cost.h"

#define SOURCE "{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false}"
#define COURSE(id, code, credits, terms, workload, extra) \
  "{\"id\":\"" id "\",\"code\":\"" code "\",\"title\":\"T\",\"credits\":" credits "," \
  "\"description\":\"d\",\"skills\":[{\"skill\":\"s\",\"level\":1}]," \
  "\"terms_offered\":" terms ",\"workload\":" workload "," extra "\"source\":" SOURCE "}"
#define WORKLOAD(hours) "{\"hours\":" hours ",\"source\":" SOURCE "}"

/*
 * Program p runs spring and fall terms (no summer):
 *   A  3 cr, fall only,        10 h
 *   B  3 cr, terms not known,  12 h, requires A, advises C, note "Bring a laptop."
 *   C  3 cr, every season,     workload not known
 *   D  credits not known, terms not known, workload not known,
 *      requires all of A, E and (C or B)
 *   E  4 cr, spring only,      8.5 h
 * Program q runs summer terms only:
 *   Z  3 cr, terms not known,  workload not known
 */
static const char catalog_json[] =
  "{\"format\":\"career-planner-catalog\",\"version\":1,"
  "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
  "\"skills\":[{\"id\":\"s\",\"name\":\"S\",\"category\":\"k\",\"description\":\"d\","
  "\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}],"
  "\"programs\":["
  "{\"id\":\"p\",\"institution\":\"U\",\"name\":\"P\",\"degree\":\"D\",\"catalog_year\":\"2025\","
  "\"description\":\"d\",\"total_credits\":12,\"transfer_credit_limit\":null,\"tuition\":null,"
  "\"terms\":[\"spring\",\"fall\"],\"double_counting\":false,\"source\":" SOURCE ","
  "\"courses\":["
  COURSE ("a", "A", "3", "[\"fall\"]", WORKLOAD ("10"), "") ","
  COURSE ("b", "B", "3", "null", WORKLOAD ("12"),
          "\"prerequisites\":{\"required\":{\"course\":\"a\"},\"advised\":{\"course\":\"c\"},"
          "\"note\":\"Bring a laptop.\"},") ","
  COURSE ("c", "C", "3", "[\"spring\",\"summer\",\"fall\"]", "null", "") ","
  COURSE ("d", "D", "null", "null", "null",
          "\"prerequisites\":{\"required\":{\"all\":[{\"course\":\"a\"},{\"course\":\"e\"},"
          "{\"any\":[{\"course\":\"c\"},{\"course\":\"b\"}]}]},\"advised\":null,\"note\":null},") ","
  COURSE ("e", "E", "4", "[\"spring\"]", WORKLOAD ("8.5"), "")
  "],\"requirements\":{\"type\":\"unknown\",\"title\":\"All\"}},"
  "{\"id\":\"q\",\"institution\":\"U\",\"name\":\"Q\",\"degree\":\"D\",\"catalog_year\":\"2025\","
  "\"description\":\"d\",\"total_credits\":3,\"transfer_credit_limit\":null,\"tuition\":null,"
  "\"terms\":[\"summer\"],\"double_counting\":false,\"source\":" SOURCE ","
  "\"courses\":[" COURSE ("z", "Z", "3", "null", "null", "") "],"
  "\"requirements\":{\"type\":\"course\",\"course\":\"z\"}}]}";

static CareerCatalog *
make_catalog (void)
{
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_add_data (catalog, catalog_json, sizeof catalog_json - 1, "test.json", &error);
  g_assert_no_error (error);
  return catalog;
}

static guint
term_at (CareerPlan   *plan,
         CareerSeason  season,
         int           year)
{
  GListModel *terms = career_plan_get_terms (plan);
  int position;

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);

      if (career_term_get_season (term) == season && career_term_get_year (term) == year)
        return i;
    }
  position = career_plan_add_term (plan, season, year);
  g_assert_cmpint (position, >=, 0);
  return (guint) position;
}

static void
add_course (CareerPlan         *plan,
            CareerSeason        season,
            int                 year,
            const char         *course_id,
            CareerCourseStatus  status)
{
  guint term = term_at (plan, season, year);
  g_autofree char *full_id = strchr (course_id, '/') != NULL ? g_strdup (course_id)
                                                              : g_strconcat ("p/", course_id, NULL);
  g_autoptr(CareerTerm) item = g_list_model_get_item (career_plan_get_terms (plan), term);

  g_assert_nonnull (career_plan_add_course (plan, term, -1, full_id));
  if (status != CAREER_COURSE_STATUS_PLANNED)
    g_assert_true (career_plan_set_course_status (plan, term,
                                                  g_list_model_get_n_items (career_term_get_courses (item)) - 1,
                                                  status));
}

/* "kind: reason [overridden: note]" for each warning, joined with " | " */
static char *
warnings_of (const CareerPlanEntryCheck *check)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < check->warnings->len; i++)
    {
      const CareerPlanWarning *warning = g_ptr_array_index (check->warnings, i);

      if (i > 0)
        g_string_append (text, " | ");
      g_string_append_printf (text, "%s: %s", warning->kind, warning->reason);
      if (warning->overridden)
        g_string_append_printf (text, " [overridden: %s]", warning->note);
    }
  return g_string_free (text, FALSE);
}

static char *
hints_of (const CareerPlanEntryCheck *check)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < check->hints->len; i++)
    {
      const CareerPlanHint *hint = g_ptr_array_index (check->hints, i);

      if (i > 0)
        g_string_append (text, " | ");
      g_string_append (text, hint->text);
    }
  return g_string_free (text, FALSE);
}

#define assert_warnings(check, term, position, expected) \
  G_STMT_START { \
    g_autofree char *_text = warnings_of (career_plan_check_get_entry ((check), (term), (position))); \
    g_assert_cmpstr (_text, ==, (expected)); \
  } G_STMT_END

#define assert_hints(check, term, position, expected) \
  G_STMT_START { \
    g_autofree char *_text = hints_of (career_plan_check_get_entry ((check), (term), (position))); \
    g_assert_cmpstr (_text, ==, (expected)); \
  } G_STMT_END

/*
 * Weekly hours available: 20.
 *
 * Fall 2025 (term 0): A completed, B.
 *   B needs A in an EARLIER term; A is in the same one: a warning.  B's
 *   terms are not known, and p runs fall terms: no offering warning.  Hints:
 *   C advised and not earlier, and the note.
 *   Hours: 10 + 12 = 22 > 20: a capacity warning on the term.
 * Spring 2026 (term 1): B again, C, D; a MOOC of 5 h.
 *   B: A is earlier now.  Duplicate of fall's: "Also in Fall 2025, Fall
 *   2026" (the third B, below, is another occurrence).  C advised, still
 *   not earlier (same term): a hint.
 *   D: A earlier, E not (never before), C or B: B earlier: "Needs E".
 *   Hours: 12 + 5 = 17 known, C and D not known: "At least 17 h a week;
 *   2 courses' workload not known"; 17 <= 20: no warning from unknowns.
 * Summer 2026 (term 2): E, q/z, x/nope.
 *   E is offered in spring only: "Not offered in summer", overridden with a
 *   note.  Z: terms not known, its program q runs summer: fine; a hint that
 *   it is not a course of P.  x/nope: not in the catalog.
 * Fall 2026 (term 3): B a third time: "Also in Fall 2025, Spring 2026".
 *   C twice in the term (and in spring 2026 and 2027): each of the two names
 *   "this term" among the others.
 * Spring 2027 (term 4): E and C, 15 h of other learning.
 *   E is in summer 2026 too, C in spring and fall 2026 (the two of fall
 *   name fall once).  8.5 + 15 = 23.5 known > 20, C not known: a capacity
 *   warning that says "at least", overridden through C's entry.
 */
static void
test_warnings (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCheck) check = NULL;
  CareerProgram *p = career_catalog_lookup_program (catalog, "p");
  const CareerPlanTermCheck *term;
  g_autoptr(CareerOtherLearning) mooc = career_other_learning_new ("MOOC", CAREER_LEARNING_KIND_MOOC, 5);
  g_autoptr(CareerOtherLearning) project = career_other_learning_new ("Project", CAREER_LEARNING_KIND_PROJECT,
                                                                    15);

  career_plan_set_weekly_hours (plan, 20);
  add_course (plan, CAREER_SEASON_FALL, 2025, "a", CAREER_COURSE_STATUS_COMPLETED);
  add_course (plan, CAREER_SEASON_FALL, 2025, "b", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "b", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "d", CAREER_COURSE_STATUS_PLANNED);
  career_plan_add_other_learning (plan, 1, mooc);
  add_course (plan, CAREER_SEASON_SUMMER, 2026, "e", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SUMMER, 2026, "q/z", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SUMMER, 2026, "x/nope", CAREER_COURSE_STATUS_PLANNED);
  g_assert_true (career_plan_set_course_override (plan, 2, 0, "offering", "A summer section this year"));
  add_course (plan, CAREER_SEASON_FALL, 2026, "b", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2026, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2026, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2027, "e", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2027, "c", CAREER_COURSE_STATUS_PLANNED);
  career_plan_add_other_learning (plan, 4, project);
  g_assert_true (career_plan_set_course_override (plan, 4, 1, "capacity", "Summer break at work"));

  check = career_plan_check_new (plan, catalog, p);
  g_assert_cmpuint (career_plan_check_get_n_terms (check), ==, 5);

  /* Fall 2025 */
  assert_warnings (check, 0, 0, "");
  assert_warnings (check, 0, 1, "prerequisite: Needs A in an earlier term");
  assert_hints (check, 0, 1, "Advised in an earlier term: C | Bring a laptop.");
  term = career_plan_check_get_term (check, 0);
  g_assert_cmpfloat (term->weekly_hours, ==, 22.0);
  g_assert_cmpuint (term->n_unknown_workload, ==, 0);
  g_assert_cmpfloat (term->hours_available, ==, 20.0);
  g_assert_cmpstr (term->workload_text, ==, "22 h a week");
  g_assert_nonnull (term->capacity);
  g_assert_cmpstr (term->capacity->kind, ==, CAREER_PLAN_WARNING_CAPACITY);
  g_assert_cmpstr (term->capacity->reason, ==, "22 h a week planned, 20 h available");
  g_assert_false (term->capacity->overridden);

  /* Spring 2026 */
  assert_warnings (check, 1, 0, "duplicate: Also in Fall 2025, Fall 2026");
  assert_hints (check, 1, 0, "Advised in an earlier term: C | Bring a laptop.");
  assert_warnings (check, 1, 1, "");
  assert_warnings (check, 1, 2, "prerequisite: Needs E in an earlier term");
  term = career_plan_check_get_term (check, 1);
  g_assert_cmpfloat (term->weekly_hours, ==, 17.0);
  g_assert_cmpuint (term->n_unknown_workload, ==, 2);
  g_assert_cmpstr (term->workload_text, ==, "At least 17 h a week; 2 courses' workload not known");
  g_assert_null (term->capacity);

  /* Summer 2026 */
  assert_warnings (check, 2, 0, "offering: Not offered in summer [overridden: A summer section this year]");
  assert_warnings (check, 2, 1, "");
  assert_hints (check, 2, 1, "Not a course of P; it does not count toward the degree");
  assert_warnings (check, 2, 2, "unknown-course: Not in the catalog: x/nope");
  g_assert_null (career_plan_check_get_entry (check, 2, 2)->course);
  term = career_plan_check_get_term (check, 2);
  g_assert_cmpstr (term->workload_text, ==, "At least 8.5 h a week; 2 courses' workload not known");

  /* Fall 2026 */
  assert_warnings (check, 3, 0, "duplicate: Also in Fall 2025, Spring 2026");
  assert_warnings (check, 3, 1, "duplicate: Also in Spring 2026, this term, Spring 2027");
  assert_warnings (check, 3, 2, "duplicate: Also in Spring 2026, this term, Spring 2027");

  /* Spring 2027 */
  term = career_plan_check_get_term (check, 4);
  g_assert_cmpfloat (term->weekly_hours, ==, 23.5);
  g_assert_nonnull (term->capacity);
  g_assert_cmpstr (term->capacity->reason, ==,
                   "At least 23.5 h a week planned, 20 h available; 1 course's workload not known");
  g_assert_true (term->capacity->overridden);
  g_assert_cmpstr (term->capacity->note, ==, "Summer break at work");
  assert_warnings (check, 4, 0, "duplicate: Also in Summer 2026");
  assert_warnings (check, 4, 1, "duplicate: Also in Spring 2026, Fall 2026");

  /* Lookup by entry */
  {
    g_autoptr(CareerTerm) fall = g_list_model_get_item (career_plan_get_terms (plan), 0);
    g_autoptr(CareerPlanCourse) b = g_list_model_get_item (career_term_get_courses (fall), 1);

    g_assert_true (career_plan_check_lookup_entry (check, b) == career_plan_check_get_entry (check, 0, 1));
  }

  /* 2 (fall 2025), 2 (spring 2026), 2 (summer 2026, one overridden),
   * 3 (fall 2026), 3 (spring 2027, the capacity one overridden) */
  g_assert_cmpuint (career_plan_check_count_warnings (check, TRUE), ==, 12);
  g_assert_cmpuint (career_plan_check_count_warnings (check, FALSE), ==, 10);
}

/* A in five terms: the last occurrence names three terms and counts the
 * fourth; the first occurrence has no warning. */
static void
test_duplicate_many_terms (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCheck) check = NULL;

  add_course (plan, CAREER_SEASON_SUMMER, 2026, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2025, "c", CAREER_COURSE_STATUS_COMPLETED);
  add_course (plan, CAREER_SEASON_SUMMER, 2025, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2025, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SPRING, 2026, "c", CAREER_COURSE_STATUS_PLANNED);
  check = career_plan_check_new (plan, catalog, NULL);

  assert_warnings (check, 0, 0, "");
  assert_warnings (check, 1, 0, "duplicate: Also in Spring 2025, Fall 2025, Spring 2026 and 1 other term");
  assert_warnings (check, 4, 0, "duplicate: Also in Spring 2025, Summer 2025, Fall 2025 and 1 other term");
}

/*
 * D alone in fall 2025: nothing is earlier.  Its expression is all of A, E
 * and (C or B): every part is missing, the nested one in parentheses.  An
 * override keeps the warning, marked.  Transfer credit has no course and
 * meets no prerequisite.
 */
static void
test_prerequisite_text_and_override (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCheck) check = NULL;

  career_plan_add_transfer_credit (plan, "A at another school", 3, NULL);
  add_course (plan, CAREER_SEASON_FALL, 2025, "d", CAREER_COURSE_STATUS_PLANNED);
  check = career_plan_check_new (plan, catalog, NULL);
  assert_warnings (check, 0, 0, "prerequisite: Needs A and E and (C or B) in an earlier term");
  g_clear_object (&check);

  g_assert_true (career_plan_set_course_override (plan, 0, 0, "prerequisite", "Waived by the advisor"));
  check = career_plan_check_new (plan, catalog, NULL);
  assert_warnings (check, 0, 0, "prerequisite: Needs A and E and (C or B) in an earlier term "
                   "[overridden: Waived by the advisor]");
  g_assert_cmpuint (career_plan_check_count_warnings (check, FALSE), ==, 0);
  g_clear_object (&check);

  /* A planned (not completed) in an earlier term counts; E in the same term does not */
  add_course (plan, CAREER_SEASON_SPRING, 2025, "a", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2025, "e", CAREER_COURSE_STATUS_PLANNED);
  check = career_plan_check_new (plan, catalog, NULL);
  assert_warnings (check, 1, 0, "prerequisite: Needs E and (C or B) in an earlier term "
                   "[overridden: Waived by the advisor]");
}

/*
 * Offering from the program's terms when the course's are not known: B (not
 * known) in summer, p runs no summer term.  C, offered in summer, is fine in
 * summer though p runs none: the course's own terms win.  Without a
 * program, no "not a course of" hint.
 */
static void
test_offering (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCheck) check = NULL;

  add_course (plan, CAREER_SEASON_SPRING, 2025, "a", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SUMMER, 2025, "b", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_SUMMER, 2025, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2025, "q/z", CAREER_COURSE_STATUS_PLANNED);
  check = career_plan_check_new (plan, catalog, NULL);

  assert_warnings (check, 0, 0, "offering: Not offered in spring");
  assert_warnings (check, 1, 0, "offering: The program has no summer term");
  assert_warnings (check, 1, 1, "");
  assert_warnings (check, 2, 0, "offering: The program has no fall term");
  assert_hints (check, 2, 0, "");
}

/* A planned course's workload counts only when known; no capacity warning
 * rests on unknown workloads alone: C, D (not known) with 0 h available. */
static void
test_capacity_unknown_only (void)
{
  g_autoptr(CareerCatalog) catalog = make_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCheck) check = NULL;
  const CareerPlanTermCheck *term;

  career_plan_set_weekly_hours (plan, 0);
  add_course (plan, CAREER_SEASON_FALL, 2025, "c", CAREER_COURSE_STATUS_PLANNED);
  add_course (plan, CAREER_SEASON_FALL, 2025, "d", CAREER_COURSE_STATUS_PLANNED);
  check = career_plan_check_new (plan, catalog, NULL);
  term = career_plan_check_get_term (check, 0);

  g_assert_cmpfloat (term->weekly_hours, ==, 0.0);
  g_assert_cmpuint (term->n_unknown_workload, ==, 2);
  g_assert_null (term->capacity);
  /* As the term card and the PDF's Per Term table say it, not "At least 0 h" */
  g_assert_cmpstr (term->workload_text, ==, "Not known");
}

/*
 * 10 000 courses, each requiring the one before it, planned 100 to a term
 * over 100 terms, every tenth course again in the last term (1 000
 * duplicates).  The check is one pass with hash sets: it must stay well
 * under a second.
 */
static void
test_large_plan (void)
{
  const guint n_courses = 10000, per_term = 100;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlanCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double ms;
  guint last_term = 0;

  g_string_append (json,
                   "{\"format\":\"career-planner-catalog\",\"version\":1,"
                   "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
                   "\"skills\":[{\"id\":\"s\",\"name\":\"S\",\"category\":\"k\",\"description\":\"d\","
                   "\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}],"
                   "\"programs\":[{\"id\":\"big\",\"institution\":\"U\",\"name\":\"Big\",\"degree\":\"D\","
                   "\"catalog_year\":\"2025\",\"description\":\"d\",\"total_credits\":30,"
                   "\"transfer_credit_limit\":null,\"tuition\":null,\"terms\":[\"spring\",\"summer\",\"fall\"],"
                   "\"double_counting\":false,\"source\":" SOURCE ",\"courses\":[");
  for (guint i = 0; i < n_courses; i++)
    {
      g_string_append_printf (json, "%s{\"id\":\"c%u\",\"code\":\"C %u\",\"title\":\"T\",\"credits\":3,"
                              "\"description\":\"d\",\"skills\":[{\"skill\":\"s\",\"level\":1}],",
                              i > 0 ? "," : "", i, i);
      if (i > 0)
        g_string_append_printf (json, "\"prerequisites\":{\"required\":{\"course\":\"c%u\"},"
                                "\"advised\":null,\"note\":null},", i - 1);
      g_string_append (json, "\"terms_offered\":null,\"workload\":{\"hours\":1,\"source\":" SOURCE "},"
                       "\"source\":" SOURCE "}");
    }
  g_string_append (json, "],\"requirements\":{\"type\":\"unknown\",\"title\":\"All\"}}]}");
  career_catalog_add_data (catalog, json->str, json->len, "big.json", &error);
  g_assert_no_error (error);

  career_plan_set_weekly_hours (plan, 168);
  for (guint i = 0; i < n_courses; i++)
    {
      g_autofree char *id = g_strdup_printf ("big/c%u", i);
      guint t = i / per_term;
      CareerSeason season = (CareerSeason) (t % 3);

      if (i % per_term == 0)
        last_term = (guint) career_plan_add_term (plan, season, 2000 + (int) (t / 3));
      career_plan_add_course (plan, last_term, -1, id);
    }
  for (guint i = 0; i < n_courses; i += 10)
    {
      g_autofree char *id = g_strdup_printf ("big/c%u", i);

      career_plan_add_course (plan, last_term, -1, id);
    }

  start = g_get_monotonic_time ();
  check = career_plan_check_new (plan, catalog, career_catalog_lookup_program (catalog, "big"));
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("%u entries checked in %.1f ms", n_courses + n_courses / 10, ms);
  if (g_test_perf ())
    g_test_minimized_result (ms, "check of %u entries: %.1f ms", n_courses + n_courses / 10, ms);

  /* c<i> needs c<i-1>, which is in the same term unless c<i> is the first
   * of its term: 10 000 - 100 warnings.  The 1 000 copies in the last term
   * are duplicates; a copy of c<i> needs c<i-1> in a term before the last,
   * which fails for the 9 copies c9910 ... c9990 only.  The last term has
   * 200 courses of 1 h: 200 h > 168 h, one capacity warning. */
  g_assert_cmpuint (career_plan_check_count_warnings (check, TRUE), ==,
                    (n_courses - n_courses / per_term) + n_courses / 10 + 9 + 1);
  g_assert_cmpfloat (ms, <, 5000.0);

  /* The audit and the figures of the same plan: every course counts toward
   * the credits only (the tree is one unknown node), no search */
  {
    CareerProgram *big = career_catalog_lookup_program (catalog, "big");
    g_autoptr(CareerAudit) audit = NULL;
    g_autoptr(CareerPlanCost) cost = NULL;

    start = g_get_monotonic_time ();
    audit = career_audit_new (big, NULL, plan);
    g_test_message ("audit of %u entries in %.1f ms", n_courses + n_courses / 10,
                    (g_get_monotonic_time () - start) / 1000.0);
    g_assert_cmpfloat (career_audit_get_credits (audit, CAREER_AUDIT_VIEW_PLANNED, NULL), ==,
                       3.0 * n_courses);
    g_assert_cmpuint (career_audit_get_not_counted (audit, CAREER_AUDIT_VIEW_PLANNED)->len, ==,
                      n_courses / 10);

    start = g_get_monotonic_time ();
    cost = career_plan_cost_new (plan, catalog, big, NULL);
    g_test_message ("cost of %u entries in %.1f ms", n_courses + n_courses / 10,
                    (g_get_monotonic_time () - start) / 1000.0);
    g_assert_cmpfloat (career_plan_cost_get_credits (cost, NULL), ==, 3.0 * (n_courses + n_courses / 10));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-check/warnings", test_warnings);
  g_test_add_func ("/plan-check/prerequisite-text-and-override", test_prerequisite_text_and_override);
  g_test_add_func ("/plan-check/duplicate-many-terms", test_duplicate_many_terms);
  g_test_add_func ("/plan-check/offering", test_offering);
  g_test_add_func ("/plan-check/capacity-unknown-only", test_capacity_unknown_only);
  g_test_add_func ("/plan-check/large-plan", test_large_plan);

  return g_test_run ();
}
