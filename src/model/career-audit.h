/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-plan.h"
#include "career-program.h"
#include "career-requirement.h"

G_BEGIN_DECLS

/*
 * The degree audit: a program's requirement tree, evaluated against a plan.
 *
 * Two views.  Every node carries two results, indexed by CareerAuditView:
 * CAREER_AUDIT_VIEW_COMPLETED counts the entries marked completed (and the
 * transfer credit), CAREER_AUDIT_VIEW_PLANNED counts every entry of the plan,
 * whatever its status.  A node that is SATISFIED in the planned view but not
 * in the completed one is "satisfied when the plan is completed".  Each
 * CareerAuditEntry keeps its status, so a view can show which of the courses
 * counted are done.  Each view is matched on its own (see below), so a course
 * may count toward a different requirement in the two views.
 *
 * Statuses.  SATISFIED: met for sure.  UNKNOWN: may be met, but that rests on
 * a fact the catalog does not know (an "unknown" requirement, a course whose
 * credits are not known, transfer credit under a limit that is not known),
 * or, for the degree as a whole, on a match of courses the search stopped
 * before it tried (see Limits below).
 * PARTIAL: not met for sure, with some progress (an entry counts somewhere
 * below).  OPEN: not met, nothing counts yet.  Groups combine their children
 * in three-valued logic: all-of is SATISFIED when every child is, else
 * UNKNOWN when no child is PARTIAL or OPEN; one-of and n-of are SATISFIED
 * when n children are, UNKNOWN when n children are SATISFIED or UNKNOWN.
 * "only-one-of" nodes are restrictions, not goals: their parents ignore them,
 * their own status is always SATISFIED and their reason says when the plan
 * has more than one of their courses.  A "specialization" node has the chosen
 * option's tree as its only child and its status; without a choice (or with
 * an id the program does not have) it is OPEN with a reason and no child:
 * the other options are not part of the audit.
 *
 * Which entries count.  Entries of courses of the program, in any term.  A
 * course counts once: when it is in several entries, the view counts the one
 * with the most advanced status (completed, in progress, planned), the
 * earliest on a tie; the others are "not counted" (REPEAT).  Entries of
 * courses outside the program are not counted (OUTSIDE_PROGRAM).  Transfer
 * credit counts toward the total credits only, never toward a requirement
 * node (it has no course, and a credits-from node without a course list asks
 * for courses *of the program*), and only up to the program's transfer limit;
 * when that limit is not known, transfer credit is "not known to count": it
 * is left out of the known credits and makes the credits UNKNOWN when it
 * could reach the total.  The overrides of entries are not read: they mark
 * warnings of the plan check (career-plan-check.h) and change nothing here.
 *
 * The degree as a whole (career_audit_get_status()) is the all-of of the
 * requirement tree and the total credits (career_audit_get_credits_status():
 * SATISFIED when the known credits reach the program's total credits, else
 * UNKNOWN when courses of unknown credits count, else PARTIAL or OPEN).
 *
 * Matching.  With double_counting FALSE, a course counts toward at most one
 * leaf (a course node or a credits-from node).  An only-one-of node lets at
 * most one of its courses count toward the degree at all (the others count
 * nowhere, not even toward the total credits).  The audit chooses, for each
 * view, the assignment of courses to leaves (and which course of an
 * only-one-of group counts) that maximises, lexicographically:
 *
 *   1. the status of the degree as a whole (career_audit_get_status():
 *      the tree and the total credits), SATISFIED > UNKNOWN > PARTIAL > OPEN;
 *   2. the status of the root of the tree, in the same order;
 *   3. S, the number of SATISFIED requirements that matter: for a node,
 *      [node SATISFIED] + the sum over the children it needs (all children of
 *      an all-of; the n best children of an n-of, the best child of a one-of,
 *      best by this same vector);
 *   4. P, the same count over SATISFIED or UNKNOWN requirements;
 *   5. G, the number of leaves with progress (an entry counts), over the
 *      children that are needed as above;
 *   6. C, the known credits counted in leaves, each credits-from node capped
 *      at the credits it needs, over the children needed as above;
 *   7. D, the known credits counted toward the degree (what only-one-of
 *      choices change).
 *
 * Ties keep the first assignment found: courses in plan order (by term, then
 * position) go to their leaves in tree order (a leaf that is full already
 * only when all are), and counting a course of an only-one-of group is tried
 * before leaving it out.
 *
 * The search is exact: a depth-first search over the courses with a choice
 * (eligible for two or more leaves, or in an only-one-of group), pruned by an
 * upper bound (every remaining course counted toward every leaf it may fill:
 * the objective, in its lexicographic order, only grows as courses are
 * added) and by a memo of the states already explored.  A state is the fill
 * of the leaves that remaining courses can still reach (a sorted multiset
 * among siblings that ask for the same thing), the results of the other
 * leaves per parent as a sorted multiset, the only-one-of groups used, D and
 * the count of courses of unknown credits counted.  Courses with one choice
 * are placed before the search, and a course is never tried on a leaf that
 * is full while it fits one that is not (that can only be as good).
 *
 * Cost.  Each state costs O(L log L + R·L + N) for L leaves, N nodes and R
 * courses still to place.  The number of states is exponential in the
 * number of courses with a choice in the worst case: when one requirement
 * group has many leaves that differ, that overlap in the courses they take,
 * and that cannot all be met, so the bound proves nothing early.  Measured
 * (tests/test-audit.c, /audit/matching-growth, "-m perf"; m courses of 3
 * credits, both views):
 *
 *   n-of m/2 of m course nodes + credits-from any (met):     m=24: 102 states, 1 ms
 *   the same + a credits-from that cannot be met:            m=12: 219, 2 ms;  m=24: 1269, 21 ms
 *   m+1 alike credits-from 3 nodes, each over all m courses: m=24: 24 states, 1 ms
 *   m+1 credits-from 3 nodes, node i over all but course i:  m=8: 501, 3 ms;  m=12: 8177, 96 ms;
 *                                                            m=16: stops at the work limit, ~0.2 s
 *
 * A master's plan has some ten courses, and real programs put a course in
 * one to three leaves; the built-in programs take under 100 states.
 * career_audit_get_n_states() tells how many states one audit explored.
 *
 * Limits.  Each view's search stops after CAREER_AUDIT_MAX_STATES states or
 * CAREER_AUDIT_MAX_WORK units of work, whichever comes first: a unit is a
 * leaf, node or course looked at, or a byte of memo key or search state
 * written, so a catalog of thousands of leaves cannot make each state cost
 * megabytes and the memo gigabytes (/audit/work-budget; a view that uses it
 * up takes some 0.25 s in an optimized build, 0.6 s in a debug one).  Then
 * career_audit_is_exact() is FALSE and the audit keeps the best assignment
 * found so far; the degree's status is UNKNOWN when an assignment it did not
 * try might (by the bound above) make it better: the audit could not decide.
 */

#define CAREER_AUDIT_MAX_STATES 50000
#define CAREER_AUDIT_MAX_WORK   (G_GUINT64_CONSTANT (64) << 20)

typedef enum
{
  CAREER_AUDIT_SATISFIED,
  CAREER_AUDIT_PARTIAL,
  CAREER_AUDIT_OPEN,
  CAREER_AUDIT_UNKNOWN,
} CareerAuditStatus;

typedef enum
{
  CAREER_AUDIT_VIEW_COMPLETED,
  CAREER_AUDIT_VIEW_PLANNED,
} CareerAuditView;

#define CAREER_AUDIT_N_VIEWS 2

/**
 * CareerAuditEntry:
 * @plan_course: the plan's entry
 * @term: its term
 * @term_position: the position of @term in the plan's terms
 * @position: the position of the entry in @term
 * @course_id: the full course id
 * @course: (nullable): the program's course, %NULL when the course is not
 *   one of the program's
 * @status: the entry's status
 * @has_credits: whether the course's credits are known
 * @credits: the credits, 0 when not known
 */
typedef struct
{
  CareerPlanCourse   *plan_course;
  CareerTerm         *term;
  guint               term_position;
  guint               position;
  const char         *course_id;
  CareerCourse       *course;
  CareerCourseStatus  status;
  gboolean            has_credits;
  double              credits;
} CareerAuditEntry;

/**
 * CareerAuditResult:
 * @status: the node's status in the view
 * @credits: the known credits of the entries in @entries
 * @n_unknown_credits: how many of @entries have credits that are not known
 * @n_satisfied: groups: how many children are SATISFIED
 * @entries: (element-type CareerAuditEntry): the entries that count toward
 *   the node (for groups, toward any node below it; each entry once), in plan
 *   order
 * @reason: (nullable): a sentence for a status that needs one ("Choose a
 *   specialization", an unknown node, an only-one-of group with more than one
 *   course, credits that are not known)
 */
typedef struct
{
  CareerAuditStatus  status;
  double             credits;
  guint              n_unknown_credits;
  guint              n_satisfied;
  GPtrArray         *entries;
  char              *reason;
} CareerAuditResult;

typedef struct _CareerAuditNode CareerAuditNode;

/**
 * CareerAuditNode:
 * @requirement: the program's node
 * @kind: @requirement's kind
 * @title: @requirement's title, or one made up for it ("COMP 642" for a
 *   course, "2 of 3" for an n-of without a title)
 * @n_needed: all-of, one-of, n-of: how many children must be met (the
 *   only-one-of children are not counted)
 * @credits_needed: credits-from: the credits it asks for
 * @specialization: (nullable): specialization: the chosen option
 * @children: (element-type CareerAuditNode): the audited children: the
 *   group's items; a specialization's chosen option's tree
 * @result: the results in each view, indexed by #CareerAuditView
 */
struct _CareerAuditNode
{
  CareerRequirement          *requirement;
  CareerRequirementKind       kind;
  char                       *title;
  guint                       n_needed;
  double                      credits_needed;
  const CareerSpecialization *specialization;
  GPtrArray                  *children;
  CareerAuditResult           result[CAREER_AUDIT_N_VIEWS];
};

/**
 * CareerAuditTotals:
 * @needed: the program's total credits
 * @completed: known credits of the completed courses counted (planned view)
 * @n_completed_unknown: completed courses counted whose credits are not known
 * @in_progress: known credits of the courses in progress counted
 * @n_in_progress_unknown: as above, in progress
 * @planned: known credits of the planned courses counted
 * @n_planned_unknown: as above, planned
 * @transfer: the transfer credit in the plan
 * @transfer_counted: the part of @transfer that counts: up to the program's
 *   limit; 0 when the limit is not known
 * @transfer_limit_known: whether the program's transfer limit is known
 * @transfer_limit: the limit, when known
 */
typedef struct
{
  double   needed;
  double   completed;
  guint    n_completed_unknown;
  double   in_progress;
  guint    n_in_progress_unknown;
  double   planned;
  guint    n_planned_unknown;
  double   transfer;
  double   transfer_counted;
  gboolean transfer_limit_known;
  double   transfer_limit;
} CareerAuditTotals;

typedef enum
{
  CAREER_AUDIT_NOT_COUNTED_REPEAT,          /* the course counts in another entry */
  CAREER_AUDIT_NOT_COUNTED_ONLY_ONE_OF,     /* another course of its only-one-of group counts */
  CAREER_AUDIT_NOT_COUNTED_OUTSIDE_PROGRAM, /* not a course of the program */
} CareerAuditNotCountedReason;

/**
 * CareerAuditNotCounted:
 * @entry: the entry
 * @reason: why it does not count
 * @message: the reason in a sentence
 */
typedef struct
{
  const CareerAuditEntry      *entry;
  CareerAuditNotCountedReason  reason;
  char                        *message;
} CareerAuditNotCounted;

#define CAREER_TYPE_AUDIT (career_audit_get_type ())

G_DECLARE_FINAL_TYPE (CareerAudit, career_audit, CAREER, AUDIT, GObject)

CareerAudit             *career_audit_new                    (CareerProgram   *program,
                                                              const char      *specialization_id,
                                                              CareerPlan      *plan);
CareerAudit             *career_audit_new_until              (CareerProgram   *program,
                                                              const char      *specialization_id,
                                                              CareerPlan      *plan,
                                                              CareerTerm      *last_term);
CareerProgram           *career_audit_get_program            (CareerAudit     *self);
const CareerAuditNode   *career_audit_get_root               (CareerAudit     *self);
CareerAuditStatus        career_audit_get_status             (CareerAudit     *self,
                                                              CareerAuditView  view);
CareerAuditStatus        career_audit_get_credits_status     (CareerAudit     *self,
                                                              CareerAuditView  view);
double                   career_audit_get_credits            (CareerAudit     *self,
                                                              CareerAuditView  view,
                                                              guint           *n_unknown);
const CareerAuditTotals *career_audit_get_totals             (CareerAudit     *self);
GPtrArray               *career_audit_get_entries            (CareerAudit     *self);
GPtrArray               *career_audit_get_not_counted        (CareerAudit     *self,
                                                              CareerAuditView  view);
GPtrArray               *career_audit_get_electives          (CareerAudit     *self,
                                                              CareerAuditView  view);
GPtrArray               *career_audit_get_unknown_credits    (CareerAudit     *self,
                                                              CareerAuditView  view);
char                    *career_audit_dup_credits_text       (CareerAudit     *self,
                                                              CareerAuditView  view);
gboolean                 career_audit_is_exact               (CareerAudit     *self);
guint                    career_audit_get_n_states           (CareerAudit     *self);

const char              *career_audit_status_to_label        (CareerAuditStatus status);

G_END_DECLS
