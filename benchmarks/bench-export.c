/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * PDF export at generated sizes: time and peak memory of writing a plan of
 * 10, 100 and 1 000 course entries as a PDF, and how they grow with size;
 * then the example plan with the built-in catalog.
 *
 * The app exports in two parts (src/app/career-window-export.c): the main
 * thread writes the plan out (career_plan_file_to_data()), a worker thread
 * reads that copy back and writes the PDF (career_report_write_pdf()), with
 * a progress bar meanwhile.  Both parts are timed here, and the worker's
 * split into the layout (career_report_new_with_options(), which measures
 * every row with pango) and the whole write.  Each size runs in a fresh
 * child process ("--child SIZE"), so that one size's allocations do not
 * hide the next one's peak; times are medians of repeated runs.
 */
#define G_LOG_DOMAIN "CareerBench"

#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>

#include "bench-generate.h"
#include "bench-util.h"
#include "career-catalog.h"
#include "career-plan-file.h"
#include "career-report.h"

/* Repetitions: at least 3, for up to 3 s, at most 30 */
#define MIN_RUNS  3
#define MAX_RUNS  30
#define BUDGET_MS 3000.0

static const guint entry_sizes[] = { 10, 100, 1000 };

/* Child side */

typedef struct
{
  CareerCatalog       *catalog;
  CareerPlan          *plan;
  const char          *data;     /* the plan written out, as the worker gets it */
  gsize                length;
  GFile               *file;
  CareerReportOptions *options;
} ExportRun;

static double
run_to_data (gpointer user_data)
{
  ExportRun *run = user_data;
  g_autofree char *data = NULL;
  gsize length;
  double t0 = bench_now_ms ();

  data = career_plan_file_to_data (run->plan, &length);
  return bench_now_ms () - t0;
}

static double
run_layout (gpointer user_data)
{
  ExportRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerReport) report = NULL;
  double t0 = bench_now_ms (), t1;

  report = career_report_new_with_options (run->plan, run->catalog, run->options, &error);
  t1 = bench_now_ms ();
  if (report == NULL)
    g_error ("laying out the report: %s", error->message);
  return t1 - t0;
}

/* What the worker thread does: read the copy back, write the PDF */
static double
run_worker (gpointer user_data)
{
  ExportRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerPlan) copy = NULL;
  double t0 = bench_now_ms (), t1;

  copy = career_plan_file_load_data (run->data, run->length, "generated.careerplan",
                                     run->catalog, NULL, &error);
  if (copy == NULL)
    g_error ("reading the plan back: %s", error->message);
  if (!career_report_write_pdf (copy, run->catalog, run->file, run->options, &error))
    g_error ("writing the PDF: %s", error->message);
  t1 = bench_now_ms ();
  return t1 - t0;
}

static int
child_main (guint size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("career-bench-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(CareerCatalog) catalog = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 1, 15, 12, 0, 0);
  CareerReportOptions options = {
    .page_width = CAREER_REPORT_A4_WIDTH, .page_height = CAREER_REPORT_A4_HEIGHT, .date = date,
  };
  ExportRun run = { NULL, };
  BenchStats stats;
  gint64 rss_before;
  gint64 peak;
  gboolean reset;
  GStatBuf st;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "plan.pdf", NULL);
  file = g_file_new_for_path (path);

  if (size == 0)
    {
      /* The example plan with the built-in catalog */
      g_autofree char *example = g_build_filename (SOURCE_ROOT, "data", "examples",
                                                   "example.careerplan", NULL);
      g_autofree char *text = NULL;
      gsize text_length;

      catalog = career_catalog_new ();
      if (!career_catalog_load_builtin (catalog, &error))
        g_error ("built-in catalog: %s", error->message);
      if (!g_file_get_contents (example, &text, &text_length, &error))
        g_error ("%s", error->message);
      plan = career_plan_file_load_data (text, text_length, example, catalog, NULL, &error);
    }
  else
    {
      BenchPlanSpec spec = {
        .n_skills = 40, .n_history = 400, .n_entries = size, .n_courses = 1000, .per_term = 4,
        .role_id = "role-0",
      };
      g_autoptr(GString) text = bench_generate_plan (&spec);

      catalog = bench_load_plan_catalog (1000);
      plan = career_plan_file_load_data (text->str, text->len, "generated.careerplan", catalog,
                                         NULL, &error);
    }
  if (plan == NULL)
    g_error ("plan: %s", error->message);

  data = career_plan_file_to_data (plan, &run.length);
  run.catalog = catalog;
  run.plan = plan;
  run.data = data;
  run.file = file;
  run.options = &options;

  /* The peak of one export, above what was resident before it */
  malloc_trim (0);
  reset = bench_reset_peak ();
  rss_before = reset ? bench_rss_kib () : bench_maxrss_kib ();
  run_worker (&run);
  peak = (reset ? bench_peak_kib () : bench_maxrss_kib ()) - rss_before;
  printf ("export_peak_kib=%" G_GINT64_FORMAT, MAX (peak, 0));
  if (g_stat (path, &st) == 0)
    printf (" pdf_bytes=%" G_GINT64_FORMAT, (gint64) st.st_size);
  {
    g_autoptr(CareerReport) report = career_report_new_with_options (plan, catalog, &options,
                                                                     &error);

    if (report == NULL)
      g_error ("laying out the report: %s", error->message);
    printf (" pages=%u", career_report_get_n_pages (report));
  }

  stats = bench_repeat (run_to_data, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
  bench_print_stats ("to_data", &stats);
  stats = bench_repeat (run_layout, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
  bench_print_stats ("layout", &stats);
  stats = bench_repeat (run_worker, &run, MIN_RUNS, MAX_RUNS, BUDGET_MS);
  bench_print_stats ("worker", &stats);
  printf ("\n");

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}

/* Parent side */

static double
mib (double kib)
{
  return kib / 1024.0;
}

static void
print_row (const char *what,
           const char *out)
{
  printf ("  %-10s %6.0f %9.0f %10.3f %10.3f %10.3f %10.1f\n", what,
          bench_child_value (out, "pages"), bench_child_value (out, "pdf_bytes"),
          bench_child_value (out, "to_data_ms"), bench_child_value (out, "layout_ms"),
          bench_child_value (out, "worker_ms"), mib (bench_child_value (out, "export_peak_kib")));
}

int
main (int   argc,
      char *argv[])
{
  double sizes[G_N_ELEMENTS (entry_sizes)];
  double layout[G_N_ELEMENTS (entry_sizes)];
  double worker[G_N_ELEMENTS (entry_sizes)];
  double peak[G_N_ELEMENTS (entry_sizes)];

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return child_main ((guint) g_ascii_strtoull (argv[2], NULL, 10));

  bench_print_header ("PDF export (benchmarks/bench-export.c)");
  printf ("Plans of N course entries (4 a term) from a generated 1 000-course program,\n"
          "40 skills with 400 level changes; A4.  to_data: the main thread's part,\n"
          "career_plan_file_to_data(); the worker's part: the plan read back and\n"
          "career_report_write_pdf(), of which layout is career_report_new_with_options();\n"
          "peak: the worker's part, above what was resident before it.\n\n");
  printf ("  %-10s %6s %9s %10s %10s %10s %10s\n", "entries", "pages", "PDF bytes",
          "to_data ms", "layout ms", "worker ms", "peak MiB");

  for (guint i = 0; i < G_N_ELEMENTS (entry_sizes); i++)
    {
      g_autofree char *size = g_strdup_printf ("%u", entry_sizes[i]);
      const char *args[] = { "--child", size, NULL };
      g_autofree char *out = bench_run_child (args);

      if (out == NULL)
        return 1;
      sizes[i] = entry_sizes[i];
      layout[i] = bench_child_value (out, "layout_min");
      worker[i] = bench_child_value (out, "worker_min");
      peak[i] = bench_child_value (out, "export_peak_kib");
      print_row (size, out);
    }
  printf ("\n");
  bench_print_growth ("the layout", sizes, layout, G_N_ELEMENTS (sizes));
  bench_print_growth ("the worker's part", sizes, worker, G_N_ELEMENTS (sizes));
  bench_print_growth ("the peak memory", sizes, peak, G_N_ELEMENTS (sizes));

  {
    const char *args[] = { "--child", "0", NULL };
    g_autofree char *out = bench_run_child (args);

    if (out == NULL)
      return 1;
    printf ("\nThe example plan (data/examples/example.careerplan), built-in catalog:\n\n");
    printf ("  %-10s %6s %9s %10s %10s %10s %10s\n", "", "pages", "PDF bytes", "to_data ms",
            "layout ms", "worker ms", "peak MiB");
    print_row ("example", out);
  }
  return 0;
}
