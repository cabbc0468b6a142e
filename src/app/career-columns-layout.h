/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_COLUMNS_LAYOUT (career_columns_layout_get_type ())

/*
 * Lays children out side by side in equal columns when each can have at
 * least column-width pixels, and stacks them otherwise; each child is as
 * tall as its natural height for the width it gets. libadwaita 1.2 has
 * no AdwBreakpoint; this is the small layout manager STYLE.md suggests.
 */
G_DECLARE_FINAL_TYPE (CareerColumnsLayout, career_columns_layout, CAREER, COLUMNS_LAYOUT,
                      GtkLayoutManager)

GtkLayoutManager *career_columns_layout_new         (int                  column_width,
                                                     int                  spacing);
gboolean          career_columns_layout_fits_side_by_side (CareerColumnsLayout *self,
                                                           int                  n_children,
                                                           int                  width);

G_END_DECLS
