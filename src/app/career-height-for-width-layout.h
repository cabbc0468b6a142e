/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_HEIGHT_FOR_WIDTH_LAYOUT (career_height_for_width_layout_get_type ())

/*
 * The layout of a bin whose width does not depend on the height it is
 * given: it gives its child all of its space, and asks the child for its
 * width without a height. For the pages of a GtkStack, which GTK 4.8 asks
 * at every allocation for their width at the stack's height; a vertical
 * GtkBox answers that by a binary search over widths that lays out
 * everything inside it again at each step.
 */
G_DECLARE_FINAL_TYPE (CareerHeightForWidthLayout, career_height_for_width_layout, CAREER,
                      HEIGHT_FOR_WIDTH_LAYOUT, GtkLayoutManager)

GtkLayoutManager *career_height_for_width_layout_new (void);

G_END_DECLS
