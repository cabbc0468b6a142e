/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"

G_BEGIN_DECLS

#define CAREER_TYPE_COURSES_VIEW (career_courses_view_get_type ())

G_DECLARE_FINAL_TYPE (CareerCoursesView, career_courses_view, CAREER, COURSES_VIEW, GtkWidget)

void career_courses_view_set_catalog (CareerCoursesView *self,
                                  CareerCatalog     *catalog);

G_END_DECLS
