/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * CareerRecyclingModel: the slots it keeps and hands on when the model below
 * changes, and what a list view and a selection above it are told.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "career-recycling-model.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint n_calls;
  /* what the slots held when items-changed came: the model must be whole */
  GPtrArray *items_seen;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->n_calls++;
  g_ptr_array_set_size (change->items_seen, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CareerListSlot) slot = g_list_model_get_item (model, i);

      g_ptr_array_add (change->items_seen, career_list_slot_get_item (slot));
    }
}

static GObject *
new_item (GType type)
{
  return g_object_new (type, NULL);
}

static CareerListSlot *
slot_at (GListModel *model,
         guint       position)
{
  g_autoptr(CareerListSlot) slot = g_list_model_get_item (model, position);

  /* The model keeps its own reference */
  return slot;
}

static void
assert_same_items (GListModel *slots,
                   GListModel *items)
{
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, g_list_model_get_n_items (items));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      g_assert_true (career_list_slot_get_item (slot_at (slots, i)) == item);
    }
}

typedef struct
{
  guint   n_notified;
  Change *change;
  guint   n_changes_then;
} Notified;

static void
on_notify_item (CareerListSlot *slot,
                GParamSpec     *pspec,
                Notified       *notified)
{
  notified->n_notified++;
  notified->n_changes_then = notified->change->n_calls;
}

/* A narrower list: the rows that were first take the items now first */
static void
test_recycles_in_order (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(CareerRecyclingModel) model = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  Change change = { .items_seen = g_ptr_array_new () };
  CareerListSlot *first, *second;
  Notified notified = { 0, &change, 0 };

  for (guint i = 0; i < 6; i++)
    {
      g_ptr_array_add (items, new_item (G_TYPE_OBJECT));
      g_list_store_append (store, g_ptr_array_index (items, i));
    }
  model = career_recycling_model_new (G_LIST_MODEL (store));
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == CAREER_TYPE_LIST_SLOT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 6));

  first = slot_at (G_LIST_MODEL (model), 1);
  second = slot_at (G_LIST_MODEL (model), 2);
  g_signal_connect (first, "notify::item", G_CALLBACK (on_notify_item), &notified);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* Items 1-4 go, item 4 and a new one come: [0, 4, new, 5] */
  {
    GObject *fresh = new_item (G_TYPE_OBJECT);
    gpointer added[] = { g_ptr_array_index (items, 4), fresh };

    g_list_store_splice (store, 1, 4, added, 2);
    g_object_unref (fresh);
  }

  /* One change, over the same range */
  g_assert_cmpuint (change.n_calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 4);
  g_assert_cmpuint (change.added, ==, 2);
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  /* The slots that were at 1 and 2 hold the items now at 1 and 2 */
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) == first);
  g_assert_true (slot_at (G_LIST_MODEL (model), 2) == second);
  g_assert_cmpuint (notified.n_notified, ==, 1);
  /* after the list view heard of the change */
  g_assert_cmpuint (notified.n_changes_then, ==, 1);
  g_assert_cmpuint (career_recycling_model_get_n_recycled (model), ==, 2);
  /* Already whole when the change was told */
  g_assert_cmpuint (change.items_seen->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_true (g_ptr_array_index (change.items_seen, i) == item);
    }

  /* Wider again: the slots left are kept, new ones made for the rest */
  g_list_store_splice (store, 1, 2, items->pdata + 1, 4);
  g_assert_cmpuint (change.n_calls, ==, 2);
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) == first);
  g_assert_true (slot_at (G_LIST_MODEL (model), 2) == second);

  /* Emptied */
  g_list_store_remove_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (change.removed, ==, 6);

  g_ptr_array_unref (change.items_seen);
}

/* A slot is handed only to an item of its own type: a header row stays a
 * header row */
static void
test_recycles_by_type (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(CareerRecyclingModel) model = NULL;
  g_autoptr(GObject) header_a = new_item (G_TYPE_CANCELLABLE);
  g_autoptr(GObject) header_b = new_item (G_TYPE_CANCELLABLE);
  g_autoptr(GObject) skill_a = new_item (G_TYPE_OBJECT);
  g_autoptr(GObject) skill_b = new_item (G_TYPE_OBJECT);
  CareerListSlot *header_slot, *skill_slot;

  /* [header_a, skill_a] becomes [skill_b, header_b] */
  g_list_store_append (store, header_a);
  g_list_store_append (store, skill_a);
  model = career_recycling_model_new (G_LIST_MODEL (store));
  header_slot = slot_at (G_LIST_MODEL (model), 0);
  skill_slot = slot_at (G_LIST_MODEL (model), 1);

  {
    gpointer added[] = { skill_b, header_b };

    g_list_store_splice (store, 0, 2, added, 2);
  }
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_true (slot_at (G_LIST_MODEL (model), 0) == skill_slot);
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) == header_slot);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (career_list_slot_get_item (header_slot),
                                             G_TYPE_CANCELLABLE));
}

/* The pinned item keeps its slot wherever it goes, and its slot goes with
 * it: a selection of that slot neither moves to another item nor is lost */
static void
test_pinned_item (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(CareerRecyclingModel) model = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  CareerListSlot *pinned_slot;

  for (guint i = 0; i < 5; i++)
    {
      g_ptr_array_add (items, new_item (G_TYPE_OBJECT));
      g_list_store_append (store, g_ptr_array_index (items, i));
    }
  model = career_recycling_model_new (G_LIST_MODEL (store));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_selected (selection, 3);
  pinned_slot = slot_at (G_LIST_MODEL (model), 3);
  career_recycling_model_set_pinned (model, g_ptr_array_index (items, 3));

  /* [0, 1, 2, 3, 4] -> [0, 3]: item 3 moves to 1 in its own slot */
  g_list_store_splice (store, 1, 4, items->pdata + 3, 1);
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) == pinned_slot);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  g_assert_true (career_list_slot_get_item (gtk_single_selection_get_selected_item (selection))
                 == g_ptr_array_index (items, 3));

  /* [0, 3] -> [0, 4]: item 3 leaves; its slot is not given to item 4, so
   * the selection ends instead of showing item 4 as selected */
  g_list_store_splice (store, 1, 1, items->pdata + 4, 1);
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) != pinned_slot);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);

  /* Without a pin the slot is handed on */
  career_recycling_model_set_pinned (model, NULL);
  pinned_slot = slot_at (G_LIST_MODEL (model), 1);
  g_list_store_splice (store, 1, 1, items->pdata + 2, 1);
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) == pinned_slot);
  g_assert_true (career_list_slot_get_item (pinned_slot) == g_ptr_array_index (items, 2));
}

static void
test_unwrap (void)
{
  g_autoptr(GObject) item = new_item (G_TYPE_OBJECT);
  g_autoptr(CareerListSlot) slot = career_list_slot_new (item);

  g_assert_true (career_list_slot_unwrap (slot) == item);
  g_assert_true (career_list_slot_unwrap (item) == item);
  g_assert_null (career_list_slot_unwrap (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recycling-model/recycles-in-order", test_recycles_in_order);
  g_test_add_func ("/recycling-model/recycles-by-type", test_recycles_by_type);
  g_test_add_func ("/recycling-model/pinned-item", test_pinned_item);
  g_test_add_func ("/recycling-model/unwrap", test_unwrap);

  return g_test_run ();
}
