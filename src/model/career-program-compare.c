/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "career-program-compare.h"
#include "career-projection.h"
#include "career-recommend.h"

/* Programs side by side; see career-program-compare.h for the rules. */

/* Locale-aware, as the app's career_format_number(), which the model cannot use */
static char *
format_number (double value)
{
  if (fabs (round (value) - value) < 0.05)
    return g_strdup_printf ("%'.0f", value);
  return g_strdup_printf ("%'.1f", value);
}

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

static char *
format_percent (double value)
{
  g_autofree char *number = format_number (value);

  /* Translators: a percentage; use the percent sign and spacing of your
   * language, with a no-break space (U+00A0) if any, so that the sign is
   * never wrapped onto a line of its own */
  return g_strdup_printf (_("%s\xc2\xa0%%"), number);
}

static guint
count_seasons (CareerOffering terms)
{
  return ((terms & CAREER_OFFERED_SPRING) != 0) +
         ((terms & CAREER_OFFERED_SUMMER) != 0) +
         ((terms & CAREER_OFFERED_FALL) != 0);
}

/* The course lists of every only-one-of node, in every specialization option */
static void
collect_only_one_of (CareerRequirement *node,
                     GPtrArray         *groups)
{
  if (node == NULL)
    return;

  if (node->kind == CAREER_REQUIREMENT_ONLY_ONE_OF && node->course_ids != NULL)
    g_ptr_array_add (groups, node->course_ids);

  for (guint i = 0; node->children != NULL && i < node->children->len; i++)
    collect_only_one_of (g_ptr_array_index (node->children, i), groups);

  for (guint i = 0; node->options != NULL && i < node->options->len; i++)
    {
      CareerSpecialization *option = g_ptr_array_index (node->options, i);

      collect_only_one_of (option->requirements, groups);
    }
}

static gboolean
blocked_by_only_one_of (GPtrArray  *groups,
                        const char *course_id,
                        GHashTable *chosen)
{
  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *ids = g_ptr_array_index (groups, g);
      gboolean in_group = FALSE, other_chosen = FALSE;

      for (guint i = 0; i < ids->len; i++)
        {
          const char *id = g_ptr_array_index (ids, i);

          if (g_str_equal (id, course_id))
            in_group = TRUE;
          else if (g_hash_table_contains (chosen, id))
            other_chosen = TRUE;
        }
      if (in_group && other_chosen)
        return TRUE;
    }

  return FALSE;
}

static void
take_course (GHashTable   *levels,
             CareerCourse *course)
{
  for (guint i = 0; i < career_course_get_n_skills (course); i++)
    {
      const CareerCourseSkill *taught = career_course_get_skill (course, i);
      guint level = MIN (taught->level, CAREER_SKILL_LEVEL_MAX);

      if (level > career_projection_level (taught->skill_id, levels))
        g_hash_table_insert (levels, g_strdup (taught->skill_id), GUINT_TO_POINTER (level));
    }
}

/* Whether @a comes before @b among courses of the same score */
static gboolean
course_before (CareerCourse *a,
               CareerCourse *b)
{
  int result = strcmp (career_course_get_code (a), career_course_get_code (b));

  if (result == 0)
    result = strcmp (career_course_get_id (a), career_course_get_id (b));
  return result < 0;
}

static void
choose_courses (CareerProgramSummary *summary,
                CareerRole           *role)
{
  GListModel *courses = career_program_get_courses (summary->program);
  guint n = g_list_model_get_n_items (courses);
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  guint n_known_credits = 0;

  collect_only_one_of (career_program_get_requirements (summary->program), groups);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);

      if (career_course_get_credits (course, NULL))
        n_known_credits++;
    }
  summary->fit_known = summary->fit.defined && n_known_credits > 0;
  if (!summary->fit_known)
    return;

  while (summary->credits_chosen < summary->total_credits)
    {
      CareerCourse *best = NULL;
      guint best_score = 0;
      double credits = 0.0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);
          const char *course_id = career_course_get_id (course);
          guint score;

          if (g_hash_table_contains (chosen, course_id) ||
              !career_course_get_credits (course, NULL) ||
              blocked_by_only_one_of (groups, course_id, chosen))
            continue;

          score = career_recommend_score (role, course, career_projection_level, summary->levels);
          if (score > best_score || (score == best_score && score > 0 && course_before (course, best)))
            {
              best = course;
              best_score = score;
            }
        }

      if (best == NULL)
        break;

      /* The program holds its courses, so @best outlives the loop's refs */
      g_ptr_array_add (summary->courses, g_object_ref (best));
      g_hash_table_add (chosen, (char *) career_course_get_id (best));
      take_course (summary->levels, best);
      career_course_get_credits (best, &credits);
      summary->credits_chosen += credits;
    }

  summary->fit = career_analysis_fit (role, career_projection_level, summary->levels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);

      if (!career_course_get_credits (course, NULL) &&
          career_recommend_score (role, course, career_projection_level, summary->levels) > 0)
        summary->n_left_out++;
    }
}

static char *
dup_months_text (const CareerProgramSummary *summary,
                 double                      weekly_hours)
{
  g_autofree char *hours = NULL;

  if (summary->pace.known)
    {
      hours = format_number (summary->pace.weekly_hours);
      /* Translators: an estimate of the time to a degree: %1$u months, at
       * %2$s hours of study a week */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %1$u month at %2$s h a week",
                                        "About %1$u months at %2$s h a week",
                                        summary->pace.months),
                              summary->pace.months, hours);
    }

  if (weekly_hours <= 0.0)
    return g_strdup (_("Not known: set the hours a week you can study"));
  if (count_seasons (career_program_get_terms (summary->program)) == 0)
    return g_strdup (_("Not known: the catalog lists no terms for the program"));
  return g_strdup (_("Not known: no course of the program has both credits and workload in the catalog"));
}

static char *
dup_fit_text (const CareerProgramSummary *summary,
              CareerRole                 *role)
{
  g_autofree char *percent = NULL;

  if (role == NULL)
    return g_strdup (_("Not known: choose a target role"));
  if (!summary->fit.defined)
    return g_strdup (_("Not known: the role sets no target level"));
  if (!summary->fit_known)
    return g_strdup (_("Not known: the catalog has no credits for the program's courses"));

  percent = format_percent (summary->fit.percent);
  if (summary->n_left_out == 0)
    return g_steal_pointer (&percent);

  /* Translators: %1$s is a fit such as "70 %", %2$u a number of courses */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s; %2$u course whose credits are not known was left out "
                                    "and could raise it",
                                    "%1$s; %2$u courses whose credits are not known were left out "
                                    "and could raise it",
                                    summary->n_left_out),
                          percent, summary->n_left_out);
}

static void
summarize (CareerProgramSummary *summary,
           CareerProgram        *program,
           CareerCatalog        *catalog,
           CareerRole           *role,
           GHashTable           *start_levels,
           double                weekly_hours)
{
  g_autoptr(CareerPlan) empty = career_plan_new ();
  g_autoptr(CareerPlanCost) cost = NULL;
  double per_credit = 0.0;
  const char *currency = NULL;
  GHashTableIter iter;
  gpointer key, value;

  summary->program = g_object_ref (program);
  summary->total_credits = career_program_get_total_credits (program);

  summary->tuition_known = career_program_get_tuition (program, &per_credit, &currency, NULL);
  if (summary->tuition_known)
    {
      summary->tuition = summary->total_credits * per_credit;
      summary->currency = g_strdup (currency);
      summary->tuition_text = format_money (summary->tuition, currency);
    }
  else
    {
      summary->tuition_text = g_strdup (_("Not known: the catalog has no tuition for the program"));
    }

  /* The cost module's pace rule, for a plan with no course yet */
  career_plan_set_weekly_hours (empty, weekly_hours);
  cost = career_plan_cost_new (empty, catalog, program, NULL);
  summary->pace = *career_plan_cost_get_pace (cost);
  summary->months_text = dup_months_text (summary, weekly_hours);

  summary->courses = g_ptr_array_new_with_free_func (g_object_unref);
  summary->levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, start_levels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (summary->levels, g_strdup (key), value);

  if (role != NULL)
    {
      summary->fit = career_analysis_fit (role, career_projection_level, summary->levels);
      choose_courses (summary, role);
    }
  summary->fit_text = dup_fit_text (summary, role);
}

/**
 * career_program_compare:
 * @plan: the person's plan: its weekly hours and rated levels are read
 * @catalog: the catalog
 * @role: (nullable): the role to measure the fit to, usually the plan's
 *   target role
 * @programs: (array length=n_programs): the programs to compare
 * @n_programs: how many
 *
 * Returns: (transfer full): the programs' figures; free with
 *   career_program_comparison_free()
 */
CareerProgramComparison *
career_program_compare (CareerPlan            *plan,
                        CareerCatalog         *catalog,
                        CareerRole            *role,
                        CareerProgram * const *programs,
                        guint                  n_programs)
{
  g_autoptr(CareerProjection) projection = NULL;
  CareerProgramComparison *comparison;
  double weekly_hours;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (role == NULL || CAREER_IS_ROLE (role), NULL);
  g_return_val_if_fail (programs != NULL || n_programs == 0, NULL);

  for (guint i = 0; i < n_programs; i++)
    g_return_val_if_fail (CAREER_IS_PROGRAM (programs[i]), NULL);

  /* Its start levels are the rated levels; its terms are not used */
  projection = career_projection_new (plan, catalog, role);
  weekly_hours = career_plan_get_weekly_hours (plan);

  comparison = g_new0 (CareerProgramComparison, 1);
  comparison->role = role != NULL ? g_object_ref (role) : NULL;
  comparison->weekly_hours = weekly_hours;
  comparison->start_fit = career_projection_get_start_fit (projection);
  comparison->n_programs = n_programs;
  comparison->programs = g_new0 (CareerProgramSummary, MAX (n_programs, 1));

  for (guint i = 0; i < n_programs; i++)
    summarize (&comparison->programs[i], programs[i], catalog, role,
               career_projection_get_start_levels (projection), weekly_hours);

  return comparison;
}

void
career_program_comparison_free (CareerProgramComparison *comparison)
{
  if (comparison == NULL)
    return;

  for (guint i = 0; i < comparison->n_programs; i++)
    {
      CareerProgramSummary *summary = &comparison->programs[i];

      g_clear_object (&summary->program);
      g_free (summary->currency);
      g_free (summary->tuition_text);
      g_free (summary->months_text);
      g_clear_pointer (&summary->courses, g_ptr_array_unref);
      g_clear_pointer (&summary->levels, g_hash_table_unref);
      g_free (summary->fit_text);
    }
  g_free (comparison->programs);
  g_clear_object (&comparison->role);
  g_free (comparison);
}
