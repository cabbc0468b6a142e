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
/* The highest level the plan's completed courses teach, per skill: one pass
 * over the plan, kept with the plan until its next change */
typedef struct
{
  CareerCatalog *catalog;
  GHashTable    *levels;
} CompletedLevels;

#define COMPLETED_LEVELS_KEY "career-completed-levels"

static void
completed_levels_free (gpointer data)
{
  CompletedLevels *completed = data;

  g_hash_table_unref (completed->levels);
  g_object_unref (completed->catalog);
  g_free (completed);
}

static void
on_plan_changed_cb (CareerPlan *plan)
{
  g_object_set_data (G_OBJECT (plan), COMPLETED_LEVELS_KEY, NULL);
}

static GHashTable *
completed_levels (CareerPlan    *plan,
                  CareerCatalog *catalog)
{
  CompletedLevels *completed = g_object_get_data (G_OBJECT (plan), COMPLETED_LEVELS_KEY);
  GListModel *terms;

  if (completed != NULL && completed->catalog == catalog)
    return completed->levels;

  completed = g_new0 (CompletedLevels, 1);
  completed->catalog = g_object_ref (catalog);
  completed->levels = g_hash_table_new (g_str_hash, g_str_equal);
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
          for (guint s = 0; course != NULL && s < career_course_get_n_skills (course); s++)
            {
              const CareerCourseSkill *taught = career_course_get_skill (course, s);
              guint old = GPOINTER_TO_UINT (g_hash_table_lookup (completed->levels,
                                                                 taught->skill_id));

              /* Keys belong to the catalog's courses, which the table keeps */
              if (taught->level > old)
                g_hash_table_insert (completed->levels, taught->skill_id,
                                     GUINT_TO_POINTER (taught->level));
            }
        }
    }

  if (g_object_get_data (G_OBJECT (plan), COMPLETED_LEVELS_KEY "-watched") == NULL)
    {
      g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), NULL);
      g_object_set_data (G_OBJECT (plan), COMPLETED_LEVELS_KEY "-watched", GINT_TO_POINTER (1));
    }
  g_object_set_data_full (G_OBJECT (plan), COMPLETED_LEVELS_KEY, completed, completed_levels_free);
  return completed->levels;
}

guint
career_plan_projected_level (CareerPlan    *plan,
                             CareerCatalog *catalog,
                             const char    *skill_id)
{
  guint projected;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), 0);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), 0);
  g_return_val_if_fail (skill_id != NULL, 0);

  projected = MAX (career_plan_get_level (plan, skill_id), 0);
  return MAX (projected, GPOINTER_TO_UINT (g_hash_table_lookup (completed_levels (plan, catalog),
                                                                skill_id)));
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

          CareerSkillState *state = career_plan_lookup_skill_state (plan, skill_id);

          /* The fields of career_skill_status_compute() this sum reads, without
           * the projected level it does not need */
          status.level = state != NULL ? (guint) MAX (career_skill_state_get_level (state), 0) : 0;
          status.importance = career_skill_requirement_get_importance (req);
          status.target = career_skill_requirement_get_target (req);
          if (state != NULL && career_skill_state_get_custom_target (state) >= 0)
            status.target = (guint) career_skill_state_get_custom_target (state);
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
