/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-other-learning.h"
#include "career-plan-private.h"
#include "career-skill-state.h"

typedef struct
{
  char *skill_id;
  int   level;
} TaughtSkill;

/* Learning outside a degree program (a MOOC, a certificate, a project) that
 * teaches skills up to a level.  It is built up front and sealed when it is
 * added to a plan: the plan's undo history relies on it not changing.
 */
struct _CareerOtherLearning
{
  GObject             parent_instance;

  char               *title;
  GArray             *skills;
  double              weekly_hours;
  CareerLearningKind  kind;
  gboolean            sealed;
};

G_DEFINE_FINAL_TYPE (CareerOtherLearning, career_other_learning, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CareerLearningKind, career_learning_kind,
                    G_DEFINE_ENUM_VALUE (CAREER_LEARNING_KIND_MOOC, "mooc"),
                    G_DEFINE_ENUM_VALUE (CAREER_LEARNING_KIND_CERTIFICATE, "certificate"),
                    G_DEFINE_ENUM_VALUE (CAREER_LEARNING_KIND_PROJECT, "project"),
                    G_DEFINE_ENUM_VALUE (CAREER_LEARNING_KIND_OTHER, "other"))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_WEEKLY_HOURS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
taught_skill_clear (gpointer data)
{
  TaughtSkill *skill = data;

  g_clear_pointer (&skill->skill_id, g_free);
}

static void
career_other_learning_finalize (GObject *object)
{
  CareerOtherLearning *self = (CareerOtherLearning *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->skills, g_array_unref);

  G_OBJECT_CLASS (career_other_learning_parent_class)->finalize (object);
}

static void
career_other_learning_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CareerOtherLearning *self = CAREER_OTHER_LEARNING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_WEEKLY_HOURS:
      g_value_set_double (value, self->weekly_hours);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_other_learning_class_init (CareerOtherLearningClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_other_learning_finalize;
  object_class->get_property = career_other_learning_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CAREER_TYPE_LEARNING_KIND,
                       CAREER_LEARNING_KIND_OTHER,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_WEEKLY_HOURS] =
    g_param_spec_double ("weekly-hours", NULL, NULL,
                         0.0, 168.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_other_learning_init (CareerOtherLearning *self)
{
  self->kind = CAREER_LEARNING_KIND_OTHER;
  self->skills = g_array_new (FALSE, FALSE, sizeof (TaughtSkill));
  g_array_set_clear_func (self->skills, taught_skill_clear);
}

/**
 * career_other_learning_new:
 * @title: what the learning is called
 * @kind: the kind of learning
 * @weekly_hours: the time it takes, in hours per week
 *
 * Returns: (transfer full): a new item that teaches no skill yet
 */
CareerOtherLearning *
career_other_learning_new (const char         *title,
                           CareerLearningKind  kind,
                           double              weekly_hours)
{
  CareerOtherLearning *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (kind <= CAREER_LEARNING_KIND_OTHER, NULL);
  g_return_val_if_fail (weekly_hours >= 0.0 && weekly_hours <= 168.0, NULL);

  self = g_object_new (CAREER_TYPE_OTHER_LEARNING, NULL);
  self->title = g_strdup (title);
  self->kind = kind;
  self->weekly_hours = weekly_hours;

  return self;
}

/**
 * career_other_learning_add_skill:
 * @skill_id: a skill the learning teaches
 * @level: the level it teaches the skill to, 1-4
 *
 * Only valid before @self is added to a plan.
 */
void
career_other_learning_add_skill (CareerOtherLearning *self,
                                 const char          *skill_id,
                                 int                  level)
{
  TaughtSkill skill;

  g_return_if_fail (CAREER_IS_OTHER_LEARNING (self));
  g_return_if_fail (!self->sealed);
  g_return_if_fail (skill_id != NULL);
  g_return_if_fail (level >= 1 && level <= CAREER_SKILL_LEVEL_MAX);

  skill.skill_id = g_strdup (skill_id);
  skill.level = level;
  g_array_append_val (self->skills, skill);
}

const char *
career_other_learning_get_title (CareerOtherLearning *self)
{
  g_return_val_if_fail (CAREER_IS_OTHER_LEARNING (self), NULL);

  return self->title;
}

CareerLearningKind
career_other_learning_get_kind (CareerOtherLearning *self)
{
  g_return_val_if_fail (CAREER_IS_OTHER_LEARNING (self), CAREER_LEARNING_KIND_OTHER);

  return self->kind;
}

double
career_other_learning_get_weekly_hours (CareerOtherLearning *self)
{
  g_return_val_if_fail (CAREER_IS_OTHER_LEARNING (self), 0.0);

  return self->weekly_hours;
}

guint
career_other_learning_get_n_skills (CareerOtherLearning *self)
{
  g_return_val_if_fail (CAREER_IS_OTHER_LEARNING (self), 0);

  return self->skills->len;
}

/**
 * career_other_learning_get_skill:
 * @position: index of the skill, below career_other_learning_get_n_skills()
 * @level: (out) (optional): the level taught
 *
 * Returns: the id of the skill taught
 */
const char *
career_other_learning_get_skill (CareerOtherLearning *self,
                                 guint                position,
                                 int                 *level)
{
  const TaughtSkill *skill;

  g_return_val_if_fail (CAREER_IS_OTHER_LEARNING (self), NULL);
  g_return_val_if_fail (position < self->skills->len, NULL);

  skill = &g_array_index (self->skills, TaughtSkill, position);

  if (level != NULL)
    *level = skill->level;

  return skill->skill_id;
}

void
career_other_learning_seal (CareerOtherLearning *self)
{
  g_return_if_fail (CAREER_IS_OTHER_LEARNING (self));

  self->sealed = TRUE;
}
