/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One door for every JSON document the app reads (catalog files and plans).
 *
 * json-glib 1.6 overflows its stack on deep nesting, silently accepts
 * duplicate members and trailing garbage, and turns 1e400, integers beyond
 * 64 bits and "\u0000" into values that cannot be written back. This guard
 * scans the bytes once, linearly and without recursion, and refuses such
 * input with the file, line and column before the parser ever sees it.
 */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "career-input-guard.h"
#include "career-slice.h"

#define MAX_NUMBER_LENGTH 400

typedef struct
{
  gboolean    is_object;
  gboolean    expect_key;
  GHashTable *keys;
} Frame;

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
  gsize       line_start;
  const char *name;
  GArray     *stack;
} Scanner;

G_DEFINE_QUARK (career-input-error-quark, career_input_error)

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->keys, g_hash_table_unref);
}

static void
scanner_locate (const char *data,
                gsize       offset,
                guint      *line,
                guint      *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          line_start = i + 1;
        }
    }
  *column = (guint) (offset - line_start + 1);
}

static gboolean
scanner_fail (Scanner     *scanner,
              gsize        offset,
              GError     **error,
              int          code,
              const char  *message)
{
  guint line, column;

  scanner_locate (scanner->data, offset, &line, &column);
  g_set_error (error, CAREER_INPUT_ERROR, code,
               "%s:%u:%u: %s", scanner->name, line, column, message);
  return FALSE;
}

/* Decodes a member name so that "a" and "\u0061" count as the same member. */
static char *
decode_key (const char *start,
            gsize       length)
{
  GString *key = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      char c = start[i];

      if (c != '\\' || i + 1 >= length)
        {
          g_string_append_c (key, c);
          continue;
        }

      c = start[++i];
      switch (c)
        {
        case 'b': g_string_append_c (key, '\b'); break;
        case 'f': g_string_append_c (key, '\f'); break;
        case 'n': g_string_append_c (key, '\n'); break;
        case 'r': g_string_append_c (key, '\r'); break;
        case 't': g_string_append_c (key, '\t'); break;
        case 'u':
          if (i + 4 < length)
            {
              char hex[5] = { start[i + 1], start[i + 2], start[i + 3], start[i + 4], 0 };
              guint64 value = 0, low;
              gboolean is_hex = g_ascii_string_to_unsigned (hex, 16, 0, 0xffff, &value, NULL);

              if (is_hex && g_unichar_validate ((gunichar) value))
                {
                  g_string_append_unichar (key, (gunichar) value);
                  i += 4;
                  break;
                }

              /* "\ud83d\ude00" names the same member as the raw character. */
              if (is_hex && value >= 0xd800 && value <= 0xdbff && i + 10 < length &&
                  start[i + 5] == '\\' && start[i + 6] == 'u')
                {
                  char low_hex[5] = { start[i + 7], start[i + 8], start[i + 9], start[i + 10], 0 };

                  if (g_ascii_string_to_unsigned (low_hex, 16, 0xdc00, 0xdfff, &low, NULL))
                    {
                      g_string_append_unichar (key, 0x10000 + ((value - 0xd800) << 10) +
                                                    (low - 0xdc00));
                      i += 10;
                      break;
                    }
                }
            }
          g_string_append (key, "\\u");
          break;
        default:
          g_string_append_c (key, c);
          break;
        }
    }

  return g_string_free (key, FALSE);
}

/* The character at @p, quoted when it can be shown, for messages */
static char *
dup_character_text (const char *p)
{
  gunichar ch = g_utf8_get_char (p);
  char text[7] = { 0 };

  if (!g_unichar_isgraph (ch))
    return g_strdup_printf ("U+%04X", ch);

  g_unichar_to_utf8 (ch, text);
  return g_strdup_printf ("\"%s\"", text);
}

static gboolean
read_hex4 (const char *p,
           gsize       available,
           gunichar   *out)
{
  gunichar value = 0;

  if (available < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + (gunichar) digit;
    }

  *out = value;
  return TRUE;
}

/* Checks the escape that starts with the backslash at @offset and returns its
 * length, or 0 with @error set.  json-glib 1.6 reads an unknown escape such as
 * "\q" as "q", and leaks memory on a malformed "\u" escape before it fails,
 * so only JSON's own escapes get through. */
static gsize
scan_escape (Scanner  *scanner,
             gsize     offset,
             GError  **error)
{
  const char *p = scanner->data + offset;
  gsize available = scanner->length - offset;
  gunichar high, low;

  g_assert (available >= 2);

  if (p[1] != '\0' && strchr ("\"\\/bfnrt", p[1]) != NULL)
    return 2;

  if (p[1] != 'u')
    {
      g_autofree char *character = dup_character_text (p + 1);
      g_autofree char *message =
        g_strdup_printf (_("a backslash followed by %s is not an escape of JSON; "
                           "write \\\\ for a backslash"), character);

      scanner_fail (scanner, offset, error, CAREER_INPUT_ERROR_SYNTAX, message);
      return 0;
    }

  if (!read_hex4 (p + 2, available - 2, &high))
    {
      scanner_fail (scanner, offset, error, CAREER_INPUT_ERROR_SYNTAX,
                    _("\\u must be followed by four hexadecimal digits"));
      return 0;
    }

  if (high == 0)
    {
      scanner_fail (scanner, offset, error, CAREER_INPUT_ERROR_NUL_CHARACTER,
                    _("text contains the character \\u0000, which cannot be stored; "
                      "remove it"));
      return 0;
    }

  if (high < 0xd800 || high > 0xdfff)
    return 6;

  /* A character beyond U+FFFF is written as two escapes, a high then a low
   * surrogate; half of a pair is no character at all. */
  if (high <= 0xdbff && available >= 12 && p[6] == '\\' && p[7] == 'u' &&
      read_hex4 (p + 8, available - 8, &low) && low >= 0xdc00 && low <= 0xdfff)
    return 12;

  scanner_fail (scanner, offset, error, CAREER_INPUT_ERROR_SYNTAX,
                _("the escape is half of a surrogate pair, which is not a character; "
                  "write both halves, such as \\ud83d\\ude00, or the character itself"));
  return 0;
}

static gboolean
scan_string (Scanner  *scanner,
             GError  **error)
{
  gsize start = scanner->pos + 1;
  gsize i;
  Frame *top = NULL;

  for (i = start; i < scanner->length; i++)
    {
      char c = scanner->data[i];

      if (c == '"')
        break;

      if (c == '\n')
        {
          scanner->line++;
          scanner->line_start = i + 1;
        }

      if (c == '\\' && i + 1 < scanner->length)
        {
          gsize escape_length = scan_escape (scanner, i, error);

          if (escape_length == 0)
            return FALSE;
          i += escape_length - 1;
        }
    }

  if (scanner->stack->len > 0)
    top = &g_array_index (scanner->stack, Frame, scanner->stack->len - 1);

  if (top != NULL && top->is_object && top->expect_key)
    {
      g_autofree char *key = decode_key (scanner->data + start, i - start);

      top->expect_key = FALSE;
      if (g_hash_table_contains (top->keys, key))
        {
          g_autofree char *message =
            g_strdup_printf (_("the member \"%s\" appears twice in the same object; "
                               "keep only one of them"), key);
          return scanner_fail (scanner, scanner->pos, error,
                               CAREER_INPUT_ERROR_DUPLICATE_MEMBER, message);
        }
      g_hash_table_add (top->keys, g_steal_pointer (&key));
    }

  /* An unterminated string is left for the parser to report. */
  scanner->pos = MIN (i + 1, scanner->length);
  return TRUE;
}

static gsize
skip_digits (const char *p)
{
  gsize n = 0;

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* The grammar of a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
is_json_number (const char *token)
{
  const char *p = token;
  gsize n;

  if (*p == '-')
    p++;

  n = skip_digits (p);
  if (n == 0 || (n > 1 && *p == '0'))
    return FALSE;
  p += n;

  if (*p == '.')
    {
      n = skip_digits (++p);
      if (n == 0)
        return FALSE;
      p += n;
    }

  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      n = skip_digits (p);
      if (n == 0)
        return FALSE;
      p += n;
    }

  return *p == '\0';
}

static gboolean
scan_number (Scanner  *scanner,
             GError  **error)
{
  gsize start = scanner->pos;
  gsize i = start;
  gboolean is_integer = TRUE;
  g_autofree char *token = NULL;

  while (i < scanner->length && strchr ("0123456789+-.eE", scanner->data[i]) != NULL)
    {
      if (strchr (".eE", scanner->data[i]) != NULL)
        is_integer = FALSE;
      i++;
    }
  scanner->pos = i;

  /* json-glib 1.6 reads "0x8000000000000000" as a hexadecimal number and
   * wraps it to 64 bits without a word. */
  if (i < scanner->length && g_ascii_isalnum (scanner->data[i]))
    return scanner_fail (scanner, start, error, CAREER_INPUT_ERROR_BAD_NUMBER,
                         _("a number must be written in decimal digits; "
                           "hexadecimal and other forms are not JSON"));

  if (i - start > MAX_NUMBER_LENGTH)
    return scanner_fail (scanner, start, error, CAREER_INPUT_ERROR_BAD_NUMBER,
                         _("a number is too long to be stored; shorten it"));

  token = g_strndup (scanner->data + start, i - start);

  /* json-glib 1.6 reads "01", "1." and "1e" too, and what it makes of
   * "1-2" or "1e5e5" is anyone's guess. */
  if (!is_json_number (token))
    {
      g_autofree char *message =
        g_strdup_printf (_("\"%s\" is not a number; write numbers such as 12, -0.5 or 1.5e3"),
                         token);
      return scanner_fail (scanner, start, error, CAREER_INPUT_ERROR_BAD_NUMBER, message);
    }

  if (is_integer)
    {
      gint64 value;
      g_autoptr(GError) local_error = NULL;

      if (!g_ascii_string_to_signed (token, 10, G_MININT64, G_MAXINT64, &value, &local_error) &&
          g_error_matches (local_error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
        {
          g_autofree char *message =
            g_strdup_printf (_("the number %s is outside the range that can be stored "
                               "(64-bit integers); use a smaller number"), token);
          return scanner_fail (scanner, start, error, CAREER_INPUT_ERROR_BAD_NUMBER, message);
        }
    }
  else
    {
      char written[G_ASCII_DTOSTR_BUF_SIZE];
      double value = g_ascii_strtod (token, NULL);

      if (!isfinite (value))
        {
          g_autofree char *message =
            g_strdup_printf (_("the number %s is too large to be stored; use a smaller number"),
                             token);
          return scanner_fail (scanner, start, error, CAREER_INPUT_ERROR_BAD_NUMBER, message);
        }

      /* json-glib 1.6 writes a fraction with "%.17g" and appends ".0" when
       * that has no point: 1e-300 and 1e20 come back as "1e-300.0" and
       * "1e+20.0", which no parser reads, so a plan keeping one could never
       * be opened again.  Numbers between 0.0001 and 10^17 in size are
       * written with a point; beyond, only those of more than one digit. */
      g_ascii_dtostr (written, sizeof written, value);
      if (strchr (written, 'e') != NULL && strchr (written, '.') == NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("the number %s cannot be saved in a form that can be read "
                               "again; use 0 or a number between 0.0001 and 10^17 in size"),
                             token);
          return scanner_fail (scanner, start, error, CAREER_INPUT_ERROR_BAD_NUMBER, message);
        }
    }

  return TRUE;
}

static gboolean
scan (Scanner  *scanner,
      GError  **error)
{
  gboolean have_value = FALSE;

  while (scanner->pos < scanner->length)
    {
      char c = scanner->data[scanner->pos];
      Frame *top;

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        {
          if (c == '\n')
            {
              scanner->line++;
              scanner->line_start = scanner->pos + 1;
            }
          scanner->pos++;
          continue;
        }

      /* json-glib 1.6 ignores whatever follows the first value. */
      if (have_value && scanner->stack->len == 0)
        return scanner_fail (scanner, scanner->pos, error, CAREER_INPUT_ERROR_SYNTAX,
                             _("unexpected content after the end of the JSON data; "
                               "remove it or restore the file from a copy"));

      switch (c)
        {
        case '"':
          if (!scan_string (scanner, error))
            return FALSE;
          break;

        case '{':
        case '[':
          {
            Frame frame = { c == '{', c == '{', NULL };

            if (scanner->stack->len >= CAREER_INPUT_MAX_DEPTH)
              {
                g_autofree char *message =
                  g_strdup_printf (_("the data is nested more than %d levels deep, "
                                     "which no file the app writes is; check that this "
                                     "is the file you meant"),
                                   CAREER_INPUT_MAX_DEPTH);
                return scanner_fail (scanner, scanner->pos, error,
                                     CAREER_INPUT_ERROR_TOO_DEEP, message);
              }
            if (frame.is_object)
              frame.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
            g_array_append_val (scanner->stack, frame);
            scanner->pos++;
          }
          break;

        case '}':
        case ']':
          /* A stray closing bracket is left for the parser to report. */
          if (scanner->stack->len == 0)
            return TRUE;
          g_array_set_size (scanner->stack, scanner->stack->len - 1);
          scanner->pos++;
          break;

        case ',':
          top = scanner->stack->len > 0
              ? &g_array_index (scanner->stack, Frame, scanner->stack->len - 1)
              : NULL;
          if (top == NULL)
            return TRUE;
          if (top->is_object)
            top->expect_key = TRUE;
          scanner->pos++;
          continue;

        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          if (!scan_number (scanner, error))
            return FALSE;
          break;

        case ':':
          scanner->pos++;
          continue;

        default:
          /* A literal (true, false, null, or a misspelling of one) counts as a
           * value. Any other character is refused here rather than left to
           * the parser: json-glib 1.6 accepts comments, single quotes and
           * ".5", and everything after them would go unchecked. */
          if (!g_ascii_isalpha (c))
            {
              gunichar ch = g_utf8_get_char (scanner->data + scanner->pos);
              g_autofree char *message = NULL;

              if (g_unichar_isgraph (ch))
                {
                  char text[7] = { 0 };

                  g_unichar_to_utf8 (ch, text);
                  message = g_strdup_printf (_("unexpected character \"%s\"; JSON has no "
                                               "comments and only double-quoted text"), text);
                }
              else
                {
                  message = g_strdup_printf (_("unexpected character U+%04X; JSON has no "
                                               "comments and only double-quoted text"), ch);
                }
              return scanner_fail (scanner, scanner->pos, error, CAREER_INPUT_ERROR_SYNTAX,
                                   message);
            }
          while (scanner->pos < scanner->length && g_ascii_isalpha (scanner->data[scanner->pos]))
            scanner->pos++;
          break;
        }

      if (scanner->stack->len == 0)
        have_value = TRUE;
    }

  return TRUE;
}

/**
 * career_input_guard_check:
 * @data: the bytes of a JSON document
 * @length: their length
 * @display_name: how the file is named in messages
 * @error: return location for a #CAREER_INPUT_ERROR
 *
 * Refuses what json-glib 1.6 cannot be trusted with: oversized input, deep
 * nesting, numbers that are not JSON or do not survive a round trip,
 * escapes that are not JSON (`\q`, a malformed `\u`, half a surrogate pair),
 * `\u0000`, duplicate members, invalid UTF-8 and content after the document.
 */
gboolean
career_input_guard_check (const char  *data,
                          gsize        length,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(GArray) stack = NULL;
  const char *nul;
  const char *end;
  Scanner scanner = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (length > CAREER_INPUT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (CAREER_INPUT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_LARGE,
                   _("%s: the file is %s, more than the limit of %s; "
                     "it is not a plan or catalog file"),
                   display_name, size, limit);
      return FALSE;
    }

  scanner.data = data;
  scanner.length = length;
  scanner.name = display_name;
  scanner.line = 1;

  /* Some editors start UTF-8 files with a byte order mark; json-glib skips it. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    scanner.pos = 3;

  nul = length > 0 ? memchr (data, '\0', length) : NULL;
  if (nul != NULL)
    return scanner_fail (&scanner, nul - data, error, CAREER_INPUT_ERROR_NUL_CHARACTER,
                         _("the file contains a zero byte, so it is binary data or UTF-16 "
                           "text, not a JSON text; open a file the app saved, or save the "
                           "text as UTF-8"));

  if (length > 0 && !g_utf8_validate_len (data, length, &end))
    return scanner_fail (&scanner, end - data, error, CAREER_INPUT_ERROR_INVALID_UTF8,
                         _("the text is not valid UTF-8; save the file as UTF-8"));

  stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_array_set_clear_func (stack, frame_clear);
  scanner.stack = stack;

  return scan (&scanner, error);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/**
 * career_input_parse:
 *
 * Runs the guard, then json-glib. Parse errors keep json-glib's line and
 * column but name the file instead of "<data>".
 *
 * Returns: (transfer full): the root node, never %NULL on success
 */
JsonNode *
career_input_parse (const char  *data,
                    gsize        length,
                    const char  *display_name,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (display_name != NULL, NULL);

  if (length == 0 || is_blank (data, length))
    {
      g_set_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_EMPTY,
                   _("%s: the file is empty; restore it from a copy or choose another file"),
                   display_name);
      return NULL;
    }

  if (!career_input_guard_check (data, length, display_name, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      const char *message = local_error->message;

      /* "<data>:1:9: Parse error: ..." becomes "plan.careerplan:1:9: Parse error: ..." */
      if (g_str_has_prefix (message, "<data>"))
        message += strlen ("<data>");

      g_set_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_SYNTAX,
                   _("%s%s%s (the file is not valid JSON; correct it in a text editor "
                     "or restore it from a copy)"),
                   display_name, message[0] == ':' ? "" : ": ", message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_EMPTY,
                   _("%s: the file is empty; restore it from a copy or choose another file"),
                   display_name);
      return NULL;
    }

  return json_parser_steal_root (parser);
}

/**
 * career_json_tree_free:
 * @tree: (nullable): a document's tree
 *
 * Frees @tree, then calls career_slice_trim_later().
 */
void
career_json_tree_free (CareerJsonTree *tree)
{
  if (tree == NULL)
    return;

  json_node_unref (tree);
  career_slice_trim_later ();
}

JsonNode *
career_input_load_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GError     **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return career_input_parse (data, length, display_name, error);
}

/**
 * career_input_load_file:
 *
 * @length: (out) (optional): the file's length in bytes, when it is read
 *
 * Reads at most one byte more than the size limit, so that a huge file or a
 * device that never ends (`/dev/zero`) is refused without being read whole.
 */
JsonNode *
career_input_load_file (GFile       *file,
                        const char  *display_name,
                        gsize       *file_length,
                        GError     **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_READ,
                   _("%s: cannot be read: %s"), display_name, local_error->message);
      return NULL;
    }

  buffer = g_malloc (CAREER_INPUT_MAX_SIZE + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, CAREER_INPUT_MAX_SIZE + 1,
                                &length, NULL, &local_error))
    {
      g_set_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_READ,
                   _("%s: cannot be read: %s"), display_name, local_error->message);
      return NULL;
    }

  if (length > CAREER_INPUT_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size_full (CAREER_INPUT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, CAREER_INPUT_ERROR, CAREER_INPUT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than the limit of %s; "
                     "it is not a plan or catalog file"),
                   display_name, limit);
      return NULL;
    }

  if (file_length != NULL)
    *file_length = length;
  return career_input_parse (buffer, length, display_name, error);
}
