/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "career-autosave.h"
#include "career-plan-file.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

static void
test_write_list_remove (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("career-autosave-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmp, "deeper", "autosave", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);
  g_autoptr(GFile) origin = g_file_new_for_path ("/home/ada/plans/mine.careerplan");
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlan) unsaved = career_plan_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(CareerPlan) reread = NULL;
  CareerAutosave *first, *second;

  g_assert_no_error (error);

  /* A missing folder holds no copies. */
  list = career_autosave_list (directory);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  career_plan_set_level (plan, "python", 3, NULL);
  career_plan_set_name (unsaved, "Draft");

  /* The folder is made on the first write. */
  g_assert_true (career_autosave_write (directory, "aaaa-1", plan, origin, &error));
  g_assert_no_error (error);
  g_assert_true (career_autosave_write (directory, "bbbb-2", unsaved, NULL, &error));
  g_assert_no_error (error);

  list = career_autosave_list (directory);
  g_assert_cmpuint (list->len, ==, 2);
  first = g_ptr_array_index (list, 0);
  second = g_ptr_array_index (list, 1);
  if (g_strcmp0 (first->id, "aaaa-1") != 0)
    {
      CareerAutosave *swap = first;
      first = second;
      second = swap;
    }
  g_assert_cmpstr (first->id, ==, "aaaa-1");
  g_assert_true (g_file_equal (first->origin, origin));
  g_assert_cmpstr (second->id, ==, "bbbb-2");
  g_assert_null (second->origin);

  /* The copy is a plan like any other. */
  reread = career_plan_file_load (first->plan_file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (career_plan_get_level (reread, "python"), ==, 3);

  /* Writing again replaces the copy; removing leaves the others. */
  career_plan_set_level (plan, "python", 4, NULL);
  g_assert_true (career_autosave_write (directory, "aaaa-1", plan, origin, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = career_autosave_list (directory);
  g_assert_cmpuint (list->len, ==, 2);

  career_autosave_remove (directory, "aaaa-1");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = career_autosave_list (directory);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((CareerAutosave *) g_ptr_array_index (list, 0))->id, ==, "bbbb-2");

  career_autosave_remove (directory, "bbbb-2");
  remove_tree (path);
  {
    g_autofree char *deeper = g_build_filename (tmp, "deeper", NULL);
    g_rmdir (deeper);
  }
  g_rmdir (tmp);
}

static void
test_mark_unsaved (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();

  /* A recovered plan is unsaved until saved, and undo cannot clear that. */
  g_assert_false (career_plan_get_modified (plan));
  career_plan_mark_unsaved (plan);
  g_assert_true (career_plan_get_modified (plan));
  career_plan_set_level (plan, "python", 2, NULL);
  career_plan_undo (plan);
  g_assert_true (career_plan_get_modified (plan));
  career_plan_mark_saved (plan);
  g_assert_false (career_plan_get_modified (plan));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autosave/write-list-remove", test_write_list_remove);
  g_test_add_func ("/autosave/mark-unsaved", test_mark_unsaved);

  return g_test_run ();
}
