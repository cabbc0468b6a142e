/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-plan-course.h"
#include "career-skill-state.h"
#include "career-skill-status.h"
#include "career-term.h"

/**
 * career_plan_projected_level:
 *
 * Returns: the level of @skill_id once the plan's completed courses are
 *   counted: the higher of the self-assessed level and the highest level a
 *   completed course teaches
 */
guint
career_plan_projected_level (CareerPlan    *plan,
                             CareerCatalog *catalog,
                             const char    *skill_id)
{
  GListModel *terms;
  guint projected;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), 0);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), 0);
  g_return_val_if_fail (skill_id != NULL, 0);

  projected = MAX (career_plan_get_level (plan, skill_id), 0);
  terms = career_plan_get_terms (plan);

  for (guint t = 0; t < g_list_model_get_n_items (terms); t++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
      GListModel *entries = career_term_get_courses (term);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (entries, e);
          CareerCourse *course;

          if (career_plan_course_get_status (entry) != CAREER_COURSE_STATUS_COMPLETED)
            continue;

          course = career_catalog_lookup_course (catalog, career_plan_course_get_course_id (entry));
          if (course == NULL)
            continue;

          for (guint s = 0; s < career_course_get_n_skills (course); s++)
            {
              const CareerCourseSkill *taught = career_course_get_skill (course, s);

              if (g_str_equal (taught->skill_id, skill_id))
                projected = MAX (projected, taught->level);
            }
        }
    }

  return projected;
}

/**
 * career_skill_status_compute:
 * @role: (nullable): the role the person aims at
 */
void
career_skill_status_compute (CareerPlan        *plan,
                             CareerCatalog     *catalog,
                             CareerRole        *role,
                             const char        *skill_id,
                             CareerSkillStatus *status)
{
  CareerSkillState *state;
  CareerSkillRequirement *requirement = NULL;

  g_return_if_fail (CAREER_IS_PLAN (plan));
  g_return_if_fail (CAREER_IS_CATALOG (catalog));
  g_return_if_fail (role == NULL || CAREER_IS_ROLE (role));
  g_return_if_fail (skill_id != NULL);
  g_return_if_fail (status != NULL);

  *status = (CareerSkillStatus) { 0 };
  state = career_plan_lookup_skill_state (plan, skill_id);
  status->level = state != NULL ? (guint) career_skill_state_get_level (state) : 0;
  status->in_catalog = career_catalog_lookup_skill (catalog, skill_id) != NULL;

  if (role != NULL)
    requirement = career_role_lookup_requirement (role, skill_id);
  if (requirement != NULL)
    {
      status->importance = career_skill_requirement_get_importance (requirement);
      status->target = career_skill_requirement_get_target (requirement);
      status->has_target = TRUE;
    }

  if (state != NULL && career_skill_state_get_custom_target (state) >= 0)
    {
      status->target = (guint) career_skill_state_get_custom_target (state);
      status->has_target = TRUE;
      status->custom_target = TRUE;
    }

  status->gap = status->target > status->level ? status->target - status->level : 0;
  status->projected = status->in_catalog
                      ? career_plan_projected_level (plan, catalog, skill_id)
                      : status->level;
}

/**
 * career_plan_target_progress:
 * @defined: (out): %FALSE when no target is set for any skill, so there is
 *   no progress to report
 *
 * Overall progress toward the targets of @role (with the plan's custom
 * targets): the importance-weighted share of target levels reached,
 *   Σ w(s) · min (level(s), target(s)) / Σ w(s) · target(s)
 * over the skills with a target, where w(s) is the role's importance of s
 * (1 for a skill the role does not list but the person set a target for).
 *
 * Returns: the progress in percent, 0-100
 */
double
career_plan_target_progress (CareerPlan    *plan,
                             CareerCatalog *catalog,
                             CareerRole    *role,
                             gboolean      *defined)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  double reached = 0, needed = 0;
  GListModel *states;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), 0);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), 0);

  if (role != NULL)
    {
      GListModel *requirements = career_role_get_requirements (role);

      for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
        {
          g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
          const char *skill_id = career_skill_requirement_get_skill_id (req);
          CareerSkillStatus status;

          career_skill_status_compute (plan, catalog, role, skill_id, &status);
          g_hash_table_add (seen, (char *) skill_id);
          reached += status.importance * MIN (status.level, status.target);
          needed += status.importance * status.target;
        }
    }

  states = career_plan_get_skill_states (plan);
  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (states, i);
      const char *skill_id = career_skill_state_get_skill_id (state);
      int target = career_skill_state_get_custom_target (state);
      int level = career_skill_state_get_level (state);

      if (target < 0 || g_hash_table_contains (seen, skill_id))
        continue;
      reached += MIN (level, target);
      needed += target;
    }

  if (defined != NULL)
    *defined = needed > 0;
  return needed > 0 ? 100.0 * reached / needed : 0;
}
