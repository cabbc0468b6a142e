/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAREER_TYPE_CATEGORY (career_category_get_type ())

G_DECLARE_FINAL_TYPE (CareerCategory, career_category, CAREER, CATEGORY, GObject)

CareerCategory *career_category_new             (const char     *id,
                                                 const char     *name,
                                                 const char     *description);
const char     *career_category_get_id          (CareerCategory *self);
const char     *career_category_get_name        (CareerCategory *self);
const char     *career_category_get_description (CareerCategory *self);

G_END_DECLS
