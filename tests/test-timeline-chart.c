/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <string.h>

#include "career-timeline-chart.h"
#include "chart-test-utils.h"

/* 2024-09-10T00:00:00Z and a day */
#define T0  G_GINT64_CONSTANT (1725926400)
#define DAY G_GINT64_CONSTANT (86400)

static const char * const level_names[] = {
  "None", "Aware", "Working Knowledge", "Proficient", "Expert", NULL,
};

/* Progress toward two roles over nine months */
static const gint64 ai_times[] = {
  T0, T0 + 40 * DAY, T0 + 80 * DAY, T0 + 120 * DAY, T0 + 160 * DAY,
  T0 + 200 * DAY, T0 + 240 * DAY, T0 + 280 * DAY,
};
static const double ai_values[] = { 10, 18, 25, 25, 40, 38, 55, 62.5 };
static const gint64 ml_times[] = {
  T0 + 20 * DAY, T0 + 75 * DAY, T0 + 130 * DAY, T0 + 185 * DAY, T0 + 240 * DAY,
};
static const double ml_values[] = { 5, 10, 30, 45, 50 };

static const CareerTimelineSeries two_series[] = {
  { "AI Engineer", G_N_ELEMENTS (ai_times), ai_times, ai_values, 0, FALSE },
  { "Machine Learning Engineer", G_N_ELEMENTS (ml_times), ml_times, ml_values, 1, TRUE },
};

/* A skill's level: 1, 2, 3, down to 2, 3, 4 */
static const gint64 level_times[] = {
  T0, T0 + 23 * DAY, T0 + 46 * DAY, T0 + 69 * DAY, T0 + 92 * DAY, T0 + 115 * DAY,
};
static const double level_values[] = { 1, 2, 3, 2, 3, 4 };
static const CareerTimelineSeries level_series[] = {
  { "Python", G_N_ELEMENTS (level_times), level_times, level_values, 2, FALSE },
};

static CareerTimelineData
progress_data (guint n_series)
{
  CareerTimelineData data = { n_series, two_series, 0, 100, "%s %%", FALSE, NULL };

  return data;
}

static CareerTimelineData
level_data (void)
{
  CareerTimelineData data = { 1, level_series, 0, 4, NULL, TRUE, level_names };

  return data;
}

/* Draws @data into a width × height box that sits BORDER pixels inside a
 * larger image filled with SENTINEL. */
static Canvas
canvas_draw (const CareerTimelineData *data,
             const CareerPalette      *palette,
             int                       width,
             int                       height)
{
  Canvas canvas;
  cairo_t *cr = canvas_begin (&canvas, width, height);

  career_timeline_chart_draw (cr, data, palette, width, height);
  canvas_end (&canvas, cr);

  return canvas;
}

static void
test_pixels (void)
{
  const CareerPalette *palettes[] = { career_palette_light (), career_palette_dark () };
  const int sizes[][2] = { { 300, 200 }, { 360, 220 }, { 700, 300 }, { 400, 400 } };

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
      {
        CareerTimelineData progress = progress_data (2);
        CareerTimelineData levels = level_data ();
        Canvas canvas = canvas_draw (&progress, palettes[p], sizes[k][0], sizes[k][1]);

        g_test_message ("%s palette, %dx%d", p == 0 ? "light" : "dark",
                        sizes[k][0], sizes[k][1]);
        assert_nothing_outside (&canvas);

        /* The background in the corners, the series' own colors in their
         * lines, dots and legend swatches, the axis labels and the legend */
        g_assert_cmphex (canvas_pixel (&canvas, BORDER, BORDER), ==,
                         color_pixel (&palettes[p]->background));
        g_assert_cmphex (canvas_pixel (&canvas, BORDER + canvas.width - 1,
                                       BORDER + canvas.height - 1), ==,
                         color_pixel (&palettes[p]->background));
        for (guint s = 0; s < G_N_ELEMENTS (two_series); s++)
          g_assert_cmpuint (count_color (&canvas, &palettes[p]->series[s]), >, 100);
        g_assert_cmpuint (count_text (&canvas, &palettes[p]->muted), >, 50);
        g_assert_cmpuint (count_color (&canvas, &palettes[p]->grid), >, 200);
        g_assert_cmpuint (count_text (&canvas, &palettes[p]->foreground), >, 50);
        g_assert_cmpuint (count_color (&canvas, &palettes[p]->series[2]), ==, 0);
        canvas_clear (&canvas);

        canvas = canvas_draw (&levels, palettes[p], sizes[k][0], sizes[k][1]);
        assert_nothing_outside (&canvas);
        g_assert_cmpuint (count_color (&canvas, &palettes[p]->series[2]), >, 100);
        g_assert_cmpuint (count_text (&canvas, &palettes[p]->muted), >, 50);
        g_assert_cmpuint (count_color (&canvas, &palettes[p]->series[0]), ==, 0);
        canvas_clear (&canvas);
      }
}

/* One series has no legend: no text in the foreground color */
static void
test_legend (void)
{
  const CareerPalette *palette = career_palette_light ();
  CareerTimelineData one = progress_data (1);
  CareerTimelineData two = progress_data (2);
  Canvas canvas;

  canvas = canvas_draw (&one, palette, 360, 220);
  g_assert_cmpuint (count_text (&canvas, &palette->foreground), ==, 0);
  canvas_clear (&canvas);

  /* The legend goes at the bottom */
  canvas = canvas_draw (&two, palette, 360, 220);
  g_assert_cmpuint (count_near_in (&canvas, &palette->foreground, 40, 0, 190, 360, 30), >, 50);
  g_assert_cmpuint (count_near_in (&canvas, &palette->foreground, 40, 0, 0, 360, 160), ==, 0);
  canvas_clear (&canvas);
}

static void
test_transparent_background (void)
{
  CareerPalette palette = *career_palette_dark ();
  CareerTimelineData data = progress_data (2);
  Canvas canvas;

  /* With a transparent background the chart draws on what is there */
  palette.background.alpha = 0;
  canvas = canvas_draw (&data, &palette, 360, 220);
  assert_nothing_outside (&canvas);
  g_assert_cmphex (canvas_pixel (&canvas, BORDER, BORDER), ==, SENTINEL);
  g_assert_cmpuint (count_color (&canvas, &palette.series[0]), >, 100);
  canvas_clear (&canvas);
}

static void
test_state_restored (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 360, 220);
  cairo_t *cr = cairo_create (surface);
  CareerTimelineData data = progress_data (2);
  cairo_matrix_t before, after;

  cairo_set_line_width (cr, 7);
  cairo_translate (cr, 3, 4);
  cairo_get_matrix (cr, &before);
  career_timeline_chart_draw (cr, &data, career_palette_light (), 360, 220);
  cairo_get_matrix (cr, &after);

  g_assert_cmpfloat (cairo_get_line_width (cr), ==, 7);
  g_assert_true (memcmp (&before, &after, sizeof before) == 0);
  g_assert_false (cairo_has_current_point (cr));
  g_assert_cmpint (cairo_get_dash_count (cr), ==, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_pdf (void)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  CareerTimelineData progress = progress_data (2);
  CareerTimelineData levels = level_data ();
  cairo_surface_t *surface;
  cairo_t *cr;

  /* An A4 page with two charts 480 × 240 pt */
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, 595, 842);
  cr = cairo_create (surface);
  cairo_translate (cr, 57, 100);
  career_timeline_chart_draw (cr, &progress, career_palette_light (), 480, 240);
  cairo_translate (cr, 0, 300);
  career_timeline_chart_draw (cr, &levels, career_palette_light (), 480, 240);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (bytes->len, >, 1000);
  g_assert_true (memcmp (bytes->data, "%PDF", 4) == 0);
}

/* Steps hold each value until the next point; lines cut across.  Two
 * points, 0 then 4: along the middle column the step line runs at the
 * bottom, the straight line through the middle. */
static void
test_steps (void)
{
  static const gint64 times[] = { T0, T0 + 100 * DAY };
  static const double values[] = { 0, 4 };
  const CareerTimelineSeries series[] = { { "S", 2, times, values, 0, FALSE } };
  const CareerPalette *palette = career_palette_light ();
  CareerTimelineData data = { 1, series, 0, 4, NULL, FALSE, NULL };
  Canvas canvas;
  double line_x, line_y, step_x, step_y;

  canvas = canvas_draw (&data, palette, 400, 300);
  color_center (&canvas, &palette->series[0], &line_x, &line_y);
  canvas_clear (&canvas);

  data.steps = TRUE;
  canvas = canvas_draw (&data, palette, 400, 300);
  color_center (&canvas, &palette->series[0], &step_x, &step_y);
  g_assert_cmpuint (count_color_in (&canvas, &palette->series[0], 190, 0, 20, 200), ==, 0);
  canvas_clear (&canvas);

  /* The step's mass is lower and further right (the rise at the end) */
  g_assert_cmpfloat (step_y, >, line_y + 20);
  g_assert_cmpfloat (step_x, >, line_x + 20);
}

/* One point, or points all at one time, are drawn in the middle */
static void
test_one_time (void)
{
  static const gint64 times[] = { T0, T0, T0 };
  static const double values[] = { 2, 2, 2 };
  const CareerPalette *palette = career_palette_dark ();

  for (guint n = 1; n <= 3; n++)
    {
      const CareerTimelineSeries series[] = { { "One", n, times, values, 3, FALSE } };
      CareerTimelineData data = { 1, series, 0, 4, NULL, TRUE, level_names };
      Canvas canvas = canvas_draw (&data, palette, 360, 220);
      double cx, cy;

      assert_nothing_outside (&canvas);
      color_center (&canvas, &palette->series[3], &cx, &cy);
      g_assert_cmpuint (count_color (&canvas, &palette->series[3]), >, 4);
      /* Between the value labels and the right edge */
      g_assert_cmpfloat (cx, >, 180);
      g_assert_cmpfloat (cx, <, 300);
      canvas_clear (&canvas);
    }
}

static void
test_describe (void)
{
  CareerTimelineData progress = progress_data (2);
  CareerTimelineData levels = level_data ();
  g_autofree char *progress_text = career_timeline_chart_describe (&progress);
  g_autofree char *levels_text = career_timeline_chart_describe (&levels);

  /* T0 + 280 days is 17 June 2025; T0 + 20 days 30 September 2024 and
   * T0 + 240 days 8 May 2025.  AI: 10 -> 62.5, up 52.5; ML: 5 -> 50, up 45 */
  g_test_message ("%s", progress_text);
  g_assert_cmpstr (progress_text, ==,
                   "Line chart of 2 series over time, from 0 % to 100 %. "
                   "AI Engineer: 8 points, from 10 % on 10 September 2024 to 62.5 % "
                   "on 17 June 2025, up 52.5 %. "
                   "Machine Learning Engineer: 5 points, from 5 % on 30 September 2024 "
                   "to 50 % on 8 May 2025, up 45 %.");

  /* The levels in order, with their names */
  g_test_message ("%s", levels_text);
  g_assert_cmpstr (levels_text, ==,
                   "Step chart of 1 series over time, from 0 to 4. "
                   "Python: 6 points, from Aware (1) on 10 September 2024 to Expert (4) "
                   "on 3 January 2025, up 3. In order: Aware (1) on 10 September 2024, "
                   "Working Knowledge (2) on 3 October 2024, Proficient (3) on 26 October 2024, "
                   "Working Knowledge (2) on 18 November 2024, Proficient (3) on "
                   "11 December 2024, Expert (4) on 3 January 2025.");
}

static void
test_describe_few (void)
{
  static const gint64 times[] = { T0, T0 + DAY, T0 + 2 * DAY };
  static const double down[] = { 3, NAN, 1 };
  static const double same[] = { 2.5, 2.5, 2.5 };
  const CareerTimelineSeries series[] = {
    { "Empty", 0, NULL, NULL, 0, FALSE },
    { "One", 1, times, same, 1, FALSE },
    { "Down", 3, times, down, 2, FALSE },
    { "Flat", 3, times, same, 3, FALSE },
    { NULL, 3, times, NULL, 4, FALSE },
  };
  CareerTimelineData data = { G_N_ELEMENTS (series), series, 0, 4, NULL, FALSE, NULL };
  g_autofree char *text = career_timeline_chart_describe (&data);
  g_autofree char *nothing = NULL;
  g_autofree char *formatted = NULL;

  /* A gap (NaN) is no point; 3 -> 1 is down 2; a whole value with a value
   * name in a line chart still gets it */
  g_assert_cmpstr (text, ==,
                   "Line chart of 5 series over time, from 0 to 4. "
                   "Empty: no data. "
                   "One: 2.5 on 10 September 2024. "
                   "Down: 2 points, from 3 on 10 September 2024 to 1 on 12 September 2024, "
                   "down 2. "
                   "Flat: 3 points, from 2.5 on 10 September 2024 to 2.5 on "
                   "12 September 2024, no change. "
                   ": no data.");

  data.n_series = 0;
  nothing = career_timeline_chart_describe (&data);
  g_assert_cmpstr (nothing, ==, "Line chart of 0 series over time, from 0 to 4.");

  /* Formats are text, not printf: only the first %s is the number */
  data.n_series = 2;
  data.value_format = "%n%d %s / %s %1$s %%";
  formatted = career_timeline_chart_describe (&data);
  g_assert_cmpstr (formatted, ==,
                   "Line chart of 2 series over time, from %n%d 0 / %s %1$s % "
                   "to %n%d 4 / %s %1$s %. Empty: no data. "
                   "One: %n%d 2.5 / %s %1$s % on 10 September 2024.");
}

/* Steps with many points list the last 20 */
static void
test_describe_many (void)
{
  g_autofree gint64 *times = g_new (gint64, 100);
  g_autofree double *values = g_new (double, 100);
  CareerTimelineSeries series = { "Many", 100, times, values, 0, FALSE };
  CareerTimelineData data = { 1, &series, 0, 4, NULL, TRUE, level_names };
  g_autofree char *text = NULL;
  const char *list;

  for (guint i = 0; i < 100; i++)
    {
      times[i] = T0 + i * DAY;
      values[i] = i % 5;
    }
  text = career_timeline_chart_describe (&data);
  g_test_message ("%s", text);

  list = strstr (text, "The last 20 in order: ");
  g_assert_nonnull (list);
  /* Point 80 (level 0, 29 November 2024) is the first listed */
  g_assert_true (g_str_has_prefix (list, "The last 20 in order: None (0) on 29 November 2024, "
                                         "Aware (1) on 30 November 2024, "));
  g_assert_true (g_str_has_suffix (text, "Expert (4) on 18 December 2024."));
  g_assert_null (strstr (text, "28 November"));
}

/* Odd data and odd sizes: no crash, nothing outside */
static void
test_degenerate (void)
{
  static const gint64 times[] = { T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY, T0 + 4 * DAY };
  static const gint64 same_times[] = { T0, T0, T0, T0, T0 };
  static const gint64 wild_times[] = { G_MININT64, -1, 0, T0, G_MAXINT64 };
  static const gint64 backwards[] = { T0 + 4 * DAY, T0 + 2 * DAY, T0, T0 + 3 * DAY, T0 + DAY };
  static const double odd[] = { NAN, INFINITY, -3, 99, -INFINITY };
  static const double normal[] = { 0, 1, 4, 2, 3 };
  static const double gap[] = { 1, NAN, 3, NAN, 2 };
  static const double huge[] = { -1e300, 1e300, 0, 1e-300, -0.0 };
  const CareerTimelineSeries series[] = {
    { "Odd values", 5, times, odd, 0, FALSE },
    { NULL, 5, NULL, NULL, 7, TRUE },                 /* no name, no points, color wraps */
    { "Same time", 5, same_times, normal, 2, FALSE },
    { "Wild times", 5, wild_times, normal, 3, TRUE },
    { "Gap", 5, times, gap, 4, FALSE },
    { "Backwards", 5, backwards, normal, 5, FALSE },
    { "Huge", 5, times, huge, 6, FALSE },
    { "Empty", 0, times, normal, 1, FALSE },
    { "A series with a rather long name that will not fit on one line of the legend at all",
      5, times, normal, 0, FALSE },
  };
  const int sizes[][2] = { { 360, 220 }, { 120, 80 }, { 40, 40 }, { 10, 300 }, { 300, 10 },
                           { 1, 1 } };
  const double ranges[][2] = { { 0, 4 }, { 0, 0 }, { 4, 0 }, { NAN, 4 }, { 0, INFINITY },
                               { -1e308, 1e308 }, { 0, 100 } };
  const char *formats[] = { NULL, "%s %%", "%" };

  for (guint first = 0; first < G_N_ELEMENTS (series); first++)
    for (guint n_series = 0; n_series <= 2 && first + n_series <= G_N_ELEMENTS (series); n_series++)
      for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
        for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
          {
            CareerTimelineData data = {
              n_series, &series[first], ranges[r][0], ranges[r][1],
              formats[(first + r) % G_N_ELEMENTS (formats)], (first + k) % 2 == 0,
              r % 2 == 0 ? level_names : NULL,
            };
            Canvas canvas = canvas_draw (&data, career_palette_light (),
                                         sizes[k][0], sizes[k][1]);
            g_autofree char *text = career_timeline_chart_describe (&data);

            assert_nothing_outside (&canvas);
            g_assert_nonnull (text);
            canvas_clear (&canvas);
          }

  /* All nine series at once */
  {
    CareerTimelineData data = { G_N_ELEMENTS (series), series, 0, 4, NULL, FALSE, NULL };

    for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
      {
        Canvas canvas = canvas_draw (&data, career_palette_dark (), sizes[k][0], sizes[k][1]);

        assert_nothing_outside (&canvas);
        canvas_clear (&canvas);
      }
  }

  /* Sizes that are no sizes draw nothing */
  {
    CareerTimelineData data = progress_data (2);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
    cairo_t *cr = cairo_create (surface);

    career_timeline_chart_draw (cr, &data, career_palette_light (), NAN, 100);
    career_timeline_chart_draw (cr, &data, career_palette_light (), 100, -1);
    career_timeline_chart_draw (cr, &data, career_palette_light (), INFINITY, 100);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

/* Spans from an hour to centuries, at small and large sizes */
static void
test_spans (void)
{
  const gint64 spans[] = { 0, 3600, 20 * 3600, 2 * DAY, 9 * DAY, 40 * DAY, 100 * DAY,
                           400 * DAY, 3 * 365 * DAY, 30 * 365 * DAY, 900 * 365 * DAY };
  const int sizes[][2] = { { 300, 200 }, { 700, 300 } };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
      {
        const gint64 times[] = { T0, T0 + spans[i] / 3, T0 + spans[i] };
        static const double values[] = { 10, 60, 40 };
        const CareerTimelineSeries series[] = { { "Span", 3, times, values, 0, FALSE } };
        CareerTimelineData data = { 1, series, 0, 100, "%s %%", FALSE, NULL };
        const CareerPalette *palette = career_palette_light ();
        Canvas canvas = canvas_draw (&data, palette, sizes[k][0], sizes[k][1]);

        g_test_message ("span %" G_GINT64_FORMAT " s, %dx%d", spans[i], sizes[k][0], sizes[k][1]);
        assert_nothing_outside (&canvas);
        g_assert_cmpuint (count_color (&canvas, &palette->series[0]), >, 20);
        /* Date labels below the plot */
        g_assert_cmpuint (count_near_in (&canvas, &palette->muted, 40, 60, sizes[k][1] - 30,
                                         sizes[k][0] - 60, 30), >, 20);
        canvas_clear (&canvas);
      }
}

/* 100 000 points draw (as lines; dots only while they stand apart) */
static void
test_dense (void)
{
  guint n = 100000;
  g_autofree gint64 *times = g_new (gint64, n);
  g_autofree double *values = g_new (double, n);
  CareerTimelineSeries series = { "Dense", n, times, values, 1, FALSE };
  CareerTimelineData data = { 1, &series, 0, 100, "%s %%", FALSE, NULL };
  const CareerPalette *palette = career_palette_light ();
  Canvas canvas;

  for (guint i = 0; i < n; i++)
    {
      times[i] = T0 + i * 600;
      values[i] = 50 + 40 * sin (i / 5000.0);
    }
  canvas = canvas_draw (&data, palette, 700, 300);
  assert_nothing_outside (&canvas);
  g_assert_cmpuint (count_color (&canvas, &palette->series[1]), >, 500);
  canvas_clear (&canvas);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-chart/pixels", test_pixels);
  g_test_add_func ("/timeline-chart/legend", test_legend);
  g_test_add_func ("/timeline-chart/transparent-background", test_transparent_background);
  g_test_add_func ("/timeline-chart/state-restored", test_state_restored);
  g_test_add_func ("/timeline-chart/pdf", test_pdf);
  g_test_add_func ("/timeline-chart/steps", test_steps);
  g_test_add_func ("/timeline-chart/one-time", test_one_time);
  g_test_add_func ("/timeline-chart/describe", test_describe);
  g_test_add_func ("/timeline-chart/describe-few", test_describe_few);
  g_test_add_func ("/timeline-chart/describe-many", test_describe_many);
  g_test_add_func ("/timeline-chart/degenerate", test_degenerate);
  g_test_add_func ("/timeline-chart/spans", test_spans);
  g_test_add_func ("/timeline-chart/dense", test_dense);

  return g_test_run ();
}
