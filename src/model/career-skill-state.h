/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "career-skill.h"

G_BEGIN_DECLS

#define CAREER_TYPE_SKILL_STATE (career_skill_state_get_type ())

G_DECLARE_FINAL_TYPE (CareerSkillState, career_skill_state, CAREER, SKILL_STATE, GObject)

const char *career_skill_state_get_skill_id      (CareerSkillState *self);
int         career_skill_state_get_level         (CareerSkillState *self);
int         career_skill_state_get_custom_target (CareerSkillState *self);
const char *career_skill_state_get_notes         (CareerSkillState *self);
GListModel *career_skill_state_get_history       (CareerSkillState *self);

G_END_DECLS
