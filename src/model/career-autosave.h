/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * Unsaved changes kept safe: a copy of each modified plan in the user's
 * state folder, written a few seconds after a change, removed when the
 * plan is saved or its changes are discarded. A copy left behind by a crash
 * or a kill is offered back on the next start.
 *
 * Each copy is two files named after an id: ID.careerplan (the plan, in
 * the plan format) and ID.origin (the URI of the plan's own file, empty for
 * a plan never saved).
 */
typedef struct
{
  char      *id;
  GFile     *plan_file;   /* the copy */
  GFile     *origin;      /* the plan's own file, or NULL */
  GDateTime *modified;    /* when the copy was written */
} CareerAutosave;

GFile     *career_autosave_get_directory (void);
gboolean   career_autosave_write         (GFile          *directory,
                                          const char     *id,
                                          CareerPlan     *plan,
                                          GFile          *origin,
                                          GError        **error);
void       career_autosave_remove        (GFile          *directory,
                                          const char     *id);
GPtrArray *career_autosave_list          (GFile          *directory);
void       career_autosave_free          (CareerAutosave *autosave);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerAutosave, career_autosave_free)

G_END_DECLS
