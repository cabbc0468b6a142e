/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"

G_BEGIN_DECLS

#define CAREER_TYPE_SKILLS_VIEW (career_skills_view_get_type ())

G_DECLARE_FINAL_TYPE (CareerSkillsView, career_skills_view, CAREER, SKILLS_VIEW, GtkWidget)

void career_skills_view_set_catalog (CareerSkillsView *self,
                                  CareerCatalog     *catalog);

G_END_DECLS
