/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-analysis.h"
#include "career-catalog.h"
#include "career-plan.h"
#include "career-plan-cost.h"

G_BEGIN_DECLS

/*
 * Programs side by side, for one person: their target role, weekly hours and
 * rated levels (taken from a plan).  Each program is looked at as if the
 * person started it today: credits already earned and transfer credit are
 * not counted, as the catalog does not say what one program accepts from
 * another, and the plan's courses are not counted either (they belong to
 * one program's plan).
 *
 * Total credits: the program's total_credits.
 *
 * Tuition: total credits × the program's tuition per credit, in its
 * currency, fees not included (the catalog's tuition is per credit without
 * fees); not known when the catalog has no tuition for the program.  The
 * degree's credits are a known number, so the figure is either known or not
 * known: there is no "at least" case here (a plan's tuition can be one, see
 * career-plan-cost.h, when some of its courses' credits are not known).
 * Programs in different currencies are not converted.
 *
 * Months to degree: the pace rule of career-plan-cost.h (CareerPace) for a
 * plan with no course at the person's weekly hours, so R is the program's
 * total credits:  h = Σ workload / Σ credits over the program's courses
 * with both known;  terms = ⌈R × h / H⌉;  months = terms × 12 / the seasons
 * the program runs terms in.  Not known when no course of the program has
 * both a workload and credits in the catalog, when the weekly hours are not
 * set (0), or when the program runs no term.
 *
 * Fit by graduation.  From the rated levels (career_plan_get_level()), a
 * greedy choice of the program's courses:
 *
 *   repeat while the credits chosen are below the program's total credits:
 *     among the courses not chosen yet, of KNOWN credits, and not in an
 *     only-one-of group (in any specialization option of the tree) with a
 *     course chosen already, take the one with the highest score
 *     (career_recommend_score(): the weighted gap it closes from the levels
 *     reached so far); ties go to the code (bytewise), then the id;
 *     stop when that score is 0;
 *     raise the levels to what the course teaches.
 *
 * The last course chosen may pass the total (one must reach it).  With
 * courses of c credits each this takes at most ⌈total / c⌉ courses.  The
 * fit is career_analysis_fit() of the levels reached.  The choice follows
 * neither the requirement tree nor the prerequisites: it tells what the
 * program's courses can do for the role within its credits, not a plan of
 * study.  Courses whose credits are not known are left out, because how
 * much of the total they take is not known; @n_left_out counts those that
 * would still raise the fit from the levels reached, so a view can say the
 * figure may be higher.  The fit is not known when the role asks for
 * nothing (or there is none), or when no course of the program has known
 * credits.
 */

/**
 * CareerProgramSummary:
 * @program: the program
 * @total_credits: its total credits
 * @tuition_known: whether its tuition per credit is known
 * @tuition: @total_credits × tuition per credit; 0 when not known
 * @currency: (nullable): the ISO code of @tuition's currency; %NULL when not
 *   known
 * @tuition_text: "15,000 USD", or that it is not known
 * @pace: the months to the degree at the person's weekly hours
 * @months_text: "About 24 months at 15 h a week", or why it is not known
 * @fit_known: whether @fit could be worked out (see above)
 * @fit: the fit to the role after the courses chosen; with @fit_known FALSE,
 *   the fit of the rated levels (or undefined without a role)
 * @courses: (element-type CareerCourse): the courses chosen, in the order
 *   they were chosen
 * @credits_chosen: the credits of @courses
 * @n_left_out: courses of unknown credits that would raise the fit further
 * @levels: (element-type utf8 guint): the levels after @courses, a table for
 *   career_projection_level()
 * @fit_text: "85 %", "70 %; 2 courses whose credits are not known were
 *   left out and could raise it", or why it is not known
 */
typedef struct
{
  CareerProgram *program;
  double         total_credits;
  gboolean       tuition_known;
  double         tuition;
  char          *currency;
  char          *tuition_text;
  CareerPace     pace;
  char          *months_text;
  gboolean       fit_known;
  CareerFit      fit;
  GPtrArray     *courses;
  double         credits_chosen;
  guint          n_left_out;
  GHashTable    *levels;
  char          *fit_text;
} CareerProgramSummary;

/**
 * CareerProgramComparison:
 * @role: (nullable): the role of the fits
 * @weekly_hours: the person's weekly hours
 * @start_fit: the fit of the rated levels, the same for every program
 * @n_programs: the number of programs
 * @programs: (array length=n_programs): one summary per program, in the
 *   order given
 */
typedef struct
{
  CareerRole           *role;
  double                weekly_hours;
  CareerFit             start_fit;
  guint                 n_programs;
  CareerProgramSummary *programs;
} CareerProgramComparison;

CareerProgramComparison *career_program_compare           (CareerPlan              *plan,
                                                           CareerCatalog           *catalog,
                                                           CareerRole              *role,
                                                           CareerProgram * const   *programs,
                                                           guint                    n_programs);
void                     career_program_comparison_free   (CareerProgramComparison *comparison);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerProgramComparison, career_program_comparison_free)

G_END_DECLS
