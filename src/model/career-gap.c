/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-gap.h"
#include "career-skill-requirement.h"

struct _CareerGap
{
  GObject      parent_instance;

  char        *skill_id;
  CareerSkill *skill;
  guint        importance;
  guint        target;
  guint        level;
};

G_DEFINE_FINAL_TYPE (CareerGap, career_gap, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SKILL_ID,
  PROP_SKILL,
  PROP_SKILL_NAME,
  PROP_IMPORTANCE,
  PROP_TARGET,
  PROP_LEVEL,
  PROP_GAP,
  PROP_WEIGHTED_GAP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_gap_finalize (GObject *object)
{
  CareerGap *self = (CareerGap *) object;

  g_clear_pointer (&self->skill_id, g_free);
  g_clear_object (&self->skill);

  G_OBJECT_CLASS (career_gap_parent_class)->finalize (object);
}

static void
career_gap_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CareerGap *self = CAREER_GAP (object);

  switch (prop_id)
    {
    case PROP_SKILL_ID:
      g_value_set_string (value, self->skill_id);
      break;
    case PROP_SKILL:
      g_value_set_object (value, self->skill);
      break;
    case PROP_SKILL_NAME:
      g_value_set_string (value, career_gap_get_skill_name (self));
      break;
    case PROP_IMPORTANCE:
      g_value_set_uint (value, self->importance);
      break;
    case PROP_TARGET:
      g_value_set_uint (value, self->target);
      break;
    case PROP_LEVEL:
      g_value_set_uint (value, self->level);
      break;
    case PROP_GAP:
      g_value_set_uint (value, career_gap_get_gap (self));
      break;
    case PROP_WEIGHTED_GAP:
      g_value_set_uint (value, career_gap_get_weighted_gap (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_gap_class_init (CareerGapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_gap_finalize;
  object_class->get_property = career_gap_get_property;

  properties[PROP_SKILL_ID] =
    g_param_spec_string ("skill-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKILL] =
    g_param_spec_object ("skill", NULL, NULL, CAREER_TYPE_SKILL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The skill's name, or its id when the catalog does not know it, so that a
   * row can bind a label to one property. */
  properties[PROP_SKILL_NAME] =
    g_param_spec_string ("skill-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORTANCE] =
    g_param_spec_uint ("importance", NULL, NULL,
                       CAREER_IMPORTANCE_MIN, CAREER_IMPORTANCE_MAX, CAREER_IMPORTANCE_MIN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_uint ("target", NULL, NULL, 0, CAREER_SKILL_LEVEL_MAX, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] =
    g_param_spec_uint ("level", NULL, NULL, 0, CAREER_SKILL_LEVEL_MAX, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GAP] =
    g_param_spec_uint ("gap", NULL, NULL, 0, CAREER_SKILL_LEVEL_MAX, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEIGHTED_GAP] =
    g_param_spec_uint ("weighted-gap", NULL, NULL,
                       0, CAREER_IMPORTANCE_MAX * CAREER_SKILL_LEVEL_MAX, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_gap_init (CareerGap *self)
{
}

/**
 * career_gap_new:
 * @skill: (nullable): the skill, when the catalog resolved @skill_id
 *
 * Returns: (transfer full): a gap; @level must be below @target
 */
CareerGap *
career_gap_new (const char  *skill_id,
                CareerSkill *skill,
                guint        importance,
                guint        target,
                guint        level)
{
  CareerGap *self;

  g_return_val_if_fail (skill_id != NULL, NULL);
  g_return_val_if_fail (skill == NULL || CAREER_IS_SKILL (skill), NULL);
  g_return_val_if_fail (importance >= CAREER_IMPORTANCE_MIN &&
                        importance <= CAREER_IMPORTANCE_MAX, NULL);
  g_return_val_if_fail (target <= CAREER_SKILL_LEVEL_MAX, NULL);
  g_return_val_if_fail (level < target, NULL);

  self = g_object_new (CAREER_TYPE_GAP, NULL);
  self->skill_id = g_strdup (skill_id);
  g_set_object (&self->skill, skill);
  self->importance = importance;
  self->target = target;
  self->level = level;
  return self;
}

const char *
career_gap_get_skill_id (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), NULL);
  return self->skill_id;
}

/**
 * career_gap_get_skill:
 *
 * Returns: (transfer none) (nullable): the skill, or %NULL when the catalog
 *   does not know the id
 */
CareerSkill *
career_gap_get_skill (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), NULL);
  return self->skill;
}

/**
 * career_gap_get_skill_name:
 *
 * Returns: the skill's name, or its id when the skill is not resolved
 */
const char *
career_gap_get_skill_name (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), NULL);
  return self->skill != NULL ? career_skill_get_name (self->skill) : self->skill_id;
}

guint
career_gap_get_importance (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), 0);
  return self->importance;
}

guint
career_gap_get_target (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), 0);
  return self->target;
}

guint
career_gap_get_level (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), 0);
  return self->level;
}

/**
 * career_gap_get_gap:
 *
 * Returns: target − level, in levels (at least 1)
 */
guint
career_gap_get_gap (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), 0);
  return self->target - self->level;
}

/**
 * career_gap_get_weighted_gap:
 *
 * Returns: importance × (target − level)
 */
guint
career_gap_get_weighted_gap (CareerGap *self)
{
  g_return_val_if_fail (CAREER_IS_GAP (self), 0);
  return self->importance * (self->target - self->level);
}
