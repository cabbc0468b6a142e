/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

gboolean career_frame_share_claim (GObject       *clock,
                                   gint64         frame,
                                   gconstpointer  filler);

G_END_DECLS
