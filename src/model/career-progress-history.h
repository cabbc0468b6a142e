/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-catalog.h"
#include "career-plan.h"
#include "career-role.h"

G_BEGIN_DECLS

/**
 * CareerProgressSeries:
 * @n_points: the number of points
 * @times: (array length=n_points): when, in Unix seconds (UTC), strictly
 *   increasing
 * @values: (array length=n_points): the value right after the history
 *   entries of that second
 * @start_value: the value before the first point: what the levels were
 *   before the first recorded change.  With no points, the value all along.
 * @defined: %FALSE when there is no figure to show: for a role's progress,
 *   no skill has a target (then every value is 0).  Always %TRUE for a
 *   skill's levels (a skill never rated is at level 0).
 *
 * A figure over time, rebuilt from the level history of a plan.  Both kinds
 * of series are step functions: the value holds from one point to the next.
 * There is no point for "now": with a consistent history the current value
 * is the last point's (or @start_value), and a view that wants the line to
 * reach today appends that itself, so that the series does not depend on
 * the clock.
 */
typedef struct
{
  guint     n_points;
  gint64   *times;
  double   *values;
  double    start_value;
  gboolean  defined;
} CareerProgressSeries;

CareerProgressSeries *career_progress_history_for_role  (CareerPlan           *plan,
                                                         CareerCatalog        *catalog,
                                                         CareerRole           *role);
CareerProgressSeries *career_progress_history_for_skill (CareerPlan           *plan,
                                                         const char           *skill_id);
void                  career_progress_series_free       (CareerProgressSeries *series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerProgressSeries, career_progress_series_free)

G_END_DECLS
