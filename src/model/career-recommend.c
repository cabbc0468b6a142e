/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "career-audit.h"
#include "career-projection.h"
#include "career-recommend.h"

/* Which course to add next; see career-recommend.h for the rules. */

/* A reason names this many skills, then says how many more */
#define MAX_NAMED_SKILLS 3

/* The best open leaf found for a course so far */
typedef struct
{
  CareerRecommendAudit  rank;
  const char           *title;
  gboolean              credits_leaf;
  gboolean              of_degree;  /* a course node with no titled node above */
} AuditMatch;

static guint
level_of (CareerLevelFunc  level_func,
          gpointer         user_data,
          const char      *skill_id)
{
  if (level_func == NULL)
    return 0;

  return MIN (level_func (skill_id, user_data), CAREER_SKILL_LEVEL_MAX);
}

static guint
taught_level (CareerCourse *course,
              const char   *skill_id)
{
  guint level = 0;

  for (guint i = 0; i < career_course_get_n_skills (course); i++)
    {
      const CareerCourseSkill *taught = career_course_get_skill (course, i);

      if (g_str_equal (taught->skill_id, skill_id))
        level = MAX (level, taught->level);
    }

  return MIN (level, CAREER_SKILL_LEVEL_MAX);
}

static const char *
skill_name (const CareerRecommendSkill *skill)
{
  return skill->skill != NULL ? career_skill_get_name (skill->skill) : skill->skill_id;
}

static int
compare_skills (gconstpointer a,
                gconstpointer b)
{
  const CareerRecommendSkill *skill_a = a;
  const CareerRecommendSkill *skill_b = b;
  int result;

  if (skill_a->weighted != skill_b->weighted)
    return skill_a->weighted > skill_b->weighted ? -1 : 1;
  if (skill_a->importance != skill_b->importance)
    return skill_a->importance > skill_b->importance ? -1 : 1;

  if (skill_a->skill != NULL && skill_b->skill != NULL)
    result = strcmp (career_skill_get_sort_key (skill_a->skill),
                     career_skill_get_sort_key (skill_b->skill));
  else
    result = g_utf8_collate (skill_name (skill_a), skill_name (skill_b));
  return result != 0 ? result : strcmp (skill_a->skill_id, skill_b->skill_id);
}

static void
recommend_skill_clear (gpointer data)
{
  CareerRecommendSkill *skill = data;

  g_clear_pointer (&skill->skill_id, g_free);
}

static gboolean
prereq_met (CareerPrereq *prereq,
            GHashTable   *taken)
{
  switch (prereq->kind)
    {
    case CAREER_PREREQ_COURSE:
      return g_hash_table_contains (taken, prereq->course_id);

    case CAREER_PREREQ_ALL:
      for (guint i = 0; i < prereq->children->len; i++)
        if (!prereq_met (g_ptr_array_index (prereq->children, i), taken))
          return FALSE;
      return TRUE;

    case CAREER_PREREQ_ANY:
    default:
      for (guint i = 0; i < prereq->children->len; i++)
        if (prereq_met (g_ptr_array_index (prereq->children, i), taken))
          return TRUE;
      return FALSE;
    }
}

static gboolean
string_array_contains (GPtrArray  *array,
                       const char *string)
{
  for (guint i = 0; array != NULL && i < array->len; i++)
    if (g_str_equal (g_ptr_array_index (array, i), string))
      return TRUE;

  return FALSE;
}

/* Whether an only-one-of node of the audited tree has @course_id and another
 * course that the plan has: then @course_id would count nowhere */
static gboolean
blocked_by_only_one_of (const CareerAuditNode *node,
                        const char            *course_id,
                        GHashTable            *taken)
{
  if (node->kind == CAREER_REQUIREMENT_ONLY_ONE_OF)
    {
      GPtrArray *ids = node->requirement->course_ids;

      if (!string_array_contains (ids, course_id))
        return FALSE;
      for (guint i = 0; i < ids->len; i++)
        {
          const char *other = g_ptr_array_index (ids, i);

          if (!g_str_equal (other, course_id) && g_hash_table_contains (taken, other))
            return TRUE;
        }
      return FALSE;
    }

  for (guint i = 0; node->children != NULL && i < node->children->len; i++)
    if (blocked_by_only_one_of (g_ptr_array_index (node->children, i), course_id, taken))
      return TRUE;

  return FALSE;
}

/* Finds the open leaves of the planned view that @course could go to; see
 * career-recommend.h.  @titled is the title of the nearest node above with a
 * title of its own in the catalog, %NULL when none has one. */
static void
find_open_leaf (const CareerAuditNode *node,
                CareerCourse          *course,
                const char            *titled,
                AuditMatch            *match)
{
  const char *course_id = career_course_get_id (course);
  const CareerAuditResult *result = &node->result[CAREER_AUDIT_VIEW_PLANNED];
  CareerRecommendAudit rank = CAREER_RECOMMEND_AUDIT_NONE;
  double credits;

  if (result->status == CAREER_AUDIT_SATISFIED)
    return;

  switch (node->kind)
    {
    case CAREER_REQUIREMENT_COURSE:
      if (g_strcmp0 (node->requirement->course_id, course_id) == 0)
        rank = CAREER_RECOMMEND_AUDIT_SATISFIES;
      break;

    case CAREER_REQUIREMENT_CREDITS_FROM:
      if (node->requirement->course_ids != NULL &&
          !string_array_contains (node->requirement->course_ids, course_id))
        break;
      if (career_course_get_credits (course, &credits) &&
          result->credits + credits >= node->credits_needed - 1e-9)
        rank = CAREER_RECOMMEND_AUDIT_SATISFIES;
      else
        rank = CAREER_RECOMMEND_AUDIT_COUNTS_TOWARD;
      break;

    case CAREER_REQUIREMENT_ONLY_ONE_OF:
    case CAREER_REQUIREMENT_UNKNOWN:
      break;

    case CAREER_REQUIREMENT_ALL_OF:
    case CAREER_REQUIREMENT_ONE_OF:
    case CAREER_REQUIREMENT_N_OF:
    case CAREER_REQUIREMENT_SPECIALIZATION:
    default:
      if (node->requirement != NULL && node->requirement->title != NULL)
        titled = node->requirement->title;
      for (guint i = 0; node->children != NULL && i < node->children->len; i++)
        find_open_leaf (g_ptr_array_index (node->children, i), course, titled, match);
      return;
    }

  if (rank > match->rank)
    {
      match->rank = rank;
      match->credits_leaf = node->kind == CAREER_REQUIREMENT_CREDITS_FROM;
      match->title = match->credits_leaf ? node->title : titled;
      match->of_degree = match->title == NULL;
    }
}

/* "A, B and C", in the words of the locale */
static char *
join_list (GPtrArray *items)
{
  char *text;

  g_assert (items->len > 0);

  text = g_strdup (g_ptr_array_index (items, 0));
  for (guint i = 1; i < items->len; i++)
    {
      char *joined;

      if (i + 1 < items->len)
        /* Translators: joins the items of a list but the last: "A, B" */
        joined = g_strdup_printf (C_("list", "%1$s, %2$s"), text,
                                  (const char *) g_ptr_array_index (items, i));
      else
        /* Translators: joins the last item of a list: "A, B and C" */
        joined = g_strdup_printf (C_("list", "%1$s and %2$s"), text,
                                  (const char *) g_ptr_array_index (items, i));
      g_free (text);
      text = joined;
    }

  return text;
}

static void
add_sentence (GString    *text,
              const char *sentence)
{
  g_autofree char *joined = NULL;

  if (text->len == 0)
    {
      g_string_append (text, sentence);
      return;
    }

  /* Translators: joins two sentences of a recommendation's reason; keep the
   * space if your language puts one between sentences */
  joined = g_strdup_printf (C_("sentences", "%1$s %2$s"), text->str, sentence);
  g_string_assign (text, joined);
}

static char *
build_reason (const CareerRecommendation *recommendation,
              const AuditMatch           *match,
              gboolean                    has_role)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (recommendation->skills->len > 0)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;
      g_autofree char *sentence = NULL;
      guint n_named = recommendation->skills->len > MAX_NAMED_SKILLS + 1
                      ? MAX_NAMED_SKILLS : recommendation->skills->len;

      for (guint i = 0; i < n_named; i++)
        {
          const CareerRecommendSkill *skill = &g_array_index (recommendation->skills,
                                                              CareerRecommendSkill, i);
          guint levels = skill->to - skill->from;

          g_ptr_array_add (items,
                           /* Translators: part of "Closes 2 levels of Deep Learning
                            * (importance 5) and 1 level of MLOps (importance 3)":
                            * %1$u is a number of levels, %2$s a skill, %3$u how
                            * important the skill is to the role, from 1 to 5 */
                           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u level of %2$s (importance %3$u)",
                                                      "%1$u levels of %2$s (importance %3$u)",
                                                      levels),
                                            levels, skill_name (skill), skill->importance));
        }
      if (n_named < recommendation->skills->len)
        {
          guint n_more = recommendation->skills->len - n_named;

          g_ptr_array_add (items,
                           /* Translators: the last part of "Closes 2 levels of A
                            * (importance 5), …, 1 level of C (importance 4) and 3
                            * more skills" */
                           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more skill", "%u more skills", n_more),
                                            n_more));
        }
      list = join_list (items);
      /* Translators: %s is a list such as "2 levels of Deep Learning
       * (importance 5) and 1 level of MLOps (importance 3)" */
      sentence = g_strdup_printf (_("Closes %s."), list);
      add_sentence (text, sentence);
    }
  else if (has_role)
    {
      add_sentence (text, _("Closes no skill gap for the role beyond what the plan already brings."));
    }

  if (match->rank != CAREER_RECOMMEND_AUDIT_NONE)
    {
      g_autofree char *sentence = NULL;

      if (match->rank == CAREER_RECOMMEND_AUDIT_COUNTS_TOWARD)
        /* Translators: %s is a requirement of the degree, "Machine learning electives" */
        sentence = g_strdup_printf (_("Counts toward %s."), match->title);
      else if (match->credits_leaf)
        /* Translators: %s is a requirement of the degree, "Machine learning electives" */
        sentence = g_strdup_printf (_("Completes %s."), match->title);
      else if (match->of_degree)
        sentence = g_strdup (_("Meets a requirement of the degree."));
      else
        /* Translators: %s is a group of requirements of the degree, "Core courses" */
        sentence = g_strdup_printf (_("Meets a requirement of %s."), match->title);
      add_sentence (text, sentence);
    }

  if (!recommendation->has_credits && !recommendation->has_workload)
    add_sentence (text, _("Credits and workload not known."));
  else if (!recommendation->has_credits)
    add_sentence (text, _("Credits not known."));
  else if (!recommendation->has_workload)
    add_sentence (text, _("Workload not known."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
compare_recommendations (gconstpointer a,
                         gconstpointer b)
{
  const CareerRecommendation *rec_a = *(CareerRecommendation * const *) a;
  const CareerRecommendation *rec_b = *(CareerRecommendation * const *) b;
  int result;

  if (rec_a->score != rec_b->score)
    return rec_a->score > rec_b->score ? -1 : 1;
  if (rec_a->audit != rec_b->audit)
    return rec_a->audit > rec_b->audit ? -1 : 1;

  result = strcmp (career_course_get_code (rec_a->course), career_course_get_code (rec_b->course));
  return result != 0 ? result : strcmp (career_course_get_id (rec_a->course),
                                        career_course_get_id (rec_b->course));
}

/**
 * career_recommend_skills:
 * @role: the role
 * @course: a course
 * @level_func: (nullable): the levels to start from; %NULL for all 0
 *
 * Returns: (transfer full) (element-type CareerRecommendSkill): the skills of
 *   @role that @course raises toward their targets, from the levels of
 *   @level_func, in the order of CareerRecommendation.skills
 */
GArray *
career_recommend_skills (CareerRole      *role,
                         CareerCourse    *course,
                         CareerLevelFunc  level_func,
                         gpointer         user_data)
{
  GArray *skills;
  GListModel *requirements;

  g_return_val_if_fail (CAREER_IS_ROLE (role), NULL);
  g_return_val_if_fail (CAREER_IS_COURSE (course), NULL);

  skills = g_array_new (FALSE, TRUE, sizeof (CareerRecommendSkill));
  g_array_set_clear_func (skills, recommend_skill_clear);

  (void) requirements;
  for (guint i = 0; i < career_course_get_n_skills (course); i++)
    {
      const char *skill_id = career_course_get_skill (course, i)->skill_id;
      CareerSkillRequirement *req = career_role_lookup_requirement (role, skill_id);
      guint target, level, taught;
      CareerRecommendSkill skill = { 0, };

      if (req == NULL)
        continue;
      target = career_skill_requirement_get_target (req);
      level = level_of (level_func, user_data, skill_id);
      taught = taught_level (course, skill_id);
      if (MIN (target, MAX (level, taught)) <= MIN (target, level))
        continue;

      skill.skill_id = g_strdup (skill_id);
      skill.skill = career_skill_requirement_get_skill (req);
      skill.importance = career_skill_requirement_get_importance (req);
      skill.target = target;
      skill.from = level;
      skill.to = MIN (target, taught);
      skill.weighted = skill.importance * (skill.to - skill.from);
      g_array_append_val (skills, skill);
    }
  g_array_sort (skills, compare_skills);

  return skills;
}

/**
 * career_recommend_score:
 * @role: the role
 * @course: a course
 * @level_func: (nullable): the levels to start from; %NULL for all 0
 *
 * Returns: Σ importance × (min (target, max (level, taught)) − min (target,
 *   level)) over the skills @role lists (see career-recommend.h)
 */
guint
career_recommend_score (CareerRole      *role,
                        CareerCourse    *course,
                        CareerLevelFunc  level_func,
                        gpointer         user_data)
{
  GListModel *requirements;
  guint score = 0;

  g_return_val_if_fail (CAREER_IS_ROLE (role), 0);
  g_return_val_if_fail (CAREER_IS_COURSE (course), 0);

  /* Only the skills the course teaches can add to the score: walk those
   * (a few) instead of the role's (up to every skill of the catalog) */
  (void) requirements;
  for (guint i = 0; i < career_course_get_n_skills (course); i++)
    {
      const CareerCourseSkill *course_skill = career_course_get_skill (course, i);
      CareerSkillRequirement *req = career_role_lookup_requirement (role, course_skill->skill_id);
      const char *skill_id = course_skill->skill_id;
      guint target, level, taught;

      if (req == NULL)
        continue;
      target = career_skill_requirement_get_target (req);
      level = level_of (level_func, user_data, skill_id);
      taught = taught_level (course, skill_id);
      score += career_skill_requirement_get_importance (req) *
               (MIN (target, MAX (level, taught)) - MIN (target, level));
    }

  return score;
}

void
career_recommendation_free (CareerRecommendation *recommendation)
{
  if (recommendation == NULL)
    return;

  g_clear_object (&recommendation->course);
  g_clear_pointer (&recommendation->skills, g_array_unref);
  g_free (recommendation->requirement);
  g_free (recommendation->reason);
  g_free (recommendation);
}

/**
 * career_recommend_courses:
 * @plan: the plan
 * @catalog: the catalog its courses come from
 * @program: the plan's program
 * @specialization_id: (nullable): the plan's specialization
 * @role: (nullable): the target role; without one only the audit ranks
 * @max: the most recommendations to return; 0 for all
 *
 * Returns: (transfer full) (element-type CareerRecommendation): the
 *   recommended courses, best first (see career-recommend.h)
 */
GPtrArray *
career_recommend_courses (CareerPlan    *plan,
                          CareerCatalog *catalog,
                          CareerProgram *program,
                          const char    *specialization_id,
                          CareerRole    *role,
                          guint          max)
{
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autoptr(CareerProjection) projection = NULL;
  g_autoptr(CareerAudit) audit = NULL;
  g_autoptr(GHashTable) taken = NULL;
  const CareerAuditNode *root;
  GHashTable *levels;
  GListModel *terms, *courses;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (CAREER_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (role == NULL || CAREER_IS_ROLE (role), NULL);

  recommendations = g_ptr_array_new_with_free_func ((GDestroyNotify) career_recommendation_free);
  projection = career_projection_new (plan, catalog, role);
  levels = career_projection_get_final_levels (projection);
  audit = career_audit_new (program, specialization_id, plan);
  root = career_audit_get_root (audit);

  /* Every course of the plan, whatever its term and status */
  taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  terms = career_plan_get_terms (plan);
  for (guint t = 0; t < g_list_model_get_n_items (terms); t++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
      GListModel *entries = career_term_get_courses (term);

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (entries, i);

          g_hash_table_add (taken, g_strdup (career_plan_course_get_course_id (entry)));
        }
    }

  courses = career_program_get_courses (program);
  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);
      const char *course_id = career_course_get_id (course);
      CareerPrereq *required = career_course_get_required (course);
      CareerRecommendation *recommendation;
      AuditMatch match = { CAREER_RECOMMEND_AUDIT_NONE, NULL, FALSE, FALSE };
      guint score = 0;

      if (g_hash_table_contains (taken, course_id) ||
          (required != NULL && !prereq_met (required, taken)) ||
          blocked_by_only_one_of (root, course_id, taken))
        continue;

      if (role != NULL)
        score = career_recommend_score (role, course, career_projection_level, levels);
      find_open_leaf (root, course, NULL, &match);
      if (score == 0 && match.rank == CAREER_RECOMMEND_AUDIT_NONE)
        continue;

      recommendation = g_new0 (CareerRecommendation, 1);
      recommendation->course = g_object_ref (course);
      recommendation->score = score;
      if (role != NULL)
        recommendation->skills = career_recommend_skills (role, course,
                                                          career_projection_level, levels);
      else
        recommendation->skills = g_array_new (FALSE, TRUE, sizeof (CareerRecommendSkill));
      recommendation->audit = match.rank;
      recommendation->requirement = g_strdup (match.of_degree ? root->title : match.title);
      recommendation->has_credits = career_course_get_credits (course, &recommendation->credits);
      recommendation->has_workload = career_course_get_workload (course,
                                                                 &recommendation->workload, NULL);
      recommendation->reason = build_reason (recommendation, &match, role != NULL);
      g_ptr_array_add (recommendations, recommendation);
    }

  g_ptr_array_sort (recommendations, compare_recommendations);
  if (max > 0 && recommendations->len > max)
    g_ptr_array_set_size (recommendations, max);

  return g_steal_pointer (&recommendations);
}
