/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "career-palette.h"

G_BEGIN_DECLS

/* Pixel checks shared by the chart tests.  A chart is drawn into a box that
 * sits BORDER pixels inside a larger image filled with SENTINEL; coordinates
 * are in the box unless said otherwise.
 */

/* Drawn around the chart's box: a color no palette uses, which must stay */
#define BORDER 40
#define SENTINEL 0xffff00ffu  /* opaque magenta */

typedef struct
{
  cairo_surface_t *surface;
  int              width;   /* of the chart's box */
  int              height;
} Canvas;

cairo_t        *canvas_begin           (Canvas              *canvas,
                                        int                  width,
                                        int                  height);
void            canvas_end             (Canvas              *canvas,
                                        cairo_t             *cr);
void            canvas_clear           (Canvas              *canvas);
guint32         canvas_pixel           (const Canvas        *canvas,
                                        int                  x,
                                        int                  y);
void            assert_nothing_outside (const Canvas        *canvas);

guint32         color_pixel            (const CareerColor   *color);
gboolean        pixels_near            (guint32              a,
                                        guint32              b,
                                        int                  tolerance);
guint           count_near_in          (const Canvas        *canvas,
                                        const CareerColor   *color,
                                        int                  tolerance,
                                        int                  x0,
                                        int                  y0,
                                        int                  w,
                                        int                  h);
guint           count_color_in         (const Canvas        *canvas,
                                        const CareerColor   *color,
                                        int                  x0,
                                        int                  y0,
                                        int                  w,
                                        int                  h);
guint           count_color            (const Canvas        *canvas,
                                        const CareerColor   *color);
guint           count_text             (const Canvas        *canvas,
                                        const CareerColor   *color);
void            color_center           (const Canvas        *canvas,
                                        const CareerColor   *color,
                                        double              *cx,
                                        double              *cy);

cairo_status_t  append_bytes           (void                *closure,
                                        const unsigned char *data,
                                        unsigned int         length);

G_END_DECLS
