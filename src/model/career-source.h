/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAREER_TYPE_SOURCE (career_source_get_type ())

/* Where a fact or figure comes from. Read-only once made. */
typedef struct
{
  char     *title;
  char     *url;      /* nullable */
  char     *as_of;    /* "YYYY", "YYYY-MM" or "YYYY-MM-DD"; NULL = undated */
  gboolean  verified;
} CareerSource;

GType         career_source_get_type (void) G_GNUC_CONST;
CareerSource *career_source_new      (const char         *title,
                                      const char         *url,
                                      const char         *as_of,
                                      gboolean            verified);
CareerSource *career_source_copy     (const CareerSource *source);
void          career_source_free     (CareerSource       *source);
gboolean      career_date_is_valid   (const char         *as_of);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerSource, career_source_free)

G_END_DECLS
