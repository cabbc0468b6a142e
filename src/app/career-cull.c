/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Leaving out what a scrolled window does not show
 *
 * GTK 4.8 forgets a widget's render node whenever the widget is unmapped,
 * so every switch to a view makes the nodes of all its widgets again, the
 * ones below the fold too.  A plan's term cards are most of the Courses
 * view: at 10 000 items they made 868 of its 1 145 nodes a switch, for
 * two or three cards on screen (docs/benchmarks.md, fix 51).
 *
 * A widget with a CareerCull draws its own box but not its children while
 * it is more than a quarter of a page away from what its scrolled window
 * shows.  The
 * frame clock's layout phase, which every scroll and every change of size
 * goes through, tells it when it has come near; it then asks to be drawn
 * again, in that same frame.  Only widgets left out listen.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-cull.h"
#include "career-rows.h"

/* Whether any of the widget is within a quarter of a page of its scrolled
 * window's visible area, so that a small scroll finds it drawn; a widget
 * outside a scrolled window is always near */
static gboolean
is_near (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;
  graphene_rect_t area;
  int width;
  int height;

  if (scroller == NULL || !gtk_widget_compute_bounds (widget, scroller, &bounds))
    return TRUE;

  width = gtk_widget_get_width (scroller);
  height = gtk_widget_get_height (scroller);
  graphene_rect_init (&area, -width / 4, -height / 4, width * 1.5, height * 1.5);
  return graphene_rect_intersection (&bounds, &area, NULL);
}

static void
on_layout_cb (GdkFrameClock *clock,
              CareerCull    *cull)
{
  /* The toplevel surface connected first, so its layout is done */
  if (!is_near (cull->widget))
    return;

  career_clear_clock_handler (&cull->clock, &cull->layout_id);
  gtk_widget_queue_draw (cull->widget);
}

/**
 * career_cull_init:
 * @cull: the state, embedded in @widget
 * @widget: the widget that leaves its children out
 */
void
career_cull_init (CareerCull *cull,
                  GtkWidget  *widget)
{
  *cull = (CareerCull) { .widget = widget };
}

/**
 * career_cull_skip:
 * @cull: the widget's state
 *
 * Asked at the start of the widget's snapshot, after the widget's own box
 * is drawn.
 *
 * Returns: %TRUE if the widget is far from view and should not draw its
 *   children; it is drawn again when a layout brings it near
 */
gboolean
career_cull_skip (CareerCull *cull)
{
  GdkFrameClock *clock;

  cull->skipped = !is_near (cull->widget);
  if (!cull->skipped)
    {
      career_clear_clock_handler (&cull->clock, &cull->layout_id);
      return FALSE;
    }

  clock = gtk_widget_get_frame_clock (cull->widget);
  if (cull->clock != clock)
    {
      career_clear_clock_handler (&cull->clock, &cull->layout_id);
      if (clock == NULL)
        return cull->skipped = FALSE;
      cull->clock = g_object_ref (clock);
      cull->layout_id = g_signal_connect (clock, "layout", G_CALLBACK (on_layout_cb), cull);
    }
  return TRUE;
}

/**
 * career_cull_clear:
 * @cull: the widget's state
 *
 * Stops listening to the frame clock; for the widget's unmap and dispose.
 * An unmapped widget has no render node, so its next map draws it anew.
 */
void
career_cull_clear (CareerCull *cull)
{
  career_clear_clock_handler (&cull->clock, &cull->layout_id);
  cull->skipped = FALSE;
}
