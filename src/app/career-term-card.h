/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"
#include "career-plan.h"
#include "career-plan-check.h"
#include "career-plan-cost.h"
#include "career-projection.h"

G_BEGIN_DECLS

#define CAREER_TYPE_TERM_CARD (career_term_card_get_type ())

G_DECLARE_FINAL_TYPE (CareerTermCard, career_term_card, CAREER, TERM_CARD, GtkWidget)

GtkWidget  *career_term_card_new             (CareerPlan       *plan,
                                              CareerTerm       *term,
                                              CareerCatalog    *catalog);
CareerTerm *career_term_card_get_term        (CareerTermCard   *self);
void        career_term_card_update          (CareerTermCard   *self,
                                              CareerPlanCheck  *check,
                                              CareerPlanCost   *cost,
                                              CareerProjection *projection);
GtkWidget  *career_term_card_get_entry_row   (CareerTermCard   *self,
                                              guint             position);

gboolean    career_plan_locate_entry         (CareerPlan       *plan,
                                              CareerPlanCourse *entry,
                                              guint            *term_position,
                                              guint            *position);
gboolean    career_plan_locate_term          (CareerPlan       *plan,
                                              CareerTerm       *term,
                                              guint            *term_position);
GMenuModel *career_plan_dup_entry_menu       (CareerPlan       *plan,
                                              CareerPlanCourse *entry);
GMenuModel *career_plan_dup_term_menu        (CareerPlan       *plan,
                                              CareerTerm       *term);
const char *career_course_status_to_label    (CareerCourseStatus status);
const char *career_learning_kind_to_label    (CareerLearningKind kind);

GtkWidget  *career_term_card_get_skills_expander (CareerTermCard *self);
const char *career_term_card_get_skills_text     (CareerTermCard *self);
char       *career_projection_term_dup_text  (const CareerProjectionTerm *projected,
                                              CareerProjection           *projection);

G_END_DECLS
