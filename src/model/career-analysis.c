/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "career-analysis.h"

/* See career-analysis.h for the formulas.  Every sum below is a sum of small
 * integers, so it is exact; only the final division rounds. */

typedef struct
{
  CareerRole *a;
  CareerRole *b;
} CompareData;

typedef struct
{
  guint       weight;        /* Σ importance over the roles */
  const char *category_id;
} AreaSkill;

static guint
requirement_weight (CareerSkillRequirement *requirement)
{
  if (requirement == NULL)
    return 0;

  return career_skill_requirement_get_importance (requirement) *
         career_skill_requirement_get_target (requirement);
}

static const char *
requirement_name (CareerSkillRequirement *requirement)
{
  CareerSkill *skill = career_skill_requirement_get_skill (requirement);

  return skill != NULL ? career_skill_get_name (skill)
                       : career_skill_requirement_get_skill_id (requirement);
}

static guint
get_level (CareerLevelFunc  level_func,
           gpointer         user_data,
           const char      *skill_id)
{
  if (level_func == NULL)
    return 0;

  return MIN (level_func (skill_id, user_data), CAREER_SKILL_LEVEL_MAX);
}

/* Names by the locale's collation, then ids bytewise, so that the order is
 * total and the same on every run. A skill of the catalog compares by its
 * collation key, made once (a sort compares each name about log n times);
 * one the catalog does not have, by its id as its name. */
static int
compare_names (CareerSkill *skill_a,
               const char  *name_a,
               const char  *id_a,
               CareerSkill *skill_b,
               const char  *name_b,
               const char  *id_b)
{
  int result;

  if (skill_a != NULL && skill_b != NULL)
    result = strcmp (career_skill_get_sort_key (skill_a), career_skill_get_sort_key (skill_b));
  else
    result = g_utf8_collate (name_a, name_b);

  return result != 0 ? result : strcmp (id_a, id_b);
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  CareerGap *gap_a = *(CareerGap * const *) a;
  CareerGap *gap_b = *(CareerGap * const *) b;
  guint weighted_a = career_gap_get_weighted_gap (gap_a);
  guint weighted_b = career_gap_get_weighted_gap (gap_b);
  guint importance_a = career_gap_get_importance (gap_a);
  guint importance_b = career_gap_get_importance (gap_b);

  if (weighted_a != weighted_b)
    return weighted_a > weighted_b ? -1 : 1;
  if (importance_a != importance_b)
    return importance_a > importance_b ? -1 : 1;

  return compare_names (career_gap_get_skill (gap_a), career_gap_get_skill_name (gap_a),
                        career_gap_get_skill_id (gap_a),
                        career_gap_get_skill (gap_b), career_gap_get_skill_name (gap_b),
                        career_gap_get_skill_id (gap_b));
}

/* The combined weight of a skill in both roles: w_A + w_B, where a skill one
 * role does not require adds 0. */
static guint
combined_weight (const CompareData      *data,
                 CareerSkillRequirement *requirement)
{
  const char *skill_id = career_skill_requirement_get_skill_id (requirement);

  return requirement_weight (career_role_lookup_requirement (data->a, skill_id)) +
         requirement_weight (career_role_lookup_requirement (data->b, skill_id));
}

static int
compare_requirements (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  CareerSkillRequirement *req_a = *(CareerSkillRequirement * const *) a;
  CareerSkillRequirement *req_b = *(CareerSkillRequirement * const *) b;
  guint weight_a = combined_weight (user_data, req_a);
  guint weight_b = combined_weight (user_data, req_b);

  if (weight_a != weight_b)
    return weight_a > weight_b ? -1 : 1;

  return compare_names (career_skill_requirement_get_skill (req_a), requirement_name (req_a),
                        career_skill_requirement_get_skill_id (req_a),
                        career_skill_requirement_get_skill (req_b), requirement_name (req_b),
                        career_skill_requirement_get_skill_id (req_b));
}

static GListModel *
sorted_store (GType           type,
              GPtrArray      *items,
              GCompareDataFunc compare,
              gpointer        user_data)
{
  GListStore *store = g_list_store_new (type);

  g_ptr_array_sort_with_data (items, compare, user_data);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

static int
compare_gaps_with_data (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  return compare_gaps (a, b);
}

/* The category of a required skill: from the catalog, else from the skill the
 * requirement was resolved to; %NULL when neither knows it. */
static const char *
lookup_category_id (CareerCatalog          *catalog,
                    CareerSkillRequirement *requirement)
{
  CareerSkill *skill;

  skill = career_catalog_lookup_skill (catalog,
                                       career_skill_requirement_get_skill_id (requirement));
  if (skill == NULL)
    skill = career_skill_requirement_get_skill (requirement);

  return skill != NULL ? career_skill_get_category_id (skill) : NULL;
}

/**
 * career_analysis_role_similarity:
 * @kind: weighted Jaccard (what the app shows) or cosine
 *
 * Returns: the similarity of @a and @b, from 0 to 1; 0 when there is no
 *   demand to compare (see career-analysis.h)
 */
double
career_analysis_role_similarity (CareerRole       *a,
                                 CareerRole       *b,
                                 CareerSimilarity  kind)
{
  GListModel *requirements;
  double sum_min = 0, sum_max = 0, dot = 0, norm_a = 0, norm_b = 0;
  guint n;

  g_return_val_if_fail (CAREER_IS_ROLE (a), 0);
  g_return_val_if_fail (CAREER_IS_ROLE (b), 0);
  g_return_val_if_fail (kind == CAREER_SIMILARITY_JACCARD || kind == CAREER_SIMILARITY_COSINE, 0);

  /* Skills of A, with B's weight where B lists them too... */
  requirements = career_role_get_requirements (a);
  n = g_list_model_get_n_items (requirements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
      const char *skill_id = career_skill_requirement_get_skill_id (req);
      guint w_a = requirement_weight (req);
      guint w_b = requirement_weight (career_role_lookup_requirement (b, skill_id));

      sum_min += MIN (w_a, w_b);
      sum_max += MAX (w_a, w_b);
      dot += (double) w_a * w_b;
      norm_a += (double) w_a * w_a;
      norm_b += (double) w_b * w_b;
    }

  /* ...then the skills only B lists, where w_A = 0. */
  requirements = career_role_get_requirements (b);
  n = g_list_model_get_n_items (requirements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
      guint w_b = requirement_weight (req);

      if (career_role_lookup_requirement (a, career_skill_requirement_get_skill_id (req)) != NULL)
        continue;

      sum_max += w_b;
      norm_b += (double) w_b * w_b;
    }

  if (kind == CAREER_SIMILARITY_JACCARD)
    return sum_max > 0 ? sum_min / sum_max : 0;

  /* √(x·y) rather than √x·√y: for identical roles x·y is a square that the
   * square root gives back exactly, so C(A,A) is exactly 1. */
  if (norm_a == 0 || norm_b == 0)
    return 0;
  return CLAMP (dot / sqrt (norm_a * norm_b), 0.0, 1.0);
}

/**
 * career_analysis_fit:
 * @level_func: (nullable): the person's levels; %NULL for a person with no
 *   skills rated
 *
 * Returns: the fit of a person with the levels of @level_func to @role
 */
CareerFit
career_analysis_fit (CareerRole      *role,
                     CareerLevelFunc  level_func,
                     gpointer         user_data)
{
  CareerFit fit = { FALSE, 0, 0, 0 };
  GListModel *requirements;
  guint n;

  g_return_val_if_fail (CAREER_IS_ROLE (role), fit);

  requirements = career_role_get_requirements (role);
  n = g_list_model_get_n_items (requirements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
      guint importance = career_skill_requirement_get_importance (req);
      guint target = career_skill_requirement_get_target (req);
      guint level;

      if (target == 0)
        continue;

      level = get_level (level_func, user_data, career_skill_requirement_get_skill_id (req));
      fit.required += importance * target;
      fit.achieved += importance * MIN (level, target);
    }

  fit.defined = fit.required > 0;
  if (fit.defined)
    fit.percent = 100.0 * fit.achieved / fit.required;

  return fit;
}

/**
 * career_analysis_plan_level:
 * @plan: (type CareerPlan): the plan
 *
 * A #CareerLevelFunc that reads the levels a person rated in @plan.
 */
guint
career_analysis_plan_level (const char *skill_id,
                            gpointer    plan)
{
  int level = career_plan_get_level (plan, skill_id);

  return (guint) CLAMP (level, 0, CAREER_SKILL_LEVEL_MAX);
}

/**
 * career_analysis_fit_for_plan:
 *
 * Returns: the fit to @role of the levels rated in @plan
 */
CareerFit
career_analysis_fit_for_plan (CareerRole *role,
                              CareerPlan *plan)
{
  CareerFit undefined = { FALSE, 0, 0, 0 };

  g_return_val_if_fail (CAREER_IS_PLAN (plan), undefined);

  return career_analysis_fit (role, career_analysis_plan_level, plan);
}

/**
 * career_analysis_gaps:
 * @level_func: (nullable): the person's levels; %NULL for no skills rated
 *
 * The skills of @role in which the person's level is below the target, the
 * largest importance × (target − level) first; ties go to the more important
 * skill, then by name, then by id.  Show the first few with a
 * #GtkSliceListModel.
 *
 * Returns: (transfer full): a #GListModel of #CareerGap
 */
GListModel *
career_analysis_gaps (CareerRole      *role,
                      CareerLevelFunc  level_func,
                      gpointer         user_data)
{
  g_autoptr(GPtrArray) gaps = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *requirements;
  guint n;

  g_return_val_if_fail (CAREER_IS_ROLE (role), NULL);

  requirements = career_role_get_requirements (role);
  n = g_list_model_get_n_items (requirements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
      const char *skill_id = career_skill_requirement_get_skill_id (req);
      guint target = career_skill_requirement_get_target (req);
      guint level = get_level (level_func, user_data, skill_id);

      if (level < target)
        g_ptr_array_add (gaps, career_gap_new (skill_id,
                                               career_skill_requirement_get_skill (req),
                                               career_skill_requirement_get_importance (req),
                                               target, level));
    }

  return sorted_store (CAREER_TYPE_GAP, gaps, compare_gaps_with_data, NULL);
}

/**
 * career_analysis_gaps_for_plan:
 *
 * Returns: (transfer full): a #GListModel of #CareerGap for the levels rated
 *   in @plan
 */
GListModel *
career_analysis_gaps_for_plan (CareerRole *role,
                               CareerPlan *plan)
{
  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);

  return career_analysis_gaps (role, career_analysis_plan_level, plan);
}

/**
 * career_analysis_compare_roles:
 *
 * Splits the skills @a and @b require into those both require and those only
 * one of them requires.  A skill listed with a target of 0 is not required.
 *
 * Returns: (transfer full): the comparison; free with career_role_comparison_free()
 */
CareerRoleComparison *
career_analysis_compare_roles (CareerRole *a,
                               CareerRole *b)
{
  g_autoptr(GPtrArray) shared = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) only_a = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) only_b = g_ptr_array_new_with_free_func (g_object_unref);
  CompareData data = { a, b };
  CareerRoleComparison *comparison;
  GListModel *requirements;
  guint n;

  g_return_val_if_fail (CAREER_IS_ROLE (a), NULL);
  g_return_val_if_fail (CAREER_IS_ROLE (b), NULL);

  requirements = career_role_get_requirements (a);
  n = g_list_model_get_n_items (requirements);
  for (guint i = 0; i < n; i++)
    {
      CareerSkillRequirement *req = g_list_model_get_item (requirements, i);
      const char *skill_id = career_skill_requirement_get_skill_id (req);

      if (requirement_weight (req) == 0)
        g_object_unref (req);
      else if (requirement_weight (career_role_lookup_requirement (b, skill_id)) > 0)
        g_ptr_array_add (shared, req);
      else
        g_ptr_array_add (only_a, req);
    }

  requirements = career_role_get_requirements (b);
  n = g_list_model_get_n_items (requirements);
  for (guint i = 0; i < n; i++)
    {
      CareerSkillRequirement *req = g_list_model_get_item (requirements, i);
      const char *skill_id = career_skill_requirement_get_skill_id (req);

      if (requirement_weight (req) > 0 &&
          requirement_weight (career_role_lookup_requirement (a, skill_id)) == 0)
        g_ptr_array_add (only_b, req);
      else
        g_object_unref (req);
    }

  comparison = g_new0 (CareerRoleComparison, 1);
  comparison->shared = sorted_store (CAREER_TYPE_SKILL_REQUIREMENT, shared,
                                     compare_requirements, &data);
  comparison->only_a = sorted_store (CAREER_TYPE_SKILL_REQUIREMENT, only_a,
                                     compare_requirements, &data);
  comparison->only_b = sorted_store (CAREER_TYPE_SKILL_REQUIREMENT, only_b,
                                     compare_requirements, &data);
  return comparison;
}

void
career_role_comparison_free (CareerRoleComparison *comparison)
{
  if (comparison == NULL)
    return;

  g_clear_object (&comparison->shared);
  g_clear_object (&comparison->only_a);
  g_clear_object (&comparison->only_b);
  g_free (comparison);
}

/**
 * career_analysis_area_profile:
 * @catalog: the catalog whose categories are the areas
 * @roles: (array length=n_roles): the roles, one series each
 * @level_func: (nullable): the person's levels, for one more series after the
 *   roles'; %NULL for none
 *
 * The figures of the radar chart: for each role and skill area, the
 * importance-weighted mean target level; see #CareerAreaProfile for the
 * formulas.
 *
 * Returns: (transfer full): the profile; free with career_area_profile_free()
 */
CareerAreaProfile *
career_analysis_area_profile (CareerCatalog      *catalog,
                              CareerRole * const *roles,
                              guint               n_roles,
                              CareerLevelFunc     level_func,
                              gpointer            user_data)
{
  g_autoptr(GHashTable) area_index = NULL;
  g_autoptr(GHashTable) skills = NULL;
  g_autofree double *numerators = NULL;
  g_autofree double *denominators = NULL;
  g_autofree gboolean *used = NULL;
  g_autofree guint *column = NULL;
  CareerAreaProfile *profile;
  GListModel *categories;
  GHashTableIter iter;
  AreaSkill *area_skill;
  guint n_categories, n_series, me;

  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (roles != NULL || n_roles == 0, NULL);
  for (guint r = 0; r < n_roles; r++)
    g_return_val_if_fail (CAREER_IS_ROLE (roles[r]), NULL);

  categories = career_catalog_get_categories (catalog);
  n_categories = g_list_model_get_n_items (categories);
  n_series = n_roles + (level_func != NULL ? 1 : 0);
  me = n_roles;

  area_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint c = 0; c < n_categories; c++)
    {
      g_autoptr(CareerCategory) category = g_list_model_get_item (categories, c);

      /* The catalog holds the category, so its id outlives this function. */
      g_hash_table_insert (area_index, (char *) career_category_get_id (category),
                           GUINT_TO_POINTER (c + 1));
    }

  /* Sums per series and category: [series * n_categories + category] */
  numerators = g_new0 (double, (gsize) n_series * n_categories + 1);
  denominators = g_new0 (double, (gsize) n_series * n_categories + 1);
  used = g_new0 (gboolean, n_categories + 1);
  skills = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint r = 0; r < n_roles; r++)
    {
      GListModel *requirements;
      guint n;

      requirements = career_role_get_requirements (roles[r]);
      n = g_list_model_get_n_items (requirements);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
          const char *skill_id = career_skill_requirement_get_skill_id (req);
          const char *category_id = lookup_category_id (catalog, req);
          guint importance = career_skill_requirement_get_importance (req);
          guint target = career_skill_requirement_get_target (req);
          guint c;

          if (target == 0 || category_id == NULL)
            continue;

          c = GPOINTER_TO_UINT (g_hash_table_lookup (area_index, category_id));
          if (c == 0)
            continue;
          c--;

          used[c] = TRUE;
          numerators[r * n_categories + c] += importance * target;
          denominators[r * n_categories + c] += importance;

          /* The role owns @skill_id and @category_id belongs to a skill of
           * the catalog or of the requirement: both outlive the table. */
          area_skill = g_hash_table_lookup (skills, skill_id);
          if (area_skill == NULL)
            {
              area_skill = g_new0 (AreaSkill, 1);
              area_skill->category_id = category_id;
              g_hash_table_insert (skills, (char *) skill_id, area_skill);
            }
          area_skill->weight += importance;
        }
    }

  if (level_func != NULL)
    {
      const char *skill_id;

      g_hash_table_iter_init (&iter, skills);
      while (g_hash_table_iter_next (&iter, (gpointer *) &skill_id, (gpointer *) &area_skill))
        {
          guint c = GPOINTER_TO_UINT (g_hash_table_lookup (area_index,
                                                           area_skill->category_id)) - 1;
          guint level = get_level (level_func, user_data, skill_id);

          numerators[me * n_categories + c] += (double) area_skill->weight * level;
          denominators[me * n_categories + c] += area_skill->weight;
        }
    }

  profile = g_new0 (CareerAreaProfile, 1);
  column = g_new0 (guint, n_categories + 1);
  for (guint c = 0; c < n_categories; c++)
    if (used[c])
      column[c] = profile->n_areas++;

  profile->area_ids = g_new0 (char *, profile->n_areas + 1);
  profile->area_names = g_new0 (char *, profile->n_areas + 1);
  for (guint c = 0; c < n_categories; c++)
    {
      g_autoptr(CareerCategory) category = NULL;

      if (!used[c])
        continue;

      category = g_list_model_get_item (categories, c);
      profile->area_ids[column[c]] = g_strdup (career_category_get_id (category));
      profile->area_names[column[c]] = g_strdup (career_category_get_name (category));
    }

  profile->n_series = n_series;
  profile->series_names = g_new0 (char *, n_series + 1);
  profile->values = g_new0 (double *, n_series + 1);
  for (guint s = 0; s < n_series; s++)
    {
      profile->series_names[s] = s < n_roles
                                 ? g_strdup (career_role_get_title (roles[s]))
                                 /* Translators: the series of the person's own levels in
                                  * the chart that compares them with roles */
                                 : g_strdup (_("My levels"));
      profile->values[s] = g_new0 (double, profile->n_areas + 1);

      for (guint c = 0; c < n_categories; c++)
        {
          double denominator = denominators[s * n_categories + c];

          if (used[c] && denominator > 0)
            profile->values[s][column[c]] = numerators[s * n_categories + c] / denominator;
        }
    }

  return profile;
}

/**
 * career_area_profile_get_values:
 *
 * Returns: (array): the @n_areas values of one series
 */
const double *
career_area_profile_get_values (const CareerAreaProfile *profile,
                                guint                    series)
{
  g_return_val_if_fail (profile != NULL, NULL);
  g_return_val_if_fail (series < profile->n_series, NULL);

  return profile->values[series];
}

void
career_area_profile_free (CareerAreaProfile *profile)
{
  if (profile == NULL)
    return;

  g_strfreev (profile->area_ids);
  g_strfreev (profile->area_names);
  g_strfreev (profile->series_names);
  for (guint s = 0; s < profile->n_series; s++)
    g_free (profile->values[s]);
  g_free (profile->values);
  g_free (profile);
}
