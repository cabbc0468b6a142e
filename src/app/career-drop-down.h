/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_DROP_DOWN (career_drop_down_get_type ())

G_DECLARE_FINAL_TYPE (CareerDropDown, career_drop_down, CAREER, DROP_DOWN, GtkWidget)

GtkWidget     *career_drop_down_new                  (GListModel     *model,
                                                      GtkExpression  *expression);
GListModel    *career_drop_down_get_model            (CareerDropDown *self);
void           career_drop_down_set_model            (CareerDropDown *self,
                                                      GListModel     *model);
guint          career_drop_down_get_selected         (CareerDropDown *self);
void           career_drop_down_set_selected         (CareerDropDown *self,
                                                      guint           position);
gpointer       career_drop_down_get_selected_item    (CareerDropDown *self);
GtkExpression *career_drop_down_get_expression       (CareerDropDown *self);
void           career_drop_down_set_expression       (CareerDropDown *self,
                                                      GtkExpression  *expression);
const char    *career_drop_down_get_placeholder_text (CareerDropDown *self);
void           career_drop_down_set_placeholder_text (CareerDropDown *self,
                                                      const char     *placeholder_text);
void           career_drop_down_popup                (CareerDropDown *self);
void           career_drop_down_popdown              (CareerDropDown *self);
GtkWidget     *career_drop_down_get_popover          (CareerDropDown *self);

G_END_DECLS
