/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean career_frame_share_claim (GObject       *clock,
                                   gint64         frame,
                                   gconstpointer  filler);

/* Whether a widget has been drawn since it was last mapped */
typedef struct
{
  GdkFrameClock *clock;
  gulong         paint_id;
  gboolean       drawn;
} CareerFirstFrame;

void     career_first_frame_watch  (CareerFirstFrame *first,
                                    GtkWidget        *widget);
void     career_first_frame_clear  (CareerFirstFrame *first);

G_END_DECLS
