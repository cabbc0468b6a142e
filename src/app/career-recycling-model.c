/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A list model that shows the items of another one, each in a
 * CareerListSlot, and keeps its slots when the items change.
 *
 * GTK 4.8's GtkListView is slow to show a change of many rows:
 *  - it keeps a row's widgets only while the row's item stays in the
 *    model; every other item that comes gets new widgets;
 *  - on any items-changed, its GtkSignalListItemFactory unbinds and binds
 *    again every row from the change's position to the end of the rows it
 *    keeps, 200 around the ones on screen, whether their items changed or
 *    not.
 * A search that changes the rows on screen thus took 40-150 ms
 * (docs/benchmarks.md).
 *
 * This model shows a change of the model below by giving its slots other
 * items in place, where the model's length stays: no items-changed, and
 * each row whose slot holds another item hears "notify::item" and shows it
 * (career_list_slot_follow()).  Only where the model grows or shrinks are
 * slots added or removed, with an items-changed.
 *
 * With a frame widget (career_recycling_model_set_frame_widget()), a
 * change is shown over several frames, from its start on, each binding a
 * frame's worth of rows: slots that no row shows are free.  Until then the
 * slots further on hold the items they held, so that the model is a list
 * at every step.
 *
 * The pinned item (the selected one, say) keeps its slot wherever it goes,
 * and its slot is never given to another item: a selection of the slot
 * neither moves to another item nor is lost.  A change that moves or takes
 * the pinned item is shown at once, as one items-changed of its range.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-recycling-model.h"

#include "career-frame-share.h"

#define NEW_ROW_COST 3

struct _CareerRecyclingModel
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *slots;     /* (element-type CareerListSlot) */
  GObject    *pinned;
  guint       n_recycled;

  /* Changes shown a frame's rows at a time */
  GtkWidget  *widget;          /* (nullable) weak */
  guint       rows_per_frame;
  guint       tick_id;
  gint64      step_frame;      /* the frame that shows the last step */
  CareerFirstFrame first;      /* whether the widget has been drawn since its map */
  gboolean    pending;
  guint       pending_start;
  guint       pending_end;
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

static inline CareerListSlot *
slot_at (CareerRecyclingModel *self,
         guint                 position)
{
  return g_ptr_array_index (self->slots, position);
}

/* The slots that may hold other items than those of the model below:
 * those before pending_start and from pending_end on hold the model's
 * items, from pending_end on shifted by the difference in length */
static guint
pending_model_end (CareerRecyclingModel *self)
{
  return self->pending_end + g_list_model_get_n_items (self->model) - self->slots->len;
}

/* Shows all that is pending as one items-changed of its range, in which
 * the removed slots hold the added items, in order, and the pinned slot
 * goes with its item (GtkSingleSelection finds its selected object among
 * the added ones) */
static void
replace_pending (CareerRecyclingModel *self)
{
  guint position = self->pending_start;
  guint removed = self->pending_end - position;
  guint added = pending_model_end (self) - position;
  g_autoptr(GPtrArray) slots = g_ptr_array_new_full (added, g_object_unref);
  g_autoptr(GPtrArray) recycled = g_ptr_array_new_with_free_func (g_object_unref);
  GQueue spares = G_QUEUE_INIT;
  CareerListSlot *pinned_slot = NULL;

  for (guint i = 0; i < removed; i++)
    {
      CareerListSlot *slot = slot_at (self, position + i);

      if (self->pinned != NULL && career_list_slot_get_item (slot) == self->pinned)
        pinned_slot = slot;
      else
        g_queue_push_tail (&spares, slot);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, position + i);
      CareerListSlot *slot;

      if (item == self->pinned && pinned_slot != NULL)
        slot = g_steal_pointer (&pinned_slot);
      else
        slot = g_queue_pop_head (&spares);

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
  g_queue_clear (&spares);

  g_ptr_array_remove_range (self->slots, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->slots, position + i, g_object_ref (g_ptr_array_index (slots, i)));
  self->pending = FALSE;

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);

  /* GTK 4.8's list view binds the rows of the range again anyway */
  for (guint i = 0; i < recycled->len; i++)
    g_object_thaw_notify (g_ptr_array_index (recycled, i));
}

/* Removes the slots at [position, position + removed) and adds slots for
 * the model's items at [position, position + added) */
static void
splice_slots (CareerRecyclingModel *self,
              guint                 position,
              guint                 removed,
              guint                 added)
{
  g_ptr_array_remove_range (self->slots, position, removed);
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, position + i);

      g_ptr_array_insert (self->slots, position + i, career_list_slot_new (item));
    }
}

/* Shows what is pending, or of it as much as binds @max_rows rows again
 * (G_MAXUINT: all of it) */
static void
step (CareerRecyclingModel *self,
      guint                 max_rows)
{
  guint spent = 0;

  while (self->pending && spent < max_rows)
    {
      guint start = self->pending_start;
      guint model_end = pending_model_end (self);
      guint common_end = MIN (self->pending_end, model_end);

      if (start < common_end)
        {
          /* Other items in the same slots: only the rows of slots that get
           * another item are bound again, each on its own */
          for (; start < common_end && spent < max_rows; start++)
            {
              CareerListSlot *slot = slot_at (self, start);
              GObject *shown = career_list_slot_get_item (slot);
              g_autoptr(GObject) item = g_list_model_get_item (self->model, start);

              if (shown == item)
                continue;
              if (self->pinned != NULL && (shown == self->pinned || item == self->pinned))
                {
                  self->pending_start = start;
                  replace_pending (self);
                  return;
                }

              if (career_list_slot_has_rows (slot))
                spent++;
              career_list_slot_set_item (slot, item);
              self->n_recycled++;
            }
          self->pending_start = start;
        }
      else if (self->pending_end > start)
        {
          /* The model is shorter: the rest of the slots go (a pinned slot
           * among them has lost its item), a frame's rows at a time, from
           * the last: GTK 4.8 binds again the rows after a change */
          guint from = self->pending_end;
          guint removed;

          while (from > start && spent < max_rows)
            if (career_list_slot_has_rows (slot_at (self, --from)))
              spent++;

          removed = self->pending_end - from;
          splice_slots (self, from, removed, 0);
          self->pending_end = from;
          self->pending = self->pending_end != start || start != model_end;
          g_list_model_items_changed (G_LIST_MODEL (self), from, removed, 0);
        }
      else
        {
          /* Longer: new slots, a frame's rows at a time after a slot that
           * has a row, as the list view makes rows for those; a new row
           * costs about what three rows cost to bind again (it is built,
           * bound and measured for the first time) */
          guint added = model_end - start;

          if (max_rows != G_MAXUINT &&
              (start == 0 || career_list_slot_has_rows (slot_at (self, start - 1))))
            {
              added = MIN (added, MAX (1, (max_rows - spent) / NEW_ROW_COST));
              spent = MIN (max_rows, spent + added * NEW_ROW_COST);
            }
          splice_slots (self, start, 0, added);
          self->pending_start = self->pending_end = start + added;
          self->pending = self->pending_end != pending_model_end (self);
          g_list_model_items_changed (G_LIST_MODEL (self), start, 0, added);
        }

      if (self->pending && self->pending_start == self->pending_end
          && self->pending_end == pending_model_end (self))
        self->pending = FALSE;
    }
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  CareerRecyclingModel *self = user_data;
  gint64 frame = gdk_frame_clock_get_frame_counter (frame_clock);

  /* One step per frame: the frame that shows the step made when the
   * change came is this one; other lists that fill up may have it */
  if (frame != self->step_frame && self->first.drawn &&
      career_frame_share_claim (G_OBJECT (frame_clock), frame, self))
    {
      self->step_frame = frame;
      step (self, self->rows_per_frame);
    }

  if (self->pending)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* The frame after now shows the rows a step binds now, unless one was
 * made for it already; a tick callback makes the rest */
static void
step_from_next_frame (CareerRecyclingModel *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (self->widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock) + 1;

  if (frame != self->step_frame && self->first.drawn &&
      career_frame_share_claim (G_OBJECT (clock), frame, self))
    {
      self->step_frame = frame;
      step (self, self->rows_per_frame);
    }

  if (self->pending && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (self->widget, tick_cb, self, NULL);
}

static void
on_items_changed_cb (GListModel           *model,
                     guint                 position,
                     guint                 removed,
                     guint                 added,
                     CareerRecyclingModel *self)
{
  /* The slots' length minus the model's before this change */
  int shift = (int) self->slots->len - ((int) g_list_model_get_n_items (model) - (int) added + (int) removed);
  guint end;

  /* Merged with what is still pending: the slots from position on differ */
  if (!self->pending)
    {
      self->pending_start = position;
      end = position + removed;
    }
  else
    {
      self->pending_start = MIN (self->pending_start, position);
      end = MAX ((guint) ((int) self->pending_end - shift), position + removed);
    }
  self->pending_end = (guint) ((int) end + shift);
  self->pending = TRUE;
  g_return_if_fail (self->pending_end <= self->slots->len);

  if (self->rows_per_frame == 0)
    {
      step (self, G_MAXUINT);
      return;
    }

  /* No frames to wait for: career_recycling_model_step() makes the rest */
  if (self->widget == NULL)
    {
      step (self, self->rows_per_frame);
      return;
    }

  if (!gtk_widget_get_mapped (self->widget))
    {
      /* An empty list fills up when its widget is mapped, a frame's rows
       * at a time, as it has no rows to show meanwhile; any other change
       * is shown at once, so that the widget shows no old rows when it
       * is mapped again */
      if (self->slots->len > 0)
        step (self, G_MAXUINT);
      return;
    }

  step_from_next_frame (self);
}

/* The list view may take the model only after the map (or take it again):
 * the first step is made in the next frame, when its rows tell which
 * slots are free.  No step made before the map was shown. */
static void
on_widget_map_cb (CareerRecyclingModel *self)
{
  self->step_frame = -1;
  career_first_frame_watch (&self->first, self->widget);
  if (self->pending && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (self->widget, tick_cb, self, NULL);
}

/* A list left before it is whole is filled at once, so that it shows no
 * old rows when it is mapped again; one that has shown nothing yet waits
 * for its next map to fill up over frames (a view that was mapped for a
 * moment: docs/benchmarks.md, fix 43) */
static void
on_widget_unmap_cb (CareerRecyclingModel *self)
{
  career_first_frame_clear (&self->first);
  if (self->slots->len > 0)
    {
      career_recycling_model_settle (self);
      return;
    }
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
}

/* The widget's tick callbacks went with it */
static void
on_widget_finalized_cb (gpointer  user_data,
                        GObject  *where_the_object_was)
{
  CareerRecyclingModel *self = user_data;

  self->widget = NULL;
  self->tick_id = 0;
  career_first_frame_clear (&self->first);
}

static void
clear_widget (CareerRecyclingModel *self)
{
  career_first_frame_clear (&self->first);
  if (self->widget == NULL)
    return;

  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
  g_signal_handlers_disconnect_by_func (self->widget, on_widget_map_cb, self);
  g_signal_handlers_disconnect_by_func (self->widget, on_widget_unmap_cb, self);
  g_object_weak_unref (G_OBJECT (self->widget), on_widget_finalized_cb, self);
  self->widget = NULL;
}

static void
career_recycling_model_dispose (GObject *object)
{
  CareerRecyclingModel *self = CAREER_RECYCLING_MODEL (object);

  clear_widget (self);
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
  self->step_frame = -1;
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

/**
 * career_recycling_model_set_frame_widget:
 * @widget: (nullable): the list view that shows the model, or %NULL
 * @rows_per_frame: how many rows a frame may bind again
 *
 * Spreads each change over frames of @widget while it is mapped: the
 * frame after the change shows the slots from its start on, as many as
 * bind @rows_per_frame rows again (those of slots no row shows are free),
 * and each later frame as many more, until the slots hold the model's
 * items.  GTK 4.8's list view keeps rows for 200 items around the ones on
 * screen, so a search that changes them all binds a frame's rows and not
 * 200 of them before it is drawn.  Until then, the slots after those
 * shown hold the items they held: the list is whole at every step.
 * While @widget is not mapped, a change is shown at once, except that
 * items that come to an empty model wait for @widget's map to be shown
 * from there a frame's rows at a time.  With @rows_per_frame 0, a
 * change is shown at once.  With no widget and @rows_per_frame above 0, a change
 * shows that many rows and career_recycling_model_step() the rest.
 */
void
career_recycling_model_set_frame_widget (CareerRecyclingModel *self,
                                         GtkWidget            *widget,
                                         guint                 rows_per_frame)
{
  g_return_if_fail (CAREER_IS_RECYCLING_MODEL (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  career_recycling_model_settle (self);
  clear_widget (self);
  self->rows_per_frame = rows_per_frame;
  if (widget == NULL)
    return;

  self->widget = widget;
  g_object_weak_ref (G_OBJECT (widget), on_widget_finalized_cb, self);
  g_signal_connect_swapped (widget, "map", G_CALLBACK (on_widget_map_cb), self);
  g_signal_connect_swapped (widget, "unmap", G_CALLBACK (on_widget_unmap_cb), self);
}

/**
 * career_recycling_model_settle:
 *
 * Shows at once what is still pending of the changes, for code that looks
 * up positions of the model below in this one.
 */
void
career_recycling_model_settle (CareerRecyclingModel *self)
{
  g_return_if_fail (CAREER_IS_RECYCLING_MODEL (self));

  step (self, G_MAXUINT);
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (self->widget, self->tick_id);
      self->tick_id = 0;
    }
}

/**
 * career_recycling_model_step:
 * @max_rows: how many rows to bind again at most
 *
 * Shows more of a pending change, as a frame does: for tests.
 */
void
career_recycling_model_step (CareerRecyclingModel *self,
                             guint                 max_rows)
{
  g_return_if_fail (CAREER_IS_RECYCLING_MODEL (self));
  g_return_if_fail (max_rows > 0);

  step (self, max_rows);
}

/**
 * career_recycling_model_is_settled:
 *
 * Returns: whether the slots hold the items of the model below, at the
 *   same positions
 */
gboolean
career_recycling_model_is_settled (CareerRecyclingModel *self)
{
  g_return_val_if_fail (CAREER_IS_RECYCLING_MODEL (self), FALSE);

  return !self->pending;
}
