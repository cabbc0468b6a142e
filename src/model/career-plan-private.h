/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "career-plan.h"

G_BEGIN_DECLS

/* Internal API of the plan's item types.  Only CareerPlan's commands and the
 * plan file loader may change a plan's items, so these stay out of the public
 * headers.
 */
CareerSkillState *career_skill_state_new               (const char           *skill_id);
void              career_skill_state_set_level         (CareerSkillState     *self,
                                                        int                   level);
void              career_skill_state_set_custom_target (CareerSkillState     *self,
                                                        int                   custom_target);
void              career_skill_state_set_notes         (CareerSkillState     *self,
                                                        const char           *notes);
void              career_skill_state_append_history    (CareerSkillState     *self,
                                                        CareerHistoryEntry   *entry);
void              career_skill_state_remove_history    (CareerSkillState     *self,
                                                        CareerHistoryEntry   *entry);

void              career_plan_course_set_status        (CareerPlanCourse     *self,
                                                        CareerCourseStatus    status);
void              career_plan_course_set_override      (CareerPlanCourse     *self,
                                                        const char           *kind,
                                                        const char           *note);

void              career_other_learning_seal           (CareerOtherLearning  *self);

GListStore       *career_term_get_course_store         (CareerTerm           *self);
GListStore       *career_term_get_other_learning_store (CareerTerm           *self);

/* Building a plan from a file.  None of these records an undo step, marks the
 * plan modified or emits CareerPlan::changed.  Fill a term (its course and
 * other learning stores) before loading it.
 */
void              career_plan_load_name                (CareerPlan           *self,
                                                        const char           *name);
void              career_plan_load_person_name         (CareerPlan           *self,
                                                        const char           *person_name);
void              career_plan_load_target_role_id      (CareerPlan           *self,
                                                        const char           *target_role_id);
void              career_plan_load_program             (CareerPlan           *self,
                                                        const char           *program_id,
                                                        const char           *catalog_year,
                                                        const char           *specialization_id);
void              career_plan_load_weekly_hours        (CareerPlan           *self,
                                                        double                weekly_hours);
CareerSkillState *career_plan_load_skill_state         (CareerPlan           *self,
                                                        const char           *skill_id,
                                                        int                   level,
                                                        int                   custom_target,
                                                        const char           *notes);
void              career_plan_load_history_entry       (CareerPlan           *self,
                                                        CareerHistoryEntry   *entry);
gboolean          career_plan_load_term                (CareerPlan           *self,
                                                        CareerTerm           *term);
void              career_plan_load_transfer_credit     (CareerPlan           *self,
                                                        CareerTransferCredit *credit);

G_END_DECLS
