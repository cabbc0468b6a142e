/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One place in a CareerRecyclingModel: it holds an item of the model below,
 * and may be given another one, with a notification, instead of leaving the
 * list.  A row bound to a slot follows "notify::item" and shows the new
 * item, so that the list view keeps the row's widgets (see
 * career-recycling-model.c for why).  career_list_slot_follow() does that
 * for a list item's row.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-list-slot.h"

struct _CareerListSlot
{
  GObject  parent_instance;

  GObject *item;
  guint    n_rows;
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
 * career_list_slot_add_row:
 *
 * Counts a row that shows the slot's item (career_list_slot_follow() does
 * it): a CareerRecyclingModel spends its rows per frame only on slots
 * that have one.
 */
void
career_list_slot_add_row (CareerListSlot *self)
{
  g_return_if_fail (CAREER_IS_LIST_SLOT (self));

  self->n_rows++;
}

void
career_list_slot_remove_row (CareerListSlot *self)
{
  g_return_if_fail (CAREER_IS_LIST_SLOT (self));
  g_return_if_fail (self->n_rows > 0);

  self->n_rows--;
}

/**
 * career_list_slot_has_rows:
 *
 * Returns: whether a row shows the slot's item, so that giving it another
 *   item costs that row's binding
 */
gboolean
career_list_slot_has_rows (CareerListSlot *self)
{
  g_return_val_if_fail (CAREER_IS_LIST_SLOT (self), FALSE);

  return self->n_rows > 0;
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

/**
 * career_list_slot_bound:
 * @list_item: a list item whose item is a slot (or any object)
 *
 * To be called by a row's bind function: notes the item the row is about
 * to show, so that career_list_slot_follow() binds it only when the slot
 * holds another one.
 *
 * Returns: (transfer none) (nullable): the item to show
 */
gpointer
career_list_slot_bound (GtkListItem *list_item)
{
  gpointer item = career_list_slot_unwrap (gtk_list_item_get_item (list_item));

  g_object_set_data (G_OBJECT (list_item), "career-bound-item", item);
  return item;
}

typedef struct
{
  CareerListSlotBindFunc  bind;
  gpointer                user_data;
  GtkListItem            *list_item;
} Follow;

static void
on_slot_item_changed_cb (CareerListSlot *slot,
                         GParamSpec     *pspec,
                         Follow         *follow)
{
  /* The list view may have bound the row to the new item already (a
   * change shown as one items-changed, see replace_pending()) */
  if (g_object_get_data (G_OBJECT (follow->list_item), "career-bound-item") != slot->item)
    follow->bind (follow->user_data, follow->list_item);
}

/**
 * career_list_slot_follow:
 * @list_item: a bound list item whose item is a slot
 * @bind: binds @list_item's row; it calls career_list_slot_bound()
 * @user_data: for @bind
 *
 * Binds @list_item's row again with @bind whenever its slot is given an
 * item the row does not show, until career_list_slot_unfollow().
 */
void
career_list_slot_follow (GtkListItem           *list_item,
                         CareerListSlotBindFunc bind,
                         gpointer               user_data)
{
  gpointer slot = gtk_list_item_get_item (list_item);
  Follow *follow;
  gulong id;

  g_return_if_fail (CAREER_IS_LIST_SLOT (slot));
  g_return_if_fail (bind != NULL);

  career_list_slot_unfollow (list_item);
  follow = g_new (Follow, 1);
  *follow = (Follow) { bind, user_data, list_item };
  id = g_signal_connect_data (slot, "notify::item", G_CALLBACK (on_slot_item_changed_cb), follow,
                              (GClosureNotify) (void (*) (void)) g_free, 0);
  career_list_slot_add_row (slot);
  g_object_set_data_full (G_OBJECT (list_item), "career-slot-followed", g_object_ref (slot),
                          g_object_unref);
  g_object_set_data (G_OBJECT (list_item), "career-slot-handler", GSIZE_TO_POINTER (id));
}

/**
 * career_list_slot_unfollow:
 *
 * Ends career_list_slot_follow(), for a row's unbind function.
 */
void
career_list_slot_unfollow (GtkListItem *list_item)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "career-slot-handler"));
  gpointer slot = g_object_get_data (G_OBJECT (list_item), "career-slot-followed");

  if (id != 0 && slot != NULL)
    {
      g_signal_handler_disconnect (slot, id);
      career_list_slot_remove_row (slot);
    }
  g_object_set_data (G_OBJECT (list_item), "career-slot-handler", NULL);
  g_object_set_data (G_OBJECT (list_item), "career-slot-followed", NULL);
  g_object_set_data (G_OBJECT (list_item), "career-bound-item", NULL);
}
