/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Builds every template and checks that each view shows the catalog through
 * its list models. Runs under Xvfb (build-aux/dev test provides one).
 */
#include "config.h"

#include <adwaita.h>

#include "career-application.h"
#include "career-compare-view.h"
#include "career-courses-view.h"
#include "career-skills-view.h"
#include "career-window.h"

static CareerCatalog *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_load_builtin (catalog, &error);
  g_assert_no_error (error);
  return catalog;
}

static void
test_window_template (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;

  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (window, CAREER_TYPE_WINDOW, "stack"));
  g_assert_nonnull (stack);

  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 3);
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "compare"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "skills"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "courses"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_compare_view_lists_roles (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  GtkWidget *view = g_object_ref_sink (g_object_new (CAREER_TYPE_COMPARE_VIEW, NULL));
  GtkListBox *list;
  GListModel *roles = career_catalog_get_roles (catalog);
  guint n_roles = g_list_model_get_n_items (roles);

  career_compare_view_set_catalog (CAREER_COMPARE_VIEW (view), catalog);
  list = GTK_LIST_BOX (gtk_widget_get_template_child (view, CAREER_TYPE_COMPARE_VIEW,
                                                      "roles_list"));
  g_assert_cmpuint (n_roles, >=, 2);

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr(CareerRole) role = g_list_model_get_item (roles, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      g_assert_nonnull (row);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       career_role_get_title (role));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                       career_role_get_summary (role));
    }
  g_assert_null (gtk_list_box_get_row_at_index (list, n_roles));

  g_object_unref (view);
}

static void
test_skills_view_groups_by_category (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  GtkWidget *view = g_object_ref_sink (g_object_new (CAREER_TYPE_SKILLS_VIEW, NULL));
  GtkListView *list;
  GListModel *model;
  guint n_categories = g_list_model_get_n_items (career_catalog_get_categories (catalog));
  guint n_skills = g_list_model_get_n_items (career_catalog_get_skills (catalog));
  guint seen_skills = 0;

  career_skills_view_set_catalog (CAREER_SKILLS_VIEW (view), catalog);
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                       "list_view"));
  model = G_LIST_MODEL (gtk_list_view_get_model (list));

  /* Every category is expanded: its row is followed by its skills. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_categories + n_skills);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (CAREER_IS_SKILL (item))
        {
          g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);
          g_autoptr(GObject) category = gtk_tree_list_row_get_item (parent);

          g_assert_cmpstr (career_skill_get_category_id (CAREER_SKILL (item)), ==,
                           career_category_get_id (CAREER_CATEGORY (category)));
          seen_skills++;
        }
      else
        {
          g_assert_true (CAREER_IS_CATEGORY (item));
          g_assert_cmpuint (gtk_tree_list_row_get_depth (row), ==, 0);
        }
    }
  g_assert_cmpuint (seen_skills, ==, n_skills);

  g_object_unref (view);
}

static void
test_courses_view_follows_program (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  GtkWidget *view = g_object_ref_sink (g_object_new (CAREER_TYPE_COURSES_VIEW, NULL));
  GtkDropDown *dropdown;
  GtkListView *list;
  GListModel *programs = career_catalog_get_programs (catalog);

  career_courses_view_set_catalog (CAREER_COURSES_VIEW (view), catalog);
  dropdown = GTK_DROP_DOWN (gtk_widget_get_template_child (view, CAREER_TYPE_COURSES_VIEW,
                                                           "program_dropdown"));
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, CAREER_TYPE_COURSES_VIEW,
                                                       "course_list"));
  g_assert_cmpuint (g_list_model_get_n_items (programs), >=, 2);

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);
      GListModel *shown;

      gtk_drop_down_set_selected (dropdown, i);
      shown = G_LIST_MODEL (gtk_list_view_get_model (list));
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                        g_list_model_get_n_items (career_program_get_courses (program)));

      for (guint k = 0; k < g_list_model_get_n_items (shown); k++)
        {
          g_autoptr(CareerCourse) course = g_list_model_get_item (shown, k);
          g_assert_cmpstr (career_course_get_program_id (course), ==,
                           career_program_get_id (program));
        }
    }

  g_object_unref (view);
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

  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui/window-template", test_window_template);
  g_test_add_func ("/ui/compare-view/lists-roles", test_compare_view_lists_roles);
  g_test_add_func ("/ui/skills-view/groups-by-category", test_skills_view_groups_by_category);
  g_test_add_func ("/ui/courses-view/follows-program", test_courses_view_follows_program);

  return g_test_run ();
}
