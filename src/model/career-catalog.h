/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "career-category.h"
#include "career-course.h"
#include "career-program.h"
#include "career-role.h"
#include "career-skill.h"

G_BEGIN_DECLS

#define CAREER_CATALOG_FORMAT  "career-planner-catalog"
#define CAREER_CATALOG_VERSION 1

#define CAREER_CATALOG_ERROR (career_catalog_error_quark ())

typedef enum
{
  CAREER_CATALOG_ERROR_INVALID,            /* a wrong type or value */
  CAREER_CATALOG_ERROR_MISSING_MEMBER,
  CAREER_CATALOG_ERROR_UNKNOWN_MEMBER,
  CAREER_CATALOG_ERROR_UNSUPPORTED_FORMAT, /* not a catalog, or a newer version */
  CAREER_CATALOG_ERROR_DUPLICATE_ID,
  CAREER_CATALOG_ERROR_UNKNOWN_REFERENCE,
  CAREER_CATALOG_ERROR_PREREQUISITE_CYCLE,
  CAREER_CATALOG_ERROR_NO_FILES,
} CareerCatalogError;

#define CAREER_TYPE_CATALOG (career_catalog_get_type ())

G_DECLARE_FINAL_TYPE (CareerCatalog, career_catalog, CAREER, CATALOG, GObject)

GQuark          career_catalog_error_quark          (void);

CareerCatalog  *career_catalog_new                  (void);
gboolean        career_catalog_load_builtin         (CareerCatalog  *self,
                                                     GError        **error);
gboolean        career_catalog_load_directory       (CareerCatalog  *self,
                                                     GFile          *directory,
                                                     GError        **error);
gboolean        career_catalog_add_file             (CareerCatalog  *self,
                                                     GFile          *file,
                                                     const char     *display_name,
                                                     GError        **error);
gboolean        career_catalog_add_data             (CareerCatalog  *self,
                                                     const char     *data,
                                                     gsize           length,
                                                     const char     *display_name,
                                                     GError        **error);
guint           career_catalog_add_user_directory   (CareerCatalog  *self,
                                                     GFile          *directory,
                                                     GPtrArray      *problems);
GFile          *career_catalog_get_user_directory   (void);
const char * const *career_catalog_get_notes        (CareerCatalog  *self);

GListModel     *career_catalog_get_categories       (CareerCatalog  *self);
GListModel     *career_catalog_get_skills           (CareerCatalog  *self);
void            career_catalog_prepare_async        (CareerCatalog       *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean        career_catalog_prepare_finish       (CareerCatalog       *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
GListModel     *career_catalog_get_roles            (CareerCatalog  *self);
GListModel     *career_catalog_get_programs         (CareerCatalog  *self);

CareerCategory *career_catalog_lookup_category      (CareerCatalog  *self,
                                                     const char     *id);
CareerSkill    *career_catalog_lookup_skill         (CareerCatalog  *self,
                                                     const char     *id);
CareerRole     *career_catalog_lookup_role          (CareerCatalog  *self,
                                                     const char     *id);
CareerProgram  *career_catalog_lookup_program       (CareerCatalog  *self,
                                                     const char     *id);
CareerCourse   *career_catalog_lookup_course        (CareerCatalog  *self,
                                                     const char     *id);

G_END_DECLS

G_BEGIN_DECLS
gboolean        career_catalog_load_in_effect       (CareerCatalog  *self,
                                                     GFile          *override_directory,
                                                     GPtrArray      *problems,
                                                     GError        **error);
G_END_DECLS
