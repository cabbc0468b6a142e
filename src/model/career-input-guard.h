/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Plans and catalog files are kilobytes; anything near these limits is not one. */
#define CAREER_INPUT_MAX_SIZE  (4 * 1024 * 1024)
#define CAREER_INPUT_MAX_DEPTH 64

#define CAREER_INPUT_ERROR (career_input_error_quark ())

typedef enum
{
  CAREER_INPUT_ERROR_TOO_LARGE,
  CAREER_INPUT_ERROR_TOO_DEEP,
  CAREER_INPUT_ERROR_BAD_NUMBER,
  CAREER_INPUT_ERROR_NUL_CHARACTER,
  CAREER_INPUT_ERROR_INVALID_UTF8,
  CAREER_INPUT_ERROR_DUPLICATE_MEMBER,
  CAREER_INPUT_ERROR_EMPTY,
  CAREER_INPUT_ERROR_SYNTAX,
  CAREER_INPUT_ERROR_READ,
} CareerInputError;

GQuark    career_input_error_quark (void);

gboolean  career_input_guard_check (const char  *data,
                                    gsize        length,
                                    const char  *display_name,
                                    GError     **error);
JsonNode *career_input_parse       (const char  *data,
                                    gsize        length,
                                    const char  *display_name,
                                    GError     **error);
JsonNode *career_input_load_file   (GFile       *file,
                                    const char  *display_name,
                                    gsize       *length,
                                    GError     **error);
JsonNode *career_input_load_bytes  (GBytes      *bytes,
                                    const char  *display_name,
                                    GError     **error);

/* A whole document's tree, read or about to be written. Freeing a large one
 * is a burst of slice frees; career_json_tree_free() has the slice
 * allocator give them back off the main thread later (career-slice.c). */
typedef JsonNode CareerJsonTree;

void      career_json_tree_free    (CareerJsonTree *tree);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerJsonTree, career_json_tree_free)

G_END_DECLS
