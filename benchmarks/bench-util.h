/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Small helpers shared by the benchmarks: a monotonic clock in milliseconds,
 * repeated measurement with the median, the memory of this process from
 * /proc/self/status, and the growth of a time with the size of its input.
 *
 * Benchmarks print figures; they never fail because something is slow.
 */

/* Milliseconds on the monotonic clock, with nanosecond resolution. */
double   bench_now_ms            (void);
/* CPU time, in milliseconds, of this thread and of the whole process (all
 * threads): unlike the clock, it does not count the time other processes
 * take the CPU away, so it stays comparable on a busy machine. */
double   bench_thread_cpu_ms     (void);
double   bench_process_cpu_ms    (void);
/* The 1-minute load average, from /proc/loadavg; NAN when not known */
double   bench_load_average      (void);

/**
 * BenchRunFunc:
 * @user_data: the data given to bench_repeat()
 *
 * Runs the operation once, with any set-up and tear-down it needs.
 *
 * Returns: the milliseconds taken by the part being measured
 */
typedef double (*BenchRunFunc) (gpointer user_data);

typedef struct
{
  guint  n;       /* how many runs */
  double median;  /* ms */
  double min;     /* ms */
  double max;     /* ms */
} BenchStats;

/* Runs @func at least @min_runs times and until @budget_ms have passed, at
 * most @max_runs times, and returns the median and extremes. */
BenchStats bench_repeat          (BenchRunFunc  func,
                                  gpointer      user_data,
                                  guint         min_runs,
                                  guint         max_runs,
                                  double        budget_ms);
/* Prints " KEY_ms=median KEY_min=min KEY_runs=n", for a child's output */
void     bench_print_stats       (const char       *key,
                                  const BenchStats *stats);
double   bench_median            (double       *values,
                                  guint         n);

/* Memory, in KiB, from /proc/self/status (VmRSS, VmHWM). */
gint64   bench_rss_kib           (void);
gint64   bench_peak_kib          (void);
/* Resets VmHWM to the current VmRSS through /proc/self/clear_refs, so that
 * the next bench_peak_kib() is the peak of what ran in between.  Returns
 * %FALSE when the kernel refuses (then the peak is the process's lifetime
 * peak, which is why each size runs in a fresh child process). */
gboolean bench_reset_peak        (void);
/* getrusage's ru_maxrss, in KiB: the lifetime peak of this process */
gint64   bench_maxrss_kib        (void);

/* The exponent b of t = a·n^b fitted by least squares on log t against
 * log n over the points with t > 0.  Returns NAN with fewer than two. */
double   bench_fit_exponent      (const double *sizes,
                                  const double *times,
                                  guint         n);
/* Prints "ratio per 10x" and the fitted exponent of @times over @sizes,
 * indented by two spaces, with @what naming the measure. */
void     bench_print_growth      (const char   *what,
                                  const double *sizes,
                                  const double *times,
                                  guint         n);

/* Runs this program again with @args (the path of /proc/self/exe is added
 * in front) and returns its standard output, or %NULL with a message on
 * standard error when it fails. */
char    *bench_run_child         (const char * const *args);
/* Reads "key=value" out of a child's line of output; NAN when absent. */
double   bench_child_value       (const char   *output,
                                  const char   *key);

/* Prints the machine once: CPUs, the build type hint, the date. */
void     bench_print_header      (const char   *title);

G_END_DECLS
