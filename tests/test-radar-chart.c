/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <string.h>

#include "career-radar-chart.h"
#include "chart-test-utils.h"

static const char * const axis_labels[] = {
  "Algorithms and Optimization", "Mathematics and Statistics", "Programming Languages",
  "Software Engineering and Cloud", "Machine Learning and Neural Networks",
  "AI Engineering", "ML Engineering and MLOps", "Data and Analytics",
  "Communication and Leadership",
};
static const double ai[] = { 1.6, 1.8, 2.4, 2.4, 1.8, 3.1, 2.0, 2.0, 2.4 };
static const double ml[] = { 3.0, 3.0, 2.3, 2.8, 2.7, 2.0, 3.2, 2.4, 2.4 };
static const double me[] = { 0.0, 1.8, 1.9, 0.5, 0.9, 4.0, 1.0, 0.0, 1.1 };

static const CareerRadarSeries three_series[] = {
  { "AI Engineer", ai, 0, FALSE, TRUE },
  { "Machine Learning Engineer", ml, 1, FALSE, TRUE },
  { "My levels", me, 2, TRUE, FALSE },
};

static CareerRadarData
test_data (void)
{
  CareerRadarData data = {
    G_N_ELEMENTS (axis_labels), axis_labels,
    G_N_ELEMENTS (three_series), three_series, 4,
  };

  return data;
}

/* Draws @data into a width × height box that sits BORDER pixels inside a
 * larger image filled with SENTINEL. */
static Canvas
canvas_draw (const CareerRadarData *data,
             const CareerPalette   *palette,
             int                    width,
             int                    height)
{
  Canvas canvas;
  cairo_t *cr = canvas_begin (&canvas, width, height);

  career_radar_chart_draw (cr, data, palette, width, height);
  canvas_end (&canvas, cr);

  return canvas;
}

static void
test_pixels (void)
{
  const CareerPalette *palettes[] = { career_palette_light (), career_palette_dark () };
  const int sizes[][2] = { { 400, 400 }, { 320, 320 }, { 360, 520 }, { 600, 300 } };
  CareerRadarData data = test_data ();

  for (guint p = 0; p < G_N_ELEMENTS (palettes); p++)
    for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
      {
        Canvas canvas = canvas_draw (&data, palettes[p], sizes[k][0], sizes[k][1]);

        g_test_message ("%s palette, %dx%d", p == 0 ? "light" : "dark",
                        sizes[k][0], sizes[k][1]);
        assert_nothing_outside (&canvas);

        /* The background in the corners, the series' own colors in their
         * outlines, dots and legend swatches, and text */
        g_assert_cmphex (canvas_pixel (&canvas, BORDER, BORDER), ==,
                         color_pixel (&palettes[p]->background));
        g_assert_cmphex (canvas_pixel (&canvas, BORDER + canvas.width - 1,
                                       BORDER + canvas.height - 1), ==,
                         color_pixel (&palettes[p]->background));
        for (guint s = 0; s < G_N_ELEMENTS (three_series); s++)
          g_assert_cmpuint (count_color (&canvas, &palettes[p]->series[s]), >, 50);
        g_assert_cmpuint (count_color (&canvas, &palettes[p]->foreground), >, 20);
        g_assert_cmpuint (count_color (&canvas, &palettes[p]->series[3]), ==, 0);

        canvas_clear (&canvas);
      }
}

static void
test_transparent_background (void)
{
  CareerPalette palette = *career_palette_dark ();
  CareerRadarData data = test_data ();
  Canvas canvas;

  /* With a transparent background the chart draws on what is there */
  palette.background.alpha = 0;
  canvas = canvas_draw (&data, &palette, 320, 320);
  assert_nothing_outside (&canvas);
  g_assert_cmphex (canvas_pixel (&canvas, BORDER, BORDER), ==, SENTINEL);
  g_assert_cmpuint (count_color (&canvas, &palette.series[0]), >, 50);
  canvas_clear (&canvas);
}

static void
test_state_restored (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 320);
  cairo_t *cr = cairo_create (surface);
  CareerRadarData data = test_data ();
  cairo_matrix_t before, after;

  cairo_set_line_width (cr, 7);
  cairo_translate (cr, 3, 4);
  cairo_get_matrix (cr, &before);
  career_radar_chart_draw (cr, &data, career_palette_light (), 320, 320);
  cairo_get_matrix (cr, &after);

  g_assert_cmpfloat (cairo_get_line_width (cr), ==, 7);
  g_assert_true (memcmp (&before, &after, sizeof before) == 0);
  g_assert_false (cairo_has_current_point (cr));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_pdf (void)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  CareerRadarData data = test_data ();
  cairo_surface_t *surface;
  cairo_t *cr;

  /* An A4 page with the chart in a 400 pt box */
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, 595, 842);
  cr = cairo_create (surface);
  cairo_translate (cr, 97, 100);
  career_radar_chart_draw (cr, &data, career_palette_light (), 400, 400);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_cmpuint (bytes->len, >, 1000);
  g_assert_true (memcmp (bytes->data, "%PDF", 4) == 0);
}

static void
test_describe (void)
{
  CareerRadarData data = test_data ();
  g_autofree char *text = career_radar_chart_describe (&data);

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Radar chart of 3 series over 9 skill areas, from 0 to 4."));
  for (guint s = 0; s < G_N_ELEMENTS (three_series); s++)
    g_assert_nonnull (strstr (text, three_series[s].name));
  for (guint i = 0; i < G_N_ELEMENTS (axis_labels); i++)
    g_assert_nonnull (strstr (text, axis_labels[i]));

  /* The figures, with one decimal where there is one */
  g_assert_nonnull (strstr (text, "AI Engineer: Algorithms and Optimization 1.6, "
                                  "Mathematics and Statistics 1.8, Programming Languages 2.4"));
  g_assert_nonnull (strstr (text, "; My levels: Algorithms and Optimization 0, "));
  g_assert_true (g_str_has_suffix (text, "Communication and Leadership 1.1."));
}

static void
test_describe_few (void)
{
  static const double one[] = { 2.5, 3 };
  const CareerRadarSeries series[] = { { "Only", one, 0, FALSE, TRUE } };
  CareerRadarData data = { 2, axis_labels, 1, series, 0 };
  g_autofree char *two_axes = NULL;
  g_autofree char *no_axes = NULL;
  g_autofree char *nothing = NULL;

  two_axes = career_radar_chart_describe (&data);
  g_assert_cmpstr (two_axes, ==,
                   "Bar chart of 1 series over 2 skill areas, from 0 to 4. Only: "
                   "Algorithms and Optimization 2.5, Mathematics and Statistics 3.");

  data.n_axes = 0;
  no_axes = career_radar_chart_describe (&data);
  g_assert_cmpstr (no_axes, ==, "Bar chart of 1 series over 0 skill areas, from 0 to 4. Only.");

  data.n_series = 0;
  nothing = career_radar_chart_describe (&data);
  g_assert_cmpstr (nothing, ==, "Bar chart of 0 series over 0 skill areas, from 0 to 4.");
}

/* Fewer than three axes, odd values and sizes: no crash, nothing outside */
static void
test_degenerate (void)
{
  static const double odd[] = { NAN, INFINITY, -3, 99, 2, -INFINITY, 1, 1, 1 };
  const CareerRadarSeries series[] = {
    { "Odd values", odd, 0, FALSE, TRUE },
    { NULL, NULL, 7, TRUE, TRUE },              /* no name, no values, color wraps */
    { "Normal", ai, 2, FALSE, FALSE },
  };
  static const char * const null_labels[] = { NULL, NULL, NULL, NULL };
  const int sizes[][2] = { { 320, 320 }, { 120, 80 }, { 40, 40 }, { 10, 300 }, { 1, 1 } };
  const double max_values[] = { 4, 0, -1, NAN, 2.5, 100 };

  for (guint n_axes = 0; n_axes <= 4; n_axes++)
    for (guint n_series = 0; n_series <= G_N_ELEMENTS (series); n_series++)
      for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
        for (guint v = 0; v < G_N_ELEMENTS (max_values); v++)
          {
            CareerRadarData data = {
              n_axes, n_axes == 4 ? null_labels : axis_labels,
              n_series, series, max_values[v],
            };
            Canvas canvas = canvas_draw (&data, career_palette_light (),
                                         sizes[k][0], sizes[k][1]);
            g_autofree char *text = career_radar_chart_describe (&data);

            assert_nothing_outside (&canvas);
            g_assert_nonnull (text);
            canvas_clear (&canvas);
          }
}

static void
test_bars (void)
{
  static const double a[] = { 1.6, 3.1 }, b[] = { 3.0, 2.0 }, c[] = { 0.5, 1.8 };
  const CareerRadarSeries series[] = {
    { "AI Engineer", a, 0, FALSE, TRUE },
    { "Machine Learning Engineer", b, 1, FALSE, TRUE },
    { "My levels", c, 2, TRUE, FALSE },
  };
  const CareerPalette *palette = career_palette_dark ();

  /* One and two axes are drawn as bars, in the series' colors */
  for (guint n_axes = 1; n_axes <= 2; n_axes++)
    {
      CareerRadarData data = { n_axes, axis_labels, G_N_ELEMENTS (series), series, 4 };
      Canvas canvas = canvas_draw (&data, palette, 320, 320);

      assert_nothing_outside (&canvas);
      for (guint s = 0; s < G_N_ELEMENTS (series); s++)
        g_assert_cmpuint (count_color (&canvas, &palette->series[s]), >, 100);
      canvas_clear (&canvas);
    }
}

/* Many long labels must shrink, wrap or go, never spill out */
static void
test_long_labels (void)
{
  static const double values[16] = { 1, 2, 3, 4, 3, 2, 1, 0, 1, 2, 3, 4, 3, 2, 1, 0 };
  const char *labels[16];
  const CareerRadarSeries series[] = {
    { "A series with a rather long name that will not fit on one line of the legend at all",
      values, 0, FALSE, TRUE },
    { "Short", values, 1, TRUE, FALSE },
  };
  const int sizes[] = { 320, 360, 600 };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    labels[i] = i % 3 == 0 ? "Supercalifragilisticexpialidocious engineering practices"
                           : i % 3 == 1 ? "Short" : "Communication and Leadership";

  for (guint n = 3; n <= G_N_ELEMENTS (labels); n += 13)
    for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
      {
        CareerRadarData data = { n, labels, G_N_ELEMENTS (series), series, 4 };
        Canvas canvas = canvas_draw (&data, career_palette_light (), sizes[k], sizes[k]);

        assert_nothing_outside (&canvas);
        g_assert_cmpuint (count_color (&canvas, &career_palette_light ()->series[0]), >, 20);
        canvas_clear (&canvas);
      }
}

static void
test_palettes (void)
{
  const CareerPalette *light = career_palette_light ();
  const CareerPalette *dark = career_palette_dark ();

  g_assert_true (career_palette_get (FALSE) == light);
  g_assert_true (career_palette_get (TRUE) == dark);
  g_assert_true (career_palette_get_series_color (light, 1) == &light->series[1]);
  g_assert_true (career_palette_get_series_color (light, CAREER_PALETTE_N_SERIES + 1) ==
                 &light->series[1]);

  /* libadwaita 1.2's window backgrounds */
  g_assert_cmphex (color_pixel (&light->background), ==, 0xfffafafa);
  g_assert_cmphex (color_pixel (&dark->background), ==, 0xff242424);

  /* Series colors differ from each other and from the background */
  for (guint i = 0; i < CAREER_PALETTE_N_SERIES; i++)
    for (guint j = i + 1; j < CAREER_PALETTE_N_SERIES; j++)
      {
        g_assert_false (pixels_near (color_pixel (&light->series[i]),
                                     color_pixel (&light->series[j]), 40));
        g_assert_false (pixels_near (color_pixel (&dark->series[i]),
                                     color_pixel (&dark->series[j]), 40));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/radar-chart/palettes", test_palettes);
  g_test_add_func ("/radar-chart/pixels", test_pixels);
  g_test_add_func ("/radar-chart/transparent-background", test_transparent_background);
  g_test_add_func ("/radar-chart/state-restored", test_state_restored);
  g_test_add_func ("/radar-chart/pdf", test_pdf);
  g_test_add_func ("/radar-chart/describe", test_describe);
  g_test_add_func ("/radar-chart/describe-few", test_describe_few);
  g_test_add_func ("/radar-chart/bars", test_bars);
  g_test_add_func ("/radar-chart/degenerate", test_degenerate);
  g_test_add_func ("/radar-chart/long-labels", test_long_labels);

  return g_test_run ();
}
