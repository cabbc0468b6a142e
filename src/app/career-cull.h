/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether a widget in a scrolled window draws its children: embedded in
 * the widget, asked at the start of its snapshot */
typedef struct
{
  GtkWidget     *widget;    /* the widget that holds it; not a reference */
  GdkFrameClock *clock;
  gulong         layout_id;
  gboolean       skipped;   /* the last snapshot left the children out */
} CareerCull;

void     career_cull_init     (CareerCull *cull,
                               GtkWidget  *widget);
gboolean career_cull_skip     (CareerCull *cull);
void     career_cull_clear    (CareerCull *cull);

G_END_DECLS
