/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerBench"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "bench-util.h"

double
bench_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
clock_ms (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double
bench_thread_cpu_ms (void)
{
  return clock_ms (CLOCK_THREAD_CPUTIME_ID);
}

double
bench_process_cpu_ms (void)
{
  return clock_ms (CLOCK_PROCESS_CPUTIME_ID);
}

double
bench_load_average (void)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &contents, NULL, NULL))
    return NAN;
  return g_ascii_strtod (contents, NULL);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_median (double *values,
              guint   n)
{
  if (n == 0)
    return NAN;

  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

BenchStats
bench_repeat (BenchRunFunc func,
              gpointer     user_data,
              guint        min_runs,
              guint        max_runs,
              double       budget_ms)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double start = bench_now_ms ();
  BenchStats stats = { 0, };

  while (times->len < max_runs &&
         (times->len < min_runs || bench_now_ms () - start < budget_ms))
    {
      double t = func (user_data);

      g_array_append_val (times, t);
    }

  stats.n = times->len;
  stats.median = bench_median ((double *) (gpointer) times->data, times->len);
  stats.min = g_array_index (times, double, 0);
  stats.max = g_array_index (times, double, times->len - 1);
  return stats;
}

static gint64
status_kib (const char *key)
{
  g_autofree char *contents = NULL;
  const char *line;
  gsize key_len = strlen (key);

  if (!g_file_get_contents ("/proc/self/status", &contents, NULL, NULL))
    return -1;

  for (line = contents; line != NULL && *line != '\0'; )
    {
      const char *end = strchr (line, '\n');

      if (strncmp (line, key, key_len) == 0 && line[key_len] == ':')
        return g_ascii_strtoll (line + key_len + 1, NULL, 10);
      line = end != NULL ? end + 1 : NULL;
    }

  return -1;
}

gint64
bench_rss_kib (void)
{
  return status_kib ("VmRSS");
}

gint64
bench_peak_kib (void)
{
  return status_kib ("VmHWM");
}

gboolean
bench_reset_peak (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  ok = fclose (f) == 0 && ok;
  return ok;
}

gint64
bench_maxrss_kib (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return -1;
  return usage.ru_maxrss;
}

double
bench_fit_exponent (const double *sizes,
                    const double *times,
                    guint         n)
{
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  guint m = 0;

  for (guint i = 0; i < n; i++)
    {
      double x, y;

      if (!(times[i] > 0) || !(sizes[i] > 0) || !isfinite (times[i]))
        continue;
      x = log (sizes[i]);
      y = log (times[i]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      m++;
    }

  if (m < 2 || m * sxx - sx * sx == 0)
    return NAN;
  return (m * sxy - sx * sy) / (m * sxx - sx * sx);
}

void
bench_print_growth (const char   *what,
                    const double *sizes,
                    const double *times,
                    guint         n)
{
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_append_printf (line, "  growth of %s:", what);
  for (guint i = 1; i < n; i++)
    {
      double factor = sizes[i] / sizes[i - 1];

      if (!(times[i - 1] > 0) || !(times[i] > 0))
        continue;
      /* Normalised to a tenfold size, so that steps of other factors compare */
      g_string_append_printf (line, " x%.3g per 10x (%g->%g)",
                              pow (times[i] / times[i - 1], 1.0 / log10 (factor)),
                              sizes[i - 1], sizes[i]);
      if (i + 1 < n)
        g_string_append_c (line, ',');
    }
  g_string_append_printf (line, "; fitted exponent %.2f", bench_fit_exponent (sizes, times, n));
  printf ("%s\n", line->str);
}

char *
bench_run_child (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  /* Not the path of the file: the build may replace it while this runs */
  const char *self_path = "/proc/self/exe";
  char *output = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) self_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  fflush (stdout);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_CHILD_INHERITS_STDERR, NULL, NULL,
                     &output, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      fprintf (stderr, "child %s %s failed: %s\n", args[0], args[1] ? args[1] : "",
               error->message);
      g_free (output);
      return NULL;
    }

  return output;
}

double
bench_child_value (const char *output,
                   const char *key)
{
  g_autofree char *needle = g_strconcat (" ", key, "=", NULL);
  g_autofree char *padded = NULL;
  const char *found;

  if (output == NULL)
    return NAN;
  padded = g_strconcat (" ", output, NULL);
  found = strstr (padded, needle);
  if (found == NULL)
    return NAN;
  return g_ascii_strtod (found + strlen (needle), NULL);
}

void
bench_print_stats (const char       *key,
                   const BenchStats *stats)
{
  printf (" %s_ms=%.4f %s_min=%.4f %s_runs=%u", key, stats->median, key, stats->min, key,
          stats->n);
}

void
bench_print_header (const char *title)
{
  g_autofree char *cpuinfo = NULL;
  g_autofree char *model = NULL;
  GDateTime *now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL))
    {
      const char *line = strstr (cpuinfo, "model name");

      if (line != NULL && (line = strchr (line, ':')) != NULL)
        model = g_strndup (line + 2, strcspn (line + 2, "\n"));
    }

  printf ("== %s ==\n", title);
  printf ("machine: %ld CPUs online, %s; %s; load average %.2f at the start\n",
          sysconf (_SC_NPROCESSORS_ONLN), model != NULL ? model : "unknown CPU", date,
          bench_load_average ());
#ifdef __OPTIMIZE__
  printf ("build: optimized (figures of a release build)\n");
#else
  printf ("build: not optimized (-O0, a debug build: figures are upper bounds of a release build)\n");
#endif
  printf ("\n");
  g_date_time_unref (now);
}
