/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "career-figure.h"
#include "career-projection.h"
#include "career-source.h"

G_BEGIN_DECLS

/* The one place where figures become text a person reads: numbers use the
 * locale's separators, and money keeps the currency it was recorded in. */
char *career_format_number  (double              value,
                             guint               decimals);
char *career_format_money   (double              amount,
                             const char         *currency);
char *career_format_percent (double              value);
char *career_format_credits (double              credits);
char *career_format_hours   (double              hours);
char *career_format_as_of   (const char         *as_of);
char *career_format_source  (const CareerSource *source);
char *career_format_figure  (CareerFigure       *figure);

const char *career_format_course_status (CareerCourseStatus      status);
char       *career_format_skill_raise   (const CareerSkillRaise *raise);

G_END_DECLS
