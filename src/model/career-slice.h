/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     career_slice_trim_later      (void);
gboolean career_slice_trim_is_pending (void);
guint    career_slice_get_n_trims     (void);
guint    career_slice_get_delay_ms    (void);

G_END_DECLS
