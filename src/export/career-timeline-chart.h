/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "career-palette.h"

G_BEGIN_DECLS

/**
 * CareerTimelineSeries:
 * @name: shown in the legend (when there is more than one series) and in
 *   the description
 * @n_points: the number of points
 * @times: (array length=n_points): Unix seconds (UTC), in increasing order
 * @values: (array length=n_points): the values; NaN and infinities leave a
 *   gap, values outside the data's range are drawn at the nearest end
 * @color: index into the palette's series colors
 * @dashed: draw the line dashed
 */
typedef struct
{
  const char   *name;
  guint         n_points;
  const gint64 *times;
  const double *values;
  guint         color;
  gboolean      dashed;
} CareerTimelineSeries;

/**
 * CareerTimelineData:
 * @n_series: the number of series
 * @series: (array length=n_series): the series
 * @min_value: the value at the bottom of the plot
 * @max_value: the value at the top; when the range is empty or not finite,
 *   it is taken from the values
 * @value_format: (nullable): how a value reads, with one "%s" for the
 *   number and "%%" for a percent sign: "%s %%" (translated, with a no-break space) for progress.
 *   %NULL for the number alone.
 * @steps: draw each value as holding until the next point (levels);
 *   otherwise points are joined by straight lines
 * @value_labels: (nullable) (array zero-terminated=1): names of the whole
 *   values 0, 1, 2…, such as the level names: the value axis shows them
 *   when they fit, and the description gives them with the numbers
 *
 * A progress series from CareerProgressSeries:
 *
 * |[<!-- language="C" -->
 * CareerTimelineSeries series = {
 *   career_role_get_title (role), progress->n_points,
 *   progress->times, progress->values, 0, FALSE,
 * };
 * CareerTimelineData data = { 1, &series, 0, 100, _("%s\xc2\xa0%%"), FALSE, NULL };
 * ]|
 */
typedef struct
{
  guint                       n_series;
  const CareerTimelineSeries *series;
  double                      min_value;
  double                      max_value;
  const char                 *value_format;
  gboolean                    steps;
  const char * const         *value_labels;
} CareerTimelineData;

void  career_timeline_chart_draw     (cairo_t                  *cr,
                                      const CareerTimelineData *data,
                                      const CareerPalette      *palette,
                                      double                    width,
                                      double                    height);
char *career_timeline_chart_describe (const CareerTimelineData *data);

G_END_DECLS
