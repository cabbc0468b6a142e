/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-window.h"

G_BEGIN_DECLS

/* Installs win.export-pdf (Ctrl+E) and win.print (Ctrl+P); called from
 * career_window_class_init() */
void career_window_export_init (CareerWindowClass *klass);

G_END_DECLS
