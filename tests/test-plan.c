/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include "career-plan.h"
#include "career-plan-private.h"

/* Records the items-changed emissions of a list model as a string of
 * "(position,removed,added)" groups, so that a test states the exact
 * emissions it expects and a failure shows both sequences.
 */
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

#define assert_changes(recorder, expected) \
  G_STMT_START { \
    g_assert_cmpstr ((recorder)->log->str, ==, (expected)); \
    g_string_truncate ((recorder)->log, 0); \
  } G_STMT_END

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static guint
count_signal (gpointer    instance,
              const char *detailed_signal,
              guint      *counter)
{
  *counter = 0;

  return g_signal_connect_swapped (instance, detailed_signal, G_CALLBACK (count_cb), counter);
}

/* A clock that starts on 1 March 2025, 09:30 UTC and moves a day per call */
static GDateTime *
test_clock (gpointer user_data)
{
  int *n_calls = user_data;

  (*n_calls)++;

  return g_date_time_new_utc (2025, 3, *n_calls, 9, 30, 0);
}

static CareerTerm *
dup_term (CareerPlan *plan,
          guint       position)
{
  return g_list_model_get_item (career_plan_get_terms (plan), position);
}

static Recorder *
record_courses (CareerPlan *plan,
                guint       term_position)
{
  g_autoptr(CareerTerm) term = dup_term (plan, term_position);

  return recorder_new (career_term_get_courses (term));
}

static char *
dup_course_ids (CareerPlan *plan,
                guint       term_position)
{
  g_autoptr(CareerTerm) term = dup_term (plan, term_position);
  GListModel *courses = career_term_get_courses (term);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(CareerPlanCourse) course = g_list_model_get_item (courses, i);

      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, career_plan_course_get_course_id (course));
    }

  return g_string_free (ids, FALSE);
}

static char *
dup_term_labels (CareerPlan *plan)
{
  GListModel *terms = career_plan_get_terms (plan);
  GString *labels = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);
      g_autofree char *label = career_term_dup_label (term);

      if (i > 0)
        g_string_append (labels, ", ");
      g_string_append (labels, label);
    }

  return g_string_free (labels, FALSE);
}

#define assert_courses(plan, term_position, expected) \
  G_STMT_START { \
    g_autofree char *ids_ = dup_course_ids ((plan), (term_position)); \
    g_assert_cmpstr (ids_, ==, (expected)); \
  } G_STMT_END

#define assert_terms(plan, expected) \
  G_STMT_START { \
    g_autofree char *labels_ = dup_term_labels (plan); \
    g_assert_cmpstr (labels_, ==, (expected)); \
  } G_STMT_END

static void
test_plan_defaults (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();

  g_assert_null (career_plan_get_name (plan));
  g_assert_null (career_plan_get_person_name (plan));
  g_assert_null (career_plan_get_target_role_id (plan));
  g_assert_null (career_plan_get_program_id (plan));
  g_assert_null (career_plan_get_catalog_year (plan));
  g_assert_null (career_plan_get_specialization_id (plan));
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 10.0);

  g_assert_false (career_plan_get_modified (plan));
  g_assert_false (career_plan_get_can_undo (plan));
  g_assert_false (career_plan_get_can_redo (plan));
  g_assert_null (career_plan_get_undo_label (plan));
  g_assert_null (career_plan_get_redo_label (plan));
  g_assert_false (career_plan_undo (plan));
  g_assert_false (career_plan_redo (plan));

  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_skill_states (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_terms (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_transfer_credits (plan)), ==, 0);
  g_assert_null (career_plan_lookup_skill_state (plan, "python"));
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 0);
}

static void
test_plan_properties (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autofree char *name = NULL;
  guint n_name, n_program, n_year, n_specialization, n_hours;

  count_signal (plan, "notify::name", &n_name);
  count_signal (plan, "notify::program-id", &n_program);
  count_signal (plan, "notify::catalog-year", &n_year);
  count_signal (plan, "notify::specialization-id", &n_specialization);
  count_signal (plan, "notify::weekly-hours", &n_hours);

  g_assert_true (career_plan_set_name (plan, "My Path to ML"));
  g_assert_false (career_plan_set_name (plan, "My Path to ML"));
  g_assert_cmpuint (n_name, ==, 1);
  g_assert_true (career_plan_set_person_name (plan, "Ada"));
  g_assert_true (career_plan_set_target_role_id (plan, "ml-engineer"));
  g_assert_true (career_plan_set_program (plan, "rice-mcs", "2024-2025", NULL));
  g_assert_cmpuint (n_program, ==, 1);
  g_assert_cmpuint (n_year, ==, 1);
  g_assert_cmpuint (n_specialization, ==, 0);

  /* One step, and only the property that changed is notified */
  g_assert_true (career_plan_set_program (plan, "rice-mcs", "2024-2025", "machine-learning"));
  g_assert_cmpuint (n_program, ==, 1);
  g_assert_cmpuint (n_year, ==, 1);
  g_assert_cmpuint (n_specialization, ==, 1);
  g_assert_false (career_plan_set_program (plan, "rice-mcs", "2024-2025", "machine-learning"));

  g_assert_true (career_plan_set_weekly_hours (plan, 12.5));
  g_assert_false (career_plan_set_weekly_hours (plan, 12.5));
  g_assert_cmpuint (n_hours, ==, 1);

  /* Setting the property is the same command */
  g_object_set (plan, "name", "Plan B", NULL);
  g_object_get (plan, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Plan B");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Plan name changed");

  g_assert_true (career_plan_undo (plan));
  g_assert_cmpstr (career_plan_get_name (plan), ==, "My Path to ML");
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 10.0);
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpstr (career_plan_get_program_id (plan), ==, "rice-mcs");
  g_assert_cmpstr (career_plan_get_catalog_year (plan), ==, "2024-2025");
  g_assert_null (career_plan_get_specialization_id (plan));
  g_assert_cmpuint (n_program, ==, 1);
  g_assert_cmpuint (n_specialization, ==, 2);
  g_assert_true (career_plan_undo (plan));
  g_assert_null (career_plan_get_program_id (plan));
  g_assert_null (career_plan_get_catalog_year (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_null (career_plan_get_target_role_id (plan));
  g_assert_cmpstr (career_plan_get_person_name (plan), ==, "Ada");
  g_assert_true (career_plan_undo (plan));
  g_assert_null (career_plan_get_person_name (plan));
  g_assert_cmpstr (career_plan_get_name (plan), ==, "My Path to ML");
  g_assert_true (career_plan_undo (plan));
  g_assert_null (career_plan_get_name (plan));
  g_assert_false (career_plan_undo (plan));
  g_assert_false (career_plan_get_modified (plan));

  while (career_plan_redo (plan))
    ;
  g_assert_cmpstr (career_plan_get_name (plan), ==, "Plan B");
  g_assert_cmpstr (career_plan_get_person_name (plan), ==, "Ada");
  g_assert_cmpstr (career_plan_get_target_role_id (plan), ==, "ml-engineer");
  g_assert_cmpstr (career_plan_get_program_id (plan), ==, "rice-mcs");
  g_assert_cmpstr (career_plan_get_catalog_year (plan), ==, "2024-2025");
  g_assert_cmpstr (career_plan_get_specialization_id (plan), ==, "machine-learning");
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 12.5);
}

static void
test_plan_skill_state_creation (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) states = recorder_new (career_plan_get_skill_states (plan));
  g_autoptr(CareerSkillState) python = NULL;

  g_assert_true (career_plan_set_level (plan, "python", 2, NULL));
  assert_changes (states, "(0,0,1)");
  g_assert_true (career_plan_set_skill_notes (plan, "sql", "Joins are fine"));
  assert_changes (states, "(1,0,1)");
  g_assert_true (career_plan_set_custom_target (plan, "python", 4));
  assert_changes (states, "");

  python = g_object_ref (career_plan_lookup_skill_state (plan, "python"));
  g_assert_cmpstr (career_skill_state_get_skill_id (python), ==, "python");
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_skill_states (plan)), ==, 2);

  /* Undoing the command that created a state removes it */
  g_assert_true (career_plan_undo (plan));
  assert_changes (states, "");
  g_assert_true (career_plan_undo (plan));
  assert_changes (states, "(1,1,0)");
  g_assert_null (career_plan_lookup_skill_state (plan, "sql"));
  g_assert_true (career_plan_undo (plan));
  assert_changes (states, "(0,1,0)");
  g_assert_null (career_plan_lookup_skill_state (plan, "python"));
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 0);

  /* and redoing it puts back the same object */
  g_assert_true (career_plan_redo (plan));
  assert_changes (states, "(0,0,1)");
  g_assert_true (career_plan_lookup_skill_state (plan, "python") == python);
  g_assert_cmpint (career_skill_state_get_level (python), ==, 2);
  g_assert_true (career_plan_redo (plan));
  assert_changes (states, "(1,0,1)");
  g_assert_cmpstr (career_skill_state_get_notes (career_plan_lookup_skill_state (plan, "sql")),
                   ==, "Joins are fine");
  g_assert_true (career_plan_redo (plan));
  assert_changes (states, "");
  g_assert_cmpint (career_skill_state_get_custom_target (python), ==, 4);
}

static void
test_plan_level_history (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) history = NULL;
  g_autoptr(CareerHistoryEntry) first = NULL;
  g_autoptr(CareerHistoryEntry) second = NULL;
  g_autoptr(CareerHistoryEntry) redone = NULL;
  g_autoptr(GDateTime) expected_date = NULL;
  CareerSkillState *state;
  int n_clock_calls = 0;
  guint n_level;

  career_plan_set_clock (plan, test_clock, &n_clock_calls);

  g_assert_true (career_plan_set_level (plan, "python", 2, "Finished a course"));
  state = career_plan_lookup_skill_state (plan, "python");
  g_assert_nonnull (state);
  g_assert_cmpint (career_skill_state_get_level (state), ==, 2);
  count_signal (state, "notify::level", &n_level);
  history = recorder_new (career_skill_state_get_history (state));

  g_assert_true (career_plan_set_level (plan, "python", 3, NULL));
  assert_changes (history, "(1,0,1)");
  g_assert_cmpuint (n_level, ==, 1);
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 3);
  g_assert_cmpint (n_clock_calls, ==, 2);

  first = g_list_model_get_item (career_skill_state_get_history (state), 0);
  second = g_list_model_get_item (career_skill_state_get_history (state), 1);
  expected_date = g_date_time_new_utc (2025, 3, 1, 9, 30, 0);
  g_assert_true (g_date_time_equal (career_history_entry_get_date (first), expected_date));
  g_assert_cmpstr (career_history_entry_get_skill_id (first), ==, "python");
  g_assert_cmpint (career_history_entry_get_old_level (first), ==, 0);
  g_assert_cmpint (career_history_entry_get_new_level (first), ==, 2);
  g_assert_cmpstr (career_history_entry_get_note (first), ==, "Finished a course");
  g_clear_pointer (&expected_date, g_date_time_unref);
  expected_date = g_date_time_new_utc (2025, 3, 2, 9, 30, 0);
  g_assert_true (g_date_time_equal (career_history_entry_get_date (second), expected_date));
  g_assert_cmpint (career_history_entry_get_old_level (second), ==, 2);
  g_assert_cmpint (career_history_entry_get_new_level (second), ==, 3);
  g_assert_null (career_history_entry_get_note (second));

  g_assert_true (career_plan_undo (plan));
  assert_changes (history, "(1,1,0)");
  g_assert_cmpint (career_skill_state_get_level (state), ==, 2);
  g_assert_cmpuint (n_level, ==, 2);

  g_assert_true (career_plan_undo (plan));
  assert_changes (history, "(0,1,0)");
  g_assert_cmpint (career_skill_state_get_level (state), ==, 0);

  /* Redo brings back the same entries with their dates: no new reading of
   * the clock
   */
  g_assert_true (career_plan_redo (plan));
  assert_changes (history, "(0,0,1)");
  g_assert_true (career_plan_redo (plan));
  assert_changes (history, "(1,0,1)");
  g_assert_cmpint (n_clock_calls, ==, 2);
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 3);
  redone = g_list_model_get_item (career_skill_state_get_history (state), 1);
  g_assert_true (redone == second);
}

static void
test_plan_level_unchanged (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) states = recorder_new (career_plan_get_skill_states (plan));
  CareerSkillState *state;
  guint n_changed, n_can_undo;

  count_signal (plan, "changed", &n_changed);
  count_signal (plan, "notify::can-undo", &n_can_undo);

  /* A skill never rated is at level 0: rating it 0 changes nothing */
  g_assert_false (career_plan_set_level (plan, "python", 0, "Nothing yet"));
  g_assert_false (career_plan_set_skill_notes (plan, "python", ""));
  g_assert_false (career_plan_set_skill_notes (plan, "python", NULL));
  g_assert_false (career_plan_set_custom_target (plan, "python", -1));
  assert_changes (states, "");
  g_assert_null (career_plan_lookup_skill_state (plan, "python"));
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (n_can_undo, ==, 0);
  g_assert_false (career_plan_get_can_undo (plan));

  g_assert_true (career_plan_set_level (plan, "python", 2, NULL));
  career_plan_mark_saved (plan);
  state = career_plan_lookup_skill_state (plan, "python");

  g_assert_false (career_plan_set_level (plan, "python", 2, "Again"));
  g_assert_cmpuint (g_list_model_get_n_items (career_skill_state_get_history (state)), ==, 1);
  g_assert_false (career_plan_get_modified (plan));
  g_assert_cmpuint (n_changed, ==, 1);

  /* Only the one real step is there to undo */
  g_assert_true (career_plan_undo (plan));
  g_assert_false (career_plan_get_can_undo (plan));
}

static void
test_plan_skill_notes_and_target (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerSkillState *state;
  guint n_notes, n_target;

  g_assert_true (career_plan_set_skill_notes (plan, "statistics", "Read ISLR"));
  state = career_plan_lookup_skill_state (plan, "statistics");
  count_signal (state, "notify::notes", &n_notes);
  count_signal (state, "notify::custom-target", &n_target);

  g_assert_true (career_plan_set_skill_notes (plan, "statistics", "Read ISLR and ESL"));
  g_assert_false (career_plan_set_skill_notes (plan, "statistics", "Read ISLR and ESL"));
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Note edited");
  g_assert_true (career_plan_set_custom_target (plan, "statistics", 3));
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Target level changed");
  g_assert_true (career_plan_set_custom_target (plan, "statistics", 0));
  g_assert_cmpuint (n_notes, ==, 1);
  g_assert_cmpuint (n_target, ==, 2);

  g_assert_true (career_plan_undo (plan));
  g_assert_cmpint (career_skill_state_get_custom_target (state), ==, 3);
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpint (career_skill_state_get_custom_target (state), ==, -1);
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpstr (career_skill_state_get_notes (state), ==, "Read ISLR");
  g_assert_cmpuint (n_notes, ==, 2);
  g_assert_cmpuint (n_target, ==, 4);

  g_assert_true (career_plan_redo (plan));
  g_assert_cmpstr (career_skill_state_get_notes (state), ==, "Read ISLR and ESL");
  g_assert_true (career_plan_redo (plan));
  g_assert_cmpint (career_skill_state_get_custom_target (state), ==, 3);

  /* Empty notes are no notes */
  g_assert_true (career_plan_set_skill_notes (plan, "statistics", ""));
  g_assert_null (career_skill_state_get_notes (state));
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpstr (career_skill_state_get_notes (state), ==, "Read ISLR and ESL");
}

static void
test_plan_terms (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) terms = recorder_new (career_plan_get_terms (plan));

  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_FALL, 2025), ==, 0);
  assert_changes (terms, "(0,0,1)");
  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_SPRING, 2025), ==, 0);
  assert_changes (terms, "(0,0,1)");
  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_SPRING, 2026), ==, 2);
  assert_changes (terms, "(2,0,1)");
  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_SUMMER, 2025), ==, 1);
  assert_changes (terms, "(1,0,1)");
  assert_terms (plan, "Spring 2025, Summer 2025, Fall 2025, Spring 2026");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Term added");

  /* A term the plan has already is refused, and nothing is recorded */
  g_assert_cmpint (career_plan_add_term (plan, CAREER_SEASON_FALL, 2025), ==, -1);
  assert_changes (terms, "");
  g_assert_true (career_plan_undo (plan));
  assert_changes (terms, "(1,1,0)");
  assert_terms (plan, "Spring 2025, Fall 2025, Spring 2026");

  g_assert_true (career_plan_redo (plan));
  assert_changes (terms, "(1,0,1)");
  assert_terms (plan, "Spring 2025, Summer 2025, Fall 2025, Spring 2026");

  career_plan_remove_term (plan, 0);
  assert_changes (terms, "(0,1,0)");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Term removed");
  assert_terms (plan, "Summer 2025, Fall 2025, Spring 2026");
  g_assert_true (career_plan_undo (plan));
  assert_changes (terms, "(0,0,1)");
  assert_terms (plan, "Spring 2025, Summer 2025, Fall 2025, Spring 2026");
  g_assert_true (career_plan_redo (plan));
  assert_changes (terms, "(0,1,0)");

  while (career_plan_undo (plan))
    ;
  assert_changes (terms, "(0,0,1)(1,1,0)(2,1,0)(0,1,0)(0,1,0)");
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_terms (plan)), ==, 0);
}

static void
test_plan_remove_term_with_contents (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) terms = recorder_new (career_plan_get_terms (plan));
  g_autoptr(CareerOtherLearning) project = career_other_learning_new ("Kaggle competition",
                                                                      CAREER_LEARNING_KIND_PROJECT,
                                                                      5.0);
  g_autoptr(CareerTerm) fall = NULL;
  g_autoptr(CareerTerm) restored = NULL;

  career_plan_add_term (plan, CAREER_SEASON_SPRING, 2025);
  career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_course (plan, 1, -1, "gatech-omscs/cs-7641");
  career_plan_add_course (plan, 1, -1, "gatech-omscs/cs-7642");
  career_plan_add_other_learning (plan, 1, project);
  fall = dup_term (plan, 1);
  assert_changes (terms, "(0,0,1)(1,0,1)");

  career_plan_remove_term (plan, 1);
  assert_changes (terms, "(1,1,0)");

  g_assert_true (career_plan_undo (plan));
  assert_changes (terms, "(1,0,1)");
  restored = dup_term (plan, 1);
  g_assert_true (restored == fall);
  assert_courses (plan, 1, "gatech-omscs/cs-7641 gatech-omscs/cs-7642");
  g_assert_cmpuint (g_list_model_get_n_items (career_term_get_other_learning (fall)), ==, 1);

  g_assert_true (career_plan_redo (plan));
  assert_changes (terms, "(1,1,0)");
}

static void
test_plan_courses_add_remove (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) courses = NULL;
  g_autoptr(CareerTerm) term = NULL;
  g_autoptr(CareerPlanCourse) removed = NULL;
  g_autoptr(CareerPlanCourse) restored = NULL;
  CareerPlanCourse *course;

  career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  term = dup_term (plan, 0);
  courses = recorder_new (career_term_get_courses (term));

  course = career_plan_add_course (plan, 0, -1, "p/a");
  assert_changes (courses, "(0,0,1)");
  g_assert_cmpstr (career_plan_course_get_course_id (course), ==, "p/a");
  g_assert_cmpint (career_plan_course_get_status (course), ==, CAREER_COURSE_STATUS_PLANNED);
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Course added");
  career_plan_add_course (plan, 0, -1, "p/c");
  assert_changes (courses, "(1,0,1)");
  removed = g_object_ref (career_plan_add_course (plan, 0, 1, "p/b"));
  assert_changes (courses, "(1,0,1)");
  career_plan_add_course (plan, 0, 0, "p/0");
  assert_changes (courses, "(0,0,1)");
  assert_courses (plan, 0, "p/0 p/a p/b p/c");

  career_plan_remove_course (plan, 0, 2);
  assert_changes (courses, "(2,1,0)");
  assert_courses (plan, 0, "p/0 p/a p/c");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Course removed");

  g_assert_true (career_plan_undo (plan));
  assert_changes (courses, "(2,0,1)");
  assert_courses (plan, 0, "p/0 p/a p/b p/c");
  restored = g_list_model_get_item (career_term_get_courses (term), 2);
  g_assert_true (restored == removed);
  g_assert_true (career_plan_redo (plan));
  assert_changes (courses, "(2,1,0)");
  g_assert_true (career_plan_undo (plan));
  assert_changes (courses, "(2,0,1)");

  /* Undoing the additions takes them back in reverse order */
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_undo (plan));
  assert_changes (courses, "(0,1,0)(1,1,0)(1,1,0)(0,1,0)");
  assert_courses (plan, 0, "");

  g_assert_true (career_plan_redo (plan));
  g_assert_true (career_plan_redo (plan));
  g_assert_true (career_plan_redo (plan));
  assert_changes (courses, "(0,0,1)(1,0,1)(1,0,1)");
  assert_courses (plan, 0, "p/a p/b p/c");
}

static void
test_plan_course_move_within_term (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) courses = NULL;

  career_plan_add_term (plan, CAREER_SEASON_SPRING, 2026);
  career_plan_add_course (plan, 0, -1, "p/a");
  career_plan_add_course (plan, 0, -1, "p/b");
  career_plan_add_course (plan, 0, -1, "p/c");
  career_plan_add_course (plan, 0, -1, "p/d");
  courses = record_courses (plan, 0);

  /* The target position counts the list without the course moved */
  g_assert_true (career_plan_move_course (plan, 0, 0, 0, 2));
  assert_changes (courses, "(0,1,0)(2,0,1)");
  assert_courses (plan, 0, "p/b p/c p/a p/d");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Course moved");

  g_assert_true (career_plan_undo (plan));
  assert_changes (courses, "(2,1,0)(0,0,1)");
  assert_courses (plan, 0, "p/a p/b p/c p/d");
  g_assert_true (career_plan_redo (plan));
  assert_changes (courses, "(0,1,0)(2,0,1)");
  assert_courses (plan, 0, "p/b p/c p/a p/d");

  g_assert_true (career_plan_move_course (plan, 0, 3, 0, 0));
  assert_changes (courses, "(3,1,0)(0,0,1)");
  assert_courses (plan, 0, "p/d p/b p/c p/a");
  g_assert_true (career_plan_undo (plan));
  assert_changes (courses, "(0,1,0)(3,0,1)");
  assert_courses (plan, 0, "p/b p/c p/a p/d");

  /* Moving a course to where it is records nothing */
  g_assert_false (career_plan_move_course (plan, 0, 1, 0, 1));
  assert_changes (courses, "");
  g_assert_true (career_plan_get_can_redo (plan));
}

static void
test_plan_course_move_across_terms (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) spring = NULL;
  g_autoptr(Recorder) fall = NULL;
  g_autoptr(CareerPlanCourse) moved = NULL;

  career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_term (plan, CAREER_SEASON_SPRING, 2025);
  career_plan_add_course (plan, 0, -1, "p/a");
  career_plan_add_course (plan, 0, -1, "p/b");
  career_plan_add_course (plan, 1, -1, "p/x");
  moved = g_object_ref (career_plan_add_course (plan, 1, -1, "p/y"));
  spring = record_courses (plan, 0);
  fall = record_courses (plan, 1);

  g_assert_true (career_plan_move_course (plan, 0, 0, 1, 1));
  assert_changes (spring, "(0,1,0)");
  assert_changes (fall, "(1,0,1)");
  assert_courses (plan, 0, "p/b");
  assert_courses (plan, 1, "p/x p/a p/y");

  g_assert_true (career_plan_undo (plan));
  assert_changes (fall, "(1,1,0)");
  assert_changes (spring, "(0,0,1)");
  assert_courses (plan, 0, "p/a p/b");
  assert_courses (plan, 1, "p/x p/y");

  g_assert_true (career_plan_redo (plan));
  assert_changes (spring, "(0,1,0)");
  assert_changes (fall, "(1,0,1)");

  /* To the end of the other term, and the same object moves */
  g_assert_true (career_plan_move_course (plan, 1, 2, 0, 1));
  assert_changes (fall, "(2,1,0)");
  assert_changes (spring, "(1,0,1)");
  assert_courses (plan, 0, "p/b p/y");
  assert_courses (plan, 1, "p/x p/a");
  {
    g_autoptr(CareerTerm) term = dup_term (plan, 0);
    g_autoptr(CareerPlanCourse) course = g_list_model_get_item (career_term_get_courses (term), 1);

    g_assert_true (course == moved);
  }

  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_undo (plan));
  assert_changes (spring, "(1,1,0)(0,0,1)");
  assert_changes (fall, "(2,0,1)(1,1,0)");
  assert_courses (plan, 0, "p/a p/b");
  assert_courses (plan, 1, "p/x p/y");
}

static void
test_plan_course_status (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerPlanCourse *course;
  guint n_status;

  career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  course = career_plan_add_course (plan, 0, -1, "gatech-omscs/cs-7641");
  count_signal (course, "notify::status", &n_status);

  g_assert_true (career_plan_set_course_status (plan, 0, 0, CAREER_COURSE_STATUS_IN_PROGRESS));
  g_assert_false (career_plan_set_course_status (plan, 0, 0, CAREER_COURSE_STATUS_IN_PROGRESS));
  g_assert_true (career_plan_set_course_status (plan, 0, 0, CAREER_COURSE_STATUS_COMPLETED));
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Course status changed");
  g_assert_cmpuint (n_status, ==, 2);

  g_assert_true (career_plan_undo (plan));
  g_assert_cmpint (career_plan_course_get_status (course), ==, CAREER_COURSE_STATUS_IN_PROGRESS);
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpint (career_plan_course_get_status (course), ==, CAREER_COURSE_STATUS_PLANNED);
  g_assert_true (career_plan_redo (plan));
  g_assert_cmpint (career_plan_course_get_status (course), ==, CAREER_COURSE_STATUS_IN_PROGRESS);
  g_assert_cmpuint (n_status, ==, 5);
}

static void
test_plan_course_overrides (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_auto(GStrv) kinds = NULL;
  CareerPlanCourse *course;
  guint n_overrides;

  career_plan_add_term (plan, CAREER_SEASON_SPRING, 2026);
  career_plan_add_course (plan, 0, -1, "gatech-omscs/cs-7641");
  course = career_plan_add_course (plan, 0, -1, "gatech-omscs/cs-7642");
  count_signal (course, "overrides-changed", &n_overrides);

  g_assert_true (career_plan_set_course_override (plan, 0, 1, "prerequisite",
                                                  "Taking CS 7641 in the same term"));
  g_assert_true (career_plan_set_course_override (plan, 0, 1, "capacity", "Holiday month"));
  g_assert_false (career_plan_set_course_override (plan, 0, 1, "capacity", "Holiday month"));
  g_assert_false (career_plan_set_course_override (plan, 0, 1, "offering", NULL));
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Warning overridden");
  g_assert_cmpuint (n_overrides, ==, 2);

  kinds = career_plan_course_dup_override_kinds (course);
  g_assert_cmpstrv (kinds, ((const char *[]) { "capacity", "prerequisite", NULL }));
  g_assert_cmpstr (career_plan_course_get_override (course, "capacity"), ==, "Holiday month");
  g_assert_null (career_plan_course_get_override (course, "offering"));

  g_assert_true (career_plan_set_course_override (plan, 0, 1, "capacity", "Light month"));
  g_assert_true (career_plan_set_course_override (plan, 0, 1, "prerequisite", NULL));
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Override removed");
  g_assert_null (career_plan_course_get_override (course, "prerequisite"));

  g_assert_true (career_plan_undo (plan));
  g_assert_cmpstr (career_plan_course_get_override (course, "prerequisite"),
                   ==, "Taking CS 7641 in the same term");
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpstr (career_plan_course_get_override (course, "capacity"), ==, "Holiday month");
  g_assert_true (career_plan_undo (plan));
  g_assert_null (career_plan_course_get_override (course, "capacity"));
  g_clear_pointer (&kinds, g_strfreev);
  kinds = career_plan_course_dup_override_kinds (course);
  g_assert_cmpstrv (kinds, ((const char *[]) { "prerequisite", NULL }));
  g_assert_cmpuint (n_overrides, ==, 7);

  g_assert_true (career_plan_redo (plan));
  g_assert_cmpstr (career_plan_course_get_override (course, "capacity"), ==, "Holiday month");
}

static void
test_plan_other_learning (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerOtherLearning) mooc = NULL;
  g_autoptr(CareerOtherLearning) certificate = NULL;
  g_autoptr(CareerTerm) term = NULL;
  g_autoptr(Recorder) items = NULL;
  g_autoptr(CareerOtherLearning) item = NULL;
  int level = 0;

  mooc = career_other_learning_new ("Fast.ai Practical Deep Learning",
                                    CAREER_LEARNING_KIND_MOOC, 6.0);
  certificate = career_other_learning_new ("AWS ML Specialty",
                                           CAREER_LEARNING_KIND_CERTIFICATE, 4.0);
  career_other_learning_add_skill (mooc, "deep-learning", 2);
  career_other_learning_add_skill (mooc, "python", 3);
  g_assert_cmpuint (career_other_learning_get_n_skills (mooc), ==, 2);
  g_assert_cmpstr (career_other_learning_get_skill (mooc, 1, &level), ==, "python");
  g_assert_cmpint (level, ==, 3);
  g_assert_cmpstr (career_other_learning_get_skill (mooc, 0, NULL), ==, "deep-learning");
  g_assert_cmpstr (career_other_learning_get_title (mooc), ==, "Fast.ai Practical Deep Learning");
  g_assert_cmpint (career_other_learning_get_kind (mooc), ==, CAREER_LEARNING_KIND_MOOC);
  g_assert_cmpfloat (career_other_learning_get_weekly_hours (mooc), ==, 6.0);

  career_plan_add_term (plan, CAREER_SEASON_SUMMER, 2025);
  term = dup_term (plan, 0);
  items = recorder_new (career_term_get_other_learning (term));

  career_plan_add_other_learning (plan, 0, mooc);
  assert_changes (items, "(0,0,1)");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Learning added");
  career_plan_add_other_learning (plan, 0, certificate);
  assert_changes (items, "(1,0,1)");

  /* In a plan, it does not change any more */
  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*!self->sealed*");
  career_other_learning_add_skill (mooc, "pytorch", 2);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (career_other_learning_get_n_skills (mooc), ==, 2);

  career_plan_remove_other_learning (plan, 0, 0);
  assert_changes (items, "(0,1,0)");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Learning removed");
  g_assert_true (career_plan_undo (plan));
  assert_changes (items, "(0,0,1)");
  item = g_list_model_get_item (career_term_get_other_learning (term), 0);
  g_assert_true (item == mooc);
  g_assert_true (career_plan_undo (plan));
  assert_changes (items, "(1,1,0)");
  g_assert_true (career_plan_redo (plan));
  assert_changes (items, "(1,0,1)");
}

static void
test_plan_transfer_credits (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) credits = recorder_new (career_plan_get_transfer_credits (plan));
  g_autoptr(CareerTransferCredit) item = NULL;
  CareerTransferCredit *credit;

  credit = career_plan_add_transfer_credit (plan, "COMP 540 Statistical ML", 3.0,
                                            "Taken at Rice as a non-degree student");
  assert_changes (credits, "(0,0,1)");
  g_assert_cmpstr (career_transfer_credit_get_title (credit), ==, "COMP 540 Statistical ML");
  g_assert_cmpfloat (career_transfer_credit_get_credits (credit), ==, 3.0);
  g_assert_cmpstr (career_transfer_credit_get_note (credit),
                   ==, "Taken at Rice as a non-degree student");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Transfer credit added");
  career_plan_add_transfer_credit (plan, "Linear Algebra", 3.0, NULL);
  assert_changes (credits, "(1,0,1)");

  career_plan_remove_transfer_credit (plan, 0);
  assert_changes (credits, "(0,1,0)");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Transfer credit removed");
  g_assert_true (career_plan_undo (plan));
  assert_changes (credits, "(0,0,1)");
  item = g_list_model_get_item (career_plan_get_transfer_credits (plan), 0);
  g_assert_true (item == credit);

  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_undo (plan));
  assert_changes (credits, "(1,1,0)(0,1,0)");
  g_assert_true (career_plan_redo (plan));
  assert_changes (credits, "(0,0,1)");
}

static void
test_plan_modified (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  guint n_modified;

  count_signal (plan, "notify::modified", &n_modified);

  g_assert_true (career_plan_set_name (plan, "Plan"));
  g_assert_true (career_plan_get_modified (plan));
  g_assert_cmpuint (n_modified, ==, 1);
  career_plan_mark_saved (plan);
  g_assert_false (career_plan_get_modified (plan));
  g_assert_cmpuint (n_modified, ==, 2);
  career_plan_mark_saved (plan);
  g_assert_cmpuint (n_modified, ==, 2);

  g_assert_true (career_plan_set_level (plan, "python", 1, NULL));
  g_assert_true (career_plan_get_modified (plan));
  g_assert_true (career_plan_set_level (plan, "python", 2, NULL));
  g_assert_cmpuint (n_modified, ==, 3);

  /* Undoing back to the saved state makes the plan unmodified again, and
   * moving away from it in either direction modifies it
   */
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_get_modified (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_false (career_plan_get_modified (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_get_modified (plan));
  g_assert_true (career_plan_redo (plan));
  g_assert_false (career_plan_get_modified (plan));
  g_assert_true (career_plan_redo (plan));
  g_assert_true (career_plan_get_modified (plan));
  g_assert_cmpuint (n_modified, ==, 7);

  /* A new command after undoing past the saved state makes it unreachable:
   * the plan stays modified even at the saved state's depth
   */
  g_assert_true (career_plan_undo (plan));
  g_assert_false (career_plan_get_modified (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_set_person_name (plan, "Ada"));
  g_assert_true (career_plan_get_modified (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_get_modified (plan));
  g_assert_true (career_plan_redo (plan));
  g_assert_true (career_plan_get_modified (plan));

  career_plan_mark_saved (plan);
  g_assert_false (career_plan_get_modified (plan));
}

static void
test_plan_redo_cleared (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  guint n_can_redo;

  count_signal (plan, "notify::can-redo", &n_can_redo);

  career_plan_set_name (plan, "A");
  career_plan_set_name (plan, "B");
  career_plan_undo (plan);
  career_plan_undo (plan);
  g_assert_true (career_plan_get_can_redo (plan));
  g_assert_cmpuint (n_can_redo, ==, 1);

  g_assert_true (career_plan_set_level (plan, "python", 1, NULL));
  g_assert_false (career_plan_get_can_redo (plan));
  g_assert_null (career_plan_get_redo_label (plan));
  g_assert_cmpuint (n_can_redo, ==, 2);
  g_assert_false (career_plan_redo (plan));
  g_assert_null (career_plan_get_name (plan));

  /* A command that changes nothing leaves the redo stack alone */
  g_assert_true (career_plan_undo (plan));
  g_assert_false (career_plan_set_name (plan, NULL));
  g_assert_true (career_plan_get_can_redo (plan));
}

static void
test_plan_history_notifications (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  guint n_can_undo, n_can_redo, n_undo_label, n_redo_label;

  count_signal (plan, "notify::can-undo", &n_can_undo);
  count_signal (plan, "notify::can-redo", &n_can_redo);
  count_signal (plan, "notify::undo-label", &n_undo_label);
  count_signal (plan, "notify::redo-label", &n_redo_label);

  career_plan_set_level (plan, "python", 1, NULL);
  g_assert_true (career_plan_get_can_undo (plan));
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Level changed");
  g_assert_cmpuint (n_can_undo, ==, 1);
  g_assert_cmpuint (n_undo_label, ==, 1);

  /* Nothing to notify when the values stay the same */
  career_plan_set_level (plan, "python", 2, NULL);
  g_assert_cmpuint (n_can_undo, ==, 1);
  g_assert_cmpuint (n_undo_label, ==, 1);

  career_plan_set_name (plan, "Plan");
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Plan name changed");
  g_assert_cmpuint (n_undo_label, ==, 2);

  career_plan_undo (plan);
  g_assert_true (career_plan_get_can_redo (plan));
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Level changed");
  g_assert_cmpstr (career_plan_get_redo_label (plan), ==, "Plan name changed");
  g_assert_cmpuint (n_can_redo, ==, 1);
  g_assert_cmpuint (n_undo_label, ==, 3);
  g_assert_cmpuint (n_redo_label, ==, 1);

  career_plan_undo (plan);
  career_plan_undo (plan);
  g_assert_false (career_plan_get_can_undo (plan));
  g_assert_null (career_plan_get_undo_label (plan));
  g_assert_cmpstr (career_plan_get_redo_label (plan), ==, "Level changed");
  g_assert_cmpuint (n_can_undo, ==, 2);
  g_assert_cmpuint (n_can_redo, ==, 1);
  g_assert_cmpuint (n_undo_label, ==, 4);
  g_assert_cmpuint (n_redo_label, ==, 2);

  while (career_plan_redo (plan))
    ;
  g_assert_false (career_plan_get_can_redo (plan));
  g_assert_cmpuint (n_can_undo, ==, 3);
  g_assert_cmpuint (n_can_redo, ==, 2);
}

static void
test_plan_changed_signal (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  guint n_changed;

  count_signal (plan, "changed", &n_changed);

  career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_course (plan, 0, -1, "p/a");
  career_plan_set_level (plan, "python", 2, NULL);
  g_assert_cmpuint (n_changed, ==, 3);

  career_plan_undo (plan);
  career_plan_redo (plan);
  g_assert_cmpuint (n_changed, ==, 5);

  /* Neither no-ops, failed undos nor saving are changes */
  career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_set_level (plan, "python", 2, NULL);
  career_plan_redo (plan);
  career_plan_mark_saved (plan);
  g_assert_cmpuint (n_changed, ==, 5);
}

static void
test_plan_clock (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(CareerHistoryEntry) entry = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) expected = g_date_time_new_utc (2025, 3, 1, 9, 30, 0);
  GDateTime *date;
  CareerSkillState *state;
  int n_clock_calls = 0;

  /* The system clock by default */
  career_plan_set_level (plan, "sql", 1, NULL);
  after = g_date_time_new_now_utc ();
  state = career_plan_lookup_skill_state (plan, "sql");
  entry = g_list_model_get_item (career_skill_state_get_history (state), 0);
  date = career_history_entry_get_date (entry);
  g_assert_cmpint (g_date_time_compare (before, date), <=, 0);
  g_assert_cmpint (g_date_time_compare (date, after), <=, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (date), ==, 0);
  g_clear_object (&entry);

  career_plan_set_clock (plan, test_clock, &n_clock_calls);
  career_plan_set_level (plan, "sql", 2, NULL);
  entry = g_list_model_get_item (career_skill_state_get_history (state), 1);
  g_assert_true (g_date_time_equal (career_history_entry_get_date (entry), expected));
  g_assert_cmpint (n_clock_calls, ==, 1);
  g_clear_object (&entry);

  /* And again after resetting it */
  career_plan_set_clock (plan, NULL, NULL);
  career_plan_set_level (plan, "sql", 3, NULL);
  entry = g_list_model_get_item (career_skill_state_get_history (state), 2);
  g_assert_cmpint (g_date_time_compare (before, career_history_entry_get_date (entry)), <=, 0);
  g_assert_cmpint (n_clock_calls, ==, 1);
}

static void
test_plan_load (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(Recorder) states = recorder_new (career_plan_get_skill_states (plan));
  g_autoptr(Recorder) terms = recorder_new (career_plan_get_terms (plan));
  g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 11, 5, 18, 0, 0);
  g_autoptr(CareerHistoryEntry) entry = career_history_entry_new (date, "python", 0, 3, "Imported");
  g_autoptr(CareerTerm) fall = career_term_new (CAREER_SEASON_FALL, 2025);
  g_autoptr(CareerTerm) spring = career_term_new (CAREER_SEASON_SPRING, 2025);
  g_autoptr(CareerTerm) duplicate = career_term_new (CAREER_SEASON_FALL, 2025);
  g_autoptr(CareerPlanCourse) course = career_plan_course_new ("gatech-omscs/cs-6515");
  g_autoptr(CareerOtherLearning) project = career_other_learning_new ("Home lab",
                                                                      CAREER_LEARNING_KIND_PROJECT,
                                                                      3.0);
  g_autoptr(CareerTransferCredit) credit = career_transfer_credit_new ("Calculus", 4.0, NULL);
  CareerSkillState *state;
  guint n_changed, n_modified, n_can_undo;

  count_signal (plan, "changed", &n_changed);
  count_signal (plan, "notify::modified", &n_modified);
  count_signal (plan, "notify::can-undo", &n_can_undo);

  career_plan_load_name (plan, "Imported plan");
  career_plan_load_person_name (plan, "Ada");
  career_plan_load_target_role_id (plan, "ai-engineer");
  career_plan_load_program (plan, "gatech-omscs", "2025", "machine-learning");
  career_plan_load_weekly_hours (plan, 15.0);

  state = career_plan_load_skill_state (plan, "python", 3, 4, "Daily use");
  career_plan_load_history_entry (plan, entry);
  career_plan_load_skill_state (plan, "sql", 1, -1, NULL);
  assert_changes (states, "(0,0,1)(1,0,1)");

  career_plan_course_set_status (course, CAREER_COURSE_STATUS_COMPLETED);
  career_plan_course_set_override (course, "offering", "Taken in a special session");
  g_list_store_append (career_term_get_course_store (fall), course);
  g_list_store_append (career_term_get_other_learning_store (fall), project);
  g_assert_true (career_plan_load_term (plan, fall));
  g_assert_true (career_plan_load_term (plan, spring));
  g_assert_false (career_plan_load_term (plan, duplicate));
  assert_changes (terms, "(0,0,1)(0,0,1)");
  assert_terms (plan, "Spring 2025, Fall 2025");
  career_plan_load_transfer_credit (plan, credit);

  g_assert_cmpstr (career_plan_get_name (plan), ==, "Imported plan");
  g_assert_cmpstr (career_plan_get_person_name (plan), ==, "Ada");
  g_assert_cmpstr (career_plan_get_target_role_id (plan), ==, "ai-engineer");
  g_assert_cmpstr (career_plan_get_program_id (plan), ==, "gatech-omscs");
  g_assert_cmpstr (career_plan_get_catalog_year (plan), ==, "2025");
  g_assert_cmpstr (career_plan_get_specialization_id (plan), ==, "machine-learning");
  g_assert_cmpfloat (career_plan_get_weekly_hours (plan), ==, 15.0);
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 3);
  g_assert_cmpint (career_skill_state_get_custom_target (state), ==, 4);
  g_assert_cmpstr (career_skill_state_get_notes (state), ==, "Daily use");
  g_assert_cmpuint (g_list_model_get_n_items (career_skill_state_get_history (state)), ==, 1);
  g_assert_cmpint (career_plan_get_level (plan, "sql"), ==, 1);
  assert_courses (plan, 1, "gatech-omscs/cs-6515");
  g_assert_cmpuint (g_list_model_get_n_items (career_plan_get_transfer_credits (plan)), ==, 1);

  /* None of it is an edit */
  g_assert_false (career_plan_get_modified (plan));
  g_assert_false (career_plan_get_can_undo (plan));
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (n_modified, ==, 0);
  g_assert_cmpuint (n_can_undo, ==, 0);

  /* Other learning in a loaded term is sealed like any in a plan */
  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*!self->sealed*");
  career_other_learning_add_skill (project, "linux", 2);
  g_test_assert_expected_messages ();

  /* Commands work on loaded items, and undo leads back to the loaded plan */
  g_assert_true (career_plan_set_level (plan, "python", 4, NULL));
  g_assert_true (career_plan_set_course_status (plan, 1, 0, CAREER_COURSE_STATUS_PLANNED));
  g_assert_true (career_plan_undo (plan));
  g_assert_true (career_plan_undo (plan));
  g_assert_false (career_plan_get_modified (plan));
  g_assert_cmpint (career_plan_get_level (plan, "python"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (career_skill_state_get_history (state)), ==, 1);
  g_assert_cmpint (career_plan_course_get_status (course), ==, CAREER_COURSE_STATUS_COMPLETED);
  assert_changes (states, "");
}

static void
test_plan_term_order_and_label (void)
{
  g_autoptr(CareerTerm) spring = career_term_new (CAREER_SEASON_SPRING, 2026);
  g_autoptr(CareerTerm) summer = career_term_new (CAREER_SEASON_SUMMER, 2026);
  g_autoptr(CareerTerm) fall = career_term_new (CAREER_SEASON_FALL, 2025);
  g_autoptr(CareerTerm) fall_again = career_term_new (CAREER_SEASON_FALL, 2025);
  g_autofree char *spring_label = career_term_dup_label (spring);
  g_autofree char *summer_label = career_term_dup_label (summer);
  g_autofree char *fall_label = career_term_dup_label (fall);

  g_assert_cmpint (career_term_compare (fall, spring), <, 0);
  g_assert_cmpint (career_term_compare (spring, fall), >, 0);
  g_assert_cmpint (career_term_compare (spring, summer), <, 0);
  g_assert_cmpint (career_term_compare (summer, spring), >, 0);
  g_assert_cmpint (career_term_compare (fall, fall_again), ==, 0);

  g_assert_cmpstr (spring_label, ==, "Spring 2026");
  g_assert_cmpstr (summer_label, ==, "Summer 2026");
  g_assert_cmpstr (fall_label, ==, "Fall 2025");
  g_assert_cmpint (career_term_get_season (summer), ==, CAREER_SEASON_SUMMER);
  g_assert_cmpint (career_term_get_year (summer), ==, 2026);
}

static void
assert_enum_nicks (GType               type,
                   const char * const *nicks)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  g_assert_cmpuint (klass->n_values, ==, g_strv_length ((char **)nicks));
  for (guint i = 0; nicks[i] != NULL; i++)
    g_assert_cmpstr (g_enum_get_value ((GEnumClass *)klass, i)->value_nick, ==, nicks[i]);
}

static void
test_plan_enums (void)
{
  assert_enum_nicks (CAREER_TYPE_COURSE_STATUS,
                     (const char * const []) { "planned", "in-progress", "completed", NULL });
  assert_enum_nicks (CAREER_TYPE_LEARNING_KIND,
                     (const char * const []) { "mooc", "certificate", "project", "other", NULL });
  assert_enum_nicks (CAREER_TYPE_SEASON,
                     (const char * const []) { "spring", "summer", "fall", NULL });
}

static void
test_plan_invalid_arguments (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();

  career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);
  career_plan_add_course (plan, 0, -1, "p/a");

  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*level <= CAREER_SKILL_LEVEL_MAX*");
  g_assert_false (career_plan_set_level (plan, "python", 5, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*position < *");
  career_plan_remove_term (plan, 1);
  g_test_assert_expected_messages ();

  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*position <= n_courses*");
  g_assert_null (career_plan_add_course (plan, 0, 2, "p/b"));
  g_test_assert_expected_messages ();

  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*to_position <= n_places*");
  g_assert_false (career_plan_move_course (plan, 0, 0, 0, 1));
  g_test_assert_expected_messages ();

  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*course != NULL*");
  g_assert_false (career_plan_set_course_status (plan, 0, 1, CAREER_COURSE_STATUS_COMPLETED));
  g_test_assert_expected_messages ();

  g_test_expect_message ("CareerModel", G_LOG_LEVEL_CRITICAL, "*weekly_hours <= MAX_WEEKLY_HOURS*");
  g_assert_false (career_plan_set_weekly_hours (plan, 200.0));
  g_test_assert_expected_messages ();

  /* Nothing was recorded */
  g_assert_cmpstr (career_plan_get_undo_label (plan), ==, "Course added");
  assert_courses (plan, 0, "p/a");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/defaults", test_plan_defaults);
  g_test_add_func ("/plan/properties", test_plan_properties);
  g_test_add_func ("/plan/skill-state/creation", test_plan_skill_state_creation);
  g_test_add_func ("/plan/skill-state/level-history", test_plan_level_history);
  g_test_add_func ("/plan/skill-state/level-unchanged", test_plan_level_unchanged);
  g_test_add_func ("/plan/skill-state/notes-and-target", test_plan_skill_notes_and_target);
  g_test_add_func ("/plan/terms/add-remove", test_plan_terms);
  g_test_add_func ("/plan/terms/remove-with-contents", test_plan_remove_term_with_contents);
  g_test_add_func ("/plan/courses/add-remove", test_plan_courses_add_remove);
  g_test_add_func ("/plan/courses/move-within-term", test_plan_course_move_within_term);
  g_test_add_func ("/plan/courses/move-across-terms", test_plan_course_move_across_terms);
  g_test_add_func ("/plan/courses/status", test_plan_course_status);
  g_test_add_func ("/plan/courses/overrides", test_plan_course_overrides);
  g_test_add_func ("/plan/other-learning", test_plan_other_learning);
  g_test_add_func ("/plan/transfer-credits", test_plan_transfer_credits);
  g_test_add_func ("/plan/modified", test_plan_modified);
  g_test_add_func ("/plan/redo-cleared", test_plan_redo_cleared);
  g_test_add_func ("/plan/history-notifications", test_plan_history_notifications);
  g_test_add_func ("/plan/changed-signal", test_plan_changed_signal);
  g_test_add_func ("/plan/clock", test_plan_clock);
  g_test_add_func ("/plan/load", test_plan_load);
  g_test_add_func ("/plan/term-order-and-label", test_plan_term_order_and_label);
  g_test_add_func ("/plan/enums", test_plan_enums);
  g_test_add_func ("/plan/invalid-arguments", test_plan_invalid_arguments);

  return g_test_run ();
}
