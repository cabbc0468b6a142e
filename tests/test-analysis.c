/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <string.h>

#include <math.h>

#include "career-analysis.h"

/*
 * A small catalog whose figures are worked out by hand below.
 *
 * Categories, in catalog order: core, unused, extra, soft.
 * Skills:  a Alpha (core)   b Beta (core)    c Gamma (extra)
 *          d Delta (extra)  e Epsilon (soft) f Zeta (soft)   u Unused (unused)
 *
 * Roles, as skill(importance, target) and weight w = importance × target:
 *   one       a(5,4) w=20   b(3,2) w=6    c(2,3) w=6
 *   one-copy  the same as one
 *   two       a(5,2) w=10   c(4,3) w=12   d(1,4) w=4   e(2,2) w=4   u(5,0) w=0
 *   three     e(4,3) w=12                                 (nothing in common with one)
 *   none      a(3,0) w=0                                  (asks for nothing)
 *   gaps      a(2,4) b(3,2) c(3,3) d(1,4) e(5,3) f(4,4)   (for the gap list)
 */

#define SKILL(id, name, category) \
  "{\"id\": \"" id "\", \"name\": \"" name "\", \"category\": \"" category "\", " \
  "\"description\": \"A skill of the test.\", " \
  "\"levels\": [\"None\", \"Aware\", \"Working\", \"Proficient\", \"Expert\"]}"

#define CATEGORY(id, name) \
  "{\"id\": \"" id "\", \"name\": \"" name "\", \"description\": \"A category of the test.\"}"

#define REQ(skill, importance, target) \
  "{\"skill\": \"" skill "\", \"importance\": " #importance ", \"target\": " #target "}"

#define ROLE(id, title, skills) \
  "{\"id\": \"" id "\", \"title\": \"" title "\", \"summary\": \"A role of the test.\", " \
  "\"responsibilities\": [], \"masters_focus\": \"None.\", " \
  "\"weights_note\": \"Made up for the test.\", \"skills\": [" skills "], " \
  "\"salaries\": [], \"outlook\": []}"

static const char test_catalog[] =
  "{\"format\": \"career-planner-catalog\", \"version\": 1,\n"
  " \"categories\": ["
      CATEGORY ("core", "Core") ", "
      CATEGORY ("unused", "Unused Area") ", "
      CATEGORY ("extra", "Extra") ", "
      CATEGORY ("soft", "Soft Skills") "],\n"
  " \"skills\": ["
      SKILL ("a", "Alpha", "core") ", "
      SKILL ("b", "Beta", "core") ", "
      SKILL ("c", "Gamma", "extra") ", "
      SKILL ("d", "Delta", "extra") ", "
      SKILL ("e", "Epsilon", "soft") ", "
      SKILL ("f", "Zeta", "soft") ", "
      SKILL ("u", "Unused", "unused") "],\n"
  " \"roles\": ["
      ROLE ("one", "Role One", REQ ("a", 5, 4) ", " REQ ("b", 3, 2) ", " REQ ("c", 2, 3)) ",\n"
      ROLE ("one-copy", "Role One Again",
            REQ ("a", 5, 4) ", " REQ ("b", 3, 2) ", " REQ ("c", 2, 3)) ",\n"
      ROLE ("two", "Role Two",
            REQ ("a", 5, 2) ", " REQ ("c", 4, 3) ", " REQ ("d", 1, 4) ", "
            REQ ("e", 2, 2) ", " REQ ("u", 5, 0)) ",\n"
      ROLE ("three", "Role Three", REQ ("e", 4, 3)) ",\n"
      ROLE ("none", "Role None", REQ ("a", 3, 0)) ",\n"
      ROLE ("gaps", "Role Gaps",
            REQ ("a", 2, 4) ", " REQ ("b", 3, 2) ", " REQ ("c", 3, 3) ", "
            REQ ("d", 1, 4) ", " REQ ("e", 5, 3) ", " REQ ("f", 4, 4)) "]}\n";

#define EPSILON 1e-9

static CareerCatalog *
load_test_catalog (void)
{
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_add_data (catalog, test_catalog, sizeof test_catalog - 1, "test.json", &error);
  g_assert_no_error (error);
  return catalog;
}

static CareerRole *
role (CareerCatalog *catalog,
      const char    *id)
{
  CareerRole *result = career_catalog_lookup_role (catalog, id);

  g_assert_nonnull (result);
  return result;
}

/* Levels from a table "skill=level,...": the callback of a test person */
static guint
table_level (const char *skill_id,
             gpointer    user_data)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (user_data, skill_id));
}

static GHashTable *
levels_new (const char *spec)
{
  GHashTable *levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) pairs = g_strsplit (spec, ",", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);

      g_assert_nonnull (pair[1]);
      g_hash_table_insert (levels, g_strdup (pair[0]),
                           GUINT_TO_POINTER ((guint) g_ascii_strtoull (pair[1], NULL, 10)));
    }
  return levels;
}

static CareerFit
fit_with (CareerRole *r,
          const char *spec)
{
  g_autoptr(GHashTable) levels = levels_new (spec);

  return career_analysis_fit (r, table_level, levels);
}

static void
assert_similarity (CareerRole *a,
                   CareerRole *b,
                   double      jaccard,
                   double      cosine)
{
  /* Both ways round: similarity is symmetric */
  g_assert_cmpfloat_with_epsilon (career_analysis_role_similarity (a, b, CAREER_SIMILARITY_JACCARD),
                                  jaccard, EPSILON);
  g_assert_cmpfloat_with_epsilon (career_analysis_role_similarity (b, a, CAREER_SIMILARITY_JACCARD),
                                  jaccard, EPSILON);
  g_assert_cmpfloat_with_epsilon (career_analysis_role_similarity (a, b, CAREER_SIMILARITY_COSINE),
                                  cosine, EPSILON);
  g_assert_cmpfloat_with_epsilon (career_analysis_role_similarity (b, a, CAREER_SIMILARITY_COSINE),
                                  cosine, EPSILON);
}

static void
test_similarity_identical (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  CareerRole *one = role (catalog, "one");

  /* Every min equals its max: J = 32/32 = 1; C = 472 / √(472·472) = 1, exactly */
  g_assert_cmpfloat (career_analysis_role_similarity (one, one, CAREER_SIMILARITY_JACCARD), ==, 1.0);
  g_assert_cmpfloat (career_analysis_role_similarity (one, one, CAREER_SIMILARITY_COSINE), ==, 1.0);
  g_assert_cmpfloat (career_analysis_role_similarity (one, role (catalog, "one-copy"),
                                                      CAREER_SIMILARITY_JACCARD), ==, 1.0);
  g_assert_cmpfloat (career_analysis_role_similarity (one, role (catalog, "one-copy"),
                                                      CAREER_SIMILARITY_COSINE), ==, 1.0);
}

static void
test_similarity_disjoint (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();

  /* one: a, b, c; three: e.  Every min is 0: J = 0 / (20+6+6+12) = 0; the dot
   * product is 0: C = 0 */
  assert_similarity (role (catalog, "one"), role (catalog, "three"), 0, 0);
}

static void
test_similarity_partial (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();

  /*           w_one  w_two   min  max  product
   *   a        20     10      10   20    200
   *   b         6      0       0    6      0
   *   c         6     12       6   12     72
   *   d         0      4       0    4      0
   *   e         0      4       0    4      0
   *   u         0      0       0    0      0     (listed by two with target 0)
   *   sum                     16   46    272
   *
   * J = 16/46 = 8/23 = 0.347826...
   * Σw_one² = 400 + 36 + 36 = 472;  Σw_two² = 100 + 144 + 16 + 16 = 276
   * C = 272 / √(472 × 276) = 272 / √130272 = 272 / 360.9321... = 0.753604...
   */
  assert_similarity (role (catalog, "one"), role (catalog, "two"),
                     8.0 / 23.0, 272.0 / sqrt (130272.0));
  g_assert_cmpfloat_with_epsilon (8.0 / 23.0, 0.347826087, 1e-9);
  g_assert_cmpfloat_with_epsilon (272.0 / sqrt (130272.0), 0.753604293, 1e-9);
}

static void
test_similarity_nothing_required (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  g_autoptr(CareerRole) empty = career_role_new ("empty", "Empty", NULL, NULL, NULL, NULL);
  CareerRole *none = role (catalog, "none");

  /* "none" lists a with target 0, so all its weights are 0.  With one:
   * J = 0/32 = 0 and C has a zero norm: 0.  With itself: 0/0, defined as 0. */
  assert_similarity (none, role (catalog, "one"), 0, 0);
  assert_similarity (none, none, 0, 0);
  assert_similarity (empty, empty, 0, 0);
  assert_similarity (empty, role (catalog, "one"), 0, 0);
}

static void
test_fit_none_and_full (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  CareerRole *one = role (catalog, "one");
  CareerFit fit;

  /* one asks Σ importance × target = 5×4 + 3×2 + 2×3 = 20 + 6 + 6 = 32 */

  /* No skills: Σ importance × min(0, target) = 0: 0/32 = 0 % */
  fit = career_analysis_fit (one, NULL, NULL);
  g_assert_true (fit.defined);
  g_assert_cmpuint (fit.required, ==, 32);
  g_assert_cmpuint (fit.achieved, ==, 0);
  g_assert_cmpfloat (fit.percent, ==, 0);

  fit = fit_with (one, "x=4");
  g_assert_true (fit.defined);
  g_assert_cmpfloat (fit.percent, ==, 0);

  /* Exactly at every target: 32/32 */
  fit = fit_with (one, "a=4,b=2,c=3");
  g_assert_cmpuint (fit.achieved, ==, 32);
  g_assert_cmpfloat (fit.percent, ==, 100);

  /* Above every target is still 100 %, not more; levels above 4 count as 4 */
  fit = fit_with (one, "a=9,b=4,c=4");
  g_assert_cmpuint (fit.achieved, ==, 32);
  g_assert_cmpfloat (fit.percent, ==, 100);
}

static void
test_fit_partial (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerRole *one = role (catalog, "one");
  CareerFit fit;

  /* a=2, b=1, c=3: 5×min(2,4) + 3×min(1,2) + 2×min(3,3) = 10 + 3 + 6 = 19;
   * 19/32 = 59.375 % */
  fit = fit_with (one, "a=2,b=1,c=3");
  g_assert_true (fit.defined);
  g_assert_cmpuint (fit.achieved, ==, 19);
  g_assert_cmpuint (fit.required, ==, 32);
  g_assert_cmpfloat_with_epsilon (fit.percent, 59.375, EPSILON);

  /* The same levels rated in a plan */
  career_plan_set_level (plan, "a", 2, NULL);
  career_plan_set_level (plan, "b", 1, NULL);
  career_plan_set_level (plan, "c", 3, NULL);
  career_plan_set_level (plan, "e", 4, NULL);  /* one does not ask for e */
  fit = career_analysis_fit_for_plan (one, plan);
  g_assert_true (fit.defined);
  g_assert_cmpuint (fit.achieved, ==, 19);
  g_assert_cmpfloat_with_epsilon (fit.percent, 59.375, EPSILON);

  /* An empty plan: 0 % */
  g_clear_object (&plan);
  plan = career_plan_new ();
  fit = career_analysis_fit_for_plan (one, plan);
  g_assert_true (fit.defined);
  g_assert_cmpfloat (fit.percent, ==, 0);
}

static void
test_fit_no_compensation (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  CareerFit fit;

  /* a=4, b=4, c=0.  b is 2 levels above its target: worth 3×2 = 6 uncapped,
   * exactly what c lacks (2×3 = 6), so an uncapped sum would say
   * (20 + 12 + 0)/32 = 100 %.  Capped: 5×4 + 3×min(4,2) + 2×0 = 20 + 6 = 26;
   * 26/32 = 81.25 % */
  fit = fit_with (role (catalog, "one"), "a=4,b=4,c=0");
  g_assert_cmpuint (fit.achieved, ==, 26);
  g_assert_cmpfloat_with_epsilon (fit.percent, 81.25, EPSILON);
}

static void
test_fit_undefined (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  g_autoptr(CareerRole) empty = career_role_new ("empty", "Empty", NULL, NULL, NULL, NULL);
  CareerFit fit;

  /* none: Σ importance × target = 3×0 = 0: no figure, whatever the levels */
  fit = fit_with (role (catalog, "none"), "a=4");
  g_assert_false (fit.defined);
  g_assert_cmpuint (fit.required, ==, 0);
  g_assert_cmpfloat (fit.percent, ==, 0);

  fit = career_analysis_fit (role (catalog, "none"), NULL, NULL);
  g_assert_false (fit.defined);

  /* A role with no skills at all */
  fit = career_analysis_fit (empty, NULL, NULL);
  g_assert_false (fit.defined);
  g_assert_cmpfloat (fit.percent, ==, 0);
}

/* The gap list as "id:weighted_gap" items */
static char *
describe_gaps (GListModel *gaps)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr(CareerGap) gap = g_list_model_get_item (gaps, i);

      g_string_append_printf (out, "%s%s:%u", i > 0 ? " " : "",
                              career_gap_get_skill_id (gap), career_gap_get_weighted_gap (gap));
    }
  return g_string_free (out, FALSE);
}

static void
test_gaps_order (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  g_autoptr(GHashTable) levels = levels_new ("a=1,b=0,c=1,d=0,e=3,f=1");
  g_autoptr(GListModel) gaps = NULL;
  g_autoptr(CareerGap) first = NULL;
  g_autoptr(CareerGap) third = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  guint weighted;

  /* Role gaps, importance × (target − level):
   *   a  2 × (4 − 1) = 6     importance 2
   *   b  3 × (2 − 0) = 6     importance 3, "Beta"
   *   c  3 × (3 − 1) = 6     importance 3, "Gamma"
   *   d  1 × (4 − 0) = 4
   *   e  level 3 = target 3: no gap
   *   f  4 × (4 − 1) = 12
   * Order: f 12; then the three 6s: b and c (importance 3, Beta < Gamma)
   * before a (importance 2); then d 4. */
  gaps = career_analysis_gaps (role (catalog, "gaps"), table_level, levels);
  g_assert_true (g_list_model_get_item_type (gaps) == CAREER_TYPE_GAP);
  text = describe_gaps (gaps);
  g_assert_cmpstr (text, ==, "f:12 b:6 c:6 a:6 d:4");

  first = g_list_model_get_item (gaps, 0);
  g_assert_cmpstr (career_gap_get_skill_id (first), ==, "f");
  g_assert_cmpstr (career_gap_get_skill_name (first), ==, "Zeta");
  g_assert_true (career_gap_get_skill (first) == career_catalog_lookup_skill (catalog, "f"));
  g_assert_cmpuint (career_gap_get_importance (first), ==, 4);
  g_assert_cmpuint (career_gap_get_target (first), ==, 4);
  g_assert_cmpuint (career_gap_get_level (first), ==, 1);
  g_assert_cmpuint (career_gap_get_gap (first), ==, 3);

  /* Read-only properties for binding in a row */
  third = g_list_model_get_item (gaps, 2);
  g_object_get (third, "skill-name", &name, "weighted-gap", &weighted, NULL);
  g_assert_cmpstr (name, ==, "Gamma");
  g_assert_cmpuint (weighted, ==, 6);
}

static void
test_gaps_edges (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  g_autoptr(CareerRole) custom = career_role_new ("custom", "Custom", NULL, NULL, NULL, NULL);
  g_autoptr(CareerSkillRequirement) ghost = career_skill_requirement_new ("ghost", 2, 3);
  g_autoptr(CareerSkillRequirement) alpha = career_skill_requirement_new ("a", 2, 3);
  g_autoptr(GListModel) none = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) unresolved = NULL;
  g_autoptr(CareerGap) gap = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  /* At or above every target: no gaps */
  {
    g_autoptr(GHashTable) levels = levels_new ("a=4,b=3,c=4");

    none = career_analysis_gaps (role (catalog, "one"), table_level, levels);
    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  }

  /* No skills rated: every skill of one is a gap, 5×4=20, 2×3=6 (Gamma), 3×2=6 (Beta):
   * the two 6s go by importance, b (3) before c (2) */
  all = career_analysis_gaps (role (catalog, "one"), NULL, NULL);
  text = describe_gaps (all);
  g_assert_cmpstr (text, ==, "a:20 b:6 c:6");

  /* A skill the catalog does not know: its gap has no CareerSkill, and the id
   * stands for its name.  "a" 2×3 = 6 and "ghost" 2×3 = 6 tie on weight and
   * importance; the names "Alpha" < "ghost" decide. */
  g_assert_true (career_role_add_requirement (custom, ghost));
  g_assert_true (career_role_add_requirement (custom, alpha));
  career_skill_requirement_set_skill (alpha, career_catalog_lookup_skill (catalog, "a"));
  unresolved = career_analysis_gaps (custom, NULL, NULL);
  text2 = describe_gaps (unresolved);
  g_assert_cmpstr (text2, ==, "a:6 ghost:6");
  gap = g_list_model_get_item (unresolved, 1);
  g_assert_null (career_gap_get_skill (gap));
  g_assert_cmpstr (career_gap_get_skill_name (gap), ==, "ghost");
}

static void
test_gaps_for_plan (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GListModel) gaps = NULL;
  g_autofree char *text = NULL;

  /* one with a=4, b=1, c=0: b 3×(2−1) = 3, c 2×(3−0) = 6 */
  career_plan_set_level (plan, "a", 4, NULL);
  career_plan_set_level (plan, "b", 1, NULL);
  gaps = career_analysis_gaps_for_plan (role (catalog, "one"), plan);
  text = describe_gaps (gaps);
  g_assert_cmpstr (text, ==, "c:6 b:3");
}

static char *
describe_requirements (GListModel *model)
{
  GString *out = g_string_new (NULL);

  g_assert_true (g_list_model_get_item_type (model) == CAREER_TYPE_SKILL_REQUIREMENT);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                              career_skill_requirement_get_skill_id (req));
    }
  return g_string_free (out, FALSE);
}

static void
test_compare_roles (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  CareerRole *one = role (catalog, "one");
  CareerRole *two = role (catalog, "two");
  g_autoptr(CareerRoleComparison) comparison = NULL;
  g_autoptr(CareerRoleComparison) reverse = NULL;
  g_autoptr(CareerRoleComparison) same = NULL;
  g_autoptr(CareerSkillRequirement) first = NULL;
  g_autofree char *shared = NULL, *only_a = NULL, *only_b = NULL;
  g_autofree char *r_shared = NULL, *r_only_a = NULL, *r_only_b = NULL;
  g_autofree char *s_shared = NULL, *s_only_a = NULL;

  /* one: a 20, b 6, c 6.  two: a 10, c 12, d 4, e 4, u 0 (not required).
   *   shared: a (20 + 10 = 30), c (6 + 12 = 18)
   *   only one: b (6)
   *   only two: d (4, "Delta"), e (4, "Epsilon"): a tie, by name; u left out */
  comparison = career_analysis_compare_roles (one, two);
  shared = describe_requirements (comparison->shared);
  only_a = describe_requirements (comparison->only_a);
  only_b = describe_requirements (comparison->only_b);
  g_assert_cmpstr (shared, ==, "a c");
  g_assert_cmpstr (only_a, ==, "b");
  g_assert_cmpstr (only_b, ==, "d e");

  /* Shared entries are A's requirements */
  first = g_list_model_get_item (comparison->shared, 0);
  g_assert_true (first == career_role_lookup_requirement (one, "a"));

  /* The other way round: the same shared order, the unique lists swap */
  reverse = career_analysis_compare_roles (two, one);
  r_shared = describe_requirements (reverse->shared);
  r_only_a = describe_requirements (reverse->only_a);
  r_only_b = describe_requirements (reverse->only_b);
  g_assert_cmpstr (r_shared, ==, "a c");
  g_assert_cmpstr (r_only_a, ==, "d e");
  g_assert_cmpstr (r_only_b, ==, "b");

  /* A role with itself: a 40, b 12, c 12 (b "Beta" before c "Gamma") */
  same = career_analysis_compare_roles (one, one);
  s_shared = describe_requirements (same->shared);
  s_only_a = describe_requirements (same->only_a);
  g_assert_cmpstr (s_shared, ==, "a b c");
  g_assert_cmpstr (s_only_a, ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (same->only_b), ==, 0);
}

static void
test_area_profile (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  g_autoptr(GHashTable) levels = levels_new ("a=2,b=1,c=3,d=0,e=9");
  CareerRole *roles[] = { role (catalog, "one"), role (catalog, "two") };
  g_autoptr(CareerAreaProfile) profile = NULL;
  g_autoptr(CareerAreaProfile) roles_only = NULL;
  const double *values;

  profile = career_analysis_area_profile (catalog, roles, G_N_ELEMENTS (roles),
                                          table_level, levels);

  /* Areas: the categories one or two require, in catalog order.  "unused"
   * holds only u, which two lists with target 0: not required. */
  g_assert_cmpuint (profile->n_areas, ==, 3);
  g_assert_cmpstr (profile->area_ids[0], ==, "core");
  g_assert_cmpstr (profile->area_ids[1], ==, "extra");
  g_assert_cmpstr (profile->area_ids[2], ==, "soft");
  g_assert_null (profile->area_ids[3]);
  g_assert_cmpstr (profile->area_names[1], ==, "Extra");
  g_assert_cmpstr (profile->area_names[2], ==, "Soft Skills");
  g_assert_null (profile->area_names[3]);

  g_assert_cmpuint (profile->n_series, ==, 3);
  g_assert_cmpstr (profile->series_names[0], ==, "Role One");
  g_assert_cmpstr (profile->series_names[1], ==, "Role Two");
  g_assert_cmpstr (profile->series_names[2], ==, "My levels");

  /* one, Σ importance × target / Σ importance per area:
   *   core   a(5,4) b(3,2): (20 + 6) / (5 + 3) = 26/8 = 3.25
   *   extra  c(2,3):        6/2 = 3
   *   soft   nothing:       0 */
  values = career_area_profile_get_values (profile, 0);
  g_assert_cmpfloat_with_epsilon (values[0], 3.25, EPSILON);
  g_assert_cmpfloat_with_epsilon (values[1], 3.0, EPSILON);
  g_assert_cmpfloat (values[2], ==, 0);

  /* two:
   *   core   a(5,2):        10/5 = 2
   *   extra  c(4,3) d(1,4): (12 + 4) / (4 + 1) = 16/5 = 3.2
   *   soft   e(2,2):        4/2 = 2 */
  values = career_area_profile_get_values (profile, 1);
  g_assert_cmpfloat_with_epsilon (values[0], 2.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (values[1], 3.2, EPSILON);
  g_assert_cmpfloat_with_epsilon (values[2], 2.0, EPSILON);

  /* My levels a=2 b=1 c=3 d=0 e=9 (taken as 4), weights W = Σ importance over
   * both roles: W(a) = 5+5 = 10, W(b) = 3, W(c) = 2+4 = 6, W(d) = 1, W(e) = 2
   *   core   (10×2 + 3×1) / (10 + 3) = 23/13 = 1.769...
   *   extra  (6×3 + 1×0) / (6 + 1)   = 18/7  = 2.571...
   *   soft   (2×4) / 2               = 4 */
  values = career_area_profile_get_values (profile, 2);
  g_assert_cmpfloat_with_epsilon (values[0], 23.0 / 13.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (values[1], 18.0 / 7.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (values[2], 4.0, EPSILON);

  /* Without levels, one series per role; one alone does not require soft */
  roles_only = career_analysis_area_profile (catalog, roles, 1, NULL, NULL);
  g_assert_cmpuint (roles_only->n_series, ==, 1);
  g_assert_cmpuint (roles_only->n_areas, ==, 2);
  g_assert_cmpstr (roles_only->area_ids[0], ==, "core");
  g_assert_cmpstr (roles_only->area_ids[1], ==, "extra");
  g_assert_cmpfloat_with_epsilon (roles_only->values[0][0], 3.25, EPSILON);
}

static void
test_area_profile_empty (void)
{
  g_autoptr(CareerCatalog) catalog = load_test_catalog ();
  CareerRole *none[] = { role (catalog, "none") };
  g_autoptr(CareerAreaProfile) no_roles = NULL;
  g_autoptr(CareerAreaProfile) nothing = NULL;

  /* No roles: no areas, only the levels' series */
  no_roles = career_analysis_area_profile (catalog, NULL, 0, table_level, NULL);
  g_assert_cmpuint (no_roles->n_areas, ==, 0);
  g_assert_cmpuint (no_roles->n_series, ==, 1);
  g_assert_nonnull (no_roles->area_names);
  g_assert_null (no_roles->area_names[0]);

  /* A role that requires nothing: no areas either */
  nothing = career_analysis_area_profile (catalog, none, 1, NULL, NULL);
  g_assert_cmpuint (nothing->n_areas, ==, 0);
  g_assert_cmpuint (nothing->n_series, ==, 1);
}

static void
test_builtin_ai_ml (void)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GError) error = NULL;
  CareerRole *ai, *ml;

  career_catalog_load_builtin (catalog, &error);
  g_assert_no_error (error);
  ai = role (catalog, "ai-engineer");
  ml = role (catalog, "ml-engineer");

  for (CareerSimilarity kind = CAREER_SIMILARITY_JACCARD; kind <= CAREER_SIMILARITY_COSINE; kind++)
    {
      double ab = career_analysis_role_similarity (ai, ml, kind);
      double ba = career_analysis_role_similarity (ml, ai, kind);

      g_test_message ("AI vs ML engineer, %s: %.4f",
                      kind == CAREER_SIMILARITY_JACCARD ? "Jaccard" : "cosine", ab);
      g_assert_cmpfloat (ab, >, 0);
      g_assert_cmpfloat (ab, <, 1);
      g_assert_cmpfloat (ab, ==, ba);
    }
}

/* The sort key of a skill orders names as g_utf8_collate() does, in the
 * locale the tests run in (C.UTF-8 by meson, or the caller's) */
static void
test_sort_key (void)
{
  static const char * const names[] = { "apple", "Apple", "Éclair", "eclair", "Zebra", "zebra",
                                        "Ökonomie", "Python 3", "Python", "", "μ-law" };
  static const char * const levels[] = { "0", "1", "2", "3", "4" };
  g_autoptr(GPtrArray) skills = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (skills, career_skill_new ("id", names[i], "k", "d", levels));

  for (guint i = 0; i < skills->len; i++)
    for (guint j = 0; j < skills->len; j++)
      {
        int by_key = strcmp (career_skill_get_sort_key (skills->pdata[i]),
                             career_skill_get_sort_key (skills->pdata[j]));
        int by_collate = g_utf8_collate (names[i], names[j]);

        g_assert_cmpint ((by_key > 0) - (by_key < 0), ==, (by_collate > 0) - (by_collate < 0));
      }
  /* Made once: the same pointer every time */
  g_assert_true (career_skill_get_sort_key (skills->pdata[0]) ==
                 career_skill_get_sort_key (skills->pdata[0]));
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Waits for the career_catalog_prepare_async() that @result is for, then
 * finishes it */
static gboolean
wait_for_prepare (CareerCatalog  *catalog,
                  GAsyncResult  **result,
                  GError        **error)
{
  gboolean done;

  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  done = career_catalog_prepare_finish (catalog, *result, error);
  g_clear_object (result);
  return done;
}

/* The search key is the name and the description, case-folded, one line
 * each; the catalog makes the keys in a worker thread */
static void
test_search_key (void)
{
  static const char * const levels[] = { "0", "1", "2", "3", "4" };
  g_autoptr(CareerSkill) skill = career_skill_new ("ml", "PyTorch", "k",
                                                   "Tensors, Autograd and STRASSE", levels);
  g_autoptr(CareerSkill) bare = career_skill_new ("x", "X", "k", NULL, levels);
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  GListModel *skills;
  guint n_skills;

  g_assert_cmpstr (career_skill_get_search_key (skill), ==,
                   "pytorch\ntensors, autograd and strasse");
  g_assert_true (career_skill_get_search_key (skill) == career_skill_get_search_key (skill));
  g_assert_cmpstr (career_skill_get_search_key (bare), ==, "x\n");

  g_assert_true (career_catalog_load_builtin (catalog, &error));
  g_assert_no_error (error);
  skills = career_catalog_get_skills (catalog);
  n_skills = g_list_model_get_n_items (skills);
  g_assert_cmpuint (n_skills, >, 8);

  /* Cancelled before the worker starts, it makes nothing */
  g_cancellable_cancel (cancellable);
  career_catalog_prepare_async (catalog, cancellable, on_prepared_cb, &result);
  g_assert_false (wait_for_prepare (catalog, &result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  for (guint i = 0; i < n_skills; i++)
    {
      g_autoptr(CareerSkill) item = g_list_model_get_item (skills, i);

      g_assert_false (career_skill_has_keys (item));
    }

  /* Made in a worker: every skill has both keys when the callback comes,
   * the same the skill would make itself */
  career_catalog_prepare_async (catalog, NULL, on_prepared_cb, &result);
  g_assert_true (wait_for_prepare (catalog, &result, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n_skills; i++)
    {
      g_autoptr(CareerSkill) item = g_list_model_get_item (skills, i);
      g_autofree char *name_key = g_utf8_collate_key (career_skill_get_name (item), -1);

      g_assert_true (career_skill_has_keys (item));
      g_assert_cmpstr (career_skill_get_sort_key (item), ==, name_key);
    }
}

/* The catalog's worker finds the skills each program teaches too; the
 * program takes them as its own when the work is finished, unless its
 * courses' skills were resolved again meanwhile */
static void
test_taught_skills_worker (void)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(CareerProgram) first = NULL;
  GListModel *programs;
  guint n_programs;

  g_assert_true (career_catalog_load_builtin (catalog, &error));
  g_assert_no_error (error);
  programs = career_catalog_get_programs (catalog);
  n_programs = g_list_model_get_n_items (programs);
  g_assert_cmpuint (n_programs, >, 1);
  first = g_list_model_get_item (programs, 0);

  /* Cancelled, it gives none */
  g_cancellable_cancel (cancellable);
  career_catalog_prepare_async (catalog, cancellable, on_prepared_cb, &result);
  g_assert_false (wait_for_prepare (catalog, &result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  for (guint i = 0; i < n_programs; i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);

      g_assert_false (career_program_has_taught_skills (program));
    }

  /* The first program's skills resolved again while the worker runs: its
   * job's skills are out of date, and left */
  career_catalog_prepare_async (catalog, NULL, on_prepared_cb, &result);
  career_program_skills_resolved (first);
  g_assert_true (wait_for_prepare (catalog, &result, &error));
  g_assert_no_error (error);
  g_assert_false (career_program_has_taught_skills (first));

  /* The others have theirs: the skills each would find itself, in the
   * same order */
  for (guint i = 1; i < n_programs; i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);
      g_autoptr(GPtrArray) made = NULL;
      GPtrArray *found;

      g_assert_true (career_program_has_taught_skills (program));
      made = g_ptr_array_ref (career_program_get_taught_skills (program));
      g_assert_cmpuint (made->len, >, 0);
      career_program_skills_resolved (program);
      g_assert_false (career_program_has_taught_skills (program));
      found = career_program_get_taught_skills (program);
      g_assert_true (found != made);
      g_assert_cmpuint (found->len, ==, made->len);
      for (guint k = 0; k < found->len; k++)
        g_assert_true (g_ptr_array_index (found, k) == g_ptr_array_index (made, k));
    }

  /* One that made its own meanwhile keeps it */
  career_catalog_prepare_async (catalog, NULL, on_prepared_cb, &result);
  {
    GPtrArray *own = career_program_get_taught_skills (first);

    g_assert_true (wait_for_prepare (catalog, &result, &error));
    g_assert_true (career_program_get_taught_skills (first) == own);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/sort-key", test_sort_key);
  g_test_add_func ("/analysis/search-key", test_search_key);
  g_test_add_func ("/analysis/taught-skills-worker", test_taught_skills_worker);
  g_test_add_func ("/analysis/similarity/identical", test_similarity_identical);
  g_test_add_func ("/analysis/similarity/disjoint", test_similarity_disjoint);
  g_test_add_func ("/analysis/similarity/partial", test_similarity_partial);
  g_test_add_func ("/analysis/similarity/nothing-required", test_similarity_nothing_required);
  g_test_add_func ("/analysis/similarity/builtin-ai-ml", test_builtin_ai_ml);
  g_test_add_func ("/analysis/fit/none-and-full", test_fit_none_and_full);
  g_test_add_func ("/analysis/fit/partial", test_fit_partial);
  g_test_add_func ("/analysis/fit/no-compensation", test_fit_no_compensation);
  g_test_add_func ("/analysis/fit/undefined", test_fit_undefined);
  g_test_add_func ("/analysis/gaps/order", test_gaps_order);
  g_test_add_func ("/analysis/gaps/edges", test_gaps_edges);
  g_test_add_func ("/analysis/gaps/plan", test_gaps_for_plan);
  g_test_add_func ("/analysis/compare-roles", test_compare_roles);
  g_test_add_func ("/analysis/area-profile/values", test_area_profile);
  g_test_add_func ("/analysis/area-profile/empty", test_area_profile_empty);

  return g_test_run ();
}
