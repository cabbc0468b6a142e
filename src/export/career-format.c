/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>

#include "career-format.h"

/**
 * career_format_number:
 *
 * Formats @value with the locale's decimal point and digit grouping (the
 * `'` flag of glibc's printf), dropping a fraction that rounds to zero.
 */
char *
career_format_number (double value,
                      guint  decimals)
{
  double scale = pow (10, decimals);

  if (fabs (round (value) - value) * scale < 0.5)
    decimals = 0;

  return g_strdup_printf ("%'.*f", (int) decimals, value);
}

/**
 * career_format_money:
 *
 * Money keeps its own currency in every language: a US salary is shown in
 * USD under a German locale too (which `strfmon` would get wrong).
 */
char *
career_format_money (double      amount,
                     const char *currency)
{
  g_autofree char *number = career_format_number (amount, 2);

  /* Translators: an amount of money: %1$s is the number, %2$s the ISO currency
   * code such as USD. Swap them if your language writes the code first. */
  return g_strdup_printf (C_("money", "%1$s %2$s"), number, currency);
}

char *
career_format_percent (double value)
{
  g_autofree char *number = career_format_number (value, 1);

  /* Translators: a percentage; use the percent sign and spacing of your
   * language, with a no-break space (U+00A0) if any, so that the sign is
   * never wrapped onto a line of its own */
  return g_strdup_printf (_("%s\xc2\xa0%%"), number);
}

char *
career_format_credits (double credits)
{
  g_autofree char *number = career_format_number (credits, 1);
  gulong plural = (gulong) ceil (credits);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s credit", "%s credits", plural), number);
}

char *
career_format_hours (double hours)
{
  g_autofree char *number = career_format_number (hours, 1);
  gulong plural = (gulong) ceil (hours);

  /* Translators: weekly workload */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s hour a week", "%s hours a week", plural), number);
}

/**
 * career_format_as_of:
 * @as_of: (nullable): "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 *
 * Returns: the date for the locale, or "undated"
 */
char *
career_format_as_of (const char *as_of)
{
  int year = 0, month = 0, day = 0;
  int n;
  g_autoptr(GDateTime) date = NULL;

  if (as_of == NULL)
    return g_strdup (_("undated"));

  n = sscanf (as_of, "%4d-%2d-%2d", &year, &month, &day);
  if (n == 1)
    return g_strdup_printf ("%d", year);

  date = g_date_time_new_utc (year, month > 0 ? month : 1, day > 0 ? day : 1, 0, 0, 0);
  if (date == NULL)
    return g_strdup (as_of);

  /* Translators: a month and year, see g_date_time_format(); for example "%B %Y" */
  if (n == 2)
    return g_date_time_format (date, C_("source date", "%B %Y"));
  /* Translators: a full date, see g_date_time_format(); for example "%e %B %Y" */
  return g_date_time_format (date, C_("source date", "%-d %B %Y"));
}

/**
 * career_format_source:
 *
 * Returns: one line naming a source, its date and whether it was verified
 */
char *
career_format_source (const CareerSource *source)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  date = career_format_as_of (source->as_of);
  if (source->verified)
    /* Translators: a source line: "%1$s" is the publication, "%2$s" its date */
    return g_strdup_printf (_("%1$s, %2$s"), source->title, date);

  /* Translators: a source line for a figure nobody could check against the original */
  return g_strdup_printf (_("%1$s, %2$s (unverified)"), source->title, date);
}

/**
 * career_format_figure:
 *
 * Returns: a salary or outlook figure as a person reads it:
 *   "136,620 USD a year", "+23 % over 2022-2032"
 */
char *
career_format_figure (CareerFigure *figure)
{
  g_autofree char *value = NULL;
  const char *period;

  g_return_val_if_fail (CAREER_IS_FIGURE (figure), NULL);

  period = career_figure_get_period (figure);
  if (career_figure_get_kind (figure) == CAREER_FIGURE_OUTLOOK)
    {
      double growth = career_figure_get_value (figure);

      value = career_format_percent (growth);
      /* Translators: projected job growth: "+23 % over 2022-2032" */
      return g_strdup_printf (_("%1$s%2$s over %3$s"), growth > 0 ? "+" : "", value, period);
    }

  value = career_format_money (career_figure_get_value (figure),
                               career_figure_get_currency (figure));
  if (g_strcmp0 (period, "hour") == 0)
    return g_strdup_printf (_("%s an hour"), value);
  if (g_strcmp0 (period, "month") == 0)
    return g_strdup_printf (_("%s a month"), value);
  return g_strdup_printf (_("%s a year"), value);
}

/**
 * career_format_course_status:
 *
 * Returns: a course entry's status in a sentence: "In progress"
 */
const char *
career_format_course_status (CareerCourseStatus status)
{
  switch (status)
    {
    case CAREER_COURSE_STATUS_PLANNED:     return _("Planned");
    case CAREER_COURSE_STATUS_IN_PROGRESS: return _("In progress");
    case CAREER_COURSE_STATUS_COMPLETED:   return _("Completed");
    default:                               g_return_val_if_reached ("");
    }
}

/**
 * career_format_skill_raise:
 *
 * Returns: what a term of the projection raises, as the report and the
 *   term cards say it: "Python 2 → 3, by COMP 614 (Completed)"
 */
char *
career_format_skill_raise (const CareerSkillRaise *raise)
{
  const char *name;

  g_return_val_if_fail (raise != NULL, NULL);

  name = raise->skill ? career_skill_get_name (raise->skill) : raise->skill_id;
  if (raise->source == CAREER_RAISE_BY_COURSE)
    /* Translators: a skill raised by a course: the skill, the levels
     * before and after, the course's code and its status */
    return g_strdup_printf (_("%1$s %2$u → %3$u, by %4$s (%5$s)"), name, raise->from, raise->to,
                            raise->title, career_format_course_status (raise->status));

  /* Translators: a skill raised by other learning: the skill, the
   * levels before and after, the learning's title */
  return g_strdup_printf (_("%1$s %2$u → %3$u, by %4$s"), name, raise->from, raise->to,
                          raise->title);
}
