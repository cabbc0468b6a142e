/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A list model that shows the items of another one, each in a
 * CareerListSlot, and keeps its slots when the items change.
 *
 * GTK 4.8's GtkListView keeps a row's widgets only while the row's item
 * stays in the model: on items-changed it takes the widgets of the removed
 * items aside and gives them back to whichever of the added items is the
 * same object; every other added item gets new widgets, made by the
 * factory's setup and measured from scratch, and the rows left aside are
 * destroyed.  A search that changes the rows on screen thus builds and
 * destroys up to 200 rows (docs/benchmarks.md).
 *
 * This model passes each items-changed of the model below on as one
 * items-changed of the same range, in which the removed items' slots hold
 * the added items, in order and by type (a header's row stays a header's
 * row): the k-th added item of a type takes the slot of the k-th removed
 * item of that type, which is the row most likely on screen.  A slot
 * given another item tells its row with "notify::item", and the row shows
 * the new item in the widgets it has (unless it already does: GTK 4.8
 * binds the rows of a changed range again).  Only when no slot is left
 * over is a new one made.  That an item stays is not worth keeping its
 * slot: a search that narrows the list keeps items whose rows, far down,
 * were never built, while the rows on screen belonged to items that left.
 *
 * The pinned item (the selected one, say) keeps its slot wherever it goes,
 * and its slot is never given to another item: a selection of the slot
 * neither moves to another item nor is lost.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-recycling-model.h"

struct _CareerRecyclingModel
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *slots;     /* (element-type CareerListSlot) */
  GObject    *pinned;
  guint       n_recycled;
};

static void career_recycling_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CareerRecyclingModel, career_recycling_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      career_recycling_model_list_model_init))

static GType
career_recycling_model_get_item_type (GListModel *list)
{
  return CAREER_TYPE_LIST_SLOT;
}

static guint
career_recycling_model_get_n_items (GListModel *list)
{
  return CAREER_RECYCLING_MODEL (list)->slots->len;
}

static gpointer
career_recycling_model_get_item (GListModel *list,
                                 guint       position)
{
  CareerRecyclingModel *self = CAREER_RECYCLING_MODEL (list);

  if (position >= self->slots->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
career_recycling_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = career_recycling_model_get_item_type;
  iface->get_n_items = career_recycling_model_get_n_items;
  iface->get_item = career_recycling_model_get_item;
}

/* A queue of slots free to take another item, one per item type */
typedef struct
{
  GType   type;
  GQueue  slots;
} Spare;

static GQueue *
spare_queue (GArray *spares,
             GType   type)
{
  Spare spare = { type, G_QUEUE_INIT };

  /* Lists hold items of a few types: a scan is cheaper than a table */
  for (guint i = 0; i < spares->len; i++)
    if (g_array_index (spares, Spare, i).type == type)
      return &g_array_index (spares, Spare, i).slots;

  g_array_append_val (spares, spare);
  return &g_array_index (spares, Spare, spares->len - 1).slots;
}

static void
on_items_changed_cb (GListModel           *model,
                     guint                 position,
                     guint                 removed,
                     guint                 added,
                     CareerRecyclingModel *self)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_full (added, g_object_unref);
  g_autoptr(GArray) spares = g_array_new (FALSE, FALSE, sizeof (Spare));
  g_autoptr(GPtrArray) recycled = g_ptr_array_new_with_free_func (g_object_unref);
  CareerListSlot *pinned_slot = NULL;

  g_return_if_fail (position + removed <= self->slots->len);

  /* The slots of the removed items, in their order, free for the added
   * ones: the first rows of a range are those most likely on screen */
  for (guint i = 0; i < removed; i++)
    {
      CareerListSlot *slot = g_ptr_array_index (self->slots, position + i);
      GObject *item = career_list_slot_get_item (slot);

      if (self->pinned != NULL && item == self->pinned)
        pinned_slot = slot;
      else
        g_queue_push_tail (spare_queue (spares, G_OBJECT_TYPE (item)), slot);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);
      CareerListSlot *slot;

      if (item == self->pinned && pinned_slot != NULL)
        slot = g_steal_pointer (&pinned_slot);
      else
        slot = g_queue_pop_head (spare_queue (spares, G_OBJECT_TYPE (item)));

      if (slot == NULL)
        {
          g_ptr_array_add (slots, career_list_slot_new (item));
          continue;
        }

      if (career_list_slot_get_item (slot) != item)
        {
          /* The slot's row hears of its new item after the list view has
           * heard of the change, when the model is whole again */
          g_object_freeze_notify (G_OBJECT (slot));
          career_list_slot_set_item (slot, item);
          g_ptr_array_add (recycled, g_object_ref (slot));
          self->n_recycled++;
        }
      g_ptr_array_add (slots, g_object_ref (slot));
    }

  g_ptr_array_remove_range (self->slots, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->slots, position + i, g_object_ref (g_ptr_array_index (slots, i)));

  for (guint i = 0; i < spares->len; i++)
    g_queue_clear (&g_array_index (spares, Spare, i).slots);

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);

  /* GTK 4.8's list view binds every row of the changed range again, so a
   * row may show its slot's new item already; later versions keep the
   * rows of items that stay and leave it to this notification. */
  for (guint i = 0; i < recycled->len; i++)
    g_object_thaw_notify (g_ptr_array_index (recycled, i));
}

static void
career_recycling_model_dispose (GObject *object)
{
  CareerRecyclingModel *self = CAREER_RECYCLING_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->pinned);
  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (career_recycling_model_parent_class)->dispose (object);
}

static void
career_recycling_model_class_init (CareerRecyclingModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = career_recycling_model_dispose;
}

static void
career_recycling_model_init (CareerRecyclingModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * career_recycling_model_new:
 * @model: (transfer none): the model whose items to show
 *
 * Returns: (transfer full): a model of a CareerListSlot for each item of
 *   @model, at the same positions
 */
CareerRecyclingModel *
career_recycling_model_new (GListModel *model)
{
  CareerRecyclingModel *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (CAREER_TYPE_RECYCLING_MODEL, NULL);
  self->model = g_object_ref (model);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_ptr_array_add (self->slots, career_list_slot_new (item));
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  return self;
}

/**
 * career_recycling_model_get_model:
 *
 * Returns: (transfer none): the model whose items the slots hold
 */
GListModel *
career_recycling_model_get_model (CareerRecyclingModel *self)
{
  g_return_val_if_fail (CAREER_IS_RECYCLING_MODEL (self), NULL);

  return self->model;
}

/**
 * career_recycling_model_set_pinned:
 * @item: (nullable): an item of the model, or %NULL
 *
 * Keeps @item's slot from being given to another item when @item leaves
 * the model: a selection of that slot then ends instead of moving to the
 * other item.
 */
void
career_recycling_model_set_pinned (CareerRecyclingModel *self,
                                   gpointer              item)
{
  g_return_if_fail (CAREER_IS_RECYCLING_MODEL (self));

  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  g_set_object (&self->pinned, item);
}

/**
 * career_recycling_model_get_n_recycled:
 *
 * Returns: how many times a slot was given another item: a count for tests
 *   and benchmarks
 */
guint
career_recycling_model_get_n_recycled (CareerRecyclingModel *self)
{
  g_return_val_if_fail (CAREER_IS_RECYCLING_MODEL (self), 0);

  return self->n_recycled;
}
