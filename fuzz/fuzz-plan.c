/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target: the bytes of one plan file, read with
 * career_plan_file_load_data() against the built-in catalog.  Whatever the
 * bytes, loading must return without a crash, a leak, a critical or a hang,
 * and a refusal must name the file.  A plan that loads must survive a round
 * trip: what career_plan_file_to_data() writes must load again, with the same
 * missing references, and write back the same text.
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
#include "career-plan-file.h"

#define NAME "fuzz.careerplan"

static CareerCatalog *catalog;

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* A critical is a broken precondition in the model: report it as a crash */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  /* Plans only read the catalog, so one serves every input */
  catalog = career_catalog_new ();
  if (!career_catalog_load_builtin (catalog, &error))
    {
      fprintf (stderr, "the built-in catalog does not load: %s\n", error->message);
      abort ();
    }

  return 0;
}

static void G_GNUC_NORETURN
fail_round_trip (const char *what,
                 const char *text,
                 const char *detail)
{
  fprintf (stderr, "round trip: %s%s%s\n---- the text written ----\n%s\n",
           what, detail != NULL ? ": " : "", detail != NULL ? detail : "", text);
  abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(CareerPlan) reloaded = NULL;
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlanFileInfo) reloaded_info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length, length_again;

  plan = career_plan_file_load_data ((const char *) data, size, NAME, catalog, &info, &error);
  if (plan == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, NAME))
        {
          fprintf (stderr, "refused without an error that names the file: %s\n",
                   error != NULL ? error->message : "(no error)");
          abort ();
        }
      return 0;
    }

  text = career_plan_file_to_data (plan, &length);
  reloaded = career_plan_file_load_data (text, length, NAME, catalog, &reloaded_info, &error);
  if (reloaded == NULL)
    fail_round_trip ("the plan written does not load again", text, error->message);

  if (reloaded_info->read_only)
    fail_round_trip ("the plan written opens read-only", text, NULL);

  if (reloaded_info->missing_references->len != info->missing_references->len)
    fail_round_trip ("the plan written has other missing references", text, NULL);

  text_again = career_plan_file_to_data (reloaded, &length_again);
  if (length_again != length || memcmp (text, text_again, length) != 0)
    fail_round_trip ("the plan written is written back differently", text, text_again);

  return 0;
}
