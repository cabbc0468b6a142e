/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_CAPTION (career_caption_get_type ())

G_DECLARE_FINAL_TYPE (CareerCaption, career_caption, CAREER, CAPTION, GtkWidget)

GtkWidget  *career_caption_new      (void);
const char *career_caption_get_text (CareerCaption *self);
void        career_caption_set_text (CareerCaption *self,
                                     const char    *text);

G_END_DECLS
