/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Helpers shared by the UI tests for the views' list views */

GListModel *shown_list (GtkListView *list);

G_END_DECLS
