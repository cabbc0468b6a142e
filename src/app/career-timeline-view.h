/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-progress-history.h"

G_BEGIN_DECLS

#define CAREER_TYPE_TIMELINE_VIEW (career_timeline_view_get_type ())

/* Hosts the timeline chart of src/export: the same drawing as the PDF's. */
G_DECLARE_FINAL_TYPE (CareerTimelineView, career_timeline_view, CAREER, TIMELINE_VIEW, GtkWidget)

GtkWidget  *career_timeline_view_new         (void);
void        career_timeline_view_set_series  (CareerTimelineView   *self,
                                              CareerProgressSeries *series,
                                              const char           *name,
                                              gboolean              levels);
guint       career_timeline_view_get_n_points (CareerTimelineView  *self);
const char *career_timeline_view_get_summary (CareerTimelineView   *self);

G_END_DECLS
