/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "career-analysis.h"
#include "career-palette.h"

G_BEGIN_DECLS

/**
 * CareerRadarSeries:
 * @name: shown in the legend
 * @values: (array): one value per axis, from 0 to CareerRadarData.max_value
 *   (values outside are drawn at the nearest end; %NULL counts as all 0)
 * @color: index into the palette's series colors
 * @dashed: draw the outline dashed (the person's levels, say)
 * @filled: fill the area translucently
 */
typedef struct
{
  const char   *name;
  const double *values;
  guint         color;
  gboolean      dashed;
  gboolean      filled;
} CareerRadarSeries;

/**
 * CareerRadarData:
 * @n_axes: the number of axes; with fewer than 3 the chart is drawn as bars
 * @axis_labels: (array length=n_axes): the axes' names
 * @n_series: the number of series
 * @series: (array length=n_series): the series
 * @max_value: the value at the outer ring; 0 or less means
 *   %CAREER_SKILL_LEVEL_MAX (4).  There is a ring at every whole value.
 *
 * A CareerAreaProfile gives the labels and values directly, as
 * career_radar_chart_data_from_profile() does for the app and the PDF:
 *
 * |[<!-- language="C" -->
 * CareerRadarSeries series[] = {
 *   { profile->series_names[0], profile->values[0], 0, FALSE, TRUE },
 *   { profile->series_names[1], profile->values[1], 1, FALSE, TRUE },
 *   { profile->series_names[2], profile->values[2], 2, TRUE, FALSE },
 * };
 * CareerRadarData data = {
 *   profile->n_areas, (const char * const *) profile->area_names,
 *   G_N_ELEMENTS (series), series, 4,
 * };
 * ]|
 */
typedef struct
{
  guint                    n_axes;
  const char * const      *axis_labels;
  guint                    n_series;
  const CareerRadarSeries *series;
  double                   max_value;
} CareerRadarData;

void  career_radar_chart_draw              (cairo_t                 *cr,
                                            const CareerRadarData   *data,
                                            const CareerPalette     *palette,
                                            double                   width,
                                            double                   height);
char *career_radar_chart_describe          (const CareerRadarData   *data);
void  career_radar_chart_data_from_profile (const CareerAreaProfile *profile,
                                            CareerRadarData         *data,
                                            CareerRadarSeries       *series,
                                            guint                    max_series);

G_END_DECLS
