/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "career-skill.h"

struct _CareerSkill
{
  GObject         parent_instance;

  char           *id;
  char           *name;
  char           *category_id;
  CareerCategory *category;
  char           *description;
  char           *levels[CAREER_SKILL_LEVEL_MAX + 1];
  /* Made on first use: see career_skill_get_sort_key() and
   * career_skill_get_search_key() */
  char           *sort_key;
  char           *search_key;
};

G_DEFINE_FINAL_TYPE (CareerSkill, career_skill, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY_ID,
  PROP_CATEGORY,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_skill_finalize (GObject *object)
{
  CareerSkill *self = (CareerSkill *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->category_id, g_free);
  g_clear_object (&self->category);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->sort_key, g_free);
  g_clear_pointer (&self->search_key, g_free);
  for (guint i = 0; i <= CAREER_SKILL_LEVEL_MAX; i++)
    g_clear_pointer (&self->levels[i], g_free);

  G_OBJECT_CLASS (career_skill_parent_class)->finalize (object);
}

static void
career_skill_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CareerSkill *self = CAREER_SKILL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CATEGORY_ID:
      g_value_set_string (value, self->category_id);
      break;
    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_skill_class_init (CareerSkillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_skill_finalize;
  object_class->get_property = career_skill_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY_ID] =
    g_param_spec_string ("category-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_object ("category", NULL, NULL, CAREER_TYPE_CATEGORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_skill_init (CareerSkill *self)
{
}

CareerSkill *
career_skill_new (const char         *id,
                  const char         *name,
                  const char         *category_id,
                  const char         *description,
                  const char * const *levels)
{
  CareerSkill *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (levels != NULL, NULL);

  self = g_object_new (CAREER_TYPE_SKILL, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->category_id = g_strdup (category_id);
  self->description = g_strdup (description);
  for (guint i = 0; i <= CAREER_SKILL_LEVEL_MAX && levels[i] != NULL; i++)
    self->levels[i] = g_strdup (levels[i]);
  return self;
}

const char *
career_skill_get_id (CareerSkill *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);
  return self->id;
}

const char *
career_skill_get_name (CareerSkill *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);
  return self->name;
}

const char *
career_skill_get_category_id (CareerSkill *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);
  return self->category_id;
}

CareerCategory *
career_skill_get_category (CareerSkill *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);
  return self->category;
}

/* Called by the catalog once references are resolved. */
void
career_skill_set_category (CareerSkill    *self,
                           CareerCategory *category)
{
  g_return_if_fail (CAREER_IS_SKILL (self));

  if (g_set_object (&self->category, category))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
career_skill_get_description (CareerSkill *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);
  return self->description;
}

/**
 * career_skill_get_level_text:
 *
 * Returns: what @level means for this particular skill
 */
const char *
career_skill_get_level_text (CareerSkill *self,
                             guint        level)
{
  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);
  g_return_val_if_fail (level <= CAREER_SKILL_LEVEL_MAX, NULL);
  return self->levels[level];
}

/**
 * career_level_get_name:
 *
 * Returns: the translated name of a level of the shared 0-4 scale
 */
const char *
career_level_get_name (guint level)
{
  switch (level)
    {
    case 0:
      return C_("skill level", "None");
    case 1:
      return C_("skill level", "Aware");
    case 2:
      return C_("skill level", "Working Knowledge");
    case 3:
      return C_("skill level", "Proficient");
    case 4:
      return C_("skill level", "Expert");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * career_skill_get_sort_key:
 *
 * The name's collation key in the locale (g_utf8_collate_key()): comparing
 * two keys with strcmp() orders the names as g_utf8_collate() would, without
 * collating the names again on every comparison of a sort. Made on first
 * use, once; safe to call from several threads (the PDF is made in one).
 *
 * Returns: the key
 */
/* Keeps @key in *@slot unless another thread got there first, and returns
 * the one kept */
static const char *
keep_key (char **slot,
          char  *key)
{
  if (!g_atomic_pointer_compare_and_exchange (slot, NULL, key))
    {
      g_free (key);
      key = g_atomic_pointer_get (slot);
    }
  return key;
}

const char *
career_skill_get_sort_key (CareerSkill *self)
{
  char *key;

  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);

  key = g_atomic_pointer_get (&self->sort_key);
  if (key != NULL)
    return key;
  return keep_key (&self->sort_key, g_utf8_collate_key (self->name, -1));
}

/**
 * career_skill_get_search_key:
 *
 * The name and the description, one line each, case-folded
 * (g_utf8_casefold()): what a search for case-folded text looks in with
 * strstr(). Made on first use, once; safe to call from several threads.
 *
 * Returns: the key
 */
const char *
career_skill_get_search_key (CareerSkill *self)
{
  g_autofree char *text = NULL;
  char *key;

  g_return_val_if_fail (CAREER_IS_SKILL (self), NULL);

  key = g_atomic_pointer_get (&self->search_key);
  if (key != NULL)
    return key;
  text = g_strconcat (self->name, "\n", self->description ? self->description : "", NULL);
  return keep_key (&self->search_key, g_utf8_casefold (text, -1));
}

/**
 * career_skill_has_keys:
 *
 * Returns: whether the sort and search keys are made already (see
 *   career_catalog_prepare_async())
 */
gboolean
career_skill_has_keys (CareerSkill *self)
{
  g_return_val_if_fail (CAREER_IS_SKILL (self), FALSE);

  return g_atomic_pointer_get (&self->sort_key) != NULL &&
         g_atomic_pointer_get (&self->search_key) != NULL;
}
