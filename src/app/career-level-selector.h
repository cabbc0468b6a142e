/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_LEVEL_SELECTOR (career_level_selector_get_type ())

/*
 * Five linked toggle buttons, 0 to 4, for one skill's level. One click is one
 * change (a slider would record every step it passes). Emits ::level-chosen
 * only for a person's choice, never when the level is set from code.
 */
G_DECLARE_FINAL_TYPE (CareerLevelSelector, career_level_selector, CAREER, LEVEL_SELECTOR,
                      GtkWidget)

GtkWidget *career_level_selector_new            (void);
void       career_level_selector_set_level      (CareerLevelSelector *self,
                                                 guint                level);
guint      career_level_selector_get_level      (CareerLevelSelector *self);
void       career_level_selector_set_skill      (CareerLevelSelector *self,
                                                 const char          *skill_name,
                                                 const char * const  *level_texts);

G_END_DECLS
