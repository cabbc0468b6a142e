/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "career-catalog.h"
#include "career-input-guard.h"

#define assert_str_has_prefix(str, prefix)                                     \
  G_STMT_START {                                                               \
    const char *s_ = (str), *p_ = (prefix);                                    \
    if (!g_str_has_prefix (s_, p_))                                            \
      g_assertion_message_cmpstr (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                                  #str " starts with " #prefix,                \
                                  s_, "starts with", p_);                      \
  } G_STMT_END

#define assert_str_contains(str, needle)                                       \
  G_STMT_START {                                                               \
    const char *s_ = (str), *n_ = (needle);                                    \
    if (strstr (s_, n_) == NULL)                                               \
      g_assertion_message_cmpstr (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, \
                                  #str " contains " #needle,                   \
                                  s_, "contains", n_);                         \
  } G_STMT_END

/* Records the items-changed emissions of a list model as a string of
 * "(position,removed,added)" groups, so that a test states the exact
 * emissions it expects and a failure shows both sequences. */
typedef struct
{
  GListModel *model;
  GString    *log;
} Recorder;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Recorder   *recorder)
{
  g_string_append_printf (recorder->log, "(%u,%u,%u)", position, removed, added);
}

static Recorder *
recorder_new (GListModel *model)
{
  Recorder *recorder = g_new0 (Recorder, 1);

  recorder->model = g_object_ref (model);
  recorder->log = g_string_new (NULL);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), recorder);
  return recorder;
}

static void
recorder_free (Recorder *recorder)
{
  g_signal_handlers_disconnect_by_data (recorder->model, recorder);
  g_object_unref (recorder->model);
  g_string_free (recorder->log, TRUE);
  g_free (recorder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recorder, recorder_free)

/* What a failed load must leave as it was: the four lists, their emissions
 * and the notes. */
typedef struct
{
  CareerCatalog *catalog;
  guint          n_items[4];
  guint          n_notes;
  Recorder      *recorders[4];
} Snapshot;

static GListModel *
catalog_list (CareerCatalog *catalog,
              guint          index)
{
  switch (index)
    {
    case 0:
      return career_catalog_get_categories (catalog);
    case 1:
      return career_catalog_get_skills (catalog);
    case 2:
      return career_catalog_get_roles (catalog);
    case 3:
    default:
      return career_catalog_get_programs (catalog);
    }
}

static void
snapshot_take (Snapshot      *snapshot,
               CareerCatalog *catalog)
{
  snapshot->catalog = catalog;
  snapshot->n_notes = g_strv_length ((char **) career_catalog_get_notes (catalog));
  for (guint i = 0; i < G_N_ELEMENTS (snapshot->n_items); i++)
    {
      snapshot->n_items[i] = g_list_model_get_n_items (catalog_list (catalog, i));
      snapshot->recorders[i] = recorder_new (catalog_list (catalog, i));
    }
}

static void
snapshot_assert_unchanged (Snapshot *snapshot)
{
  g_assert_cmpuint (g_strv_length ((char **) career_catalog_get_notes (snapshot->catalog)), ==,
                    snapshot->n_notes);
  for (guint i = 0; i < G_N_ELEMENTS (snapshot->n_items); i++)
    {
      g_assert_cmpuint (g_list_model_get_n_items (catalog_list (snapshot->catalog, i)), ==,
                        snapshot->n_items[i]);
      g_assert_cmpstr (snapshot->recorders[i]->log->str, ==, "");
    }
}

static void
snapshot_clear (Snapshot *snapshot)
{
  for (guint i = 0; i < G_N_ELEMENTS (snapshot->recorders); i++)
    g_clear_pointer (&snapshot->recorders[i], recorder_free);
}

static CareerCatalog *
builtin_catalog (void)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (career_catalog_load_builtin (catalog, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&catalog);
}

static GFile *
file_new_for_path_take (char *path)
{
  g_autofree char *owned = path;

  return g_file_new_for_path (owned);
}

/* fixture_file ("bad", "nan.json", NULL): a file below tests/fixtures/catalog */
#define fixture_file(...) \
  file_new_for_path_take (g_test_build_filename (G_TEST_DIST, "fixtures", "catalog", __VA_ARGS__))

/* Temporary folders hold only plain files. */
static GFile *
tmp_folder_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("career-catalog-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
tmp_folder_copy (GFile      *folder,
                 GFile      *source,
                 const char *name)
{
  g_autoptr(GFile) target = g_file_get_child (folder, name);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
tmp_folder_delete (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_remove (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* The built-in catalog */

static JsonNode *
builtin_json (const char *relative)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/catalog/", relative, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &length);
  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_builtin_loads (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  GListModel *skills = career_catalog_get_skills (catalog);
  guint n_skills = g_list_model_get_n_items (skills);

  g_assert_cmpuint (n_skills, >=, 30);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_categories (catalog)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_roles (catalog)), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_programs (catalog)), >=, 2);
  g_assert_cmpstrv (career_catalog_get_notes (catalog), ((const char *[]) { NULL }));

  for (guint i = 0; i < n_skills; i++)
    {
      g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);
      const char *category_id = career_skill_get_category_id (skill);

      g_assert_true (career_catalog_lookup_skill (catalog, career_skill_get_id (skill)) == skill);
      g_assert_nonnull (career_skill_get_category (skill));
      g_assert_true (career_skill_get_category (skill) ==
                     career_catalog_lookup_category (catalog, category_id));
      for (guint level = 0; level <= CAREER_SKILL_LEVEL_MAX; level++)
        g_assert_cmpstr (career_skill_get_level_text (skill, level), !=, "");
    }
}

static void
test_builtin_roles (void)
{
  static const char * const ids[] = { "ai-engineer", "ml-engineer" };
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();

  for (guint r = 0; r < G_N_ELEMENTS (ids); r++)
    {
      CareerRole *role = career_catalog_lookup_role (catalog, ids[r]);
      GListModel *requirements;
      guint n;

      g_assert_nonnull (role);
      g_assert_cmpstr (career_role_get_id (role), ==, ids[r]);
      requirements = career_role_get_requirements (role);
      n = g_list_model_get_n_items (requirements);
      g_assert_cmpuint (n, >, 0);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CareerSkillRequirement) requirement = g_list_model_get_item (requirements, i);
          const char *skill_id = career_skill_requirement_get_skill_id (requirement);
          CareerSkill *skill = career_skill_requirement_get_skill (requirement);

          g_assert_nonnull (skill);
          g_assert_true (skill == career_catalog_lookup_skill (catalog, skill_id));
          g_assert_cmpstr (career_skill_get_id (skill), ==, skill_id);
          g_assert_true (career_role_lookup_requirement (role, skill_id) == requirement);
          g_assert_cmpuint (career_skill_requirement_get_importance (requirement), >=,
                            CAREER_IMPORTANCE_MIN);
          g_assert_cmpuint (career_skill_requirement_get_importance (requirement), <=,
                            CAREER_IMPORTANCE_MAX);
          g_assert_cmpuint (career_skill_requirement_get_target (requirement), <=,
                            CAREER_SKILL_LEVEL_MAX);
        }
    }
}

static void
test_builtin_programs (void)
{
  static const char * const ids[] = { "rice-mcs-online", "gatech-omscs" };
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  GListModel *programs = career_catalog_get_programs (catalog);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      CareerProgram *program = career_catalog_lookup_program (catalog, ids[i]);

      g_assert_nonnull (program);
      g_assert_cmpstr (career_program_get_id (program), ==, ids[i]);
      g_assert_nonnull (career_program_get_requirements (program));
      g_assert_nonnull (career_program_get_source (program));
    }

  /* Every course is named "PROGRAM/LOCAL" and found under that name. */
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);
      GListModel *courses = career_program_get_courses (program);

      g_assert_cmpuint (g_list_model_get_n_items (courses), >, 0);
      for (guint k = 0; k < g_list_model_get_n_items (courses); k++)
        {
          g_autoptr(CareerCourse) course = g_list_model_get_item (courses, k);
          g_autofree char *expected = g_strconcat (career_program_get_id (program), "/",
                                                   career_course_get_local_id (course), NULL);

          g_assert_cmpstr (career_course_get_id (course), ==, expected);
          g_assert_cmpstr (career_course_get_program_id (course), ==,
                           career_program_get_id (program));
          g_assert_null (strchr (career_course_get_local_id (course), '/'));
          g_assert_true (career_catalog_lookup_course (catalog, expected) == course);
          g_assert_true (career_program_lookup_course (program, expected) == course);
          g_assert_null (career_catalog_lookup_course (catalog,
                                                       career_course_get_local_id (course)));

          for (guint s = 0; s < career_course_get_n_skills (course); s++)
            {
              const CareerCourseSkill *taught = career_course_get_skill (course, s);

              g_assert_nonnull (taught->skill);
              g_assert_true (taught->skill == career_catalog_lookup_skill (catalog,
                                                                            taught->skill_id));
            }
        }
    }

  /* The skills a program's courses teach: each once, in name order, kept */
  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);
      GListModel *courses = career_program_get_courses (program);
      GPtrArray *taught = career_program_get_taught_skills (program);
      g_autoptr(GHashTable) expected = g_hash_table_new (NULL, NULL);

      for (guint k = 0; k < g_list_model_get_n_items (courses); k++)
        {
          g_autoptr(CareerCourse) course = g_list_model_get_item (courses, k);

          for (guint s = 0; s < career_course_get_n_skills (course); s++)
            g_hash_table_add (expected, career_course_get_skill (course, s)->skill);
        }
      g_assert_cmpuint (taught->len, ==, g_hash_table_size (expected));
      for (guint k = 0; k < taught->len; k++)
        {
          g_assert_true (g_hash_table_contains (expected, taught->pdata[k]));
          if (k > 0)
            g_assert_cmpint (g_utf8_collate (career_skill_get_name (taught->pdata[k - 1]),
                                             career_skill_get_name (taught->pdata[k])), <=, 0);
        }
      g_assert_true (career_program_get_taught_skills (program) == taught);
    }
}

static void
test_builtin_coverage (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(GHashTable) needed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) taught = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *skills = career_catalog_get_skills (catalog);
  GListModel *roles = career_catalog_get_roles (catalog);
  GListModel *programs = career_catalog_get_programs (catalog);
  g_autoptr(GString) not_needed = g_string_new (NULL);
  g_autoptr(GString) not_taught = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(CareerRole) role = g_list_model_get_item (roles, i);
      GListModel *requirements = career_role_get_requirements (role);

      for (guint k = 0; k < g_list_model_get_n_items (requirements); k++)
        {
          g_autoptr(CareerSkillRequirement) requirement = g_list_model_get_item (requirements, k);

          g_hash_table_add (needed, (char *) career_skill_requirement_get_skill_id (requirement));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);
      GListModel *courses = career_program_get_courses (program);

      for (guint k = 0; k < g_list_model_get_n_items (courses); k++)
        {
          g_autoptr(CareerCourse) course = g_list_model_get_item (courses, k);

          for (guint s = 0; s < career_course_get_n_skills (course); s++)
            g_hash_table_add (taught, career_course_get_skill (course, s)->skill_id);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);
      const char *id = career_skill_get_id (skill);

      if (!g_hash_table_contains (needed, id))
        g_string_append_printf (not_needed, " %s", id);
      if (!g_hash_table_contains (taught, id))
        g_string_append_printf (not_taught, " %s", id);
    }

  /* Lists the skills at fault, if any. */
  g_assert_cmpstr (not_needed->str, ==, "");
  g_assert_cmpstr (not_taught->str, ==, "");
}

static void
test_builtin_comp_652 (void)
{
  static const char * const expected[] = {
    "rice-mcs-online/comp-614", "rice-mcs-online/comp-642", "rice-mcs-online/comp-680",
  };
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  CareerCourse *course = career_catalog_lookup_course (catalog, "rice-mcs-online/comp-652");
  CareerPrereq *required;

  g_assert_nonnull (course);
  g_assert_cmpstr (career_course_get_code (course), ==, "COMP 652");

  required = career_course_get_required (course);
  g_assert_nonnull (required);
  g_assert_cmpint (required->kind, ==, CAREER_PREREQ_ALL);
  g_assert_cmpuint (required->children->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CareerPrereq *child = g_ptr_array_index (required->children, i);

      g_assert_cmpint (child->kind, ==, CAREER_PREREQ_COURSE);
      g_assert_cmpstr (child->course_id, ==, expected[i]);
      g_assert_nonnull (career_catalog_lookup_course (catalog, child->course_id));
    }
  g_assert_null (career_course_get_advised (course));
}

static void
assert_source_matches (const CareerSource *source,
                       JsonObject         *expected)
{
  g_assert_nonnull (source);
  g_assert_cmpstr (source->title, ==, json_object_get_string_member (expected, "title"));
  g_assert_cmpstr (source->title, !=, "");
  g_assert_cmpstr (source->url, ==, json_object_get_string_member (expected, "url"));
  g_assert_cmpstr (source->as_of, ==, json_object_get_string_member (expected, "as_of"));
  g_assert_cmpint (source->verified, ==, json_object_get_boolean_member (expected, "verified"));
}

static void
test_builtin_cs_7641_workload (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(JsonNode) root = builtin_json ("programs/gatech-omscs.json");
  CareerCourse *course = career_catalog_lookup_course (catalog, "gatech-omscs/cs-7641");
  const CareerSource *source = NULL;
  JsonArray *programs, *courses;
  JsonObject *expected = NULL;
  double hours = 0;

  g_assert_nonnull (course);
  g_assert_true (career_course_get_workload (course, &hours, &source));
  g_assert_cmpfloat_with_epsilon (hours, 20.7, 1e-9);

  programs = json_object_get_array_member (json_node_get_object (root), "programs");
  courses = json_object_get_array_member (json_array_get_object_element (programs, 0), "courses");
  for (guint i = 0; i < json_array_get_length (courses); i++)
    {
      JsonObject *object = json_array_get_object_element (courses, i);

      if (g_str_equal (json_object_get_string_member (object, "id"), "cs-7641"))
        expected = json_object_get_object_member (object, "workload");
    }
  g_assert_nonnull (expected);
  assert_source_matches (source, json_object_get_object_member (expected, "source"));
}

static CareerRequirement *
find_requirement (CareerRequirement     *node,
                  CareerRequirementKind  kind)
{
  if (node->kind == kind)
    return node;

  for (guint i = 0; node->children != NULL && i < node->children->len; i++)
    {
      CareerRequirement *found = find_requirement (g_ptr_array_index (node->children, i), kind);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_builtin_rice_specialization (void)
{
  static const char * const ids[] = {
    "data-science", "engineering-leadership", "machine-learning", "systems",
  };
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  CareerProgram *program = career_catalog_lookup_program (catalog, "rice-mcs-online");
  g_autoptr(GPtrArray) specializations = NULL;
  CareerRequirement *node;

  g_assert_nonnull (program);
  node = find_requirement (career_program_get_requirements (program),
                           CAREER_REQUIREMENT_SPECIALIZATION);
  g_assert_nonnull (node);
  g_assert_nonnull (node->title);
  g_assert_cmpuint (node->options->len, ==, G_N_ELEMENTS (ids));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      CareerSpecialization *option = g_ptr_array_index (node->options, i);

      g_assert_cmpstr (option->id, ==, ids[i]);
      g_assert_cmpstr (option->name, !=, "");
      g_assert_nonnull (option->requirements);
      g_assert_true (career_requirement_find_option (node, ids[i]) == option);
    }

  specializations = career_program_get_specializations (program);
  g_assert_cmpuint (specializations->len, ==, G_N_ELEMENTS (ids));
}

static void
assert_figures_match (GListModel       *figures,
                      JsonArray        *expected,
                      CareerFigureKind  kind)
{
  g_assert_cmpuint (g_list_model_get_n_items (figures), ==, json_array_get_length (expected));

  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      g_autoptr(CareerFigure) figure = g_list_model_get_item (figures, i);
      JsonObject *object = json_array_get_object_element (expected, i);

      g_assert_cmpint (career_figure_get_kind (figure), ==, kind);
      g_assert_cmpstr (career_figure_get_region (figure), ==,
                       json_object_get_string_member (object, "region"));
      g_assert_cmpstr (career_figure_get_measures (figure), ==,
                       json_object_get_string_member (object, "measures"));
      g_assert_cmpstr (career_figure_get_period (figure), ==,
                       json_object_get_string_member (object, "period"));
      if (kind == CAREER_FIGURE_SALARY)
        {
          g_assert_cmpstr (career_figure_get_currency (figure), ==, "USD");
          g_assert_cmpstr (career_figure_get_currency (figure), ==,
                           json_object_get_string_member (object, "currency"));
          g_assert_cmpfloat (career_figure_get_value (figure), ==,
                             json_object_get_double_member (object, "amount"));
        }
      else
        {
          g_assert_cmpfloat (career_figure_get_value (figure), ==,
                             json_object_get_double_member (object, "growth_percent"));
        }
      assert_source_matches (career_figure_get_source (figure),
                             json_object_get_object_member (object, "source"));
    }
}

/* Salaries and outlook keep their currency, source and date exactly as
 * written, and no figure anywhere is without a source. */
static void
test_builtin_figures (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(JsonNode) root = builtin_json ("roles.json");
  JsonArray *roles = json_object_get_array_member (json_node_get_object (root), "roles");
  GListModel *programs = career_catalog_get_programs (catalog);
  guint n_salaries = 0;

  g_assert_cmpuint (json_array_get_length (roles), ==,
                    g_list_model_get_n_items (career_catalog_get_roles (catalog)));

  for (guint i = 0; i < json_array_get_length (roles); i++)
    {
      JsonObject *object = json_array_get_object_element (roles, i);
      CareerRole *role = career_catalog_lookup_role (catalog,
                                                     json_object_get_string_member (object, "id"));

      g_assert_nonnull (role);
      assert_figures_match (career_role_get_salaries (role),
                            json_object_get_array_member (object, "salaries"),
                            CAREER_FIGURE_SALARY);
      assert_figures_match (career_role_get_outlook (role),
                            json_object_get_array_member (object, "outlook"),
                            CAREER_FIGURE_OUTLOOK);
      n_salaries += g_list_model_get_n_items (career_role_get_salaries (role));
    }
  g_assert_cmpuint (n_salaries, >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);
      GListModel *courses = career_program_get_courses (program);
      const CareerSource *source = NULL;
      const char *currency = NULL;
      double amount;

      if (career_program_get_tuition (program, &amount, &currency, &source))
        {
          g_assert_nonnull (source);
          g_assert_cmpstr (source->title, !=, "");
          g_assert_cmpstr (currency, ==, "USD");
        }

      for (guint k = 0; k < g_list_model_get_n_items (courses); k++)
        {
          g_autoptr(CareerCourse) course = g_list_model_get_item (courses, k);

          g_assert_nonnull (career_course_get_source (course));
          source = NULL;
          if (career_course_get_workload (course, &amount, &source))
            {
              g_assert_nonnull (source);
              g_assert_cmpstr (source->title, !=, "");
            }
        }
    }
}

/* Loading errors */

typedef struct
{
  const char *name;      /* bad/NAME.json */
  gboolean    input;     /* CAREER_INPUT_ERROR rather than CAREER_CATALOG_ERROR */
  int         code;
  const char *location;  /* JSON path, or "LINE:COL" for input errors */
  const char *contains;  /* more the message must say; FILE stands for the file's name */
  gboolean    alone;     /* fails the same way as the only file of a folder */
  const char *known_gap; /* the loader accepts the file today; see the report */
} BadCase;

#define CATALOG(code) FALSE, CAREER_CATALOG_ERROR_##code
#define INPUT(code)   TRUE, CAREER_INPUT_ERROR_##code

static const BadCase bad_cases[] = {
  { "missing-member", CATALOG (MISSING_MEMBER), "$.programs[0].courses[1]",
    "the member \"title\" is missing", TRUE },
  { "wrong-type", CATALOG (INVALID), "$.programs[0].courses[0].credits",
    "expected a number, found text", TRUE },
  { "unknown-member", CATALOG (UNKNOWN_MEMBER), "$.programs[0].courses[1].prerequisite",
    "unknown member \"prerequisite\"", TRUE },
  { "duplicate-skill-id", CATALOG (DUPLICATE_ID), "$.skills[1].id",
    "\"fixture-skill\" is already used by FILE: $.skills[0].id", TRUE },
  { "duplicate-course-id", CATALOG (DUPLICATE_ID), "$.programs[0].courses[1].id",
    "\"fx-501\"", TRUE },
  { "duplicate-program-id", CATALOG (DUPLICATE_ID), "$.programs[1].id",
    "\"fixture-university-ms\" is already used by FILE: $.programs[0].id", TRUE },
  { "unknown-skill-in-role", CATALOG (UNKNOWN_REFERENCE), "$.roles[0].skills[1].skill",
    "unknown skill \"quantum-computing\"", FALSE },
  { "unknown-skill-in-course", CATALOG (UNKNOWN_REFERENCE),
    "$.programs[0].courses[1].skills[0].skill",
    "unknown skill \"underwater-basket-weaving\"", FALSE },
  { "unknown-category", CATALOG (UNKNOWN_REFERENCE), "$.skills[0].category",
    "unknown category \"fixture-categroy\"", TRUE },
  { "unknown-prerequisite", CATALOG (UNKNOWN_REFERENCE),
    "$.programs[0].courses[1].prerequisites.required.course",
    "unknown course \"comp-999\"", TRUE },
  { "prerequisite-cycle", CATALOG (PREREQUISITE_CYCLE), "$.programs[0].courses[1].prerequisites",
    "FX 502 → FX 503 → FX 502", TRUE },
  { "self-prerequisite", CATALOG (PREREQUISITE_CYCLE), "$.programs[0].courses[1].prerequisites",
    "FX 502 → FX 502", TRUE },
  { "unknown-requirement-course", CATALOG (UNKNOWN_REFERENCE),
    "$.programs[0].requirements.items[1].course", "unknown course \"fx-599\"", TRUE },
  { "bad-requirement-type", CATALOG (INVALID), "$.programs[0].requirements.items[1].type",
    "\"any-of\" is not a requirement type", TRUE },
  { "n-of-too-large", CATALOG (INVALID), "$.programs[0].requirements.items[0].n",
    "3 is out of range; use a number from 1 to 2", TRUE },
  { "levels-count", CATALOG (INVALID), "$.skills[0].levels",
    "needs exactly 5 texts", TRUE },
  { "bad-date", CATALOG (INVALID), "$.roles[0].salaries[0].source.as_of",
    "\"2024-13\" is not a date", TRUE },
  { "bad-currency", CATALOG (INVALID), "$.roles[0].salaries[0].currency",
    "\"dollars\" is not an ISO 4217 currency code", TRUE },
  { "bad-period", CATALOG (INVALID), "$.roles[0].salaries[0].period",
    "\"week\" is not a pay period", TRUE },
  { "importance-out-of-range", CATALOG (INVALID), "$.roles[0].skills[1].importance",
    "6 is out of range; use a number from 1 to 5", TRUE },
  { "duplicate-skill-in-role", CATALOG (DUPLICATE_ID), "$.roles[0].skills[1].skill",
    "the skill \"python\" is listed twice", TRUE },
  { "too-new-version", CATALOG (UNSUPPORTED_FORMAT), "$.version",
    "update Career Planner", TRUE },
  { "wrong-format", CATALOG (UNSUPPORTED_FORMAT), "$.format",
    "\"career-planner-plan\" is not a Career Planner catalog", TRUE },
  { "not-an-object", CATALOG (INVALID), "$",
    "expected an object, found a list", TRUE },
  { "invalid-id", CATALOG (INVALID), "$.skills[0].id",
    "\"Fixture_Skill\" is not a valid id", TRUE },
  { "empty-text", CATALOG (INVALID), "$.categories[0].name",
    "must not be empty", TRUE },
  { "null-member", CATALOG (INVALID), "$.programs[0].courses[0].code",
    "must not be null; give it a value", TRUE },
  { "bad-term", CATALOG (INVALID), "$.programs[0].courses[0].terms_offered[0]",
    "\"autumn\" is not a term", TRUE },
  { "course-without-skills", CATALOG (INVALID), "$.programs[0].courses[0].skills",
    "at least one skill", TRUE },
  { "only-one-of-too-short", CATALOG (INVALID), "$.programs[0].requirements.items[2].courses",
    "at least two courses", TRUE },
  { "duplicate-option-id", CATALOG (DUPLICATE_ID),
    "$.programs[0].requirements.items[2].options[1].id",
    "\"learning\" is used twice", TRUE },
  { "missing-title", CATALOG (MISSING_MEMBER), "$.programs[0].requirements.items[2]",
    "the member \"title\" is missing", TRUE },
  { "n-on-all-of", CATALOG (UNKNOWN_MEMBER), "$.programs[0].requirements.n",
    "\"n-of\"", TRUE },
  { "empty-prerequisite-group", CATALOG (INVALID),
    "$.programs[0].courses[1].prerequisites.required.any", "must not be empty", TRUE },
  { "bad-prerequisite", CATALOG (MISSING_MEMBER),
    "$.programs[0].courses[1].prerequisites.required",
    "\"course\", \"all\" or \"any\"", TRUE },
  { "truncated", INPUT (SYNTAX), "8:32", "not valid JSON", TRUE },
  { "duplicate-member", INPUT (DUPLICATE_MEMBER), "8:7",
    "the member \"name\" appears twice", TRUE },
  { "nan", INPUT (SYNTAX), "28:23", "NaN", TRUE },
  /* What data/schemas/catalog.schema.json refuses but the loader accepts. */
  { "role-without-skills", CATALOG (INVALID), "$.roles[0].skills",
    NULL, FALSE, "the loader accepts a role without skills; the schema requires one" },
  { "zero-salary", CATALOG (INVALID), "$.roles[0].salaries[0].amount",
    NULL, FALSE, "the loader accepts a salary of 0; the schema requires more than 0" },
  { "bad-url", CATALOG (INVALID), "$.programs[0].source.url",
    NULL, FALSE, "the loader accepts any url; the schema requires https://" },
};

static void
assert_bad_error (const BadCase *test,
                  const GError  *error,
                  const char    *display_name)
{
  g_autofree char *prefix = NULL;

  if (test->input)
    {
      g_assert_error (error, CAREER_INPUT_ERROR, test->code);
      prefix = g_strdup_printf ("%s:%s: ", display_name, test->location);
    }
  else
    {
      g_assert_error (error, CAREER_CATALOG_ERROR, test->code);
      prefix = g_strdup_printf ("%s: %s: ", display_name, test->location);
    }
  assert_str_has_prefix (error->message, prefix);

  if (test->contains != NULL)
    {
      g_autoptr(GString) contains = g_string_new (test->contains);

      g_string_replace (contains, "FILE", display_name, 0);
      assert_str_contains (error->message, contains->str);
    }
}

/* On top of the built-in catalog, named as the caller chooses. */
static void
test_bad_file (gconstpointer data)
{
  const BadCase *test = data;
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autofree char *basename = g_strconcat (test->name, ".json", NULL);
  g_autofree char *display_name = g_strconcat ("bad/", basename, NULL);
  g_autoptr(GFile) file = fixture_file ("bad", basename, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  Snapshot snapshot = { 0 };
  gboolean ok;

  g_file_load_contents (file, NULL, &before, &before_length, NULL, &error);
  g_assert_no_error (error);

  snapshot_take (&snapshot, catalog);
  ok = career_catalog_add_file (catalog, file, display_name, &error);

  if (ok && test->known_gap != NULL)
    {
      g_test_incomplete (test->known_gap);
      snapshot_clear (&snapshot);
      return;
    }

  g_assert_false (ok);
  assert_bad_error (test, error, display_name);
  snapshot_assert_unchanged (&snapshot);
  snapshot_clear (&snapshot);

  /* A refused file is only read. */
  g_clear_error (&error);
  g_file_load_contents (file, NULL, &after, &after_length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, after_length, before, before_length);
}

/* Alone in a folder, on an empty catalog: the folder's file names it. */
static void
test_bad_folder (gconstpointer data)
{
  const BadCase *test = data;
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autofree char *basename = g_strconcat (test->name, ".json", NULL);
  g_autoptr(GFile) source = fixture_file ("bad", basename, NULL);
  g_autoptr(GFile) folder = tmp_folder_new ();
  g_autoptr(GError) error = NULL;
  Snapshot snapshot = { 0 };

  tmp_folder_copy (folder, source, basename);
  snapshot_take (&snapshot, catalog);

  g_assert_false (career_catalog_load_directory (catalog, folder, &error));
  assert_bad_error (test, error, basename);
  snapshot_assert_unchanged (&snapshot);
  for (guint i = 0; i < G_N_ELEMENTS (snapshot.n_items); i++)
    g_assert_cmpuint (snapshot.n_items[i], ==, 0);

  snapshot_clear (&snapshot);
  tmp_folder_delete (folder);
}

/* Every case has its file, and every file its case. */
static void
test_bad_fixtures_complete (void)
{
  g_autoptr(GFile) folder = fixture_file ("bad", NULL);
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) extra = g_string_new (NULL);
  GHashTableIter iter;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_has_suffix (name, ".json"));
      g_hash_table_add (names, g_strndup (name, strlen (name) - strlen (".json")));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    if (!g_hash_table_remove (names, bad_cases[i].name))
      g_string_append_printf (missing, " %s.json", bad_cases[i].name);

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    g_string_append_printf (extra, " %s.json", name);

  /* Lists the cases without a file and the files without a case, if any. */
  g_assert_cmpstr (missing->str, ==, "");
  g_assert_cmpstr (extra->str, ==, "");
}

/* Layers */

static void
test_user_directory (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(GFile) folder = tmp_folder_new ();
  g_autoptr(GFile) new_program = fixture_file ("user", "example-university-msds.json", NULL);
  g_autoptr(GFile) new_role = fixture_file ("user", "ai-engineer.json", NULL);
  g_autoptr(GFile) bad = fixture_file ("bad", "unknown-skill-in-course.json", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(Recorder) categories = NULL;
  g_autoptr(Recorder) skills = NULL;
  g_autoptr(Recorder) roles = NULL;
  g_autoptr(Recorder) programs = NULL;
  g_autoptr(CareerRole) at_position = NULL;
  g_autoptr(GFile) bad_copy = NULL;
  g_autofree char *bad_name = NULL;
  g_autofree char *bad_prefix = NULL;
  g_autofree char *expected_roles = NULL;
  g_autofree char *expected_programs = NULL;
  const char * const *notes;
  CareerRole *old_role, *role;
  CareerProgram *program;
  CareerCourse *course;
  guint position, n_roles, n_programs;
  GError *problem;

  tmp_folder_copy (folder, new_program, "example-university-msds.json");
  tmp_folder_copy (folder, new_role, "ai-engineer.json");
  tmp_folder_copy (folder, bad, "broken.json");

  old_role = career_catalog_lookup_role (catalog, "ai-engineer");
  g_assert_nonnull (old_role);
  g_assert_true (g_list_store_find (G_LIST_STORE (career_catalog_get_roles (catalog)),
                                    old_role, &position));
  n_roles = g_list_model_get_n_items (career_catalog_get_roles (catalog));
  n_programs = g_list_model_get_n_items (career_catalog_get_programs (catalog));
  g_assert_null (career_catalog_lookup_program (catalog, "example-university-msds"));

  categories = recorder_new (career_catalog_get_categories (catalog));
  skills = recorder_new (career_catalog_get_skills (catalog));
  roles = recorder_new (career_catalog_get_roles (catalog));
  programs = recorder_new (career_catalog_get_programs (catalog));

  g_assert_cmpuint (career_catalog_add_user_directory (catalog, folder, problems), ==, 2);

  /* The bad file is reported by its full name and skipped. */
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_error (problem, CAREER_CATALOG_ERROR, CAREER_CATALOG_ERROR_UNKNOWN_REFERENCE);
  bad_copy = g_file_get_child (folder, "broken.json");
  bad_name = g_file_get_parse_name (bad_copy);
  bad_prefix = g_strconcat (bad_name, ": $.programs[0].courses[1].skills[0].skill: ", NULL);
  assert_str_has_prefix (problem->message, bad_prefix);

  /* The role is replaced where it was, in one emission. */
  role = career_catalog_lookup_role (catalog, "ai-engineer");
  g_assert_nonnull (role);
  g_assert_true (role != old_role);
  g_assert_cmpstr (career_role_get_title (role), ==, "AI Engineer (Local Edition)");
  at_position = g_list_model_get_item (career_catalog_get_roles (catalog), position);
  g_assert_true (at_position == role);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_roles (catalog)), ==, n_roles);
  expected_roles = g_strdup_printf ("(%u,1,1)", position);
  g_assert_cmpstr (roles->log->str, ==, expected_roles);

  for (guint i = 0; i < g_list_model_get_n_items (career_role_get_requirements (role)); i++)
    {
      g_autoptr(CareerSkillRequirement) requirement =
        g_list_model_get_item (career_role_get_requirements (role), i);

      const char *skill_id = career_skill_requirement_get_skill_id (requirement);

      g_assert_true (career_skill_requirement_get_skill (requirement) ==
                     career_catalog_lookup_skill (catalog, skill_id));
    }

  /* The new program is added at the end, on built-in skills. */
  program = career_catalog_lookup_program (catalog, "example-university-msds");
  g_assert_nonnull (program);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_programs (catalog)), ==,
                    n_programs + 1);
  expected_programs = g_strdup_printf ("(%u,0,1)", n_programs);
  g_assert_cmpstr (programs->log->str, ==, expected_programs);
  course = career_catalog_lookup_course (catalog, "example-university-msds/ds-502");
  g_assert_nonnull (course);
  g_assert_true (career_course_get_skill (course, 0)->skill ==
                 career_catalog_lookup_skill (catalog, "deep-learning"));
  g_assert_cmpstr (career_course_get_required (course)->course_id, ==,
                   "example-university-msds/ds-501");

  g_assert_cmpstr (categories->log->str, ==, "");
  g_assert_cmpstr (skills->log->str, ==, "");

  /* One note, for the one replacement. */
  notes = career_catalog_get_notes (catalog);
  g_assert_cmpuint (g_strv_length ((char **) notes), ==, 1);
  assert_str_contains (notes[0], "ai-engineer.json");
  assert_str_contains (notes[0], "replaces the role \"ai-engineer\"");

  tmp_folder_delete (folder);
}

static void
test_user_directory_missing (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(GFile) folder = fixture_file ("no-such-folder", NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  Snapshot snapshot = { 0 };

  snapshot_take (&snapshot, catalog);
  g_assert_cmpuint (career_catalog_add_user_directory (catalog, folder, problems), ==, 0);
  g_assert_cmpuint (problems->len, ==, 0);
  snapshot_assert_unchanged (&snapshot);
  snapshot_clear (&snapshot);
}

/* A replaced skill is the one that roles and courses loaded before see. */
static void
test_replace_skill (void)
{
  static const char data[] =
    "{\n"
    "  \"format\": \"career-planner-catalog\",\n"
    "  \"version\": 1,\n"
    "  \"skills\": [\n"
    "    {\n"
    "      \"id\": \"python\",\n"
    "      \"name\": \"Python 3\",\n"
    "      \"category\": \"programming\",\n"
    "      \"description\": \"The Python language, as one user describes it.\",\n"
    "      \"levels\": [\"None\", \"Some\", \"More\", \"Much\", \"All\"]\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(Recorder) skills = recorder_new (career_catalog_get_skills (catalog));
  g_autoptr(GError) error = NULL;
  CareerSkill *old_skill = career_catalog_lookup_skill (catalog, "python");
  CareerSkill *skill;
  CareerSkillRequirement *requirement;
  const char * const *notes;
  g_autofree char *expected = NULL;
  guint position;

  g_assert_nonnull (old_skill);
  g_assert_true (g_list_store_find (G_LIST_STORE (career_catalog_get_skills (catalog)),
                                    old_skill, &position));
  g_assert_true (g_ptr_array_find (career_program_get_taught_skills (
                   career_catalog_lookup_program (catalog, "rice-mcs-online")), old_skill, NULL));

  g_assert_true (career_catalog_add_data (catalog, data, strlen (data), "python.json", &error));
  g_assert_no_error (error);

  skill = career_catalog_lookup_skill (catalog, "python");
  g_assert_cmpstr (career_skill_get_name (skill), ==, "Python 3");
  /* The programs' courses teach the new skill: their taught skills too */
  {
    GPtrArray *taught = career_program_get_taught_skills (
      career_catalog_lookup_program (catalog, "rice-mcs-online"));

    g_assert_true (g_ptr_array_find (taught, skill, NULL));
    g_assert_false (g_ptr_array_find (taught, old_skill, NULL));
  }
  expected = g_strdup_printf ("(%u,1,1)", position);
  g_assert_cmpstr (skills->log->str, ==, expected);

  requirement = career_role_lookup_requirement (career_catalog_lookup_role (catalog, "ai-engineer"),
                                                "python");
  g_assert_nonnull (requirement);
  g_assert_true (career_skill_requirement_get_skill (requirement) == skill);

  notes = career_catalog_get_notes (catalog);
  g_assert_cmpuint (g_strv_length ((char **) notes), ==, 1);
  assert_str_has_prefix (notes[0], "python.json: ");
  assert_str_contains (notes[0], "\"python\"");
}

static void
test_good_folder (void)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GFile) folder = fixture_file ("good", NULL);
  g_autoptr(GError) error = NULL;
  const CareerSource *source = NULL;
  CareerRole *role;
  CareerSkillRequirement *requirement;
  CareerCourse *course;
  CareerSkill *skill;
  g_autoptr(GPtrArray) specializations = NULL;
  double hours;

  g_assert_true (career_catalog_load_directory (catalog, folder, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_categories (catalog)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_skills (catalog)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_roles (catalog)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (career_catalog_get_programs (catalog)), ==, 1);
  g_assert_cmpstrv (career_catalog_get_notes (catalog), ((const char *[]) { NULL }));

  /* References across files and the subfolder are resolved. */
  skill = career_catalog_lookup_skill (catalog, "fixture-learning");
  g_assert_nonnull (skill);
  g_assert_true (career_skill_get_category (skill) ==
                 career_catalog_lookup_category (catalog, "fixture-math"));

  role = career_catalog_lookup_role (catalog, "fixture-analyst");
  g_assert_nonnull (role);
  requirement = career_role_lookup_requirement (role, "fixture-learning");
  g_assert_nonnull (requirement);
  g_assert_true (career_skill_requirement_get_skill (requirement) == skill);

  course = career_catalog_lookup_course (catalog, "fixture-university-ms/fx-502");
  g_assert_nonnull (course);
  g_assert_true (career_course_get_skill (course, 0)->skill == skill);
  g_assert_cmpstr (career_course_get_required (course)->course_id, ==,
                   "fixture-university-ms/fx-501");

  course = career_catalog_lookup_course (catalog, "fixture-university-ms/fx-501");
  g_assert_true (career_course_get_workload (course, &hours, &source));
  g_assert_cmpfloat (hours, ==, 12.5);
  g_assert_cmpstr (source->as_of, ==, "2024");
  g_assert_false (source->verified);

  specializations =
    career_program_get_specializations (career_catalog_lookup_program (catalog,
                                                                       "fixture-university-ms"));
  g_assert_cmpuint (specializations->len, ==, 2);
}

/* Ids are unique across the files of one folder. */
static void
test_duplicate_across_files (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(GFile) folder = fixture_file ("duplicate-skill", NULL);
  g_autoptr(GError) error = NULL;
  Snapshot snapshot = { 0 };

  snapshot_take (&snapshot, catalog);
  g_assert_false (career_catalog_load_directory (catalog, folder, &error));
  g_assert_error (error, CAREER_CATALOG_ERROR, CAREER_CATALOG_ERROR_DUPLICATE_ID);
  assert_str_has_prefix (error->message, "b.json: $.skills[0].id: ");
  assert_str_contains (error->message, "\"fixture-statistics\" is already used by a.json: "
                                       "$.skills[0].id");
  snapshot_assert_unchanged (&snapshot);
  snapshot_clear (&snapshot);
}

static void
test_empty_folder (void)
{
  g_autoptr(CareerCatalog) catalog = builtin_catalog ();
  g_autoptr(GFile) folder = tmp_folder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (folder);
  g_autofree char *prefix = g_strconcat (name, ": ", NULL);
  Snapshot snapshot = { 0 };

  snapshot_take (&snapshot, catalog);
  g_assert_false (career_catalog_load_directory (catalog, folder, &error));
  g_assert_error (error, CAREER_CATALOG_ERROR, CAREER_CATALOG_ERROR_NO_FILES);
  assert_str_has_prefix (error->message, prefix);
  assert_str_contains (error->message, "no catalog files");
  snapshot_assert_unchanged (&snapshot);
  snapshot_clear (&snapshot);

  tmp_folder_delete (folder);
}

static void
test_missing_folder (void)
{
  g_autoptr(CareerCatalog) catalog = career_catalog_new ();
  g_autoptr(GFile) folder = fixture_file ("no-such-folder", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (folder);
  g_autofree char *prefix = g_strconcat (name, ": ", NULL);

  g_assert_false (career_catalog_load_directory (catalog, folder, &error));
  g_assert_error (error, CAREER_CATALOG_ERROR, CAREER_CATALOG_ERROR_NO_FILES);
  assert_str_has_prefix (error->message, prefix);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/builtin/loads", test_builtin_loads);
  g_test_add_func ("/catalog/builtin/roles", test_builtin_roles);
  g_test_add_func ("/catalog/builtin/programs", test_builtin_programs);
  g_test_add_func ("/catalog/builtin/coverage", test_builtin_coverage);
  g_test_add_func ("/catalog/builtin/comp-652-prerequisites", test_builtin_comp_652);
  g_test_add_func ("/catalog/builtin/cs-7641-workload", test_builtin_cs_7641_workload);
  g_test_add_func ("/catalog/builtin/rice-specialization", test_builtin_rice_specialization);
  g_test_add_func ("/catalog/builtin/figures", test_builtin_figures);

  g_test_add_func ("/catalog/bad/fixtures-complete", test_bad_fixtures_complete);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/catalog/bad/", bad_cases[i].name, NULL);

      g_test_add_data_func (path, &bad_cases[i], test_bad_file);
      if (bad_cases[i].alone)
        {
          g_autofree char *alone_path = g_strconcat ("/catalog/bad-alone/", bad_cases[i].name,
                                                     NULL);

          g_test_add_data_func (alone_path, &bad_cases[i], test_bad_folder);
        }
    }

  g_test_add_func ("/catalog/layers/user-directory", test_user_directory);
  g_test_add_func ("/catalog/layers/user-directory-missing", test_user_directory_missing);
  g_test_add_func ("/catalog/layers/replace-skill", test_replace_skill);
  g_test_add_func ("/catalog/folder/good", test_good_folder);
  g_test_add_func ("/catalog/folder/duplicate-across-files", test_duplicate_across_files);
  g_test_add_func ("/catalog/folder/empty", test_empty_folder);
  g_test_add_func ("/catalog/folder/missing", test_missing_folder);

  return g_test_run ();
}
