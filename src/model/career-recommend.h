/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-analysis.h"
#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * Which course to add next: the program's eligible courses, ranked by the
 * skill gap they close for the target role beyond what the plan already
 * brings, then by what they do for the degree audit.
 *
 * Eligible.  A course of the plan's program that
 *   - is in no entry of the plan (in any term or status);
 *   - has its required prerequisites met by the courses of the plan, in any
 *     term and status (completed, in progress or planned): every course of
 *     the plan is in a term no later than the last one, so the course could
 *     go in a term after the plan's last term without a prerequisite warning
 *     (career-plan-check.h).  Advised prerequisites are advice and do not
 *     make a course ineligible;
 *   - would count toward the degree: not in an only-one-of group of the
 *     audited tree (with the plan's specialization) that has another course
 *     in the plan already, as then it would count nowhere (career-audit.h).
 * Whether the course runs in the season of that next term is not checked:
 * which season comes next is the person's choice, and terms_offered is often
 * not known.  A course whose credits or workload are not known is eligible;
 * its reason says what is not known.
 *
 * Score.  With L(s) the level after the plan's last term
 * (career_projection_get_final_levels(): rated levels, then every course
 * entry, completed, in progress or planned, and other learning), and
 * taught(s) the level the course teaches s to (0 when it does not teach s),
 * over the skills s the role lists with its importance and target:
 *
 *   score = Σ importance(s) × (min (target(s), max (L(s), taught(s)))
 *                              − min (target(s), L(s)))
 *
 * the weighted gap the course closes beyond what the plan already projects.
 * The role's targets are used, as in career_analysis_fit().
 *
 * Audit.  The audit of the plan as it is (career_audit_new(), planned view)
 * is read, not recomputed: a leaf of the audited tree is OPEN FOR the course
 * when it is a course node for the course, or a credits-from node whose
 * course list has it (or that takes any course of the program), and neither
 * the leaf nor any node above it is SATISFIED in the planned view (only-one-of
 * nodes are restrictions, not goals, and are skipped).  Then the course
 *   SATISFIES the leaf when it is a course node, or a credits-from node whose
 *     counted known credits plus the course's known credits reach the
 *     credits it asks for;
 *   COUNTS TOWARD it otherwise (a course whose credits are not known, or
 *     fewer credits than the leaf still needs).
 * A course's audit rank is the best over its open leaves (SATISFIES, then
 * COUNTS TOWARD, then none); the first such leaf in tree order is the one
 * named.  The audit re-matches every course when one is added, so this says
 * what the course can do with the plan's present matching, not a new audit;
 * it does not count the total credits of the degree (any course with credits
 * would move that).
 *
 * Ranking: score descending, then audit rank descending, then the course
 * code (bytewise), then the id.  Only courses with a score above 0 or an
 * audit rank above none are recommended: a course that closes no gap and
 * counts toward no open requirement is not advice.  Without a role every
 * score is 0 and the ranking is the audit's.
 */

typedef enum
{
  CAREER_RECOMMEND_AUDIT_NONE,
  CAREER_RECOMMEND_AUDIT_COUNTS_TOWARD,
  CAREER_RECOMMEND_AUDIT_SATISFIES,
} CareerRecommendAudit;

/**
 * CareerRecommendSkill:
 * @skill_id: a skill of the role the course raises toward its target
 * @skill: (nullable): the catalog's skill
 * @importance: the role's importance of the skill
 * @target: the role's target
 * @from: the level after the plan
 * @to: the level the course brings it to, at most @target
 * @weighted: importance × (to − from), the course's share of the score
 */
typedef struct
{
  char        *skill_id;
  CareerSkill *skill;
  guint        importance;
  guint        target;
  guint        from;
  guint        to;
  guint        weighted;
} CareerRecommendSkill;

/**
 * CareerRecommendation:
 * @course: the course
 * @score: the weighted gap it closes (see above)
 * @skills: (element-type CareerRecommendSkill): the skills it raises toward
 *   their targets, by @weighted descending, then importance descending, then
 *   skill name and id; the sum of their @weighted is @score
 * @audit: what it does for the degree audit
 * @requirement: (nullable): the requirement it counts toward: the title of
 *   the credits-from leaf, or for a course leaf the title of the nearest node
 *   above it that has one in the catalog (else the audit's title of the
 *   root); %NULL when @audit is NONE
 * @has_credits: whether its credits are known
 * @credits: its credits, 0 when not known
 * @has_workload: whether its weekly workload is known
 * @workload: its hours a week, 0 when not known
 * @reason: the why, in sentences for people: "Closes 2 levels of Deep
 *   Learning (importance 5) and 1 level of MLOps (importance 3). Counts
 *   toward Machine learning electives. Workload not known."  With more than
 *   four @skills it names the first three, then says how many more ("… and
 *   2 more skills")
 */
typedef struct
{
  CareerCourse         *course;
  guint                 score;
  GArray               *skills;
  CareerRecommendAudit  audit;
  char                 *requirement;
  gboolean              has_credits;
  double                credits;
  gboolean              has_workload;
  double                workload;
  char                 *reason;
} CareerRecommendation;

GPtrArray *career_recommend_courses     (CareerPlan           *plan,
                                         CareerCatalog        *catalog,
                                         CareerProgram        *program,
                                         const char           *specialization_id,
                                         CareerRole           *role,
                                         guint                 max);
void       career_recommendation_free   (CareerRecommendation *recommendation);

guint      career_recommend_score       (CareerRole           *role,
                                         CareerCourse         *course,
                                         CareerLevelFunc       level_func,
                                         gpointer              user_data);
GArray    *career_recommend_skills      (CareerRole           *role,
                                         CareerCourse         *course,
                                         CareerLevelFunc       level_func,
                                         gpointer              user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerRecommendation, career_recommendation_free)

G_END_DECLS
