/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <math.h>

#include "chart-test-utils.h"

/* Starts a canvas with a width × height box: returns a context whose origin
 * is the box's top-left corner, to draw the chart with and then pass to
 * canvas_end(). */
cairo_t *
canvas_begin (Canvas *canvas,
              int     width,
              int     height)
{
  cairo_t *cr;

  *canvas = (Canvas) { NULL, width, height };
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                width + 2 * BORDER, height + 2 * BORDER);
  cr = cairo_create (canvas->surface);
  cairo_set_source_rgb (cr, 1, 0, 1);
  cairo_paint (cr);
  cairo_translate (cr, BORDER, BORDER);

  return cr;
}

/* Checks and destroys the context of canvas_begin(), so that the canvas's
 * pixels can be read */
void
canvas_end (Canvas  *canvas,
            cairo_t *cr)
{
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (canvas->surface);
}

void
canvas_clear (Canvas *canvas)
{
  g_clear_pointer (&canvas->surface, cairo_surface_destroy);
}

/* The pixel at (x, y) of the whole image, border included */
guint32
canvas_pixel (const Canvas *canvas,
              int           x,
              int           y)
{
  const guchar *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);

  return *(const guint32 *) (data + y * stride + x * 4);
}

/* Every pixel outside the chart's box is still SENTINEL */
void
assert_nothing_outside (const Canvas *canvas)
{
  int full_w = canvas->width + 2 * BORDER, full_h = canvas->height + 2 * BORDER;

  for (int y = 0; y < full_h; y++)
    for (int x = 0; x < full_w; x++)
      {
        gboolean inside = x >= BORDER && x < BORDER + canvas->width &&
                          y >= BORDER && y < BORDER + canvas->height;

        if (!inside && canvas_pixel (canvas, x, y) != SENTINEL)
          g_error ("pixel (%d, %d) of the %dx%d chart is drawn outside its box: 0x%08x",
                   x - BORDER, y - BORDER, canvas->width, canvas->height,
                   canvas_pixel (canvas, x, y));
      }
}

guint32
color_pixel (const CareerColor *color)
{
  return 0xff000000u |
         (guint32) lround (color->red * 255) << 16 |
         (guint32) lround (color->green * 255) << 8 |
         (guint32) lround (color->blue * 255);
}

gboolean
pixels_near (guint32 a,
             guint32 b,
             int     tolerance)
{
  for (int shift = 0; shift < 32; shift += 8)
    if (ABS ((int) (a >> shift & 0xff) - (int) (b >> shift & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}

/* The number of pixels of the color of @color inside (x, y, w, h) of the
 * box; text is antialiased, so it is counted with a @tolerance */
guint
count_near_in (const Canvas      *canvas,
               const CareerColor *color,
               int                tolerance,
               int                x0,
               int                y0,
               int                w,
               int                h)
{
  guint32 wanted = color_pixel (color);
  guint count = 0;

  for (int y = BORDER + y0; y < BORDER + y0 + h; y++)
    for (int x = BORDER + x0; x < BORDER + x0 + w; x++)
      if (pixels_near (canvas_pixel (canvas, x, y), wanted, tolerance))
        count++;
  return count;
}

guint
count_color_in (const Canvas      *canvas,
                const CareerColor *color,
                int                x0,
                int                y0,
                int                w,
                int                h)
{
  return count_near_in (canvas, color, 2, x0, y0, w, h);
}

/* The number of pixels inside the box of the color of @color */
guint
count_color (const Canvas      *canvas,
             const CareerColor *color)
{
  return count_color_in (canvas, color, 0, 0, canvas->width, canvas->height);
}

/* Pixels of text in @color */
guint
count_text (const Canvas      *canvas,
            const CareerColor *color)
{
  return count_near_in (canvas, color, 40, 0, 0, canvas->width, canvas->height);
}

/* The mean position of the pixels of @color, in the box */
void
color_center (const Canvas      *canvas,
              const CareerColor *color,
              double            *cx,
              double            *cy)
{
  guint32 wanted = color_pixel (color);
  double sx = 0, sy = 0;
  guint count = 0;

  for (int y = BORDER; y < BORDER + canvas->height; y++)
    for (int x = BORDER; x < BORDER + canvas->width; x++)
      if (pixels_near (canvas_pixel (canvas, x, y), wanted, 2))
        {
          sx += x - BORDER;
          sy += y - BORDER;
          count++;
        }
  g_assert_cmpuint (count, >, 0);
  *cx = sx / count;
  *cy = sy / count;
}

/* A cairo_write_func_t that appends to the GByteArray @closure */
cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}
