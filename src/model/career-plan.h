/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "career-history-entry.h"
#include "career-other-learning.h"
#include "career-plan-course.h"
#include "career-term.h"
#include "career-skill-state.h"
#include "career-transfer-credit.h"

G_BEGIN_DECLS

/**
 * CareerPlanClockFunc:
 * @user_data: the data given to career_plan_set_clock()
 *
 * Returns: (transfer full): the current time, for the dates of history entries
 */
typedef GDateTime *(*CareerPlanClockFunc) (gpointer user_data);

#define CAREER_TYPE_PLAN (career_plan_get_type ())

G_DECLARE_FINAL_TYPE (CareerPlan, career_plan, CAREER, PLAN, GObject)

CareerPlan           *career_plan_new                    (void);
void                  career_plan_set_clock              (CareerPlan           *self,
                                                          CareerPlanClockFunc   func,
                                                          gpointer              user_data);

/* Reading the plan */
const char           *career_plan_get_name               (CareerPlan           *self);
const char           *career_plan_get_person_name        (CareerPlan           *self);
const char           *career_plan_get_target_role_id     (CareerPlan           *self);
const char           *career_plan_get_program_id         (CareerPlan           *self);
const char           *career_plan_get_catalog_year       (CareerPlan           *self);
const char           *career_plan_get_specialization_id  (CareerPlan           *self);
double                career_plan_get_weekly_hours       (CareerPlan           *self);
GListModel           *career_plan_get_skill_states       (CareerPlan           *self);
CareerSkillState     *career_plan_lookup_skill_state     (CareerPlan           *self,
                                                          const char           *skill_id);
int                   career_plan_get_level              (CareerPlan           *self,
                                                          const char           *skill_id);
GListModel           *career_plan_get_terms              (CareerPlan           *self);
GListModel           *career_plan_get_transfer_credits   (CareerPlan           *self);

/* Undo history and the saved state */
gboolean              career_plan_get_modified           (CareerPlan           *self);
void                  career_plan_mark_saved             (CareerPlan           *self);
void                  career_plan_mark_unsaved           (CareerPlan           *self);
gboolean              career_plan_get_can_undo           (CareerPlan           *self);
gboolean              career_plan_get_can_redo           (CareerPlan           *self);
const char           *career_plan_get_undo_label         (CareerPlan           *self);
const char           *career_plan_get_redo_label         (CareerPlan           *self);
gboolean              career_plan_undo                   (CareerPlan           *self);
gboolean              career_plan_redo                   (CareerPlan           *self);

/* Commands: the only way to change a plan.  Each records one undo step.
 * Do not call them from handlers of the notifications and items-changed
 * signals they emit; the "changed" signal comes last and is safe.
 */
gboolean              career_plan_set_name               (CareerPlan           *self,
                                                          const char           *name);
gboolean              career_plan_set_person_name        (CareerPlan           *self,
                                                          const char           *person_name);
gboolean              career_plan_set_target_role_id     (CareerPlan           *self,
                                                          const char           *target_role_id);
gboolean              career_plan_set_program            (CareerPlan           *self,
                                                          const char           *program_id,
                                                          const char           *catalog_year,
                                                          const char           *specialization_id);
gboolean              career_plan_set_weekly_hours       (CareerPlan           *self,
                                                          double                weekly_hours);
gboolean              career_plan_set_level              (CareerPlan           *self,
                                                          const char           *skill_id,
                                                          int                   level,
                                                          const char           *note);
gboolean              career_plan_set_skill_notes        (CareerPlan           *self,
                                                          const char           *skill_id,
                                                          const char           *notes);
gboolean              career_plan_set_custom_target      (CareerPlan           *self,
                                                          const char           *skill_id,
                                                          int                   custom_target);
int                   career_plan_add_term               (CareerPlan           *self,
                                                          CareerSeason          season,
                                                          int                   year);
void                  career_plan_remove_term            (CareerPlan           *self,
                                                          guint                 position);
CareerPlanCourse     *career_plan_add_course             (CareerPlan           *self,
                                                          guint                 term_position,
                                                          int                   position,
                                                          const char           *course_id);
gboolean              career_plan_move_course            (CareerPlan           *self,
                                                          guint                 from_term,
                                                          guint                 from_position,
                                                          guint                 to_term,
                                                          guint                 to_position);
void                  career_plan_remove_course          (CareerPlan           *self,
                                                          guint                 term_position,
                                                          guint                 position);
gboolean              career_plan_set_course_status      (CareerPlan           *self,
                                                          guint                 term_position,
                                                          guint                 position,
                                                          CareerCourseStatus    status);
gboolean              career_plan_set_course_override    (CareerPlan           *self,
                                                          guint                 term_position,
                                                          guint                 position,
                                                          const char           *kind,
                                                          const char           *note);
void                  career_plan_add_other_learning     (CareerPlan           *self,
                                                          guint                 term_position,
                                                          CareerOtherLearning  *item);
void                  career_plan_remove_other_learning  (CareerPlan           *self,
                                                          guint                 term_position,
                                                          guint                 position);
CareerTransferCredit *career_plan_add_transfer_credit    (CareerPlan           *self,
                                                          const char           *title,
                                                          double                credits,
                                                          const char           *note);
void                  career_plan_remove_transfer_credit (CareerPlan           *self,
                                                          guint                 position);

G_END_DECLS
