/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "career-other-learning.h"
#include "career-plan-course.h"
#include "career-plan-private.h"
#include "career-term.h"

/* One term of the plan: the courses and other learning taken in it.  The
 * term itself never changes; CareerPlan's commands edit its two lists.
 */
struct _CareerTerm
{
  GObject       parent_instance;

  GListStore   *courses;
  GListStore   *other_learning;
  CareerSeason  season;
  int           year;
};

G_DEFINE_FINAL_TYPE (CareerTerm, career_term, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CareerSeason, career_season,
                    G_DEFINE_ENUM_VALUE (CAREER_SEASON_SPRING, "spring"),
                    G_DEFINE_ENUM_VALUE (CAREER_SEASON_SUMMER, "summer"),
                    G_DEFINE_ENUM_VALUE (CAREER_SEASON_FALL, "fall"))

enum {
  PROP_0,
  PROP_SEASON,
  PROP_YEAR,
  PROP_COURSES,
  PROP_OTHER_LEARNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_term_dispose (GObject *object)
{
  CareerTerm *self = (CareerTerm *)object;

  g_clear_object (&self->courses);
  g_clear_object (&self->other_learning);

  G_OBJECT_CLASS (career_term_parent_class)->dispose (object);
}

static void
career_term_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CareerTerm *self = CAREER_TERM (object);

  switch (prop_id)
    {
    case PROP_SEASON:
      g_value_set_enum (value, self->season);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_COURSES:
      g_value_set_object (value, self->courses);
      break;

    case PROP_OTHER_LEARNING:
      g_value_set_object (value, self->other_learning);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_term_class_init (CareerTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = career_term_dispose;
  object_class->get_property = career_term_get_property;

  properties[PROP_SEASON] =
    g_param_spec_enum ("season", NULL, NULL,
                       CAREER_TYPE_SEASON,
                       CAREER_SEASON_SPRING,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_COURSES] =
    g_param_spec_object ("courses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_OTHER_LEARNING] =
    g_param_spec_object ("other-learning", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_term_init (CareerTerm *self)
{
  self->courses = g_list_store_new (CAREER_TYPE_PLAN_COURSE);
  self->other_learning = g_list_store_new (CAREER_TYPE_OTHER_LEARNING);
}

/**
 * career_term_new:
 *
 * Returns: (transfer full): an empty term
 */
CareerTerm *
career_term_new (CareerSeason season,
                 int          year)
{
  CareerTerm *self;

  g_return_val_if_fail (season <= CAREER_SEASON_FALL, NULL);

  self = g_object_new (CAREER_TYPE_TERM, NULL);
  self->season = season;
  self->year = year;

  return self;
}

CareerSeason
career_term_get_season (CareerTerm *self)
{
  g_return_val_if_fail (CAREER_IS_TERM (self), CAREER_SEASON_SPRING);

  return self->season;
}

int
career_term_get_year (CareerTerm *self)
{
  g_return_val_if_fail (CAREER_IS_TERM (self), 0);

  return self->year;
}

/**
 * career_term_get_courses:
 *
 * Returns: (transfer none): a #GListModel of #CareerPlanCourse
 */
GListModel *
career_term_get_courses (CareerTerm *self)
{
  g_return_val_if_fail (CAREER_IS_TERM (self), NULL);

  return G_LIST_MODEL (self->courses);
}

/**
 * career_term_get_other_learning:
 *
 * Returns: (transfer none): a #GListModel of #CareerOtherLearning
 */
GListModel *
career_term_get_other_learning (CareerTerm *self)
{
  g_return_val_if_fail (CAREER_IS_TERM (self), NULL);

  return G_LIST_MODEL (self->other_learning);
}

GListStore *
career_term_get_course_store (CareerTerm *self)
{
  g_return_val_if_fail (CAREER_IS_TERM (self), NULL);

  return self->courses;
}

GListStore *
career_term_get_other_learning_store (CareerTerm *self)
{
  g_return_val_if_fail (CAREER_IS_TERM (self), NULL);

  return self->other_learning;
}

/**
 * career_term_dup_label:
 *
 * Returns: (transfer full): the term's name for people, such as "Fall 2025"
 */
char *
career_term_dup_label (CareerTerm *self)
{
  g_return_val_if_fail (CAREER_IS_TERM (self), NULL);

  switch (self->season)
    {
    case CAREER_SEASON_SPRING:
      /* Translators: a term of study; %d is its year, as in "Spring 2026" */
      return g_strdup_printf (_("Spring %d"), self->year);

    case CAREER_SEASON_SUMMER:
      /* Translators: a term of study; %d is its year, as in "Summer 2026" */
      return g_strdup_printf (_("Summer %d"), self->year);

    case CAREER_SEASON_FALL:
      /* Translators: a term of study; %d is its year, as in "Fall 2026" */
      return g_strdup_printf (_("Fall %d"), self->year);

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * career_term_compare:
 *
 * Orders terms by date: by year, then spring before summer before fall.
 *
 * Returns: a negative value if @a comes first, 0 if both are the same term,
 *   a positive value if @b comes first
 */
int
career_term_compare (CareerTerm *a,
                     CareerTerm *b)
{
  g_return_val_if_fail (CAREER_IS_TERM (a), 0);
  g_return_val_if_fail (CAREER_IS_TERM (b), 0);

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;

  return (int)a->season - (int)b->season;
}
