/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "career-catalog.h"

G_BEGIN_DECLS

#define CAREER_TYPE_APPLICATION (career_application_get_type ())

G_DECLARE_FINAL_TYPE (CareerApplication, career_application, CAREER, APPLICATION,
                      AdwApplication)

CareerApplication *career_application_new         (void);
CareerCatalog     *career_application_get_catalog          (CareerApplication *self);
GPtrArray         *career_application_get_catalog_problems (CareerApplication *self);

typedef struct _CareerWindow CareerWindow;

CareerWindow      *career_application_new_plan_window      (CareerApplication *self);
CareerWindow      *career_application_open_plan            (CareerApplication *self,
                                                            GFile             *file,
                                                            GBytes            *data,
                                                            const char        *display_name);

void               career_application_update_session       (CareerApplication *self);
void               career_application_cancel_quit          (CareerApplication *self);

G_END_DECLS
