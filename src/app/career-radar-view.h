/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-analysis.h"

G_BEGIN_DECLS

#define CAREER_TYPE_RADAR_VIEW (career_radar_view_get_type ())

/* Hosts the radar chart of src/export: the same drawing as the PDF's. */
G_DECLARE_FINAL_TYPE (CareerRadarView, career_radar_view, CAREER, RADAR_VIEW, GtkWidget)

GtkWidget  *career_radar_view_new          (void);
void        career_radar_view_set_profile  (CareerRadarView   *self,
                                            CareerAreaProfile *profile);
const char *career_radar_view_get_summary  (CareerRadarView   *self);

G_END_DECLS
