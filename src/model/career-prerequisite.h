/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CAREER_PREREQ_COURSE,
  CAREER_PREREQ_ALL,
  CAREER_PREREQ_ANY,
} CareerPrereqKind;

#define CAREER_TYPE_PREREQ (career_prereq_get_type ())

/*
 * A prerequisite expression: a course, or all / any of sub-expressions.
 * Immutable once built; course ids are the catalog's full ids
 * ("PROGRAM-ID/COURSE-ID").
 */
typedef struct _CareerPrereq CareerPrereq;

struct _CareerPrereq
{
  CareerPrereqKind  kind;
  char             *course_id; /* CAREER_PREREQ_COURSE */
  GPtrArray        *children;  /* CAREER_PREREQ_ALL, CAREER_PREREQ_ANY: CareerPrereq */
};

GType         career_prereq_get_type        (void) G_GNUC_CONST;
CareerPrereq *career_prereq_new_course      (const char    *course_id);
CareerPrereq *career_prereq_new_group       (CareerPrereqKind kind);
void          career_prereq_add_child       (CareerPrereq  *group,
                                             CareerPrereq  *child);
CareerPrereq *career_prereq_ref             (CareerPrereq  *self);
void          career_prereq_unref           (CareerPrereq  *self);
void          career_prereq_collect_courses (CareerPrereq  *self,
                                             GPtrArray     *course_ids);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerPrereq, career_prereq_unref)

G_END_DECLS
