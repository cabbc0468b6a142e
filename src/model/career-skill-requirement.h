/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-skill.h"

G_BEGIN_DECLS

#define CAREER_IMPORTANCE_MIN 1
#define CAREER_IMPORTANCE_MAX 5
#define CAREER_TYPE_SKILL_REQUIREMENT (career_skill_requirement_get_type ())

/* How much a role needs one skill: its importance (1-5) and target level (0-4). */
G_DECLARE_FINAL_TYPE (CareerSkillRequirement, career_skill_requirement,
                      CAREER, SKILL_REQUIREMENT, GObject)

CareerSkillRequirement *career_skill_requirement_new            (const char             *skill_id,
                                                                 guint                   importance,
                                                                 guint                   target);
const char             *career_skill_requirement_get_skill_id   (CareerSkillRequirement *self);
CareerSkill            *career_skill_requirement_get_skill      (CareerSkillRequirement *self);
void                    career_skill_requirement_set_skill      (CareerSkillRequirement *self,
                                                                 CareerSkill            *skill);
guint                   career_skill_requirement_get_importance (CareerSkillRequirement *self);
guint                   career_skill_requirement_get_target     (CareerSkillRequirement *self);

G_END_DECLS
