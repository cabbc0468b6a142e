/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-history-entry.h"
#include "career-plan-private.h"
#include "career-skill-state.h"

/* Where a person stands on one skill.  Only CareerPlan's commands change it,
 * through the setters in career-plan-private.h.
 */
struct _CareerSkillState
{
  GObject     parent_instance;

  char       *skill_id;
  char       *notes;
  GListStore *history;
  int         level;
  int         custom_target;
};

G_DEFINE_FINAL_TYPE (CareerSkillState, career_skill_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SKILL_ID,
  PROP_LEVEL,
  PROP_CUSTOM_TARGET,
  PROP_NOTES,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_skill_state_finalize (GObject *object)
{
  CareerSkillState *self = (CareerSkillState *)object;

  g_clear_pointer (&self->skill_id, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (career_skill_state_parent_class)->finalize (object);
}

static void
career_skill_state_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CareerSkillState *self = CAREER_SKILL_STATE (object);

  switch (prop_id)
    {
    case PROP_SKILL_ID:
      g_value_set_string (value, self->skill_id);
      break;

    case PROP_LEVEL:
      g_value_set_int (value, self->level);
      break;

    case PROP_CUSTOM_TARGET:
      g_value_set_int (value, self->custom_target);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_skill_state_class_init (CareerSkillStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_skill_state_finalize;
  object_class->get_property = career_skill_state_get_property;

  properties[PROP_SKILL_ID] =
    g_param_spec_string ("skill-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL,
                      0, CAREER_SKILL_LEVEL_MAX, 0,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* -1 when the person follows the target role's level */
  properties[PROP_CUSTOM_TARGET] =
    g_param_spec_int ("custom-target", NULL, NULL,
                      -1, CAREER_SKILL_LEVEL_MAX, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_skill_state_init (CareerSkillState *self)
{
  self->custom_target = -1;
  self->history = g_list_store_new (CAREER_TYPE_HISTORY_ENTRY);
}

CareerSkillState *
career_skill_state_new (const char *skill_id)
{
  CareerSkillState *self;

  g_return_val_if_fail (skill_id != NULL, NULL);

  self = g_object_new (CAREER_TYPE_SKILL_STATE, NULL);
  self->skill_id = g_strdup (skill_id);

  return self;
}

const char *
career_skill_state_get_skill_id (CareerSkillState *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_STATE (self), NULL);

  return self->skill_id;
}

int
career_skill_state_get_level (CareerSkillState *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_STATE (self), 0);

  return self->level;
}

void
career_skill_state_set_level (CareerSkillState *self,
                              int               level)
{
  g_return_if_fail (CAREER_IS_SKILL_STATE (self));
  g_return_if_fail (level >= 0 && level <= CAREER_SKILL_LEVEL_MAX);

  if (self->level != level)
    {
      self->level = level;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
    }
}

/**
 * career_skill_state_get_custom_target:
 *
 * Returns: the level the person aims for, or -1 to follow the target role
 */
int
career_skill_state_get_custom_target (CareerSkillState *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_STATE (self), -1);

  return self->custom_target;
}

void
career_skill_state_set_custom_target (CareerSkillState *self,
                                      int               custom_target)
{
  g_return_if_fail (CAREER_IS_SKILL_STATE (self));
  g_return_if_fail (custom_target >= -1 && custom_target <= CAREER_SKILL_LEVEL_MAX);

  if (self->custom_target != custom_target)
    {
      self->custom_target = custom_target;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM_TARGET]);
    }
}

const char *
career_skill_state_get_notes (CareerSkillState *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_STATE (self), NULL);

  return self->notes;
}

void
career_skill_state_set_notes (CareerSkillState *self,
                              const char       *notes)
{
  g_return_if_fail (CAREER_IS_SKILL_STATE (self));

  if (g_strcmp0 (self->notes, notes) != 0)
    {
      g_free (self->notes);
      self->notes = g_strdup (notes);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
    }
}

/**
 * career_skill_state_get_history:
 *
 * Returns: (transfer none): a #GListModel of #CareerHistoryEntry, oldest first
 */
GListModel *
career_skill_state_get_history (CareerSkillState *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL_STATE (self), NULL);

  return G_LIST_MODEL (self->history);
}

void
career_skill_state_append_history (CareerSkillState   *self,
                                   CareerHistoryEntry *entry)
{
  g_return_if_fail (CAREER_IS_SKILL_STATE (self));
  g_return_if_fail (CAREER_IS_HISTORY_ENTRY (entry));

  g_list_store_append (self->history, entry);
}

void
career_skill_state_remove_history (CareerSkillState   *self,
                                   CareerHistoryEntry *entry)
{
  guint position;

  g_return_if_fail (CAREER_IS_SKILL_STATE (self));
  g_return_if_fail (CAREER_IS_HISTORY_ENTRY (entry));

  if (g_list_store_find (self->history, entry, &position))
    g_list_store_remove (self->history, position);
  else
    g_critical ("History entry %p is not in the history of skill “%s”", entry, self->skill_id);
}
