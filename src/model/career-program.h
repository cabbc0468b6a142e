/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-course.h"
#include "career-requirement.h"
#include "career-source.h"

G_BEGIN_DECLS

/**
 * CareerCourseKind:
 * @CAREER_COURSE_KIND_NOT_KNOWN: the catalog does not say (part of the
 *   program's requirements is not known)
 * @CAREER_COURSE_KIND_CORE: a requirement names the course
 * @CAREER_COURSE_KIND_ELECTIVE: it counts only as an elective
 *
 * See career_program_dup_course_kinds().
 */
typedef enum
{
  CAREER_COURSE_KIND_NOT_KNOWN,
  CAREER_COURSE_KIND_CORE,
  CAREER_COURSE_KIND_ELECTIVE,
} CareerCourseKind;

#define CAREER_TYPE_PROGRAM (career_program_get_type ())

G_DECLARE_FINAL_TYPE (CareerProgram, career_program, CAREER, PROGRAM, GObject)

CareerProgram      *career_program_new                    (const char         *id,
                                                           const char         *institution,
                                                           const char         *name,
                                                           const char         *degree,
                                                           const char         *catalog_year,
                                                           const char         *description,
                                                           double              total_credits,
                                                           CareerSource       *source);
const char         *career_program_get_id                 (CareerProgram      *self);
const char         *career_program_get_institution        (CareerProgram      *self);
const char         *career_program_get_name               (CareerProgram      *self);
const char         *career_program_get_degree             (CareerProgram      *self);
const char         *career_program_get_catalog_year       (CareerProgram      *self);
const char         *career_program_get_description        (CareerProgram      *self);
double              career_program_get_total_credits      (CareerProgram      *self);
gboolean            career_program_get_transfer_limit     (CareerProgram      *self,
                                                           double             *credits);
gboolean            career_program_get_tuition            (CareerProgram      *self,
                                                           double             *per_credit,
                                                           const char        **currency,
                                                           const CareerSource **source);
CareerOffering      career_program_get_terms              (CareerProgram      *self);
gboolean            career_program_get_double_counting    (CareerProgram      *self);
const CareerSource *career_program_get_source             (CareerProgram      *self);
GListModel         *career_program_get_courses            (CareerProgram      *self);
CareerCourse       *career_program_lookup_course          (CareerProgram      *self,
                                                           const char         *id);
CareerRequirement  *career_program_get_requirements       (CareerProgram      *self);
GPtrArray          *career_program_get_specializations    (CareerProgram      *self);
GHashTable         *career_program_dup_course_kinds       (CareerProgram      *self,
                                                           const char         *specialization_id);
GPtrArray          *career_program_get_taught_skills      (CareerProgram      *self);
gboolean            career_program_has_taught_skills      (CareerProgram      *self);

/* career_program_get_taught_skills() made in a worker thread */
typedef struct _CareerTaughtSkillsJob CareerTaughtSkillsJob;

CareerTaughtSkillsJob *career_taught_skills_job_new    (CareerProgram         *program);
void                   career_taught_skills_job_run    (CareerTaughtSkillsJob *job);
void                   career_taught_skills_job_finish (CareerTaughtSkillsJob *job);
void                   career_taught_skills_job_free   (CareerTaughtSkillsJob *job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerTaughtSkillsJob, career_taught_skills_job_free)

/* Used by the catalog loader while the program is being built. */
gboolean            career_program_add_course             (CareerProgram      *self,
                                                           CareerCourse       *course);
void                career_program_skills_resolved        (CareerProgram      *self);
void                career_program_set_transfer_limit     (CareerProgram      *self,
                                                           double              credits);
void                career_program_set_tuition            (CareerProgram      *self,
                                                           double              per_credit,
                                                           const char         *currency,
                                                           CareerSource       *source);
void                career_program_set_terms              (CareerProgram      *self,
                                                           CareerOffering      terms);
void                career_program_set_double_counting    (CareerProgram      *self,
                                                           gboolean            allowed);
void                career_program_set_requirements       (CareerProgram      *self,
                                                           CareerRequirement  *requirements);

G_END_DECLS
