/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Reading and writing plan files.  The reader checks every member strictly
 * and builds the plan with the loader API of career-plan-private.h, which
 * records no undo step; the writer builds a JSON tree from the plan's public
 * getters.  Both keep the members this version does not know (see the header
 * for why they live on the model objects).
 */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "career-input-guard.h"
#include "career-plan-file.h"
#include "career-plan-private.h"

#define FIRST_VERSION    1
#define MIN_TERM_YEAR    1900
#define MAX_TERM_YEAR    2999
#define MAX_WEEKLY_HOURS 168.0

/* Reading one file: where it is reported and what it refers to */
typedef struct
{
  CareerJsonReader  reader;
  CareerCatalog    *catalog;
  CareerPlan       *plan;
  GPtrArray        *missing_references;
} Loader;

/* What save_async hands its thread */
typedef struct
{
  GFile  *file;
  GBytes *data;
} SaveData;

G_DEFINE_QUARK (career-plan-file-error-quark, career_plan_file_error)

/* upgrade_steps[N - 1] turns a plan of format version N into version N + 1.
 * Version 1 is the first, so there is no step yet.  The table ends with NULL,
 * which is not a step: add new steps before it.
 */
static const CareerPlanFileUpgradeFunc upgrade_steps[] = {
  NULL,
};

/* A new step makes a new version: bump CAREER_PLAN_FILE_VERSION with it */
G_STATIC_ASSERT (CAREER_PLAN_FILE_VERSION == FIRST_VERSION + G_N_ELEMENTS (upgrade_steps) - 1);

static const CareerPlanFileUpgradeFunc *test_upgrade_steps;
static guint n_test_upgrade_steps;

static const char * const plan_members[] = {
  "format", "version", "name", "person", "target_role", "program", "weekly_hours", "skills",
  "terms", "transfer_credits", NULL
};
static const char * const program_members[] = {
  "id", "catalog_year", "specialization", NULL
};
static const char * const skill_members[] = {
  "skill", "level", "target", "notes", "history", NULL
};
static const char * const history_members[] = {
  "date", "from", "to", "note", NULL
};
static const char * const term_members[] = {
  "season", "year", "courses", "other_learning", NULL
};
static const char * const course_members[] = {
  "course", "status", "overrides", NULL
};
static const char * const learning_members[] = {
  "title", "kind", "weekly_hours", "skills", NULL
};
static const char * const taught_skill_members[] = {
  "skill", "level", NULL
};
static const char * const credit_members[] = {
  "title", "credits", "note", NULL
};

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_clear_pointer (&save->data, g_bytes_unref);
  g_free (save);
}

/* Object data: the unknown members kept with a model object */
static GQuark
unknown_members_quark (void)
{
  return g_quark_from_static_string ("career-plan-file-unknown-members");
}

/* Object data on a plan read from a newer file: why it must not be saved */
static GQuark
read_only_quark (void)
{
  return g_quark_from_static_string ("career-plan-file-read-only");
}

static const CareerPlanFileUpgradeFunc *
get_upgrade_steps (guint *n_steps)
{
  if (test_upgrade_steps != NULL)
    {
      *n_steps = n_test_upgrade_steps;
      return test_upgrade_steps;
    }

  *n_steps = G_N_ELEMENTS (upgrade_steps) - 1;
  return upgrade_steps;
}

/* The newest format version this app reads and the one it writes */
static guint
get_known_version (void)
{
  guint n_steps;

  get_upgrade_steps (&n_steps);
  return FIRST_VERSION + n_steps;
}

static const char *
get_part_key (const char *part)
{
  return part != NULL ? part : "";
}

/* Keeps the members of @object that are not in @known with @item.  @part
 * tells apart the objects kept with one item: NULL for the item's own
 * object, or a name such as "program" for an object nested in it.
 */
static void
keep_unknown_members (gpointer            item,
                      const char         *part,
                      JsonObject         *object,
                      const char * const *known)
{
  g_autoptr(JsonObject) unknown = NULL;
  GHashTable *table;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (g_strv_contains (known, name))
        continue;

      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, name, json_node_copy (node));
    }

  if (unknown == NULL)
    return;

  table = g_object_get_qdata (item, unknown_members_quark ());
  if (table == NULL)
    {
      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) json_object_unref);
      g_object_set_qdata_full (item, unknown_members_quark (), table,
                               (GDestroyNotify) g_hash_table_unref);
    }

  g_hash_table_replace (table, g_strdup (get_part_key (part)), g_steal_pointer (&unknown));
}

static JsonObject *
lookup_unknown_members (gpointer    item,
                        const char *part)
{
  GHashTable *table = g_object_get_qdata (item, unknown_members_quark ());

  if (table == NULL)
    return NULL;

  return g_hash_table_lookup (table, get_part_key (part));
}

static void
add_missing_reference (Loader     *loader,
                       const char *path,
                       const char *format,
                       ...) G_GNUC_PRINTF (3, 4);

static void
add_missing_reference (Loader     *loader,
                       const char *path,
                       const char *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (loader->missing_references,
                   g_strdup_printf ("%s: %s: %s", loader->reader.file, path, message));
}

static void
check_skill_reference (Loader     *loader,
                       const char *path,
                       const char *skill_id)
{
  if (loader->catalog != NULL && career_catalog_lookup_skill (loader->catalog, skill_id) == NULL)
    add_missing_reference (loader, path,
                           _("unknown skill \"%s\": the catalog in use has no skill with this "
                             "id; the plan keeps it. Add a catalog file that defines it, or "
                             "remove it from the plan"), skill_id);
}

/* An optional string that may be null */
static gboolean
get_nullable_string (const CareerJsonReader  *reader,
                     JsonObject              *object,
                     const char              *path,
                     const char              *member,
                     const char             **out,
                     GError                 **error)
{
  return career_json_get_string (reader, object, path, member,
                                 CAREER_JSON_OPTIONAL | CAREER_JSON_NULLABLE, out, error);
}

/* An array that may be absent, which counts as empty */
static gboolean
get_optional_array (const CareerJsonReader  *reader,
                    JsonObject              *object,
                    const char              *path,
                    const char              *member,
                    JsonArray              **out,
                    GError                 **error)
{
  return career_json_get_array (reader, object, path, member, CAREER_JSON_OPTIONAL, out, error);
}

static gboolean
get_level (const CareerJsonReader  *reader,
           JsonObject              *object,
           const char              *path,
           const char              *member,
           int                      min,
           int                     *out,
           GError                 **error)
{
  gint64 level;

  if (!career_json_get_int (reader, object, path, member, CAREER_JSON_REQUIRED,
                            min, CAREER_SKILL_LEVEL_MAX, &level, NULL, error))
    return FALSE;

  *out = (int) level;
  return TRUE;
}

static void
set_enum_error (const CareerJsonReader  *reader,
                GError                 **error,
                const char              *path,
                GType                    type,
                const char              *nick)
{
  if (type == CAREER_TYPE_COURSE_STATUS)
    career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, path,
                           _("\"%s\" is not a course status; use planned, in-progress or "
                             "completed"), nick);
  else if (type == CAREER_TYPE_LEARNING_KIND)
    career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, path,
                           _("\"%s\" is not a kind of learning; use mooc, certificate, project "
                             "or other"), nick);
  else if (type == CAREER_TYPE_SEASON)
    career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, path,
                           _("\"%s\" is not a season; use spring, summer or fall"), nick);
  else
    g_assert_not_reached ();
}

/* Reads an enumeration by its nick */
static gboolean
get_enum (const CareerJsonReader  *reader,
          JsonObject              *object,
          const char              *path,
          const char              *member,
          GType                    type,
          int                     *out,
          GError                 **error)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  const GEnumValue *value;
  const char *nick;

  if (!career_json_get_string (reader, object, path, member, CAREER_JSON_REQUIRED, &nick, error))
    return FALSE;

  enum_class = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (enum_class, nick);
  if (value == NULL)
    {
      g_autofree char *member_path = career_json_path_member (path, member);

      set_enum_error (reader, error, member_path, type, nick);
      return FALSE;
    }

  *out = value->value;
  return TRUE;
}

static const char *
get_enum_nick (GType type,
               int   value)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
  const GEnumValue *enum_value = g_enum_get_value (enum_class, value);

  g_assert (enum_value != NULL);

  /* Nicks are static strings of the type, which outlives the class ref */
  return enum_value->value_nick;
}

/* A course id is namespaced by its program: "PROGRAM-ID/COURSE-ID" */
static gboolean
course_id_is_valid (const char *id)
{
  const char *slash = strchr (id, '/');
  g_autofree char *program_id = NULL;

  if (slash == NULL)
    return FALSE;

  program_id = g_strndup (id, slash - id);

  return career_id_is_valid (program_id) && career_id_is_valid (slash + 1);
}

static gboolean
load_program (Loader      *loader,
              JsonObject  *root,
              GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  JsonObject *object;
  const char *id, *catalog_year, *specialization;
  CareerProgram *program;

  if (!career_json_get_object (reader, root, "$", "program",
                               CAREER_JSON_OPTIONAL | CAREER_JSON_NULLABLE, &object, error))
    return FALSE;

  if (object == NULL)
    return TRUE;

  if (!career_json_get_id (reader, object, "$.program", "id", CAREER_JSON_REQUIRED, &id, error) ||
      !get_nullable_string (reader, object, "$.program", "catalog_year", &catalog_year, error) ||
      !career_json_get_id (reader, object, "$.program", "specialization",
                           CAREER_JSON_OPTIONAL | CAREER_JSON_NULLABLE, &specialization, error))
    return FALSE;

  career_plan_load_program (loader->plan, id, catalog_year, specialization);
  keep_unknown_members (loader->plan, "program", object, program_members);

  if (loader->catalog == NULL)
    return TRUE;

  program = career_catalog_lookup_program (loader->catalog, id);
  if (program == NULL)
    {
      add_missing_reference (loader, "$.program.id",
                             _("unknown program \"%s\": the catalog in use has no program with "
                               "this id; the plan keeps it. Add a catalog file that defines it, "
                               "or choose another program"), id);
    }
  else if (specialization != NULL)
    {
      g_autoptr(GPtrArray) options = career_program_get_specializations (program);
      gboolean found = FALSE;

      for (guint i = 0; i < options->len && !found; i++)
        {
          CareerSpecialization *option = g_ptr_array_index (options, i);

          found = g_str_equal (option->id, specialization);
        }

      if (!found)
        add_missing_reference (loader, "$.program.specialization",
                               _("unknown specialization \"%s\": the program \"%s\" in the "
                                 "catalog in use has no specialization with this id; the plan "
                                 "keeps it. Choose one of the program's specializations"),
                               specialization, id);
    }

  return TRUE;
}

static CareerHistoryEntry *
load_history_entry (Loader      *loader,
                    JsonNode    *node,
                    const char  *path,
                    const char  *skill_id,
                    GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *date_path = NULL;
  CareerHistoryEntry *entry;
  JsonObject *object;
  const char *date_text, *note;
  int from, to;

  object = career_json_as_object (reader, node, path, error);
  if (object == NULL ||
      !career_json_get_string (reader, object, path, "date", CAREER_JSON_REQUIRED, &date_text,
                               error))
    return NULL;

  date = g_date_time_new_from_iso8601 (date_text, NULL);
  if (date == NULL)
    {
      date_path = career_json_path_member (path, "date");
      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, date_path,
                             _("\"%s\" is not a date and time; write it in ISO 8601 with a "
                               "time zone, such as 2025-01-10T12:00:00Z"), date_text);
      return NULL;
    }

  /* The entry keeps its date in UTC, where GDateTime holds the years 1 to
   * 9999 only: "0001-01-01T00:00:00+01:00" parses, but has no UTC time, and
   * the entry would be saved without a date. */
  utc = g_date_time_to_utc (date);
  if (utc == NULL)
    {
      date_path = career_json_path_member (path, "date");
      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, date_path,
                             _("\"%s\" is before the year 1 or after the year 9999 in UTC; "
                               "correct the date"), date_text);
      return NULL;
    }

  if (!get_level (reader, object, path, "from", 0, &from, error) ||
      !get_level (reader, object, path, "to", 0, &to, error) ||
      !get_nullable_string (reader, object, path, "note", &note, error))
    return NULL;

  entry = career_history_entry_new (utc, skill_id, from, to, note);
  keep_unknown_members (entry, NULL, object, history_members);

  return entry;
}

static int
compare_history_entries (gconstpointer a,
                         gconstpointer b)
{
  CareerHistoryEntry *entry_a = *(CareerHistoryEntry * const *) a;
  CareerHistoryEntry *entry_b = *(CareerHistoryEntry * const *) b;

  return g_date_time_compare (career_history_entry_get_date (entry_a),
                              career_history_entry_get_date (entry_b));
}

static gboolean
load_skill (Loader      *loader,
            JsonNode    *node,
            const char  *path,
            GHashTable  *seen,
            GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *history_path = NULL;
  CareerSkillState *state;
  JsonObject *object;
  JsonArray *history;
  const char *skill_id, *notes, *first_path;
  gboolean has_target;
  gint64 target;
  int level;

  object = career_json_as_object (reader, node, path, error);
  if (object == NULL ||
      !career_json_get_id (reader, object, path, "skill", CAREER_JSON_REQUIRED, &skill_id, error) ||
      !get_level (reader, object, path, "level", 0, &level, error) ||
      !career_json_get_int (reader, object, path, "target",
                            CAREER_JSON_OPTIONAL | CAREER_JSON_NULLABLE,
                            0, CAREER_SKILL_LEVEL_MAX, &target, &has_target, error) ||
      !get_nullable_string (reader, object, path, "notes", &notes, error) ||
      !get_optional_array (reader, object, path, "history", &history, error))
    return FALSE;

  first_path = g_hash_table_lookup (seen, skill_id);
  if (first_path != NULL)
    {
      g_autofree char *skill_path = career_json_path_member (path, "skill");

      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_DUPLICATE, skill_path,
                             _("the skill \"%s\" is in the plan twice (also at %s); merge the "
                               "two entries into one"), skill_id, first_path);
      return FALSE;
    }
  g_hash_table_insert (seen, g_strdup (skill_id), g_strdup (path));

  history_path = career_json_path_member (path, "history");
  for (guint i = 0; history != NULL && i < json_array_get_length (history); i++)
    {
      g_autofree char *entry_path = career_json_path_index (history_path, i);
      CareerHistoryEntry *entry;

      entry = load_history_entry (loader, json_array_get_element (history, i), entry_path,
                                  skill_id, error);
      if (entry == NULL)
        return FALSE;
      g_ptr_array_add (entries, entry);
    }

  /* The plan keeps a history oldest first.  The sort is stable, so entries
   * of the same moment keep their order. */
  g_ptr_array_sort (entries, compare_history_entries);

  state = career_plan_load_skill_state (loader->plan, skill_id, level,
                                        has_target ? (int) target : -1, notes);
  keep_unknown_members (state, NULL, object, skill_members);
  for (guint i = 0; i < entries->len; i++)
    career_plan_load_history_entry (loader->plan, g_ptr_array_index (entries, i));

  {
    g_autofree char *skill_path = career_json_path_member (path, "skill");

    check_skill_reference (loader, skill_path, skill_id);
  }

  return TRUE;
}

static gboolean
load_course (Loader      *loader,
             JsonNode    *node,
             const char  *path,
             CareerTerm  *term,
             GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  g_autoptr(CareerPlanCourse) course = NULL;
  JsonObject *object, *overrides;
  const char *course_id;
  int status;

  object = career_json_as_object (reader, node, path, error);
  if (object == NULL ||
      !career_json_get_string (reader, object, path, "course", CAREER_JSON_REQUIRED, &course_id,
                               error))
    return FALSE;

  if (!course_id_is_valid (course_id))
    {
      g_autofree char *course_path = career_json_path_member (path, "course");

      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, course_path,
                             _("\"%s\" is not a course id; write the program's id and the "
                               "course's id with a slash between them, such as "
                               "rice-mcs-online/comp-642"), course_id);
      return FALSE;
    }

  if (!get_enum (reader, object, path, "status", CAREER_TYPE_COURSE_STATUS, &status, error) ||
      !career_json_get_object (reader, object, path, "overrides", CAREER_JSON_OPTIONAL,
                               &overrides, error))
    return FALSE;

  course = career_plan_course_new (course_id);
  career_plan_course_set_status (course, status);

  if (overrides != NULL)
    {
      g_autofree char *overrides_path = career_json_path_member (path, "overrides");
      JsonObjectIter iter;
      const char *kind;
      JsonNode *note;

      json_object_iter_init_ordered (&iter, overrides);
      while (json_object_iter_next_ordered (&iter, &kind, &note))
        {
          if (!JSON_NODE_HOLDS_VALUE (note) || json_node_get_value_type (note) != G_TYPE_STRING)
            {
              g_autofree char *kind_path = career_json_path_member (overrides_path, kind);

              career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, kind_path,
                                     _("expected text: the note that explains why the "
                                       "warning does not apply"));
              return FALSE;
            }
          career_plan_course_set_override (course, kind, json_node_get_string (note));
        }
    }

  keep_unknown_members (course, NULL, object, course_members);
  g_list_store_append (career_term_get_course_store (term), course);

  if (loader->catalog != NULL && career_catalog_lookup_course (loader->catalog, course_id) == NULL)
    {
      g_autofree char *course_path = career_json_path_member (path, "course");

      add_missing_reference (loader, course_path,
                             _("unknown course \"%s\": the catalog in use has no course with "
                               "this id; the plan keeps it. Add a catalog file that defines it, "
                               "or remove it from the plan"), course_id);
    }

  return TRUE;
}

static gboolean
load_other_learning (Loader      *loader,
                     JsonNode    *node,
                     const char  *path,
                     CareerTerm  *term,
                     GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  g_autoptr(CareerOtherLearning) item = NULL;
  g_autofree char *skills_path = NULL;
  JsonObject *object;
  JsonArray *skills;
  const char *title;
  double weekly_hours;
  int kind;

  object = career_json_as_object (reader, node, path, error);
  if (object == NULL ||
      !career_json_get_string (reader, object, path, "title", CAREER_JSON_REQUIRED, &title,
                               error) ||
      !get_enum (reader, object, path, "kind", CAREER_TYPE_LEARNING_KIND, &kind, error) ||
      !career_json_get_double (reader, object, path, "weekly_hours", CAREER_JSON_REQUIRED,
                               0.0, MAX_WEEKLY_HOURS, &weekly_hours, NULL, error) ||
      !get_optional_array (reader, object, path, "skills", &skills, error))
    return FALSE;

  item = career_other_learning_new (title, kind, weekly_hours);
  keep_unknown_members (item, NULL, object, learning_members);

  skills_path = career_json_path_member (path, "skills");
  for (guint i = 0; skills != NULL && i < json_array_get_length (skills); i++)
    {
      g_autofree char *skill_path = career_json_path_index (skills_path, i);
      g_autofree char *id_path = NULL;
      g_autofree char *part = NULL;
      JsonObject *skill;
      const char *skill_id;
      int level;

      skill = career_json_as_object (reader, json_array_get_element (skills, i), skill_path, error);
      if (skill == NULL ||
          !career_json_get_id (reader, skill, skill_path, "skill", CAREER_JSON_REQUIRED,
                               &skill_id, error) ||
          !get_level (reader, skill, skill_path, "level", 1, &level, error))
        return FALSE;

      career_other_learning_add_skill (item, skill_id, level);

      /* The item does not change once it is in a plan, so a position is a
       * stable key for the skills it teaches */
      part = g_strdup_printf ("skills/%u", i);
      keep_unknown_members (item, part, skill, taught_skill_members);

      id_path = career_json_path_member (skill_path, "skill");
      check_skill_reference (loader, id_path, skill_id);
    }

  g_list_store_append (career_term_get_other_learning_store (term), item);

  return TRUE;
}

static gboolean
load_term (Loader      *loader,
           JsonNode    *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  g_autoptr(CareerTerm) term = NULL;
  g_autofree char *key = NULL;
  g_autofree char *courses_path = NULL;
  g_autofree char *learning_path = NULL;
  JsonObject *object;
  JsonArray *courses, *other_learning;
  const char *first_path;
  gint64 year;
  int season;

  object = career_json_as_object (reader, node, path, error);
  if (object == NULL ||
      !get_enum (reader, object, path, "season", CAREER_TYPE_SEASON, &season, error) ||
      !career_json_get_int (reader, object, path, "year", CAREER_JSON_REQUIRED,
                            MIN_TERM_YEAR, MAX_TERM_YEAR, &year, NULL, error) ||
      !get_optional_array (reader, object, path, "courses", &courses, error) ||
      !get_optional_array (reader, object, path, "other_learning", &other_learning, error))
    return FALSE;

  term = career_term_new (season, (int) year);

  key = g_strdup_printf ("%d-%" G_GINT64_FORMAT, season, year);
  first_path = g_hash_table_lookup (seen, key);
  if (first_path != NULL)
    {
      g_autofree char *label = career_term_dup_label (term);

      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_DUPLICATE, path,
                             _("the term %s is in the plan twice (also at %s); move the courses "
                               "and learning of one into the other and remove it"),
                             label, first_path);
      return FALSE;
    }
  g_hash_table_insert (seen, g_steal_pointer (&key), g_strdup (path));

  keep_unknown_members (term, NULL, object, term_members);

  courses_path = career_json_path_member (path, "courses");
  for (guint i = 0; courses != NULL && i < json_array_get_length (courses); i++)
    {
      g_autofree char *course_path = career_json_path_index (courses_path, i);

      if (!load_course (loader, json_array_get_element (courses, i), course_path, term, error))
        return FALSE;
    }

  learning_path = career_json_path_member (path, "other_learning");
  for (guint i = 0; other_learning != NULL && i < json_array_get_length (other_learning); i++)
    {
      g_autofree char *item_path = career_json_path_index (learning_path, i);

      if (!load_other_learning (loader, json_array_get_element (other_learning, i), item_path,
                                term, error))
        return FALSE;
    }

  /* Duplicates were refused above */
  if (!career_plan_load_term (loader->plan, term))
    g_assert_not_reached ();

  return TRUE;
}

static gboolean
load_transfer_credit (Loader      *loader,
                      JsonNode    *node,
                      const char  *path,
                      GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  g_autoptr(CareerTransferCredit) credit = NULL;
  JsonObject *object;
  const char *title, *note;
  double credits;

  object = career_json_as_object (reader, node, path, error);
  if (object == NULL ||
      !career_json_get_string (reader, object, path, "title", CAREER_JSON_REQUIRED, &title,
                               error) ||
      !career_json_get_double (reader, object, path, "credits", CAREER_JSON_REQUIRED,
                               0.0, G_MAXDOUBLE, &credits, NULL, error) ||
      !get_nullable_string (reader, object, path, "note", &note, error))
    return FALSE;

  credit = career_transfer_credit_new (title, credits, note);
  keep_unknown_members (credit, NULL, object, credit_members);
  career_plan_load_transfer_credit (loader->plan, credit);

  return TRUE;
}

/* Loads each element of the array @member of @root with @load_item */
typedef gboolean (*LoadItemFunc) (Loader      *loader,
                                  JsonNode    *node,
                                  const char  *path,
                                  GHashTable  *seen,
                                  GError     **error);

static gboolean
load_list (Loader        *loader,
           JsonObject    *root,
           const char    *member,
           LoadItemFunc   load_item,
           GError       **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *path = career_json_path_member ("$", member);
  JsonArray *array;

  if (!get_optional_array (&loader->reader, root, "$", member, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = career_json_path_index (path, i);

      if (!load_item (loader, json_array_get_element (array, i), item_path, seen, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_transfer_credit_item (Loader      *loader,
                           JsonNode    *node,
                           const char  *path,
                           GHashTable  *seen,
                           GError     **error)
{
  return load_transfer_credit (loader, node, path, error);
}

static gboolean
load_plan (Loader      *loader,
           JsonObject  *root,
           GError     **error)
{
  const CareerJsonReader *reader = &loader->reader;
  const char *name, *person, *target_role;
  double weekly_hours;
  gboolean has_weekly_hours;

  if (!career_json_get_string (reader, root, "$", "name", CAREER_JSON_REQUIRED, &name, error) ||
      !get_nullable_string (reader, root, "$", "person", &person, error) ||
      !career_json_get_id (reader, root, "$", "target_role",
                           CAREER_JSON_OPTIONAL | CAREER_JSON_NULLABLE, &target_role, error) ||
      !career_json_get_double (reader, root, "$", "weekly_hours", CAREER_JSON_OPTIONAL,
                               0.0, MAX_WEEKLY_HOURS, &weekly_hours, &has_weekly_hours, error))
    return FALSE;

  /* A plan without a name is written with an empty one */
  career_plan_load_name (loader->plan, name[0] != '\0' ? name : NULL);
  career_plan_load_person_name (loader->plan, person);
  career_plan_load_target_role_id (loader->plan, target_role);
  if (has_weekly_hours)
    career_plan_load_weekly_hours (loader->plan, weekly_hours);
  keep_unknown_members (loader->plan, NULL, root, plan_members);

  if (target_role != NULL && loader->catalog != NULL &&
      career_catalog_lookup_role (loader->catalog, target_role) == NULL)
    add_missing_reference (loader, "$.target_role",
                           _("unknown role \"%s\": the catalog in use has no role with this id; "
                             "the plan keeps it. Add a catalog file that defines it, or choose "
                             "another target role"), target_role);

  return load_program (loader, root, error) &&
         load_list (loader, root, "skills", load_skill, error) &&
         load_list (loader, root, "terms", load_term, error) &&
         load_list (loader, root, "transfer_credits", load_transfer_credit_item, error);
}

/* Checks that @root is a plan and reads its version */
static gboolean
read_header (const CareerJsonReader  *reader,
             JsonNode                *root,
             gint64                  *version,
             GError                 **error)
{
  JsonObject *object;
  JsonNode *format;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_NOT_A_PLAN, "$",
                             _("this is not a Career Planner plan: a plan file holds one JSON "
                               "object; choose a %s file"), CAREER_PLAN_FILE_EXTENSION);
      return FALSE;
    }

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");

  if (format == NULL)
    {
      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_NOT_A_PLAN, "$",
                             _("the member \"format\" is missing, so this is not a Career "
                               "Planner plan; plan files start with \"format\": \"%s\""),
                             CAREER_PLAN_FILE_FORMAT);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING)
    {
      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_NOT_A_PLAN, "$.format",
                             _("this is not a Career Planner plan; plan files have the format "
                               "\"%s\""), CAREER_PLAN_FILE_FORMAT);
      return FALSE;
    }

  if (!g_str_equal (json_node_get_string (format), CAREER_PLAN_FILE_FORMAT))
    {
      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_NOT_A_PLAN, "$.format",
                             _("\"%s\" is not a Career Planner plan; plan files have the format "
                               "\"%s\""), json_node_get_string (format), CAREER_PLAN_FILE_FORMAT);
      return FALSE;
    }

  return career_json_get_int (reader, object, "$", "version", CAREER_JSON_REQUIRED,
                              1, G_MAXINT32, version, NULL, error);
}

/* Brings @root from @version up to the newest version, one step at a time */
static gboolean
upgrade (const CareerJsonReader  *reader,
         JsonObject              *root,
         gint64                   version,
         GError                 **error)
{
  const CareerPlanFileUpgradeFunc *steps;
  guint n_steps;

  steps = get_upgrade_steps (&n_steps);

  for (gint64 from = version; from < FIRST_VERSION + n_steps; from++)
    {
      if (!steps[from - FIRST_VERSION] (root, reader, error))
        return FALSE;
      json_object_set_int_member (root, "version", from + 1);
    }

  return TRUE;
}

/* The error's message without the "FILE: " that starts it */
static const char *
strip_file_name (const GError *error,
                 const char   *display_name)
{
  const char *message = error->message;

  if (g_str_has_prefix (message, display_name) &&
      g_str_has_prefix (message + strlen (display_name), ": "))
    return message + strlen (display_name) + 2;

  return message;
}

static CareerPlan *
load_root (JsonNode            *root,
           gsize                input_length,
           const char          *display_name,
           CareerCatalog       *catalog,
           CareerPlanFileInfo **info,
           GError             **error)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GPtrArray) missing_references = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *read_only_reason = NULL;
  g_autofree char *text = NULL;
  guint known_version = get_known_version ();
  gint64 version;
  gsize length;
  Loader loader = {
    .reader = {
      .file = display_name,
      .domain = CAREER_PLAN_FILE_ERROR,
      .code_invalid = CAREER_PLAN_FILE_ERROR_INVALID,
      .code_missing = CAREER_PLAN_FILE_ERROR_MISSING_MEMBER,
      .code_unknown_member = CAREER_PLAN_FILE_ERROR_INVALID,
    },
    .catalog = catalog,
    .plan = plan,
    .missing_references = missing_references,
  };

  if (!read_header (&loader.reader, root, &version, error))
    return NULL;

  if (version <= known_version)
    {
      if (!upgrade (&loader.reader, json_node_get_object (root), version, error) ||
          !load_plan (&loader, json_node_get_object (root), error))
        return NULL;
    }
  else
    {
      /* A newer file opens read-only if what this version knows of it reads
       * as it would in this version */
      if (!load_plan (&loader, json_node_get_object (root), &local_error))
        {
          career_json_set_error (&loader.reader, error, CAREER_PLAN_FILE_ERROR_TOO_NEW,
                                 "$.version",
                                 _("the plan was written by a newer version of Career Planner "
                                   "(format version %d; this version reads up to %u) and cannot "
                                   "be read: %s. Update Career Planner to open it"),
                                 (int) version, known_version,
                                 strip_file_name (local_error, display_name));
          return NULL;
        }

      read_only_reason =
        g_strdup_printf (_("%s was written by a newer version of Career Planner (format version "
                           "%d; this version reads up to %u). It is open read-only so that "
                           "nothing the newer version stored is lost; update Career Planner to "
                           "change it."),
                         display_name, (int) version, known_version);
      g_object_set_qdata_full (G_OBJECT (plan), read_only_quark (),
                               g_strdup (read_only_reason), g_free);
    }

  /* What is read must be written back readably.  The text written has every
   * member and is indented, so a plan just under the size limit can come out
   * several times over it, and no version of the app could open it again.
   * Written, a file grows at most about 4.5 times (a skill given only its
   * id and level, measured; every other part grows less), so a file under
   * an eighth of the limit cannot come out over it: it is not written here,
   * which would take a third of the time of reading it. */
  if (input_length > CAREER_INPUT_MAX_SIZE / 8)
    text = career_plan_file_to_data (plan, &length);
  if (text != NULL && length > CAREER_INPUT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (CAREER_INPUT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      career_json_set_error (&loader.reader, error, CAREER_PLAN_FILE_ERROR_TOO_LARGE, "$",
                             _("the plan is too large: saved, it would take %s, more than the "
                               "limit of %s for a plan file; remove entries from it"),
                             size, limit);
      return NULL;
    }

  if (info != NULL)
    {
      *info = g_new0 (CareerPlanFileInfo, 1);
      (*info)->version = (guint) version;
      (*info)->read_only = read_only_reason != NULL;
      (*info)->read_only_reason = g_steal_pointer (&read_only_reason);
      (*info)->missing_references = g_steal_pointer (&missing_references);
    }

  return g_steal_pointer (&plan);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Whole numbers are written without a fraction ("15", not "15.0") */
static void
add_number_member (JsonBuilder *builder,
                   const char  *name,
                   double       value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  json_builder_set_member_name (builder, name);
  if (value == floor (value) && fabs (value) < 9007199254740992.0 /* 2^53 */)
    {
      json_builder_add_int_value (builder, (gint64) value);
      return;
    }

  /* json-glib 1.6 would write 1e-300 as "1e-300.0", which no parser reads
   * (the input guard refuses such numbers for that reason).  The double next
   * to it towards zero takes all 17 digits, which always include a point. */
  g_ascii_dtostr (text, sizeof text, value);
  if (strchr (text, 'e') != NULL && strchr (text, '.') == NULL)
    value = nextafter (value, 0.0);

  json_builder_add_double_value (builder, value);
}

static void
add_int_member (JsonBuilder *builder,
                const char  *name,
                gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* Writes back the members kept with @item, after the known ones */
static void
add_unknown_members (JsonBuilder *builder,
                     gpointer     item,
                     const char  *part)
{
  JsonObject *unknown = lookup_unknown_members (item, part);
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (unknown == NULL)
    return;

  json_object_iter_init_ordered (&iter, unknown);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (node));
    }
}

static void
build_skill (JsonBuilder      *builder,
             CareerSkillState *state)
{
  GListModel *history = career_skill_state_get_history (state);
  int target = career_skill_state_get_custom_target (state);

  json_builder_begin_object (builder);
  add_string_member (builder, "skill", career_skill_state_get_skill_id (state));
  add_int_member (builder, "level", career_skill_state_get_level (state));
  json_builder_set_member_name (builder, "target");
  if (target >= 0)
    json_builder_add_int_value (builder, target);
  else
    json_builder_add_null_value (builder);
  add_string_member (builder, "notes", career_skill_state_get_notes (state));

  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CareerHistoryEntry) entry = g_list_model_get_item (history, i);
      g_autoptr(GDateTime) utc = g_date_time_to_utc (career_history_entry_get_date (entry));
      g_autofree char *date = g_date_time_format_iso8601 (utc);

      json_builder_begin_object (builder);
      add_string_member (builder, "date", date);
      add_int_member (builder, "from", career_history_entry_get_old_level (entry));
      add_int_member (builder, "to", career_history_entry_get_new_level (entry));
      add_string_member (builder, "note", career_history_entry_get_note (entry));
      add_unknown_members (builder, entry, NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_unknown_members (builder, state, NULL);
  json_builder_end_object (builder);
}

static void
build_course (JsonBuilder      *builder,
              CareerPlanCourse *course)
{
  g_auto(GStrv) kinds = career_plan_course_dup_override_kinds (course);

  json_builder_begin_object (builder);
  add_string_member (builder, "course", career_plan_course_get_course_id (course));
  add_string_member (builder, "status",
                     get_enum_nick (CAREER_TYPE_COURSE_STATUS,
                                    career_plan_course_get_status (course)));

  json_builder_set_member_name (builder, "overrides");
  json_builder_begin_object (builder);
  for (guint i = 0; kinds[i] != NULL; i++)
    add_string_member (builder, kinds[i], career_plan_course_get_override (course, kinds[i]));
  json_builder_end_object (builder);

  add_unknown_members (builder, course, NULL);
  json_builder_end_object (builder);
}

static void
build_other_learning (JsonBuilder         *builder,
                      CareerOtherLearning *item)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "title", career_other_learning_get_title (item));
  add_string_member (builder, "kind",
                     get_enum_nick (CAREER_TYPE_LEARNING_KIND,
                                    career_other_learning_get_kind (item)));
  add_number_member (builder, "weekly_hours", career_other_learning_get_weekly_hours (item));

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint i = 0; i < career_other_learning_get_n_skills (item); i++)
    {
      g_autofree char *part = g_strdup_printf ("skills/%u", i);
      const char *skill_id;
      int level;

      skill_id = career_other_learning_get_skill (item, i, &level);
      json_builder_begin_object (builder);
      add_string_member (builder, "skill", skill_id);
      add_int_member (builder, "level", level);
      add_unknown_members (builder, item, part);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_unknown_members (builder, item, NULL);
  json_builder_end_object (builder);
}

static void
build_term (JsonBuilder *builder,
            CareerTerm  *term)
{
  GListModel *courses = career_term_get_courses (term);
  GListModel *other_learning = career_term_get_other_learning (term);

  json_builder_begin_object (builder);
  add_string_member (builder, "season",
                     get_enum_nick (CAREER_TYPE_SEASON, career_term_get_season (term)));
  add_int_member (builder, "year", career_term_get_year (term));

  json_builder_set_member_name (builder, "courses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(CareerPlanCourse) course = g_list_model_get_item (courses, i);

      build_course (builder, course);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "other_learning");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (other_learning); i++)
    {
      g_autoptr(CareerOtherLearning) item = g_list_model_get_item (other_learning, i);

      build_other_learning (builder, item);
    }
  json_builder_end_array (builder);

  add_unknown_members (builder, term, NULL);
  json_builder_end_object (builder);
}

static void
build_transfer_credit (JsonBuilder          *builder,
                       CareerTransferCredit *credit)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "title", career_transfer_credit_get_title (credit));
  add_number_member (builder, "credits", career_transfer_credit_get_credits (credit));
  add_string_member (builder, "note", career_transfer_credit_get_note (credit));
  add_unknown_members (builder, credit, NULL);
  json_builder_end_object (builder);
}

static JsonNode *
build_plan (CareerPlan *plan)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *skills = career_plan_get_skill_states (plan);
  GListModel *terms = career_plan_get_terms (plan);
  GListModel *credits = career_plan_get_transfer_credits (plan);
  const char *name = career_plan_get_name (plan);
  const char *program_id = career_plan_get_program_id (plan);

  json_builder_begin_object (builder);
  add_string_member (builder, "format", CAREER_PLAN_FILE_FORMAT);
  add_int_member (builder, "version", get_known_version ());
  add_string_member (builder, "name", name != NULL ? name : "");
  add_string_member (builder, "person", career_plan_get_person_name (plan));
  add_string_member (builder, "target_role", career_plan_get_target_role_id (plan));

  json_builder_set_member_name (builder, "program");
  if (program_id != NULL)
    {
      json_builder_begin_object (builder);
      add_string_member (builder, "id", program_id);
      add_string_member (builder, "catalog_year", career_plan_get_catalog_year (plan));
      add_string_member (builder, "specialization", career_plan_get_specialization_id (plan));
      add_unknown_members (builder, plan, "program");
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_null_value (builder);
    }

  add_number_member (builder, "weekly_hours", career_plan_get_weekly_hours (plan));

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (skills, i);

      build_skill (builder, state);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "terms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);

      build_term (builder, term);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "transfer_credits");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (credits); i++)
    {
      g_autoptr(CareerTransferCredit) credit = g_list_model_get_item (credits, i);

      build_transfer_credit (builder, credit);
    }
  json_builder_end_array (builder);

  add_unknown_members (builder, plan, NULL);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Why a write failed, in words for people */
static const char *
describe_write_error (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    {
      switch (error->code)
        {
        case G_IO_ERROR_NOT_FOUND:
          return _("the folder does not exist");
        case G_IO_ERROR_PERMISSION_DENIED:
          return _("you do not have permission to write in this folder");
        case G_IO_ERROR_IS_DIRECTORY:
          return _("a folder has that name");
        case G_IO_ERROR_NOT_REGULAR_FILE:
          return _("something other than a file has that name");
        case G_IO_ERROR_NO_SPACE:
          return _("the disk is full");
        case G_IO_ERROR_READ_ONLY:
          return _("the disk is read-only");
        case G_IO_ERROR_FILENAME_TOO_LONG:
        case G_IO_ERROR_INVALID_FILENAME:
          return _("the name cannot be used for a file here");
        default:
          break;
        }
    }

  return error->message;
}

static void
set_write_error (GError       **error,
                 GFile         *file,
                 const char    *reason)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_WRITE,
               _("%s: the plan cannot be saved: %s. Save it under another name or in another "
                 "folder"), name, reason);
}

/* The file to write: a symbolic link is followed, so that the link stays and
 * its target is replaced (GLib would otherwise overwrite a link's target in
 * place, which is not atomic).
 */
static GFile *
resolve_target (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *resolved = NULL;

  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    resolved = realpath (path, NULL);

  if (resolved != NULL)
    return g_file_new_for_path (resolved);

  return g_object_ref (file);
}

/* A name in the same folder as @file for a file that becomes @file */
static GFile *
dup_temporary_file (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_strdup_printf (".%s.%08x.tmp", basename, g_random_int ());

  return g_file_get_child (parent, name);
}

/* Replaces @file by @data atomically: after a crash, power loss or kill the
 * file holds either its old contents or @data.  An existing file is replaced
 * by g_file_replace_contents(), which writes a temporary file in the same
 * folder, syncs it and renames it over the file, keeping its permissions.  A
 * new file is written under a temporary name and then renamed into place, so
 * that a partial file never carries the plan's name.
 *
 * GLib falls back to rewriting an existing file in place when it cannot
 * create the temporary file (a folder one may not write in, holding a file
 * one may), so that case is refused before it happens.
 */
static gboolean
write_atomically (GFile         *file,
                  const char    *data,
                  gsize          length,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) target = resolve_target (file);
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileType type;

  if (parent == NULL)
    {
      set_write_error (error, file, _("a folder has that name"));
      return FALSE;
    }

  type = g_file_query_file_type (target, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable);

  if (type == G_FILE_TYPE_UNKNOWN)
    {
      g_autoptr(GFile) temporary = dup_temporary_file (target);

      if (!g_file_replace_contents (temporary, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                    NULL, cancellable, &local_error) ||
          !g_file_move (temporary, target, G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_OVERWRITE,
                        cancellable, NULL, NULL, &local_error))
        {
          /* A disk that filled up may have left part of it */
          g_file_delete (temporary, NULL, NULL);
          goto fail;
        }

      return TRUE;
    }

  if (type == G_FILE_TYPE_REGULAR && g_file_is_native (target))
    {
      info = g_file_query_info (parent, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                G_FILE_QUERY_INFO_NONE, cancellable, NULL);
      if (info != NULL &&
          g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE) &&
          !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE))
        {
          set_write_error (error, file,
                           _("the folder it is in is read-only, so it cannot be replaced "
                             "safely"));
          return FALSE;
        }
    }

  if (g_file_replace_contents (target, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                               cancellable, &local_error))
    return TRUE;

fail:
  /* Cancelling is the caller's choice, not a failure to explain */
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  set_write_error (error, file, describe_write_error (local_error));
  return FALSE;
}

/* A plan file over the input size limit could never be opened again */
static gboolean
check_size (GFile   *file,
            gsize    length,
            GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *size = NULL;
  g_autofree char *limit = NULL;

  if (length <= CAREER_INPUT_MAX_SIZE)
    return TRUE;

  name = g_file_get_parse_name (file);
  size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
  limit = g_format_size_full (CAREER_INPUT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);
  g_set_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_TOO_LARGE,
               _("%s: the plan cannot be saved: it would take %s, more than the limit of %s "
                 "for a plan file, and could not be opened again. Shorten its notes or remove "
                 "entries from it"), name, size, limit);
  return FALSE;
}

static gboolean
check_writable (CareerPlan  *plan,
                GFile       *file,
                GError     **error)
{
  const char *reason = g_object_get_qdata (G_OBJECT (plan), read_only_quark ());
  g_autofree char *name = NULL;

  if (reason == NULL)
    return TRUE;

  name = g_file_get_parse_name (file);
  g_set_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_READ_ONLY,
               _("%s: the plan cannot be saved: %s"), name, reason);
  return FALSE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;
  const char *data;
  gsize length;

  data = g_bytes_get_data (save->data, &length);
  if (write_atomically (save->file, data, length, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * career_plan_file_info_free:
 */
void
career_plan_file_info_free (CareerPlanFileInfo *info)
{
  if (info == NULL)
    return;

  g_clear_pointer (&info->read_only_reason, g_free);
  g_clear_pointer (&info->missing_references, g_ptr_array_unref);
  g_free (info);
}

/**
 * career_plan_file_load_data:
 * @data: the bytes of a plan file
 * @length: their length
 * @display_name: how the file is named in messages
 * @catalog: (nullable): the catalog to check the plan's references against
 * @info: (out) (optional) (transfer full): what loading found besides the plan
 * @error: return location for a #CAREER_INPUT_ERROR from the input guard or a
 *   #CAREER_PLAN_FILE_ERROR
 *
 * Returns: (transfer full) (nullable): the plan, unmodified and without undo
 *   history, or %NULL on error
 */
CareerPlan *
career_plan_file_load_data (const char          *data,
                            gsize                length,
                            const char          *display_name,
                            CareerCatalog       *catalog,
                            CareerPlanFileInfo **info,
                            GError             **error)
{
  g_autoptr(CareerJsonTree) root = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (catalog == NULL || CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (info == NULL || *info == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = career_input_parse (data, length, display_name, error);
  if (root == NULL)
    return NULL;

  return load_root (root, length, display_name, catalog, info, error);
}

/**
 * career_plan_file_load:
 * @file: a plan file
 * @display_name: (nullable): how the file is named in messages; %NULL for its
 *   base name
 * @catalog: (nullable): the catalog to check the plan's references against
 * @info: (out) (optional) (transfer full): what loading found besides the plan
 * @error: return location for a #CAREER_INPUT_ERROR or #CAREER_PLAN_FILE_ERROR
 *
 * Returns: (transfer full) (nullable): the plan, unmodified and without undo
 *   history, or %NULL on error
 */
CareerPlan *
career_plan_file_load (GFile               *file,
                       const char          *display_name,
                       CareerCatalog       *catalog,
                       CareerPlanFileInfo **info,
                       GError             **error)
{
  g_autofree char *basename = NULL;
  g_autoptr(CareerJsonTree) root = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (catalog == NULL || CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (info == NULL || *info == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (display_name == NULL)
    display_name = basename = g_file_get_basename (file);

  root = career_input_load_file (file, display_name, &length, error);
  if (root == NULL)
    return NULL;

  return load_root (root, length, display_name, catalog, info, error);
}

/**
 * career_plan_file_check:
 * @file: a plan file
 * @display_name: (nullable): how the file is named in messages; %NULL for its
 *   base name
 * @catalog: (nullable): the catalog the plan's references must be in, or
 *   %NULL to check only the file's format
 * @error: return location for an error
 *
 * Checks a plan file for `--check`.  Unlike loading, a file of a newer
 * format version fails (%CAREER_PLAN_FILE_ERROR_TOO_NEW), and so do
 * references to ids @catalog lacks (%CAREER_PLAN_FILE_ERROR_UNKNOWN_REFERENCE,
 * with one line for each).
 *
 * Returns: %TRUE if the file is a valid plan for @catalog
 */
gboolean
career_plan_file_check (GFile          *file,
                        const char     *display_name,
                        CareerCatalog  *catalog,
                        GError        **error)
{
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (catalog == NULL || CAREER_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (display_name == NULL)
    display_name = basename = g_file_get_basename (file);

  plan = career_plan_file_load (file, display_name, catalog, &info, error);
  if (plan == NULL)
    return FALSE;

  if (info->read_only)
    {
      g_set_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_TOO_NEW,
                   _("%s: $.version: the file uses plan format version %u, and this version "
                     "of Career Planner reads versions up to %u; update Career Planner to "
                     "check it"),
                   display_name, info->version, get_known_version ());
      return FALSE;
    }

  if (info->missing_references->len > 0)
    {
      g_autoptr(GString) message = g_string_new (NULL);

      for (guint i = 0; i < info->missing_references->len; i++)
        {
          if (i > 0)
            g_string_append_c (message, '\n');
          g_string_append (message, g_ptr_array_index (info->missing_references, i));
        }

      g_set_error_literal (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_UNKNOWN_REFERENCE,
                           message->str);
      return FALSE;
    }

  return TRUE;
}

/**
 * career_plan_file_to_data:
 * @plan: a plan
 * @length: (out) (optional): the length of the text, without the final nul
 *
 * The text is indented by two spaces, which makes a history entry about
 * 130 bytes. When that would be over the input size limit (a plan with tens
 * of thousands of level changes), the text is written without indentation
 * and line breaks instead (about 50 bytes an entry), so that the plan can
 * still be saved and opened again; the format is the same JSON.
 *
 * Returns: (transfer full): the plan file's text: UTF-8 JSON with a final
 *   newline
 */
char *
career_plan_file_to_data (CareerPlan *plan,
                          gsize      *length)
{
  /* Freed last: the generator holds a reference to its nodes. */
  g_autoptr(CareerJsonTree) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *json = NULL;
  gsize json_length;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);

  root = build_plan (plan);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &json_length);
  if (json_length >= CAREER_INPUT_MAX_SIZE)
    {
      g_free (json);
      json_generator_set_pretty (generator, FALSE);
      json = json_generator_to_data (generator, &json_length);
    }

  /* json-glib 1.6 escapes the control characters below U+001F but writes
   * U+001F itself as it is, which JSON does not allow: other programs
   * would refuse the file. The byte is never part of another character in
   * UTF-8, and the generator writes control characters only in strings. */
  text = g_string_sized_new (json_length + 1);
  for (const char *p = json, *end = json + json_length; p < end; )
    {
      const char *unit = memchr (p, 0x1f, end - p);

      if (unit == NULL)
        {
          g_string_append_len (text, p, end - p);
          break;
        }
      g_string_append_len (text, p, unit - p);
      g_string_append (text, "\\u001f");
      p = unit + 1;
    }
  g_string_append_c (text, '\n');

  if (length != NULL)
    *length = text->len;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * career_plan_file_save:
 * @plan: a plan
 * @file: the file to write
 * @error: return location for a #CAREER_PLAN_FILE_ERROR
 *
 * Writes @plan to @file atomically and marks it saved.  On failure
 * (%CAREER_PLAN_FILE_ERROR_WRITE naming the file and the reason,
 * %CAREER_PLAN_FILE_ERROR_READ_ONLY for a plan read from a newer file, or
 * %CAREER_PLAN_FILE_ERROR_TOO_LARGE for a plan whose text would be over the
 * size limit of plan files) the plan stays modified and an existing file is
 * left as it was.
 *
 * Returns: %TRUE if the plan was saved
 */
gboolean
career_plan_file_save (CareerPlan  *plan,
                       GFile       *file,
                       GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_writable (plan, file, error))
    return FALSE;

  data = career_plan_file_to_data (plan, &length);
  if (!check_size (file, length, error) ||
      !write_atomically (file, data, length, NULL, error))
    return FALSE;

  career_plan_mark_saved (plan);
  return TRUE;
}

/**
 * career_plan_file_save_async:
 * @plan: a plan
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the plan is written
 * @user_data: data for @callback
 *
 * Writes @plan to @file as career_plan_file_save() does, in a thread.  The
 * plan is turned into text at once, so it may change while the file is being
 * written; career_plan_file_save_finish() marks it saved only if it did not.
 */
void
career_plan_file_save_async (CareerPlan          *plan,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  SaveData *save;
  char *data;
  gsize length;

  g_return_if_fail (CAREER_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, career_plan_file_save_async);

  if (!check_writable (plan, file, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = career_plan_file_to_data (plan, &length);
  if (!check_size (file, length, &error))
    {
      g_free (data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->data = g_bytes_new_take (data, length);
  g_task_set_task_data (task, save, save_data_free);

  g_task_run_in_thread (task, save_thread);
}

/**
 * career_plan_file_save_finish:
 * @plan: the plan given to career_plan_file_save_async()
 * @result: the #GAsyncResult
 * @error: return location for a #CAREER_PLAN_FILE_ERROR, or
 *   %G_IO_ERROR_CANCELLED if the save was cancelled
 *
 * Marks @plan saved if the file was written and the plan still holds what
 * was written.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
career_plan_file_save_finish (CareerPlan    *plan,
                              GAsyncResult  *result,
                              GError       **error)
{
  SaveData *save;
  g_autofree char *current = NULL;
  gsize current_length;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, plan), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == career_plan_file_save_async,
                        FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  /* Comparing the text, rather than watching for changes, also finds the
   * plan saved when a change was made and undone meanwhile. */
  save = g_task_get_task_data (G_TASK (result));
  current = career_plan_file_to_data (plan, &current_length);
  if (current_length == g_bytes_get_size (save->data) &&
      memcmp (current, g_bytes_get_data (save->data, NULL), current_length) == 0)
    career_plan_mark_saved (plan);

  return TRUE;
}

void
career_plan_file_set_upgrade_steps_for_testing (const CareerPlanFileUpgradeFunc *steps,
                                                guint                            n_steps)
{
  g_return_if_fail (steps != NULL || n_steps == 0);

  test_upgrade_steps = steps;
  n_test_upgrade_steps = n_steps;
}
