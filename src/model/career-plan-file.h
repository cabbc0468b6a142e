/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "career-catalog.h"
#include "career-json-reader.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * The plan file: a CareerPlan as JSON, extension ".careerplan".  The format is
 * documented in data/plan-format.md and described by the JSON Schema in
 * data/schemas/plan.schema.json.
 *
 * Reading goes through the input guard (career_input_load_file() and
 * career_input_parse()), whose errors keep the CAREER_INPUT_ERROR domain;
 * everything the guard lets through is then checked member by member, and
 * failures are CAREER_PLAN_FILE_ERROR with the file and the JSON path:
 *   plan.careerplan: $.terms[1].courses[0].status: "done" is not a course
 *   status; use planned, in-progress or completed
 *
 * Versions.  A file declares its format version (an integer from 1).  Files of
 * an older version are brought up to date before they are read, one version
 * at a time, by a table of upgrade steps that rewrite the parsed JSON tree
 * (the step from version N to N + 1 is the table's entry N - 1).  A file of a
 * newer version than CAREER_PLAN_FILE_VERSION is read as far as this version
 * understands it: if that works, the plan opens read-only (the info says so,
 * and saving it fails with CAREER_PLAN_FILE_ERROR_READ_ONLY, so the newer file
 * is never overwritten by an older app); if it does not, loading fails with
 * CAREER_PLAN_FILE_ERROR_TOO_NEW.  career_plan_file_check() always reports a
 * newer version as TOO_NEW.
 *
 * Unknown members.  Members this version does not know, at any level (the top
 * level, "program", a skill, a history entry, a term, a course entry, an item
 * of other learning or one of the skills it teaches, a transfer credit), are
 * kept and written back in the same object on save, so that what a newer app
 * added survives a round trip through an older one.  They are kept with the
 * model object they were read from (as object data on the CareerPlan,
 * CareerSkillState, CareerHistoryEntry, CareerTerm, CareerPlanCourse,
 * CareerOtherLearning or CareerTransferCredit), not in a table keyed by
 * position: history entries, other learning and transfer credits have no id,
 * and positions change when items are added, removed or moved.  Kept with the
 * object, they follow it through moves, undo and redo; an item removed from
 * the plan takes its unknown members with it, and an item created in the app
 * has none.
 *
 * Unknown catalog ids (a skill, role, program, specialization or course the
 * given catalog lacks) are not errors: they stay in the plan and are listed in
 * CareerPlanFileInfo.missing_references.
 *
 * Saving is atomic: the text is written to a temporary file in the same
 * folder, which then replaces the plan file with a rename (through
 * g_file_replace_contents(), without a backup).  An interrupted save leaves
 * either the old file or the new one, never a mix.
 */

#define CAREER_PLAN_FILE_FORMAT    "career-planner-plan"
#define CAREER_PLAN_FILE_VERSION   1 /* the newest version, which the app writes */
#define CAREER_PLAN_FILE_EXTENSION ".careerplan"

#define CAREER_PLAN_FILE_ERROR (career_plan_file_error_quark ())

typedef enum
{
  CAREER_PLAN_FILE_ERROR_INVALID,           /* a wrong type or value */
  CAREER_PLAN_FILE_ERROR_MISSING_MEMBER,
  CAREER_PLAN_FILE_ERROR_NOT_A_PLAN,        /* not an object, or a wrong or missing "format" */
  CAREER_PLAN_FILE_ERROR_TOO_NEW,           /* a newer format version */
  CAREER_PLAN_FILE_ERROR_DUPLICATE,         /* the same skill or term twice */
  CAREER_PLAN_FILE_ERROR_WRITE,             /* saving failed */
  CAREER_PLAN_FILE_ERROR_READ_ONLY,         /* saving a plan read from a newer file */
  CAREER_PLAN_FILE_ERROR_UNKNOWN_REFERENCE, /* only from career_plan_file_check() */
  CAREER_PLAN_FILE_ERROR_TOO_LARGE,         /* written, the plan would be over the size limit */
} CareerPlanFileError;

/**
 * CareerPlanFileInfo:
 * @version: the format version the file declares
 * @read_only: %TRUE if the plan must not be saved: the file was written by a
 *   newer version of the app
 * @read_only_reason: (nullable): why, in a sentence for people
 * @missing_references: (element-type utf8): one message for each catalog id
 *   the plan refers to that the catalog lacks, "FILE: $.path: ...", in file
 *   order; empty when no catalog was given
 *
 * What loading a plan file found besides the plan.
 */
typedef struct
{
  guint      version;
  gboolean   read_only;
  char      *read_only_reason;
  GPtrArray *missing_references;
} CareerPlanFileInfo;

GQuark      career_plan_file_error_quark (void);

void        career_plan_file_info_free   (CareerPlanFileInfo   *info);

CareerPlan *career_plan_file_load        (GFile                *file,
                                          const char           *display_name,
                                          CareerCatalog        *catalog,
                                          CareerPlanFileInfo  **info,
                                          GError              **error);
CareerPlan *career_plan_file_load_data   (const char           *data,
                                          gsize                 length,
                                          const char           *display_name,
                                          CareerCatalog        *catalog,
                                          CareerPlanFileInfo  **info,
                                          GError              **error);
gboolean    career_plan_file_check       (GFile                *file,
                                          const char           *display_name,
                                          CareerCatalog        *catalog,
                                          GError              **error);

char       *career_plan_file_to_data     (CareerPlan           *plan,
                                          gsize                *length);
gboolean    career_plan_file_save        (CareerPlan           *plan,
                                          GFile                *file,
                                          GError              **error);
void        career_plan_file_save_async  (CareerPlan           *plan,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean    career_plan_file_save_finish (CareerPlan           *plan,
                                          GAsyncResult         *result,
                                          GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareerPlanFileInfo, career_plan_file_info_free)

/**
 * CareerPlanFileUpgradeFunc:
 * @root: the top-level object of a plan of one format version
 * @reader: names the file in errors, in the CAREER_PLAN_FILE_ERROR domain
 * @error: return location for an error
 *
 * One upgrade step: rewrites @root, in place, into the next format version.
 * The caller sets "version" afterwards.
 *
 * Returns: %FALSE with @error set if @root cannot be upgraded
 */
typedef gboolean (*CareerPlanFileUpgradeFunc) (JsonObject              *root,
                                               const CareerJsonReader  *reader,
                                               GError                 **error);

/* For the test suite only: replaces the table of upgrade steps, so that the
 * newest version this app reads becomes 1 + @n_steps.  %NULL restores the
 * real table.  Not thread-safe; call it between tests.
 */
void        career_plan_file_set_upgrade_steps_for_testing (const CareerPlanFileUpgradeFunc *steps,
                                                            guint                            n_steps);

G_END_DECLS
