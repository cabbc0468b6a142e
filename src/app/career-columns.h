/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_COLUMNS (career_columns_get_type ())

/* A container of equal columns that stack when the width is too small. */
G_DECLARE_FINAL_TYPE (CareerColumns, career_columns, CAREER, COLUMNS, GtkWidget)

G_END_DECLS
