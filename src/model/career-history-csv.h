/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

char *career_history_to_csv (CareerPlan    *plan,
                             CareerCatalog *catalog);

G_END_DECLS
