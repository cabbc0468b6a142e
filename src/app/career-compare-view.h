/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"

G_BEGIN_DECLS

#define CAREER_TYPE_COMPARE_VIEW (career_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (CareerCompareView, career_compare_view, CAREER, COMPARE_VIEW, GtkWidget)

void career_compare_view_set_catalog (CareerCompareView *self,
                                  CareerCatalog     *catalog);

G_END_DECLS
