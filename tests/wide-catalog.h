/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

CareerCatalog *wide_catalog_new (guint n_courses,
                                 guint n,
                                 guint total);
CareerPlan    *wide_plan_new    (guint n_plan);

G_END_DECLS
