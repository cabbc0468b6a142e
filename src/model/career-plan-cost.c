/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "career-plan-check.h"
#include "career-plan-cost.h"

/* Credits, hours, tuition and time of a plan; see career-plan-cost.h. */

struct _CareerPlanCost
{
  GObject           parent_instance;

  GArray           *terms;           /* CareerTermCost */
  CareerAudit      *audit;           /* the whole plan's; NULL without a program */
  CareerTerm       *first_term;      /* the first term with a course entry */
  CareerTerm       *graduation_term;
  CareerGraduation  graduation;
  double            credits;
  guint             n_unknown_credits;
  gboolean          tuition_known;
  char             *currency;
  double            tuition;
  double            tuition_ahead;
  guint             n_unknown_ahead;
  CareerPace        pace;
};

G_DEFINE_FINAL_TYPE (CareerPlanCost, career_plan_cost, G_TYPE_OBJECT)

/* Locale-aware, as career_format_money(), which the model cannot use */
static char *
format_money (double      amount,
              const char *currency)
{
  g_autofree char *number = NULL;

  if (fabs (round (amount) - amount) < 0.005)
    number = g_strdup_printf ("%'.0f", amount);
  else
    number = g_strdup_printf ("%'.2f", amount);

  /* Translators: an amount of money: %1$s is the number, %2$s the ISO currency
   * code such as USD. Swap them if your language writes the code first. */
  return g_strdup_printf (C_("money", "%1$s %2$s"), number, currency);
}

/* The first and last month of a season's terms */
static void
season_months (CareerSeason  season,
               int          *first,
               int          *last)
{
  switch (season)
    {
    case CAREER_SEASON_SPRING:
      *first = 1;
      *last = 5;
      break;
    case CAREER_SEASON_SUMMER:
      *first = 5;
      *last = 8;
      break;
    case CAREER_SEASON_FALL:
    default:
      *first = 8;
      *last = 12;
      break;
    }
}

/**
 * career_plan_cost_count_months:
 *
 * Returns: the calendar months from the start of @first to the end of
 *   @last, both included (see career-plan-cost.h for the seasons' months);
 *   0 when @last comes before @first
 */
guint
career_plan_cost_count_months (CareerTerm *first,
                               CareerTerm *last)
{
  int start, end, unused;
  gint64 months;

  g_return_val_if_fail (CAREER_IS_TERM (first), 0);
  g_return_val_if_fail (CAREER_IS_TERM (last), 0);

  season_months (career_term_get_season (first), &start, &unused);
  season_months (career_term_get_season (last), &unused, &end);
  months = ((gint64) career_term_get_year (last) * 12 + end)
           - ((gint64) career_term_get_year (first) * 12 + start) + 1;

  return months > 0 ? (guint) MIN (months, G_MAXUINT) : 0;
}

static guint
count_seasons (CareerOffering terms)
{
  return ((terms & CAREER_OFFERED_SPRING) != 0) +
         ((terms & CAREER_OFFERED_SUMMER) != 0) +
         ((terms & CAREER_OFFERED_FALL) != 0);
}

/* A hundred years of terms, three a year */
#define MAX_PACE_TERMS 300.0

static void
estimate_pace (CareerPlanCost *self,
               CareerPlan     *plan,
               CareerProgram  *program)
{
  CareerPace *pace = &self->pace;
  GListModel *courses = career_program_get_courses (program);
  const CareerAuditTotals *totals = career_audit_get_totals (self->audit);
  double hours = 0.0, credits = 0.0, done, terms;
  guint n_seasons = count_seasons (career_program_get_terms (program));
  guint n_unknown;
  double weekly = career_plan_get_weekly_hours (plan);

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);
      double workload, course_credits;

      if (career_course_get_workload (course, &workload, NULL) &&
          career_course_get_credits (course, &course_credits) && course_credits > 0)
        {
          hours += workload;
          credits += course_credits;
          pace->n_courses++;
        }
    }

  if (pace->n_courses == 0 || weekly <= 0.0 || n_seasons == 0)
    {
      memset (pace, 0, sizeof *pace);
      return;
    }

  done = career_audit_get_credits (self->audit, CAREER_AUDIT_VIEW_COMPLETED, &n_unknown);
  pace->known = TRUE;
  pace->hours_per_credit = hours / credits;
  pace->remaining_credits = MAX (totals->needed - done, 0.0);
  pace->remaining_is_bound = n_unknown > 0 ||
                             (!totals->transfer_limit_known && totals->transfer > 0);
  pace->weekly_hours = weekly;
  /* A hair below the next whole term still rounds down: sums of decimals */
  terms = ceil (pace->remaining_credits * pace->hours_per_credit / weekly - 1e-9);
  /* A few minutes of study a week (a plan may say 1e-9 h) would take
   * billions of terms, past what a guint holds: beyond a lifetime of terms
   * there is no estimate to give */
  if (!(terms <= MAX_PACE_TERMS))
    {
      memset (pace, 0, sizeof *pace);
      return;
    }
  pace->terms = (guint) MAX (terms, 0.0);
  pace->months_per_term = 12 / n_seasons;
  pace->months = pace->terms * pace->months_per_term;
}

static void
find_graduation (CareerPlanCost *self,
                 CareerPlan     *plan,
                 CareerProgram  *program,
                 const char     *specialization_id)
{
  GListModel *terms = career_plan_get_terms (plan);
  guint n_terms = g_list_model_get_n_items (terms);
  CareerAuditStatus status = career_audit_get_status (self->audit, CAREER_AUDIT_VIEW_PLANNED);
  guint lo = 0, hi;

  if (status == CAREER_AUDIT_UNKNOWN)
    {
      self->graduation = CAREER_GRADUATION_NOT_KNOWN;
      return;
    }
  if (status != CAREER_AUDIT_SATISFIED || n_terms == 0)
    {
      self->graduation = CAREER_GRADUATION_NOT_IN_PLAN;
      return;
    }

  /* The plan keeps its terms by date: find the first prefix that is met */
  hi = n_terms - 1;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, mid);
      g_autoptr(CareerAudit) audit = NULL;

      audit = career_audit_new_until (program, specialization_id, plan, term);

      if (career_audit_get_status (audit, CAREER_AUDIT_VIEW_PLANNED) == CAREER_AUDIT_SATISFIED)
        hi = mid;
      else
        lo = mid + 1;
    }

  self->graduation = CAREER_GRADUATION_IN_PLAN;
  self->graduation_term = g_list_model_get_item (terms, lo);
}

static void
career_plan_cost_finalize (GObject *object)
{
  CareerPlanCost *self = (CareerPlanCost *) object;

  for (guint i = 0; i < self->terms->len; i++)
    g_clear_object (&g_array_index (self->terms, CareerTermCost, i).term);
  g_clear_pointer (&self->terms, g_array_unref);
  g_clear_object (&self->audit);
  g_clear_object (&self->first_term);
  g_clear_object (&self->graduation_term);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (career_plan_cost_parent_class)->finalize (object);
}

static void
career_plan_cost_class_init (CareerPlanCostClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_plan_cost_finalize;
}

static void
career_plan_cost_init (CareerPlanCost *self)
{
  self->terms = g_array_new (FALSE, TRUE, sizeof (CareerTermCost));
  self->graduation = CAREER_GRADUATION_NOT_KNOWN;
}

/**
 * career_plan_cost_new:
 * @plan: the plan
 * @catalog: the catalog its courses come from
 * @program: (nullable): the plan's program: tuition, graduation and pace are
 *   not known without it
 * @specialization_id: (nullable): the chosen specialization
 *
 * Returns: (transfer full): the plan's figures, a snapshot
 */
CareerPlanCost *
career_plan_cost_new (CareerPlan    *plan,
                      CareerCatalog *catalog,
                      CareerProgram *program,
                      const char    *specialization_id)
{
  CareerPlanCost *self;
  GListModel *terms;
  double per_credit = 0.0;
  const char *currency = NULL;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (program == NULL || CAREER_IS_PROGRAM (program), NULL);

  self = g_object_new (CAREER_TYPE_PLAN_COST, NULL);
  terms = career_plan_get_terms (plan);

  if (program != NULL)
    self->tuition_known = career_program_get_tuition (program, &per_credit, &currency, NULL);
  self->currency = g_strdup (self->tuition_known ? currency : NULL);

  for (guint t = 0; t < g_list_model_get_n_items (terms); t++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
      GListModel *courses = career_term_get_courses (term);
      CareerTermCost cost = { 0, };
      double ahead = 0.0;

      cost.term = g_object_ref (term);
      cost.position = t;
      for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
        {
          g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, i);
          const char *course_id = career_plan_course_get_course_id (entry);
          CareerCourse *course = career_catalog_lookup_course (catalog, course_id);
          gboolean planned = career_plan_course_get_status (entry) == CAREER_COURSE_STATUS_PLANNED;
          double credits;

          if (course != NULL && career_course_get_credits (course, &credits))
            {
              cost.credits += credits;
              if (planned)
                ahead += credits;
            }
          else
            {
              cost.n_unknown_credits++;
              if (planned)
                self->n_unknown_ahead++;
            }
        }

      career_plan_check_compute_workload (term, catalog, &cost.weekly_hours,
                                          &cost.n_unknown_workload);
      cost.tuition_known = self->tuition_known;
      cost.currency = self->currency;
      if (self->tuition_known)
        {
          cost.tuition = cost.credits * per_credit;
          self->tuition += cost.tuition;
          self->tuition_ahead += ahead * per_credit;
        }

      self->credits += cost.credits;
      self->n_unknown_credits += cost.n_unknown_credits;
      if (self->first_term == NULL && g_list_model_get_n_items (courses) > 0)
        self->first_term = g_object_ref (term);

      g_array_append_val (self->terms, cost);
    }

  if (program != NULL)
    {
      self->audit = career_audit_new (program, specialization_id, plan);
      find_graduation (self, plan, program, specialization_id);
      estimate_pace (self, plan, program);
    }

  return self;
}

guint
career_plan_cost_get_n_terms (CareerPlanCost *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), 0);

  return self->terms->len;
}

/**
 * career_plan_cost_get_term:
 * @position: a term's position in the plan
 *
 * Returns: (transfer none): the term's figures
 */
const CareerTermCost *
career_plan_cost_get_term (CareerPlanCost *self,
                           guint           position)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), NULL);
  g_return_val_if_fail (position < self->terms->len, NULL);

  return &g_array_index (self->terms, CareerTermCost, position);
}

/**
 * career_plan_cost_get_credits:
 * @n_unknown: (out) (optional): the entries whose credits are not known
 *
 * Returns: the known credits of every entry of the plan
 */
double
career_plan_cost_get_credits (CareerPlanCost *self,
                              guint          *n_unknown)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), 0.0);

  if (n_unknown != NULL)
    *n_unknown = self->n_unknown_credits;
  return self->credits;
}

/**
 * career_plan_cost_get_tuition:
 * @amount: (out) (optional): the tuition of every entry: a lower bound when
 *   @n_unknown is not 0
 * @n_unknown: (out) (optional): entries whose credits are not known
 * @currency: (out) (optional) (transfer none): the currency code
 *
 * Returns: %FALSE when the program's tuition is not known (or there is no
 *   program); the out values are 0 and %NULL then
 */
gboolean
career_plan_cost_get_tuition (CareerPlanCost  *self,
                              double          *amount,
                              guint           *n_unknown,
                              const char     **currency)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), FALSE);

  if (amount != NULL)
    *amount = self->tuition_known ? self->tuition : 0.0;
  if (n_unknown != NULL)
    *n_unknown = self->tuition_known ? self->n_unknown_credits : 0;
  if (currency != NULL)
    *currency = self->currency;
  return self->tuition_known;
}

/**
 * career_plan_cost_get_tuition_ahead:
 *
 * As career_plan_cost_get_tuition(), for the entries still planned.
 */
gboolean
career_plan_cost_get_tuition_ahead (CareerPlanCost  *self,
                                    double          *amount,
                                    guint           *n_unknown,
                                    const char     **currency)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), FALSE);

  if (amount != NULL)
    *amount = self->tuition_known ? self->tuition_ahead : 0.0;
  if (n_unknown != NULL)
    *n_unknown = self->tuition_known ? self->n_unknown_ahead : 0;
  if (currency != NULL)
    *currency = self->currency;
  return self->tuition_known;
}

/**
 * career_plan_cost_dup_tuition_text:
 *
 * Returns: (transfer full): the total tuition for people: "5,400 USD", "At
 *   least 3,321 USD; 9 courses' credits not known", or that it is not known
 */
char *
career_plan_cost_dup_tuition_text (CareerPlanCost *self)
{
  g_autofree char *money = NULL;

  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), NULL);

  if (!self->tuition_known)
    return g_strdup (_("Not known: the catalog has no tuition for the program"));

  money = format_money (self->tuition, self->currency);
  if (self->n_unknown_credits == 0)
    return g_steal_pointer (&money);

  /* Translators: %s is an amount of money, %u a number of courses */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "At least %s; %u course's credits not known",
                                    "At least %s; %u courses' credits not known",
                                    self->n_unknown_credits),
                          money, self->n_unknown_credits);
}

/**
 * career_plan_cost_get_audit:
 *
 * Returns: (transfer none) (nullable): the audit of the whole plan, %NULL
 *   without a program
 */
CareerAudit *
career_plan_cost_get_audit (CareerPlanCost *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), NULL);

  return self->audit;
}

/**
 * career_plan_cost_get_graduation:
 * @term: (out) (optional) (transfer none): the graduation term, when
 *   %CAREER_GRADUATION_IN_PLAN; %NULL otherwise
 */
CareerGraduation
career_plan_cost_get_graduation (CareerPlanCost  *self,
                                 CareerTerm     **term)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), CAREER_GRADUATION_NOT_KNOWN);

  if (term != NULL)
    *term = self->graduation_term;
  return self->graduation;
}

/**
 * career_plan_cost_get_months_to_degree:
 * @months: (out): the months from the first term with a course to the
 *   graduation term, both included
 *
 * Returns: %FALSE, with @months 0, when there is no graduation term
 */
gboolean
career_plan_cost_get_months_to_degree (CareerPlanCost *self,
                                       guint          *months)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), FALSE);
  g_return_val_if_fail (months != NULL, FALSE);

  *months = 0;
  if (self->graduation_term == NULL || self->first_term == NULL)
    return FALSE;

  *months = career_plan_cost_count_months (self->first_term, self->graduation_term);
  return TRUE;
}

/**
 * career_plan_cost_get_pace:
 *
 * Returns: (transfer none): the estimate of the months the remaining credits
 *   take at the plan's weekly hours
 */
const CareerPace *
career_plan_cost_get_pace (CareerPlanCost *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COST (self), NULL);

  return &self->pace;
}
