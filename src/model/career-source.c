/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <string.h>

#include "career-source.h"

G_DEFINE_BOXED_TYPE (CareerSource, career_source, career_source_copy, career_source_free)

CareerSource *
career_source_new (const char *title,
                   const char *url,
                   const char *as_of,
                   gboolean    verified)
{
  CareerSource *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_new0 (CareerSource, 1);
  self->title = g_strdup (title);
  self->url = g_strdup (url);
  self->as_of = g_strdup (as_of);
  self->verified = !!verified;
  return self;
}

CareerSource *
career_source_copy (const CareerSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return career_source_new (source->title, source->url, source->as_of, source->verified);
}

void
career_source_free (CareerSource *source)
{
  if (source == NULL)
    return;

  g_free (source->title);
  g_free (source->url);
  g_free (source->as_of);
  g_free (source);
}

/* Accepts "YYYY", "YYYY-MM" and "YYYY-MM-DD" with a real month and day. */
gboolean
career_date_is_valid (const char *as_of)
{
  guint64 year, month = 1, day = 1;
  g_auto(GStrv) parts = NULL;
  guint n;

  if (as_of == NULL)
    return FALSE;

  parts = g_strsplit (as_of, "-", 4);
  n = g_strv_length (parts);
  if (n < 1 || n > 3 || strlen (parts[0]) != 4)
    return FALSE;
  if (!g_ascii_string_to_unsigned (parts[0], 10, 1900, 2999, &year, NULL))
    return FALSE;
  if (n >= 2 && (strlen (parts[1]) != 2 ||
                 !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL)))
    return FALSE;
  if (n == 3 && (strlen (parts[2]) != 2 ||
                 !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL)))
    return FALSE;

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}
