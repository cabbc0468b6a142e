/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "career-palette.h"

G_BEGIN_DECLS

/* What the radar and timeline charts share: their text labels, their legend
 * and the frame of their draw functions.  Internal to the export library, so
 * it stays out of the public headers.
 */

typedef struct
{
  PangoLayout    *layout;
  PangoRectangle  box;     /* ink ∪ logical extents, relative to the layout */
  double          x, y;    /* where the box's top-left corner goes */
  gboolean        broken;  /* a word too long for the width, or text cut off */
} CareerChartLabel;

/* One (swatch, name) item of a legend: a series' line, with a translucent
 * bar behind it when the series is filled */
typedef struct
{
  /* Set by the chart */
  const char       *name;    /* %NULL for none */
  guint             color;   /* index into the palette's series colors */
  gboolean          dashed;
  gboolean          filled;

  /* Set by career_chart_legend_layout() */
  CareerChartLabel  label;
  double            width;   /* swatch, gap and text */
  guint             row;
} CareerChartLegendItem;

gboolean career_chart_begin         (cairo_t                *cr,
                                     const CareerPalette    *palette,
                                     double                  width,
                                     double                  height);
void     career_chart_end           (cairo_t                *cr);
void     career_chart_set_dash      (cairo_t                *cr,
                                     gboolean                dashed,
                                     double                  line_width);

void     career_chart_label_init    (CareerChartLabel       *label,
                                     cairo_t                *cr,
                                     const char             *text,
                                     double                  font_px,
                                     double                  max_width,
                                     int                     max_lines,
                                     PangoWrapMode           wrap,
                                     PangoAlignment          alignment);
void     career_chart_label_draw    (cairo_t                *cr,
                                     const CareerChartLabel *label);
void     career_chart_label_clear   (CareerChartLabel       *label);

double   career_chart_legend_layout (cairo_t                *cr,
                                     CareerChartLegendItem  *items,
                                     guint                   n_items,
                                     double                  font_px,
                                     double                  available);
double   career_chart_legend_top    (double                  legend_h,
                                     double                  chart_bottom,
                                     double                  height,
                                     double                  margin,
                                     double                  spacing);
void     career_chart_legend_draw   (cairo_t                *cr,
                                     CareerChartLegendItem  *items,
                                     guint                   n_items,
                                     const CareerPalette    *palette,
                                     double                  font_px,
                                     double                  line_width,
                                     double                  dot,
                                     double                  width,
                                     double                  top);
void     career_chart_legend_clear  (CareerChartLegendItem  *items,
                                     guint                   n_items);

G_END_DECLS
