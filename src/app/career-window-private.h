/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-compare-view.h"
#include "career-courses-view.h"
#include "career-skills-view.h"
#include "career-window.h"

G_BEGIN_DECLS

/* The pages of the view stack */
enum {
  CAREER_VIEW_COMPARE,
  CAREER_VIEW_SKILLS,
  CAREER_VIEW_COURSES,
  CAREER_N_VIEWS
};

struct _CareerWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwToast             *undo_toast;     /* weak: the toast offering Undo */
  AdwViewStack         *stack;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  GtkWidget            *menu_button;
  AdwEntryRow          *setup_name_row;
  AdwComboRow          *setup_role_row;
  GtkListBox           *setup_skills_list;
  GtkListBox           *recent_list;
  GtkWidget            *recent_heading;
  CareerCompareView    *compare_view;

  GSettings            *settings;
  CareerPlan           *plan;
  CareerCatalog        *catalog;
  GtkWindow            *comparison_window;

  /* The plan's file: NULL until it is saved. A plan read from a newer
   * version of the format is read-only and never written back. */
  GFile                *file;
  gboolean              read_only;
  char                 *read_only_reason;
  gboolean              saving;
  gboolean              close_after_save;

  /* The Skills and Courses views are built, in their pages' bins, once
   * the window has drawn its first frame and is idle (see prepare_cb()),
   * or when first shown if that is sooner: a window opens on Compare, and
   * building the other two would delay its first frame for pages nobody
   * has looked at yet. NULL until then. */
  GtkWidget            *skills_bin;
  GtkWidget            *courses_bin;
  CareerSkillsView     *skills_view;
  CareerCoursesView    *courses_view;

  /* A view just built stays hidden until the frame that shows it begins
   * (see build_shown_view()) */
  GtkWidget            *new_view;
  GdkFrameClock        *new_view_clock;
  gulong                new_view_id;

  /* Where the keyboard focus was in each view when it was last hidden
   * (weak pointers), and the view the focus goes back into once a switch
   * to it is on screen (see focus_after_paint()) */
  GtkWidget            *last_focus[CAREER_N_VIEWS];
  GtkWidget            *focus_view;
  GdkFrameClock        *focus_clock;
  gulong                focus_paint_id;

  /* Hidden views for GTK to restyle and lay out while the window is idle
   * (a bit per view), the delay before it starts, the view visible to CSS
   * for the frame that restyles it, and the turns that lay it out after
   * that frame (see queue_restyle_hidden_views()) */
  guint                 restyle_pending;
  guint                 restyle_source;
  GtkWidget            *restyle_view;
  GdkFrameClock        *restyle_clock;
  gulong                restyle_id;
  guint                 restyle_layout_source;
  guint                 restyle_layout_step;
  /* When a key was last pressed (g_get_monotonic_time()); whether the
   * restyle under way is to be followed by another (see prepare_cb()) */
  gint64                key_time;
  gboolean              restyle_again;
  /* The views laid out once, shown or not (a bit per view) */
  guint                 laid_out;

  /* Whether the catalog has its skills' keys and its programs' taught
   * skills, made in a worker thread (stopped by @prepare_cancellable);
   * then the views, a step at a time while the app is idle (see
   * prepare_cb()) */
  gboolean              catalog_prepared;
  GCancellable         *prepare_cancellable;
  guint                 view_steps;
  guint                 prepare_source;

  /* Whether the window has drawn its first frame, and the handler that
   * waits for it */
  gboolean              drawn;
  GdkFrameClock        *drawn_clock;
  gulong                drawn_id;

  /* Unsaved changes are copied to the state folder a moment after each
   * change (see career-autosave.h). */
  char                 *autosave_id;
  guint                 autosave_source;
};

#define CAREER_AUTOSAVE_DELAY_MS 2000

void     career_window_document_init          (CareerWindowClass *klass);
void     career_window_programs_init          (CareerWindowClass *klass);
void     career_window_update_title           (CareerWindow      *self);
gboolean career_window_close_request          (GtkWindow         *window);
void     career_window_commit_edits           (CareerWindow      *self);
void     career_window_autosave_init          (CareerWindow      *self);
void     career_window_autosave_dispose       (CareerWindow      *self);
void     career_window_watch_plan_for_autosave (CareerWindow     *self);
GFile   *career_autosave_get_directory_cached (void);

G_END_DECLS
