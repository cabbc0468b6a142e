/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target: the bytes of one catalog file, added as a layer on top of
 * the built-in catalog with career_catalog_add_data().  Whatever the bytes,
 * the call must return without a crash, a leak, a critical or a hang; a
 * refusal must name the file and leave the catalog as it was.  A layer that
 * loads must load again on top of itself, replacing every entry it added.
 *
 * Build with -Dfuzzing=true and CC=clang; build-aux/fuzz.sh does both.
 */
#define G_LOG_DOMAIN "CareerFuzz"

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "career-catalog.h"

#define NAME "fuzz.json"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical is a broken precondition in the model: report it as a crash */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_refusal (const GError *error)
{
  if (error == NULL || !g_str_has_prefix (error->message, NAME))
    {
      fprintf (stderr, "refused without an error that names the file: %s\n",
               error != NULL ? error->message : "(no error)");
      abort ();
    }
}

static void
count_entries (CareerCatalog *catalog,
               guint          counts[5])
{
  counts[0] = g_list_model_get_n_items (career_catalog_get_categories (catalog));
  counts[1] = g_list_model_get_n_items (career_catalog_get_skills (catalog));
  counts[2] = g_list_model_get_n_items (career_catalog_get_roles (catalog));
  counts[3] = g_list_model_get_n_items (career_catalog_get_programs (catalog));
  counts[4] = g_strv_length ((char **) career_catalog_get_notes (catalog));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static CareerCatalog *catalog;
  g_autoptr(GError) error = NULL;
  guint before[5], after[5];

  /* The built-in catalog takes long to load next to a refusal, and a refused
   * layer leaves the catalog as it was, so one catalog serves every input
   * until a layer loads. */
  if (catalog == NULL)
    {
      catalog = career_catalog_new ();
      if (!career_catalog_load_builtin (catalog, &error))
        {
          fprintf (stderr, "the built-in catalog does not load: %s\n", error->message);
          abort ();
        }
    }

  count_entries (catalog, before);
  if (!career_catalog_add_data (catalog, (const char *) data, size, NAME, &error))
    {
      check_refusal (error);
      count_entries (catalog, after);
      if (memcmp (before, after, sizeof before) != 0)
        {
          fprintf (stderr, "a refused layer changed the catalog: %s\n", error->message);
          abort ();
        }
      return 0;
    }

  if (!career_catalog_add_data (catalog, (const char *) data, size, NAME, &error))
    {
      fprintf (stderr, "a layer that loaded does not load on top of itself: %s\n",
               error->message);
      abort ();
    }

  g_clear_object (&catalog);
  return 0;
}
