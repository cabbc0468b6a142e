/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Lists that fill up over frames (CareerRecyclingModel, CareerGrowingModel)
 * take turns: each frame of a frame clock goes to one of them, so that a
 * frame makes one list's share of rows and not the sum of them.  After the
 * first switch to Courses, the catalog's rows and the term cards fill up
 * together; a frame with both took 17-25 ms at 10 000 items
 * (docs/benchmarks.md, fix 31).
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-frame-share.h"
#include "career-rows.h"

typedef struct
{
  gint64        frame;   /* the last frame given, and to whom */
  gconstpointer owner;
  gconstpointer denied;  /* the last one that asked for a frame taken */
} FrameShare;

static GQuark
frame_share_quark (void)
{
  return g_quark_from_static_string ("career-frame-share");
}

/**
 * career_frame_share_claim:
 * @clock: the frame clock (any object will do: the turns are kept on it)
 * @frame: the counter of the frame that would show the step
 * @filler: who asks, for example a list model
 *
 * Asks for @frame to make a step in.  A frame goes to the first who asks;
 * one who had the last frame lets the next one go if another was refused
 * since, so two fillers take turns.  Asking again for a frame one has is
 * granted.
 *
 * Returns: whether @filler may make its step in @frame
 */
gboolean
career_frame_share_claim (GObject       *clock,
                          gint64         frame,
                          gconstpointer  filler)
{
  FrameShare *share;

  g_return_val_if_fail (G_IS_OBJECT (clock), TRUE);
  g_return_val_if_fail (filler != NULL, TRUE);

  share = g_object_get_qdata (clock, frame_share_quark ());
  if (share == NULL)
    {
      share = g_new0 (FrameShare, 1);
      share->frame = G_MININT64;
      g_object_set_qdata_full (clock, frame_share_quark (), share, g_free);
    }

  if (frame == share->frame)
    {
      if (share->owner == filler)
        return TRUE;
      share->denied = filler;
      return FALSE;
    }

  /* One that waits, and asked since, has the frame after; one that let a
   * frame pass waits no longer */
  if (frame != share->frame + 1)
    share->denied = NULL;
  if (share->owner == filler && share->denied != NULL && share->denied != filler)
    {
      share->denied = filler;
      return FALSE;
    }

  share->frame = frame;
  share->owner = filler;
  if (share->denied == filler)
    share->denied = NULL;
  return TRUE;
}

static void
on_first_paint_cb (GdkFrameClock    *clock,
                   CareerFirstFrame *first)
{
  career_first_frame_clear (first);
  first->drawn = TRUE;
}

/**
 * career_first_frame_watch:
 * @first: where to keep the watch
 * @widget: a widget just mapped
 *
 * Notes in @first->drawn when the frame that first draws @widget since its
 * map has been painted: the frame after the map when it was mapped between
 * frames, or the frame that mapped it. A list that fills up over frames
 * lets that frame draw the rest of the view, and steps from the next one
 * on (docs/benchmarks.md, fixes 44 and 46).
 */
void
career_first_frame_watch (CareerFirstFrame *first,
                          GtkWidget        *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  career_first_frame_clear (first);
  first->drawn = clock == NULL;
  if (clock == NULL)
    return;
  first->clock = g_object_ref (clock);
  first->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint_cb), first);
}

/**
 * career_first_frame_clear:
 *
 * Stops watching; @first->drawn keeps its value.
 */
void
career_first_frame_clear (CareerFirstFrame *first)
{
  career_clear_clock_handler (&first->clock, &first->paint_id);
}
