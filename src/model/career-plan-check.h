/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * Warnings about a plan, per course entry and per term.  The kinds are the
 * keys of CareerPlanCourse's overrides:
 *
 * prerequisite    The course's required prerequisite expression is not met by
 *                 the courses of the plan's EARLIER terms (before the entry's
 *                 term by career_term_compare(), never the same term), in any
 *                 status: a planned course of an earlier term counts, as the
 *                 catalog format says ("passed, or planned in an earlier
 *                 term").  Transfer credit has no course, so it meets no
 *                 prerequisite.  The reason names what is missing.
 * offering        Only where it is known: the course's terms_offered lacks
 *                 the term's season; when terms_offered is not known, the
 *                 course's program does not run a term in that season.
 * duplicate       The course is in more than one entry: every occurrence
 *                 after the first (by term, then position) is warned, naming
 *                 the terms of the others.
 * unknown-course  The course id is not in the catalog.  No other check but
 *                 duplicate applies to such an entry.
 * capacity        Per TERM, in CareerPlanTermCheck.capacity, not in the
 *                 entries' lists: the term's known weekly hours (the known
 *                 workloads of its courses plus its other learning) exceed
 *                 the plan's weekly hours.  Courses whose workload is not
 *                 known are left out and counted, so the figure is a lower
 *                 bound and a warning rests on known hours only.  The plan
 *                 keeps overrides on entries only, so a term's capacity
 *                 warning is overridden when ANY entry of the term has a
 *                 "capacity" override (the first one's note is shown); the
 *                 UI sets it on the term's first entry.
 *
 * An overridden warning stays in the lists with @overridden set and its
 * note.  Every status (planned, in progress, completed) is checked the same.
 *
 * Hints are advice, not warnings: advised prerequisites not in an earlier
 * term, the course's prerequisite note, and, when a program is given, a
 * course that is not one of the program's.
 *
 * Cost: one pass over the terms in date order with a set of the courses of
 * the earlier terms, plus one table of the occurrences of each course:
 * O(n + p + t log t) hash operations for n entries, p prerequisite nodes and
 * t terms.
 */

#define CAREER_PLAN_WARNING_PREREQUISITE   "prerequisite"
#define CAREER_PLAN_WARNING_OFFERING       "offering"
#define CAREER_PLAN_WARNING_DUPLICATE      "duplicate"
#define CAREER_PLAN_WARNING_CAPACITY       "capacity"
#define CAREER_PLAN_WARNING_UNKNOWN_COURSE "unknown-course"

/**
 * CareerPlanWarning:
 * @kind: one of the CAREER_PLAN_WARNING_* strings
 * @reason: one line for people: "Needs COMP 642 in an earlier term"
 * @overridden: whether the entry has an override of @kind
 * @note: (nullable): the override's note
 */
typedef struct
{
  const char *kind;
  char       *reason;
  gboolean    overridden;
  char       *note;
} CareerPlanWarning;

typedef enum
{
  CAREER_PLAN_HINT_ADVISED,          /* an advised prerequisite is not in an earlier term */
  CAREER_PLAN_HINT_NOTE,             /* the catalog's prerequisite note */
  CAREER_PLAN_HINT_OUTSIDE_PROGRAM,  /* the course is not one of the program's */
} CareerPlanHintKind;

typedef struct
{
  CareerPlanHintKind  kind;
  char               *text;
} CareerPlanHint;

/**
 * CareerPlanEntryCheck:
 * @entry: the plan's entry
 * @course: (nullable): its course, %NULL when the catalog does not have it
 * @position: its position in the term
 * @warnings: (element-type CareerPlanWarning): in the order prerequisite,
 *   offering, duplicate (or unknown-course, duplicate)
 * @hints: (element-type CareerPlanHint)
 */
typedef struct
{
  CareerPlanCourse *entry;
  CareerCourse     *course;
  guint             position;
  GPtrArray        *warnings;
  GPtrArray        *hints;
} CareerPlanEntryCheck;

/**
 * CareerPlanTermCheck:
 * @term: the term
 * @position: its position in the plan
 * @weekly_hours: known weekly hours: known course workloads and other learning
 * @n_unknown_workload: courses of the term whose workload is not known
 * @hours_available: the plan's weekly hours
 * @workload_text: "12 h a week", "At least 23 h a week; 2 courses' workload
 *   not known", or "Not known" when no hours of the term are known
 * @capacity: (nullable): the capacity warning, if any
 * @entries: (element-type CareerPlanEntryCheck): in the term's order
 */
typedef struct
{
  CareerTerm        *term;
  guint              position;
  double             weekly_hours;
  guint              n_unknown_workload;
  double             hours_available;
  char              *workload_text;
  CareerPlanWarning *capacity;
  GPtrArray         *entries;
} CareerPlanTermCheck;

#define CAREER_TYPE_PLAN_CHECK (career_plan_check_get_type ())

G_DECLARE_FINAL_TYPE (CareerPlanCheck, career_plan_check, CAREER, PLAN_CHECK, GObject)

CareerPlanCheck            *career_plan_check_new              (CareerPlan       *plan,
                                                                CareerCatalog    *catalog,
                                                                CareerProgram    *program);
guint                       career_plan_check_get_n_terms      (CareerPlanCheck  *self);
const CareerPlanTermCheck  *career_plan_check_get_term         (CareerPlanCheck  *self,
                                                                guint             position);
const CareerPlanEntryCheck *career_plan_check_get_entry        (CareerPlanCheck  *self,
                                                                guint             term_position,
                                                                guint             position);
const CareerPlanEntryCheck *career_plan_check_lookup_entry     (CareerPlanCheck  *self,
                                                                CareerPlanCourse *entry);
guint                       career_plan_check_count_warnings   (CareerPlanCheck  *self,
                                                                gboolean          overridden_too);

void                        career_plan_check_compute_workload (CareerTerm       *term,
                                                                CareerCatalog    *catalog,
                                                                double           *hours,
                                                                guint            *n_unknown);

G_END_DECLS
