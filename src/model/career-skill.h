/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-category.h"

G_BEGIN_DECLS

#define CAREER_SKILL_LEVEL_MAX 4
#define CAREER_TYPE_SKILL (career_skill_get_type ())

G_DECLARE_FINAL_TYPE (CareerSkill, career_skill, CAREER, SKILL, GObject)

CareerSkill    *career_skill_new             (const char         *id,
                                              const char         *name,
                                              const char         *category_id,
                                              const char         *description,
                                              const char * const *levels);
const char     *career_skill_get_id          (CareerSkill        *self);
const char     *career_skill_get_name        (CareerSkill        *self);
const char     *career_skill_get_sort_key    (CareerSkill        *self);
const char     *career_skill_get_search_key  (CareerSkill        *self);
gboolean        career_skill_has_keys        (CareerSkill        *self);
const char     *career_skill_get_category_id (CareerSkill        *self);
CareerCategory *career_skill_get_category    (CareerSkill        *self);
void            career_skill_set_category    (CareerSkill        *self,
                                              CareerCategory     *category);
const char     *career_skill_get_description (CareerSkill        *self);
const char     *career_skill_get_level_text  (CareerSkill        *self,
                                              guint               level);
const char     *career_level_get_name        (guint               level);

G_END_DECLS
