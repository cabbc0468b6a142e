/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CAREER_LEARNING_KIND_MOOC,
  CAREER_LEARNING_KIND_CERTIFICATE,
  CAREER_LEARNING_KIND_PROJECT,
  CAREER_LEARNING_KIND_OTHER,
} CareerLearningKind;

#define CAREER_TYPE_LEARNING_KIND (career_learning_kind_get_type ())

GType career_learning_kind_get_type (void) G_GNUC_CONST;

#define CAREER_TYPE_OTHER_LEARNING (career_other_learning_get_type ())

G_DECLARE_FINAL_TYPE (CareerOtherLearning, career_other_learning, CAREER, OTHER_LEARNING, GObject)

CareerOtherLearning *career_other_learning_new              (const char          *title,
                                                             CareerLearningKind   kind,
                                                             double               weekly_hours);
void                 career_other_learning_add_skill        (CareerOtherLearning *self,
                                                             const char          *skill_id,
                                                             int                  level);
const char          *career_other_learning_get_title        (CareerOtherLearning *self);
CareerLearningKind   career_other_learning_get_kind         (CareerOtherLearning *self);
double               career_other_learning_get_weekly_hours (CareerOtherLearning *self);
guint                career_other_learning_get_n_skills     (CareerOtherLearning *self);
const char          *career_other_learning_get_skill        (CareerOtherLearning *self,
                                                             guint                position,
                                                             int                 *level);

G_END_DECLS
