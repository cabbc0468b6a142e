/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define CAREER_PALETTE_N_SERIES 5

/* A color as cairo takes it: components from 0 to 1, not premultiplied. */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} CareerColor;

/**
 * CareerPalette:
 * @background: painted under a chart; give it an alpha of 0 to draw on what
 *   is already there (a widget on a card, say)
 * @foreground: text and axis lines
 * @grid: grid rings and bar tracks
 * @muted: secondary text such as the level numbers
 * @series: the series' colors, picked by CareerRadarSeries.color modulo
 *   %CAREER_PALETTE_N_SERIES
 * @fill_alpha: opacity of a filled series' area
 *
 * The colors of the charts.  The light and dark palettes are libadwaita 1.2's
 * window colors and colors of the GNOME palette that stand out against them
 * (3:1 or more for every series color, 4.5:1 or more for text).  Copy one to
 * change it: `CareerPalette palette = *career_palette_light ();`.
 */
typedef struct
{
  CareerColor background;
  CareerColor foreground;
  CareerColor grid;
  CareerColor muted;
  CareerColor series[CAREER_PALETTE_N_SERIES];
  double      fill_alpha;
} CareerPalette;

const CareerPalette *career_palette_light            (void);
const CareerPalette *career_palette_dark             (void);
const CareerPalette *career_palette_get              (gboolean             dark);
const CareerColor   *career_palette_get_series_color (const CareerPalette *palette,
                                                      guint                index);
void                 career_color_set_source         (cairo_t             *cr,
                                                      const CareerColor   *color,
                                                      double               opacity);

G_END_DECLS
