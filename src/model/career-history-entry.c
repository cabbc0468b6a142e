/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-history-entry.h"
#include "career-skill.h"

/* One change of a skill's level: an immutable record */
struct _CareerHistoryEntry
{
  GObject    parent_instance;

  GDateTime *date;
  char      *skill_id;
  char      *note;
  int        old_level;
  int        new_level;
};

G_DEFINE_FINAL_TYPE (CareerHistoryEntry, career_history_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_SKILL_ID,
  PROP_OLD_LEVEL,
  PROP_NEW_LEVEL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_history_entry_finalize (GObject *object)
{
  CareerHistoryEntry *self = (CareerHistoryEntry *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->skill_id, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (career_history_entry_parent_class)->finalize (object);
}

static void
career_history_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CareerHistoryEntry *self = CAREER_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_SKILL_ID:
      g_value_set_string (value, self->skill_id);
      break;

    case PROP_OLD_LEVEL:
      g_value_set_int (value, self->old_level);
      break;

    case PROP_NEW_LEVEL:
      g_value_set_int (value, self->new_level);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_history_entry_class_init (CareerHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_history_entry_finalize;
  object_class->get_property = career_history_entry_get_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SKILL_ID] =
    g_param_spec_string ("skill-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_OLD_LEVEL] =
    g_param_spec_int ("old-level", NULL, NULL,
                      0, CAREER_SKILL_LEVEL_MAX, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEW_LEVEL] =
    g_param_spec_int ("new-level", NULL, NULL,
                      0, CAREER_SKILL_LEVEL_MAX, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_history_entry_init (CareerHistoryEntry *self)
{
}

/**
 * career_history_entry_new:
 * @date: when the level changed; stored in UTC
 * @skill_id: the skill
 * @old_level: the level before, 0-4
 * @new_level: the level after, 0-4
 * @note: (nullable): why it changed
 *
 * Returns: (transfer full): a new entry
 */
CareerHistoryEntry *
career_history_entry_new (GDateTime  *date,
                          const char *skill_id,
                          int         old_level,
                          int         new_level,
                          const char *note)
{
  CareerHistoryEntry *self;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (skill_id != NULL, NULL);
  g_return_val_if_fail (old_level >= 0 && old_level <= CAREER_SKILL_LEVEL_MAX, NULL);
  g_return_val_if_fail (new_level >= 0 && new_level <= CAREER_SKILL_LEVEL_MAX, NULL);

  self = g_object_new (CAREER_TYPE_HISTORY_ENTRY, NULL);
  self->date = g_date_time_to_utc (date);
  self->skill_id = g_strdup (skill_id);
  self->old_level = old_level;
  self->new_level = new_level;
  self->note = g_strdup (note);

  return self;
}

GDateTime *
career_history_entry_get_date (CareerHistoryEntry *self)
{
  g_return_val_if_fail (CAREER_IS_HISTORY_ENTRY (self), NULL);

  return self->date;
}

const char *
career_history_entry_get_skill_id (CareerHistoryEntry *self)
{
  g_return_val_if_fail (CAREER_IS_HISTORY_ENTRY (self), NULL);

  return self->skill_id;
}

int
career_history_entry_get_old_level (CareerHistoryEntry *self)
{
  g_return_val_if_fail (CAREER_IS_HISTORY_ENTRY (self), 0);

  return self->old_level;
}

int
career_history_entry_get_new_level (CareerHistoryEntry *self)
{
  g_return_val_if_fail (CAREER_IS_HISTORY_ENTRY (self), 0);

  return self->new_level;
}

const char *
career_history_entry_get_note (CareerHistoryEntry *self)
{
  g_return_val_if_fail (CAREER_IS_HISTORY_ENTRY (self), NULL);

  return self->note;
}
