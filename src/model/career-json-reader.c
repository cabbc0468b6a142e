/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "career-json-reader.h"

#define MAX_ID_LENGTH 64

char *
career_json_path_member (const char *path,
                         const char *member)
{
  return g_strdup_printf ("%s.%s", path, member);
}

char *
career_json_path_index (const char *path,
                        guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

void
career_json_set_error (const CareerJsonReader  *reader,
                       GError                 **error,
                       int                      code,
                       const char              *path,
                       const char              *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, reader->domain, code, "%s: %s: %s", reader->file, path, message);
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _("text");
        if (type == G_TYPE_BOOLEAN)
          return _("true or false");
        return _("a number");
      }
    }
}

static void
set_type_error (const CareerJsonReader  *reader,
                GError                 **error,
                const char              *path,
                JsonNode                *node,
                const char              *expected)
{
  /* Translators: "expected text, found a number" */
  career_json_set_error (reader, error, reader->code_invalid, path,
                         _("expected %s, found %s"), expected, node_type_name (node));
}

JsonObject *
career_json_as_object (const CareerJsonReader  *reader,
                       JsonNode                *node,
                       const char              *path,
                       GError                 **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      set_type_error (reader, error, path, node, _("an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

gboolean
career_json_check_members (const CareerJsonReader  *reader,
                           JsonObject              *object,
                           const char              *path,
                           const char * const      *allowed,
                           GError                 **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *member_path = career_json_path_member (path, name);

          career_json_set_error (reader, error, reader->code_unknown_member, member_path,
                                 _("unknown member \"%s\"; check its spelling against the "
                                   "format documentation"), name);
          return FALSE;
        }
    }
  return TRUE;
}

/* Looks a member up; returns FALSE with @error set when a required member is
 * missing or null where null is not allowed. *node is NULL when absent or null. */
static gboolean
lookup (const CareerJsonReader  *reader,
        JsonObject              *object,
        const char              *path,
        const char              *member,
        CareerJsonFlags          flags,
        JsonNode               **node,
        GError                 **error)
{
  JsonNode *found = json_object_get_member (object, member);

  *node = NULL;

  if (found == NULL)
    {
      if (flags & CAREER_JSON_OPTIONAL)
        return TRUE;
      career_json_set_error (reader, error, reader->code_missing, path,
                             _("the member \"%s\" is missing; add it"), member);
      return FALSE;
    }

  if (JSON_NODE_HOLDS_NULL (found))
    {
      if (flags & CAREER_JSON_NULLABLE)
        return TRUE;
      {
        g_autofree char *member_path = career_json_path_member (path, member);
        career_json_set_error (reader, error, reader->code_invalid, member_path,
                               _("must not be null; give it a value"));
      }
      return FALSE;
    }

  *node = found;
  return TRUE;
}

gboolean
career_json_get_string (const CareerJsonReader  *reader,
                        JsonObject              *object,
                        const char              *path,
                        const char              *member,
                        CareerJsonFlags          flags,
                        const char             **out,
                        GError                 **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (reader, object, path, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      set_type_error (reader, error, member_path, node, _("text"));
      return FALSE;
    }

  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
career_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL || !g_ascii_isalnum (id[0]))
    return FALSE;

  for (length = 0; id[length] != '\0'; length++)
    {
      char c = id[length];

      if (!(g_ascii_isdigit (c) || (c >= 'a' && c <= 'z') || c == '-'))
        return FALSE;
    }

  return length <= MAX_ID_LENGTH && !g_ascii_isupper (id[0]);
}

gboolean
career_json_get_id (const CareerJsonReader  *reader,
                    JsonObject              *object,
                    const char              *path,
                    const char              *member,
                    CareerJsonFlags          flags,
                    const char             **out,
                    GError                 **error)
{
  if (!career_json_get_string (reader, object, path, member, flags, out, error))
    return FALSE;

  if (*out != NULL && !career_id_is_valid (*out))
    {
      g_autofree char *member_path = career_json_path_member (path, member);

      career_json_set_error (reader, error, reader->code_invalid, member_path,
                             _("\"%s\" is not a valid id; use up to %d lowercase letters, "
                               "digits and hyphens"), *out, MAX_ID_LENGTH);
      *out = NULL;
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_number_node (const CareerJsonReader  *reader,
                 JsonObject              *object,
                 const char              *path,
                 const char              *member,
                 CareerJsonFlags          flags,
                 JsonNode               **node,
                 GError                 **error)
{
  if (!lookup (reader, object, path, member, flags, node, error))
    return FALSE;
  if (*node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (*node) ||
      (json_node_get_value_type (*node) != G_TYPE_INT64 &&
       json_node_get_value_type (*node) != G_TYPE_DOUBLE))
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      set_type_error (reader, error, member_path, *node, _("a number"));
      return FALSE;
    }

  return TRUE;
}

gboolean
career_json_get_int (const CareerJsonReader  *reader,
                     JsonObject              *object,
                     const char              *path,
                     const char              *member,
                     CareerJsonFlags          flags,
                     gint64                   min,
                     gint64                   max,
                     gint64                  *out,
                     gboolean                *present,
                     GError                 **error)
{
  JsonNode *node;
  gint64 value;

  if (present != NULL)
    *present = FALSE;

  if (!get_number_node (reader, object, path, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      g_autofree char *min_text = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      career_json_set_error (reader, error, reader->code_invalid, member_path,
                             _("expected a whole number; use one from %s to %s"),
                             min_text, max_text);
      return FALSE;
    }

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      /* Formatted apart: xgettext drops a string with G_GINT64_FORMAT in it. */
      g_autofree char *value_text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      g_autofree char *min_text = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      career_json_set_error (reader, error, reader->code_invalid, member_path,
                             _("%s is out of range; use a number from %s to %s"),
                             value_text, min_text, max_text);
      return FALSE;
    }

  *out = value;
  if (present != NULL)
    *present = TRUE;
  return TRUE;
}

gboolean
career_json_get_double (const CareerJsonReader  *reader,
                        JsonObject              *object,
                        const char              *path,
                        const char              *member,
                        CareerJsonFlags          flags,
                        double                   min,
                        double                   max,
                        double                  *out,
                        gboolean                *present,
                        GError                 **error)
{
  JsonNode *node;
  double value;

  if (present != NULL)
    *present = FALSE;

  if (!get_number_node (reader, object, path, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      /* Some members have no upper bound but the largest double */
      if (max >= G_MAXDOUBLE)
        career_json_set_error (reader, error, reader->code_invalid, member_path,
                               _("%g is out of range; use a number of at least %g"),
                               value, min);
      else
        career_json_set_error (reader, error, reader->code_invalid, member_path,
                               _("%g is out of range; use a number from %g to %g"),
                               value, min, max);
      return FALSE;
    }

  *out = value;
  if (present != NULL)
    *present = TRUE;
  return TRUE;
}

gboolean
career_json_get_boolean (const CareerJsonReader  *reader,
                         JsonObject              *object,
                         const char              *path,
                         const char              *member,
                         CareerJsonFlags          flags,
                         gboolean                *out,
                         GError                 **error)
{
  JsonNode *node;

  if (!lookup (reader, object, path, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      set_type_error (reader, error, member_path, node, _("true or false"));
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
career_json_get_array (const CareerJsonReader  *reader,
                       JsonObject              *object,
                       const char              *path,
                       const char              *member,
                       CareerJsonFlags          flags,
                       JsonArray              **out,
                       GError                 **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (reader, object, path, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      set_type_error (reader, error, member_path, node, _("a list"));
      return FALSE;
    }

  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
career_json_get_object (const CareerJsonReader  *reader,
                        JsonObject              *object,
                        const char              *path,
                        const char              *member,
                        CareerJsonFlags          flags,
                        JsonObject             **out,
                        GError                 **error)
{
  JsonNode *node;

  *out = NULL;
  if (!lookup (reader, object, path, member, flags, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *member_path = career_json_path_member (path, member);
      set_type_error (reader, error, member_path, node, _("an object"));
      return FALSE;
    }

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
career_json_get_strv (const CareerJsonReader   *reader,
                      JsonObject               *object,
                      const char               *path,
                      const char               *member,
                      CareerJsonFlags           flags,
                      char                   ***out,
                      GError                  **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autofree char *member_path = NULL;
  JsonArray *array;
  guint n;

  *out = NULL;
  if (!career_json_get_array (reader, object, path, member, flags, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  member_path = career_json_path_member (path, member);
  builder = g_strv_builder_new ();
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *item_path = career_json_path_index (member_path, i);
          set_type_error (reader, error, item_path, node, _("text"));
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}
