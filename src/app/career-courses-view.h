/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"
#include "career-course-audit.h"
#include "career-plan.h"

G_BEGIN_DECLS

#define CAREER_TYPE_COURSES_VIEW (career_courses_view_get_type ())

G_DECLARE_FINAL_TYPE (CareerCoursesView, career_courses_view, CAREER, COURSES_VIEW, GtkWidget)

void                  career_courses_view_set_catalog             (CareerCoursesView   *self,
                                                                   CareerCatalog       *catalog);
void                  career_courses_view_set_plan                (CareerCoursesView   *self,
                                                                   CareerPlan          *plan);

/* What the buttons, menus and drops of the view do; each is one undo step
 * and offers "Undo" in a toast (win.show-undo-toast). */
CareerPlanCourse     *career_courses_view_add_course              (CareerCoursesView   *self,
                                                                   const char          *course_id,
                                                                   guint                term_position,
                                                                   int                  position);
gboolean              career_courses_view_move_course             (CareerCoursesView   *self,
                                                                   guint                from_term,
                                                                   guint                from_position,
                                                                   guint                to_term,
                                                                   int                  to_position);
void                  career_courses_view_remove_course           (CareerCoursesView   *self,
                                                                   guint                term_position,
                                                                   guint                position);
gboolean              career_courses_view_set_course_status       (CareerCoursesView   *self,
                                                                   guint                term_position,
                                                                   guint                position,
                                                                   CareerCourseStatus   status);
gboolean              career_courses_view_set_override            (CareerCoursesView   *self,
                                                                   guint                term_position,
                                                                   guint                position,
                                                                   const char          *kind,
                                                                   const char          *note);
int                   career_courses_view_add_term                (CareerCoursesView   *self,
                                                                   CareerSeason         season,
                                                                   int                  year);
void                  career_courses_view_remove_term             (CareerCoursesView   *self,
                                                                   guint                position);
void                  career_courses_view_add_other_learning      (CareerCoursesView   *self,
                                                                   guint                term_position,
                                                                   CareerOtherLearning *item);
void                  career_courses_view_remove_other_learning   (CareerCoursesView   *self,
                                                                   guint                term_position,
                                                                   guint                position);
CareerTransferCredit *career_courses_view_add_transfer_credit     (CareerCoursesView   *self,
                                                                   const char          *title,
                                                                   double               credits,
                                                                   const char          *note);
void                  career_courses_view_remove_transfer_credit  (CareerCoursesView   *self,
                                                                   guint                position);
gboolean              career_courses_view_choose_program          (CareerCoursesView   *self,
                                                                   const char          *program_id,
                                                                   const char          *specialization_id);
void                  career_courses_view_commit_weekly_hours     (CareerCoursesView   *self);

/* The catalog's filters, as the search entry and the filter buttons set them */
void                  career_courses_view_set_filters             (CareerCoursesView   *self,
                                                                   const char          *search,
                                                                   gboolean             eligible_now,
                                                                   gboolean             not_planned,
                                                                   const char          *skill_id);
gboolean              career_courses_view_set_course_filters      (CareerCoursesView   *self,
                                                                   CareerCourseKind     kind,
                                                                   double               credits,
                                                                   double               max_weekly_hours);
guint                 career_courses_view_get_n_shown_courses     (CareerCoursesView   *self);
GtkWidget            *career_courses_view_get_term_card           (CareerCoursesView   *self,
                                                                   guint                position);
CareerCourseAudit    *career_courses_view_get_audit               (CareerCoursesView   *self);
void                  career_courses_view_refresh                 (CareerCoursesView   *self);

/* Plain decisions of the view, tested without a display. */
gboolean              career_course_matches_search                (CareerCourse        *course,
                                                                   const char          *casefolded_text);
gboolean              career_course_prerequisites_met             (CareerCourse        *course,
                                                                   GHashTable          *planned);
char                 *career_prereq_dup_text                      (CareerPrereq        *prereq,
                                                                   CareerCatalog       *catalog);
GMenuModel           *career_plan_dup_add_menu                    (CareerPlan          *plan,
                                                                   const char          *course_id);
void                  career_plan_next_term                       (CareerPlan          *plan,
                                                                   CareerOffering       seasons,
                                                                   GDateTime           *now,
                                                                   CareerSeason        *season,
                                                                   int                 *year);

G_END_DECLS
