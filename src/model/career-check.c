/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * `career-planner --check PATH...`: validates catalog folders, catalog
 * files and plans against the catalog in effect, without a display or
 * settings.
 */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "career-catalog.h"
#include "career-check.h"
#include "career-plan-file.h"

static gboolean
check_one (const char *path,
           GFile      *catalog_directory,
           GString    *out,
           GString    *err)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  const char * const *notes;
  GFileType type;
  gboolean ok;

  /* The catalog in effect is made afresh for each path, so that one checked
   * file cannot change how the next one is judged. */
  if (!career_catalog_load_in_effect (catalog, catalog_directory, problems, &error))
    {
      g_string_append_printf (err, _("The catalog in effect cannot be loaded: %s\n"),
                              error->message);
      return FALSE;
    }

  type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL);
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(CareerCatalog) folder_catalog = career_catalog_new ();

      /* A folder must stand on its own (it may be given to --catalog) and also
       * fit on top of the catalog in effect (it may be a user catalog). */
      ok = career_catalog_load_directory (folder_catalog, file, &error);
      if (ok)
        {
          g_autoptr(GPtrArray) layered = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

          ok = career_catalog_add_user_directory (catalog, file, layered) > 0 && layered->len == 0;
          if (!ok && layered->len > 0)
            error = g_error_copy (g_ptr_array_index (layered, 0));
        }
    }
  else if (type == G_FILE_TYPE_UNKNOWN)
    {
      g_string_append_printf (err, _("%s: no such file or folder\n"), path);
      return FALSE;
    }
  else if (g_str_has_suffix (path, CAREER_PLAN_FILE_EXTENSION))
    {
      /* A plan is checked against the catalog in effect: every id it refers
       * to must exist there, and a plan of a newer version is a problem. */
      ok = career_plan_file_check (file, path, catalog, &error);
    }
  else
    {
      ok = career_catalog_add_file (catalog, file, path, &error);
    }

  if (!ok)
    {
      if (error != NULL)
        g_string_append_printf (err, "%s\n", error->message);
      return FALSE;
    }

  notes = career_catalog_get_notes (catalog);
  for (guint i = 0; notes[i] != NULL; i++)
    if (g_str_has_prefix (notes[i], path))
      g_string_append_printf (out, _("note: %s\n"), notes[i]);

  g_string_append_printf (out, _("%s: valid\n"), path);
  return TRUE;
}

/**
 * career_check_paths:
 * @out: receives what is valid (standard output)
 * @err: receives every problem, with file and JSON path (standard error)
 *
 * Returns: the exit status: 0 when every path is valid, 1 otherwise
 */
int
career_check_paths (const char * const *paths,
                    GFile              *catalog_directory,
                    GString            *out,
                    GString            *err)
{
  gboolean all_valid = TRUE;

  g_return_val_if_fail (out != NULL && err != NULL, 1);

  if (paths == NULL || paths[0] == NULL)
    {
      g_string_append (err, _("--check needs at least one catalog file or folder, or a plan\n"));
      return 1;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    if (!check_one (paths[i], catalog_directory, out, err))
      all_valid = FALSE;

  return all_valid ? 0 : 1;
}
