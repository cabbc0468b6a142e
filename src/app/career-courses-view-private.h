/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * What the parts of the Courses view share. The view is one widget in
 * three files, by concern:
 *
 *   career-courses-view.c     the program, the weekly hours, the terms, the
 *                             summary, the actions and the public API
 *   career-courses-catalog.c  the course catalog: its rows, the filters and
 *                             the recommendations above it
 *   career-courses-forms.c    transfer credit and other learning: their
 *                             forms and rows
 */

#include <adwaita.h>

#include "career-course-audit.h"
#include "career-drop-down.h"
#include "career-courses-view.h"
#include "career-growing-model.h"
#include "career-plan-check.h"
#include "career-plan-cost.h"
#include "career-projection.h"

G_BEGIN_DECLS

struct _CareerCoursesView
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkStack           *main_stack;
  GtkListBox         *program_list;
  AdwLeaflet         *leaflet;
  GtkLabel           *catalog_title;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *eligible_toggle;
  GtkToggleButton    *unplanned_toggle;
  CareerDropDown     *skill_dropdown;
  CareerDropDown     *kind_dropdown;
  CareerDropDown     *credits_dropdown;
  CareerDropDown     *workload_dropdown;
  AdwStatusPage      *catalog_empty;
  GtkWidget          *recommend_box;
  GtkWidget          *recommend_expander;
  GtkListBox         *recommend_list;
  GtkStack           *catalog_stack;
  GtkListView        *course_list;
  CareerDropDown     *program_dropdown;
  GtkLabel           *program_description;
  GtkWidget          *specialization_row;
  CareerDropDown     *specialization_dropdown;
  GtkLabel           *catalog_year_label;
  GtkSpinButton      *hours_spin;
  GtkScrolledWindow  *board_scroller;
  GtkMenuButton      *add_term_button;
  GtkStack           *terms_stack;
  GtkListBox         *terms_list;
  GtkMenuButton      *first_term_button;
  GtkMenuButton      *add_transfer_button;
  GtkLabel           *transfer_limit_label;
  GtkListBox         *transfer_list;
  CareerCourseAudit  *audit;
  GtkFlowBox         *stats_box;
  GtkWidget          *stat_values[3];
  GtkWidget          *stat_captions[3];

  CareerCatalog      *catalog;
  CareerPlan         *plan;
  gulong              plan_changed_id;
  CareerProgram      *program;          /* the one shown; the catalog's */

  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GHashTable         *haystacks;        /* CareerCourse -> case-folded text */
  guint               haystacks_folded; /* courses folded ahead, in order */
  guint               haystacks_id;
  GPtrArray          *skill_choices;    /* skill_dropdown's items after "All Skills" */
  GPtrArray          *specialization_ids;
  GHashTable         *planned;          /* course id -> label of its first term */
  GHashTable         *bound_items;      /* GtkListItems bound now */
  char               *search_text;
  char               *skill_id;
  GArray             *credit_values;    /* credits_dropdown's items (double); 0 first */
  GHashTable         *kinds;            /* course id -> CareerCourseKind */
  char               *kinds_specialization_id;
  CareerCourseKind    kind_filter;      /* NOT_KNOWN: any kind */
  double              credits_filter;   /* 0: any */
  double              workload_filter;  /* 0: any */
  gboolean            eligible_only;
  gboolean            unplanned_only;

  CareerPlanCheck    *check;
  CareerPlanCost     *cost;
  CareerProjection   *projection;
  CareerGrowingModel *terms;       /* the plan's terms, as the cards show them */

  /* The degree audit is filled once the view has been drawn (see
   * update_audit()): until then a refresh only marks it pending */
  gboolean            audit_drawn;
  gboolean            audit_pending;
  GdkFrameClock      *audit_clock;
  gulong              audit_paint_id;
  guint               audit_tick_id;

  guint               refresh_id;
  guint               recommend_id;
  gboolean            recommendations_stale;
  guint               hours_commit_id;
  gboolean            updating;
};

void             _career_courses_view_show_undo_toast       (CareerCoursesView  *self);
CareerProgram   *_career_courses_view_plan_program          (CareerCoursesView  *self);
guint            _career_courses_view_n_terms               (CareerCoursesView  *self);
CareerTerm      *_career_courses_view_get_term              (CareerCoursesView  *self,
                                                             guint              position);
void             _career_courses_view_queue_refresh         (CareerCoursesView  *self);
void             _career_courses_view_rebind_course_rows    (CareerCoursesView  *self);
void             _career_courses_view_update_catalog_empty  (CareerCoursesView  *self);
void             _career_courses_view_apply_filters         (CareerCoursesView  *self);
void             _career_courses_view_fold_haystacks        (CareerCoursesView  *self);
void             _career_courses_view_update_filter_choices (CareerCoursesView  *self);
void             _career_courses_view_update_kinds          (CareerCoursesView  *self);
void             _career_courses_view_queue_recommendations (CareerCoursesView  *self);
GtkWidget       *_career_courses_view_transfer_popover_new  (CareerCoursesView  *self);
GtkWidget       *_career_courses_view_create_transfer_row   (gpointer           item,
                                                             gpointer           user_data);
void             _career_courses_view_update_transfer_limit (CareerCoursesView  *self);
void             _career_courses_view_show_add_learning     (CareerCoursesView  *self,
                                                             guint              term_position);
void             _career_courses_view_class_init_catalog    (GtkWidgetClass     *widget_class);
void             _career_courses_view_init_catalog          (CareerCoursesView  *self);

G_END_DECLS
