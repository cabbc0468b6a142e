/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

#define CAREER_TYPE_COMPARE_VIEW (career_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (CareerCompareView, career_compare_view, CAREER, COMPARE_VIEW, GtkWidget)

void        career_compare_view_set_catalog (CareerCompareView *self,
                                             CareerCatalog     *catalog);
void        career_compare_view_set_plan    (CareerCompareView *self,
                                             CareerPlan        *plan);
void        career_compare_view_set_roles   (CareerCompareView *self,
                                             CareerRole        *left,
                                             CareerRole        *right);
CareerRole *career_compare_view_get_role    (CareerCompareView *self,
                                             guint              side);

G_END_DECLS
