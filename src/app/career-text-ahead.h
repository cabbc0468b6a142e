/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

guint career_text_ahead_draw (GtkWidget             *root,
                              const graphene_rect_t *area);

G_END_DECLS
