/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int career_check_paths (const char * const *paths,
                        GFile              *catalog_directory,
                        GString            *out,
                        GString            *err);

G_END_DECLS
