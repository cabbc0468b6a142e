/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CAREER_REQUIREMENT_ALL_OF,
  CAREER_REQUIREMENT_ONE_OF,
  CAREER_REQUIREMENT_N_OF,
  CAREER_REQUIREMENT_COURSE,
  CAREER_REQUIREMENT_CREDITS_FROM,
  CAREER_REQUIREMENT_ONLY_ONE_OF,
  CAREER_REQUIREMENT_SPECIALIZATION,
  CAREER_REQUIREMENT_UNKNOWN,
} CareerRequirementKind;

#define CAREER_TYPE_REQUIREMENT (career_requirement_get_type ())

typedef struct _CareerRequirement    CareerRequirement;
typedef struct _CareerSpecialization CareerSpecialization;

/*
 * A node of a program's requirement tree. Immutable once built; course ids are
 * the catalog's full ids ("PROGRAM-ID/COURSE-ID").
 */
struct _CareerRequirement
{
  CareerRequirementKind  kind;
  char                  *title;      /* nullable */
  char                  *note;       /* nullable */
  guint                  n;          /* N_OF: how many items must be met */
  double                 credits;    /* CREDITS_FROM: credits needed */
  char                  *course_id;  /* COURSE */
  GPtrArray             *course_ids; /* CREDITS_FROM (NULL = any course), ONLY_ONE_OF */
  GPtrArray             *children;   /* ALL_OF, ONE_OF, N_OF: CareerRequirement */
  GPtrArray             *options;    /* SPECIALIZATION: CareerSpecialization */
};

/* One choosable specialization and the requirements it adds. */
struct _CareerSpecialization
{
  char              *id;
  char              *name;
  CareerRequirement *requirements;
};

GType                 career_requirement_get_type         (void) G_GNUC_CONST;
CareerRequirement    *career_requirement_new              (CareerRequirementKind  kind);
CareerRequirement    *career_requirement_ref              (CareerRequirement     *self);
void                  career_requirement_unref            (CareerRequirement     *self);
void                  career_requirement_add_child        (CareerRequirement     *self,
                                                           CareerRequirement     *child);
void                  career_requirement_add_option       (CareerRequirement     *self,
                                                           const char            *id,
                                                           const char            *name,
                                                           CareerRequirement     *requirements);
const char           *career_requirement_kind_to_string   (CareerRequirementKind  kind);
gboolean              career_requirement_kind_from_string (const char            *string,
                                                           CareerRequirementKind *kind);
CareerSpecialization *career_requirement_find_option      (CareerRequirement     *self,
                                                           const char            *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerRequirement, career_requirement_unref)

G_END_DECLS
