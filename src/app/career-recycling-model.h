/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-list-slot.h"

G_BEGIN_DECLS

#define CAREER_TYPE_RECYCLING_MODEL (career_recycling_model_get_type ())

G_DECLARE_FINAL_TYPE (CareerRecyclingModel, career_recycling_model, CAREER, RECYCLING_MODEL, GObject)

CareerRecyclingModel *career_recycling_model_new        (GListModel           *model);
GListModel           *career_recycling_model_get_model  (CareerRecyclingModel *self);
void                  career_recycling_model_set_pinned (CareerRecyclingModel *self,
                                                         gpointer              item);
guint                 career_recycling_model_get_n_recycled (CareerRecyclingModel *self);
void                  career_recycling_model_set_frame_widget (CareerRecyclingModel *self,
                                                               GtkWidget            *widget,
                                                               guint                 rows_per_frame);
void                  career_recycling_model_settle     (CareerRecyclingModel *self);
void                  career_recycling_model_step       (CareerRecyclingModel *self,
                                                         guint                 max_rows);
gboolean              career_recycling_model_is_settled (CareerRecyclingModel *self);

G_END_DECLS
