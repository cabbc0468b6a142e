/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * Strict, typed access to parsed JSON that explains itself: every failure
 * names the file and the JSON path ("plan.careerplan: $.terms[2].year: ...").
 * The caller picks the error domain and codes, so catalogs and plans each
 * report in their own domain.
 */
typedef struct
{
  const char *file;
  GQuark      domain;
  int         code_invalid;
  int         code_missing;
  int         code_unknown_member;
} CareerJsonReader;

typedef enum
{
  CAREER_JSON_REQUIRED = 0,
  CAREER_JSON_OPTIONAL = 1 << 0, /* the member may be absent */
  CAREER_JSON_NULLABLE = 1 << 1, /* the member may be null */
} CareerJsonFlags;

char       *career_json_path_member  (const char             *path,
                                      const char             *member);
char       *career_json_path_index   (const char             *path,
                                      guint                   index);

void        career_json_set_error    (const CareerJsonReader *reader,
                                      GError                **error,
                                      int                     code,
                                      const char             *path,
                                      const char             *format,
                                      ...) G_GNUC_PRINTF (5, 6);

JsonObject *career_json_as_object    (const CareerJsonReader *reader,
                                      JsonNode               *node,
                                      const char             *path,
                                      GError                **error);
gboolean    career_json_check_members (const CareerJsonReader *reader,
                                       JsonObject             *object,
                                       const char             *path,
                                       const char * const     *allowed,
                                       GError                **error);

gboolean    career_json_get_string   (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      const char            **out,
                                      GError                **error);
gboolean    career_json_get_id       (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      const char            **out,
                                      GError                **error);
gboolean    career_json_get_int      (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      gint64                  min,
                                      gint64                  max,
                                      gint64                 *out,
                                      gboolean               *present,
                                      GError                **error);
gboolean    career_json_get_double   (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      double                  min,
                                      double                  max,
                                      double                 *out,
                                      gboolean               *present,
                                      GError                **error);
gboolean    career_json_get_boolean  (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      gboolean               *out,
                                      GError                **error);
gboolean    career_json_get_array    (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      JsonArray             **out,
                                      GError                **error);
gboolean    career_json_get_object   (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      JsonObject            **out,
                                      GError                **error);
gboolean    career_json_get_strv     (const CareerJsonReader *reader,
                                      JsonObject             *object,
                                      const char             *path,
                                      const char             *member,
                                      CareerJsonFlags         flags,
                                      char                 ***out,
                                      GError                **error);

gboolean    career_id_is_valid       (const char             *id);

G_END_DECLS
