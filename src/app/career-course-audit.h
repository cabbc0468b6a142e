/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-audit.h"
#include "career-catalog.h"
#include "career-plan-cost.h"

G_BEGIN_DECLS

#define CAREER_TYPE_COURSE_AUDIT (career_course_audit_get_type ())

G_DECLARE_FINAL_TYPE (CareerCourseAudit, career_course_audit, CAREER, COURSE_AUDIT, GtkWidget)

GtkWidget *career_course_audit_new            (void);
void       career_course_audit_update         (CareerCourseAudit     *self,
                                               CareerPlanCost        *cost,
                                               CareerCatalog         *catalog,
                                               double                 weekly_hours);
GtkWidget *career_course_audit_find_row       (CareerCourseAudit     *self,
                                               const char            *title);

/* Plain decisions of the audit section, tested without a display. */
char      *career_audit_node_dup_summary      (const CareerAuditNode *node);
char      *career_audit_node_dup_completed    (const CareerAuditNode *node);

G_END_DECLS
