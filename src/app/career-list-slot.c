/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One place in a CareerRecyclingModel: it holds an item of the model below,
 * and may be given another one, with a notification, instead of leaving the
 * list.  A row bound to a slot follows "notify::item" and shows the new
 * item, so that the list view keeps the row's widgets (see
 * career-recycling-model.c for why).
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-list-slot.h"

struct _CareerListSlot
{
  GObject  parent_instance;

  GObject *item;
};

G_DEFINE_FINAL_TYPE (CareerListSlot, career_list_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_list_slot_finalize (GObject *object)
{
  CareerListSlot *self = CAREER_LIST_SLOT (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (career_list_slot_parent_class)->finalize (object);
}

static void
career_list_slot_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CareerListSlot *self = CAREER_LIST_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_list_slot_class_init (CareerListSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_list_slot_finalize;
  object_class->get_property = career_list_slot_get_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_list_slot_init (CareerListSlot *self)
{
}

CareerListSlot *
career_list_slot_new (gpointer item)
{
  CareerListSlot *self;

  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  self = g_object_new (CAREER_TYPE_LIST_SLOT, NULL);
  self->item = g_object_ref (item);
  return self;
}

/**
 * career_list_slot_get_item:
 *
 * Returns: (transfer none) (type GObject): the item the slot holds now
 */
gpointer
career_list_slot_get_item (CareerListSlot *self)
{
  g_return_val_if_fail (CAREER_IS_LIST_SLOT (self), NULL);

  return self->item;
}

void
career_list_slot_set_item (CareerListSlot *self,
                           gpointer        item)
{
  g_return_if_fail (CAREER_IS_LIST_SLOT (self));
  g_return_if_fail (G_IS_OBJECT (item));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * career_list_slot_unwrap:
 * @object: (nullable): a slot, or any other object
 *
 * Returns: (transfer none) (nullable): the item a slot holds, or @object
 *   itself when it is not a slot
 */
gpointer
career_list_slot_unwrap (gpointer object)
{
  if (CAREER_IS_LIST_SLOT (object))
    return CAREER_LIST_SLOT (object)->item;
  return object;
}
