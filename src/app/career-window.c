/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "career-compare-view.h"
#include "career-history-csv.h"
#include "career-courses-view.h"
#include "career-height-for-width-layout.h"
#include "career-skills-view.h"
#include "career-text-ahead.h"
#include "career-level-selector.h"
#include "career-rows.h"
#include "career-window.h"
#include "career-window-private.h"
#include "career-window-export.h"


G_DEFINE_FINAL_TYPE (CareerWindow, career_window, ADW_TYPE_APPLICATION_WINDOW)

static void cancel_focus_after_paint (CareerWindow *self);
static void on_focus_or_active_cb    (CareerWindow *self,
                                      GParamSpec   *pspec,
                                      gpointer      user_data);
static void stop_restyle             (CareerWindow *self);
static void on_map_cb                (CareerWindow *self);

static void
career_window_dispose (GObject *object)
{
  CareerWindow *self = (CareerWindow *) object;

  career_window_autosave_dispose (self);
  g_clear_weak_pointer (&self->undo_toast);
  cancel_focus_after_paint (self);
  g_signal_handlers_disconnect_by_func (self, on_focus_or_active_cb, NULL);
  stop_restyle (self);
  career_clear_clock_handler (&self->new_view_clock, &self->new_view_id);
  self->new_view = NULL;
  g_clear_handle_id (&self->prepare_source, g_source_remove);
  g_cancellable_cancel (self->prepare_cancellable);
  g_clear_object (&self->prepare_cancellable);
  career_clear_clock_handler (&self->drawn_clock, &self->drawn_id);
  for (guint i = 0; i < CAREER_N_VIEWS; i++)
    g_clear_weak_pointer (&self->last_focus[i]);

  /* The extra comparison window belongs to this plan's window. */
  if (self->comparison_window != NULL)
    gtk_window_destroy (self->comparison_window);

  gtk_widget_dispose_template (GTK_WIDGET (object), CAREER_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->file);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (career_window_parent_class)->dispose (object);
}

/* GTK 4.8 on X11 measures the window twice in every frame that restyles
 * new widgets, such as the rows a list adds as it fills up: once from a
 * handler of the frame clock's "update" signal that GDK's X11 backend
 * connects when it makes the surface, and so before the handler that
 * GtkNative connects later to restyle the window, then once more in the
 * frame's layout phase, because their first restyle asks for their size
 * again. The layout phase measures the window and asks the X server for
 * its new size itself, so the first measure only wastes time: a quarter of
 * the frames that add term cards (docs/benchmarks.md, fix 35). The X11
 * handler is the only one of "update" that has the surface as its data;
 * it is blocked for this window, on GTK 4.8 only, whose code this was
 * measured against. */
static void
block_early_x11_measure (CareerWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GType x11_surface = g_type_from_name ("GdkX11Surface");

  if (gtk_get_major_version () != 4 || gtk_get_minor_version () != 8)
    return;
  if (x11_surface == 0 || !G_TYPE_CHECK_INSTANCE_TYPE (surface, x11_surface))
    return;
  g_signal_handlers_block_matched (gdk_surface_get_frame_clock (surface),
                                   G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                   g_signal_lookup ("update", GDK_TYPE_FRAME_CLOCK), 0,
                                   NULL, NULL, surface);
}

static void
career_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (career_window_parent_class)->realize (widget);
  block_early_x11_measure (CAREER_WINDOW (widget));
}

static void
on_show_view_activate (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  GtkWidget *page = adw_view_stack_get_child_by_name (self->stack, name);

  if (page == NULL)
    return;

  /* With the focus in the view it leaves, the stack would move the focus
   * into the view it shows at once, a view still hidden and about to be
   * drawn whole. A view that cannot take the focus for the moment makes
   * it leave the focus alone; sync_page_visibility() moves it in once the
   * view is on screen. */
  gtk_widget_set_can_focus (page, FALSE);
  adw_view_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_can_focus (page, TRUE);
}

static void
update_actions (CareerWindow *self)
{
  gboolean has_plan = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_plan && career_plan_get_can_undo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_plan && career_plan_get_can_redo (self->plan));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-history", has_plan);
}

static void
on_undo_activate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);

  if (self->plan != NULL)
    career_plan_undo (self->plan);
}

static void
on_redo_activate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);

  if (self->plan != NULL)
    career_plan_redo (self->plan);
}

/* Views call this after a change a person might want to take back at once. */
static void
on_show_undo_toast_activate (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);
  AdwToast *toast;

  if (self->plan == NULL || !career_plan_get_can_undo (self->plan))
    return;

  toast = adw_toast_new (career_plan_get_undo_label (self->plan));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The toast's Undo takes back the plan's last step: once another step
 * comes (or that one is undone with Ctrl+Z), its words no longer name
 * what it would take back, and it goes */
static void
on_plan_changed_cb (CareerWindow *self)
{
  AdwToast *toast = self->undo_toast;

  if (toast == NULL)
    return;
  g_clear_weak_pointer (&self->undo_toast);
  adw_toast_dismiss (toast);
}

/* The names of the view stack's pages */
static const char * const view_names[CAREER_N_VIEWS] = { "compare", "skills", "courses" };

/* The page named @name, or CAREER_N_VIEWS for none */
static guint
view_index (const char *name)
{
  for (guint i = 0; i < CAREER_N_VIEWS; i++)
    if (g_strcmp0 (name, view_names[i]) == 0)
      return i;
  return CAREER_N_VIEWS;
}

/* The view of page @i, or NULL for one not built yet */
static GtkWidget *
get_view (CareerWindow *self,
          guint         i)
{
  GtkWidget *views[] = { GTK_WIDGET (self->compare_view), GTK_WIDGET (self->skills_view),
                         GTK_WIDGET (self->courses_view) };

  G_STATIC_ASSERT (G_N_ELEMENTS (views) == CAREER_N_VIEWS);
  return views[i];
}

static void
cancel_focus_after_paint (CareerWindow *self)
{
  career_clear_clock_handler (&self->focus_clock, &self->focus_paint_id);
  self->focus_view = NULL;
}

static void
on_focus_paint_cb (GdkFrameClock *clock,
                   CareerWindow  *self)
{
  GtkWidget *view = self->focus_view;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  cancel_focus_after_paint (self);
  /* Unless the view was left again, or the focus found a place of its
   * own in the meantime */
  if (!gtk_widget_get_visible (view) || (focus != NULL && gtk_widget_is_visible (focus)))
    return;

  for (guint i = 0; i < CAREER_N_VIEWS; i++)
    {
      GtkWidget *last = self->last_focus[i];

      if (get_view (self, i) == view && last != NULL && gtk_widget_is_ancestor (last, view) &&
          gtk_widget_is_visible (last) && gtk_widget_grab_focus (last))
        return;
    }
  gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD);
}

/* Moves the focus back to where it was in @view (or to its first control)
 * once the frame that shows @view has been drawn.
 *
 * In GTK 4.8 a change of :focus-within on a widget restyles every CSS node
 * below it, and with a large catalog a view is thousands of nodes: moving
 * the focus in the frame that first draws the view made that frame a
 * frame and a half long (docs/benchmarks.md, fix 21). The "paint" handler
 * runs once GTK has drawn the frame, and before GTK's own after-paint
 * handler would move the focus out of the hidden view to the window's
 * first control. */
static void
focus_after_paint (CareerWindow *self,
                   GtkWidget    *view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  cancel_focus_after_paint (self);
  self->focus_view = view;
  if (clock == NULL)
    {
      on_focus_paint_cb (NULL, self);
      return;
    }
  self->focus_clock = g_object_ref (clock);
  self->focus_paint_id = g_signal_connect (clock, "paint", G_CALLBACK (on_focus_paint_cb), self);
  /* A frame, even if nothing else asks for one */
  gtk_widget_queue_draw (view);
}

/* How long the window waits after the last focus change or key press
 * before it restyles the hidden views */
#define RESTYLE_DELAY_MS 200

static void
stop_restyle (CareerWindow *self)
{
  g_clear_handle_id (&self->restyle_source, g_source_remove);
  g_clear_handle_id (&self->restyle_layout_source, g_source_remove);
  career_clear_clock_handler (&self->restyle_clock, &self->restyle_id);
  if (self->restyle_view != NULL)
    gtk_widget_set_visible (self->restyle_view, FALSE);
  self->restyle_view = NULL;
}

/* Makes the next hidden view that needs it visible to CSS, for the next
 * frame to restyle; FALSE when there is none */
static gboolean
restyle_next_view (CareerWindow *self)
{
  for (guint i = 0; i < CAREER_N_VIEWS; i++)
    {
      GtkWidget *view = get_view (self, i);

      if ((self->restyle_pending & (1u << i)) == 0)
        continue;
      self->restyle_pending &= ~(1u << i);
      if (view == NULL || gtk_widget_get_visible (view))
        continue;
      /* Its page is still hidden by the stack: the view is neither mapped
       * nor drawn, only restyled */
      self->restyle_view = view;
      gtk_widget_set_visible (view, TRUE);
      /* ... in a frame that it asks for itself: hidden, its page does not
       * pass the resize it queues on to the window, and with its style
       * unchanged and nothing else to draw no frame came, and the view
       * waited, visible to CSS, until the next switch (docs/benchmarks.md,
       * fix 56) */
      if (gtk_widget_get_frame_clock (GTK_WIDGET (self)) != NULL)
        gdk_frame_clock_request_phase (gtk_widget_get_frame_clock (GTK_WIDGET (self)),
                                       GDK_FRAME_CLOCK_PHASE_LAYOUT);
      return TRUE;
    }
  return FALSE;
}

static void queue_restyle_hidden_views (CareerWindow *self);

/* The steps in preparing a view ahead (see prepare_views_step()) */
enum {
  PREPARE_BUILD,
  PREPARE_CATALOG,
  PREPARE_PLAN,
  PREPARE_RESTYLE,
  N_PREPARE_STEPS
};

/* Whether the Skills and Courses views have been built, by their first
 * switch or ahead of it */
static gboolean
views_prepared (CareerWindow *self)
{
  return self->view_steps == N_PREPARE_STEPS * (CAREER_N_VIEWS - CAREER_VIEW_SKILLS);
}

/* Lays out the view just restyled, hidden by the stack, at the size its
 * page would have, so that a switch to it finds its widgets measured and
 * placed as if it had been shown (docs/benchmarks.md, fix 43): its width
 * measured in one turn of the main loop, its height in the next, placed in
 * a third, the glyphs of the text it would show drawn in a fourth (fix 52),
 * then hidden from CSS again; and the next view is made visible to CSS. */
static gboolean
on_restyle_layout_cb (gpointer user_data)
{
  CareerWindow *self = user_data;
  GtkWidget *view = self->restyle_view;
  int width = gtk_widget_get_width (GTK_WIDGET (self->stack));
  int height = gtk_widget_get_height (GTK_WIDGET (self->stack));
  int min_width, min_height;

  if (width > 0 && height > 0)
    {
      guint step = self->restyle_layout_step++;

      /* Each turn measures what the one before did again, from GTK's
       * caches, and takes one step more */
      gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      if (step == 0)
        return G_SOURCE_CONTINUE;
      gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, MAX (width, min_width), &min_height,
                          NULL, NULL, NULL);
      if (step == 1)
        return G_SOURCE_CONTINUE;
      gtk_widget_allocate (view, MAX (width, min_width), MAX (height, min_height), -1, NULL);
      for (guint i = 0; i < CAREER_N_VIEWS; i++)
        if (get_view (self, i) == view)
          self->laid_out |= 1u << i;
      if (step == 2)
        return G_SOURCE_CONTINUE;
      /* Its text's glyphs, in a fourth turn (fix 52) */
      career_text_ahead_draw (view, &GRAPHENE_RECT_INIT (0, 0, width, height));
    }

  self->restyle_layout_source = 0;
  gtk_widget_set_visible (view, FALSE);
  self->restyle_view = NULL;
  if (!restyle_next_view (self))
    {
      stop_restyle (self);
      /* Once every view has had its first pass */
      if (self->restyle_again && views_prepared (self))
        {
          self->restyle_again = FALSE;
          queue_restyle_hidden_views (self);
        }
    }
  return G_SOURCE_REMOVE;
}

static void
on_restyle_after_paint_cb (GdkFrameClock *clock,
                           CareerWindow  *self)
{
  /* The frame has restyled the view */
  if (self->restyle_view == NULL || self->restyle_layout_source != 0)
    return;
  self->restyle_layout_step = 0;
  self->restyle_layout_source = g_idle_add (on_restyle_layout_cb, self);
}

static gboolean
on_restyle_timeout_cb (gpointer user_data)
{
  CareerWindow *self = user_data;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  self->restyle_source = 0;
  if (clock == NULL || !restyle_next_view (self))
    return G_SOURCE_REMOVE;
  self->restyle_clock = g_object_ref (clock);
  self->restyle_id = g_signal_connect (clock, "after-paint",
                                       G_CALLBACK (on_restyle_after_paint_cb), self);
  return G_SOURCE_REMOVE;
}

/* In GTK 4.8 every change of the keyboard focus restyles the whole window:
 * the focus-within state is taken off each ancestor of the old focus
 * widget, the window included, and put back on each ancestor of the new
 * one, and every node below a node whose state changed is restyled. A
 * hidden view keeps that work for the frame that next shows it, which made
 * a switch to the Courses view 23 ms long at 10 000 courses
 * (docs/benchmarks.md, fix 22). Once the focus and the keyboard have
 * rested for a moment, each hidden view is made visible to CSS for one
 * frame of its own, then laid out (fix 43), so that a switch only has to
 * draw. */
static void
queue_restyle_hidden_views_after (CareerWindow *self,
                                  guint         delay_ms)
{
  stop_restyle (self);
  for (guint i = 0; i < CAREER_N_VIEWS; i++)
    if (get_view (self, i) != NULL && !gtk_widget_get_visible (get_view (self, i)))
      self->restyle_pending |= 1u << i;
  self->restyle_source = g_timeout_add (delay_ms, on_restyle_timeout_cb, self);
}

static void
queue_restyle_hidden_views (CareerWindow *self)
{
  queue_restyle_hidden_views_after (self, RESTYLE_DELAY_MS);
}

/* What is left of RESTYLE_DELAY_MS since the last key press */
static guint
keyboard_rest_delay (CareerWindow *self)
{
  gint64 rested_ms = (g_get_monotonic_time () - self->key_time) / 1000;

  return CLAMP (RESTYLE_DELAY_MS - rested_ms, 0, RESTYLE_DELAY_MS);
}

/* Restyles and lays out view @i, just built ahead, as soon as the
 * keyboard has rested (a key press within RESTYLE_DELAY_MS puts it off),
 * or after the view being restyled, if any; then, once that first pass
 * is done, every hidden view again after the focus has rested (see
 * prepare_cb()) */
static void
queue_restyle_built_view (CareerWindow *self,
                          guint         i)
{
  self->restyle_pending |= 1u << i;
  self->restyle_again = TRUE;
  if (self->restyle_clock != NULL)
    return;
  g_clear_handle_id (&self->restyle_source, g_source_remove);
  self->restyle_source = g_timeout_add (keyboard_rest_delay (self), on_restyle_timeout_cb, self);
}

/* Puts off the restyle under way or to come, if any: the view being
 * restyled is restyled again */
static void
postpone_restyle (CareerWindow *self)
{
  if (self->restyle_view != NULL)
    {
      for (guint i = 0; i < CAREER_N_VIEWS; i++)
        if (get_view (self, i) == self->restyle_view)
          self->restyle_pending |= 1u << i;
    }
  stop_restyle (self);
  if (self->restyle_pending != 0)
    self->restyle_source = g_timeout_add (RESTYLE_DELAY_MS, on_restyle_timeout_cb, self);
}

/* A key press puts the restyle off, so that it never shares a frame with
 * what typing changes */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   CareerWindow          *self)
{
  self->key_time = g_get_monotonic_time ();
  if (self->restyle_source != 0 || self->restyle_clock != NULL)
    postpone_restyle (self);
  return GDK_EVENT_PROPAGATE;
}

static void
on_focus_or_active_cb (CareerWindow *self,
                       GParamSpec   *pspec,
                       gpointer      user_data)
{
  queue_restyle_hidden_views (self);
}

/* The pages the stack does not show are hidden from CSS too: GTK 4.8
 * restyles every node of a page whose ancestors change state (the
 * window's focus or backdrop), shown or not (docs/benchmarks.md, 19, 20).
 * The focus goes where the stack would have put it, a frame later: back
 * to where it was in the view shown, when it was in the one hidden. */
static void
sync_page_visibility (CareerWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *shown = NULL;
  gboolean focus_left = FALSE;

  postpone_restyle (self);
  for (guint i = 0; i < CAREER_N_VIEWS; i++)
    {
      GtkWidget *view = get_view (self, i);
      gboolean visible = g_strcmp0 (name, view_names[i]) == 0;

      if (view == NULL)
        continue;
      /* A view just built waits for its frame (see build_shown_view()) */
      if (view == self->new_view)
        visible = FALSE;
      else if (visible)
        shown = view;
      else if (focus != NULL && gtk_widget_is_ancestor (focus, view))
        {
          focus_left = TRUE;
          g_set_weak_pointer (&self->last_focus[i], focus);
        }
      gtk_widget_set_visible (view, visible);
    }
  if (focus_left && shown != NULL)
    focus_after_paint (self, shown);
}

/* Shows the view just built, if its page is still the one shown */
static void
reveal_new_view (CareerWindow *self)
{
  GtkWidget *view = self->new_view;

  career_clear_clock_handler (&self->new_view_clock, &self->new_view_id);
  self->new_view = NULL;
  if (view != NULL && gtk_widget_get_parent (view) ==
                      adw_view_stack_get_visible_child (self->stack))
    gtk_widget_set_visible (view, TRUE);
}

static void
on_new_view_before_paint_cb (GdkFrameClock *clock,
                             CareerWindow  *self)
{
  reveal_new_view (self);
}

/* Builds view @i (Skills or Courses), hidden, in its page's bin */
static GtkWidget *
build_view (CareerWindow *self,
            guint         i)
{
  if (i == CAREER_VIEW_SKILLS && self->skills_view == NULL)
    {
      self->skills_view = g_object_new (CAREER_TYPE_SKILLS_VIEW, "visible", FALSE, NULL);
      adw_bin_set_child (ADW_BIN (self->skills_bin), GTK_WIDGET (self->skills_view));
      return GTK_WIDGET (self->skills_view);
    }
  if (i == CAREER_VIEW_COURSES && self->courses_view == NULL)
    {
      self->courses_view = g_object_new (CAREER_TYPE_COURSES_VIEW, "visible", FALSE, NULL);
      adw_bin_set_child (ADW_BIN (self->courses_bin), GTK_WIDGET (self->courses_view));
      return GTK_WIDGET (self->courses_view);
    }
  return NULL;
}

/* Builds the Skills or Courses view when its page is first shown before
 * the window could prepare it (see prepare_cb()), and shows it once the
 * next frame begins; a view built ahead but not laid out yet is shown the
 * same way. Shown at once, the window would measure it in an idle that
 * X11 runs before the frame, and measure it again in the frame once GTK
 * has restyled it (see block_early_x11_measure()). Shown in the frame's
 * "before-paint" phase, it is restyled, then measured once. */
static void
build_shown_view (CareerWindow *self)
{
  guint i = view_index (adw_view_stack_get_visible_child_name (self->stack));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  GtkWidget *shown;

  if (i == CAREER_N_VIEWS)
    return;
  shown = build_view (self, i);
  if (shown == NULL && (self->laid_out & (1u << i)) == 0)
    shown = get_view (self, i);
  self->laid_out |= 1u << i;
  if (shown == NULL)
    return;

  reveal_new_view (self);
  self->new_view = shown;
  if (clock == NULL)
    {
      reveal_new_view (self);
      return;
    }
  self->new_view_clock = g_object_ref (clock);
  self->new_view_id = g_signal_connect (clock, "before-paint",
                                        G_CALLBACK (on_new_view_before_paint_cb), self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_BEFORE_PAINT);
}

/* Gives view @i (Skills or Courses), if built, the catalog */
static void
give_catalog (CareerWindow *self,
              guint         i)
{
  if (self->catalog == NULL)
    return;
  if (i == CAREER_VIEW_SKILLS && self->skills_view != NULL)
    career_skills_view_set_catalog (self->skills_view, self->catalog);
  if (i == CAREER_VIEW_COURSES && self->courses_view != NULL)
    career_courses_view_set_catalog (self->courses_view, self->catalog);
}

/* Gives view @i (Skills or Courses), if built, the plan; after the
 * catalog */
static void
give_plan (CareerWindow *self,
           guint         i)
{
  if (self->catalog == NULL || self->plan == NULL)
    return;
  if (i == CAREER_VIEW_SKILLS && self->skills_view != NULL)
    career_skills_view_set_plan (self->skills_view, self->plan);
  if (i == CAREER_VIEW_COURSES && self->courses_view != NULL)
    career_courses_view_set_plan (self->courses_view, self->plan);
}

/* Gives the Skills and Courses views, once built, the catalog and the
 * plan; called again when the catalog or the plan changes. */
static void
sync_lazy_views (CareerWindow *self)
{
  for (guint i = CAREER_VIEW_SKILLS; i < CAREER_N_VIEWS; i++)
    {
      give_catalog (self, i);
      give_plan (self, i);
    }
}

/* A view built by its switch gets the catalog and the plan at once; one
 * built ahead and not given them yet gets them at its own steps (see
 * prepare_views_step()), not in another view's switch (at 10 000 items
 * they took 20 ms of it: docs/benchmarks.md, fix 54) */
static void
on_visible_child_cb (CareerWindow *self)
{
  guint i = view_index (adw_view_stack_get_visible_child_name (self->stack));

  build_shown_view (self);
  sync_page_visibility (self);
  give_catalog (self, i);
  give_plan (self, i);
}

static void
on_search_activate (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);

  /* The Courses view searches its catalog; elsewhere, the skills */
  if (self->courses_view != NULL &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "courses") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self->courses_view), "courses.browse", NULL);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, "skills");
  reveal_new_view (self);
  career_skills_view_focus_search (self->skills_view);
}

static void
on_show_skill_activate (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "skills");
  reveal_new_view (self);
  career_skills_view_show_skill (self->skills_view, g_variant_get_string (parameter, NULL));
}

static void
on_history_saved_cb (GtkNativeDialog *dialog,
                     int              response,
                     CareerWindow    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      csv = career_history_to_csv (self->plan, self->catalog);

      if (g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE,
                                   G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          message = g_strdup_printf (_("Skill history exported to “%s”"), name);
        }
      else
        {
          message = g_strdup_printf (_("The skill history could not be exported: %s"),
                                     error->message);
        }
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_export_history_activate (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export Skill History"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("skill-history.csv"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_history_saved_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_comparison_show_skill_cb (CareerWindow *self,
                             GVariant     *parameter)
{
  gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.show-skill", parameter);
  gtk_window_present (GTK_WINDOW (self));
}

static void
on_comparison_destroy_cb (CareerWindow *self)
{
  self->comparison_window = NULL;
}

static void
on_open_comparison_activate (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  career_window_open_comparison (CAREER_WINDOW (widget));
}

/**
 * career_window_open_comparison:
 *
 * Opens (or raises) a second window with this plan's comparison. It follows
 * every change of the plan, to keep beside the planner, and closes with
 * this window.
 *
 * Returns: (transfer none): the comparison window
 */
GtkWindow *
career_window_open_comparison (CareerWindow *self)
{
  GtkWidget *box, *header, *view;
  GtkWindow *window;

  g_return_val_if_fail (CAREER_IS_WINDOW (self), NULL);

  if (self->comparison_window != NULL)
    {
      gtk_window_present (self->comparison_window);
      return self->comparison_window;
    }

  window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (window, _("Comparison"));
  gtk_window_set_default_size (window, 900, 760);
  gtk_window_set_application (window, gtk_window_get_application (GTK_WINDOW (self)));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Comparison"), NULL));
  view = g_object_new (CAREER_TYPE_COMPARE_VIEW, "vexpand", TRUE, NULL);
  career_compare_view_set_catalog (CAREER_COMPARE_VIEW (view), self->catalog);
  career_compare_view_set_plan (CAREER_COMPARE_VIEW (view), self->plan);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);

  /* "Show skill" from this window goes to the planner's Skills view. */
  {
    g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
    g_autoptr(GSimpleAction) show_skill = g_simple_action_new ("show-skill", G_VARIANT_TYPE_STRING);

    g_signal_connect_object (show_skill, "activate", G_CALLBACK (on_comparison_show_skill_cb),
                             self, G_CONNECT_SWAPPED);
    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show_skill));
    gtk_widget_insert_action_group (GTK_WIDGET (window), "win", G_ACTION_GROUP (group));
  }

  self->comparison_window = window;
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_comparison_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (window);
  return window;
}

/* Recent plans, for the welcome page */

static GtkWidget *
create_recent_row (GtkRecentInfo *info)
{
  g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *uri = g_strdup (gtk_recent_info_get_uri (info));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-uri");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);
  return row;
}

static void
fill_recent_list (CareerWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l != NULL && n < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), "application/x-career-plan") != 0 ||
          !gtk_recent_info_exists (info))
        continue;
      gtk_list_box_append (self->recent_list, create_recent_row (info));
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), n > 0);
  gtk_widget_set_visible (self->recent_heading, n > 0);
}

/**
 * career_window_show_welcome:
 *
 * Shows the welcome page (New Plan, Open, Open Example, recent plans)
 * instead of the plan, as on a first start.
 */
void
career_window_show_welcome (CareerWindow *self,
                            gboolean      welcome)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));

  if (welcome)
    fill_recent_list (self);
  gtk_stack_set_visible_child_name (self->main_stack, welcome ? "welcome" : "plan");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, !welcome);
  career_window_update_title (self);
}

/* New plan set-up: a name, the target role, and the role's key skills */

#define N_SETUP_SKILLS 6

static int
compare_by_weight (gconstpointer a,
                   gconstpointer b)
{
  CareerSkillRequirement *ra = *(CareerSkillRequirement **) a;
  CareerSkillRequirement *rb = *(CareerSkillRequirement **) b;
  guint wa = career_skill_requirement_get_importance (ra) * career_skill_requirement_get_target (ra);
  guint wb = career_skill_requirement_get_importance (rb) * career_skill_requirement_get_target (rb);

  if (wa != wb)
    return wa > wb ? -1 : 1;
  return g_strcmp0 (career_skill_requirement_get_skill_id (ra),
                    career_skill_requirement_get_skill_id (rb));
}

static void
on_setup_role_selected_cb (CareerWindow *self)
{
  CareerRole *role = adw_combo_row_get_selected_item (self->setup_role_row);
  g_autoptr(GPtrArray) requirements = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *child;
  GListModel *model;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->setup_skills_list))))
    gtk_list_box_remove (self->setup_skills_list, child);

  if (role == NULL || self->plan == NULL)
    return;

  model = career_role_get_requirements (role);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (requirements, g_list_model_get_item (model, i));
  g_ptr_array_sort (requirements, compare_by_weight);

  for (guint i = 0; i < MIN (requirements->len, N_SETUP_SKILLS); i++)
    {
      CareerSkillRequirement *requirement = g_ptr_array_index (requirements, i);
      CareerSkill *skill = career_skill_requirement_get_skill (requirement);
      const char *skill_id = career_skill_requirement_get_skill_id (requirement);
      const char *texts[CAREER_SKILL_LEVEL_MAX + 2] = { NULL };
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *grid = gtk_grid_new ();
      GtkWidget *name = gtk_label_new (skill ? career_skill_get_name (skill) : skill_id);
      GtkWidget *selector = career_level_selector_new ();

      for (guint l = 0; skill != NULL && l <= CAREER_SKILL_LEVEL_MAX; l++)
        texts[l] = career_skill_get_level_text (skill, l);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
      gtk_widget_set_margin_top (grid, 8);
      gtk_widget_set_margin_bottom (grid, 8);
      gtk_widget_set_margin_start (grid, 12);
      gtk_widget_set_margin_end (grid, 12);
      gtk_grid_attach (GTK_GRID (grid), name, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), selector, 1, 0, 1, 1);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      career_level_selector_set_skill (CAREER_LEVEL_SELECTOR (selector),
                                       skill ? career_skill_get_name (skill) : skill_id, texts);
      career_level_selector_set_level (CAREER_LEVEL_SELECTOR (selector),
                                       MAX (career_plan_get_level (self->plan, skill_id), 0));
      g_object_set_data_full (G_OBJECT (selector), "skill-id", g_strdup (skill_id), g_free);
      gtk_list_box_append (self->setup_skills_list, row);
    }
}

static void
on_start_new_plan_activate (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);
  CareerRole *role = NULL;
  guint position = 0;

  if (self->catalog == NULL)
    return;

  adw_combo_row_set_model (self->setup_role_row, career_catalog_get_roles (self->catalog));
  if (self->plan != NULL)
    role = career_catalog_lookup_role (self->catalog, career_plan_get_target_role_id (self->plan));
  if (role == NULL)
    role = career_catalog_lookup_role (self->catalog, "ai-engineer");
  if (role != NULL)
    g_list_store_find (G_LIST_STORE (career_catalog_get_roles (self->catalog)), role, &position);
  adw_combo_row_set_selected (self->setup_role_row, position);
  on_setup_role_selected_cb (self);

  gtk_stack_set_visible_child_name (self->main_stack, "setup");
  career_window_update_title (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->setup_name_row));
}

static void
on_cancel_setup_activate (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  career_window_show_welcome (CAREER_WINDOW (widget), TRUE);
}

/* Everything chosen goes into the plan through its commands, so the
 * set-up can be undone like any other change. */
static void
on_finish_setup_activate (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);
  CareerRole *role = adw_combo_row_get_selected_item (self->setup_role_row);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->setup_name_row));

  if (self->plan == NULL)
    return;

  if (name[0] != '\0')
    career_plan_set_name (self->plan, name);
  if (role != NULL)
    career_plan_set_target_role_id (self->plan, career_role_get_id (role));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->setup_skills_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *grid = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      GtkWidget *selector = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
      const char *skill_id = g_object_get_data (G_OBJECT (selector), "skill-id");

      career_plan_set_level (self->plan, skill_id,
                             (int) career_level_selector_get_level (CAREER_LEVEL_SELECTOR (selector)),
                             NULL);
    }

  career_window_show_welcome (self, FALSE);
  adw_view_stack_set_visible_child_name (self->stack, "compare");
}

static void
career_window_class_init (CareerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = career_window_dispose;
  widget_class->realize = career_window_realize;
  window_class->close_request = career_window_close_request;

  g_type_ensure (CAREER_TYPE_COMPARE_VIEW);
  g_type_ensure (CAREER_TYPE_SKILLS_VIEW);
  g_type_ensure (CAREER_TYPE_COURSES_VIEW);
  g_type_ensure (CAREER_TYPE_HEIGHT_FOR_WIDTH_LAYOUT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/career-window.ui");

  career_window_document_init (klass);
  career_window_programs_init (klass);
  career_window_export_init (klass);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", on_show_view_activate);
  gtk_widget_class_install_action (widget_class, "win.start-new-plan", NULL,
                                   on_start_new_plan_activate);
  gtk_widget_class_install_action (widget_class, "win.cancel-setup", NULL,
                                   on_cancel_setup_activate);
  gtk_widget_class_install_action (widget_class, "win.finish-setup", NULL,
                                   on_finish_setup_activate);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, on_undo_activate);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, on_redo_activate);
  gtk_widget_class_install_action (widget_class, "win.show-undo-toast", NULL,
                                   on_show_undo_toast_activate);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, on_search_activate);
  gtk_widget_class_install_action (widget_class, "win.show-skill", "s", on_show_skill_activate);
  gtk_widget_class_install_action (widget_class, "win.export-history", NULL,
                                   on_export_history_activate);
  gtk_widget_class_install_action (widget_class, "win.open-comparison", NULL,
                                   on_open_comparison_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-view", "s", "compare");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-view", "s", "skills");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-view", "s", "courses");
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, setup_name_row);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, setup_role_row);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, setup_skills_list);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_role_selected_cb);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, recent_heading);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, skills_bin);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, courses_bin);
}

static void
career_window_init (CareerWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  career_window_autosave_init (self);
  career_set_accessible_label (self->menu_button, _("Main Menu"));
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (on_visible_child_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_or_active_cb), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_focus_or_active_cb), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  /* The window opens on Compare */
  self->laid_out = 1u << CAREER_VIEW_COMPARE;
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_name (keys, "career-window-keys");
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }
  sync_page_visibility (self);
  {
    g_autoptr(GtkExpression) title = gtk_property_expression_new (CAREER_TYPE_ROLE, NULL, "title");
    adw_combo_row_set_expression (self->setup_role_row, title);
  }

  /* The size is saved as it changes, so that it survives a crash too. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
}

/* A user catalog file that could not be used is named, not silently dropped. */
static void
report_catalog_problems (CareerWindow *self,
                         GPtrArray    *problems)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (problems == NULL || problems->len == 0)
    return;

  title = g_strdup_printf (ngettext ("%u catalog file of yours was skipped; run career-planner "
                                     "--check on it to see why",
                                     "%u catalog files of yours were skipped; run career-planner "
                                     "--check on them to see why",
                                     problems->len),
                           problems->len);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* What a first switch to the Skills or Courses view would otherwise wait
 * for is made ahead. The Skills view sorts the catalog's skills by name
 * and searches their names and descriptions, and the Courses view offers
 * the skills its program's courses teach in name order: what that takes
 * is made once per skill and per program (a quarter of a first switch at
 * 10 000 skills, a tenth at 10 000 courses: docs/benchmarks.md, fixes 33
 * and 38), in a worker thread since fixes 53 and 55. Then the views
 * themselves are built, restyled and laid out, hidden, a step a turn of
 * the main loop while nothing else waits (fixes 43 and 54). */

static gboolean prepare_cb (gpointer user_data);

/* The views are prepared once the window is on screen */
static void
on_first_paint_cb (GdkFrameClock *clock,
                   CareerWindow  *self)
{
  career_clear_clock_handler (&self->drawn_clock, &self->drawn_id);
  self->drawn = TRUE;
  if (self->prepare_source == 0 && self->catalog != NULL)
    self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_cb, self, NULL);
}

static void
on_map_cb (CareerWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->drawn || self->drawn_clock != NULL || clock == NULL)
    return;
  self->drawn_clock = g_object_ref (clock);
  self->drawn_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint_cb), self);
}

/* Takes the next step in building the Skills and Courses views ahead of
 * their first switch, each step short enough for a frame: a view's
 * template, then its catalog, then its plan; then the view is restyled and
 * laid out while the next one is built. That comes a step later, after
 * the idle work the plan queued in the view at the same low priority
 * (the Courses view's recommendations: laid out after the view, they were
 * measured by its first switch; docs/benchmarks.md, fix 57). FALSE once
 * all are done. */
static gboolean
prepare_views_step (CareerWindow *self)
{
  while (!views_prepared (self))
    {
      guint i = CAREER_VIEW_SKILLS + self->view_steps / N_PREPARE_STEPS;
      guint step = self->view_steps++ % N_PREPARE_STEPS;

      switch (step)
        {
        case PREPARE_BUILD:
          /* A view built by a switch has its catalog and plan already */
          if (build_view (self, i) == NULL)
            {
              self->view_steps += N_PREPARE_STEPS - 1;
              continue;
            }
          break;
        case PREPARE_CATALOG:
          give_catalog (self, i);
          break;
        case PREPARE_PLAN:
          give_plan (self, i);
          break;
        default:
          queue_restyle_built_view (self, i);
          break;
        }
      return TRUE;
    }
  return FALSE;
}

static gboolean
prepare_cb (gpointer user_data)
{
  CareerWindow *self = user_data;

  /* The worker's end calls again */
  if (!self->catalog_prepared)
    {
      self->prepare_source = 0;
      return G_SOURCE_REMOVE;
    }
  /* Then, once the window is on screen, the views it has not built yet,
   * each restyled and laid out as soon as it is built, for a switch in the
   * first moments, and all again once the window has rested: a view laid
   * out in the first 150 ms or so after the first frame was laid out
   * again in part by its first switch (1-2 ms more in that frame;
   * docs/benchmarks.md, fixes 48 and 54) */
  if (self->drawn && prepare_views_step (self))
    return G_SOURCE_CONTINUE;
  if (self->drawn && self->restyle_pending == 0 && self->restyle_clock == NULL)
    {
      /* None under way (the views were built by their switches, or
       * earlier for another catalog): all of them, after only the delay
       * that the keyboard has not rested yet (the first focus change
       * started a timer of RESTYLE_DELAY_MS) */
      queue_restyle_hidden_views_after (self, keyboard_rest_delay (self));
      self->restyle_again = TRUE;
    }
  self->prepare_source = 0;
  return G_SOURCE_REMOVE;
}

static void
on_catalog_prepared_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  CareerWindow *self = user_data;

  /* Cancelled: another catalog came, or the window was disposed (and may
   * be gone: it holds no reference, so that the work does not keep a
   * closed window alive) */
  if (!career_catalog_prepare_finish (CAREER_CATALOG (source), result, NULL))
    return;

  g_clear_object (&self->prepare_cancellable);
  self->catalog_prepared = TRUE;
  if (self->prepare_source == 0)
    self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_cb, self, NULL);
}

/**
 * career_window_set_catalog:
 *
 * Sets the catalog the views show; done once, before the plan.
 */
void
career_window_set_catalog (CareerWindow  *self,
                           CareerCatalog *catalog)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));
  g_return_if_fail (CAREER_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  career_compare_view_set_catalog (self->compare_view, catalog);
  sync_lazy_views (self);

  self->catalog_prepared = FALSE;
  g_clear_handle_id (&self->prepare_source, g_source_remove);
  g_cancellable_cancel (self->prepare_cancellable);
  g_clear_object (&self->prepare_cancellable);
  self->prepare_cancellable = g_cancellable_new ();
  career_catalog_prepare_async (catalog, self->prepare_cancellable, on_catalog_prepared_cb, self);
}

/**
 * career_window_set_plan:
 *
 * Shows @plan in the window; its views follow the plan's changes.
 */
void
career_window_set_plan (CareerWindow *self,
                        CareerPlan   *plan)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));
  g_return_if_fail (CAREER_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_signal_connect_object (plan, "notify::can-undo", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "notify::can-redo", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "notify::modified", G_CALLBACK (career_window_update_title),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "notify::name", G_CALLBACK (career_window_update_title),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_changed_cb), self,
                           G_CONNECT_SWAPPED);
  career_window_watch_plan_for_autosave (self);
  career_compare_view_set_plan (self->compare_view, plan);
  sync_lazy_views (self);
  update_actions (self);
  career_window_update_title (self);
  career_window_show_welcome (self, FALSE);
}

CareerPlan *
career_window_get_plan (CareerWindow *self)
{
  g_return_val_if_fail (CAREER_IS_WINDOW (self), NULL);
  return self->plan;
}

/**
 * career_window_get_view:
 * @name: "compare", "skills" or "courses"
 *
 * Returns: (transfer none) (nullable): the view, or %NULL for the Skills
 *   or Courses view before it is first shown (it is built then)
 */
GtkWidget *
career_window_get_view (CareerWindow *self,
                        const char   *name)
{
  g_return_val_if_fail (CAREER_IS_WINDOW (self), NULL);

  /* Whoever asks for the view gets it shown, if its page is shown */
  reveal_new_view (self);
  g_return_val_if_fail (view_index (name) < CAREER_N_VIEWS, NULL);
  return get_view (self, view_index (name));
}

/**
 * career_window_commit_edits:
 *
 * Puts into the plan what the views hold back while the person types
 * (the Skills view's notes, the Courses view's weekly hours), so that a
 * save, an export or the question before closing has all of it.
 */
void
career_window_commit_edits (CareerWindow *self)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));

  if (self->skills_view != NULL)
    career_skills_view_commit_edits (self->skills_view);
  if (self->courses_view != NULL)
    career_courses_view_commit_weekly_hours (self->courses_view);
}

CareerWindow *
career_window_new (CareerApplication *application,
                   CareerPlan        *plan)
{
  CareerWindow *self;
  CareerCatalog *catalog;

  g_return_val_if_fail (CAREER_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);

  self = g_object_new (CAREER_TYPE_WINDOW, "application", application, NULL);
  catalog = career_application_get_catalog (application);
  career_window_set_catalog (self, catalog);
  career_window_set_plan (self, plan);
  report_catalog_problems (self, career_application_get_catalog_problems (application));
  return self;
}
