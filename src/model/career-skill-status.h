/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * Where one person stands on one skill, relative to the role they aim at.
 * A plain struct so that views and the PDF can share the rule and tests can
 * check it without a display.
 *
 * - level: the self-assessed level (0 when never rated).
 * - target: the plan's custom target for the skill when set, else the target
 *   role's target for it, else 0 with has_target FALSE (the role does not
 *   need the skill).
 * - gap: max (0, target - level).
 * - projected: the level the completed courses of the plan bring the person
 *   to: max (level, the highest level any completed course teaches). It never
 *   replaces the level the person entered.
 */
typedef struct
{
  guint    level;
  guint    target;
  gboolean has_target;
  gboolean custom_target;
  guint    importance; /* 0 when the target role does not need the skill */
  guint    gap;
  guint    projected;
  gboolean in_catalog;
} CareerSkillStatus;

void     career_skill_status_compute  (CareerPlan        *plan,
                                       CareerCatalog     *catalog,
                                       CareerRole        *role,
                                       const char        *skill_id,
                                       CareerSkillStatus *status);
guint    career_plan_projected_level  (CareerPlan        *plan,
                                       CareerCatalog     *catalog,
                                       const char        *skill_id);
double   career_plan_target_progress  (CareerPlan        *plan,
                                       CareerCatalog     *catalog,
                                       CareerRole        *role,
                                       gboolean          *defined);

G_END_DECLS
