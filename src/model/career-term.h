/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* In calendar order: terms of one year sort by season */
typedef enum
{
  CAREER_SEASON_SPRING,
  CAREER_SEASON_SUMMER,
  CAREER_SEASON_FALL,
} CareerSeason;

#define CAREER_TYPE_SEASON (career_season_get_type ())

GType career_season_get_type (void) G_GNUC_CONST;

#define CAREER_TYPE_TERM (career_term_get_type ())

G_DECLARE_FINAL_TYPE (CareerTerm, career_term, CAREER, TERM, GObject)

CareerTerm   *career_term_new                (CareerSeason  season,
                                              int           year);
CareerSeason  career_term_get_season         (CareerTerm   *self);
int           career_term_get_year           (CareerTerm   *self);
GListModel   *career_term_get_courses        (CareerTerm   *self);
GListModel   *career_term_get_other_learning (CareerTerm   *self);
char         *career_term_dup_label          (CareerTerm   *self);
int           career_term_compare            (CareerTerm   *a,
                                              CareerTerm   *b);

G_END_DECLS
