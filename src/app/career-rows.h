/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *career_info_row_new            (const char                 *title,
                                           const char                 *subtitle);
void       career_info_row_set_text       (GtkWidget                  *row,
                                           const char                 *title,
                                           const char                 *subtitle);
void       career_info_row_add_suffix     (GtkWidget                  *row,
                                           GtkWidget                  *suffix);
GtkWidget *career_list_placeholder_new    (const char                 *text);
void       career_set_accessible_label    (GtkWidget                  *widget,
                                           const char                 *label);
void       career_set_tooltip             (GtkWidget                  *widget,
                                           const char                 *text);
void       career_set_inner_button_label  (GtkWidget                  *widget,
                                          const char                 *label);
void       career_drag_source_show_widget (GtkDragSource              *source,
                                          GtkWidget                  *widget);
void       career_clear_clock_handler     (GdkFrameClock             **clock,
                                           gulong                     *handler_id);

G_END_DECLS
