/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-category.h"

struct _CareerCategory
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *description;
};

G_DEFINE_FINAL_TYPE (CareerCategory, career_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_category_finalize (GObject *object)
{
  CareerCategory *self = (CareerCategory *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (career_category_parent_class)->finalize (object);
}

static void
career_category_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CareerCategory *self = CAREER_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_category_class_init (CareerCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_category_finalize;
  object_class->get_property = career_category_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_category_init (CareerCategory *self)
{
}

CareerCategory *
career_category_new (const char *id,
                     const char *name,
                     const char *description)
{
  CareerCategory *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (CAREER_TYPE_CATEGORY, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description);
  return self;
}

const char *
career_category_get_id (CareerCategory *self)
{
  g_return_val_if_fail (CAREER_IS_CATEGORY (self), NULL);
  return self->id;
}

const char *
career_category_get_name (CareerCategory *self)
{
  g_return_val_if_fail (CAREER_IS_CATEGORY (self), NULL);
  return self->name;
}

const char *
career_category_get_description (CareerCategory *self)
{
  g_return_val_if_fail (CAREER_IS_CATEGORY (self), NULL);
  return self->description;
}
