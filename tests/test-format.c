/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Numbers, money, percentages, credits and dates as a person reads them, in
 * US English and in German: the locale's separators, the translation's units
 * and word order, and money that keeps its own currency in every language.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "career-format.h"

#define NBSP "\302\240"

/* Switches every category to @locale; FALSE (and the test skipped) when the
 * machine does not have it (build-aux/dev generates de_DE and en_US). */
static gboolean
use_locale (const char *locale)
{
  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("the locale %s is not installed", locale);

      g_test_skip (message);
      return FALSE;
    }
  return TRUE;
}

#define assert_formatted(call, expected) \
  G_STMT_START { \
    g_autofree char *formatted_ = (call); \
    g_assert_cmpstr (formatted_, ==, (expected)); \
  } G_STMT_END

static void
test_en_us (void)
{
  if (!use_locale ("en_US.UTF-8"))
    return;

  assert_formatted (career_format_number (136620, 0), "136,620");
  assert_formatted (career_format_number (1234.5, 1), "1,234.5");
  assert_formatted (career_format_number (3.0, 1), "3");
  assert_formatted (career_format_number (-0.25, 2), "-0.25");
  assert_formatted (career_format_number (1234567.891, 2), "1,234,567.89");

  assert_formatted (career_format_money (136620, "USD"), "136,620 USD");
  assert_formatted (career_format_money (3321.5, "USD"), "3,321.50 USD");
  assert_formatted (career_format_money (1234.56, "EUR"), "1,234.56 EUR");

  /* The sign never on a line of its own */
  assert_formatted (career_format_percent (37.6), "37.6" NBSP "%");
  assert_formatted (career_format_percent (100), "100" NBSP "%");
  assert_formatted (career_format_percent (-12.5), "-12.5" NBSP "%");

  assert_formatted (career_format_credits (1), "1 credit");
  assert_formatted (career_format_credits (3), "3 credits");
  assert_formatted (career_format_credits (4.5), "4.5 credits");
  assert_formatted (career_format_credits (1200), "1,200 credits");

  assert_formatted (career_format_as_of ("2024"), "2024");
  assert_formatted (career_format_as_of ("2022-05"), "May 2022");
  assert_formatted (career_format_as_of ("2025-03-04"), "4 March 2025");
  assert_formatted (career_format_as_of (NULL), "undated");
}

static void
test_de_de (void)
{
  g_autofree char *mo = g_test_build_filename (G_TEST_BUILT, "..", "po", "de", "LC_MESSAGES",
                                               GETTEXT_PACKAGE ".mo", NULL);

  if (!use_locale ("de_DE.UTF-8"))
    return;

  /* Separators need only the locale */
  assert_formatted (career_format_number (136620, 0), "136.620");
  assert_formatted (career_format_number (1234.5, 1), "1.234,5");
  assert_formatted (career_format_number (3.0, 1), "3");
  assert_formatted (career_format_number (-0.25, 2), "-0,25");
  assert_formatted (career_format_number (1234567.891, 2), "1.234.567,89");

  /* A US salary stays in dollars: no strfmon, no euro sign */
  assert_formatted (career_format_money (136620, "USD"), "136.620 USD");
  assert_formatted (career_format_money (3321.5, "USD"), "3.321,50 USD");
  assert_formatted (career_format_money (1234.56, "EUR"), "1.234,56 EUR");

  assert_formatted (career_format_as_of ("2024"), "2024");

  /* Units, word order and month names need the translation as well */
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_message ("%s is missing: build the translations (ninja -C BUILDDIR)", mo);
      g_test_fail ();
      return;
    }

  assert_formatted (career_format_percent (37.6), "37,6" NBSP "%");
  assert_formatted (career_format_percent (100), "100" NBSP "%");
  assert_formatted (career_format_percent (-12.5), "-12,5" NBSP "%");

  assert_formatted (career_format_credits (1), "1 Credit");
  assert_formatted (career_format_credits (3), "3 Credits");
  assert_formatted (career_format_credits (4.5), "4,5 Credits");
  assert_formatted (career_format_credits (1200), "1.200 Credits");

  assert_formatted (career_format_as_of ("2022-05"), "Mai 2022");
  assert_formatted (career_format_as_of ("2025-03-04"), "4. März 2025");
  assert_formatted (career_format_as_of (NULL), "undatiert");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *podir = NULL;

  /* LANGUAGE would override the locale of each test */
  g_unsetenv ("LANGUAGE");

  g_test_init (&argc, &argv, NULL);

  /* The translations built in this build folder, bound as the app binds the
   * installed ones; textdomain() too, for ngettext() */
  podir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/format/en-US", test_en_us);
  g_test_add_func ("/format/de-DE", test_de_de);

  return g_test_run ();
}
