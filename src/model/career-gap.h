/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-skill.h"

G_BEGIN_DECLS

#define CAREER_TYPE_GAP (career_gap_get_type ())

/* One skill a person is short of for a role: the role asks for @target, the
 * person has @level < @target.  The weighted gap, importance × (target − level),
 * is what the gap list is ordered by.  Immutable; see career_analysis_gaps(). */
G_DECLARE_FINAL_TYPE (CareerGap, career_gap, CAREER, GAP, GObject)

CareerGap   *career_gap_new              (const char  *skill_id,
                                          CareerSkill *skill,
                                          guint        importance,
                                          guint        target,
                                          guint        level);
const char  *career_gap_get_skill_id     (CareerGap   *self);
CareerSkill *career_gap_get_skill        (CareerGap   *self);
const char  *career_gap_get_skill_name   (CareerGap   *self);
guint        career_gap_get_importance   (CareerGap   *self);
guint        career_gap_get_target       (CareerGap   *self);
guint        career_gap_get_level        (CareerGap   *self);
guint        career_gap_get_gap          (CareerGap   *self);
guint        career_gap_get_weighted_gap (CareerGap   *self);

G_END_DECLS
