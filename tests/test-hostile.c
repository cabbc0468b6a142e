/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Hostile input (issue "Proof under fire").  Every malformed catalog and plan
 * file is refused with an error that names the file and a place in it, in
 * bounded time and without a crash; a refused catalog layer leaves the
 * catalog as it was.  The giants (100 000 levels of nesting, a 100 MB file, a
 * 5 MB file, files just under the size limit) are generated here, never
 * stored, and the ones over the limit are refused without being read whole.
 *
 * The corpus is every file of fixtures/hostile/ and fixtures/regressions/
 * (findings of build-aux/fuzz.sh), the catalog files of fixtures/catalog/bad/
 * and the refused plans of fixtures/plan/.  A file goes through the loader
 * its extension names: ".json" as a catalog layer on top of the built-in
 * catalog, ".careerplan" as a plan.  A regression file named "valid-*" is a
 * valid input that once broke a round trip: it must load, and a plan must
 * load again, unchanged, from what is written of it.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "career-catalog.h"
#include "career-input-guard.h"
#include "career-plan-file.h"

/* Generous: a behaviour bound, not a benchmark.  Small files take
 * milliseconds; the bound catches a hang or a quadratic walk. */
#define MAX_SECONDS            2.0
/* Files just under the size limit take seconds to parse, more in a
 * sanitizer build; the quadratic walks they found took minutes. */
#define MAX_SECONDS_NEAR_LIMIT 60.0
#define MAX_PEAK_GROWTH_KB     (64 * 1024)
#define DEEP_LEVELS            100000
#define HUGE_FILE_SIZE         (100 * 1024 * 1024)
#define BIG_FILE_SIZE          (5 * 1024 * 1024)

/* Names with a folder and a space, to catch a message that shortens or
 * quotes the name it was given. */
#define DISPLAY_FOLDER "hostile input/"

typedef enum
{
  LOADER_CATALOG,
  LOADER_PLAN,
} Loader;

typedef struct
{
  char  *path;
  char  *display_name;
  Loader loader;
} CorpusFile;

/* One catalog with the built-in catalog loaded: plans are checked against it
 * and catalog layers go on top of it.  A refused layer must leave it as it
 * was, which every catalog case checks. */
static CareerCatalog *builtin_catalog;

/* Plan fixtures of test-plan-file.c that are refusals; the others load. */
static const char * const refused_plan_fixtures[] = {
  "bad-course-id.careerplan", "bad-date.careerplan", "bad-status.careerplan",
  "bad-year.careerplan", "binary.careerplan", "duplicate-skill.careerplan",
  "duplicate-term.careerplan", "empty.careerplan", "level-7.careerplan",
  "missing-format.careerplan", "missing-name.careerplan", "missing-season.careerplan",
  "missing-version.careerplan", "not-a-plan.careerplan", "not-an-object.careerplan",
  "too-new-unreadable.careerplan", "truncated.careerplan", "version-text.careerplan",
  "version-zero.careerplan", "wrong-type-skills.careerplan", "wrong-type.careerplan",
};

static void
corpus_file_free (gpointer data)
{
  CorpusFile *file = data;

  g_free (file->path);
  g_free (file->display_name);
  g_free (file);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* The peak resident size of the process so far, in KiB */
static long
peak_rss_kb (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
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

/* Errors about the file as a whole (empty, too large, unreadable) have no
 * place in it to name. */
static gboolean
is_whole_file_error (const GError *error)
{
  return g_error_matches (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_EMPTY) ||
         g_error_matches (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_LARGE) ||
         g_error_matches (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_READ);
}

/* "NAME:LINE:COL: ..." or "NAME: $.json.path: ..." */
static gboolean
names_a_place (const char *message,
               const char *display_name)
{
  const char *rest = message + strlen (display_name);
  const char *p;

  if (g_str_has_prefix (rest, ": $"))
    return TRUE;

  if (rest[0] != ':' || !g_ascii_isdigit (rest[1]))
    return FALSE;
  for (p = rest + 1; g_ascii_isdigit (*p); p++)
    ;
  if (*p != ':' || !g_ascii_isdigit (p[1]))
    return FALSE;
  for (p++; g_ascii_isdigit (*p); p++)
    ;
  return g_str_has_prefix (p, ": ");
}

static void
assert_refusal (const GError *error,
                Loader        loader,
                const char   *display_name)
{
  g_assert_nonnull (error);
  if (error->domain != CAREER_INPUT_ERROR)
    g_assert_true (error->domain == (loader == LOADER_CATALOG ? CAREER_CATALOG_ERROR
                                                              : CAREER_PLAN_FILE_ERROR));

  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (!g_str_has_prefix (error->message, display_name))
    g_error ("the message does not start with the name \"%s\": %s", display_name,
             error->message);
  if (is_whole_file_error (error))
    g_assert_true (g_str_has_prefix (error->message + strlen (display_name), ": "));
  else if (!names_a_place (error->message, display_name))
    g_error ("the message names no line and column or JSON path: %s", error->message);
  g_assert_null (strstr (error->message, "<data>"));
}

/* Loads @data through @loader and asserts that it is refused, in bounded
 * time, leaving the built-in catalog as it was.  Returns the error. */
static GError *
refuse_data (const char *data,
             gsize       length,
             Loader      loader,
             const char *display_name,
             double      max_seconds)
{
  GError *error = NULL;
  guint before[5], after[5];
  gint64 start;

  count_entries (builtin_catalog, before);
  start = g_get_monotonic_time ();

  if (loader == LOADER_CATALOG)
    {
      g_assert_false (career_catalog_add_data (builtin_catalog, data, length, display_name,
                                               &error));
    }
  else
    {
      g_autoptr(CareerPlanFileInfo) info = NULL;
      g_autoptr(CareerPlan) plan = career_plan_file_load_data (data, length, display_name,
                                                               builtin_catalog, &info, &error);

      g_assert_null (plan);
      g_assert_null (info);
    }

  g_assert_cmpfloat (seconds_since (start), <, max_seconds);
  assert_refusal (error, loader, display_name);

  count_entries (builtin_catalog, after);
  g_assert_cmpmem (before, sizeof before, after, sizeof after);

  return error;
}

/* A plan that loaded: what is written of it loads again and is written back
 * the same */
static void
assert_round_trip (CareerPlan *plan,
                   const char *display_name)
{
  g_autoptr(CareerPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length, length_again;

  text = career_plan_file_to_data (plan, &length);
  reloaded = career_plan_file_load_data (text, length, display_name, builtin_catalog, NULL,
                                         &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);

  text_again = career_plan_file_to_data (reloaded, &length_again);
  g_assert_cmpstr (text_again, ==, text);
}

static void
test_corpus_file (gconstpointer data)
{
  const CorpusFile *file = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (file->path, &contents, &length, &error);
  g_assert_no_error (error);

  error = refuse_data (contents, length, file->loader, file->display_name, MAX_SECONDS);
  g_test_message ("%s", error->message);
}

static void
test_valid_regression (gconstpointer data)
{
  const CorpusFile *file = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  gint64 start;

  g_file_get_contents (file->path, &contents, &length, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  if (file->loader == LOADER_CATALOG)
    {
      g_autoptr(CareerCatalog) catalog = career_catalog_new ();

      career_catalog_load_builtin (catalog, &error);
      g_assert_no_error (error);
      g_assert_true (career_catalog_add_data (catalog, contents, length, file->display_name,
                                              &error));
      g_assert_no_error (error);
    }
  else
    {
      g_autoptr(CareerPlan) plan = career_plan_file_load_data (contents, length,
                                                               file->display_name,
                                                               builtin_catalog, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (plan);
      assert_round_trip (plan, file->display_name);
    }
  g_assert_cmpfloat (seconds_since (start), <, MAX_SECONDS);
}

/* Generated giants */

static GString *
nested (const char *head,
        const char *open,
        const char *close,
        const char *tail)
{
  GString *data = g_string_new (head);

  for (guint i = 0; i < DEEP_LEVELS; i++)
    g_string_append (data, open);
  g_string_append (data, "1");
  for (guint i = 0; i < DEEP_LEVELS; i++)
    g_string_append (data, close);
  g_string_append (data, tail);
  return data;
}

static void
test_deep_nesting (void)
{
  static const struct { const char *head, *open, *close, *tail; } shapes[] = {
    { "", "[", "]", "" },
    { "", "{\"a\":", "}", "" },
    /* Deep inside a plan, where the loader would recurse if the guard did
     * not stop it first */
    { "{\"format\": \"career-planner-plan\", \"version\": 1, \"name\": \"n\", \"x\": ",
      "[", "]", "}" },
  };
  long peak_before = peak_rss_kb ();

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(GString) data = nested (shapes[i].head, shapes[i].open, shapes[i].close,
                                        shapes[i].tail);

      for (Loader loader = LOADER_CATALOG; loader <= LOADER_PLAN; loader++)
        {
          g_autoptr(GError) error = refuse_data (data->str, data->len, loader,
                                                 DISPLAY_FOLDER "deep", MAX_SECONDS);

          g_assert_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_DEEP);
        }
    }

  g_assert_cmpint (peak_rss_kb () - peak_before, <, MAX_PEAK_GROWTH_KB);
}

/* A buffer one byte over the limit, holding one long string: refused by its
 * length before a byte of it is looked at */
static void
test_over_limit_in_memory (void)
{
  gsize length = CAREER_INPUT_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (length);
  long peak_before;

  memset (data, 'x', length);
  memcpy (data, "[\"", 2);
  memcpy (data + length - 2, "\"]", 2);

  peak_before = peak_rss_kb ();
  for (Loader loader = LOADER_CATALOG; loader <= LOADER_PLAN; loader++)
    {
      g_autoptr(GError) error = refuse_data (data, length, loader, DISPLAY_FOLDER "over limit",
                                             MAX_SECONDS);

      g_assert_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_LARGE);
    }
  g_assert_cmpint (peak_rss_kb () - peak_before, <, MAX_PEAK_GROWTH_KB);
}

/* Writes @head at the start of a file of @size bytes and @tail at its end.
 * What lies between is a hole: the file takes no space on the disk. */
static char *
make_sparse_file (const char *directory,
                  const char *name,
                  gsize       size,
                  const char *head,
                  const char *tail)
{
  char *path = g_build_filename (directory, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, head, strlen (head)), ==, (gssize) strlen (head));
  g_assert_cmpint (ftruncate (fd, size - strlen (tail)), ==, 0);
  g_assert_cmpint (lseek (fd, 0, SEEK_END), ==, (off_t) (size - strlen (tail)));
  g_assert_cmpint (write (fd, tail, strlen (tail)), ==, (gssize) strlen (tail));
  g_assert_no_errno (close (fd));

  return path;
}

static void
assert_file_refused_as_too_large (const char *path,
                                  const char *display_name)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  long peak_before = peak_rss_kb ();
  gint64 start;

  /* The guard itself */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = NULL;

    start = g_get_monotonic_time ();
    node = career_input_load_file (file, display_name, NULL, &error);
    g_assert_null (node);
    g_assert_cmpfloat (seconds_since (start), <, MAX_SECONDS);
    g_assert_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_LARGE);
    assert_refusal (error, LOADER_PLAN, display_name);
  }

  /* The loaders that read files */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CareerPlan) plan = NULL;

    start = g_get_monotonic_time ();
    plan = career_plan_file_load (file, display_name, builtin_catalog, NULL, &error);
    g_assert_null (plan);
    g_assert_cmpfloat (seconds_since (start), <, MAX_SECONDS);
    g_assert_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_LARGE);
  }
  {
    g_autoptr(GError) error = NULL;

    start = g_get_monotonic_time ();
    g_assert_false (career_catalog_add_file (builtin_catalog, file, display_name, &error));
    g_assert_cmpfloat (seconds_since (start), <, MAX_SECONDS);
    g_assert_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_LARGE);
  }

  /* At most the limit was read: nothing near the file's size */
  g_assert_cmpint (peak_rss_kb () - peak_before, <, MAX_PEAK_GROWTH_KB);
}

/* A plan whose name is a 100 MB string, most of it a hole in a sparse file */
static void
test_huge_string_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("career-hostile-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = make_sparse_file (directory, "huge.careerplan", HUGE_FILE_SIZE,
                           "{\"format\": \"career-planner-plan\", \"version\": 1, \"name\": \"",
                           "\"}\n");
  assert_file_refused_as_too_large (path, DISPLAY_FOLDER "huge.careerplan");

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (directory));
}

/* A 5 MB plan of real content, over the limit */
static void
test_big_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("career-hostile-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GString) data = g_string_new ("{\"format\": \"career-planner-plan\", \"version\": 1, "
                                          "\"name\": \"Big\", \"skills\": [");

  g_assert_no_error (error);
  for (guint i = 0; data->len < BIG_FILE_SIZE; i++)
    g_string_append_printf (data, "%s{\"skill\": \"skill-%u\", \"level\": 1}", i > 0 ? ", " : "",
                            i);
  g_string_append (data, "]}\n");

  path = g_build_filename (directory, "big.careerplan", NULL);
  g_file_set_contents (path, data->str, data->len, &error);
  g_assert_no_error (error);
  g_string_truncate (data, 0);

  assert_file_refused_as_too_large (path, DISPLAY_FOLDER "big.careerplan");

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (directory));
}

/* Files just under the size limit, each a long list of one kind of entry.
 * They found lists that were searched once for every entry added: a course
 * teaching many skills or a specialization with many options took minutes
 * to refuse, a layer replacing many entries minutes to load. */

#define NEAR_LIMIT (CAREER_INPUT_MAX_SIZE - 256)

static const char source_json[] =
  "\"source\": {\"title\": \"s\", \"url\": null, \"as_of\": null, \"verified\": false}";

static const char program_head[] =
  "{\"format\": \"career-planner-catalog\", \"version\": 1, \"programs\": [{"
  "\"id\": \"near-limit\", \"institution\": \"i\", \"name\": \"n\", \"degree\": \"d\", "
  "\"catalog_year\": \"2025\", \"description\": \"d\", \"total_credits\": 30, "
  "\"transfer_credit_limit\": null, \"tuition\": null, \"terms\": [\"fall\"], "
  "\"double_counting\": false, ";

static const char plan_head[] =
  "{\"format\": \"career-planner-plan\", \"version\": 1, \"name\": \"Near the limit\", ";

typedef enum
{
  NEAR_LIMIT_LOADS,
  NEAR_LIMIT_REFUSED,           /* for skills no catalog has */
  NEAR_LIMIT_TOO_LARGE_WRITTEN, /* the plan would be saved over the limit */
} NearLimitOutcome;

typedef struct
{
  const char       *name;
  Loader            loader;
  NearLimitOutcome  outcome;
  void            (*build) (GString *data,
                            gsize    size);
} NearLimitCase;

static void
append_course (GString    *data,
               guint       index,
               const char *prerequisite)
{
  g_string_append_printf (data, "%s{\"id\": \"c%u\", \"code\": \"C %u\", \"title\": \"t\", "
                          "\"credits\": null, \"description\": \"d\", \"terms_offered\": null, "
                          "\"workload\": null, %s, "
                          "\"skills\": [{\"skill\": \"python\", \"level\": 1}]%s}",
                          index > 0 ? ", " : "", index, index, source_json,
                          prerequisite != NULL ? prerequisite : "");
}

static void
build_course_skills (GString *data,
                     gsize    size)
{
  g_string_append_printf (data, "%s%s, \"courses\": [{\"id\": \"c\", \"code\": \"C\", "
                          "\"title\": \"t\", \"credits\": null, \"description\": \"d\", "
                          "\"terms_offered\": null, \"workload\": null, %s, \"skills\": [",
                          program_head, source_json, source_json);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"skill\": \"s%u\", \"level\": 1}", i > 0 ? ", " : "", i);
  g_string_append (data, "]}], \"requirements\": {\"type\": \"unknown\", \"title\": \"t\"}}]}");
}

static void
build_options (GString *data,
               gsize    size)
{
  g_string_append_printf (data, "%s%s, \"courses\": [], \"requirements\": "
                          "{\"type\": \"specialization\", \"title\": \"t\", \"options\": [",
                          program_head, source_json);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"id\": \"o%u\", \"name\": \"n\", \"requirements\": "
                            "{\"type\": \"unknown\", \"title\": \"t\"}}", i > 0 ? ", " : "", i);
  g_string_append (data, "]}}]}");
}

/* Each course requires the next: the cycle search goes as deep as the chain */
static void
build_prerequisite_chain (GString *data,
                          gsize    size)
{
  guint i;

  g_string_append_printf (data, "%s%s, \"courses\": [", program_head, source_json);
  for (i = 0; data->len < size - 512; i++)
    {
      g_autofree char *prerequisite =
        g_strdup_printf (", \"prerequisites\": {\"required\": {\"course\": \"c%u\"}}", i + 1);

      append_course (data, i, prerequisite);
    }
  append_course (data, i, NULL);
  g_string_append (data, "], \"requirements\": {\"type\": \"unknown\", \"title\": \"t\"}}]}");
}

static void
build_role_skills (GString *data,
                   gsize    size)
{
  g_string_append (data, "{\"format\": \"career-planner-catalog\", \"version\": 1, \"roles\": "
                   "[{\"id\": \"r\", \"title\": \"t\", \"summary\": \"s\", "
                   "\"responsibilities\": [], \"masters_focus\": \"m\", \"weights_note\": \"w\", "
                   "\"salaries\": [], \"outlook\": [], \"skills\": [");
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"skill\": \"s%u\", \"importance\": 1, \"target\": 1}",
                            i > 0 ? ", " : "", i);
  g_string_append (data, "]}]}");
}

static void
build_catalog_skills (GString *data,
                      gsize    size)
{
  g_string_append (data, "{\"format\": \"career-planner-catalog\", \"version\": 1, "
                   "\"skills\": [");
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"id\": \"s%u\", \"name\": \"n\", \"category\": "
                            "\"programming\", \"description\": \"d\", \"levels\": "
                            "[\"a\", \"b\", \"c\", \"d\", \"e\"]}", i > 0 ? ", " : "", i);
  g_string_append (data, "]}");
}

static void
build_plan_skills (GString *data,
                   gsize    size)
{
  g_string_append_printf (data, "%s\"skills\": [", plan_head);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"skill\": \"s%u\", \"level\": 1}", i > 0 ? ", " : "", i);
  g_string_append (data, "]}");
}

/* Entries out of order, for the sort */
static void
build_plan_history (GString *data,
                    gsize    size)
{
  g_string_append_printf (data, "%s\"skills\": [{\"skill\": \"python\", \"level\": 1, "
                          "\"history\": [", plan_head);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"date\": \"%04u-01-%02uT%02u:00:00Z\", \"from\": 0, "
                            "\"to\": 1}", i > 0 ? ", " : "", 2999 - i % 1000, 1 + i % 28,
                            i % 24);
  g_string_append (data, "]}]}");
}

static void
build_plan_courses (GString *data,
                    gsize    size)
{
  g_string_append_printf (data, "%s\"terms\": [{\"season\": \"fall\", \"year\": 2025, "
                          "\"courses\": [", plan_head);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"course\": \"p/c%u\", \"status\": \"planned\", "
                            "\"overrides\": {\"k%u\": \"n\"}}", i > 0 ? ", " : "", i, i);
  g_string_append (data, "]}]}");
}

static void
build_plan_learning_skills (GString *data,
                            gsize    size)
{
  g_string_append_printf (data, "%s\"terms\": [{\"season\": \"fall\", \"year\": 2025, "
                          "\"other_learning\": [{\"title\": \"t\", \"kind\": \"mooc\", "
                          "\"weekly_hours\": 1, \"skills\": [", plan_head);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"skill\": \"s%u\", \"level\": 1, \"newer\": %u}",
                            i > 0 ? ", " : "", i, i);
  g_string_append (data, "]}]}]}");
}

/* Every term there can be, newest first */
static void
build_plan_terms (GString *data,
                  gsize    size)
{
  static const char * const seasons[] = { "fall", "summer", "spring" };

  g_string_append_printf (data, "%s\"terms\": [", plan_head);
  for (guint year = 2999; year >= 1900 && data->len < size; year--)
    for (guint s = 0; s < G_N_ELEMENTS (seasons); s++)
      g_string_append_printf (data, "%s{\"season\": \"%s\", \"year\": %u}",
                              year == 2999 && s == 0 ? "" : ", ", seasons[s], year);
  g_string_append (data, "]}");
}

static void
build_plan_unknown_members (GString *data,
                            gsize    size)
{
  g_string_append (data, plan_head);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "\"newer-%u\": [%u, 2.5, \"x\", {\"y\": null}], ", i, i);
  g_string_append (data, "\"transfer_credits\": []}");
}

static void
build_plan_transfer_credits (GString *data,
                             gsize    size)
{
  g_string_append_printf (data, "%s\"transfer_credits\": [", plan_head);
  for (guint i = 0; data->len < size; i++)
    g_string_append_printf (data, "%s{\"title\": \"t\", \"credits\": %u.5, \"note\": null}",
                            i > 0 ? ", " : "", i % 10);
  g_string_append (data, "]}");
}

/* A plan file has every member written and is indented, so a plan read
 * from a file near the limit would mostly be saved over it: such a plan is
 * refused when it is read, rather than saved where it could not be opened. */
static const NearLimitCase near_limit_cases[] = {
  { "catalog/course-skills", LOADER_CATALOG, NEAR_LIMIT_REFUSED, build_course_skills },
  { "catalog/role-skills", LOADER_CATALOG, NEAR_LIMIT_REFUSED, build_role_skills },
  { "catalog/specialization-options", LOADER_CATALOG, NEAR_LIMIT_LOADS, build_options },
  { "catalog/prerequisite-chain", LOADER_CATALOG, NEAR_LIMIT_LOADS, build_prerequisite_chain },
  { "catalog/skills", LOADER_CATALOG, NEAR_LIMIT_LOADS, build_catalog_skills },
  { "plan/skills", LOADER_PLAN, NEAR_LIMIT_TOO_LARGE_WRITTEN, build_plan_skills },
  { "plan/history", LOADER_PLAN, NEAR_LIMIT_TOO_LARGE_WRITTEN, build_plan_history },
  /* Written without indentation when indented text would be over the limit
   * (career_plan_file_to_data()), these fit again; skills and history
   * entries gain default members when written, and do not */
  { "plan/courses", LOADER_PLAN, NEAR_LIMIT_LOADS, build_plan_courses },
  { "plan/learning-skills", LOADER_PLAN, NEAR_LIMIT_LOADS, build_plan_learning_skills },
  { "plan/terms", LOADER_PLAN, NEAR_LIMIT_LOADS, build_plan_terms },
  { "plan/unknown-members", LOADER_PLAN, NEAR_LIMIT_LOADS, build_plan_unknown_members },
  { "plan/transfer-credits", LOADER_PLAN, NEAR_LIMIT_LOADS, build_plan_transfer_credits },
};

/* Reads the case's file of @size bytes as its outcome says.  Returns how
 * long the loader took. */
static double
run_near_limit (const NearLimitCase *test,
                gsize                size)
{
  g_autoptr(GString) data = g_string_sized_new (size + 256);
  g_autofree char *display_name = g_strconcat (DISPLAY_FOLDER, test->name, NULL);
  g_autoptr(GError) error = NULL;
  gboolean whole = size == NEAR_LIMIT;
  double seconds;
  gint64 start;

  test->build (data, size);
  g_assert_cmpuint (data->len, <=, CAREER_INPUT_MAX_SIZE);

  if (test->loader == LOADER_CATALOG)
    {
      g_autoptr(CareerCatalog) catalog = NULL;

      if (test->outcome == NEAR_LIMIT_REFUSED)
        {
          start = g_get_monotonic_time ();
          error = refuse_data (data->str, data->len, test->loader, display_name,
                               MAX_SECONDS_NEAR_LIMIT);
          return seconds_since (start);
        }

      catalog = career_catalog_new ();
      career_catalog_load_builtin (catalog, &error);
      g_assert_no_error (error);

      /* The same layer twice: the second time it replaces every entry */
      start = g_get_monotonic_time ();
      g_assert_true (career_catalog_add_data (catalog, data->str, data->len, display_name,
                                              &error));
      g_assert_no_error (error);
      g_assert_true (career_catalog_add_data (catalog, data->str, data->len, display_name,
                                              &error));
      g_assert_no_error (error);
      seconds = seconds_since (start);
    }
  else
    {
      g_autoptr(CareerPlan) plan = NULL;

      start = g_get_monotonic_time ();
      plan = career_plan_file_load_data (data->str, data->len, display_name, builtin_catalog,
                                         NULL, &error);
      seconds = seconds_since (start);

      /* A plan written at several times its size is over the limit only
       * once the file is near it */
      if (plan == NULL && (!whole || test->outcome == NEAR_LIMIT_TOO_LARGE_WRITTEN))
        {
          g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_TOO_LARGE);
          assert_refusal (error, LOADER_PLAN, display_name);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_nonnull (plan);
          g_assert_false (whole && test->outcome != NEAR_LIMIT_LOADS);
          assert_round_trip (plan, display_name);
        }
    }

  g_assert_cmpfloat (seconds, <, MAX_SECONDS_NEAR_LIMIT);
  return seconds;
}

static void
test_near_limit (gconstpointer user_data)
{
  const NearLimitCase *test = user_data;
  double quarter, whole;

  /* Minutes under Valgrind, and their time bound means nothing there; the
   * normal and the sanitizer builds hold them to it */
  if (g_getenv ("CAREER_TEST_UNDER_VALGRIND") != NULL)
    {
      g_test_skip ("Under Valgrind: timed files near the size limit are left out");
      return;
    }

  quarter = run_near_limit (test, NEAR_LIMIT / 4);
  whole = run_near_limit (test, NEAR_LIMIT);
  g_test_message ("%s: %.2f s for a quarter of the limit, %.2f s near it", test->name, quarter,
                  whole);

  /* Four times the entries take four times as long, a little more with the
   * caches; a walk over the list for each entry added would take sixteen
   * times as long.  The two seconds cover the noise of short runs. */
  g_assert_cmpfloat (whole, <, 10 * quarter + 2.0);
}

/* Registering the corpus */

static void
add_corpus_file (GPtrArray  *files,
                 const char *group,
                 const char *path)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *test_path = NULL;
  CorpusFile *file;
  gboolean valid;

  file = g_new0 (CorpusFile, 1);
  file->path = g_strdup (path);
  file->display_name = g_strconcat (DISPLAY_FOLDER, basename, NULL);
  file->loader = g_str_has_suffix (basename, ".json") ? LOADER_CATALOG : LOADER_PLAN;
  g_ptr_array_add (files, file);

  valid = g_str_has_prefix (basename, "valid-");
  test_path = g_strdup_printf ("/hostile/%s/%s", group, basename);
  g_test_add_data_func (test_path, file, valid ? test_valid_regression : test_corpus_file);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds every *.json and *.careerplan file of the fixture folder @folder */
static guint
add_corpus_folder (GPtrArray  *files,
                   const char *group,
                   const char *folder)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", folder, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".careerplan"))
      g_ptr_array_add (names, g_strdup (name));

  /* The same order on every file system */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      add_corpus_file (files, group, file);
    }

  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (corpus_file_free);
  g_autoptr(GError) error = NULL;
  guint n_hostile;
  int status;

  g_test_init (&argc, &argv, NULL);

  builtin_catalog = career_catalog_new ();
  career_catalog_load_builtin (builtin_catalog, &error);
  g_assert_no_error (error);

  /* The giants first: the peak memory they are held to is that of the
   * process so far, which the files near the limit would raise. */
  g_test_add_func ("/hostile/generated/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/generated/over-limit-in-memory", test_over_limit_in_memory);
  g_test_add_func ("/hostile/generated/huge-string-file", test_huge_string_file);
  g_test_add_func ("/hostile/generated/big-file", test_big_file);

  n_hostile = add_corpus_folder (files, "corpus", "hostile");
  g_assert_cmpuint (n_hostile, >=, 50);
  add_corpus_folder (files, "regressions", "regressions");
  add_corpus_folder (files, "catalog-bad", "catalog/bad");
  for (guint i = 0; i < G_N_ELEMENTS (refused_plan_fixtures); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "plan",
                                                     refused_plan_fixtures[i], NULL);

      add_corpus_file (files, "plan-fixtures", path);
    }

  for (guint i = 0; i < G_N_ELEMENTS (near_limit_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/hostile/near-limit/", near_limit_cases[i].name,
                                           NULL);

      g_test_add_data_func (path, &near_limit_cases[i], test_near_limit);
    }

  status = g_test_run ();

  g_clear_object (&builtin_catalog);
  return status;
}
