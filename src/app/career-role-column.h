/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

#define CAREER_TYPE_ROLE_COLUMN (career_role_column_get_type ())

/* One side of the comparison: a role, its figures, and the person's fit. */
G_DECLARE_FINAL_TYPE (CareerRoleColumn, career_role_column, CAREER, ROLE_COLUMN, GtkWidget)

void        career_role_column_set_catalog (CareerRoleColumn *self,
                                            CareerCatalog    *catalog);
void        career_role_column_set_plan    (CareerRoleColumn *self,
                                            CareerPlan       *plan);
void        career_role_column_set_role    (CareerRoleColumn *self,
                                            CareerRole       *role);
CareerRole *career_role_column_get_role    (CareerRoleColumn *self);
void        career_role_column_set_picker_name (CareerRoleColumn *self,
                                                const char       *name);

char       *career_figure_dup_details      (CareerFigure     *figure);

G_END_DECLS
