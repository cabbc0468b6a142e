/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <stdlib.h>

#include "career-history-entry.h"
#include "career-progress-history.h"
#include "career-skill-state.h"

/*
 * Figures over time, rebuilt from the skills' level histories.
 *
 * Every history entry of every skill is collected once and sorted by date
 * (O(n log n)); a sweep in date order then keeps the levels and the running
 * sums of the progress formula up to date, one entry at a time (O(1) each),
 * and emits a point whenever the second changes.  Sums are kept in integers,
 * so that 100 000 steps add no rounding error.
 *
 * A skill's level before its first entry (in date order) is that entry's old
 * level; right after an entry it is the entry's new level.  A skill without
 * history keeps its current level throughout.  The history is trusted as it
 * is: when a plan file's entries do not chain (one's new level differs from
 * the next one's old level), each entry still sets its new level.
 */

typedef struct
{
  gint64 seconds;      /* Unix time, UTC */
  gint32 microsecond;
  guint  skill;        /* index of the skill state */
  guint  position;     /* in the skill's history */
  int    old_level;
  int    new_level;
} Change;

static int
compare_changes (const void *a,
                 const void *b)
{
  const Change *ca = a, *cb = b;

  /* Entries of one skill in the same microsecond keep their history order,
   * so that the last one wins. */
  if (ca->seconds != cb->seconds)
    return ca->seconds < cb->seconds ? -1 : 1;
  if (ca->microsecond != cb->microsecond)
    return ca->microsecond < cb->microsecond ? -1 : 1;
  if (ca->skill != cb->skill)
    return ca->skill < cb->skill ? -1 : 1;
  if (ca->position != cb->position)
    return ca->position < cb->position ? -1 : 1;
  return 0;
}

static void
append_history (GArray     *changes,
                GListModel *history,
                guint       skill)
{
  guint n = g_list_model_get_n_items (history);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerHistoryEntry) entry = g_list_model_get_item (history, i);
      GDateTime *date = career_history_entry_get_date (entry);
      Change change = {
        .seconds = g_date_time_to_unix (date),
        .microsecond = g_date_time_get_microsecond (date),
        .skill = skill,
        .position = i,
        .old_level = CLAMP (career_history_entry_get_old_level (entry), 0, CAREER_SKILL_LEVEL_MAX),
        .new_level = CLAMP (career_history_entry_get_new_level (entry), 0, CAREER_SKILL_LEVEL_MAX),
      };

      g_array_append_val (changes, change);
    }
}

static void
sort_changes (GArray *changes)
{
  if (changes->len > 1)
    qsort (changes->data, changes->len, sizeof (Change), compare_changes);
}

static guint
count_seconds (GArray *changes)
{
  guint n = 0;

  for (guint i = 0; i < changes->len; i++)
    if (i == 0 || g_array_index (changes, Change, i).seconds !=
                  g_array_index (changes, Change, i - 1).seconds)
      n++;
  return n;
}

static CareerProgressSeries *
series_new (guint n_points)
{
  CareerProgressSeries *series = g_new0 (CareerProgressSeries, 1);

  series->n_points = 0;  /* counts up as points are added */
  series->times = g_new0 (gint64, MAX (n_points, 1));
  series->values = g_new0 (double, MAX (n_points, 1));
  series->defined = TRUE;

  return series;
}

static void
series_add (CareerProgressSeries *series,
            gint64                time,
            double                value)
{
  series->times[series->n_points] = time;
  series->values[series->n_points] = value;
  series->n_points++;
}

/**
 * career_progress_history_for_role:
 * @plan: the plan whose level history is replayed
 * @catalog: the catalog @role comes from
 * @role: (nullable): the role the person aims at; %NULL to measure only the
 *   plan's custom targets
 *
 * The overall progress toward @role's targets over time, with the formula of
 * career_plan_target_progress():
 *
 *   100 × Σ w(s) · min (level(s), target(s)) / Σ w(s) · target(s)
 *
 * where the targets and weights are today's (the role's, with the plan's
 * custom targets) for every point, and the levels those of the moment right
 * after each history entry.  There is one point for every second in which
 * any skill's level changed, even a skill without a target (its point then
 * repeats the previous value), so the points line up with the history list;
 * entries within the same second make one point, with the levels after the
 * last of them.
 *
 * Returns: (transfer full): the series; free it with
 *   career_progress_series_free()
 */
CareerProgressSeries *
career_progress_history_for_role (CareerPlan    *plan,
                                  CareerCatalog *catalog,
                                  CareerRole    *role)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autofree guint *weight = NULL;
  g_autofree guint *target = NULL;
  g_autofree int *level = NULL;
  g_autofree gboolean *seen = NULL;
  CareerProgressSeries *series;
  GListModel *states;
  guint64 reached = 0, needed = 0;
  guint n_states;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (role == NULL || CAREER_IS_ROLE (role), NULL);

  states = career_plan_get_skill_states (plan);
  n_states = g_list_model_get_n_items (states);
  weight = g_new0 (guint, MAX (n_states, 1));
  target = g_new0 (guint, MAX (n_states, 1));
  level = g_new0 (int, MAX (n_states, 1));
  seen = g_new0 (gboolean, MAX (n_states, 1));

  /* The role's skills that the person never touched: level 0 all along */
  if (role != NULL)
    {
      GListModel *requirements = career_role_get_requirements (role);

      for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
        {
          g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
          const char *skill_id = career_skill_requirement_get_skill_id (req);

          if (career_plan_lookup_skill_state (plan, skill_id) == NULL)
            needed += (guint64) career_skill_requirement_get_importance (req) *
                      career_skill_requirement_get_target (req);
        }
    }

  /* The weight and target of every skill the person has a state for, the
   * same rule as career_skill_status_compute() */
  for (guint i = 0; i < n_states; i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (states, i);
      const char *skill_id = career_skill_state_get_skill_id (state);
      int custom = career_skill_state_get_custom_target (state);
      CareerSkillRequirement *req = role != NULL
                                    ? career_role_lookup_requirement (role, skill_id) : NULL;

      if (req != NULL)
        {
          weight[i] = career_skill_requirement_get_importance (req);
          target[i] = custom >= 0 ? (guint) custom : career_skill_requirement_get_target (req);
        }
      else if (custom >= 0)
        {
          weight[i] = 1;
          target[i] = (guint) custom;
        }

      level[i] = CLAMP (career_skill_state_get_level (state), 0, CAREER_SKILL_LEVEL_MAX);
      needed += (guint64) weight[i] * target[i];
      append_history (changes, career_skill_state_get_history (state), i);
    }

  sort_changes (changes);

  /* The levels before the first change of each skill */
  for (guint c = 0; c < changes->len; c++)
    {
      const Change *change = &g_array_index (changes, Change, c);

      if (!seen[change->skill])
        {
          seen[change->skill] = TRUE;
          level[change->skill] = change->old_level;
        }
    }
  for (guint i = 0; i < n_states; i++)
    reached += (guint64) weight[i] * MIN ((guint) level[i], target[i]);

  series = series_new (count_seconds (changes));
  series->defined = needed > 0;
  series->start_value = needed > 0 ? 100.0 * reached / needed : 0;

  for (guint c = 0; c < changes->len; c++)
    {
      const Change *change = &g_array_index (changes, Change, c);
      guint s = change->skill;
      guint64 before = (guint64) weight[s] * MIN ((guint) level[s], target[s]);

      g_assert (reached >= before);
      reached = reached - before + (guint64) weight[s] * MIN ((guint) change->new_level, target[s]);
      level[s] = change->new_level;

      if (c + 1 == changes->len ||
          g_array_index (changes, Change, c + 1).seconds != change->seconds)
        series_add (series, change->seconds, needed > 0 ? 100.0 * reached / needed : 0);
    }

  return series;
}

/**
 * career_progress_history_for_skill:
 * @skill_id: the skill
 *
 * The level of @skill_id over time: one point for every second in which its
 * history has entries, with the new level of the last of them, in date order.
 * The level before the first point (the first entry's old level) is the
 * series' start_value; the points do not repeat it, so that every point is a
 * real change with its own date.  A skill without history has no points and
 * its current level as start_value.
 *
 * Returns: (transfer full): the series; free it with
 *   career_progress_series_free()
 */
CareerProgressSeries *
career_progress_history_for_skill (CareerPlan *plan,
                                   const char *skill_id)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  CareerProgressSeries *series;
  CareerSkillState *state;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (skill_id != NULL, NULL);

  state = career_plan_lookup_skill_state (plan, skill_id);
  if (state != NULL)
    append_history (changes, career_skill_state_get_history (state), 0);
  sort_changes (changes);

  series = series_new (count_seconds (changes));
  if (changes->len > 0)
    series->start_value = g_array_index (changes, Change, 0).old_level;
  else if (state != NULL)
    series->start_value = CLAMP (career_skill_state_get_level (state), 0, CAREER_SKILL_LEVEL_MAX);

  for (guint c = 0; c < changes->len; c++)
    {
      const Change *change = &g_array_index (changes, Change, c);

      if (c + 1 == changes->len ||
          g_array_index (changes, Change, c + 1).seconds != change->seconds)
        series_add (series, change->seconds, change->new_level);
    }

  return series;
}

void
career_progress_series_free (CareerProgressSeries *series)
{
  if (series == NULL)
    return;

  g_free (series->times);
  g_free (series->values);
  g_free (series);
}
