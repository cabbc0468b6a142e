/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-figure.h"
#include "career-skill-requirement.h"

G_BEGIN_DECLS

#define CAREER_TYPE_ROLE (career_role_get_type ())

G_DECLARE_FINAL_TYPE (CareerRole, career_role, CAREER, ROLE, GObject)

CareerRole             *career_role_new                  (const char         *id,
                                                          const char         *title,
                                                          const char         *summary,
                                                          const char * const *responsibilities,
                                                          const char         *masters_focus,
                                                          const char         *weights_note);
const char             *career_role_get_id               (CareerRole         *self);
const char             *career_role_get_title            (CareerRole         *self);
const char             *career_role_get_summary          (CareerRole         *self);
const char * const     *career_role_get_responsibilities (CareerRole         *self);
const char             *career_role_get_masters_focus    (CareerRole         *self);
const char             *career_role_get_weights_note     (CareerRole         *self);
GListModel             *career_role_get_requirements     (CareerRole         *self);
CareerSkillRequirement *career_role_lookup_requirement   (CareerRole         *self,
                                                          const char         *skill_id);
GListModel             *career_role_get_salaries         (CareerRole         *self);
GListModel             *career_role_get_outlook          (CareerRole         *self);

/* Used by the catalog loader while the role is being built. */
gboolean                career_role_add_requirement      (CareerRole             *self,
                                                          CareerSkillRequirement *requirement);
void                    career_role_add_figure           (CareerRole             *self,
                                                          CareerFigure           *figure);

G_END_DECLS
