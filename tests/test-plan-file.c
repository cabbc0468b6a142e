/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "career-catalog.h"
#include "career-input-guard.h"
#include "career-plan-file.h"

static CareerCatalog *builtin_catalog;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "plan", name, NULL);
}

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "example.careerplan",
                                NULL);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static JsonNode *
parse (const char *text,
       gsize       length)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  node = career_input_parse (text, length, "test", &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);

  return node;
}

static char *
to_string (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

/* Compares parsed data, not bytes: json-glib writes numbers and spacing its
 * own way */
#define assert_json_equal(a, b) \
  G_STMT_START { \
    if (!json_node_equal ((a), (b))) \
      { \
        g_autofree char *text_a = to_string (a); \
        g_autofree char *text_b = to_string (b); \
        g_printerr ("%s\n---- differs from ----\n%s\n", text_a, text_b); \
        g_assert_not_reached (); \
      } \
  } G_STMT_END

/* Compares long texts without printing them whole */
static void
assert_same_text (const char *a,
                  const char *b)
{
  gsize i = 0;

  while (a[i] != '\0' && a[i] == b[i])
    i++;

  if (a[i] != b[i])
    g_error ("the texts differ at byte %" G_GSIZE_FORMAT ": “%.60s” and “%.60s”",
             i, a + i, b + i);
}

static JsonNode *
plan_to_node (CareerPlan *plan)
{
  g_autofree char *text = NULL;
  gsize length;

  text = career_plan_file_to_data (plan, &length);
  g_assert_cmpuint (strlen (text), ==, length);

  return parse (text, length);
}

static CareerPlan *
load_path (const char          *path,
           CareerCatalog       *catalog,
           CareerPlanFileInfo **info)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CareerPlan *plan;

  plan = career_plan_file_load (file, NULL, catalog, info, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

static char *
make_temporary_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *folder = g_dir_make_tmp ("test-plan-file-XXXXXX", &error);

  g_assert_no_error (error);

  return folder;
}

/* Removes @folder and everything in it */
static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (folder, 0755);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_folder (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }

  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The names in @folder, sorted and joined by spaces */
static char *
list_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static CareerPlanCourse *
dup_course (CareerPlan *plan,
            guint       term_position,
            guint       position)
{
  g_autoptr(CareerTerm) term = g_list_model_get_item (career_plan_get_terms (plan), term_position);

  g_assert_nonnull (term);

  return g_list_model_get_item (career_term_get_courses (term), position);
}

static JsonObject *
get_path_object (JsonNode   *root,
                 const char *expression)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = json_path_query (expression, root, &error);
  JsonArray *matches;

  g_assert_no_error (error);
  matches = json_node_get_array (result);
  g_assert_cmpuint (json_array_get_length (matches), ==, 1);

  return json_object_ref (json_array_get_object_element (matches, 0));
}

static void
test_round_trip (void)
{
  g_autofree char *path = fixture_path ("round-trip.careerplan");
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autofree char *folder = make_temporary_folder ();
  g_autofree char *target_path = g_build_filename (folder, "copy.careerplan", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) target = g_file_new_for_path (target_path);
  g_autoptr(JsonNode) original_node = NULL;
  g_autoptr(JsonNode) saved_node = NULL;
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlanFileInfo) info_again = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(CareerPlan) plan_again = NULL;
  g_autoptr(CareerPlanCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  gsize original_length, saved_length, saved_again_length;
  CareerSkillState *state;

  original = read_file (path, &original_length);
  original_node = parse (original, original_length);

  plan = load_path (path, builtin_catalog, &info);
  g_assert_false (career_plan_get_modified (plan));
  g_assert_false (career_plan_get_can_undo (plan));
  g_assert_false (info->read_only);
  g_assert_null (info->read_only_reason);
  g_assert_cmpuint (info->version, ==, 1);
  g_assert_cmpuint (info->missing_references->len, ==, 0);

  /* The edge values arrive in the model */
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 168.0);
  g_assert_cmpstr (career_plan_get_person_name (plan), ==, "Zoë \001 Ñandú");
  g_assert_null (career_plan_get_specialization_id (plan));
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 4);
  g_assert_cmpint (career_plan_get_level (plan, "rag"), ==, 0);
  state = career_plan_lookup_skill_state (plan, "rag");
  g_assert_cmpint (career_skill_state_get_custom_target (state), ==, 0);
  state = career_plan_lookup_skill_state (plan, "nlp");
  g_assert_cmpint (career_skill_state_get_custom_target (state), ==, -1);
  g_assert_cmpstr (career_skill_state_get_notes (state), ==, "");
  state = career_plan_lookup_skill_state (plan, "python");
  g_assert_cmpuint (g_utf8_strlen (career_skill_state_get_notes (state), -1), >, 2000);
  g_assert_cmpuint (g_list_model_get_n_items (career_skill_state_get_history (state)), ==, 2);

  /* Saved and parsed again, it is the same data, unknown members included */
  saved = career_plan_file_to_data (plan, &saved_length);
  g_assert_true (g_str_has_prefix (saved, "{\n  \"format\""));
  g_assert_true (g_str_has_suffix (saved, "}\n"));
  saved_node = parse (saved, saved_length);
  assert_json_equal (original_node, saved_node);

  /* And through a file: the second save writes the same bytes */
  g_assert_true (career_plan_file_save (plan, target, &error));
  g_assert_no_error (error);
  plan_again = load_path (target_path, builtin_catalog, &info_again);
  saved_again = career_plan_file_to_data (plan_again, &saved_again_length);
  assert_same_text (saved, saved_again);

  /* The temporary file became the plan file */
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "copy.careerplan");

  /* Unknown members follow their course when it moves to another term */
  g_assert_true (career_plan_move_course (plan_again, 1, 0, 2, 0));
  course = dup_course (plan_again, 2, 0);
  g_assert_cmpstr (career_plan_course_get_course_id (course), ==, "rice-mcs-online/comp-642");
  {
    g_autoptr(JsonNode) moved = plan_to_node (plan_again);
    g_autoptr(JsonObject) entry = get_path_object (moved, "$.terms[2].courses[0]");
    g_autoptr(JsonObject) term = get_path_object (moved, "$.terms[1]");

    g_assert_true (json_object_has_member (entry, "grade"));
    g_assert_true (json_object_has_member (entry, "section"));
    g_assert_true (json_object_has_member (term, "budget"));
  }

  remove_folder (folder);
}

static GDateTime *
fixed_clock (gpointer user_data)
{
  return g_date_time_new_utc (2025, 3, 1, 9, 30, 15.5);
}

/* A plan made with the commands, as the app makes one, survives a round trip */
static void
test_round_trip_commands (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlan) loaded = NULL;
  g_autoptr(CareerOtherLearning) item = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(CareerHistoryEntry) entry = NULL;
  CareerSkillState *state;
  gsize length;
  int position;

  career_plan_set_clock (plan, fixed_clock, NULL);
  career_plan_set_person_name (plan, "Ada");
  career_plan_set_program (plan, "gatech-omscs", NULL, "machine-learning");
  career_plan_set_weekly_hours (plan, 7.25);
  career_plan_set_level (plan, "python", 2, "Course");
  career_plan_set_level (plan, "python", 3, NULL);
  career_plan_set_custom_target (plan, "python", 4);
  career_plan_set_skill_notes (plan, "rag", "Later");
  position = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_term (plan, CAREER_SEASON_SPRING, 2025);
  position = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  g_assert_cmpint (position, ==, -1);
  career_plan_add_course (plan, 1, -1, "gatech-omscs/cs-6515");
  career_plan_set_course_status (plan, 1, 0, CAREER_COURSE_STATUS_IN_PROGRESS);
  career_plan_set_course_override (plan, 1, 0, "offering", "Special session");
  item = career_other_learning_new ("Home lab", CAREER_LEARNING_KIND_PROJECT, 3.0);
  career_other_learning_add_skill (item, "containers-kubernetes", 2);
  career_plan_add_other_learning (plan, 0, item);
  career_plan_add_transfer_credit (plan, "Calculus", 4.0, NULL);
  g_assert_true (career_plan_get_modified (plan));

  /* A plan without a name is written with an empty one */
  text = career_plan_file_to_data (plan, &length);
  loaded = career_plan_file_load_data (text, length, "commands.careerplan", builtin_catalog, NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_null (career_plan_get_name (loaded));

  first = parse (text, length);
  second = plan_to_node (loaded);
  assert_json_equal (first, second);

  g_assert_cmpfloat (career_plan_get_weekly_hours (loaded), ==, 7.25);
  state = career_plan_lookup_skill_state (loaded, "python");
  g_assert_cmpint (career_skill_state_get_level (state), ==, 3);
  g_assert_cmpint (career_skill_state_get_custom_target (state), ==, 4);
  entry = g_list_model_get_item (career_skill_state_get_history (state), 0);
  {
    g_autofree char *date = g_date_time_format_iso8601 (career_history_entry_get_date (entry));

    g_assert_cmpstr (date, ==, "2025-03-01T09:30:15.500000Z");
  }
  g_assert_cmpstr (career_history_entry_get_note (entry), ==, "Course");
  g_assert_nonnull (strstr (text, "\"weekly_hours\" : 7.25"));
}

static void
test_example (void)
{
  g_autofree char *path = example_path ();
  g_autofree char *original = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(JsonNode) original_node = NULL;
  g_autoptr(JsonNode) saved_node = NULL;
  g_autoptr(CareerPlanCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *terms;
  gsize length;
  guint n_completed = 0, n_in_progress = 0, n_planned = 0;

  plan = load_path (path, builtin_catalog, &info);
  for (guint i = 0; i < info->missing_references->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (info->missing_references, i));
  g_assert_cmpuint (info->missing_references->len, ==, 0);
  g_assert_false (info->read_only);

  g_assert_cmpstr (career_plan_get_target_role_id (plan), ==, "ml-engineer");
  g_assert_cmpstr (career_plan_get_program_id (plan), ==, "rice-mcs-online");
  g_assert_cmpstr (career_plan_get_specialization_id (plan), ==, "machine-learning");
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 15.0);
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_transfer_credits (plan)), ==, 1);

  /* Two terms done, one under way, two ahead */
  terms = career_plan_get_terms (plan);
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);
      GListModel *courses = career_term_get_courses (term);

      for (guint j = 0; j < g_list_model_get_n_items (courses); j++)
        {
          g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, j);

          switch (career_plan_course_get_status (entry))
            {
            case CAREER_COURSE_STATUS_COMPLETED:
              g_assert_cmpuint (i, <, 2);
              n_completed++;
              break;
            case CAREER_COURSE_STATUS_IN_PROGRESS:
              g_assert_cmpuint (i, ==, 2);
              n_in_progress++;
              break;
            case CAREER_COURSE_STATUS_PLANNED:
            default:
              g_assert_cmpuint (i, >, 2);
              n_planned++;
              break;
            }
        }
    }
  g_assert_cmpuint (n_completed, ==, 4);
  g_assert_cmpuint (n_in_progress, ==, 1);
  g_assert_cmpuint (n_planned, ==, 3);

  course = dup_course (plan, 1, 0);
  g_assert_nonnull (career_plan_course_get_override (course, "prerequisite"));

  /* Lossless round trip */
  original = read_file (path, &length);
  original_node = parse (original, length);
  saved_node = plan_to_node (plan);
  assert_json_equal (original_node, saved_node);

  g_assert_true (career_plan_file_check (file, NULL, builtin_catalog, &error));
  g_assert_no_error (error);
}

typedef struct
{
  const char *name;
  gboolean    guard;   /* an error of the input guard */
  int         code;
  const char *message; /* what follows "NAME", or a part of it */
  gboolean    exact;
} BadInput;

static const BadInput bad_inputs[] = {
  { "empty.careerplan", TRUE, CAREER_INPUT_ERROR_EMPTY, ": the file is empty", FALSE },
  { "truncated.careerplan", TRUE, CAREER_INPUT_ERROR_SYNTAX, ":6:", FALSE },
  { "binary.careerplan", TRUE, CAREER_INPUT_ERROR_NUL_CHARACTER,
    ":3:1: the file contains a zero byte", FALSE },
  { "not-an-object.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_NOT_A_PLAN,
    ": $: this is not a Career Planner plan", FALSE },
  { "not-a-plan.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_NOT_A_PLAN,
    ": $.format: \"career-planner-catalog\" is not a Career Planner plan; plan files have the "
    "format \"career-planner-plan\"", TRUE },
  { "missing-format.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_NOT_A_PLAN,
    ": $: the member \"format\" is missing", FALSE },
  { "missing-version.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_MISSING_MEMBER,
    ": $: the member \"version\" is missing; add it", TRUE },
  { "version-zero.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.version: 0 is out of range", FALSE },
  { "version-text.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.version: expected a number, found text", TRUE },
  { "missing-name.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_MISSING_MEMBER,
    ": $: the member \"name\" is missing; add it", TRUE },
  { "wrong-type.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.weekly_hours: expected a number, found text", TRUE },
  { "wrong-type-skills.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.skills: expected a list, found an object", TRUE },
  { "bad-status.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.terms[1].courses[0].status: \"done\" is not a course status; use planned, in-progress "
    "or completed", TRUE },
  { "bad-date.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.skills[0].history[1].date: \"2025-13-45\" is not a date and time", FALSE },
  { "duplicate-term.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_DUPLICATE,
    ": $.terms[2]: the term Fall 2025 is in the plan twice (also at $.terms[0])", FALSE },
  { "duplicate-skill.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_DUPLICATE,
    ": $.skills[2].skill: the skill \"python\" is in the plan twice (also at $.skills[0])", FALSE },
  { "level-7.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.skills[1].level: 7 is out of range; use a number from 0 to 4", TRUE },
  { "bad-course-id.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.terms[0].courses[0].course: \"comp-642\" is not a course id", FALSE },
  { "bad-year.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.terms[0].year: 1850 is out of range; use a number from 1900 to 2999", TRUE },
  { "missing-season.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_MISSING_MEMBER,
    ": $.terms[1]: the member \"season\" is missing", FALSE },
  { "too-new-unreadable.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_TOO_NEW,
    ": $.version: the plan was written by a newer version of Career Planner (format version 7; "
    "this version reads up to 1) and cannot be read: $.terms: expected a list, found an object. "
    "Update Career Planner to open it", TRUE },
  { "year-fraction.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.terms[0].year: expected a whole number; use one from 1900 to 2999", TRUE },
  { "weekly-null.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.weekly_hours: must not be null; give it a value", TRUE },
  { "transfer-negative.careerplan", FALSE, CAREER_PLAN_FILE_ERROR_INVALID,
    ": $.transfer_credits[0].credits: -3 is out of range; use a number of at least 0", TRUE },
  { "no-such-file.careerplan", TRUE, CAREER_INPUT_ERROR_READ, ": cannot be read", FALSE },
};

static void
assert_bad_input_error (const BadInput *bad,
                        const GError   *error)
{
  g_autofree char *expected = g_strconcat (bad->name, bad->message, NULL);
  GQuark domain = bad->guard ? CAREER_INPUT_ERROR : CAREER_PLAN_FILE_ERROR;

  g_assert_error (error, domain, bad->code);
  if (bad->exact)
    g_assert_cmpstr (error->message, ==, expected);
  else if (!g_str_has_prefix (error->message, expected))
    g_error ("“%s” does not start with “%s”", error->message, expected);
}

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autofree char *path = fixture_path (bad->name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_length = 0, after_length = 0;
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);

  if (exists)
    before = read_file (path, &before_length);

  plan = career_plan_file_load (file, NULL, builtin_catalog, &info, &error);
  g_assert_null (plan);
  g_assert_null (info);
  assert_bad_input_error (bad, error);
  g_test_message ("%s", error->message);

  /* The same bytes given as data fail the same way */
  if (exists)
    {
      g_clear_error (&error);
      plan = career_plan_file_load_data (before, before_length, bad->name, builtin_catalog, &info,
                                         &error);
      g_assert_null (plan);
      assert_bad_input_error (bad, error);

      g_clear_error (&error);
      g_assert_false (career_plan_file_check (file, NULL, builtin_catalog, &error));
      assert_bad_input_error (bad, error);

      after = read_file (path, &after_length);
      g_assert_cmpmem (before, before_length, after, after_length);
    }
  else
    {
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_too_new (void)
{
  g_autofree char *path = fixture_path ("too-new.careerplan");
  g_autofree char *folder = make_temporary_folder ();
  g_autofree char *copy_path = g_build_filename (folder, "too-new.careerplan", NULL);
  g_autofree char *other_path = g_build_filename (folder, "other.careerplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gsize before_length, after_length;

  before = read_file (path, &before_length);
  g_assert_true (g_file_set_contents (copy_path, before, before_length, NULL));

  /* What this version knows of the newer file reads: it opens read-only */
  plan = load_path (copy_path, builtin_catalog, &info);
  g_assert_true (info->read_only);
  g_assert_cmpuint (info->version, ==, 2);
  g_assert_cmpstr (info->read_only_reason, ==,
                   "too-new.careerplan was written by a newer version of Career Planner (format "
                   "version 2; this version reads up to 1). It is open read-only so that nothing "
                   "the newer version stored is lost; update Career Planner to change it.");
  g_assert_cmpuint (info->missing_references->len, ==, 0);
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 3);
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 12.0);

  /* The newer members are all there */
  text = career_plan_file_to_data (plan, NULL);
  g_assert_nonnull (strstr (text, "\"goals\""));
  g_assert_nonnull (strstr (text, "\"evidence\""));
  g_assert_nonnull (strstr (text, "\"budget\""));
  g_assert_nonnull (strstr (text, "\"grade\""));

  /* It is never written over, nor saved anywhere else */
  career_plan_set_name (plan, "Changed");
  g_assert_false (career_plan_file_save (plan, copy, &error));
  g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_READ_ONLY);
  g_assert_true (g_str_has_prefix (error->message, copy_path));
  g_clear_error (&error);
  g_assert_false (career_plan_file_save (plan, other, &error));
  g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (career_plan_get_modified (plan));
  g_assert_false (g_file_test (other_path, G_FILE_TEST_EXISTS));
  after = read_file (copy_path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);

  /* --check calls it a problem */
  g_assert_false (career_plan_file_check (file, NULL, builtin_catalog, &error));
  g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_TOO_NEW);
  g_assert_cmpstr (error->message, ==,
                   "too-new.careerplan: $.version: the file uses plan format version 2, and this "
                   "version of Career Planner reads versions up to 1; update Career Planner to "
                   "check it");

  remove_folder (folder);
}

static void
test_unknown_references (void)
{
  g_autofree char *path = fixture_path ("unknown-references.careerplan");
  g_autofree char *specialization_path = fixture_path ("unknown-specialization.careerplan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlanFileInfo) no_catalog_info = NULL;
  g_autoptr(CareerPlanFileInfo) specialization_info = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(CareerPlan) no_catalog_plan = NULL;
  g_autoptr(CareerPlan) specialization_plan = NULL;
  g_autoptr(CareerPlanCourse) course = NULL;
  g_autoptr(CareerTerm) term = NULL;
  g_autoptr(CareerPlanFileInfo) reloaded_info = NULL;
  g_autoptr(CareerPlan) reloaded = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(JsonNode) saved_node = NULL;
  g_autoptr(JsonNode) reloaded_node = NULL;
  g_autoptr(GError) error = NULL;
  const char *unknown_ids[] = {
    "\"quantum-chef\"", "\"atlantis-mcs\"", "\"tides\"", "\"underwater-basket-weaving\"",
    "\"rice-mcs-online/comp-999\"", "\"telepathy\"",
  };
  const char *expected[] = {
    "unknown-references.careerplan: $.target_role: unknown role \"quantum-chef\": the catalog in "
    "use has no role with this id; the plan keeps it. Add a catalog file that defines it, or "
    "choose another target role",
    "unknown-references.careerplan: $.program.id: unknown program \"atlantis-mcs\"",
    "unknown-references.careerplan: $.skills[1].skill: unknown skill \"underwater-basket-weaving\"",
    "unknown-references.careerplan: $.terms[0].courses[1].course: unknown course "
    "\"rice-mcs-online/comp-999\"",
    "unknown-references.careerplan: $.terms[0].other_learning[0].skills[1].skill: unknown skill "
    "\"telepathy\"",
  };
  gsize length;
  int level;

  plan = load_path (path, builtin_catalog, &info);
  g_assert_false (info->read_only);
  g_assert_cmpuint (info->missing_references->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *reference = g_ptr_array_index (info->missing_references, i);

      if (!g_str_has_prefix (reference, expected[i]))
        g_error ("“%s” does not start with “%s”", reference, expected[i]);
    }

  /* Kept, not dropped */
  g_assert_cmpstr (career_plan_get_target_role_id (plan), ==, "quantum-chef");
  g_assert_cmpstr (career_plan_get_program_id (plan), ==, "atlantis-mcs");
  g_assert_cmpstr (career_plan_get_specialization_id (plan), ==, "tides");
  g_assert_cmpint (career_plan_get_level (plan, "underwater-basket-weaving"), ==, 1);
  course = dup_course (plan, 0, 1);
  g_assert_cmpstr (career_plan_course_get_course_id (course), ==, "rice-mcs-online/comp-999");
  term = g_list_model_get_item (career_plan_get_terms (plan), 0);
  {
    g_autoptr(CareerOtherLearning) item =
      g_list_model_get_item (career_term_get_other_learning (term), 0);

    g_assert_cmpstr (career_other_learning_get_skill (item, 1, &level), ==, "telepathy");
    g_assert_cmpint (level, ==, 2);
  }

  /* And saved: the file leaves out no member, so compare what it reads as */
  saved = career_plan_file_to_data (plan, &length);
  for (guint i = 0; i < G_N_ELEMENTS (unknown_ids); i++)
    g_assert_nonnull (strstr (saved, unknown_ids[i]));
  saved_node = parse (saved, length);
  reloaded = career_plan_file_load_data (saved, length, "saved.careerplan", builtin_catalog,
                                         &reloaded_info, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reloaded_info->missing_references->len, ==, G_N_ELEMENTS (expected));
  reloaded_node = plan_to_node (reloaded);
  assert_json_equal (saved_node, reloaded_node);

  /* Without a catalog nothing is checked */
  no_catalog_plan = load_path (path, NULL, &no_catalog_info);
  g_assert_cmpuint (no_catalog_info->missing_references->len, ==, 0);

  /* A specialization is checked against its program */
  specialization_plan = load_path (specialization_path, builtin_catalog, &specialization_info);
  g_assert_cmpuint (specialization_info->missing_references->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (specialization_info->missing_references, 0),
                                   "unknown-specialization.careerplan: $.program.specialization: "
                                   "unknown specialization \"robotics\": the program "
                                   "\"rice-mcs-online\""));

  /* --check reports them all, one a line */
  g_assert_false (career_plan_file_check (file, NULL, builtin_catalog, &error));
  g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_UNKNOWN_REFERENCE);
  {
    g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_true (g_str_has_prefix (lines[i], expected[i]));
  }
  g_clear_error (&error);
  g_assert_true (career_plan_file_check (file, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Test-only upgrade steps: version 1 called the weekly hours "hours", and
 * versions 1 and 2 called the plan's name "title" */
static GString *upgrade_log;

static gboolean
rename_member (JsonObject *root,
               const char *from,
               const char *to)
{
  JsonNode *node = json_object_get_member (root, from);

  if (node == NULL)
    return FALSE;

  json_object_set_member (root, to, json_node_copy (node));
  json_object_remove_member (root, from);
  return TRUE;
}

static gboolean
upgrade_1_to_2 (JsonObject              *root,
                const CareerJsonReader  *reader,
                GError                 **error)
{
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_string_append (upgrade_log, "1>2 ");
  rename_member (root, "hours", "weekly_hours");
  return TRUE;
}

static gboolean
upgrade_2_to_3 (JsonObject              *root,
                const CareerJsonReader  *reader,
                GError                 **error)
{
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 2);
  g_string_append (upgrade_log, "2>3 ");

  if (json_object_has_member (root, "broken"))
    {
      career_json_set_error (reader, error, CAREER_PLAN_FILE_ERROR_INVALID, "$.broken",
                             "cannot be upgraded");
      return FALSE;
    }

  rename_member (root, "title", "name");
  return TRUE;
}

static const CareerPlanFileUpgradeFunc test_steps[] = {
  upgrade_1_to_2,
  upgrade_2_to_3,
};

static CareerPlan *
load_upgraded (const char          *text,
               CareerPlanFileInfo **info,
               GError             **error)
{
  g_string_truncate (upgrade_log, 0);

  return career_plan_file_load_data (text, strlen (text), "upgrade.careerplan", NULL, info, error);
}

static void
test_upgrades (void)
{
  g_autoptr(CareerPlanFileInfo) info = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  upgrade_log = g_string_new (NULL);

  /* The real table: version 1 is the newest, and no step runs */
  plan = load_upgraded ("{\"format\": \"career-planner-plan\", \"version\": 1, \"name\": \"x\"}",
                        &info, &error);
  g_assert_no_error (error);
  g_assert_false (info->read_only);
  g_clear_object (&plan);
  g_clear_pointer (&info, career_plan_file_info_free);

  career_plan_file_set_upgrade_steps_for_testing (test_steps, G_N_ELEMENTS (test_steps));

  /* From version 1: every step, in order */
  plan = load_upgraded ("{\"format\": \"career-planner-plan\", \"version\": 1, "
                        "\"title\": \"Old\", \"hours\": 7}", &info, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (upgrade_log->str, ==, "1>2 2>3 ");
  g_assert_cmpuint (info->version, ==, 1);
  g_assert_false (info->read_only);
  g_assert_cmpstr (career_plan_get_name (plan), ==, "Old");
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 7.0);

  /* Saved in the newest version, without the old names */
  text = career_plan_file_to_data (plan, NULL);
  g_assert_nonnull (strstr (text, "\"version\" : 3"));
  g_assert_null (strstr (text, "\"title\""));
  g_assert_null (strstr (text, "\"hours\""));
  g_clear_object (&plan);
  g_clear_pointer (&info, career_plan_file_info_free);

  /* From version 2: only the last step */
  plan = load_upgraded ("{\"format\": \"career-planner-plan\", \"version\": 2, "
                        "\"title\": \"Middle\", \"weekly_hours\": 5}", &info, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (upgrade_log->str, ==, "2>3 ");
  g_assert_cmpstr (career_plan_get_name (plan), ==, "Middle");
  g_clear_object (&plan);
  g_clear_pointer (&info, career_plan_file_info_free);

  /* The newest version: none */
  plan = load_upgraded ("{\"format\": \"career-planner-plan\", \"version\": 3, "
                        "\"name\": \"New\"}", &info, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (upgrade_log->str, ==, "");
  g_assert_false (info->read_only);
  g_clear_object (&plan);
  g_clear_pointer (&info, career_plan_file_info_free);

  /* A newer one opens read-only, without steps */
  plan = load_upgraded ("{\"format\": \"career-planner-plan\", \"version\": 4, "
                        "\"name\": \"Newer\"}", &info, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (upgrade_log->str, ==, "");
  g_assert_true (info->read_only);
  g_clear_object (&plan);
  g_clear_pointer (&info, career_plan_file_info_free);

  /* A failing step fails the load */
  plan = load_upgraded ("{\"format\": \"career-planner-plan\", \"version\": 1, "
                        "\"title\": \"Old\", \"broken\": true}", &info, &error);
  g_assert_null (plan);
  g_assert_null (info);
  g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "upgrade.careerplan: $.broken: cannot be upgraded");
  g_assert_cmpstr (upgrade_log->str, ==, "1>2 2>3 ");
  g_clear_error (&error);

  career_plan_file_set_upgrade_steps_for_testing (NULL, 0);

  plan = load_upgraded ("{\"format\": \"career-planner-plan\", \"version\": 2, \"name\": \"x\"}",
                        &info, &error);
  g_assert_no_error (error);
  g_assert_true (info->read_only);

  g_string_free (upgrade_log, TRUE);
  upgrade_log = NULL;
}

static CareerPlan *
load_modified_example (void)
{
  g_autofree char *path = example_path ();
  CareerPlan *plan = load_path (path, builtin_catalog, NULL);

  g_assert_true (career_plan_set_name (plan, "Changed"));
  g_assert_true (career_plan_get_modified (plan));

  return plan;
}

static void
assert_save_fails (CareerPlan *plan,
                   const char *path,
                   const char *reason)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: the plan cannot be saved: %s. Save it under "
                                               "another name or in another folder", path, reason);

  g_assert_false (career_plan_file_save (plan, file, &error));
  g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (career_plan_get_modified (plan));
}

static void
test_save_errors (void)
{
  g_autoptr(CareerPlan) plan = load_modified_example ();
  g_autofree char *folder = make_temporary_folder ();
  g_autofree char *missing = g_build_filename (folder, "missing", "plan.careerplan", NULL);
  g_autofree char *directory = g_build_filename (folder, "plan.careerplan", NULL);
  g_autofree char *listing = NULL;

  /* A folder that does not exist */
  assert_save_fails (plan, missing, "the folder does not exist");

  /* A folder where the file should be */
  g_assert_cmpint (g_mkdir (directory, 0755), ==, 0);
  assert_save_fails (plan, directory, "a folder has that name");
  g_assert_true (g_file_test (directory, G_FILE_TEST_IS_DIR));
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "plan.careerplan");

  if (geteuid () == 0)
    {
      g_test_message ("Running as root, which ignores permissions: not testing a read-only "
                      "folder");
    }
  else
    {
      g_autofree char *read_only = g_build_filename (folder, "read-only", NULL);
      g_autofree char *existing = g_build_filename (read_only, "existing.careerplan", NULL);
      g_autofree char *new_file = g_build_filename (read_only, "new.careerplan", NULL);
      g_autofree char *read_only_listing = NULL;
      g_autofree char *after = NULL;
      gsize after_length;

      g_assert_cmpint (g_mkdir (read_only, 0755), ==, 0);
      g_assert_true (g_file_set_contents (existing, "old", 3, NULL));
      g_assert_cmpint (g_chmod (read_only, 0555), ==, 0);

      assert_save_fails (plan, new_file, "you do not have permission to write in this folder");

      /* The file itself is writable, but could only be rewritten in place */
      assert_save_fails (plan, existing,
                         "the folder it is in is read-only, so it cannot be replaced safely");
      after = read_file (existing, &after_length);
      g_assert_cmpmem (after, after_length, "old", 3);

      read_only_listing = list_folder (read_only);
      g_assert_cmpstr (read_only_listing, ==, "existing.careerplan");
      g_assert_cmpint (g_chmod (read_only, 0755), ==, 0);
    }

  remove_folder (folder);
}

static void
test_save_symlink (void)
{
  g_autoptr(CareerPlan) plan = load_modified_example ();
  g_autofree char *folder = make_temporary_folder ();
  g_autofree char *real = g_build_filename (folder, "real.careerplan", NULL);
  g_autofree char *link = g_build_filename (folder, "link.careerplan", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(CareerPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (real, "old", 3, NULL));
  g_assert_cmpint (symlink ("real.careerplan", link), ==, 0);

  g_assert_true (career_plan_file_save (plan, link_file, &error));
  g_assert_no_error (error);
  g_assert_false (career_plan_get_modified (plan));

  /* The link stays a link, and its target holds the plan */
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  loaded = load_path (real, NULL, NULL);
  g_assert_cmpstr (career_plan_get_name (loaded), ==, "Changed");
  listing = list_folder (folder);
  g_assert_cmpstr (listing, ==, "link.careerplan real.careerplan");

  remove_folder (folder);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
test_save_async (void)
{
  g_autoptr(CareerPlan) plan = load_modified_example ();
  g_autofree char *folder = make_temporary_folder ();
  g_autofree char *path = g_build_filename (folder, "async.careerplan", NULL);
  g_autofree char *missing = g_build_filename (folder, "missing", "async.careerplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(CareerPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* Saved, unchanged meanwhile: marked saved */
  career_plan_file_save_async (plan, file, NULL, on_saved_cb, &result);
  g_assert_true (career_plan_file_save_finish (plan, wait_for_result (&result), &error));
  g_assert_no_error (error);
  g_assert_false (career_plan_get_modified (plan));
  loaded = load_path (path, NULL, NULL);
  g_assert_cmpstr (career_plan_get_name (loaded), ==, "Changed");
  g_clear_object (&loaded);
  g_clear_object (&result);

  /* Changed while the file was being written: what was written is the
   * state when the save began, and the plan stays modified */
  career_plan_file_save_async (plan, file, NULL, on_saved_cb, &result);
  career_plan_set_name (plan, "Changed again");
  g_assert_true (career_plan_file_save_finish (plan, wait_for_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (career_plan_get_modified (plan));
  loaded = load_path (path, NULL, NULL);
  g_assert_cmpstr (career_plan_get_name (loaded), ==, "Changed");
  g_clear_object (&loaded);
  g_clear_object (&result);

  /* Changed and changed back: saved after all */
  career_plan_file_save_async (plan, file, NULL, on_saved_cb, &result);
  career_plan_set_weekly_hours (plan, 3.0);
  career_plan_undo (plan);
  g_assert_true (career_plan_file_save_finish (plan, wait_for_result (&result), &error));
  g_assert_false (career_plan_get_modified (plan));
  g_clear_object (&result);

  /* Failing */
  career_plan_set_name (plan, "Changed once more");
  career_plan_file_save_async (plan, missing_file, NULL, on_saved_cb, &result);
  g_assert_false (career_plan_file_save_finish (plan, wait_for_result (&result), &error));
  g_assert_error (error, CAREER_PLAN_FILE_ERROR, CAREER_PLAN_FILE_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, missing));
  g_assert_true (career_plan_get_modified (plan));
  g_clear_error (&error);
  g_clear_object (&result);

  /* Cancelled */
  g_cancellable_cancel (cancellable);
  career_plan_file_save_async (plan, file, cancellable, on_saved_cb, &result);
  g_assert_false (career_plan_file_save_finish (plan, wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (career_plan_get_modified (plan));
  loaded = load_path (path, NULL, NULL);
  g_assert_cmpstr (career_plan_get_name (loaded), ==, "Changed again");

  remove_folder (folder);
}

/* A valid plan of a few hundred kilobytes; @variant changes every skill */
static char *
make_large_plan (const char *variant,
                 guint       n_skills)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "{\"format\": \"career-planner-plan\", \"version\": 1, "
                          "\"name\": \"%s\", \"weekly_hours\": 10, \"skills\": [", variant);
  for (guint i = 0; i < n_skills; i++)
    {
      g_string_append_printf (text, "%s{\"skill\": \"skill-%04u\", \"level\": %u, \"notes\": \"",
                              i > 0 ? ", " : "", i, (guint) ((i + strlen (variant)) % 5));
      for (guint j = 0; j < 8; j++)
        g_string_append_printf (text, "%s note %u of skill %u; ", variant, j, i);
      g_string_append_printf (text, "\", \"history\": [{\"date\": \"2025-01-%02uT12:00:00Z\", "
                              "\"from\": 0, \"to\": 1, \"note\": \"%s\"}]}",
                              1 + i % 28, variant);
    }
  g_string_append (text, "]}\n");

  return g_string_free (text, FALSE);
}

static char *
write_large_plan (const char  *folder,
                  const char  *variant,
                  guint        n_skills,
                  gsize       *length)
{
  g_autofree char *source = make_large_plan (variant, n_skills);
  g_autofree char *path = g_strdup_printf ("%s/%s.careerplan", folder, variant);
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, source, -1, NULL));
  plan = career_plan_file_load_data (source, strlen (source), variant, NULL, NULL, &error);
  g_assert_no_error (error);

  /* What the helper writes for it */
  return career_plan_file_to_data (plan, length);
}

static gboolean
is_old_or_new (const char *text,
               gsize       length,
               const char *old_text,
               gsize       old_length,
               const char *new_text,
               gsize       new_length)
{
  return (length == old_length && memcmp (text, old_text, length) == 0) ||
         (length == new_length && memcmp (text, new_text, length) == 0);
}

static void
test_kill_during_save (void)
{
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "plan-save-loop", NULL);
  g_autofree char *folder = make_temporary_folder ();
  g_autofree char *plans = g_build_filename (folder, "plans", NULL);
  g_autofree char *target_folder = g_build_filename (folder, "target", NULL);
  g_autofree char *target = g_build_filename (target_folder, "plan.careerplan", NULL);
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  gsize old_length, new_length;
  guint n_old = 0, n_new = 0, n_reads = 0;
  const guint n_iterations = 50;

  g_assert_cmpint (g_mkdir (plans, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (target_folder, 0755), ==, 0);
  old_text = write_large_plan (plans, "old", 700, &old_length);
  new_text = write_large_plan (plans, "new", 800, &new_length);
  g_assert_cmpuint (old_length, >, 200 * 1024);
  g_assert_cmpuint (new_length, >, old_length);
  old_path = g_build_filename (plans, "old.careerplan", NULL);
  new_path = g_build_filename (plans, "new.careerplan", NULL);

  for (guint i = 0; i < n_iterations; i++)
    {
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GDataInputStream) output = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (target);
      g_autoptr(CareerPlan) plan = NULL;
      g_autofree char *line = NULL;
      g_autofree char *contents = NULL;
      gsize length;
      gint64 deadline;

      process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                  helper, old_path, new_path, target, NULL);
      g_assert_no_error (error);

      output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
      line = g_data_input_stream_read_line (output, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (line, ==, "ready");

      /* Until a random moment, somewhere in the middle of some save, every
       * read finds a whole plan too: a file rewritten in place would be
       * caught here even when no kill lands in a write */
      deadline = g_get_monotonic_time () + g_test_rand_int_range (0, 60000);
      do
        {
          g_autofree char *seen = read_file (target, &length);

          if (!is_old_or_new (seen, length, old_text, old_length, new_text, new_length))
            {
              g_subprocess_force_exit (process);
              g_error ("while saving, a read found neither the old nor the new plan (%"
                       G_GSIZE_FORMAT " bytes)", length);
            }
          n_reads++;
        }
      while (g_get_monotonic_time () < deadline);

      g_subprocess_force_exit (process);
      g_assert_true (g_subprocess_wait (process, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (process));

      contents = read_file (target, &length);
      if (!is_old_or_new (contents, length, old_text, old_length, new_text, new_length))
        g_error ("after kill %u the file is neither the old nor the new plan (%" G_GSIZE_FORMAT
                 " bytes)", i, length);

      if (length == old_length)
        n_old++;
      else
        n_new++;

      plan = career_plan_file_load (file, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (plan);
    }

  g_test_message ("%u kills found the old plan, %u the new one; %u reads while saving",
                  n_old, n_new, n_reads);
  g_assert_cmpuint (n_old + n_new, ==, n_iterations);

  remove_folder (folder);
}

/* A long history: 40 000 level changes of one skill are about 5 MiB when
 * indented, over the limit, so the plan is written without indentation
 * (about 2 MiB) and opens again with every entry */
static void
test_long_history (void)
{
  const guint n = 40000;
  g_autoptr(GString) json = g_string_new ("{\"format\":\"career-planner-plan\",\"version\":1,"
                                          "\"name\":\"Long\",\"skills\":[{\"skill\":\"python\","
                                          "\"level\":0,\"history\":[");
  g_autoptr(GError) error = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(CareerPlan) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length, length_again;
  CareerSkillState *state;

  for (guint i = 0; i < n; i++)
    {
      guint from = i % 2, to = (i + 1) % 2;

      g_string_append_printf (json, "%s{\"date\":\"2020-01-01T00:00:%02uZ\",\"from\":%u,\"to\":%u}",
                              i > 0 ? "," : "", i % 60, from, to);
    }
  g_string_append (json, "]}]}");

  plan = career_plan_file_load_data (json->str, json->len, "long.careerplan", builtin_catalog,
                                     NULL, &error);
  g_assert_no_error (error);
  text = career_plan_file_to_data (plan, &length);
  g_assert_cmpuint (length, <=, CAREER_INPUT_MAX_SIZE);
  g_assert_null (strstr (text, "\n  "));

  again = career_plan_file_load_data (text, length, "long.careerplan", builtin_catalog, NULL,
                                      &error);
  g_assert_no_error (error);
  state = career_plan_lookup_skill_state (again, "python");
  g_assert_cmpuint (g_list_model_get_n_items (career_skill_state_get_history (state)), ==, n);
  text_again = career_plan_file_to_data (again, &length_again);
  g_assert_cmpmem (text, length, text_again, length_again);

  /* A short plan is indented */
  {
    g_autoptr(CareerPlan) small = career_plan_new ();
    g_autofree char *small_text = career_plan_file_to_data (small, NULL);

    g_assert_nonnull (strstr (small_text, "\n  \"format\""));
  }
}

/* Every control character is written escaped: json-glib 1.6 writes
 * U+001F as it is, which JSON forbids (a fuzzing run found it) */
static void
test_control_characters (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = g_strdup ("a\x01" "b\x1f\x1f" "c\td");
  gsize length;

  career_plan_set_name (plan, name);
  career_plan_set_skill_notes (plan, "python", "one\x1ftwo");
  text = career_plan_file_to_data (plan, &length);

  g_assert_cmpuint (strlen (text), ==, length);
  for (gsize i = 0; i < length; i++)
    g_assert_true ((guchar) text[i] >= 0x20 || text[i] == '\n');
  g_assert_nonnull (strstr (text, "a\\u0001b\\u001f\\u001fc\\td"));
  g_assert_nonnull (strstr (text, "one\\u001ftwo"));

  loaded = career_plan_file_load_data (text, length, "control.careerplan", builtin_catalog, NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpstr (career_plan_get_name (loaded), ==, name);
  g_assert_cmpstr (career_skill_state_get_notes (career_plan_lookup_skill_state (loaded, "python")),
                   ==, "one\x1ftwo");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  builtin_catalog = career_catalog_new ();
  career_catalog_load_builtin (builtin_catalog, &error);
  g_assert_no_error (error);

  g_test_add_func ("/plan-file/round-trip", test_round_trip);
  g_test_add_func ("/plan-file/round-trip-commands", test_round_trip_commands);
  g_test_add_func ("/plan-file/control-characters", test_control_characters);
  g_test_add_func ("/plan-file/example", test_example);
  g_test_add_func ("/plan-file/long-history", test_long_history);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strndup (bad_inputs[i].name,
                                         strlen (bad_inputs[i].name) - strlen (".careerplan"));
      g_autofree char *test_path = g_strconcat ("/plan-file/bad-input/", name, NULL);

      g_test_add_data_func (test_path, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/plan-file/too-new", test_too_new);
  g_test_add_func ("/plan-file/unknown-references", test_unknown_references);
  g_test_add_func ("/plan-file/upgrades", test_upgrades);
  g_test_add_func ("/plan-file/save-errors", test_save_errors);
  g_test_add_func ("/plan-file/save-symlink", test_save_symlink);
  g_test_add_func ("/plan-file/save-async", test_save_async);
  g_test_add_func ("/plan-file/kill-during-save", test_kill_during_save);

  status = g_test_run ();

  g_clear_object (&builtin_catalog);

  return status;
}
