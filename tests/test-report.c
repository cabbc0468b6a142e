/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The plan as a PDF document (src/export/career-report.c): layout, pages,
 * atomic writing, on the example plan and on a large generated one.
 *
 * Also a generator: `test-report --write-large DIR` writes the large catalog
 * to DIR/catalog/large.json and the large plan to DIR/large.careerplan, for
 * tests/report-check.py to export through the command line.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "career-catalog.h"
#include "career-plan.h"
#include "career-plan-file.h"
#include "career-radar-chart.h"
#include "career-report.h"
#include "career-report-private.h"

#define N_CATEGORIES       12
#define SKILLS_PER_CATEGORY 12
#define N_SKILLS           (N_CATEGORIES * SKILLS_PER_CATEGORY)
#define N_COURSES          360
#define FIRST_YEAR         2019
#define N_TERMS            45
#define COURSES_PER_TERM   8

/* The generated catalog */

static void
add_source (JsonBuilder *b,
            const char  *title,
            const char  *url,
            const char  *as_of,
            gboolean     verified)
{
  json_builder_set_member_name (b, "source");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, title);
  json_builder_set_member_name (b, "url");
  if (url)
    json_builder_add_string_value (b, url);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "as_of");
  if (as_of)
    json_builder_add_string_value (b, as_of);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "verified");
  json_builder_add_boolean_value (b, verified);
  json_builder_end_object (b);
}

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

static char *
skill_id (guint i)
{
  return g_strdup_printf ("skill-%03u", i);
}

static char *
skill_name (guint i)
{
  /* Short words, so that a name wraps between words in its column */
  static const char * const words[] = { "Signal", "Graph", "Model", "Data", "Service",
                                        "Vector", "Stream", "Policy" };

  return g_strdup_printf ("Topic %03u %s %s Analysis", i, words[i % G_N_ELEMENTS (words)],
                          words[(i / 8) % G_N_ELEMENTS (words)]);
}

static char *
course_code (guint i)
{
  return g_strdup_printf ("GEN %u", 1000 + i);
}

static void
add_role (JsonBuilder *b,
          const char  *id,
          const char  *title,
          guint        first_skill,
          guint        n_skills)
{
  json_builder_begin_object (b);
  add_string (b, "id", id);
  add_string (b, "title", title);
  add_string (b, "summary", "A generated role whose summary is long enough to wrap over a few "
              "lines of its column in the comparison table of the document.");
  json_builder_set_member_name (b, "responsibilities");
  json_builder_begin_array (b);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *duty = g_strdup_printf ("Responsibility number %u of the generated role, "
                                               "told in a sentence", i + 1);
      json_builder_add_string_value (b, duty);
    }
  json_builder_end_array (b);
  add_string (b, "masters_focus", "Everything, at length.");
  json_builder_set_member_name (b, "skills");
  json_builder_begin_array (b);
  for (guint i = first_skill; i < first_skill + n_skills; i++)
    {
      g_autofree char *id_ = skill_id (i);

      json_builder_begin_object (b);
      add_string (b, "skill", id_);
      json_builder_set_member_name (b, "importance");
      json_builder_add_int_value (b, 1 + i % 5);
      json_builder_set_member_name (b, "target");
      json_builder_add_int_value (b, 1 + i % 4);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_string (b, "weights_note", "Generated.");

  json_builder_set_member_name (b, "salaries");
  json_builder_begin_array (b);
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *measures = g_strdup_printf ("Generated salary figure %u, measured at "
                                                   "length so that it wraps in its cell", i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "amount");
      json_builder_add_double_value (b, 98765.0 + 1234.5 * i);
      add_string (b, "currency", i % 3 == 0 ? "EUR" : "USD");
      add_string (b, "period", i % 4 == 0 ? "month" : "year");
      add_string (b, "region", "Somewhere");
      add_string (b, "measures", measures);
      add_source (b, "A source with a very long address",
                  "https://example.org/a/very/long/address/that/has/no/space/in/it/at/all/"
                  "and/must/wrap/inside/its/word/to/fit/the/column/of/the/table/of/sources/"
                  "0123456789abcdef0123456789abcdef0123456789abcdef.html",
                  i % 2 ? "2024-05" : NULL, i % 2);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "outlook");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "growth_percent");
  json_builder_add_double_value (b, 12.5);
  add_string (b, "period", "2024-2034");
  add_string (b, "region", "Somewhere");
  add_string (b, "measures", "Generated outlook");
  add_source (b, "An outlook source", NULL, "2024", TRUE);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_course_node (JsonBuilder *b,
                 guint        i)
{
  g_autofree char *id = g_strdup_printf ("gen-%u", 1000 + i);

  json_builder_begin_object (b);
  add_string (b, "type", "course");
  add_string (b, "course", id);
  json_builder_end_object (b);
}

/* Categories, skills, the two main roles and a program of N_COURSES
 * courses whose requirements give each course at most one leaf, so that
 * the audit has no choice to search */
static char *
generate_catalog (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  add_string (b, "format", "career-planner-catalog");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);

  json_builder_set_member_name (b, "categories");
  json_builder_begin_array (b);
  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      g_autofree char *id = g_strdup_printf ("category-%02u", c);
      g_autofree char *name = g_strdup_printf ("Generated Area %02u", c);

      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "name", name);
      add_string (b, "description", "Generated.");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "skills");
  json_builder_begin_array (b);
  for (guint i = 0; i < N_SKILLS; i++)
    {
      g_autofree char *id = skill_id (i);
      g_autofree char *name = skill_name (i);
      g_autofree char *category = g_strdup_printf ("category-%02u", i % N_CATEGORIES);

      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "name", name);
      add_string (b, "category", category);
      add_string (b, "description", "Generated.");
      json_builder_set_member_name (b, "levels");
      json_builder_begin_array (b);
      for (guint l = 0; l < 5; l++)
        json_builder_add_string_value (b, "Generated level.");
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "roles");
  json_builder_begin_array (b);
  add_role (b, "ai-engineer", "AI Engineer", 0, 80);
  add_role (b, "ml-engineer", "Machine Learning Engineer", 50, 90);
  add_role (b, "data-scientist", "Data Scientist", 20, 30);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "programs");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "id", "gen-university");
  add_string (b, "institution", "Generated University");
  add_string (b, "name", "Master of Generated Studies");
  add_string (b, "degree", "Master of Science");
  add_string (b, "catalog_year", "2025-2026");
  add_string (b, "description", "Generated.");
  json_builder_set_member_name (b, "total_credits");
  json_builder_add_double_value (b, 300);
  json_builder_set_member_name (b, "transfer_credit_limit");
  json_builder_add_double_value (b, 6);
  json_builder_set_member_name (b, "tuition");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "per_credit");
  json_builder_add_double_value (b, 1234.5);
  add_string (b, "currency", "USD");
  add_source (b, "Generated tuition", "https://example.org/tuition", "2025", TRUE);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "terms");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "spring");
  json_builder_add_string_value (b, "summer");
  json_builder_add_string_value (b, "fall");
  json_builder_end_array (b);
  json_builder_set_member_name (b, "double_counting");
  json_builder_add_boolean_value (b, FALSE);
  add_source (b, "Generated program", "https://example.org/program", NULL, TRUE);

  json_builder_set_member_name (b, "courses");
  json_builder_begin_array (b);
  for (guint i = 0; i < N_COURSES; i++)
    {
      g_autofree char *id = g_strdup_printf ("gen-%u", 1000 + i);
      g_autofree char *code = course_code (i);
      g_autofree char *title = g_strdup_printf ("Generated Course Number %u on %s", i,
                                                i % 5 ? "Things" : "Many Things With a Title "
                                                "Long Enough to Wrap in Its Column");

      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "code", code);
      add_string (b, "title", title);
      json_builder_set_member_name (b, "credits");
      if (i % 11 == 10)
        json_builder_add_null_value (b);
      else
        json_builder_add_double_value (b, 3);
      add_string (b, "description", "Generated.");
      json_builder_set_member_name (b, "skills");
      json_builder_begin_array (b);
      for (guint s = 0; s < 2; s++)
        {
          g_autofree char *sid = skill_id ((i * 7 + s * 13) % N_SKILLS);

          json_builder_begin_object (b);
          add_string (b, "skill", sid);
          json_builder_set_member_name (b, "level");
          json_builder_add_int_value (b, 1 + (i + s) % 4);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      if (i % 7 == 3 && i > 0)
        {
          g_autofree char *previous = g_strdup_printf ("gen-%u", 1000 + i - 1);

          json_builder_set_member_name (b, "prerequisites");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "required");
          json_builder_begin_object (b);
          add_string (b, "course", previous);
          json_builder_end_object (b);
          json_builder_set_member_name (b, "advised");
          json_builder_add_null_value (b);
          json_builder_set_member_name (b, "note");
          json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_set_member_name (b, "terms_offered");
      if (i % 3 == 0)
        {
          json_builder_begin_array (b);
          json_builder_add_string_value (b, "fall");
          json_builder_end_array (b);
        }
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "workload");
      if (i % 2 == 0)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "hours");
          json_builder_add_double_value (b, 6 + i % 9);
          add_source (b, "Generated workload survey", "https://example.org/workload", "2024",
                      FALSE);
          json_builder_end_object (b);
        }
      else
        json_builder_add_null_value (b);
      add_source (b, "Generated course page", "https://example.org/course", "2025", TRUE);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  /* all-of: 20 courses, 2 of 3 courses, credits from the next 200, a
   * specialization of 2 courses, and an unknown node */
  json_builder_set_member_name (b, "requirements");
  json_builder_begin_object (b);
  add_string (b, "type", "all-of");
  add_string (b, "title", "Degree requirements");
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 0; i < 20; i++)
    add_course_node (b, i);
  json_builder_begin_object (b);
  add_string (b, "type", "n-of");
  add_string (b, "title", "Two of three");
  json_builder_set_member_name (b, "n");
  json_builder_add_int_value (b, 2);
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  for (guint i = 20; i < 23; i++)
    add_course_node (b, i);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_begin_object (b);
  add_string (b, "type", "credits-from");
  add_string (b, "title", "Electives");
  json_builder_set_member_name (b, "credits");
  json_builder_add_double_value (b, 240);
  json_builder_set_member_name (b, "courses");
  json_builder_begin_array (b);
  for (guint i = 23; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("gen-%u", 1000 + i);
      json_builder_add_string_value (b, id);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_begin_object (b);
  add_string (b, "type", "specialization");
  add_string (b, "title", "Specialization");
  json_builder_set_member_name (b, "options");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "id", "deep");
  add_string (b, "name", "Deep Generation");
  json_builder_set_member_name (b, "requirements");
  json_builder_begin_object (b);
  add_string (b, "type", "all-of");
  add_string (b, "title", "Deep Generation courses");
  json_builder_set_member_name (b, "items");
  json_builder_begin_array (b);
  add_course_node (b, 300);
  add_course_node (b, 301);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_begin_object (b);
  add_string (b, "type", "unknown");
  add_string (b, "title", "Something not published");
  add_string (b, "note", "Generated.");
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static CareerCatalog *
large_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = generate_catalog ();
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_add_data (catalog, json, strlen (json), "large.json", &error);
  g_assert_no_error (error);
  return catalog;
}

/* The large plan */

static gint64 clock_seconds;

static GDateTime *
test_clock (gpointer user_data)
{
  clock_seconds += 86400 * 3;
  return g_date_time_new_from_unix_utc (clock_seconds);
}

static char *
long_note (guint n_words)
{
  GString *text = g_string_new ("Overridden after a long talk with the program: ");

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "reason%u ", i);
  /* and one word far wider than any column */
  g_string_append (text, "https://example.org/");
  for (guint i = 0; i < 40; i++)
    g_string_append (text, "no-space-here-");
  return g_string_free (text, FALSE);
}

static CareerPlan *
large_plan (void)
{
  CareerPlan *plan = career_plan_new ();
  g_autofree char *note = long_note (1600);
  guint course = 0;

  clock_seconds = 1546300800;  /* 2019-01-01 */
  career_plan_set_clock (plan, test_clock, NULL);

  career_plan_set_name (plan, "Large generated plan with a name long enough to be shortened in "
                        "the running header of every page");
  career_plan_set_person_name (plan, "Test Person");
  career_plan_set_target_role_id (plan, "ml-engineer");
  career_plan_set_program (plan, "gen-university", "2025-2026", "deep");
  career_plan_set_weekly_hours (plan, 20);

  for (guint i = 0; i < N_SKILLS; i++)
    {
      g_autofree char *id = skill_id (i);

      /* every skill rated, some twice */
      career_plan_set_level (plan, id, 1 + i % 3, "First rating");
      if (i % 3 == 0)
        career_plan_set_level (plan, id, 2 + i % 3, NULL);
      if (i % 10 == 0)
        career_plan_set_custom_target (plan, id, 4);
    }

  for (guint t = 0; t < N_TERMS; t++)
    {
      int position = career_plan_add_term (plan, (CareerSeason) (t % 3),
                                           FIRST_YEAR + (int) (t / 3));

      g_assert_cmpint (position, ==, (int) t);
      for (guint c = 0; c < COURSES_PER_TERM && course < N_COURSES; c++, course++)
        {
          g_autofree char *id = g_strdup_printf ("gen-university/gen-%u", 1000 + course);
          CareerCourseStatus status = t < 10 ? CAREER_COURSE_STATUS_COMPLETED
                                      : t < 12 ? CAREER_COURSE_STATUS_IN_PROGRESS
                                      : CAREER_COURSE_STATUS_PLANNED;

          g_assert_nonnull (career_plan_add_course (plan, t, -1, id));
          if (status != CAREER_COURSE_STATUS_PLANNED)
            career_plan_set_course_status (plan, t, c, status);
          if (course % 7 == 3)
            career_plan_set_course_override (plan, t, c, "prerequisite",
                                             course == 3 ? note : "Taken elsewhere before.");
        }

      /* a course not in the catalog, and a repeat */
      if (t == 5)
        career_plan_add_course (plan, t, -1, "gen-university/no-such-course");
      if (t == 6)
        career_plan_add_course (plan, t, -1, "gen-university/gen-1000");

      if (t % 3 == 1)
        {
          g_autoptr(CareerOtherLearning) item = career_other_learning_new ("A generated online "
                                                                           "course about several "
                                                                           "things",
                                                                           CAREER_LEARNING_KIND_MOOC,
                                                                           4);

          career_other_learning_add_skill (item, "skill-001", 2);
          career_other_learning_add_skill (item, "skill-050", 3);
          career_other_learning_add_skill (item, "skill-120", 1);
          career_plan_add_other_learning (plan, t, item);
        }
    }

  career_plan_add_transfer_credit (plan, "Transferred course", 3, "Approved.");
  career_plan_add_transfer_credit (plan, "Another transferred course", 6, NULL);
  return plan;
}

static CareerCatalog *
builtin_catalog (void)
{
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_load_builtin (catalog, &error);
  g_assert_no_error (error);
  return catalog;
}

static CareerPlan *
example_plan (CareerCatalog *catalog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "example.careerplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CareerPlan *plan = career_plan_file_load (file, "example.careerplan", catalog, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2026, 3, 12, 10, 0, 0);
}

/* Checks over a laid-out report */

/* Every mark inside the page's margins: text and charts in the body
 * between the side margins, everything within the edge margin */
static void
assert_inside_margins (CareerReport *report)
{
  double width, height;

  career_report_get_page_size (report, &width, &height);

  for (guint p = 0; p < report->pages->len; p++)
    {
      ReportPage *page = g_ptr_array_index (report->pages, p);
      guint n_text = 0;
      guint n_charts = 0;

      for (guint i = 0; i < page->items->len; i++)
        {
          ReportItem *item = &g_array_index (page->items, ReportItem, i);
          double x0 = item->x, y0 = item->y;
          double x1 = item->x + item->width, y1 = item->y + item->height;

          if (item->kind == REPORT_ITEM_TEXT)
            {
              PangoRectangle ink, logical;

              /* The text's boxes inside the margins; its ink too, give or
               * take a glyph's side bearing */
              pango_layout_get_extents (item->layout, &ink, &logical);
              x0 = item->x + (double) logical.x / PANGO_SCALE;
              y0 = item->y + (double) logical.y / PANGO_SCALE;
              x1 = x0 + (double) logical.width / PANGO_SCALE;
              y1 = y0 + (double) logical.height / PANGO_SCALE;
              g_assert_cmpfloat (item->x + (double) ink.x / PANGO_SCALE, >=, x0 - 1);
              g_assert_cmpfloat (item->y + (double) ink.y / PANGO_SCALE, >=, y0 - 1);
              g_assert_cmpfloat (item->x + (double) (ink.x + ink.width) / PANGO_SCALE, <=,
                                 x1 + 1);
              g_assert_cmpfloat (item->y + (double) (ink.y + ink.height) / PANGO_SCALE, <=,
                                 y1 + 1);
              /* Nothing wider than its box: no word runs out of its cell */
              g_assert_cmpint (pango_layout_get_unknown_glyphs_count (item->layout), ==, 0);
              if (pango_layout_get_width (item->layout) > 0 &&
                  logical.width > pango_layout_get_width (item->layout) + PANGO_SCALE / 100)
                g_error ("Page %u: “%.60s” is %g wide in a box of %g", p + 1,
                         pango_layout_get_text (item->layout), (double) logical.width / PANGO_SCALE,
                         (double) pango_layout_get_width (item->layout) / PANGO_SCALE);
              n_text++;
            }
          else if (item->kind == REPORT_ITEM_RADAR || item->kind == REPORT_ITEM_TIMELINE)
            {
              n_charts++;
            }
          else if (item->kind == REPORT_ITEM_LINE)
            {
              x0 = MIN (item->x, item->x + item->width);
              x1 = MAX (item->x, item->x + item->width);
              y0 = MIN (item->y, item->y + item->height);
              y1 = MAX (item->y, item->y + item->height);
            }

          if (x0 < CAREER_REPORT_SIDE_MARGIN - 0.01 ||
              x1 > width - CAREER_REPORT_SIDE_MARGIN + 0.01 ||
              y0 < CAREER_REPORT_EDGE_MARGIN - 0.01 || y1 > height - CAREER_REPORT_EDGE_MARGIN + 0.01)
            g_error ("Page %u, item %u (kind %d) at (%g, %g)-(%g, %g) leaves the margins of a "
                     "%g × %g page", p + 1, i, item->kind, x0, y0, x1, y1, width, height);
        }

      /* No empty page: more than the running header and footer */
      if (n_text <= 4 && n_charts == 0)
        g_error ("Page %u of %u has nothing but its header and footer", p + 1,
                 report->pages->len);
    }
}

/* Text items of the body never overlap each other */
static void
assert_no_overlap (CareerReport *report)
{
  for (guint p = 0; p < report->pages->len; p++)
    {
      ReportPage *page = g_ptr_array_index (report->pages, p);

      for (guint i = 0; i < page->items->len; i++)
        {
          ReportItem *a = &g_array_index (page->items, ReportItem, i);
          PangoRectangle la;

          if (a->kind != REPORT_ITEM_TEXT)
            continue;
          pango_layout_get_extents (a->layout, NULL, &la);

          for (guint j = i + 1; j < page->items->len; j++)
            {
              ReportItem *b = &g_array_index (page->items, ReportItem, j);
              PangoRectangle lb;
              double ax0, ax1, ay0, ay1, bx0, bx1, by0, by1;

              if (b->kind != REPORT_ITEM_TEXT)
                continue;
              pango_layout_get_extents (b->layout, NULL, &lb);
              ax0 = a->x + (double) la.x / PANGO_SCALE;
              ax1 = ax0 + (double) la.width / PANGO_SCALE;
              ay0 = a->y + (double) la.y / PANGO_SCALE;
              ay1 = ay0 + (double) la.height / PANGO_SCALE;
              bx0 = b->x + (double) lb.x / PANGO_SCALE;
              bx1 = bx0 + (double) lb.width / PANGO_SCALE;
              by0 = b->y + (double) lb.y / PANGO_SCALE;
              by1 = by0 + (double) lb.height / PANGO_SCALE;

              if (ax0 < bx1 - 0.01 && bx0 < ax1 - 0.01 && ay0 < by1 - 0.01 && by0 < ay1 - 0.01)
                g_error ("Page %u: “%.40s” and “%.40s” overlap", p + 1,
                         pango_layout_get_text (a->layout), pango_layout_get_text (b->layout));
            }
        }
    }
}

/* All the text of the report, each layout's, in order */
static char *
report_text (CareerReport *report)
{
  GString *text = g_string_new (NULL);

  for (guint p = 0; p < report->pages->len; p++)
    {
      ReportPage *page = g_ptr_array_index (report->pages, p);

      for (guint i = 0; i < page->items->len; i++)
        {
          ReportItem *item = &g_array_index (page->items, ReportItem, i);

          if (item->kind == REPORT_ITEM_TEXT)
            {
              g_string_append (text, pango_layout_get_text (item->layout));
              g_string_append_c (text, '\n');
            }
        }
    }
  return g_string_free (text, FALSE);
}

/* Draws every page onto a recording surface: nothing is drawn outside the
 * page, and every page has ink */
static void
assert_pages_draw_inside (CareerReport *report)
{
  double width, height;

  career_report_get_page_size (report, &width, &height);
  for (guint p = 0; p < career_report_get_n_pages (report); p++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      career_report_draw_page (report, cr, p);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      g_assert_cmpfloat (w, >, 0);
      g_assert_cmpfloat (x, >=, CAREER_REPORT_SIDE_MARGIN - 1);
      g_assert_cmpfloat (y, >=, CAREER_REPORT_EDGE_MARGIN - 1);
      g_assert_cmpfloat (x + w, <=, width - CAREER_REPORT_SIDE_MARGIN + 1);
      g_assert_cmpfloat (y + h, <=, height - CAREER_REPORT_EDGE_MARGIN + 1);
      cairo_surface_destroy (surface);
    }
}

/* Tests */

static void
test_locale_page_size (void)
{
  static const struct { const char *locale; double width, height; } cases[] = {
    { "C.UTF-8", 595, 842 },
    { "de_DE.UTF-8", 595, 842 },
    { "en_US.UTF-8", 612, 792 },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double width = 0, height = 0;

      if (setlocale (LC_ALL, cases[i].locale) == NULL)
        {
          g_test_message ("%s is not installed; skipped", cases[i].locale);
          continue;
        }
      career_report_get_locale_page_size (&width, &height);
      g_assert_cmpfloat (width, ==, cases[i].width);
      g_assert_cmpfloat (height, ==, cases[i].height);
    }
  setlocale (LC_ALL, saved);
}

static void
test_example (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = example_plan (catalog);
  g_autoptr(GDateTime) date = fixed_date ();
  CareerReportOptions options = { CAREER_REPORT_A4_WIDTH, CAREER_REPORT_A4_HEIGHT, date };
  g_autoptr(CareerReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_pages;
  static const char * const sections[] = {
    "cover", "comparison", "skills", "degree", "terms", "cost", "audit", "projection",
    "other-learning", "recommendations", "sources",
  };

  report = career_report_new_with_options (plan, catalog, &options, &error);
  g_assert_no_error (error);
  n_pages = career_report_get_n_pages (report);
  g_test_message ("The example plan: %u A4 pages", n_pages);
  g_assert_cmpuint (n_pages, >=, 8);
  g_assert_cmpuint (n_pages, <=, 20);
  g_assert_cmpstr (career_report_get_title (report), ==, "Machine learning engineer by 2027");
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    g_assert_true (career_report_has_section (report, sections[i]));

  assert_inside_margins (report);
  assert_no_overlap (report);
  assert_pages_draw_inside (report);

  text = report_text (report);
  g_assert_nonnull (strstr (text, "Ada Okafor"));
  g_assert_nonnull (strstr (text, "COMP 642"));
  g_assert_nonnull (strstr (text, "Retrieval-Augmented Generation"));
  g_assert_nonnull (strstr (text, "Took linear algebra and multivariable calculus"));
  g_assert_nonnull (strstr (text, "https://www.bls.gov/ooh/"));
  g_assert_nonnull (strstr (text, "(unverified)"));
  /* The date, in the locale's format */
  {
    g_autofree char *formatted = report_format_date (date);

    g_assert_nonnull (strstr (text, formatted));
  }
  g_assert_nonnull (strstr (text, "Page 1 of"));
  /* The outline: every section, on pages in order */
  g_assert_cmpuint (report->outline->len, ==, G_N_ELEMENTS (sections) - 1);
  for (guint i = 1; i < report->outline->len; i++)
    g_assert_cmpuint (g_array_index (report->outline, ReportOutline, i - 1).page, <=,
                      g_array_index (report->outline, ReportOutline, i).page);
}

static void
test_letter (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = example_plan (catalog);
  g_autoptr(CareerReport) report = career_report_new (plan, catalog, CAREER_REPORT_LETTER_WIDTH,
                                                      CAREER_REPORT_LETTER_HEIGHT);
  double width, height;

  career_report_get_page_size (report, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  assert_inside_margins (report);
  assert_no_overlap (report);
  assert_pages_draw_inside (report);
}

/* A small page (an index card, and the smallest there may be) still holds
 * everything, just on more pages; and so does a landscape page */
static void
test_small_page (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = example_plan (catalog);
  g_autoptr(CareerCatalog) large = large_catalog ();
  g_autoptr(CareerPlan) large_one = large_plan ();
  g_autoptr(CareerReport) a4 = career_report_new (plan, catalog, 595, 842);
  static const double sizes[][2] = { { 288, 432 }, { 288, 288 }, { 842, 595 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(CareerReport) report = career_report_new (plan, catalog, sizes[i][0],
                                                          sizes[i][1]);
      g_autoptr(CareerReport) big = career_report_new (large_one, large, sizes[i][0],
                                                       sizes[i][1]);

      g_test_message ("%g × %g: %u pages, %u for the large plan", sizes[i][0], sizes[i][1],
                      career_report_get_n_pages (report), career_report_get_n_pages (big));
      if (sizes[i][1] < 842)
        g_assert_cmpuint (career_report_get_n_pages (report), >, career_report_get_n_pages (a4));
      assert_inside_margins (report);
      assert_no_overlap (report);
      assert_pages_draw_inside (report);
      assert_inside_margins (big);
      assert_no_overlap (big);
    }
}

static void
test_page_size_error (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerReportOptions options = { 100, 100 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerReport) report = NULL;

  report = career_report_new_with_options (plan, catalog, &options, &error);
  g_assert_null (report);
  g_assert_error (error, CAREER_REPORT_ERROR, CAREER_REPORT_ERROR_PAGE_SIZE);
}

/* A new plan, on the built-in catalog and on an empty one */
static void
test_empty (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerCatalog) empty = career_catalog_new ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerReport) report = career_report_new (plan, catalog, 595, 842);
  g_autoptr(CareerReport) bare = career_report_new (plan, empty, 595, 842);

  g_assert_cmpstr (career_report_get_title (report), ==, "Career Plan");
  g_assert_false (career_report_has_section (report, "audit"));
  g_assert_false (career_report_has_section (report, "projection"));
  assert_inside_margins (report);
  assert_pages_draw_inside (report);
  assert_inside_margins (bare);
  assert_pages_draw_inside (bare);
  g_assert_cmpuint (career_report_get_n_pages (bare), >=, 4);
}

/* The palette color of the radar's series named @name, as the report
 * draws it */
static const CareerColor *
radar_series_color (CareerReport *report,
                    const char   *name,
                    gboolean     *dashed)
{
  const CareerAreaProfile *profile;
  CareerRadarSeries series[8];
  CareerRadarData data;

  g_assert_cmpuint (report->radars->len, ==, 1);
  profile = g_array_index (report->radars, ReportRadar, 0).profile;
  career_radar_chart_data_from_profile (profile, &data, series, G_N_ELEMENTS (series));
  for (guint s = 0; s < data.n_series; s++)
    if (g_strcmp0 (data.series[s].name, name) == 0)
      {
        *dashed = data.series[s].dashed;
        return career_palette_get_series_color (career_palette_light (), data.series[s].color);
      }
  g_error ("No series “%s” in the radar chart", name);
  return NULL;
}

/* The radar's colors are the Compare view's, whichever role is the
 * target: that view opens with the AI engineer on the left (the first
 * series color, blue) and the ML engineer on the right (the second,
 * orange), a role picked in place of one of them on its side, and the
 * person's levels dashed in the third (green).  The table still puts the
 * target first. */
static void
test_radar_colors (void)
{
  static const struct { const char *target, *blue, *orange; } cases[] = {
    { "ml-engineer", "AI Engineer", "Machine Learning Engineer" },
    { "ai-engineer", "AI Engineer", "Machine Learning Engineer" },
    { "data-scientist", "AI Engineer", "Data Scientist" },
    { NULL, "AI Engineer", "Machine Learning Engineer" },
  };
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  const CareerPalette *palette = career_palette_light ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareerPlan) plan = example_plan (catalog);
      g_autoptr(CareerReport) report = NULL;
      gboolean dashed = TRUE;

      career_plan_set_target_role_id (plan, cases[i].target);
      report = career_report_new (plan, catalog, 595, 842);

      g_assert_true (radar_series_color (report, cases[i].blue, &dashed) == &palette->series[0]);
      g_assert_false (dashed);
      g_assert_true (radar_series_color (report, cases[i].orange, &dashed) == &palette->series[1]);
      g_assert_false (dashed);
      g_assert_true (radar_series_color (report, "My levels", &dashed) == &palette->series[2]);
      g_assert_true (dashed);
    }
}

/* A term none of whose courses has a known workload: its heading says
 * "Not known", as its row in Per Term does and as the app's term card does,
 * not "At least 0 h a week" */
static void
test_term_workload_not_known (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerReport) report = NULL;
  g_autofree char *text = NULL;

  career_plan_set_weekly_hours (plan, 15);
  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_FALL, 2025), ==, 0);
  g_assert_nonnull (career_plan_add_course (plan, 0, -1, "nowhere/no-such-course"));
  g_assert_nonnull (career_plan_add_course (plan, 0, -1, "nowhere/nor-this-one"));
  report = career_report_new (plan, catalog, 595, 842);
  text = report_text (report);

  g_assert_nonnull (strstr (text, "Fall 2025 · credits not known · workload not known\n"));
  g_assert_null (strstr (text, "At least 0 h"));
}

typedef struct
{
  double last;
  guint  calls;
  GCancellable *cancel_at_half;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1);
  progress->last = fraction;
  progress->calls++;
  if (progress->cancel_at_half != NULL && fraction >= 0.5)
    g_cancellable_cancel (progress->cancel_at_half);
}

static void
test_large (void)
{
  g_autoptr(CareerCatalog) catalog = large_catalog ();
  g_autoptr(CareerPlan) plan = large_plan ();
  g_autoptr(GDateTime) date = fixed_date ();
  Progress progress = { 0 };
  CareerReportOptions options = { 595, 842, date, on_progress, &progress };
  g_autoptr(CareerReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *note = long_note (1600);
  g_autofree char *flat_text = NULL;
  g_autofree char *flat_note = NULL;
  gint64 start = g_get_monotonic_time ();

  report = career_report_new_with_options (plan, catalog, &options, &error);
  g_assert_no_error (error);
  g_test_message ("The large plan: %u A4 pages, laid out in %" G_GINT64_FORMAT " ms",
                  career_report_get_n_pages (report), (g_get_monotonic_time () - start) / 1000);
  g_assert_cmpuint (career_report_get_n_pages (report), >=, 30);
  g_assert_cmpuint (progress.calls, >, 2);
  g_assert_true (career_report_has_section (report, "projection"));
  g_assert_true (career_report_has_section (report, "recommendations"));

  assert_inside_margins (report);
  assert_no_overlap (report);
  assert_pages_draw_inside (report);

  /* Every course, every skill; the note taller than a page whole, in order,
   * over more than one page */
  text = report_text (report);
  for (guint i = 0; i < N_COURSES; i++)
    {
      g_autofree char *code = course_code (i);
      g_assert_nonnull (strstr (text, code));
    }
  g_strdelimit (text, "\n", ' ');
  for (guint i = 0; i < N_SKILLS; i++)
    {
      g_autofree char *name = skill_name (i);

      g_assert_nonnull (strstr (text, name));
    }
  {
    /* The note's lines are split between layouts only at line ends, with
     * the table's heading repeated between the parts: the parts, in order,
     * without their whitespace, make the note */
    g_autoptr(GString) parts = g_string_new (NULL);
    GString *a = g_string_new (NULL), *b = g_string_new (NULL);
    guint n_note_pages = 0;

    for (guint p = 0; p < report->pages->len; p++)
      {
        ReportPage *page = g_ptr_array_index (report->pages, p);
        gboolean on_page = FALSE;

        for (guint i = 0; i < page->items->len; i++)
          {
            ReportItem *item = &g_array_index (page->items, ReportItem, i);
            const char *t = item->kind == REPORT_ITEM_TEXT ? pango_layout_get_text (item->layout)
                                                           : "";

            if (strstr (t, "reason") || strstr (t, "no-space-here"))
              {
                g_string_append (parts, t);
                on_page = TRUE;
              }
          }
        n_note_pages += on_page;
      }
    /* taller than a page, so on two pages at least */
    g_assert_cmpuint (n_note_pages, >=, 2);
    flat_text = g_strdup (parts->str);
    flat_note = g_strdup (note);
    for (const char *c = flat_text; *c; c++)
      if (!g_ascii_isspace (*c))
        g_string_append_c (a, *c);
    for (const char *c = flat_note; *c; c++)
      if (!g_ascii_isspace (*c))
        g_string_append_c (b, *c);
    if (strstr (a->str, b->str) == NULL)
      {
        gsize lo = 0, hi = b->len;

        while (lo < hi)
          {
            gsize mid = (lo + hi + 1) / 2;
            g_autofree char *prefix = g_strndup (b->str, mid);

            if (strstr (a->str, prefix))
              lo = mid;
            else
              hi = mid - 1;
          }
        g_error ("The long note is cut after %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT
                 " characters: “…%.40s”", lo, b->len, b->str + (lo > 40 ? lo - 40 : 0));
      }
    g_string_free (a, TRUE);
    g_string_free (b, TRUE);
  }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char **
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/* Written whole or not at all */
static void
test_atomic (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = example_plan (catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "plan.pdf", NULL);
  g_autofree char *sub = g_build_filename (dir, "a-folder", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) sub_file = g_file_new_for_path (sub);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { 0, 0, cancellable };
  CareerReportOptions options = { 595, 842, NULL, on_progress, &progress, cancellable };
  g_auto(GStrv) names = NULL;
  gsize length;

  g_assert_no_error (error);

  /* A first export */
  g_assert_true (career_report_write_pdf (plan, catalog, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strstr_len (contents + length - 8, 8, "%%EOF"));
  g_clear_pointer (&contents, g_free);
  names = list_dir (dir);
  g_assert_cmpstrv (names, ((const char * const []) { "plan.pdf", NULL }));
  g_clear_pointer (&names, g_strfreev);

  /* Cancelled half way: the old file stays as it was, nothing else left */
  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_false (career_report_write_pdf (plan, catalog, file, &options, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);
  names = list_dir (dir);
  g_assert_cmpstrv (names, ((const char * const []) { "plan.pdf", NULL }));
  g_clear_pointer (&names, g_strfreev);

  /* A folder that does not exist */
  g_assert_false (career_report_write_pdf (plan, catalog, missing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "plan.pdf"));
  g_clear_error (&error);

  /* A folder in the way */
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_false (career_report_write_pdf (plan, catalog, sub_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);
  g_assert_true (g_file_test (sub, G_FILE_TEST_IS_DIR));
  names = list_dir (dir);
  g_assert_cmpstrv (names, ((const char * const []) { "a-folder", "plan.pdf", NULL }));
  g_clear_pointer (&names, g_strfreev);

  /* Replacing the old file */
  progress = (Progress) { 0 };
  options.cancellable = NULL;
  g_assert_true (career_report_write_pdf (plan, catalog, file, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (progress.last, ==, 1);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_remove (out);
  g_rmdir (sub);
  g_rmdir (dir);
}

typedef struct
{
  char          *data;
  gsize          length;
  CareerCatalog *catalog;
  GFile         *file;
  GError        *error;
} ThreadJob;

/* What the app does: the plan copied through its file format, written in
 * another thread while this one goes on with the original */
static gpointer
export_thread (gpointer user_data)
{
  ThreadJob *job = user_data;
  g_autoptr(CareerPlan) copy = career_plan_file_load_data (job->data, job->length, "copy",
                                                           job->catalog, NULL, &job->error);

  if (copy != NULL)
    career_report_write_pdf (copy, job->catalog, job->file, NULL, &job->error);
  return NULL;
}

static void
test_thread (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = example_plan (catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  ThreadJob job = { NULL, 0, catalog, file, NULL };
  GThread *thread;

  job.data = career_plan_file_to_data (plan, &job.length);
  thread = g_thread_new ("export", export_thread, &job);
  career_plan_set_name (plan, "Changed while the copy is written");
  g_thread_join (thread);
  g_assert_no_error (job.error);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  g_free (job.data);
  g_remove (out);
  g_rmdir (dir);
}

/* The text of the body of the report, its layouts one after the other
 * without a break: no running header or footer */
static char *
body_text (CareerReport *report)
{
  GString *text = g_string_new (NULL);
  double width, height;

  career_report_get_page_size (report, &width, &height);
  for (guint p = 0; p < report->pages->len; p++)
    {
      ReportPage *page = g_ptr_array_index (report->pages, p);

      for (guint i = 0; i < page->items->len; i++)
        {
          ReportItem *item = &g_array_index (page->items, ReportItem, i);

          if (item->kind == REPORT_ITEM_TEXT && item->y > 52 && item->y < height - 56)
            g_string_append (text, pango_layout_get_text (item->layout));
        }
    }
  return g_string_free (text, FALSE);
}

/* A word of @length characters: letters and digits, with no place to
 * break a line between them */
static char *
long_word (gsize length)
{
  GString *word = g_string_new (NULL);

  while (word->len < length)
    g_string_append (word, "Abcdefghijklmnopqrstuvwxyz0123456789");
  g_string_truncate (word, length);
  return g_string_free (word, FALSE);
}

/* A user catalog renaming a skill of the example plan */
static void
rename_skill (CareerCatalog *catalog,
              const char    *name)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  json_builder_begin_object (b);
  add_string (b, "format", "career-planner-catalog");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "skills");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "id", "containers-kubernetes");
  add_string (b, "name", name);
  add_string (b, "category", "software");
  add_string (b, "description", "Renamed.");
  json_builder_set_member_name (b, "levels");
  json_builder_begin_array (b);
  for (guint l = 0; l < 5; l++)
    json_builder_add_string_value (b, "A level.");
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  career_catalog_add_data (catalog, json, strlen (json), "renamed.json", &error);
  g_assert_no_error (error);
}

/* A text far longer than a line, as one word: the plan's name of 20,000
 * characters on the cover, over dozens of pages.  Pango 1.50 takes time in
 * the square of the length of a word it breaks over lines, and the report
 * laid the rest of such a text out again on each page it went on to: 1.3 MB
 * of layouts, the longest the whole name, and 11 s for this plan; two
 * minutes for a name of 40,000 characters.  A layout now holds a few dozen
 * lines of such a text, and the report lays the text out three times or so
 * (windows, their lines, and the block split at each page's end). */
static void
test_long_word (void)
{
  const gsize length = 20000;
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = example_plan (catalog);
  g_autoptr(CareerReport) usual = career_report_new (plan, catalog, 595, 842);
  g_autoptr(CareerReport) report = NULL;
  g_autofree char *word = long_word (length);
  g_autofree char *text = NULL;
  g_autofree char *cover = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  gsize contents_length;
  ThreadJob job = { NULL, 0, catalog, NULL, NULL };
  guint64 more;

  career_plan_set_name (plan, word);
  report = career_report_new (plan, catalog, 595, 842);
  more = report->laid_out_bytes - usual->laid_out_bytes;
  g_test_message ("A plan named with a word of %" G_GSIZE_FORMAT " characters: %u pages, "
                  "%" G_GUINT64_FORMAT " bytes more laid out, the longest layout %"
                  G_GSIZE_FORMAT " bytes (usually %u pages, %" G_GSIZE_FORMAT ")",
                  length, career_report_get_n_pages (report), more, report->longest_layout,
                  career_report_get_n_pages (usual), usual->longest_layout);
  g_assert_cmpuint (report->longest_layout, <=, MAX (usual->longest_layout, 4096));
  g_assert_cmpuint (more, <=, 6 * (guint64) length);

  /* The name whole on the cover, in order, over pages */
  g_assert_cmpuint (career_report_get_n_pages (report), >, career_report_get_n_pages (usual) + 20);
  text = body_text (report);
  cover = g_strconcat ("Career Plan", word, "Prepared for", NULL);
  g_assert_nonnull (strstr (text, cover));
  assert_inside_margins (report);
  assert_no_overlap (report);
  assert_pages_draw_inside (report);

  /* and the PDF, written as the app writes it, in a thread of its own */
  dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);
  out = g_build_filename (dir, "long.pdf", NULL);
  file = g_file_new_for_path (out);
  job.file = file;
  job.data = career_plan_file_to_data (plan, &job.length);
  g_thread_join (g_thread_new ("export", export_thread, &job));
  g_assert_no_error (job.error);
  g_assert_true (g_file_get_contents (out, &contents, &contents_length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strstr_len (contents + contents_length - 8, 8, "%%EOF"));
  g_free (job.data);
  g_remove (out);
  g_rmdir (dir);
}

/* A skill's name of 100,000 characters, from a user catalog: the plan and
 * catalog files allow texts of megabytes, thousands of pages each.  The
 * report shows the first REPORT_MAX_TEXT_CHARS characters of one text and
 * an ellipsis, in its tables and in the PDF the app writes. */
static void
test_long_text_shortened (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(CareerPlan) plan = example_plan (catalog);
  g_autoptr(CareerReport) usual = career_report_new (plan, catalog, 595, 842);
  g_autoptr(CareerReport) report = NULL;
  g_autofree char *name = g_strnfill (5 * REPORT_MAX_TEXT_CHARS, 'Q');
  guint64 n_shown = 0;
  guint n_cut = 0;
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint64 more;

  rename_skill (catalog, name);
  report = career_report_new (plan, catalog, 595, 842);
  more = report->laid_out_bytes - usual->laid_out_bytes;
  g_test_message ("A skill named with a word of %" G_GSIZE_FORMAT " characters: %u pages, "
                  "%" G_GUINT64_FORMAT " bytes more laid out, the longest layout %"
                  G_GSIZE_FORMAT " bytes", strlen (name), career_report_get_n_pages (report),
                  more, report->longest_layout);
  g_assert_cmpuint (report->longest_layout, <=, MAX (usual->longest_layout, 4096));
  g_assert_cmpuint (more, <=, 6 * (guint64) REPORT_MAX_TEXT_CHARS);

  /* The name's lines are the only text of Qs alone; each time it is shown,
   * its last line ends with the ellipsis */
  for (guint p = 0; p < report->pages->len; p++)
    {
      ReportPage *page = g_ptr_array_index (report->pages, p);

      for (guint i = 0; i < page->items->len; i++)
        {
          ReportItem *item = &g_array_index (page->items, ReportItem, i);
          const char *t = item->kind == REPORT_ITEM_TEXT ? pango_layout_get_text (item->layout)
                                                         : "";
          gsize qs = strspn (t, "Q");

          if (qs > 0 && (t[qs] == '\0' || g_str_equal (t + qs, "…")))
            {
              n_shown += qs;
              n_cut += t[qs] != '\0';
            }
        }
    }
  g_assert_cmpuint (n_cut, >=, 1);
  g_assert_cmpuint (n_shown, ==, (guint64) n_cut * REPORT_MAX_TEXT_CHARS);
  assert_inside_margins (report);
  assert_no_overlap (report);
  assert_pages_draw_inside (report);

  /* The app's export: the whole PDF written */
  dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);
  out = g_build_filename (dir, "long.pdf", NULL);
  file = g_file_new_for_path (out);
  g_assert_true (career_report_write_pdf (plan, catalog, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strstr_len (contents + length - 8, 8, "%%EOF"));
  g_remove (out);
  g_rmdir (dir);
}

static int
write_large (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *catalog_dir = g_build_filename (dir, "catalog", NULL);
  g_autofree char *catalog_path = g_build_filename (catalog_dir, "large.json", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "large.careerplan", NULL);
  g_autofree char *json = generate_catalog ();
  g_autoptr(CareerPlan) plan = large_plan ();
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);

  if (g_mkdir_with_parents (catalog_dir, 0700) != 0 ||
      !g_file_set_contents (catalog_path, json, -1, &error) ||
      !career_plan_file_save (plan, plan_file, &error))
    {
      g_printerr ("%s\n", error ? error->message : g_strerror (errno));
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--write-large"))
    return write_large (argv[2]);

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/locale-page-size", test_locale_page_size);
  g_test_add_func ("/report/example", test_example);
  g_test_add_func ("/report/letter", test_letter);
  g_test_add_func ("/report/small-page", test_small_page);
  g_test_add_func ("/report/page-size-error", test_page_size_error);
  g_test_add_func ("/report/empty", test_empty);
  g_test_add_func ("/report/radar-colors", test_radar_colors);
  g_test_add_func ("/report/term-workload-not-known", test_term_workload_not_known);
  g_test_add_func ("/report/large", test_large);
  g_test_add_func ("/report/atomic", test_atomic);
  g_test_add_func ("/report/thread", test_thread);
  g_test_add_func ("/report/long-word", test_long_word);
  g_test_add_func ("/report/long-text-shortened", test_long_text_shortened);

  return g_test_run ();
}
