/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-skill-requirement.h"

struct _CareerSkillRequirement
{
  GObject      parent_instance;

  char        *skill_id;
  CareerSkill *skill;
  guint        importance;
  guint        target;
};

G_DEFINE_FINAL_TYPE (CareerSkillRequirement, career_skill_requirement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SKILL_ID,
  PROP_SKILL,
  PROP_IMPORTANCE,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_skill_requirement_finalize (GObject *object)
{
  CareerSkillRequirement *self = (CareerSkillRequirement *) object;

  g_clear_pointer (&self->skill_id, g_free);
  g_clear_object (&self->skill);

  G_OBJECT_CLASS (career_skill_requirement_parent_class)->finalize (object);
}

static void
career_skill_requirement_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CareerSkillRequirement *self = CAREER_SKILL_REQUIREMENT (object);

  switch (prop_id)
    {
    case PROP_SKILL_ID:
      g_value_set_string (value, self->skill_id);
      break;
    case PROP_SKILL:
      g_value_set_object (value, self->skill);
      break;
    case PROP_IMPORTANCE:
      g_value_set_uint (value, self->importance);
      break;
    case PROP_TARGET:
      g_value_set_uint (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_skill_requirement_class_init (CareerSkillRequirementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_skill_requirement_finalize;
  object_class->get_property = career_skill_requirement_get_property;

  properties[PROP_SKILL_ID] =
    g_param_spec_string ("skill-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKILL] =
    g_param_spec_object ("skill", NULL, NULL, CAREER_TYPE_SKILL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPORTANCE] =
    g_param_spec_uint ("importance", NULL, NULL,
                       CAREER_IMPORTANCE_MIN, CAREER_IMPORTANCE_MAX, CAREER_IMPORTANCE_MIN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_uint ("target", NULL, NULL, 0, CAREER_SKILL_LEVEL_MAX, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_skill_requirement_init (CareerSkillRequirement *self)
{
}

CareerSkillRequirement *
career_skill_requirement_new (const char *skill_id,
                              guint       importance,
                              guint       target)
{
  CareerSkillRequirement *self;

  g_return_val_if_fail (skill_id != NULL, NULL);
  g_return_val_if_fail (importance >= CAREER_IMPORTANCE_MIN &&
                        importance <= CAREER_IMPORTANCE_MAX, NULL);
  g_return_val_if_fail (target <= CAREER_SKILL_LEVEL_MAX, NULL);

  self = g_object_new (CAREER_TYPE_SKILL_REQUIREMENT, NULL);
  self->skill_id = g_strdup (skill_id);
  self->importance = importance;
  self->target = target;
  return self;
}

const char *
career_skill_requirement_get_skill_id (CareerSkillRequirement *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_REQUIREMENT (self), NULL);
  return self->skill_id;
}

CareerSkill *
career_skill_requirement_get_skill (CareerSkillRequirement *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_REQUIREMENT (self), NULL);
  return self->skill;
}

/* Called by the catalog once references are resolved. */
void
career_skill_requirement_set_skill (CareerSkillRequirement *self,
                                    CareerSkill            *skill)
{
  g_return_if_fail (CAREER_IS_SKILL_REQUIREMENT (self));

  if (g_set_object (&self->skill, skill))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKILL]);
}

guint
career_skill_requirement_get_importance (CareerSkillRequirement *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_REQUIREMENT (self), 0);
  return self->importance;
}

guint
career_skill_requirement_get_target (CareerSkillRequirement *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_REQUIREMENT (self), 0);
  return self->target;
}
