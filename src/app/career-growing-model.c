/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A list model that shows the items of another one, the first few at
 * first and a few more in each frame of a widget, until it shows them all;
 * from then on it is the same list.
 *
 * A GtkListBox bound to a model makes a row for each item at once.  Bound
 * to this model instead, it makes the rows on screen in the frame that
 * first shows them and the others in the frames after (the term cards of
 * the Courses view, docs/benchmarks.md).
 *
 * A change of the model below while it grows is shown at once, whole.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-growing-model.h"

#include "career-frame-share.h"

struct _CareerGrowingModel
{
  GObject     parent_instance;

  GListModel *model;
  guint       n_shown;
  gboolean    growing;

  GtkWidget  *widget;      /* (nullable) weak */
  guint       n_per_frame;
  guint       tick_id;
  CareerFirstFrame first;  /* whether @widget has been drawn since its map */
};

static void career_growing_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CareerGrowingModel, career_growing_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      career_growing_model_list_model_init))

static GType
career_growing_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (CAREER_GROWING_MODEL (list)->model);
}

static guint
career_growing_model_get_n_items (GListModel *list)
{
  return CAREER_GROWING_MODEL (list)->n_shown;
}

static gpointer
career_growing_model_get_item (GListModel *list,
                               guint       position)
{
  CareerGrowingModel *self = CAREER_GROWING_MODEL (list);

  if (position >= self->n_shown)
    return NULL;
  return g_list_model_get_item (self->model, position);
}

static void
career_growing_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = career_growing_model_get_item_type;
  iface->get_n_items = career_growing_model_get_n_items;
  iface->get_item = career_growing_model_get_item;
}

static void
stop_growing (CareerGrowingModel *self)
{
  self->growing = FALSE;
  if (self->tick_id != 0 && self->widget != NULL)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
}

/* Shows up to @n_more more items */
static void
grow (CareerGrowingModel *self,
      guint               n_more)
{
  guint n = g_list_model_get_n_items (self->model);
  guint before = self->n_shown;

  self->n_shown = n - before > n_more ? before + n_more : n;
  if (self->n_shown == n)
    stop_growing (self);
  if (self->n_shown != before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->n_shown - before);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  CareerGrowingModel *self = user_data;
  gint64 frame = gdk_frame_clock_get_frame_counter (frame_clock);

  /* The frame that first shows the widget draws all of it for the first
   * time, so it grows from the next one on (docs/benchmarks.md, fix 44);
   * other lists that fill up may have a frame */
  if (self->first.drawn && career_frame_share_claim (G_OBJECT (frame_clock), frame, self))
    grow (self, self->n_per_frame);
  if (self->growing)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
on_items_changed_cb (GListModel         *model,
                     guint               position,
                     guint               removed,
                     guint               added,
                     CareerGrowingModel *self)
{
  guint before = self->n_shown;

  if (!self->growing)
    {
      self->n_shown = g_list_model_get_n_items (model);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  /* Beyond the items shown: they come in their frames */
  if (position >= before)
    return;

  stop_growing (self);
  self->n_shown = g_list_model_get_n_items (model);
  g_list_model_items_changed (G_LIST_MODEL (self), position, before - position,
                              self->n_shown - position);
}

/* It grows in the frames that show it */
static void
on_widget_map_cb (CareerGrowingModel *self)
{
  career_first_frame_watch (&self->first, self->widget);
  if (self->growing && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (self->widget, tick_cb, self, NULL);
}

static void
on_widget_unmap_cb (CareerGrowingModel *self)
{
  career_first_frame_clear (&self->first);
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (self->widget, self->tick_id);
  self->tick_id = 0;
}

static void
on_widget_finalized_cb (gpointer  user_data,
                        GObject  *where_the_object_was)
{
  CareerGrowingModel *self = user_data;

  self->widget = NULL;
  self->tick_id = 0;
  career_first_frame_clear (&self->first);
}

static void
career_growing_model_dispose (GObject *object)
{
  CareerGrowingModel *self = CAREER_GROWING_MODEL (object);

  career_first_frame_clear (&self->first);
  if (self->widget != NULL)
    {
      stop_growing (self);
      g_signal_handlers_disconnect_by_func (self->widget, on_widget_map_cb, self);
      g_signal_handlers_disconnect_by_func (self->widget, on_widget_unmap_cb, self);
      g_object_weak_unref (G_OBJECT (self->widget), on_widget_finalized_cb, self);
      self->widget = NULL;
    }
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (career_growing_model_parent_class)->dispose (object);
}

static void
career_growing_model_class_init (CareerGrowingModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = career_growing_model_dispose;
}

static void
career_growing_model_init (CareerGrowingModel *self)
{
}

/**
 * career_growing_model_new:
 * @model: (transfer none): the model whose items to show
 * @widget: the widget that shows them
 * @n_first: how many items to show at first
 * @n_per_frame: how many more to show in each frame of @widget
 *
 * The items shown at first wait for the frames of @widget while it is not
 * mapped: those of a list off screen come when it is shown.
 *
 * Returns: (transfer full): a model that grows to be @model
 */
CareerGrowingModel *
career_growing_model_new (GListModel *model,
                          GtkWidget  *widget,
                          guint       n_first,
                          guint       n_per_frame)
{
  CareerGrowingModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (n_per_frame > 0, NULL);

  self = g_object_new (CAREER_TYPE_GROWING_MODEL, NULL);
  self->model = g_object_ref (model);
  self->widget = widget;
  self->n_per_frame = n_per_frame;
  self->n_shown = MIN (g_list_model_get_n_items (model), n_first);
  self->growing = self->n_shown < g_list_model_get_n_items (model);
  g_object_weak_ref (G_OBJECT (widget), on_widget_finalized_cb, self);
  g_signal_connect_swapped (widget, "map", G_CALLBACK (on_widget_map_cb), self);
  g_signal_connect_swapped (widget, "unmap", G_CALLBACK (on_widget_unmap_cb), self);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  if (gtk_widget_get_mapped (widget))
    on_widget_map_cb (self);
  return self;
}

/**
 * career_growing_model_settle:
 *
 * Shows all the items at once, for code that looks up positions of the
 * model below in this one.
 */
void
career_growing_model_settle (CareerGrowingModel *self)
{
  g_return_if_fail (CAREER_IS_GROWING_MODEL (self));

  if (self->growing)
    grow (self, G_MAXUINT);
}

/**
 * career_growing_model_is_settled:
 *
 * Returns: whether all the items of the model below are shown
 */
gboolean
career_growing_model_is_settled (CareerGrowingModel *self)
{
  g_return_val_if_fail (CAREER_IS_GROWING_MODEL (self), FALSE);

  return !self->growing;
}
