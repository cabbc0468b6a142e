/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "career-application.h"
#include "career-plan.h"
#include "career-plan-file.h"

G_BEGIN_DECLS

#define CAREER_TYPE_WINDOW (career_window_get_type ())

G_DECLARE_FINAL_TYPE (CareerWindow, career_window, CAREER, WINDOW, AdwApplicationWindow)

CareerWindow *career_window_new      (CareerApplication *application,
                                    CareerPlan        *plan);
void          career_window_set_catalog (CareerWindow   *self,
                                       CareerCatalog  *catalog);
void          career_window_set_plan (CareerWindow      *self,
                                    CareerPlan        *plan);
CareerPlan   *career_window_get_plan (CareerWindow      *self);
GtkWidget    *career_window_get_view (CareerWindow      *self,
                                      const char        *name);
GtkWindow    *career_window_open_comparison (CareerWindow *self);

void          career_window_set_file         (CareerWindow             *self,
                                              GFile                    *file,
                                              const CareerPlanFileInfo *info);
GFile        *career_window_get_file         (CareerWindow             *self);
char         *career_window_dup_display_name (CareerWindow             *self);
void          career_window_save             (CareerWindow             *self);
void          career_window_save_to          (CareerWindow             *self,
                                              GFile                    *file);
gboolean      career_window_get_saving       (CareerWindow             *self);
gboolean      career_window_has_unsaved_changes (CareerWindow *self);

void          career_window_autosave_now     (CareerWindow             *self);
const char   *career_window_get_autosave_id  (CareerWindow             *self);
void          career_window_set_autosave_id  (CareerWindow             *self,
                                              const char               *id);

void          career_window_show_welcome     (CareerWindow             *self,
                                              gboolean                  welcome);

GtkWindow    *career_window_compare_programs (CareerWindow            *self);

GtkFileFilter *career_plan_file_filter_new   (void);

G_END_DECLS
