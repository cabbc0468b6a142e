/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * CareerRecyclingModel: the slots it keeps and hands on when the model below
 * changes, and what a list view and a selection above it are told.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "career-frame-share.h"
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

static GPtrArray *
new_items (guint n)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, new_item (G_TYPE_OBJECT));
  return items;
}

static GListStore *
store_of (GPtrArray *items)
{
  GListStore *store = g_list_store_new (G_TYPE_OBJECT);

  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return store;
}

/* Where the model below keeps its length, the slots take other items in
 * place, with no items-changed; only where it grows or shrinks are slots
 * added or removed */
static void
test_in_place (void)
{
  g_autoptr(GPtrArray) items = new_items (6);
  g_autoptr(GListStore) store = store_of (items);
  g_autoptr(CareerRecyclingModel) model = career_recycling_model_new (G_LIST_MODEL (store));
  Change change = { .items_seen = g_ptr_array_new () };
  CareerListSlot *first, *second;
  Notified notified = { 0, &change, 0 };

  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == CAREER_TYPE_LIST_SLOT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 6));
  g_assert_true (career_recycling_model_is_settled (model));

  first = slot_at (G_LIST_MODEL (model), 1);
  second = slot_at (G_LIST_MODEL (model), 2);
  g_signal_connect (first, "notify::item", G_CALLBACK (on_notify_item), &notified);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);

  /* Items 1-4 go, item 4 and a new one come: [0, 4, new, 5] */
  {
    g_autoptr(GObject) fresh = new_item (G_TYPE_OBJECT);
    gpointer added[] = { g_ptr_array_index (items, 4), fresh };

    g_list_store_splice (store, 1, 4, added, 2);
  }
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  /* The slots that were at 1 and 2 hold the items now at 1 and 2 ... */
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) == first);
  g_assert_true (slot_at (G_LIST_MODEL (model), 2) == second);
  g_assert_cmpuint (notified.n_notified, ==, 1);
  g_assert_cmpuint (career_recycling_model_get_n_recycled (model), ==, 2);
  /* ... and only the two slots left over leave, in one change, after
   * which the model is whole */
  g_assert_cmpuint (change.n_calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (change.items_seen->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_true (g_ptr_array_index (change.items_seen, i) == item);
    }

  /* Another item in the same place: nothing for the list view */
  {
    g_autoptr(GObject) fresh = new_item (G_TYPE_OBJECT);

    g_list_store_splice (store, 0, 1, (gpointer *) &fresh, 1);
  }
  g_assert_cmpuint (change.n_calls, ==, 1);
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));

  /* Wider again: the slots there are kept, new ones made for the rest */
  g_list_store_splice (store, 1, 2, items->pdata + 1, 4);
  g_assert_cmpuint (change.n_calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 2);
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_true (slot_at (G_LIST_MODEL (model), 1) == first);
  g_assert_true (slot_at (G_LIST_MODEL (model), 2) == second);

  /* Emptied */
  g_list_store_remove_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (change.removed, ==, 6);
  g_assert_true (career_recycling_model_is_settled (model));

  g_ptr_array_unref (change.items_seen);
}

/* Every slot holds either the item of the model below at its place or the
 * one it held before (old), at the same place: the list is whole */
static void
assert_between (CareerRecyclingModel *model,
                GPtrArray            *now,
                GPtrArray            *old,
                guint                 n_now)
{
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, now->len);
  for (guint i = 0; i < now->len; i++)
    {
      gpointer item = career_list_slot_get_item (slot_at (G_LIST_MODEL (model), i));

      if (i < n_now)
        g_assert_true (item == g_ptr_array_index (now, i));
      else
        g_assert_true (item == g_ptr_array_index (old, i));
    }
}

/* A change is shown a few rows at a time: slots that a row shows count,
 * the others are free; the list is whole at every step */
static void
test_steps (void)
{
  g_autoptr(GPtrArray) old = new_items (20);
  g_autoptr(GPtrArray) now = new_items (20);
  g_autoptr(GListStore) store = store_of (old);
  g_autoptr(CareerRecyclingModel) model = career_recycling_model_new (G_LIST_MODEL (store));
  Change change = { .items_seen = g_ptr_array_new () };

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &change);
  career_recycling_model_set_frame_widget (model, NULL, 2);
  /* A list view shows the first six */
  for (guint i = 0; i < 6; i++)
    career_list_slot_add_row (slot_at (G_LIST_MODEL (model), i));

  /* Twenty other items: two rows now, two a step, then the rest at once */
  g_list_store_splice (store, 0, 20, now->pdata, 20);
  g_assert_false (career_recycling_model_is_settled (model));
  assert_between (model, now, old, 2);
  career_recycling_model_step (model, 2);
  assert_between (model, now, old, 4);
  career_recycling_model_step (model, 2);
  assert_between (model, now, old, 6);
  g_assert_false (career_recycling_model_is_settled (model));
  career_recycling_model_step (model, 2);
  g_assert_true (career_recycling_model_is_settled (model));
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  /* The length never changed: nothing to tell the list view */
  g_assert_cmpuint (change.n_calls, ==, 0);

  /* Shorter, to 3: the slots from the last one go, a step's rows at a
   * time (slots 19-6 show no row, 5 and 4 do) */
  g_list_store_splice (store, 3, 17, NULL, 0);
  g_assert_cmpuint (change.n_calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 16);
  g_assert_false (career_recycling_model_is_settled (model));
  career_recycling_model_step (model, 2);
  g_assert_cmpuint (change.n_calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_true (career_recycling_model_is_settled (model));
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));

  /* Longer, to 10: after a slot with a row, one new slot (a row for it
   * would be built, which costs more than two to bind); after one without,
   * the rest at once */
  g_list_store_splice (store, 3, 0, old->pdata, 7);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_false (career_recycling_model_is_settled (model));
  career_recycling_model_step (model, 2);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.added, ==, 6);
  g_assert_true (career_recycling_model_is_settled (model));
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));

  /* Two changes before a step: shown as one */
  g_list_store_splice (store, 0, 10, old->pdata + 10, 10);
  g_assert_false (career_recycling_model_is_settled (model));
  g_list_store_remove (store, 0);
  g_list_store_append (store, g_ptr_array_index (now, 0));
  career_recycling_model_settle (model);
  g_assert_true (career_recycling_model_is_settled (model));
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    if (career_list_slot_has_rows (slot_at (G_LIST_MODEL (model), i)))
      career_list_slot_remove_row (slot_at (G_LIST_MODEL (model), i));
  g_ptr_array_unref (change.items_seen);
}

/* The pinned item keeps its slot wherever it goes, and its slot goes with
 * it: a selection of that slot neither moves to another item nor is lost */
static void
test_pinned_item (void)
{
  g_autoptr(GPtrArray) items = new_items (5);
  g_autoptr(GListStore) store = store_of (items);
  g_autoptr(CareerRecyclingModel) model = career_recycling_model_new (G_LIST_MODEL (store));
  g_autoptr(GtkSingleSelection) selection = NULL;
  CareerListSlot *pinned_slot;

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

/* While a change is shown a step at a time, the selected item stays
 * selected, in its slot */
static void
test_pinned_while_stepping (void)
{
  g_autoptr(GPtrArray) items = new_items (8);
  g_autoptr(GPtrArray) others = new_items (8);
  g_autoptr(GListStore) store = store_of (items);
  g_autoptr(CareerRecyclingModel) model = career_recycling_model_new (G_LIST_MODEL (store));
  g_autoptr(GtkSingleSelection) selection = NULL;
  gpointer chosen = g_ptr_array_index (items, 5);
  CareerListSlot *pinned_slot = slot_at (G_LIST_MODEL (model), 5);

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_selected (selection, 5);
  career_recycling_model_set_pinned (model, chosen);
  career_recycling_model_set_frame_widget (model, NULL, 1);
  for (guint i = 0; i < 8; i++)
    career_list_slot_add_row (slot_at (G_LIST_MODEL (model), i));

  /* Other items, with the chosen one moved up to 2 */
  g_object_unref (g_ptr_array_index (others, 2));
  g_ptr_array_index (others, 2) = g_object_ref (chosen);
  g_list_store_splice (store, 0, 8, others->pdata, 8);

  while (!career_recycling_model_is_settled (model))
    {
      g_autoptr(CareerListSlot) selected = NULL;

      g_assert_cmpuint (gtk_single_selection_get_selected (selection), !=, GTK_INVALID_LIST_POSITION);
      selected = g_object_ref (gtk_single_selection_get_selected_item (selection));
      g_assert_true (selected == pinned_slot);
      g_assert_true (career_list_slot_get_item (selected) == chosen);
      career_recycling_model_step (model, 1);
    }
  assert_same_items (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 2);
  g_assert_true (slot_at (G_LIST_MODEL (model), 2) == pinned_slot);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    if (career_list_slot_has_rows (slot_at (G_LIST_MODEL (model), i)))
      career_list_slot_remove_row (slot_at (G_LIST_MODEL (model), i));
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

/* Lists that fill up over frames take turns at a frame clock's frames */
static void
test_frame_share (void)
{
  g_autoptr(GObject) clock = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) other_clock = g_object_new (G_TYPE_OBJECT, NULL);
  int list, cards;
  gint64 frame = 100;

  /* Alone, a list has every frame, and may ask again in the same one */
  for (; frame < 103; frame++)
    {
      g_assert_true (career_frame_share_claim (clock, frame, &list));
      g_assert_true (career_frame_share_claim (clock, frame, &list));
    }

  /* Two fillers take turns, whichever asks first in a frame */
  g_assert_true (career_frame_share_claim (clock, frame, &list));
  g_assert_false (career_frame_share_claim (clock, frame, &cards));
  frame++;
  g_assert_false (career_frame_share_claim (clock, frame, &list));
  g_assert_true (career_frame_share_claim (clock, frame, &cards));
  frame++;
  g_assert_false (career_frame_share_claim (clock, frame, &cards));
  g_assert_true (career_frame_share_claim (clock, frame, &list));
  frame++;
  g_assert_true (career_frame_share_claim (clock, frame, &cards));
  g_assert_false (career_frame_share_claim (clock, frame, &list));

  /* One that stops asking holds up the other for one frame at most */
  frame++;
  g_assert_false (career_frame_share_claim (clock, frame, &cards));
  frame++;
  g_assert_true (career_frame_share_claim (clock, frame, &cards));
  frame++;
  g_assert_true (career_frame_share_claim (clock, frame, &cards));

  /* Each clock has its own turns */
  g_assert_true (career_frame_share_claim (other_clock, frame, &list));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recycling-model/in-place", test_in_place);
  g_test_add_func ("/recycling-model/steps", test_steps);
  g_test_add_func ("/recycling-model/pinned-item", test_pinned_item);
  g_test_add_func ("/recycling-model/pinned-while-stepping", test_pinned_while_stepping);
  g_test_add_func ("/recycling-model/unwrap", test_unwrap);
  g_test_add_func ("/recycling-model/frame-share", test_frame_share);

  return g_test_run ();
}
