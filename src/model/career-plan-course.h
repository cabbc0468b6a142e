/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CAREER_COURSE_STATUS_PLANNED,
  CAREER_COURSE_STATUS_IN_PROGRESS,
  CAREER_COURSE_STATUS_COMPLETED,
} CareerCourseStatus;

#define CAREER_TYPE_COURSE_STATUS (career_course_status_get_type ())

GType career_course_status_get_type (void) G_GNUC_CONST;

#define CAREER_TYPE_PLAN_COURSE (career_plan_course_get_type ())

G_DECLARE_FINAL_TYPE (CareerPlanCourse, career_plan_course, CAREER, PLAN_COURSE, GObject)

CareerPlanCourse    *career_plan_course_new                (const char       *course_id);
const char          *career_plan_course_get_course_id      (CareerPlanCourse *self);
CareerCourseStatus   career_plan_course_get_status         (CareerPlanCourse *self);
const char          *career_plan_course_get_override       (CareerPlanCourse *self,
                                                            const char       *kind);
char               **career_plan_course_dup_override_kinds (CareerPlanCourse *self);

G_END_DECLS
