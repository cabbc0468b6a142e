/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <string.h>

#include "career-autosave.h"
#include "career-plan-file.h"

#define ORIGIN_SUFFIX ".origin"

/**
 * career_autosave_get_directory:
 *
 * Returns: (transfer full): `$XDG_STATE_HOME/career-planner/autosave`
 */
GFile *
career_autosave_get_directory (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "career-planner", "autosave",
                                            NULL);
  return g_file_new_for_path (path);
}

static gboolean
id_is_safe (const char *id)
{
  /* The id names files: no separators, no dots, nothing hidden. */
  return id != NULL && id[0] != '\0' && strspn (id, "abcdefghijklmnopqrstuvwxyz0123456789-") ==
                                          strlen (id);
}

static GFile *
child_file (GFile      *directory,
            const char *id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (directory, name);
}

/**
 * career_autosave_write:
 * @origin: (nullable): the plan's own file
 *
 * Writes the copy atomically (the origin first, then the plan), creating
 * the folder when needed.
 */
gboolean
career_autosave_write (GFile       *directory,
                       const char  *id,
                       CareerPlan  *plan,
                       GFile       *origin,
                       GError     **error)
{
  g_autoptr(GFile) plan_file = NULL;
  g_autoptr(GFile) origin_file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *uri = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (directory), FALSE);
  g_return_val_if_fail (id_is_safe (id), FALSE);
  g_return_val_if_fail (CAREER_IS_PLAN (plan), FALSE);

  if (!g_file_make_directory_with_parents (directory, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  origin_file = child_file (directory, id, ORIGIN_SUFFIX);
  uri = origin ? g_file_get_uri (origin) : g_strdup ("");
  if (!g_file_replace_contents (origin_file, uri, strlen (uri), NULL, FALSE,
                                G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, error))
    return FALSE;

  plan_file = child_file (directory, id, CAREER_PLAN_FILE_EXTENSION);
  data = career_plan_file_to_data (plan, &length);
  return g_file_replace_contents (plan_file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

void
career_autosave_remove (GFile      *directory,
                        const char *id)
{
  g_autoptr(GFile) plan_file = NULL;
  g_autoptr(GFile) origin_file = NULL;

  g_return_if_fail (G_IS_FILE (directory));
  g_return_if_fail (id_is_safe (id));

  plan_file = child_file (directory, id, CAREER_PLAN_FILE_EXTENSION);
  origin_file = child_file (directory, id, ORIGIN_SUFFIX);
  g_file_delete (plan_file, NULL, NULL);
  g_file_delete (origin_file, NULL, NULL);
}

void
career_autosave_free (CareerAutosave *autosave)
{
  if (autosave == NULL)
    return;

  g_free (autosave->id);
  g_clear_object (&autosave->plan_file);
  g_clear_object (&autosave->origin);
  g_clear_pointer (&autosave->modified, g_date_time_unref);
  g_free (autosave);
}

static int
compare_autosaves (gconstpointer a,
                   gconstpointer b)
{
  const CareerAutosave *aa = *(CareerAutosave **) a;
  const CareerAutosave *bb = *(CareerAutosave **) b;

  return g_date_time_compare (aa->modified, bb->modified);
}

/**
 * career_autosave_list:
 *
 * Returns: (transfer full) (element-type CareerAutosave): the copies in
 *   @directory, oldest first; a copy whose plan file is missing is skipped
 */
GPtrArray *
career_autosave_list (GFile *directory)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GPtrArray *autosaves = g_ptr_array_new_with_free_func ((GDestroyNotify) career_autosave_free);
  GFileInfo *info;
  GFile *child;

  g_return_val_if_fail (G_IS_FILE (directory), autosaves);

  enumerator = g_file_enumerate_children (directory,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (enumerator == NULL)
    return autosaves;

  while (g_file_enumerator_iterate (enumerator, &info, &child, NULL, NULL) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);
      g_autofree char *id = NULL;
      g_autoptr(GFile) origin_file = NULL;
      g_autofree char *uri = NULL;
      CareerAutosave *autosave;

      if (!g_str_has_suffix (name, CAREER_PLAN_FILE_EXTENSION))
        continue;

      id = g_strndup (name, strlen (name) - strlen (CAREER_PLAN_FILE_EXTENSION));
      if (!id_is_safe (id))
        continue;

      autosave = g_new0 (CareerAutosave, 1);
      autosave->id = g_steal_pointer (&id);
      autosave->plan_file = g_object_ref (child);
      autosave->modified = g_file_info_get_modification_date_time (info);
      if (autosave->modified == NULL)
        autosave->modified = g_date_time_new_now_utc ();

      origin_file = child_file (directory, autosave->id, ORIGIN_SUFFIX);
      if (g_file_load_contents (origin_file, NULL, &uri, NULL, NULL, NULL) && uri[0] != '\0')
        autosave->origin = g_file_new_for_uri (g_strstrip (uri));

      g_ptr_array_add (autosaves, autosave);
    }

  g_ptr_array_sort (autosaves, compare_autosaves);
  return autosaves;
}
