/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-audit.h"
#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * Credits, hours, tuition and time of a plan.
 *
 * Per term, over EVERY course entry of the term (any status, repeats too:
 * each is taken, and paid for, again): the known credits and how many
 * entries have credits that are not known (courses the catalog does not
 * have included); the known weekly hours as in career-plan-check.h; the
 * tuition, credits × the program's tuition per credit, when that is known:
 * a lower bound ("at least") when some credits are not known, and not known
 * at all when the program's tuition is not (or no program is given).
 *
 * Totals: the sums over the terms.  "Tuition ahead" counts the entries still
 * planned (not in progress, not completed).
 *
 * Graduation: the earliest term T such that the audit of the plan's terms up
 * to T (career_audit_new_until(), planned view) meets the whole degree,
 * requirement tree and total credits.  Adding terms can only add courses, so
 * the audit's status only improves with T and a binary search finds T with
 * O(log t) audits.  When the whole plan's status is UNKNOWN the graduation
 * is not known; when it is PARTIAL or OPEN the plan does not complete the
 * degree.
 *
 * Months to degree: from the start of the first term with a course entry to
 * the end of the graduation term, counting whole calendar months, both ends
 * included, with these seasons: spring January-May, summer May-August, fall
 * August-December.  Fall 2025 to spring 2027 is August 2025 to May 2027, 22
 * months; one fall term alone is 5.
 *
 * Months at my weekly hours, for the credits still to earn: a simple rule,
 *
 *   h       = Σ workload / Σ credits over the program's courses whose
 *             workload and credits are both known (hours a week per credit);
 *   R       = the program's total credits - the credits completed (known,
 *             transfer credit counted, see CareerAudit), at least 0;
 *   terms   = ⌈R × h / H⌉ for H, the plan's weekly hours: at H hours a week
 *             one carries H / h credits a term;
 *   months  = terms × 12 / (the number of seasons the program runs terms in).
 *
 * It is not known when no course of the program has both figures, H is 0
 * or the program runs no term.  R is an upper bound (@remaining_is_bound)
 * when completed courses have credits that are not known or transfer credit
 * could count under a limit that is not known.
 */

/**
 * CareerTermCost:
 * @term: the term
 * @position: its position in the plan
 * @credits: the known credits of its course entries
 * @n_unknown_credits: entries whose credits are not known
 * @weekly_hours: known weekly hours
 * @n_unknown_workload: courses whose workload is not known
 * @tuition_known: whether the program's tuition per credit is known
 * @tuition: @credits × tuition per credit; a lower bound when
 *   @n_unknown_credits is not 0; 0 when not known
 * @currency: (nullable): the ISO code of @tuition's currency, %NULL when the
 *   tuition is not known
 */
typedef struct
{
  CareerTerm *term;
  guint       position;
  double      credits;
  guint       n_unknown_credits;
  double      weekly_hours;
  guint       n_unknown_workload;
  gboolean    tuition_known;
  double      tuition;
  const char *currency;
} CareerTermCost;

typedef enum
{
  CAREER_GRADUATION_IN_PLAN,      /* the degree is met in the graduation term */
  CAREER_GRADUATION_NOT_KNOWN,    /* the plan may meet it; the catalog does not tell */
  CAREER_GRADUATION_NOT_IN_PLAN,  /* the plan does not meet it */
} CareerGraduation;

/**
 * CareerPace:
 * @known: whether the estimate could be made; the other members are 0
 *   when not
 * @hours_per_credit: h, weekly hours per credit
 * @n_courses: the courses h comes from
 * @remaining_credits: R
 * @remaining_is_bound: whether R is only an upper bound
 * @weekly_hours: H
 * @terms: terms needed
 * @months_per_term: 12 / seasons the program runs
 * @months: @terms × @months_per_term
 */
typedef struct
{
  gboolean known;
  double   hours_per_credit;
  guint    n_courses;
  double   remaining_credits;
  gboolean remaining_is_bound;
  double   weekly_hours;
  guint    terms;
  guint    months_per_term;
  guint    months;
} CareerPace;

#define CAREER_TYPE_PLAN_COST (career_plan_cost_get_type ())

G_DECLARE_FINAL_TYPE (CareerPlanCost, career_plan_cost, CAREER, PLAN_COST, GObject)

CareerPlanCost       *career_plan_cost_new                  (CareerPlan      *plan,
                                                             CareerCatalog   *catalog,
                                                             CareerProgram   *program,
                                                             const char      *specialization_id);
guint                 career_plan_cost_get_n_terms          (CareerPlanCost  *self);
const CareerTermCost *career_plan_cost_get_term             (CareerPlanCost  *self,
                                                             guint            position);
double                career_plan_cost_get_credits          (CareerPlanCost  *self,
                                                             guint           *n_unknown);
gboolean              career_plan_cost_get_tuition          (CareerPlanCost  *self,
                                                             double          *amount,
                                                             guint           *n_unknown,
                                                             const char     **currency);
gboolean              career_plan_cost_get_tuition_ahead    (CareerPlanCost  *self,
                                                             double          *amount,
                                                             guint           *n_unknown,
                                                             const char     **currency);
char                 *career_plan_cost_dup_tuition_text     (CareerPlanCost  *self);
CareerAudit          *career_plan_cost_get_audit            (CareerPlanCost  *self);
CareerGraduation      career_plan_cost_get_graduation       (CareerPlanCost  *self,
                                                             CareerTerm     **term);
gboolean              career_plan_cost_get_months_to_degree (CareerPlanCost  *self,
                                                             guint           *months);
const CareerPace     *career_plan_cost_get_pace             (CareerPlanCost  *self);

guint                 career_plan_cost_count_months         (CareerTerm      *first,
                                                             CareerTerm      *last);

G_END_DECLS
