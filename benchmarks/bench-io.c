/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Catalog and plan I/O at generated sizes: load and save times, peak memory
 * and how time grows with size.
 *
 * Each size runs in a fresh child process (this program again, with
 * "--child KIND SIZE"), so that one size's allocations do not hide the next
 * one's peak.  In the child, the peak of an operation is VmHWM after it
 * minus VmRSS before it, with VmHWM reset through /proc/self/clear_refs just
 * before (falling back to ru_maxrss deltas, which only see new peaks).
 * Times are medians of repeated runs.
 */
#define G_LOG_DOMAIN "CareerBench"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bench-generate.h"
#include "bench-util.h"
#include "career-catalog.h"
#include "career-input-guard.h"
#include "career-plan-file.h"

/* Repetitions: at least 3, for up to 1.5 s, at most 50 */
#define MIN_RUNS  3
#define MAX_RUNS  50
#define BUDGET_MS 1500.0

static const guint catalog_sizes[] = { 100, 1000, 10000 };
static const guint history_sizes[] = { 1000, 10000, 30000, 100000 };
static const guint entry_sizes[] = { 100, 300, 1000, 3000 };

/* Child side */

typedef struct
{
  const GString *text;
  CareerCatalog *catalog;
  CareerPlan    *plan;
  GFile         *file;
} IoRun;

/* Memory of one operation: the peak above the resident size before it, and
 * what stays resident after it. */
typedef struct
{
  gint64 rss_before;
  gint64 maxrss_before;
  gboolean reset;
} MemMark;

static void
mem_mark (MemMark *mark)
{
  /* Give freed memory back first, so that the operation's allocations show
   * in the resident size instead of reusing pages freed before it. */
  malloc_trim (0);
  mark->reset = bench_reset_peak ();
  mark->rss_before = bench_rss_kib ();
  mark->maxrss_before = bench_maxrss_kib ();
}

static void
mem_print (const MemMark *mark,
           const char    *prefix)
{
  gint64 peak = mark->reset ? bench_peak_kib () - mark->rss_before
                            : bench_maxrss_kib () - mark->maxrss_before;

  printf (" %s_peak_kib=%" G_GINT64_FORMAT " %s_retained_kib=%" G_GINT64_FORMAT,
          prefix, MAX (peak, 0), prefix, bench_rss_kib () - mark->rss_before);
}

static double
run_catalog_load (gpointer user_data)
{
  IoRun *run = user_data;
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GError) error = NULL;
  double t0 = bench_now_ms (), t1;

  if (!career_catalog_add_data (catalog, run->text->str, run->text->len, "generated.json", &error))
    g_error ("generated catalog: %s", error->message);
  t1 = bench_now_ms ();
  return t1 - t0;
}

static double
run_json_parse (gpointer user_data)
{
  IoRun *run = user_data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  double t0 = bench_now_ms (), t1;

  if (!json_parser_load_from_data (parser, run->text->str, run->text->len, &error))
    g_error ("generated JSON: %s", error->message);
  t1 = bench_now_ms ();
  return t1 - t0;
}

static double
run_plan_load (gpointer user_data)
{
  IoRun *run = user_data;
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  double t0 = bench_now_ms (), t1;

  plan = career_plan_file_load_data (run->text->str, run->text->len, "generated.careerplan",
                                     run->catalog, &info, &error);
  t1 = bench_now_ms ();
  if (plan == NULL)
    g_error ("generated plan: %s", error->message);
  return t1 - t0;
}

static double
run_plan_to_data (gpointer user_data)
{
  IoRun *run = user_data;
  g_autofree char *data = NULL;
  gsize length;
  double t0 = bench_now_ms (), t1;

  data = career_plan_file_to_data (run->plan, &length);
  t1 = bench_now_ms ();
  return t1 - t0;
}

static double
run_plan_save (gpointer user_data)
{
  IoRun *run = user_data;
  g_autoptr(GError) error = NULL;
  double t0 = bench_now_ms (), t1;

  if (!career_plan_file_save (run->plan, run->file, &error))
    g_error ("saving the generated plan: %s", error->message);
  t1 = bench_now_ms ();
  return t1 - t0;
}

static GDateTime *
bench_clock (gpointer user_data)
{
  gint64 *tick = user_data;
  g_autoptr(GDateTime) base = g_date_time_new_utc (2015, 1, 1, 0, 0, 0);

  return g_date_time_add_seconds (base, (double) (*tick)++ * 600);
}

/* A plan with @n_history level changes made through the commands, for sizes
 * the loader refuses. */
static CareerPlan *
plan_by_commands (guint n_history,
                  guint n_skills)
{
  CareerPlan *plan = career_plan_new ();
  static gint64 tick;

  career_plan_set_clock (plan, bench_clock, &tick);
  career_plan_set_name (plan, "Generated plan");
  career_plan_set_target_role_id (plan, "role-0");
  career_plan_set_program (plan, "gen", "2025-2026", NULL);
  for (guint i = 0; i < n_history; i++)
    {
      guint round = i / n_skills;
      guint step = (round + 1) % 8;
      g_autofree char *skill = g_strdup_printf ("skill-%u", i % n_skills);

      career_plan_set_level (plan, skill, step <= 4 ? (int) step : (int) (8 - step), NULL);
    }
  return plan;
}

static int
child_main (const char *kind,
            guint       size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("career-bench-io-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  IoRun run = { NULL, };
  MemMark mark;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "plan.careerplan", NULL);
  file = g_file_new_for_path (path);
  run.file = file;

  if (g_str_equal (kind, "catalog"))
    {
      BenchCatalogSpec spec = {
        .n_categories = 10, .n_skills = 100, .skill_space = 100, .n_roles = 10,
        .role_size = 30, .n_courses = size, .core_size = 10, .elective_pool = size,
      };
      g_autoptr(GString) text = bench_generate_catalog (&spec);
      BenchStats stats;

      run.text = text;
      printf ("bytes=%" G_GSIZE_FORMAT, text->len);

      mem_mark (&mark);
      {
        g_autoptr(CareerCatalog) catalog = career_catalog_new ();

        if (!career_catalog_add_data (catalog, text->str, text->len, "generated.json", &error))
          g_error ("generated catalog: %s", error->message);
        mem_print (&mark, "load");
      }

      stats = bench_repeat (run_catalog_load, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
      bench_print_stats ("load", &stats);
      stats = bench_repeat (run_json_parse, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
      bench_print_stats ("parse", &stats);
    }
  else if (g_str_equal (kind, "plan-history") || g_str_equal (kind, "plan-courses"))
    {
      gboolean history = g_str_equal (kind, "plan-history");
      BenchPlanSpec spec = {
        .n_skills = history ? 100 : 20,
        .n_history = history ? size : 0,
        .n_entries = history ? 12 : size,
        .n_courses = 1000,
        .per_term = 4,
        .role_id = "role-0",
      };
      g_autoptr(CareerCatalog) catalog = bench_load_plan_catalog (1000);
      g_autoptr(GString) text = bench_generate_plan (&spec);
      g_autoptr(CareerPlan) plan = NULL;
      g_autoptr(GError) load_error = NULL;
      g_autofree char *data = NULL;
      gsize length = 0;
      BenchStats stats;

      run.text = text;
      run.catalog = catalog;
      printf ("bytes=%" G_GSIZE_FORMAT, text->len);

      mem_mark (&mark);
      plan = career_plan_file_load_data (text->str, text->len, "generated.careerplan", catalog,
                                         NULL, &load_error);
      if (plan != NULL)
        {
          mem_print (&mark, "load");
          stats = bench_repeat (run_plan_load, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
          bench_print_stats ("load", &stats);
        }
      else
        {
          /* Refused by the input guard: time what is left to time */
          printf (" load_refused=%d", load_error->code);
          fprintf (stderr, "  (%s %u: the loader refuses the file: %s)\n", kind, size,
                   load_error->message);
          plan = plan_by_commands (spec.n_history, spec.n_skills);
        }
      stats = bench_repeat (run_json_parse, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
      bench_print_stats ("parse", &stats);

      run.plan = plan;
      mem_mark (&mark);
      data = career_plan_file_to_data (plan, &length);
      mem_print (&mark, "to_data");
      printf (" written_bytes=%" G_GSIZE_FORMAT, length);
      stats = bench_repeat (run_plan_to_data, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
      bench_print_stats ("to_data", &stats);

      mem_mark (&mark);
      if (career_plan_file_save (plan, file, &error))
        {
          mem_print (&mark, "save");
          stats = bench_repeat (run_plan_save, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
          bench_print_stats ("save", &stats);
        }
      else
        {
          /* The saver refuses what the loader would refuse */
          printf (" save_refused=%d", error->code);
          fprintf (stderr, "  (%s %u: saving is refused: %s)\n", kind, size, error->message);
          g_clear_error (&error);
        }

      /* Can the app open what it wrote? */
      {
        g_autoptr(GError) reload_error = NULL;
        g_autoptr(CareerPlan) reread = career_plan_file_load_data (data, length, "written",
                                                                   catalog, NULL,
                                                                   &reload_error);

        printf (" reload_ok=%d", reread != NULL);
        if (reread == NULL)
          printf (" reload_error=%d", reload_error->code);
      }
    }
  else
    {
      g_printerr ("unknown kind %s\n", kind);
      return 2;
    }

  printf ("\n");
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

/* Parent side */

/* "No worse than n log n": the exponent of @times against that of json-glib
 * parsing the same text (a linear pass over the same bytes, which shows what
 * linear costs here as caches fill), plus what log n adds over the range,
 * plus 0.05 for noise */
static void
print_target (const char   *what,
              const double *sizes,
              const double *times,
              guint         n,
              const double *parse_sizes,
              const double *parse_times,
              guint         n_parse)
{
  double e, linear, allowed, log_part;

  if (n < 2 || n_parse < 2)
    return;
  e = bench_fit_exponent (sizes, times, n);
  linear = bench_fit_exponent (parse_sizes, parse_times, n_parse);
  log_part = log (log (sizes[n - 1]) / log (sizes[0])) / log (sizes[n - 1] / sizes[0]);
  allowed = linear + log_part + 0.05;
  printf ("  target, %s no worse than n log n: exponent %.2f, at most %.2f allowed (json-glib's\n"
          "  parse %.2f + %.2f for log n + 0.05): %s\n", what, e, allowed, linear, log_part,
          e <= allowed ? "MET" : "MISSED");
}

static double
mib (double kib)
{
  return kib / 1024.0;
}

static void
bench_catalogs (void)
{
  double sizes[G_N_ELEMENTS (catalog_sizes)], load[G_N_ELEMENTS (catalog_sizes)],
         parse[G_N_ELEMENTS (catalog_sizes)], peak[G_N_ELEMENTS (catalog_sizes)],
         load_min[G_N_ELEMENTS (catalog_sizes)], parse_min[G_N_ELEMENTS (catalog_sizes)];

  printf ("Catalog load: career_catalog_add_data() of one generated file (10 categories,\n"
          "100 skills, 10 roles of 30 skills, one program of N courses, an n-of of 10 course\n"
          "nodes and a credits-from listing the other courses)\n\n");
  printf ("Times are medians; growth is fitted to the fastest run of each size (the one least\n"
          "disturbed by other processes).\n\n");
  printf ("  %8s %10s %10s %10s %8s %10s %12s\n", "courses", "bytes", "load ms", "parse ms",
          "runs", "peak MiB", "retained MiB");

  for (guint i = 0; i < G_N_ELEMENTS (catalog_sizes); i++)
    {
      g_autofree char *size = g_strdup_printf ("%u", catalog_sizes[i]);
      const char *args[] = { "--child", "catalog", size, NULL };
      g_autofree char *out = bench_run_child (args);

      sizes[i] = catalog_sizes[i];
      load[i] = bench_child_value (out, "load_ms");
      parse[i] = bench_child_value (out, "parse_ms");
      load_min[i] = bench_child_value (out, "load_min");
      parse_min[i] = bench_child_value (out, "parse_min");
      peak[i] = bench_child_value (out, "load_peak_kib");
      printf ("  %8u %10.0f %10.3f %10.3f %8.0f %10.1f %12.1f\n", catalog_sizes[i],
              bench_child_value (out, "bytes"), load[i], parse[i],
              bench_child_value (out, "load_runs"), mib (peak[i]),
              mib (bench_child_value (out, "load_retained_kib")));
    }
  printf ("\n");
  bench_print_growth ("the load time", sizes, load_min, G_N_ELEMENTS (sizes));
  bench_print_growth ("json-glib's parse alone", sizes, parse_min, G_N_ELEMENTS (sizes));
  bench_print_growth ("the load's peak memory", sizes, peak, G_N_ELEMENTS (sizes));
  print_target ("the load", sizes, load_min, G_N_ELEMENTS (sizes), sizes, parse_min,
                G_N_ELEMENTS (sizes));
  printf ("\n");
}

static void
bench_plans (const char  *kind,
             const guint *plan_sizes,
             guint        n_sizes,
             const char  *title,
             const char  *unit)
{
  g_autofree double *sizes = g_new0 (double, n_sizes);
  g_autofree double *load = g_new0 (double, n_sizes);
  g_autofree double *parse = g_new0 (double, n_sizes);
  g_autofree double *to_data = g_new0 (double, n_sizes);
  g_autofree double *save = g_new0 (double, n_sizes);
  g_autofree double *peak = g_new0 (double, n_sizes);
  g_autofree double *load_sizes = g_new0 (double, n_sizes);
  g_autofree double *load_times = g_new0 (double, n_sizes);
  g_autofree double *load_peaks = g_new0 (double, n_sizes);
  guint n_loaded = 0;

  printf ("%s\n\n", title);
  printf ("  %8s %9s %9s %9s %9s %9s %10s %9s %9s %7s\n", unit, "bytes", "load ms", "parse ms",
          "peak MiB", "to_data", "written", "save ms", "peak MiB", "reopen");
  printf ("  %8s %9s %9s %9s %9s %9s %10s %9s %9s %7s\n", "", "", "", "", "(load)", "ms",
          "bytes", "", "(save)", "");

  for (guint i = 0; i < n_sizes; i++)
    {
      g_autofree char *size = g_strdup_printf ("%u", plan_sizes[i]);
      const char *args[] = { "--child", kind, size, NULL };
      g_autofree char *out = bench_run_child (args);
      gboolean refused = !isnan (bench_child_value (out, "load_refused"));
      gboolean save_refused = !isnan (bench_child_value (out, "save_refused"));
      g_autofree char *load_text = NULL;
      g_autofree char *peak_text = NULL;
      g_autofree char *save_text = NULL;
      g_autofree char *save_peak_text = NULL;

      sizes[i] = plan_sizes[i];
      load[i] = bench_child_value (out, "load_ms");
      parse[i] = bench_child_value (out, "parse_min");
      to_data[i] = bench_child_value (out, "to_data_min");
      save[i] = bench_child_value (out, "save_min");
      peak[i] = bench_child_value (out, "load_peak_kib");
      if (!refused)
        {
          load_sizes[n_loaded] = sizes[i];
          load_times[n_loaded] = bench_child_value (out, "load_min");
          load_peaks[n_loaded] = peak[i];
          n_loaded++;
        }

      load_text = refused ? g_strdup ("refused") : g_strdup_printf ("%.3f", load[i]);
      peak_text = refused ? g_strdup ("-") : g_strdup_printf ("%.1f", mib (peak[i]));
      save_text = save_refused ? g_strdup ("refused")
                               : g_strdup_printf ("%.3f", bench_child_value (out, "save_ms"));
      save_peak_text = save_refused ? g_strdup ("-")
                                    : g_strdup_printf ("%.1f", mib (bench_child_value (out,
                                                                                       "save_peak_kib")));
      printf ("  %8u %9.0f %9s %9.3f %9s %9.3f %10.0f %9s %9s %7s\n", plan_sizes[i],
              bench_child_value (out, "bytes"), load_text, bench_child_value (out, "parse_ms"),
              peak_text, bench_child_value (out, "to_data_ms"),
              bench_child_value (out, "written_bytes"), save_text, save_peak_text,
              bench_child_value (out, "reload_ok") == 1 ? "yes" : "REFUSED");
    }
  printf ("\n");
  if (n_loaded < n_sizes)
    printf ("  \"refused\": over the input guard's %d MiB (CAREER_INPUT_MAX_SIZE); to_data and\n"
            "  save are then tried on the same plan built through the commands.  \"reopen\":\n"
            "  whether career_plan_file_load_data() accepts what career_plan_file_to_data()\n"
            "  wrote.\n", CAREER_INPUT_MAX_SIZE / (1024 * 1024));
  bench_print_growth ("the load time", load_sizes, load_times, n_loaded);
  bench_print_growth ("json-glib's parse alone", sizes, parse, n_sizes);
  bench_print_growth ("the load's peak memory", load_sizes, load_peaks, n_loaded);
  bench_print_growth ("to_data", sizes, to_data, n_sizes);
  bench_print_growth ("save", sizes, save, n_sizes);
  print_target ("the load", load_sizes, load_times, n_loaded, sizes, parse, n_sizes);
  print_target ("to_data", sizes, to_data, n_sizes, sizes, parse, n_sizes);
  print_target ("save", sizes, save, n_sizes, sizes, parse, n_sizes);
  printf ("\n");
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  bench_print_header ("Catalog and plan I/O (benchmarks/bench-io.c)");

  {
    g_autoptr(CareerCatalog) catalog = career_catalog_new ();
    g_autoptr(GError) error = NULL;
    double t0 = bench_now_ms ();

    if (!career_catalog_load_builtin (catalog, &error))
      g_error ("built-in catalog: %s", error->message);
    printf ("Built-in catalog, first load (cold, in this process): %.3f ms\n\n",
            bench_now_ms () - t0);
  }

  bench_catalogs ();
  bench_plans ("plan-history", history_sizes, G_N_ELEMENTS (history_sizes),
               "Plan I/O by history length: 100 skills, N level changes spread over them,\n"
               "12 course entries; loaded with a generated catalog (1 000 courses).\n"
               "load: career_plan_file_load_data(); to_data: career_plan_file_to_data();\n"
               "save: career_plan_file_save() to a temporary file",
               "entries");
  bench_plans ("plan-courses", entry_sizes, G_N_ELEMENTS (entry_sizes),
               "Plan I/O by course entries: 20 skills without history, N course entries,\n"
               "4 a term, of a 1 000-course program; same measures",
               "courses");
  return 0;
}
