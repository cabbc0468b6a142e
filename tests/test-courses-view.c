/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Courses view on a small hand-built program: adding, moving and
 * removing courses and terms through the view's own actions and functions
 * (what its buttons, menus and drops call), with their exact effect on the
 * plan and undo; the catalog's search and filters; warnings and overrides on
 * the term cards; the degree audit section. Runs under Xvfb.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "career-application.h"
#include "career-caption.h"
#include "career-catalog.h"
#include "career-course-audit.h"
#include "career-drop-down.h"
#include "career-expander-row.h"
#include "career-courses-view.h"
#include "career-list-slot.h"
#include "career-plan-check.h"
#include "career-term-card.h"
#include "list-test-utils.h"

#define SOURCE "{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false}"

/* Four courses of 3 credits but TST 301 (4): TST 101 (no prerequisite,
 * 10 h a week), TST 201 (needs 101, fall only, 12 h), TST 301 (needs 201,
 * workload not known), TST 302 (8 h). The degree:
 * TST 101, one of 201 / 302, and 3 credits of electives from 301 / 302.
 * The role "Tester" needs Basics 3 (importance 3) and Testing 4 (2). */
static const char test_catalog[] =
  "{\"format\":\"career-planner-catalog\",\"version\":1,"
  "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
  "\"skills\":["
  "{\"id\":\"s\",\"name\":\"Basics\",\"category\":\"k\",\"description\":\"d\","
  "\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]},"
  "{\"id\":\"t\",\"name\":\"Testing\",\"category\":\"k\",\"description\":\"d\","
  "\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}],"
  "\"roles\":[{\"id\":\"r\",\"title\":\"Tester\",\"summary\":\"s\",\"responsibilities\":[],"
  "\"masters_focus\":\"m\",\"weights_note\":\"w\",\"salaries\":[],\"outlook\":[],"
  "\"skills\":[{\"skill\":\"s\",\"importance\":3,\"target\":3},"
  "{\"skill\":\"t\",\"importance\":2,\"target\":4}]}],"
  "\"programs\":[{\"id\":\"tp\",\"institution\":\"Test University\",\"name\":\"MS in Testing\","
  "\"degree\":\"Master of Testing\",\"catalog_year\":\"2025-2026\",\"description\":\"d\","
  "\"total_credits\":9,\"transfer_credit_limit\":3,"
  "\"tuition\":{\"per_credit\":100,\"currency\":\"USD\",\"source\":" SOURCE "},"
  "\"terms\":[\"spring\",\"summer\",\"fall\"],\"double_counting\":false,\"source\":" SOURCE ","
  "\"courses\":["
  "{\"id\":\"a101\",\"code\":\"TST 101\",\"title\":\"Foundations\",\"credits\":3,"
  "\"description\":\"Unit tests and fixtures\",\"skills\":[{\"skill\":\"s\",\"level\":2}],"
  "\"terms_offered\":[\"spring\",\"fall\"],\"workload\":{\"hours\":10,\"source\":" SOURCE "},"
  "\"source\":" SOURCE "},"
  "{\"id\":\"a201\",\"code\":\"TST 201\",\"title\":\"Property Testing\",\"credits\":3,"
  "\"description\":\"Generators and shrinking\",\"skills\":[{\"skill\":\"t\",\"level\":3}],"
  "\"prerequisites\":{\"required\":{\"course\":\"a101\"},\"advised\":null,\"note\":null},"
  "\"terms_offered\":[\"fall\"],\"workload\":{\"hours\":12,\"source\":" SOURCE "},"
  "\"source\":" SOURCE "},"
  "{\"id\":\"a301\",\"code\":\"TST 301\",\"title\":\"Fuzzing\",\"credits\":4,"
  "\"description\":\"Coverage-guided input generation\",\"skills\":[{\"skill\":\"t\",\"level\":4}],"
  "\"prerequisites\":{\"required\":{\"course\":\"a201\"},\"advised\":null,\"note\":null},"
  "\"terms_offered\":null,\"workload\":null,\"source\":" SOURCE "},"
  "{\"id\":\"a302\",\"code\":\"TST 302\",\"title\":\"Mutation Testing\",\"credits\":3,"
  "\"description\":\"Mutants\",\"skills\":[{\"skill\":\"s\",\"level\":3}],"
  "\"terms_offered\":null,\"workload\":{\"hours\":8,\"source\":" SOURCE "},"
  "\"source\":" SOURCE "}],"
  "\"requirements\":{\"type\":\"all-of\",\"title\":\"Degree requirements\",\"items\":["
  "{\"type\":\"course\",\"course\":\"a101\"},"
  "{\"type\":\"one-of\",\"title\":\"Advanced\",\"items\":["
  "{\"type\":\"course\",\"course\":\"a201\"},{\"type\":\"course\",\"course\":\"a302\"}]},"
  "{\"type\":\"credits-from\",\"title\":\"Electives\",\"credits\":3,"
  "\"courses\":[\"a301\",\"a302\"]}]}}]}";

typedef struct
{
  CareerCatalog     *catalog;
  CareerPlan        *plan;
  CareerCoursesView *view;
  GtkWidget         *window;
} Fixture;

static void
flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* A popover needs its button on screen: waits for the window to map it
 * (up to 15 s: a first window under AddressSanitizer, beside another
 * test, has taken over 4 s) */
static void
wait_until_mapped (GtkWidget *widget)
{
  for (guint i = 0; i < 750 && !gtk_widget_get_mapped (widget); i++)
    {
      gboolean done = FALSE;

      g_timeout_add (20, set_true_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (gtk_widget_get_mapped (widget));
  flush ();
}

/* Rows get their place on the next frames, not at once: waits until @row
 * is where @card finds it, and returns its top in @card */
static double
wait_for_place (GtkWidget *card,
                GtkWidget *row)
{
  for (guint i = 0; i < 100; i++)
    {
      gboolean done = FALSE;
      graphene_rect_t bounds;
      GtkWidget *picked;

      g_timeout_add (30, set_true_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);

      if (!gtk_widget_compute_bounds (row, card, &bounds))
        continue;
      picked = gtk_widget_pick (card, 20, bounds.origin.y + 5, GTK_PICK_DEFAULT);
      if (picked != NULL && (picked == row || gtk_widget_is_ancestor (picked, row)))
        return bounds.origin.y;
    }
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->catalog = career_catalog_new ();
  career_catalog_add_data (fixture->catalog, test_catalog, sizeof test_catalog - 1, "test.json",
                           &error);
  g_assert_no_error (error);

  fixture->plan = career_plan_new ();
  fixture->view = CAREER_COURSES_VIEW (g_object_new (CAREER_TYPE_COURSES_VIEW, NULL));
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->view));
  career_courses_view_set_catalog (fixture->view, fixture->catalog);
  career_courses_view_set_plan (fixture->view, fixture->plan);
  flush ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  flush ();
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->catalog);
}

static GtkWidget *
template_child (Fixture    *fixture,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                  CAREER_TYPE_COURSES_VIEW, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static void
choose_program (Fixture *fixture)
{
  g_assert_true (career_courses_view_choose_program (fixture->view, "tp", NULL));
  flush ();
}

static guint
n_terms (Fixture *fixture)
{
  return g_list_model_get_n_items (career_plan_get_terms (fixture->plan));
}

static GListModel *
courses_of (Fixture *fixture,
            guint    term_position)
{
  g_autoptr(CareerTerm) term = g_list_model_get_item (career_plan_get_terms (fixture->plan),
                                                      term_position);

  g_assert_nonnull (term);
  return career_term_get_courses (term);
}

/* The course ids of a term, "a101 a201" */
static char *
term_courses (Fixture *fixture,
              guint    term_position)
{
  GListModel *courses = courses_of (fixture, term_position);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, i);
      const char *id = career_plan_course_get_course_id (entry);

      g_string_append_printf (text, "%s%s", i ? " " : "", strchr (id, '/') + 1);
    }
  return g_string_free (text, FALSE);
}

static char *
term_label (Fixture *fixture,
            guint    position)
{
  g_autoptr(CareerTerm) term = g_list_model_get_item (career_plan_get_terms (fixture->plan),
                                                      position);
  return career_term_dup_label (term);
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (CAREER_IS_CAPTION (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", career_caption_get_text (CAREER_CAPTION (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      collect_labels (child, text);
}

/* The warning lines under a widget, as the term card builds them */
static void
collect_warnings (GtkWidget *widget,
                  GPtrArray *lines)
{
  if (g_object_get_data (G_OBJECT (widget), "warning-kind") != NULL && gtk_widget_get_visible (widget))
    g_ptr_array_add (lines, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_warnings (child, lines);
}

static GtkWidget *
entry_row (Fixture *fixture,
           guint    term_position,
           guint    position)
{
  GtkWidget *card = career_courses_view_get_term_card (fixture->view, term_position);
  GtkWidget *row;

  g_assert_nonnull (card);
  row = career_term_card_get_entry_row (CAREER_TERM_CARD (card), position);
  g_assert_nonnull (row);
  return row;
}

/* Plain decisions */

static void
test_plain_decisions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GHashTable) planned = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) march = g_date_time_new_utc (2025, 3, 10, 12, 0, 0);
  g_autoptr(GDateTime) october = g_date_time_new_utc (2025, 10, 1, 12, 0, 0);
  g_autofree char *requires = NULL;
  CareerCourse *a101, *a201;
  CareerSeason season;
  int year;

  career_catalog_add_data (catalog, test_catalog, sizeof test_catalog - 1, "test.json", &error);
  g_assert_no_error (error);
  a101 = career_catalog_lookup_course (catalog, "tp/a101");
  a201 = career_catalog_lookup_course (catalog, "tp/a201");

  /* Search: code, title and description, case-folded by the caller */
  g_assert_true (career_course_matches_search (a201, NULL));
  g_assert_true (career_course_matches_search (a201, "tst 201"));
  g_assert_true (career_course_matches_search (a201, "property"));
  g_assert_true (career_course_matches_search (a201, "shrinking"));
  g_assert_false (career_course_matches_search (a201, "fuzz"));

  /* Eligible now: the required prerequisites are in the plan */
  g_assert_true (career_course_prerequisites_met (a101, NULL));
  g_assert_false (career_course_prerequisites_met (a201, planned));
  g_hash_table_add (planned, (gpointer) "tp/a101");
  g_assert_true (career_course_prerequisites_met (a201, planned));

  requires = career_prereq_dup_text (career_course_get_required (a201), catalog);
  g_assert_cmpstr (requires, ==, "TST 101");

  /* Add Term offers the term after the last one, or the next one to start */
  career_plan_next_term (plan, 0, march, &season, &year);
  g_assert_cmpint (season, ==, CAREER_SEASON_SUMMER);
  g_assert_cmpint (year, ==, 2025);
  career_plan_next_term (plan, CAREER_OFFERED_SPRING | CAREER_OFFERED_FALL, march, &season, &year);
  g_assert_cmpint (season, ==, CAREER_SEASON_FALL);
  g_assert_cmpint (year, ==, 2025);
  career_plan_next_term (plan, 0, october, &season, &year);
  g_assert_cmpint (season, ==, CAREER_SEASON_SPRING);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_FALL, 2026), ==, 0);
  career_plan_next_term (plan, 0, march, &season, &year);
  g_assert_cmpint (season, ==, CAREER_SEASON_SPRING);
  g_assert_cmpint (year, ==, 2027);
  career_plan_next_term (plan, CAREER_OFFERED_FALL, march, &season, &year);
  g_assert_cmpint (season, ==, CAREER_SEASON_FALL);
  g_assert_cmpint (year, ==, 2027);
}

/* Empty states and the program */

static void
test_empty_states (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkStack *main_stack = GTK_STACK (template_child (fixture, "main_stack"));
  GtkStack *terms_stack = GTK_STACK (template_child (fixture, "terms_stack"));
  GtkListBox *programs = GTK_LIST_BOX (template_child (fixture, "program_list"));

  /* No program: "Choose a Program", one row per program of the catalog */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "choose");
  g_assert_nonnull (gtk_list_box_get_row_at_index (programs, 0));
  g_assert_null (gtk_list_box_get_row_at_index (programs, 1));

  /* Activating the program's row chooses it, with the catalog's year */
  g_signal_emit_by_name (programs, "row-activated", gtk_list_box_get_row_at_index (programs, 0));
  flush ();
  g_assert_cmpstr (career_plan_get_program_id (fixture->plan), ==, "tp");
  g_assert_cmpstr (career_plan_get_catalog_year (fixture->plan), ==, "2025-2026");
  g_assert_null (career_plan_get_specialization_id (fixture->plan));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "plan");
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (fixture->view), ==, 4);

  /* No term yet: "Add Your First Term" */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (terms_stack), ==, "empty");
  g_assert_cmpint (career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025), ==, 0);
  flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (terms_stack), ==, "list");

  /* Undo takes the term, then the program, back */
  g_assert_true (career_plan_undo (fixture->plan));
  g_assert_true (career_plan_undo (fixture->plan));
  flush ();
  g_assert_null (career_plan_get_program_id (fixture->plan));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "choose");
}

/* Terms */

static void
test_terms (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *courses = NULL;

  choose_program (fixture);

  g_assert_cmpint (career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025), ==, 0);
  /* Terms go in date order */
  g_assert_cmpint (career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2025), ==, 0);
  /* A term the plan has already is not added again */
  g_assert_cmpint (career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025), ==, -1);
  flush ();
  g_assert_cmpuint (n_terms (fixture), ==, 2);
  g_assert_nonnull (career_courses_view_get_term_card (fixture->view, 1));
  g_assert_null (career_courses_view_get_term_card (fixture->view, 2));
  first = term_label (fixture, 0);
  second = term_label (fixture, 1);
  g_assert_cmpstr (first, ==, "Spring 2025");
  g_assert_cmpstr (second, ==, "Fall 2025");

  /* Removing a term takes its courses; undo brings both back */
  g_assert_nonnull (career_courses_view_add_course (fixture->view, "tp/a101", 0, -1));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "courses.remove-term", "u", 0);
  flush ();
  g_assert_cmpuint (n_terms (fixture), ==, 1);
  {
    g_autoptr(CareerTerm) left = g_list_model_get_item (career_plan_get_terms (fixture->plan), 0);
    GtkWidget *card = career_courses_view_get_term_card (fixture->view, 0);

    g_assert_true (career_term_card_get_term (CAREER_TERM_CARD (card)) == left);
    g_assert_null (career_courses_view_get_term_card (fixture->view, 1));
  }

  g_assert_true (career_plan_undo (fixture->plan));
  flush ();
  g_assert_cmpuint (n_terms (fixture), ==, 2);
  courses = term_courses (fixture, 0);
  g_assert_cmpstr (courses, ==, "a101");
  g_assert_nonnull (career_courses_view_get_term_card (fixture->view, 1));
}

/* Adding, moving, removing */

static void
test_add_move_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  g_autofree char *text = NULL;

  choose_program (fixture);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2025);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025);

  /* "Add to Term" and a drop from the catalog: the course goes to the end, or
   * before the course it was dropped on */
  g_assert_true (gtk_widget_activate_action (view, "courses.add-course", "(sui)", "tp/a101", 0, -1));
  g_assert_true (gtk_widget_activate_action (view, "courses.add-course", "(sui)", "tp/a302", 0, -1));
  g_assert_true (gtk_widget_activate_action (view, "courses.add-course", "(sui)", "tp/a201", 0, 1));
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101 a201 a302");
  g_clear_pointer (&text, g_free);

  /* A course the catalog does not have is not added */
  g_assert_null (career_courses_view_add_course (fixture->view, "tp/nope", 0, -1));
  g_assert_null (career_courses_view_add_course (fixture->view, "tp/a101", 7, -1));
  g_assert_cmpuint (g_list_model_get_n_items (courses_of (fixture, 0)), ==, 3);

  /* "Move to Fall 2025": to the end of the other term */
  g_assert_true (gtk_widget_activate_action (view, "courses.move-course", "(uuuu)",
                                             0, 1, 1, G_MAXUINT));
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101 a302");
  g_clear_pointer (&text, g_free);
  text = term_courses (fixture, 1);
  g_assert_cmpstr (text, ==, "a201");
  g_clear_pointer (&text, g_free);

  /* A move within a term, as a drop on the first row does it */
  g_assert_true (career_courses_view_move_course (fixture->view, 0, 1, 0, 0));
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a302 a101");
  g_clear_pointer (&text, g_free);

  /* Remove, then undo and redo each step back to the same plan */
  g_assert_true (gtk_widget_activate_action (view, "courses.remove-course", "(uu)", 0, 0));
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101");
  g_clear_pointer (&text, g_free);

  g_assert_true (career_plan_undo (fixture->plan));   /* the removal */
  g_assert_true (career_plan_undo (fixture->plan));   /* the move within the term */
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101 a302");
  g_clear_pointer (&text, g_free);
  g_assert_true (career_plan_undo (fixture->plan));   /* the move to Fall */
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101 a201 a302");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (courses_of (fixture, 1)), ==, 0);
  g_assert_true (career_plan_redo (fixture->plan));
  text = term_courses (fixture, 1);
  g_assert_cmpstr (text, ==, "a201");
  g_clear_pointer (&text, g_free);
  flush ();

  /* The cards follow: one row per entry, in the plan's order */
  g_assert_nonnull (entry_row (fixture, 0, 1));
  g_assert_null (career_term_card_get_entry_row (CAREER_TERM_CARD (career_courses_view_get_term_card (fixture->view, 0)), 2));
  g_assert_nonnull (entry_row (fixture, 1, 0));

  /* The status, from the action and from the row's menu */
  g_assert_true (gtk_widget_activate_action (view, "courses.set-status", "(uuu)", 0, 0,
                                             CAREER_COURSE_STATUS_COMPLETED));
  {
    g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses_of (fixture, 0), 0);
    g_assert_cmpint (career_plan_course_get_status (entry), ==, CAREER_COURSE_STATUS_COMPLETED);
  }
  flush ();
  {
    GtkWidget *row = entry_row (fixture, 0, 1);
    GtkWidget *grid = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
    GtkWidget *status = gtk_grid_get_child_at (GTK_GRID (grid), 1, 1);
    g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses_of (fixture, 0), 1);
    g_autoptr(GVariant) state = NULL;
    GMenuModel *menu;

    g_assert_true (GTK_IS_MENU_BUTTON (status));
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status)), ==, "Planned");

    /* Its menu: the three statuses, as radio items of "entry.status" */
    gtk_menu_button_popup (GTK_MENU_BUTTON (status));
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (status));
    g_assert_nonnull (menu);
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
    {
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, 1, "target",
                                                                          G_VARIANT_TYPE_UINT32);

      g_assert_true (g_menu_model_get_item_attribute (menu, 1, "label", "s", &label));
      g_assert_true (g_menu_model_get_item_attribute (menu, 1, "action", "s", &action));
      g_assert_cmpstr (label, ==, "In Progress");
      g_assert_cmpstr (action, ==, "entry.status");
      g_assert_cmpuint (g_variant_get_uint32 (target), ==, CAREER_COURSE_STATUS_IN_PROGRESS);
    }
    gtk_popover_popdown (gtk_menu_button_get_popover (GTK_MENU_BUTTON (status)));

    g_assert_true (gtk_widget_activate_action (status, "entry.status", "u",
                                               CAREER_COURSE_STATUS_IN_PROGRESS));
    g_assert_cmpint (career_plan_course_get_status (entry), ==, CAREER_COURSE_STATUS_IN_PROGRESS);
    flush ();
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status)), ==, "In Progress");
    g_assert_true (career_plan_undo (fixture->plan));
    flush ();
    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (status)), ==, "Planned");
  }
}

/* The menus of the rows, as a click on their items runs them */

static void
find_widgets (GtkWidget  *widget,
              const char *type_name,
              GPtrArray  *found)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), type_name))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_widgets (child, type_name, found);
}

/* Opens @button's popover, made when first opened, and returns it */
static GtkWidget *
open_form (Fixture    *fixture,
           const char *button_name)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (template_child (fixture, button_name));
  GtkPopover *popover;

  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (GTK_WIDGET (button));
  g_assert_null (gtk_menu_button_get_popover (button));
  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  wait_until_mapped (GTK_WIDGET (popover));
  return GTK_WIDGET (popover);
}

static GtkWidget *
nth_widget (GtkWidget  *root,
            const char *type_name,
            guint       n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_widgets (root, type_name, found);
  g_assert_cmpuint (found->len, >, n);
  return g_ptr_array_index (found, n);
}

static GtkWidget *
button_labelled (GtkWidget  *root,
                 const char *label)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_widgets (root, "GtkButton", found);
  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (found, i)), label) == 0)
      return g_ptr_array_index (found, i);
  g_assert_not_reached ();
}

/* The Add Term and Add Transfer Credit forms, in popovers made when first
 * opened: the term offered is the one after the last, a term the plan has
 * already cannot be added, and Add adds */
static void
test_forms (Fixture       *fixture,
            gconstpointer  data)
{
  GtkMenuButton *add_term_button = GTK_MENU_BUTTON (template_child (fixture, "add_term_button"));
  GListModel *credits = career_plan_get_transfer_credits (fixture->plan);
  GtkWidget *popover, *season, *year, *add, *title;
  g_autofree char *label = NULL;

  choose_program (fixture);
  g_assert_cmpint (career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2031), ==, 0);
  flush ();

  popover = open_form (fixture, "add_term_button");
  season = nth_widget (popover, "CareerDropDown", 0);
  year = nth_widget (popover, "GtkSpinButton", 0);
  add = button_labelled (popover, "_Add");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (year)), ==, 2031);
  g_assert_cmpuint (career_drop_down_get_selected (CAREER_DROP_DOWN (season)), >, CAREER_SEASON_SPRING);
  g_assert_true (gtk_widget_get_sensitive (add));
  career_drop_down_set_selected (CAREER_DROP_DOWN (season), CAREER_SEASON_SPRING);
  g_assert_false (gtk_widget_get_sensitive (add));
  career_drop_down_set_selected (CAREER_DROP_DOWN (season), CAREER_SEASON_FALL);
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  flush ();
  g_assert_cmpuint (n_terms (fixture), ==, 2);
  label = term_label (fixture, 1);
  g_assert_cmpstr (label, ==, "Fall 2031");
  /* Made once, and kept */
  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_menu_button_popup (add_term_button);
  g_assert_true (GTK_WIDGET (gtk_menu_button_get_popover (add_term_button)) == popover);
  gtk_popover_popdown (GTK_POPOVER (popover));

  popover = open_form (fixture, "add_transfer_button");
  title = nth_widget (popover, "GtkEntry", 0);
  add = button_labelled (popover, "_Add");
  g_assert_false (gtk_widget_get_sensitive (add));
  gtk_editable_set_text (GTK_EDITABLE (title), "Linear algebra, State College");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  flush ();
  g_assert_cmpuint (g_list_model_get_n_items (credits), ==, 1);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* Finds the item labelled @label in @menu (its sections too) and runs its
 * action from @widget, as a click on it in the popover does. The popover is
 * not shown: a synthetic click in it leaves GTK's tooltip timer running for
 * a menu that the action destroys, which a real click does not. */
static gboolean
activate_item (GtkWidget  *widget,
               GMenuModel *menu,
               const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && activate_item (widget, section, label))
        return TRUE;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text))
        {
          g_autoptr(GString) plain = g_string_new (text);
          g_autofree char *action = NULL;
          g_autoptr(GVariant) target = NULL;

          g_string_replace (plain, "_", "", 0);
          if (!g_str_equal (plain->str, label))
            continue;

          g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                          &action));
          target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
          g_assert_true (gtk_widget_activate_action_variant (widget, action, target));
          flush ();
          return TRUE;
        }
    }
  return FALSE;
}

static void
click_menu_item (GtkWidget  *button,
                 GMenuModel *menu,
                 const char *label)
{
  g_assert_nonnull (menu);
  g_assert_true (activate_item (button, menu, label));
  g_object_unref (menu);
}

/* The entry's menu button in its row */
static GtkWidget *
entry_menu_button (Fixture *fixture,
                   guint    term_position,
                   guint    position)
{
  GtkWidget *grid = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (entry_row (fixture, term_position,
                                                                             position)));
  GtkWidget *button = gtk_grid_get_child_at (GTK_GRID (grid), 2, 1);

  g_assert_true (GTK_IS_MENU_BUTTON (button));
  return button;
}

static GMenuModel *
entry_menu (Fixture *fixture,
            guint    term_position,
            guint    position)
{
  g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses_of (fixture, term_position),
                                                             position);
  return career_plan_dup_entry_menu (fixture->plan, entry);
}

static void
test_row_menus (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *text = NULL;

  gtk_window_present (GTK_WINDOW (fixture->window));
  choose_program (fixture);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2025);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025);
  flush ();

  /* The catalog's "Add to Term" menu lists the terms; its rows have one
   * (the list fills up over frames: all of it now) */
  shown_list (GTK_LIST_VIEW (template_child (fixture, "course_list")));
  find_widgets (template_child (fixture, "course_list"), "GtkMenuButton", buttons);
  g_assert_cmpuint (buttons->len, >, 0);
  click_menu_item (g_ptr_array_index (buttons, 0),
                   career_plan_dup_add_menu (fixture->plan, "tp/a101"), "Fall 2025");
  text = term_courses (fixture, 1);
  g_assert_cmpstr (text, ==, "a101");
  g_clear_pointer (&text, g_free);

  /* The entry's menu: "Move to Spring 2025" (not to its own term) */
  {
    g_autoptr(GMenuModel) menu = entry_menu (fixture, 1, 0);
    g_assert_false (activate_item (entry_menu_button (fixture, 1, 0), menu, "Move to Fall 2025"));
  }
  click_menu_item (entry_menu_button (fixture, 1, 0), entry_menu (fixture, 1, 0),
                   "Move to Spring 2025");
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (courses_of (fixture, 1)), ==, 0);

  /* "Move Down" and "Move Up" reorder the term */
  career_courses_view_add_course (fixture->view, "tp/a302", 0, -1);
  flush ();
  {
    g_autoptr(GMenuModel) menu = entry_menu (fixture, 0, 0);
    g_assert_false (activate_item (entry_menu_button (fixture, 0, 0), menu, "Move Up"));
  }
  click_menu_item (entry_menu_button (fixture, 0, 0), entry_menu (fixture, 0, 0), "Move Down");
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a302 a101");
  g_clear_pointer (&text, g_free);
  click_menu_item (entry_menu_button (fixture, 0, 1), entry_menu (fixture, 0, 1), "Move Up");
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101 a302");
  g_clear_pointer (&text, g_free);

  click_menu_item (entry_menu_button (fixture, 0, 1), entry_menu (fixture, 0, 1), "Remove");
  click_menu_item (entry_menu_button (fixture, 0, 0), entry_menu (fixture, 0, 0), "Remove");
  g_assert_cmpuint (g_list_model_get_n_items (courses_of (fixture, 0)), ==, 0);

  /* The term's menu: "Remove Term" */
  {
    g_autoptr(CareerTerm) term = g_list_model_get_item (career_plan_get_terms (fixture->plan), 0);

    g_ptr_array_set_size (buttons, 0);
    find_widgets (career_courses_view_get_term_card (fixture->view, 0), "GtkMenuButton", buttons);
    click_menu_item (g_ptr_array_index (buttons, 0), career_plan_dup_term_menu (fixture->plan, term),
                     "Remove Term");
  }
  g_assert_cmpuint (n_terms (fixture), ==, 1);

  g_assert_true (career_plan_undo (fixture->plan));
  g_assert_cmpuint (n_terms (fixture), ==, 2);
}

/* Drops on a term card: a course id from the catalog, an entry from a term */

static gboolean
drop_on (GtkWidget    *card,
         const GValue *value,
         double        y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (card);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          g_signal_emit_by_name (controller, "drop", value, 20.0, y, &handled);
          flush ();
          return handled;
        }
    }
  g_assert_not_reached ();
}

static void
test_drops (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(GValue) course = G_VALUE_INIT;
  g_auto(GValue) entry = G_VALUE_INIT;
  g_autofree char *text = NULL;
  GtkWidget *card;
  double y;

  gtk_window_present (GTK_WINDOW (fixture->window));
  choose_program (fixture);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2025);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025);
  career_courses_view_add_course (fixture->view, "tp/a101", 0, -1);
  career_courses_view_add_course (fixture->view, "tp/a302", 0, -1);
  flush ();

  /* A course from the catalog, dropped on the term's header: at its end */
  card = career_courses_view_get_term_card (fixture->view, 1);
  g_value_init (&course, G_TYPE_STRING);
  g_value_set_string (&course, "tp/a201");
  g_assert_true (drop_on (card, &course, 5));
  text = term_courses (fixture, 1);
  g_assert_cmpstr (text, ==, "a201");
  g_clear_pointer (&text, g_free);

  /* Dropped on a course row: before it */
  card = career_courses_view_get_term_card (fixture->view, 0);
  y = wait_for_place (card, entry_row (fixture, 0, 1));
  g_value_set_string (&course, "tp/a301");
  g_assert_true (drop_on (card, &course, y + 5));
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a101 a301 a302");
  g_clear_pointer (&text, g_free);

  /* Not a course of the catalog: refused */
  g_value_set_string (&course, "some text");
  g_assert_false (drop_on (card, &course, 5));

  /* An entry of Spring dropped on Fall: moved to its end */
  g_value_init (&entry, CAREER_TYPE_PLAN_COURSE);
  g_value_take_object (&entry, g_list_model_get_item (courses_of (fixture, 0), 0));
  g_assert_true (drop_on (career_courses_view_get_term_card (fixture->view, 1), &entry, 5));
  text = term_courses (fixture, 0);
  g_assert_cmpstr (text, ==, "a301 a302");
  g_clear_pointer (&text, g_free);
  text = term_courses (fixture, 1);
  g_assert_cmpstr (text, ==, "a201 a101");
  g_clear_pointer (&text, g_free);

  /* Within a term, onto the row above it: the two swap */
  card = career_courses_view_get_term_card (fixture->view, 1);
  y = wait_for_place (card, entry_row (fixture, 1, 0));
  g_value_reset (&entry);
  g_value_take_object (&entry, g_list_model_get_item (courses_of (fixture, 1), 1));
  g_assert_true (drop_on (card, &entry, y + 5));
  text = term_courses (fixture, 1);
  g_assert_cmpstr (text, ==, "a101 a201");
  g_clear_pointer (&text, g_free);

  /* Each drop is one undo step */
  g_assert_true (career_plan_undo (fixture->plan));
  text = term_courses (fixture, 1);
  g_assert_cmpstr (text, ==, "a201 a101");
}

/* Other learning, transfer credit and weekly hours */

static void
test_other_learning_and_transfer (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(CareerOtherLearning) item = career_other_learning_new ("Testing MOOC",
                                                                   CAREER_LEARNING_KIND_MOOC, 4);
  g_autoptr(CareerTerm) term = NULL;
  GtkSpinButton *hours = GTK_SPIN_BUTTON (template_child (fixture, "hours_spin"));
  g_autoptr(GString) labels = g_string_new (NULL);
  double before;

  choose_program (fixture);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025);
  term = g_list_model_get_item (career_plan_get_terms (fixture->plan), 0);

  career_other_learning_add_skill (item, "t", 2);
  career_courses_view_add_other_learning (fixture->view, 0, item);
  flush ();
  g_assert_cmpuint (g_list_model_get_n_items (career_term_get_other_learning (term)), ==, 1);
  collect_labels (career_courses_view_get_term_card (fixture->view, 0), labels);
  g_assert_nonnull (strstr (labels->str, "Testing MOOC"));
  g_assert_nonnull (strstr (labels->str, "Testing (level 2)"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "courses.remove-learning",
                                             "(uu)", 0, 0));
  g_assert_cmpuint (g_list_model_get_n_items (career_term_get_other_learning (term)), ==, 0);

  g_assert_nonnull (career_courses_view_add_transfer_credit (fixture->view, "Graph theory", 3,
                                                             "Approved"));
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_transfer_credits (fixture->plan)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "courses.remove-transfer",
                                             "u", 0));
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_transfer_credits (fixture->plan)), ==, 0);

  /* Weekly hours: clicks on the spin button are one undo step, committed
   * after a pause or when the focus leaves */
  before = career_plan_get_weekly_hours (fixture->plan);
  gtk_spin_button_set_value (hours, before + 1);
  gtk_spin_button_set_value (hours, before + 2);
  gtk_spin_button_set_value (hours, before + 3);
  g_assert_cmpfloat (career_plan_get_weekly_hours (fixture->plan), ==, before);
  career_courses_view_commit_weekly_hours (fixture->view);
  g_assert_cmpfloat (career_plan_get_weekly_hours (fixture->plan), ==, before + 3);
  g_assert_true (career_plan_undo (fixture->plan));
  g_assert_cmpfloat (career_plan_get_weekly_hours (fixture->plan), ==, before);
  flush ();
  g_assert_cmpfloat (gtk_spin_button_get_value (hours), ==, before);
}

/* The catalog's search and filters */

static void
test_catalog_filters (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkListView *list = GTK_LIST_VIEW (template_child (fixture, "course_list"));
  CareerCoursesView *view = fixture->view;

  choose_program (fixture);
  career_courses_view_add_term (view, CAREER_SEASON_SPRING, 2025);
  flush ();

  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (shown_list (list)), ==, 4);

  /* Search: code, title and description, in any case */
  career_courses_view_set_filters (view, "FUZZ", FALSE, FALSE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 1);
  career_courses_view_set_filters (view, "tst 2", FALSE, FALSE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 1);
  career_courses_view_set_filters (view, "generators", FALSE, FALSE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 1);
  career_courses_view_set_filters (view, "testing", FALSE, FALSE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 2);
  career_courses_view_set_filters (view, "no such course", FALSE, FALSE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (template_child (fixture, "catalog_stack"))),
                   ==, "empty");

  /* Eligible now: with an empty plan, the courses without prerequisites */
  career_courses_view_set_filters (view, NULL, TRUE, FALSE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (template_child (fixture, "catalog_stack"))),
                   ==, "list");

  /* Planning TST 101 makes TST 201 eligible: the filter follows the plan */
  g_assert_nonnull (career_courses_view_add_course (view, "tp/a101", 0, -1));
  flush ();
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 3);

  /* Not yet planned, alone and with eligible now */
  career_courses_view_set_filters (view, NULL, FALSE, TRUE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 3);
  career_courses_view_set_filters (view, NULL, TRUE, TRUE, NULL);
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 2);

  /* A skill taught */
  career_courses_view_set_filters (view, NULL, FALSE, FALSE, "t");
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 2);
  career_courses_view_set_filters (view, "fuzz", FALSE, FALSE, "t");
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 1);

  /* Each row says what it knows, a line each: kind, credits and workload;
   * the terms offered; the skills taught; the prerequisites */
  career_courses_view_set_filters (view, "fuzzing", FALSE, FALSE, NULL);
  flush ();
  {
    g_autoptr(GString) text = g_string_new (NULL);

    /* The list was empty: off screen, it waits for its map to show rows */
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (shown_list (list)), ==, 1);
    collect_labels (GTK_WIDGET (list), text);
    g_assert_cmpstr (text->str, ==,
                     "TST 301 · Fuzzing\n"
                     "Coverage-guided input generation\n"
                     "Elective · 4 credits · Workload not known\n"
                     "Terms offered not known\n"
                     "Teaches Testing 4\n"
                     "Requires TST 201\n");
  }

  /* The row stays when a search changes what it shows (a CareerListSlot
   * takes the next course), and follows its slot even when the list view
   * hears of no change, as GTK after 4.8 does not bind it again */
  {
    GListModel *slots = gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (list)));
    g_autoptr(CareerListSlot) slot = g_list_model_get_item (slots, 0);
    g_autoptr(GString) text = g_string_new (NULL);

    career_list_slot_set_item (slot, career_catalog_lookup_course (fixture->catalog, "tp/a302"));
    flush ();
    collect_labels (GTK_WIDGET (list), text);
    g_assert_true (g_str_has_prefix (text->str, "TST 302 · Mutation Testing\nMutants\n"));
  }

  /* Core (named by a requirement: 101, 201, 302) or elective (301, only
   * in the electives' list), credits and workload */
  career_courses_view_set_filters (view, NULL, FALSE, FALSE, NULL);
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_CORE, 0, 0));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 3);
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_ELECTIVE, 0, 0));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 1);
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_NOT_KNOWN, 4, 0));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 1);
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_NOT_KNOWN, 3, 0));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 3);
  g_assert_false (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_NOT_KNOWN, 5, 0));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 3);
  /* Up to 10 h: 101 (10) and 302 (8); not 201 (12), nor 301, whose
   * workload is not known */
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_NOT_KNOWN, 0, 10));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 2);
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_NOT_KNOWN, 0, 15));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 3);
  /* All at once: the core courses of 3 credits and up to 10 h */
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_CORE, 3, 10));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 2);
  /* The elective of up to 10 h: only 301, whose workload is not known;
   * the empty page says the filter hides what the catalog does not know */
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_ELECTIVE, 0, 10));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 0);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (template_child (fixture, "catalog_empty"))),
                            "does not say"));
  g_assert_true (career_courses_view_set_course_filters (view, CAREER_COURSE_KIND_NOT_KNOWN, 0, 0));
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 4);

  /* Undo the course: eligible now shrinks again */
  career_courses_view_set_filters (view, NULL, TRUE, FALSE, NULL);
  g_assert_true (career_plan_undo (fixture->plan));
  flush ();
  g_assert_cmpuint (career_courses_view_get_n_shown_courses (view), ==, 2);
}

/* Warnings and overrides */

static void
test_warnings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GString) labels = g_string_new (NULL);
  GtkWidget *line;

  choose_program (fixture);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2026);

  /* TST 201 without TST 101 in an earlier term */
  g_assert_nonnull (career_courses_view_add_course (fixture->view, "tp/a201", 0, -1));
  flush ();
  collect_warnings (entry_row (fixture, 0, 0), lines);
  g_assert_cmpuint (lines->len, ==, 1);
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (line), "warning-kind"), ==,
                   CAREER_PLAN_WARNING_PREREQUISITE);
  collect_labels (line, labels);
  g_assert_nonnull (strstr (labels->str, "Needs TST 101 in an earlier term"));
  g_assert_false (gtk_widget_has_css_class (line, "dim-label"));

  /* "Override…": a note in the popover, then "Override" */
  {
    g_autoptr(GPtrArray) found = g_ptr_array_new ();
    GtkWidget *button = gtk_grid_get_child_at (GTK_GRID (line), 2, 0);
    GtkPopover *popover;
    GtkWidget *confirm = NULL;

    gtk_window_present (GTK_WINDOW (fixture->window));
    wait_until_mapped (button);
    /* Made when first opened */
    g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
    wait_until_mapped (GTK_WIDGET (popover));
    find_widgets (GTK_WIDGET (popover), "GtkEntry", found);
    g_assert_cmpuint (found->len, ==, 1);
    gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (found, 0)), "Took it elsewhere");
    g_ptr_array_set_size (found, 0);
    find_widgets (GTK_WIDGET (popover), "GtkButton", found);
    for (guint i = 0; i < found->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (found, i)), "_Override") == 0)
        confirm = g_ptr_array_index (found, i);
    g_assert_nonnull (confirm);
    g_assert_true (gtk_widget_get_sensitive (confirm));
    g_signal_emit_by_name (confirm, "clicked");
  }
  {
    g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses_of (fixture, 0), 0);
    g_assert_cmpstr (career_plan_course_get_override (entry, CAREER_PLAN_WARNING_PREREQUISITE),
                     ==, "Took it elsewhere");
  }
  flush ();
  g_ptr_array_set_size (lines, 0);
  g_string_truncate (labels, 0);
  collect_warnings (entry_row (fixture, 0, 0), lines);
  g_assert_cmpuint (lines->len, ==, 1);
  line = g_ptr_array_index (lines, 0);
  g_assert_true (gtk_widget_has_css_class (line, "dim-label"));
  g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (line), "overridden")));
  collect_labels (line, labels);
  g_assert_nonnull (strstr (labels->str, "Needs TST 101 in an earlier term"));
  g_assert_nonnull (strstr (labels->str, "Took it elsewhere"));

  /* An empty note removes the override: the warning is live again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "courses.set-override",
                                             "(uuss)", 0, 0, CAREER_PLAN_WARNING_PREREQUISITE, ""));
  flush ();
  g_ptr_array_set_size (lines, 0);
  collect_warnings (entry_row (fixture, 0, 0), lines);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (lines, 0), "dim-label"));

  /* Moving TST 201 after TST 101: no prerequisite warning, but it is not
   * offered in spring */
  g_assert_nonnull (career_courses_view_add_course (fixture->view, "tp/a101", 0, -1));
  g_assert_true (career_courses_view_move_course (fixture->view, 0, 0, 1, -1));
  flush ();
  g_ptr_array_set_size (lines, 0);
  collect_warnings (entry_row (fixture, 0, 0), lines);
  g_assert_cmpuint (lines->len, ==, 0);
  collect_warnings (entry_row (fixture, 1, 0), lines);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (g_ptr_array_index (lines, 0)), "warning-kind"), ==,
                   CAREER_PLAN_WARNING_OFFERING);

  /* Capacity: 10 h of TST 101 against 5 h a week, on the term's footer */
  g_assert_true (career_plan_set_weekly_hours (fixture->plan, 5));
  flush ();
  g_ptr_array_set_size (lines, 0);
  collect_warnings (career_courses_view_get_term_card (fixture->view, 0), lines);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (g_ptr_array_index (lines, 0)), "warning-kind"), ==,
                   CAREER_PLAN_WARNING_CAPACITY);
}

/* The degree audit section */

static const char *
audit_subtitle (Fixture    *fixture,
                const char *title)
{
  GtkWidget *row = career_course_audit_find_row (career_courses_view_get_audit (fixture->view),
                                                 title);

  g_assert_nonnull (row);
  return g_object_get_data (G_OBJECT (row), "audit-subtitle");
}

static void
test_audit (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *row;

  choose_program (fixture);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2025);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025);
  career_courses_view_add_course (fixture->view, "tp/a101", 0, -1);
  career_courses_view_set_course_status (fixture->view, 0, 0, CAREER_COURSE_STATUS_COMPLETED);
  career_courses_view_add_course (fixture->view, "tp/a201", 1, -1);
  flush ();

  /* The figures above the board keep their height in a tall window: nothing
   * in them asks for the spare height */
  g_assert_false (gtk_widget_compute_expand (template_child (fixture, "stats_box"),
                                             GTK_ORIENTATION_VERTICAL));

  /* TST 101 done; "Advanced" met by the planned TST 201; no elective yet */
  g_assert_cmpstr (audit_subtitle (fixture, "TST 101"), ==,
                   "Met · Completed in Spring 2025\nCompleted: Met");
  g_assert_cmpstr (audit_subtitle (fixture, "Advanced"), ==, "Met · 1 of 1\nCompleted: 0 of 1");
  row = career_course_audit_find_row (career_courses_view_get_audit (fixture->view), "Advanced");
  g_assert_true (CAREER_IS_EXPANDER_ROW (row));
  g_assert_cmpstr (audit_subtitle (fixture, "Electives"), ==,
                   "Not met · 0 of 3 credits\nCompleted: 0 of 3 credits");
  g_assert_true (g_str_has_prefix (audit_subtitle (fixture, "Degree requirements"),
                                   "Partly met · 2 of 3\nCompleted: 1 of 3"));
  g_assert_cmpstr (audit_subtitle (fixture, "Credits"), ==,
                   "Planned: 6 of 9 credits\nCompleted: 3 of 9 credits");
  g_assert_true (g_str_has_prefix (audit_subtitle (fixture, "Expected Graduation"),
                                   "Not in this plan"));
  g_assert_true (g_str_has_prefix (audit_subtitle (fixture, "Tuition"), "600 USD\n"));

  /* An elective completes the degree in fall 2025 */
  career_courses_view_add_course (fixture->view, "tp/a302", 1, -1);
  flush ();
  g_assert_cmpstr (audit_subtitle (fixture, "Electives"), ==,
                   "Met · 3 of 3 credits\nCompleted: 0 of 3 credits");
  g_assert_cmpstr (audit_subtitle (fixture, "Whole Degree"), ==,
                   "With the planned courses: Met\nCompleted: Partly met");
  g_assert_true (g_str_has_prefix (audit_subtitle (fixture, "Expected Graduation"), "Fall 2025\n"));

  /* Undo follows */
  g_assert_true (career_plan_undo (fixture->plan));
  flush ();
  g_assert_cmpstr (audit_subtitle (fixture, "Electives"), ==,
                   "Not met · 0 of 3 credits\nCompleted: 0 of 3 credits");
}

/* The skills after each term: for the role Tester (Basics 3, Testing 4),
 * starting from nothing.  Spring: TST 101 teaches Basics 2.  Fall: TST 201
 * (see the catalog) and other learning.  The card's expander says what each
 * term raises and what is left; the header gives the fit. */
static void
test_skills_after_term (Fixture       *fixture,
                        gconstpointer  data)
{
  CareerTermCard *spring, *fall;
  g_autofree char *spring_text = NULL;
  GtkWidget *expander;

  choose_program (fixture);
  career_plan_set_target_role_id (fixture->plan, "r");
  career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2025);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025);
  career_courses_view_add_course (fixture->view, "tp/a101", 0, -1);
  career_courses_view_set_course_status (fixture->view, 0, 0, CAREER_COURSE_STATUS_COMPLETED);
  flush ();

  spring = CAREER_TERM_CARD (career_courses_view_get_term_card (fixture->view, 0));
  fall = CAREER_TERM_CARD (career_courses_view_get_term_card (fixture->view, 1));
  expander = career_term_card_get_skills_expander (spring);
  g_assert_true (gtk_widget_get_visible (expander));
  spring_text = g_strdup (career_term_card_get_skills_text (spring));
  /* Basics 0 -> 2 by TST 101; left: Testing 0 of 4 (weighted 8) before
   * Basics 2 of 3 (weighted 3) */
  g_assert_cmpstr (spring_text, ==,
                   "Basics 0 → 2, by TST 101 (Completed)\n"
                   "Still below the target: Testing 0 of 4, Basics 2 of 3");
  g_assert_cmpstr (career_term_card_get_skills_text (fall), ==,
                   "No skill rises in this term\n"
                   "Still below the target: Testing 0 of 4, Basics 2 of 3");

  /* Fall: TST 302 teaches Basics 3, and nothing reaches Testing 4 */
  career_courses_view_add_course (fixture->view, "tp/a302", 1, -1);
  flush ();
  g_assert_cmpstr (career_term_card_get_skills_text (fall), ==,
                   "Basics 2 → 3, by TST 302 (Planned)\n"
                   "Still below the target: Testing 0 of 4");
  g_assert_cmpstr (career_term_card_get_skills_text (spring), ==, spring_text);

  /* Without a target role: the raises, and no gaps */
  career_plan_set_target_role_id (fixture->plan, NULL);
  flush ();
  g_assert_cmpstr (career_term_card_get_skills_text (fall), ==,
                   "Basics 2 → 3, by TST 302 (Planned)");
}

/* The cards of a plan's terms: the first two at once, the others in the
 * frames that show the board, each as it would be if made at once */
static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);

  gtk_widget_queue_draw (widget);
  while (gdk_frame_clock_get_frame_counter (clock) == frame)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  GtkListBox    *list;
  GdkFrameClock *clock;
  gulong         handler;
  guint          n_rows;
} FirstPaint;

static void
on_first_paint_count_cb (GdkFrameClock *clock,
                         FirstPaint    *first_paint)
{
  first_paint->n_rows = count_rows (first_paint->list);
  g_signal_handler_disconnect (clock, first_paint->handler);
}

/* Counts @list's rows once the frame that first shows it is drawn */
static void
on_map_count_at_paint_cb (GtkWidget  *list,
                          FirstPaint *first_paint)
{
  if (first_paint->handler != 0)
    return;
  first_paint->list = GTK_LIST_BOX (list);
  first_paint->clock = gtk_widget_get_frame_clock (list);
  first_paint->handler = g_signal_connect (first_paint->clock, "after-paint",
                                           G_CALLBACK (on_first_paint_count_cb), first_paint);
}

static void
test_cards_over_frames (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkListBox *terms = GTK_LIST_BOX (template_child (fixture, "terms_list"));
  FirstPaint first_paint = { 0 };
  g_autoptr(CareerPlan) other = career_plan_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint n_frames = 0;

  choose_program (fixture);
  for (guint i = 0; i < 5; i++)
    career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2025 + i);
  g_assert_nonnull (career_courses_view_add_course (fixture->view, "tp/a101", 4, -1));
  flush ();
  /* Terms added one by one come at once */
  g_assert_cmpuint (count_rows (terms), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      GString *text = g_string_new (NULL);

      collect_labels (career_courses_view_get_term_card (fixture->view, i), text);
      g_ptr_array_add (texts, g_string_free (text, FALSE));
    }

  /* The plan shown again, off screen: two cards until it is shown */
  career_courses_view_set_plan (fixture->view, other);
  career_courses_view_set_plan (fixture->view, fixture->plan);
  flush ();
  g_assert_cmpuint (count_rows (terms), ==, 2);

  /* The frame that first shows them draws those two only (fix 44) */
  g_signal_connect (terms, "map", G_CALLBACK (on_map_count_at_paint_cb), &first_paint);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (GTK_WIDGET (terms));
  while (first_paint.n_rows == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (first_paint.n_rows, ==, 2);
  while (count_rows (terms) < 5)
    {
      guint before = count_rows (terms);

      wait_for_frame (GTK_WIDGET (terms));
      g_assert_cmpuint (count_rows (terms), <=, before + 1);
      g_assert_cmpuint (++n_frames, <, 100);
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      collect_labels (career_courses_view_get_term_card (fixture->view, i), text);
      g_assert_cmpstr (text->str, ==, g_ptr_array_index (texts, i));
    }

  /* Asked for a card, the view makes them all */
  career_courses_view_set_plan (fixture->view, other);
  career_courses_view_set_plan (fixture->view, fixture->plan);
  g_assert_cmpuint (count_rows (terms), ==, 2);
  g_assert_nonnull (career_courses_view_get_term_card (fixture->view, 4));
  g_assert_cmpuint (count_rows (terms), ==, 5);

  /* While the cards grow, a term added after them waits its turn; one
   * added among them shows the plan's terms at once */
  career_courses_view_set_plan (fixture->view, other);
  career_courses_view_set_plan (fixture->view, fixture->plan);
  g_assert_cmpuint (count_rows (terms), ==, 2);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2035);
  g_assert_cmpuint (count_rows (terms), ==, 2);
  career_courses_view_add_term (fixture->view, CAREER_SEASON_SPRING, 2020);
  g_assert_cmpuint (n_terms (fixture), ==, 7);
  g_assert_cmpuint (count_rows (terms), ==, 7);
}

/* The text a widget's render node shows, as GTK last drew it (none for
 * the children a CareerCull left out) */
static guint
count_text_nodes (GskRenderNode *node)
{
  guint n = 0;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      return 1;
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        n += count_text_nodes (gsk_container_node_get_child (node, i));
      return n;
    case GSK_TRANSFORM_NODE:
      return count_text_nodes (gsk_transform_node_get_child (node));
    case GSK_OPACITY_NODE:
      return count_text_nodes (gsk_opacity_node_get_child (node));
    case GSK_CLIP_NODE:
      return count_text_nodes (gsk_clip_node_get_child (node));
    case GSK_ROUNDED_CLIP_NODE:
      return count_text_nodes (gsk_rounded_clip_node_get_child (node));
    case GSK_DEBUG_NODE:
      return count_text_nodes (gsk_debug_node_get_child (node));
    case GSK_COLOR_MATRIX_NODE:
      return count_text_nodes (gsk_color_matrix_node_get_child (node));
    case GSK_SHADOW_NODE:
      return count_text_nodes (gsk_shadow_node_get_child (node));
    default:
      return 0;
    }
}

static guint
drawn_text (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  /* Appends the node the widget keeps, or makes it if it was dropped */
  gtk_widget_snapshot_child (gtk_widget_get_parent (widget), widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  return node != NULL ? count_text_nodes (node) : 0;
}

static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);

  /* Nothing is queued here: the frames come from what the test changed */
  for (guint i = 0; i < 200 && gdk_frame_clock_get_frame_counter (clock) < frame + n; i++)
    {
      gboolean done = FALSE;

      g_timeout_add (20, set_true_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_cards_below_the_fold (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *scroller = template_child (fixture, "board_scroller");
  GtkWidget *audit = template_child (fixture, "audit");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *first;
  GtkWidget *last;
  GtkWidget *near = NULL;

  choose_program (fixture);
  for (guint i = 0; i < 8; i++)
    {
      career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025 + i);
      g_assert_nonnull (career_courses_view_add_course (fixture->view, "tp/a302", i, -1));
    }
  first = career_courses_view_get_term_card (fixture->view, 0);
  last = career_courses_view_get_term_card (fixture->view, 7);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 400);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_mapped (last);
  wait_frames (last, 3);

  /* What the window shows is drawn; what is pages below it is not */
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 3 * gtk_widget_get_height (scroller));
  g_assert_cmpuint (drawn_text (first), >, 0);
  g_assert_cmpuint (drawn_text (last), ==, 0);
  g_assert_cmpuint (drawn_text (audit), ==, 0);

  /* A window made taller brings a card near without moving it */
  for (guint i = 0; i < 8 && near == NULL; i++)
    {
      GtkWidget *card = career_courses_view_get_term_card (fixture->view, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (card, scroller, &bounds));
      if (bounds.origin.y > 1.5 * gtk_widget_get_height (scroller) && bounds.origin.y < 700)
        near = card;
    }
  g_assert_nonnull (near);
  g_assert_cmpuint (drawn_text (near), ==, 0);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 900);
  for (guint i = 0; i < 100 && gtk_widget_get_height (scroller) < 800; i++)
    wait_frames (scroller, 1);
  g_assert_cmpint (gtk_widget_get_height (scroller), >=, 800);
  g_assert_cmpuint (drawn_text (near), >, 0);
  g_assert_cmpuint (drawn_text (last), ==, 0);

  /* Scrolling to the end draws the audit, in the frame that shows it */
  g_assert_cmpuint (drawn_text (audit), ==, 0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  wait_frames (scroller, 1);
  g_assert_cmpuint (drawn_text (audit), >, 0);
  g_assert_cmpuint (drawn_text (last), >, 0);

  /* A view shown again draws anew what it shows and no more */
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), FALSE);
  gtk_adjustment_set_value (adjustment, 0);
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), TRUE);
  wait_frames (scroller, 2);
  g_assert_cmpuint (drawn_text (first), >, 0);
  g_assert_cmpuint (drawn_text (last), ==, 0);
  g_assert_cmpuint (drawn_text (audit), ==, 0);

  /* The keyboard focus moved into the last card scrolls to it and draws it */
  g_assert_true (gtk_widget_child_focus (last, GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < 100; i++)
    {
      double value = gtk_adjustment_get_value (adjustment);

      /* The scroll is animated */
      wait_frames (scroller, 1);
      if (value > 0 && gtk_adjustment_get_value (adjustment) == value)
        break;
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_cmpuint (drawn_text (last), >, 0);
}

/* Removing a term with the focus in it (its menu's button) keeps the
 * board where it was: the focus goes to the term that takes its place, or
 * to the one before the last, not back to the start of the board */
static void
test_remove_term_keeps_place (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *scroller = template_child (fixture, "board_scroller");
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *card, *focus;
  double value;

  choose_program (fixture);
  for (guint i = 0; i < 8; i++)
    {
      career_courses_view_add_term (fixture->view, CAREER_SEASON_FALL, 2025 + i);
      g_assert_nonnull (career_courses_view_add_course (fixture->view, "tp/a302", i, -1));
    }
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 400);
  gtk_window_present (GTK_WINDOW (fixture->window));
  card = career_courses_view_get_term_card (fixture->view, 7);
  wait_until_mapped (card);
  wait_frames (card, 3);

  /* The last term, its first control focused, scrolled into view */
  g_assert_true (gtk_widget_child_focus (card, GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < 100 && gtk_adjustment_get_value (adjustment) == 0; i++)
    wait_frames (scroller, 1);
  wait_frames (scroller, 30);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (value, >, 0);

  career_courses_view_remove_term (fixture->view, 7);
  wait_frames (scroller, 30);
  card = career_courses_view_get_term_card (fixture->view, 6);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, card));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, value / 2);

  /* A term in the middle: the next one takes its place and the focus */
  g_assert_true (gtk_widget_child_focus (career_courses_view_get_term_card (fixture->view, 3),
                                         GTK_DIR_TAB_FORWARD));
  wait_frames (scroller, 30);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (value, >, 0);
  career_courses_view_remove_term (fixture->view, 3);
  wait_frames (scroller, 30);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, career_courses_view_get_term_card (fixture->view, 3)));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, value / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_message ("No display; run the suite with build-aux/dev test");
      return 77;
    }

  /* Windows are shown here; no screen reader is needed to test the view. */
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_init ();
  adw_init ();
  /* The application class registers the UI resources. */
  g_type_class_unref (g_type_class_ref (CAREER_TYPE_APPLICATION));

  g_test_add_func ("/courses-view/plain-decisions", test_plain_decisions);
#define ADD(path, func) \
  g_test_add ("/courses-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("empty-states", test_empty_states);
  ADD ("terms", test_terms);
  ADD ("forms", test_forms);
  ADD ("add-move-remove", test_add_move_remove);
  ADD ("row-menus", test_row_menus);
  ADD ("drops", test_drops);
  ADD ("other-learning-and-transfer", test_other_learning_and_transfer);
  ADD ("catalog-filters", test_catalog_filters);
  ADD ("warnings", test_warnings);
  ADD ("audit", test_audit);
  ADD ("skills-after-term", test_skills_after_term);
  ADD ("cards-over-frames", test_cards_over_frames);
  ADD ("cards-below-the-fold", test_cards_below_the_fold);
  ADD ("remove-term-keeps-place", test_remove_term_keeps_place);
#undef ADD

  return g_test_run ();
}
