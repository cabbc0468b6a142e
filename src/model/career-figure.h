/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-source.h"

G_BEGIN_DECLS

typedef enum
{
  CAREER_FIGURE_SALARY,
  CAREER_FIGURE_OUTLOOK,
} CareerFigureKind;

#define CAREER_TYPE_FIGURE (career_figure_get_type ())

/*
 * A sourced figure about a role: a salary (an amount of money per period) or
 * an outlook (projected growth in percent over a span of years).
 */
G_DECLARE_FINAL_TYPE (CareerFigure, career_figure, CAREER, FIGURE, GObject)

CareerFigure       *career_figure_new_salary   (double        amount,
                                                const char   *currency,
                                                const char   *period,
                                                const char   *region,
                                                const char   *measures,
                                                CareerSource *source);
CareerFigure       *career_figure_new_outlook  (double        growth_percent,
                                                const char   *period,
                                                const char   *region,
                                                const char   *measures,
                                                CareerSource *source);
CareerFigureKind    career_figure_get_kind     (CareerFigure *self);
double              career_figure_get_value    (CareerFigure *self);
const char         *career_figure_get_currency (CareerFigure *self);
const char         *career_figure_get_period   (CareerFigure *self);
const char         *career_figure_get_region   (CareerFigure *self);
const char         *career_figure_get_measures (CareerFigure *self);
const CareerSource *career_figure_get_source   (CareerFigure *self);

G_END_DECLS
