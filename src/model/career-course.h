/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-prerequisite.h"
#include "career-skill.h"
#include "career-source.h"

G_BEGIN_DECLS

/* Seasons a course is offered in, as flags. */
typedef enum
{
  CAREER_OFFERED_SPRING = 1 << 0,
  CAREER_OFFERED_SUMMER = 1 << 1,
  CAREER_OFFERED_FALL   = 1 << 2,
} CareerOffering;

/* A skill a course teaches, and the level it brings a student to. */
typedef struct
{
  char        *skill_id;
  guint        level;
  CareerSkill *skill; /* resolved by the catalog */
} CareerCourseSkill;

#define CAREER_TYPE_COURSE (career_course_get_type ())

G_DECLARE_FINAL_TYPE (CareerCourse, career_course, CAREER, COURSE, GObject)

CareerCourse            *career_course_new                 (const char    *program_id,
                                                            const char    *local_id,
                                                            const char    *code,
                                                            const char    *title,
                                                            double         credits,
                                                            const char    *description,
                                                            CareerSource  *source);
const char              *career_course_get_id              (CareerCourse  *self);
const char              *career_course_get_local_id        (CareerCourse  *self);
const char              *career_course_get_program_id      (CareerCourse  *self);
const char              *career_course_get_code            (CareerCourse  *self);
const char              *career_course_get_title           (CareerCourse  *self);
gboolean                 career_course_get_credits         (CareerCourse  *self,
                                                            double        *credits);
const char              *career_course_get_description     (CareerCourse  *self);
const CareerSource      *career_course_get_source          (CareerCourse  *self);
guint                    career_course_get_n_skills        (CareerCourse  *self);
const CareerCourseSkill *career_course_get_skill           (CareerCourse  *self,
                                                            guint          index);
CareerPrereq            *career_course_get_required        (CareerCourse  *self);
CareerPrereq            *career_course_get_advised         (CareerCourse  *self);
const char              *career_course_get_prerequisite_note (CareerCourse *self);
gboolean                 career_course_get_offering        (CareerCourse  *self,
                                                            CareerOffering *offering);
gboolean                 career_course_get_workload        (CareerCourse  *self,
                                                            double        *hours,
                                                            const CareerSource **source);

/* Used by the catalog loader while the course is being built. */
gboolean                 career_course_add_skill           (CareerCourse  *self,
                                                            const char    *skill_id,
                                                            guint          level);
void                     career_course_set_skill           (CareerCourse  *self,
                                                            guint          index,
                                                            CareerSkill   *skill);
void                     career_course_set_prerequisites   (CareerCourse  *self,
                                                            CareerPrereq  *required,
                                                            CareerPrereq  *advised,
                                                            const char    *note);
void                     career_course_set_offering        (CareerCourse  *self,
                                                            CareerOffering offering);
void                     career_course_set_workload        (CareerCourse  *self,
                                                            double         hours,
                                                            CareerSource  *source);

G_END_DECLS
