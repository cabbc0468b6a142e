/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-analysis.h"
#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * The skill levels a person will have after each term of the plan.
 *
 * Start: the levels the person rated (career_plan_get_level(), taken as 0-4).
 *
 * After term t, for every skill s:
 *
 *   level_t(s) = max (level_{t-1}(s), the levels of s taught by the term's
 *                     course entries and by its other learning)
 *
 * with level_{-1} the start.  The levels only grow: a course never lowers a
 * level the person already has.
 *
 * Which entries count.  Every course entry, whatever its status: completed,
 * in progress AND planned.  This is a projection of the plan: it answers
 * "where will I be if I follow it", so a planned course counts from the
 * term it is planned in.  (The skill status's "projected" level,
 * career-skill-status.h, counts completed courses only: that one says where
 * the person stands today.)  Each raise records the status of the entry it
 * comes from, so a view can tell what is done from what is hoped for.  Other
 * learning (CareerOtherLearning) has no status and always counts.  An entry
 * of a course the catalog does not have teaches nothing known: it raises no
 * level and is counted in CareerProjectionTerm.n_unknown_courses.
 *
 * Terms come in the plan's order, which is by date (career_term_compare()).
 * A term with no entry still has its row, with the levels of the term before.
 *
 * Fit: career_analysis_fit() of the role with each term's levels, so it uses
 * the role's targets (a custom target of the plan changes nothing here, as
 * in the fit everywhere else).  Without a role every fit is undefined.  The
 * "fit at graduation" is the fit after the plan's last term, whichever term
 * the degree is met in (career-plan-cost.h finds that one).
 *
 * Level tables.  Each table is a #GHashTable from a skill id to its level
 * (GUINT_TO_POINTER), holding every skill whose level is above 0; a skill
 * not in it has level 0.  Give one as the user data of
 * career_projection_level(), a #CareerLevelFunc, to career_analysis_fit(),
 * career_analysis_gaps() or career_analysis_area_profile().  The projection
 * is a snapshot: it does not follow later edits of the plan.
 *
 * Cost: O(e·k + t·s) for e entries teaching k skills each, t terms and s
 * skills with a level (each term keeps its own table).
 */

typedef enum
{
  CAREER_RAISE_BY_COURSE,
  CAREER_RAISE_BY_OTHER_LEARNING,
} CareerRaiseSource;

/**
 * CareerSkillRaise:
 * @skill_id: the skill raised
 * @skill: (nullable): the catalog's skill; %NULL when the catalog does not
 *   have it (other learning may name any skill)
 * @from: the level before the term
 * @to: the level after it, above @from
 * @source: whether a course entry or other learning raised it
 * @course_id: (nullable): the course's full id; %NULL for other learning
 * @title: the course's code ("COMP 642") or the other learning's title
 * @status: the course entry's status; %CAREER_COURSE_STATUS_PLANNED for
 *   other learning, which has none
 * @importance: the role's importance of the skill; 0 when the role does not
 *   list it (or there is no role)
 * @target: the role's target level of the skill; 0 as above
 *
 * When several entries of one term teach a skill up to the same level, the
 * first one is named: course entries in the term's order, then other
 * learning in its order.
 */
typedef struct
{
  char               *skill_id;
  CareerSkill        *skill;
  guint               from;
  guint               to;
  CareerRaiseSource   source;
  char               *course_id;
  char               *title;
  CareerCourseStatus  status;
  guint               importance;
  guint               target;
} CareerSkillRaise;

/**
 * CareerProjectionTerm:
 * @term: the term
 * @position: its position in the plan
 * @levels: (element-type utf8 guint): the levels after the term (see above)
 * @fit: the fit to the role with @levels
 * @raised: (element-type CareerSkillRaise): the skills the term raises, by
 *   the weighted gap they close for the role, importance × (min (target,
 *   to) − min (target, from)), descending; then by the role's weight
 *   importance × target descending (so a skill the role needs comes before
 *   one it does not); then by skill name and id
 * @n_unknown_courses: the term's course entries whose course the catalog
 *   does not have
 */
typedef struct
{
  CareerTerm *term;
  guint       position;
  GHashTable *levels;
  CareerFit   fit;
  GPtrArray  *raised;
  guint       n_unknown_courses;
} CareerProjectionTerm;

#define CAREER_TYPE_PROJECTION (career_projection_get_type ())

G_DECLARE_FINAL_TYPE (CareerProjection, career_projection, CAREER, PROJECTION, GObject)

CareerProjection           *career_projection_new              (CareerPlan       *plan,
                                                                CareerCatalog    *catalog,
                                                                CareerRole       *role);
CareerRole                 *career_projection_get_role         (CareerProjection *self);
guint                       career_projection_get_n_terms      (CareerProjection *self);
const CareerProjectionTerm *career_projection_get_term         (CareerProjection *self,
                                                                guint             position);
GHashTable                 *career_projection_get_start_levels (CareerProjection *self);
CareerFit                   career_projection_get_start_fit    (CareerProjection *self);
GHashTable                 *career_projection_get_final_levels (CareerProjection *self);
CareerFit                   career_projection_get_final_fit    (CareerProjection *self);

guint                       career_projection_level            (const char       *skill_id,
                                                                gpointer          levels);

G_END_DECLS
