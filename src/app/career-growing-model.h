/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_GROWING_MODEL (career_growing_model_get_type ())

G_DECLARE_FINAL_TYPE (CareerGrowingModel, career_growing_model, CAREER, GROWING_MODEL, GObject)

CareerGrowingModel *career_growing_model_new         (GListModel         *model,
                                                      GtkWidget          *widget,
                                                      guint               n_first,
                                                      guint               n_per_frame);
void                career_growing_model_settle      (CareerGrowingModel *self);
gboolean            career_growing_model_is_settled  (CareerGrowingModel *self);

G_END_DECLS
