/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_EXPANDER_ROW (career_expander_row_get_type ())

G_DECLARE_FINAL_TYPE (CareerExpanderRow, career_expander_row, CAREER, EXPANDER_ROW, GtkListBoxRow)

GtkWidget  *career_expander_row_new          (void);
const char *career_expander_row_get_title    (CareerExpanderRow          *self);
void        career_expander_row_set_title    (CareerExpanderRow          *self,
                                              const char                 *title);
const char *career_expander_row_get_subtitle (CareerExpanderRow          *self);
void        career_expander_row_set_subtitle (CareerExpanderRow          *self,
                                              const char                 *subtitle);
gboolean    career_expander_row_get_expanded (CareerExpanderRow          *self);
void        career_expander_row_set_expanded (CareerExpanderRow          *self,
                                              gboolean                    expanded);
void        career_expander_row_bind_model   (CareerExpanderRow          *self,
                                              GListModel                 *model,
                                              GtkListBoxCreateWidgetFunc  create_row,
                                              gpointer                    user_data);
guint       career_expander_row_get_n_rows   (CareerExpanderRow          *self);
void        career_expander_row_add_row      (CareerExpanderRow          *self,
                                              GtkWidget                  *row);
void        career_expander_row_add_prefix   (CareerExpanderRow          *self,
                                              GtkWidget                  *widget);

G_END_DECLS
