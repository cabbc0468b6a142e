/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-catalog.h"
#include "career-gap.h"
#include "career-plan.h"
#include "career-role.h"

G_BEGIN_DECLS

/*
 * The analysis of roles and of a person's levels against them.
 *
 * Weights.  A role R lists skills with an importance (1-5) and a target level
 * (0-4).  Its weight for a skill s is
 *
 *     w_R(s) = importance_R(s) × target_R(s)
 *
 * and 0 for a skill R does not list.  R *requires* s when w_R(s) > 0, that is
 * when it lists s with a target of 1 or more: a target of 0 ("None") asks for
 * nothing, so such an entry counts nowhere below.
 *
 * Similarity of two roles A and B, over every skill s:
 *
 *   weighted Jaccard   J(A,B) = Σ min(w_A(s), w_B(s)) / Σ max(w_A(s), w_B(s))
 *   cosine             C(A,B) = Σ w_A(s)·w_B(s) / (√Σ w_A(s)² · √Σ w_B(s)²)
 *
 * Both lie in [0, 1], are symmetric, 1 for roles with the same weights and 0
 * for roles that require no skill in common.  Jaccard is the figure the app
 * shows: it reads as "the share of the two roles' combined demands that they
 * have in common", and, unlike the cosine, it drops when one role asks for a
 * skill at a higher level or importance than the other (the cosine only sees
 * the direction of the weight vectors: doubling every weight of A leaves C
 * unchanged but halves J).  When a denominator is 0 (a role that requires
 * nothing, for the cosine; both roles requiring nothing, for Jaccard) there is
 * no demand to compare and the similarity is 0, never 1: such a role is not
 * similar even to itself.
 *
 * Fit of a person to a role, over the skills the role lists:
 *
 *   fit(R) = 100 × Σ importance(s) × min(level(s), target(s))
 *                / Σ importance(s) × target(s)                     (percent)
 *
 * Being above one target does not make up for a shortfall in another (each
 * term is capped at its target).  A person at or above every target has 100 %,
 * one with no skills rated (all levels 0) has 0 %.  A role whose
 * Σ importance × target is 0 has no fit figure: CareerFit.defined is FALSE.
 *
 * Levels come from a CareerLevelFunc, so that the same code serves the levels
 * a person rated, the levels projected from planned courses, or the levels
 * after each term.
 */

/**
 * CareerLevelFunc:
 * @skill_id: a skill id
 * @user_data: the data given with the function
 *
 * Returns: the person's level (0-4) in @skill_id; 0 for a skill not rated.
 *   Larger values are taken as 4.
 */
typedef guint (*CareerLevelFunc) (const char *skill_id,
                                  gpointer    user_data);

typedef enum
{
  CAREER_SIMILARITY_JACCARD,
  CAREER_SIMILARITY_COSINE,
} CareerSimilarity;

/**
 * CareerFit:
 * @defined: %FALSE when the role asks for nothing (@required is 0): then
 *   there is no fit figure to show, and @percent is 0
 * @percent: 100 × @achieved / @required, from 0 to 100
 * @achieved: Σ importance × min(level, target)
 * @required: Σ importance × target
 */
typedef struct
{
  gboolean defined;
  double   percent;
  guint    achieved;
  guint    required;
} CareerFit;

/**
 * CareerRoleComparison:
 * @shared: #CareerSkillRequirement of role A for the skills both roles require
 *   (B's entry: career_role_lookup_requirement (b, skill_id)), ordered by
 *   w_A + w_B descending
 * @only_a: #CareerSkillRequirement of the skills only A requires, by w_A desc
 * @only_b: #CareerSkillRequirement of the skills only B requires, by w_B desc
 *
 * Ties are ordered by skill name (the id when the skill is not resolved), then
 * by id.  The three models are #GListStore<!-- -->s, owned by the struct.
 */
typedef struct
{
  GListModel *shared;
  GListModel *only_a;
  GListModel *only_b;
} CareerRoleComparison;

/**
 * CareerAreaProfile:
 * @n_areas: the number of skill areas (axes)
 * @area_ids: (array length=n_areas): category ids, in catalog order; %NULL-terminated
 * @area_names: (array length=n_areas): category names; %NULL-terminated, so it
 *   can be given as CareerRadarData.axis_labels
 * @n_series: the number of roles, plus one when levels were given
 * @series_names: (array length=n_series): the roles' titles, then the name of
 *   the levels' series ("My levels"; replace it with g_free() and g_strdup()
 *   when the levels are, say, projected); %NULL-terminated
 * @values: (array length=n_series): for each series, @n_areas values from 0 to 4
 *
 * The skill areas are the catalog's categories, in catalog order, that at
 * least one of the roles requires a skill of.  For a role R and an area a,
 * over the skills S_R(a) of a that R requires:
 *
 *   value_R(a) = Σ_{s ∈ S_R(a)} importance_R(s) × target_R(s)
 *                / Σ_{s ∈ S_R(a)} importance_R(s)            (0 when S_R(a) is empty)
 *
 * the importance-weighted mean target level.  The levels' series uses the same
 * weighting over every skill of a that any of the roles requires, each skill
 * weighted by the sum of its importance in those roles:
 *
 *   value_me(a) = Σ_s W(s) × min(level(s), 4) / Σ_s W(s),   W(s) = Σ_R importance_R(s)
 *
 * so that it is comparable with each role's figure on the same axis.
 */
typedef struct
{
  guint    n_areas;
  char   **area_ids;
  char   **area_names;
  guint    n_series;
  char   **series_names;
  double **values;
} CareerAreaProfile;

double                career_analysis_role_similarity  (CareerRole         *a,
                                                        CareerRole         *b,
                                                        CareerSimilarity    kind);

CareerFit             career_analysis_fit              (CareerRole         *role,
                                                        CareerLevelFunc     level_func,
                                                        gpointer            user_data);
CareerFit             career_analysis_fit_for_plan     (CareerRole         *role,
                                                        CareerPlan         *plan);

GListModel           *career_analysis_gaps             (CareerRole         *role,
                                                        CareerLevelFunc     level_func,
                                                        gpointer            user_data);
GListModel           *career_analysis_gaps_for_plan    (CareerRole         *role,
                                                        CareerPlan         *plan);

CareerRoleComparison *career_analysis_compare_roles    (CareerRole         *a,
                                                        CareerRole         *b);
void                  career_role_comparison_free      (CareerRoleComparison *comparison);

CareerAreaProfile    *career_analysis_area_profile     (CareerCatalog      *catalog,
                                                        CareerRole * const *roles,
                                                        guint               n_roles,
                                                        CareerLevelFunc     level_func,
                                                        gpointer            user_data);
const double         *career_area_profile_get_values   (const CareerAreaProfile *profile,
                                                        guint                    series);
void                  career_area_profile_free         (CareerAreaProfile  *profile);

guint                 career_analysis_plan_level       (const char         *skill_id,
                                                        gpointer            plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerRoleComparison, career_role_comparison_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerAreaProfile, career_area_profile_free)

G_END_DECLS
