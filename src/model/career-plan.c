/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "career-plan.h"
#include "career-plan-private.h"

/* Every edit of a plan is a command.  A command knows how to apply itself and
 * how to revert itself, and those two functions are the only code that
 * changes a loaded plan, so redo is applying a command again.  Commands are
 * reverted in the reverse order of their application and each finds the plan
 * exactly as it left it: it can keep positions and objects instead of
 * searching for them.
 */
typedef struct _Command Command;

typedef struct
{
  void (*apply)  (CareerPlan *self,
                  Command    *command);
  void (*revert) (CareerPlan *self,
                  Command    *command);
  void (*clear)  (Command    *command);
} CommandClass;

struct _Command
{
  const CommandClass *klass;
  const char         *label;
};

struct _CareerPlan
{
  GObject              parent_instance;

  char                *name;
  char                *person_name;
  char                *target_role_id;
  char                *program_id;
  char                *catalog_year;
  char                *specialization_id;
  double               weekly_hours;

  GListStore          *skill_states;
  GHashTable          *skill_states_by_id;
  GListStore          *terms;
  GListStore          *transfer_credits;

  GPtrArray           *undo_stack;
  GPtrArray           *redo_stack;
  guint                saved_depth;

  CareerPlanClockFunc  clock_func;
  gpointer             clock_data;

  /* The history properties as last notified */
  const char          *undo_label;
  const char          *redo_label;
  gboolean             can_undo;
  gboolean             can_redo;
  gboolean             modified;
};

G_DEFINE_FINAL_TYPE (CareerPlan, career_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PERSON_NAME,
  PROP_TARGET_ROLE_ID,
  PROP_PROGRAM_ID,
  PROP_CATALOG_YEAR,
  PROP_SPECIALIZATION_ID,
  PROP_WEEKLY_HOURS,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define DEFAULT_WEEKLY_HOURS 10.0
#define MAX_WEEKLY_HOURS     168.0

/* The saved_depth of a saved state that was undone and then replaced by a
 * new command: no undo or redo leads back to it.
 */
#define SAVED_STATE_LOST G_MAXUINT

static GDateTime *
default_clock (gpointer user_data)
{
  return g_date_time_new_now_utc ();
}

static gpointer
command_new (gsize               size,
             const CommandClass *klass,
             const char         *label)
{
  Command *command = g_malloc0 (size);

  command->klass = klass;
  command->label = label;

  return command;
}

static void
command_free (gpointer data)
{
  Command *command = data;

  if (command->klass->clear != NULL)
    command->klass->clear (command);

  g_free (command);
}

static const char *
stack_top_label (GPtrArray *stack)
{
  const Command *command;

  if (stack->len == 0)
    return NULL;

  command = g_ptr_array_index (stack, stack->len - 1);

  return command->label;
}

/* Notifies the history properties that differ from what was last notified */
static void
plan_update_history (CareerPlan *self)
{
  GObject *object = G_OBJECT (self);
  gboolean can_undo = self->undo_stack->len > 0;
  gboolean can_redo = self->redo_stack->len > 0;
  gboolean modified = self->undo_stack->len != self->saved_depth;
  const char *undo_label = stack_top_label (self->undo_stack);
  const char *redo_label = stack_top_label (self->redo_stack);

  g_object_freeze_notify (object);

  if (self->modified != modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (object, properties[PROP_MODIFIED]);
    }

  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (object, properties[PROP_CAN_UNDO]);
    }

  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (object, properties[PROP_CAN_REDO]);
    }

  if (g_strcmp0 (self->undo_label, undo_label) != 0)
    g_object_notify_by_pspec (object, properties[PROP_UNDO_LABEL]);
  self->undo_label = undo_label;

  if (g_strcmp0 (self->redo_label, redo_label) != 0)
    g_object_notify_by_pspec (object, properties[PROP_REDO_LABEL]);
  self->redo_label = redo_label;

  g_object_thaw_notify (object);
}

/* Applies a new command, which takes the place of everything there was to
 * redo.  Takes ownership of @command.
 */
static void
plan_execute (CareerPlan *self,
              Command    *command)
{
  if (self->saved_depth > self->undo_stack->len)
    self->saved_depth = SAVED_STATE_LOST;
  g_ptr_array_set_size (self->redo_stack, 0);

  command->klass->apply (self, command);
  g_ptr_array_add (self->undo_stack, command);

  plan_update_history (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static char **
plan_string_field (CareerPlan *self,
                   guint       prop_id)
{
  switch (prop_id)
    {
    case PROP_NAME:
      return &self->name;

    case PROP_PERSON_NAME:
      return &self->person_name;

    case PROP_TARGET_ROLE_ID:
      return &self->target_role_id;

    case PROP_PROGRAM_ID:
      return &self->program_id;

    case PROP_CATALOG_YEAR:
      return &self->catalog_year;

    case PROP_SPECIALIZATION_ID:
      return &self->specialization_id;

    default:
      g_assert_not_reached ();
    }
}

static void
plan_store_string (CareerPlan *self,
                   guint       prop_id,
                   const char *value)
{
  char **field = plan_string_field (self, prop_id);

  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static void
plan_store_weekly_hours (CareerPlan *self,
                         double      weekly_hours)
{
  if (self->weekly_hours != weekly_hours)
    {
      self->weekly_hours = weekly_hours;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKLY_HOURS]);
    }
}

static void
plan_add_skill_state (CareerPlan       *self,
                      CareerSkillState *state)
{
  g_hash_table_insert (self->skill_states_by_id,
                       (char *)career_skill_state_get_skill_id (state),
                       state);
  g_list_store_append (self->skill_states, state);
}

static void
plan_remove_skill_state (CareerPlan       *self,
                         CareerSkillState *state)
{
  guint position;

  g_hash_table_remove (self->skill_states_by_id, career_skill_state_get_skill_id (state));

  if (g_list_store_find (self->skill_states, state, &position))
    g_list_store_remove (self->skill_states, position);
}

static CareerSkillState *
plan_ensure_skill_state (CareerPlan *self,
                         const char *skill_id)
{
  CareerSkillState *state = career_plan_lookup_skill_state (self, skill_id);

  if (state == NULL)
    {
      state = career_skill_state_new (skill_id);
      plan_add_skill_state (self, state);
      /* The plan holds it now */
      g_object_unref (state);
    }

  return state;
}

/* Where @term belongs among the terms, in order of date.  Sets @found if a
 * term of the same season and year is there already.
 */
static guint
plan_find_term_position (CareerPlan *self,
                         CareerTerm *term,
                         gboolean   *found)
{
  GListModel *terms = G_LIST_MODEL (self->terms);
  guint low = 0, high = g_list_model_get_n_items (terms);

  /* The terms are in date order: the first position whose term is not
   * before @term, by bisection */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(CareerTerm) other = g_list_model_get_item (terms, middle);

      if (career_term_compare (term, other) > 0)
        low = middle + 1;
      else
        high = middle;
    }

  *found = FALSE;
  if (low < g_list_model_get_n_items (terms))
    {
      g_autoptr(CareerTerm) other = g_list_model_get_item (terms, low);

      *found = career_term_compare (term, other) == 0;
    }
  return low;
}

/* Returns: (transfer full) (nullable): the course at that place, or %NULL */
static CareerPlanCourse *
plan_dup_course (CareerPlan *self,
                 guint       term_position,
                 guint       position)
{
  g_autoptr(CareerTerm) term = g_list_model_get_item (G_LIST_MODEL (self->terms), term_position);

  if (term == NULL)
    return NULL;

  return g_list_model_get_item (career_term_get_courses (term), position);
}

/* Changes some of the plan's string properties in one step */
typedef struct
{
  Command parent;
  guint   n_changes;
  struct
  {
    guint  prop_id;
    char  *old_value;
    char  *new_value;
  } changes[3];
} StringsCommand;

static void
strings_command_apply (CareerPlan *self,
                       Command    *command)
{
  StringsCommand *strings = (StringsCommand *)command;

  for (guint i = 0; i < strings->n_changes; i++)
    plan_store_string (self, strings->changes[i].prop_id, strings->changes[i].new_value);
}

static void
strings_command_revert (CareerPlan *self,
                        Command    *command)
{
  StringsCommand *strings = (StringsCommand *)command;

  for (guint i = 0; i < strings->n_changes; i++)
    plan_store_string (self, strings->changes[i].prop_id, strings->changes[i].old_value);
}

static void
strings_command_clear (Command *command)
{
  StringsCommand *strings = (StringsCommand *)command;

  for (guint i = 0; i < strings->n_changes; i++)
    {
      g_free (strings->changes[i].old_value);
      g_free (strings->changes[i].new_value);
    }
}

static const CommandClass strings_command_class = {
  strings_command_apply,
  strings_command_revert,
  strings_command_clear,
};

/* Records one step that sets each property in a list of (prop_id, value)
 * pairs ended by PROP_0, leaving out the values that would not change.
 * Returns FALSE, recording nothing, if none would.
 */
static gboolean
plan_change_strings (CareerPlan *self,
                     const char *label,
                     guint       first_prop_id,
                     ...)
{
  StringsCommand *command = NULL;
  va_list args;

  va_start (args, first_prop_id);

  for (guint prop_id = first_prop_id; prop_id != PROP_0; prop_id = va_arg (args, guint))
    {
      const char *value = va_arg (args, const char *);
      const char *current = *plan_string_field (self, prop_id);

      if (g_strcmp0 (current, value) == 0)
        continue;

      if (command == NULL)
        command = command_new (sizeof *command, &strings_command_class, label);

      g_assert (command->n_changes < G_N_ELEMENTS (command->changes));
      command->changes[command->n_changes].prop_id = prop_id;
      command->changes[command->n_changes].old_value = g_strdup (current);
      command->changes[command->n_changes].new_value = g_strdup (value);
      command->n_changes++;
    }

  va_end (args);

  if (command == NULL)
    return FALSE;

  plan_execute (self, (Command *)command);

  return TRUE;
}

typedef struct
{
  Command parent;
  double  old_hours;
  double  new_hours;
} WeeklyHoursCommand;

static void
weekly_hours_command_apply (CareerPlan *self,
                            Command    *command)
{
  plan_store_weekly_hours (self, ((WeeklyHoursCommand *)command)->new_hours);
}

static void
weekly_hours_command_revert (CareerPlan *self,
                             Command    *command)
{
  plan_store_weekly_hours (self, ((WeeklyHoursCommand *)command)->old_hours);
}

static const CommandClass weekly_hours_command_class = {
  weekly_hours_command_apply,
  weekly_hours_command_revert,
  NULL,
};

/* The head of the commands on one skill.  The first command that touches a
 * skill creates its state; undoing that command takes the state out of the
 * plan again, and redoing it puts back the same object.
 */
typedef struct
{
  Command           parent;
  CareerSkillState *state;
  gboolean          creates_state;
} SkillCommand;

static gpointer
skill_command_new (CareerPlan         *self,
                   gsize               size,
                   const CommandClass *klass,
                   const char         *label,
                   const char         *skill_id)
{
  SkillCommand *command = command_new (size, klass, label);
  CareerSkillState *state = career_plan_lookup_skill_state (self, skill_id);

  if (state != NULL)
    {
      command->state = g_object_ref (state);
    }
  else
    {
      command->state = career_skill_state_new (skill_id);
      command->creates_state = TRUE;
    }

  return command;
}

/* First thing when applying: makes sure the state is in the plan */
static CareerSkillState *
skill_command_enter (CareerPlan   *self,
                     SkillCommand *command)
{
  if (command->creates_state)
    plan_add_skill_state (self, command->state);

  return command->state;
}

/* Last thing when reverting */
static void
skill_command_leave (CareerPlan   *self,
                     SkillCommand *command)
{
  if (command->creates_state)
    plan_remove_skill_state (self, command->state);
}

static void
skill_command_clear (Command *command)
{
  g_clear_object (&((SkillCommand *)command)->state);
}

/* The history entry holds the old and the new level */
typedef struct
{
  SkillCommand        parent;
  CareerHistoryEntry *entry;
} LevelCommand;

static void
level_command_apply (CareerPlan *self,
                     Command    *command)
{
  LevelCommand *level = (LevelCommand *)command;
  CareerSkillState *state = skill_command_enter (self, &level->parent);

  career_skill_state_set_level (state, career_history_entry_get_new_level (level->entry));
  career_skill_state_append_history (state, level->entry);
}

static void
level_command_revert (CareerPlan *self,
                      Command    *command)
{
  LevelCommand *level = (LevelCommand *)command;
  CareerSkillState *state = level->parent.state;

  career_skill_state_remove_history (state, level->entry);
  career_skill_state_set_level (state, career_history_entry_get_old_level (level->entry));
  skill_command_leave (self, &level->parent);
}

static void
level_command_clear (Command *command)
{
  g_clear_object (&((LevelCommand *)command)->entry);
  skill_command_clear (command);
}

static const CommandClass level_command_class = {
  level_command_apply,
  level_command_revert,
  level_command_clear,
};

typedef struct
{
  SkillCommand  parent;
  char         *old_notes;
  char         *new_notes;
} NotesCommand;

static void
notes_command_apply (CareerPlan *self,
                     Command    *command)
{
  NotesCommand *notes = (NotesCommand *)command;
  CareerSkillState *state = skill_command_enter (self, &notes->parent);

  career_skill_state_set_notes (state, notes->new_notes);
}

static void
notes_command_revert (CareerPlan *self,
                      Command    *command)
{
  NotesCommand *notes = (NotesCommand *)command;

  career_skill_state_set_notes (notes->parent.state, notes->old_notes);
  skill_command_leave (self, &notes->parent);
}

static void
notes_command_clear (Command *command)
{
  NotesCommand *notes = (NotesCommand *)command;

  g_clear_pointer (&notes->old_notes, g_free);
  g_clear_pointer (&notes->new_notes, g_free);
  skill_command_clear (command);
}

static const CommandClass notes_command_class = {
  notes_command_apply,
  notes_command_revert,
  notes_command_clear,
};

typedef struct
{
  SkillCommand parent;
  int          old_target;
  int          new_target;
} TargetCommand;

static void
target_command_apply (CareerPlan *self,
                      Command    *command)
{
  TargetCommand *target = (TargetCommand *)command;
  CareerSkillState *state = skill_command_enter (self, &target->parent);

  career_skill_state_set_custom_target (state, target->new_target);
}

static void
target_command_revert (CareerPlan *self,
                       Command    *command)
{
  TargetCommand *target = (TargetCommand *)command;

  career_skill_state_set_custom_target (target->parent.state, target->old_target);
  skill_command_leave (self, &target->parent);
}

static const CommandClass target_command_class = {
  target_command_apply,
  target_command_revert,
  skill_command_clear,
};

/* Inserting an item into a list and removing it are each other's undo: one
 * command serves both, with apply and revert swapped.
 */
typedef struct
{
  Command     parent;
  GListStore *store;
  GObject    *item;
  guint       position;
} ListCommand;

static void
list_command_insert (CareerPlan *self,
                     Command    *command)
{
  ListCommand *list = (ListCommand *)command;

  g_list_store_insert (list->store, list->position, list->item);
}

static void
list_command_remove (CareerPlan *self,
                     Command    *command)
{
  ListCommand *list = (ListCommand *)command;

  g_list_store_remove (list->store, list->position);
}

static void
list_command_clear (Command *command)
{
  ListCommand *list = (ListCommand *)command;

  g_clear_object (&list->store);
  g_clear_object (&list->item);
}

static const CommandClass insert_command_class = {
  list_command_insert,
  list_command_remove,
  list_command_clear,
};

static const CommandClass remove_command_class = {
  list_command_remove,
  list_command_insert,
  list_command_clear,
};

static void
plan_execute_list_command (CareerPlan         *self,
                           const CommandClass *klass,
                           const char         *label,
                           GListStore         *store,
                           guint               position,
                           gpointer            item)
{
  ListCommand *command = command_new (sizeof *command, klass, label);

  command->store = g_object_ref (store);
  command->item = item;
  command->position = position;

  plan_execute (self, (Command *)command);
}

/* Takes ownership of @item */
static void
plan_insert_item (CareerPlan *self,
                  const char *label,
                  GListStore *store,
                  guint       position,
                  gpointer    item)
{
  plan_execute_list_command (self, &insert_command_class, label, store, position, item);
}

static void
plan_remove_item (CareerPlan *self,
                  const char *label,
                  GListStore *store,
                  guint       position)
{
  gpointer item = g_list_model_get_item (G_LIST_MODEL (store), position);

  plan_execute_list_command (self, &remove_command_class, label, store, position, item);
}

/* Moves a course within a term or to another one.  @to_position is where the
 * course ends up, so within one term it counts the list without the course.
 */
typedef struct
{
  Command           parent;
  CareerPlanCourse *course;
  GListStore       *from;
  GListStore       *to;
  guint             from_position;
  guint             to_position;
} MoveCommand;

static void
move_command_apply (CareerPlan *self,
                    Command    *command)
{
  MoveCommand *move = (MoveCommand *)command;

  g_list_store_remove (move->from, move->from_position);
  g_list_store_insert (move->to, move->to_position, move->course);
}

static void
move_command_revert (CareerPlan *self,
                     Command    *command)
{
  MoveCommand *move = (MoveCommand *)command;

  g_list_store_remove (move->to, move->to_position);
  g_list_store_insert (move->from, move->from_position, move->course);
}

static void
move_command_clear (Command *command)
{
  MoveCommand *move = (MoveCommand *)command;

  g_clear_object (&move->course);
  g_clear_object (&move->from);
  g_clear_object (&move->to);
}

static const CommandClass move_command_class = {
  move_command_apply,
  move_command_revert,
  move_command_clear,
};

typedef struct
{
  Command             parent;
  CareerPlanCourse   *course;
  CareerCourseStatus  old_status;
  CareerCourseStatus  new_status;
} StatusCommand;

static void
status_command_apply (CareerPlan *self,
                      Command    *command)
{
  StatusCommand *status = (StatusCommand *)command;

  career_plan_course_set_status (status->course, status->new_status);
}

static void
status_command_revert (CareerPlan *self,
                       Command    *command)
{
  StatusCommand *status = (StatusCommand *)command;

  career_plan_course_set_status (status->course, status->old_status);
}

static void
status_command_clear (Command *command)
{
  g_clear_object (&((StatusCommand *)command)->course);
}

static const CommandClass status_command_class = {
  status_command_apply,
  status_command_revert,
  status_command_clear,
};

/* A %NULL note is no override */
typedef struct
{
  Command           parent;
  CareerPlanCourse *course;
  char             *kind;
  char             *old_note;
  char             *new_note;
} OverrideCommand;

static void
override_command_apply (CareerPlan *self,
                        Command    *command)
{
  OverrideCommand *override = (OverrideCommand *)command;

  career_plan_course_set_override (override->course, override->kind, override->new_note);
}

static void
override_command_revert (CareerPlan *self,
                         Command    *command)
{
  OverrideCommand *override = (OverrideCommand *)command;

  career_plan_course_set_override (override->course, override->kind, override->old_note);
}

static void
override_command_clear (Command *command)
{
  OverrideCommand *override = (OverrideCommand *)command;

  g_clear_object (&override->course);
  g_clear_pointer (&override->kind, g_free);
  g_clear_pointer (&override->old_note, g_free);
  g_clear_pointer (&override->new_note, g_free);
}

static const CommandClass override_command_class = {
  override_command_apply,
  override_command_revert,
  override_command_clear,
};

static void
career_plan_finalize (GObject *object)
{
  CareerPlan *self = (CareerPlan *)object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->skill_states_by_id, g_hash_table_unref);
  g_clear_object (&self->skill_states);
  g_clear_object (&self->terms);
  g_clear_object (&self->transfer_credits);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->target_role_id, g_free);
  g_clear_pointer (&self->program_id, g_free);
  g_clear_pointer (&self->catalog_year, g_free);
  g_clear_pointer (&self->specialization_id, g_free);

  G_OBJECT_CLASS (career_plan_parent_class)->finalize (object);
}

static void
career_plan_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CareerPlan *self = CAREER_PLAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
    case PROP_PERSON_NAME:
    case PROP_TARGET_ROLE_ID:
    case PROP_PROGRAM_ID:
    case PROP_CATALOG_YEAR:
    case PROP_SPECIALIZATION_ID:
      g_value_set_string (value, *plan_string_field (self, prop_id));
      break;

    case PROP_WEEKLY_HOURS:
      g_value_set_double (value, self->weekly_hours);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Setting a property is a command like any other */
static void
career_plan_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CareerPlan *self = CAREER_PLAN (object);

  switch (prop_id)
    {
    case PROP_NAME:
      career_plan_set_name (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      career_plan_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_TARGET_ROLE_ID:
      career_plan_set_target_role_id (self, g_value_get_string (value));
      break;

    case PROP_PROGRAM_ID:
      career_plan_set_program (self,
                               g_value_get_string (value),
                               self->catalog_year,
                               self->specialization_id);
      break;

    case PROP_CATALOG_YEAR:
      career_plan_set_program (self,
                               self->program_id,
                               g_value_get_string (value),
                               self->specialization_id);
      break;

    case PROP_SPECIALIZATION_ID:
      career_plan_set_program (self,
                               self->program_id,
                               self->catalog_year,
                               g_value_get_string (value));
      break;

    case PROP_WEEKLY_HOURS:
      career_plan_set_weekly_hours (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_plan_class_init (CareerPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_plan_finalize;
  object_class->get_property = career_plan_get_property;
  object_class->set_property = career_plan_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TARGET_ROLE_ID] =
    g_param_spec_string ("target-role-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROGRAM_ID] =
    g_param_spec_string ("program-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CATALOG_YEAR] =
    g_param_spec_string ("catalog-year", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SPECIALIZATION_ID] =
    g_param_spec_string ("specialization-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The time the person has for learning, against which each term's load is
   * checked
   */
  properties[PROP_WEEKLY_HOURS] =
    g_param_spec_double ("weekly-hours", NULL, NULL,
                         0.0, MAX_WEEKLY_HOURS, DEFAULT_WEEKLY_HOURS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Whether the plan differs from its last saved state */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The translated name of the step undo would revert, such as "Level changed" */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CareerPlan::changed:
   *
   * Emitted once after each command is applied, undone or redone, when the
   * plan and every notification about it are up to date.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
career_plan_init (CareerPlan *self)
{
  self->weekly_hours = DEFAULT_WEEKLY_HOURS;

  self->skill_states = g_list_store_new (CAREER_TYPE_SKILL_STATE);
  self->skill_states_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->terms = g_list_store_new (CAREER_TYPE_TERM);
  self->transfer_credits = g_list_store_new (CAREER_TYPE_TRANSFER_CREDIT);

  self->undo_stack = g_ptr_array_new_with_free_func (command_free);
  self->redo_stack = g_ptr_array_new_with_free_func (command_free);

  self->clock_func = default_clock;
}

/**
 * career_plan_new:
 *
 * Returns: (transfer full): an empty, unmodified plan
 */
CareerPlan *
career_plan_new (void)
{
  return g_object_new (CAREER_TYPE_PLAN, NULL);
}

/**
 * career_plan_set_clock:
 * @func: (nullable): the clock, or %NULL for the system's
 * @user_data: data for @func
 *
 * Sets where the dates of new history entries come from.
 */
void
career_plan_set_clock (CareerPlan          *self,
                       CareerPlanClockFunc  func,
                       gpointer             user_data)
{
  g_return_if_fail (CAREER_IS_PLAN (self));

  self->clock_func = func != NULL ? func : default_clock;
  self->clock_data = func != NULL ? user_data : NULL;
}

const char *
career_plan_get_name (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->name;
}

const char *
career_plan_get_person_name (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->person_name;
}

const char *
career_plan_get_target_role_id (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->target_role_id;
}

const char *
career_plan_get_program_id (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->program_id;
}

const char *
career_plan_get_catalog_year (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->catalog_year;
}

const char *
career_plan_get_specialization_id (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->specialization_id;
}

double
career_plan_get_weekly_hours (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), DEFAULT_WEEKLY_HOURS);

  return self->weekly_hours;
}

/**
 * career_plan_get_skill_states:
 *
 * A skill has a state once a command has touched it.
 *
 * Returns: (transfer none): a #GListModel of #CareerSkillState, in the order
 *   the skills were first touched
 */
GListModel *
career_plan_get_skill_states (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->skill_states);
}

/**
 * career_plan_lookup_skill_state:
 *
 * Returns: (transfer none) (nullable): the state of @skill_id, or %NULL if no
 *   command has touched that skill
 */
CareerSkillState *
career_plan_lookup_skill_state (CareerPlan *self,
                                const char *skill_id)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);
  g_return_val_if_fail (skill_id != NULL, NULL);

  return g_hash_table_lookup (self->skill_states_by_id, skill_id);
}

/**
 * career_plan_get_level:
 *
 * Returns: the level of @skill_id, 0 for a skill never rated
 */
int
career_plan_get_level (CareerPlan *self,
                       const char *skill_id)
{
  CareerSkillState *state;

  g_return_val_if_fail (CAREER_IS_PLAN (self), 0);
  g_return_val_if_fail (skill_id != NULL, 0);

  state = career_plan_lookup_skill_state (self, skill_id);

  return state != NULL ? career_skill_state_get_level (state) : 0;
}

/**
 * career_plan_get_terms:
 *
 * Returns: (transfer none): a #GListModel of #CareerTerm, in order of date
 */
GListModel *
career_plan_get_terms (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->terms);
}

/**
 * career_plan_get_transfer_credits:
 *
 * Returns: (transfer none): a #GListModel of #CareerTransferCredit
 */
GListModel *
career_plan_get_transfer_credits (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->transfer_credits);
}

gboolean
career_plan_get_modified (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  return self->modified;
}

/**
 * career_plan_mark_saved:
 *
 * Records the current state as saved: the plan is unmodified until it is
 * edited, and again whenever undo or redo lead back to this state.
 */
void
career_plan_mark_saved (CareerPlan *self)
{
  g_return_if_fail (CAREER_IS_PLAN (self));

  self->saved_depth = self->undo_stack->len;
  plan_update_history (self);
}

/**
 * career_plan_mark_unsaved:
 *
 * Records that the plan differs from its file although nothing was edited
 * here, as for changes recovered after a crash: the plan stays modified
 * until it is saved, and no undo step leads back to a saved state.
 */
void
career_plan_mark_unsaved (CareerPlan *self)
{
  g_return_if_fail (CAREER_IS_PLAN (self));

  self->saved_depth = SAVED_STATE_LOST;
  plan_update_history (self);
}

gboolean
career_plan_get_can_undo (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  return self->can_undo;
}

gboolean
career_plan_get_can_redo (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  return self->can_redo;
}

/**
 * career_plan_get_undo_label:
 *
 * Returns: (nullable): the translated name of the step to undo
 */
const char *
career_plan_get_undo_label (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->undo_label;
}

/**
 * career_plan_get_redo_label:
 *
 * Returns: (nullable): the translated name of the step to redo
 */
const char *
career_plan_get_redo_label (CareerPlan *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);

  return self->redo_label;
}

/**
 * career_plan_undo:
 *
 * Returns: %TRUE if a step was undone, %FALSE if there was none
 */
gboolean
career_plan_undo (CareerPlan *self)
{
  Command *command;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  if (self->undo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  command->klass->revert (self, command);
  g_ptr_array_add (self->redo_stack, command);

  plan_update_history (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * career_plan_redo:
 *
 * Returns: %TRUE if a step was redone, %FALSE if there was none
 */
gboolean
career_plan_redo (CareerPlan *self)
{
  Command *command;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  if (self->redo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  command->klass->apply (self, command);
  g_ptr_array_add (self->undo_stack, command);

  plan_update_history (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * career_plan_set_name:
 * @name: (nullable): the plan's name
 *
 * Returns: %TRUE if the name changed, %FALSE if it was @name already
 */
gboolean
career_plan_set_name (CareerPlan *self,
                      const char *name)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  return plan_change_strings (self, _("Plan name changed"),
                              PROP_NAME, name,
                              PROP_0);
}

/**
 * career_plan_set_person_name:
 * @person_name: (nullable): the name of the person the plan is for
 *
 * Returns: %TRUE if the name changed
 */
gboolean
career_plan_set_person_name (CareerPlan *self,
                             const char *person_name)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  return plan_change_strings (self, _("Name changed"),
                              PROP_PERSON_NAME, person_name,
                              PROP_0);
}

/**
 * career_plan_set_target_role_id:
 * @target_role_id: (nullable): the id of the role the person aims for
 *
 * Returns: %TRUE if the target role changed
 */
gboolean
career_plan_set_target_role_id (CareerPlan *self,
                                const char *target_role_id)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  return plan_change_strings (self, _("Target role changed"),
                              PROP_TARGET_ROLE_ID, target_role_id,
                              PROP_0);
}

/**
 * career_plan_set_program:
 * @program_id: (nullable): the degree program
 * @catalog_year: (nullable): the catalog year whose requirements apply
 * @specialization_id: (nullable): the specialization within the program
 *
 * Changes the three in one step.
 *
 * Returns: %TRUE if any of them changed
 */
gboolean
career_plan_set_program (CareerPlan *self,
                         const char *program_id,
                         const char *catalog_year,
                         const char *specialization_id)
{
  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  return plan_change_strings (self, _("Program changed"),
                              PROP_PROGRAM_ID, program_id,
                              PROP_CATALOG_YEAR, catalog_year,
                              PROP_SPECIALIZATION_ID, specialization_id,
                              PROP_0);
}

/**
 * career_plan_set_weekly_hours:
 * @weekly_hours: the hours a week the person has for learning, 0-168
 *
 * Returns: %TRUE if the hours changed
 */
gboolean
career_plan_set_weekly_hours (CareerPlan *self,
                              double      weekly_hours)
{
  WeeklyHoursCommand *command;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);
  g_return_val_if_fail (weekly_hours >= 0.0 && weekly_hours <= MAX_WEEKLY_HOURS, FALSE);

  if (self->weekly_hours == weekly_hours)
    return FALSE;

  command = command_new (sizeof *command, &weekly_hours_command_class, _("Weekly hours changed"));
  command->old_hours = self->weekly_hours;
  command->new_hours = weekly_hours;
  plan_execute (self, (Command *)command);

  return TRUE;
}

/**
 * career_plan_set_level:
 * @skill_id: the skill
 * @level: the person's new level, 0-4
 * @note: (nullable): why it changed, kept in the history
 *
 * Sets the level and appends an entry dated by the plan's clock to the
 * skill's history.
 *
 * Returns: %TRUE if the level changed, %FALSE (recording nothing) if it
 *   was @level already
 */
gboolean
career_plan_set_level (CareerPlan *self,
                       const char *skill_id,
                       int         level,
                       const char *note)
{
  g_autoptr(GDateTime) now = NULL;
  LevelCommand *command;
  int old_level;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);
  g_return_val_if_fail (skill_id != NULL, FALSE);
  g_return_val_if_fail (level >= 0 && level <= CAREER_SKILL_LEVEL_MAX, FALSE);

  old_level = career_plan_get_level (self, skill_id);
  if (old_level == level)
    return FALSE;

  now = self->clock_func (self->clock_data);
  command = skill_command_new (self, sizeof *command, &level_command_class,
                               _("Level changed"), skill_id);
  command->entry = career_history_entry_new (now, skill_id, old_level, level, note);
  plan_execute (self, (Command *)command);

  return TRUE;
}

/**
 * career_plan_set_skill_notes:
 * @skill_id: the skill
 * @notes: (nullable): the person's notes on it; "" is the same as %NULL
 *
 * Returns: %TRUE if the notes changed
 */
gboolean
career_plan_set_skill_notes (CareerPlan *self,
                             const char *skill_id,
                             const char *notes)
{
  CareerSkillState *state;
  NotesCommand *command;
  const char *old_notes;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);
  g_return_val_if_fail (skill_id != NULL, FALSE);

  if (notes != NULL && notes[0] == '\0')
    notes = NULL;

  state = career_plan_lookup_skill_state (self, skill_id);
  old_notes = state != NULL ? career_skill_state_get_notes (state) : NULL;
  if (g_strcmp0 (old_notes, notes) == 0)
    return FALSE;

  command = skill_command_new (self, sizeof *command, &notes_command_class,
                               _("Note edited"), skill_id);
  command->old_notes = g_strdup (old_notes);
  command->new_notes = g_strdup (notes);
  plan_execute (self, (Command *)command);

  return TRUE;
}

/**
 * career_plan_set_custom_target:
 * @skill_id: the skill
 * @custom_target: the level the person aims for, 0-4, or -1 to follow the
 *   target role
 *
 * Returns: %TRUE if the target changed
 */
gboolean
career_plan_set_custom_target (CareerPlan *self,
                               const char *skill_id,
                               int         custom_target)
{
  CareerSkillState *state;
  TargetCommand *command;
  int old_target;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);
  g_return_val_if_fail (skill_id != NULL, FALSE);
  g_return_val_if_fail (custom_target >= -1 && custom_target <= CAREER_SKILL_LEVEL_MAX, FALSE);

  state = career_plan_lookup_skill_state (self, skill_id);
  old_target = state != NULL ? career_skill_state_get_custom_target (state) : -1;
  if (old_target == custom_target)
    return FALSE;

  command = skill_command_new (self, sizeof *command, &target_command_class,
                               _("Target level changed"), skill_id);
  command->old_target = old_target;
  command->new_target = custom_target;
  plan_execute (self, (Command *)command);

  return TRUE;
}

/**
 * career_plan_add_term:
 *
 * Adds an empty term in its place by date.
 *
 * Returns: the position of the new term, or -1 (recording nothing) if the
 *   plan has that term already
 */
int
career_plan_add_term (CareerPlan   *self,
                      CareerSeason  season,
                      int           year)
{
  g_autoptr(CareerTerm) term = NULL;
  gboolean found;
  guint position;

  g_return_val_if_fail (CAREER_IS_PLAN (self), -1);
  g_return_val_if_fail (season <= CAREER_SEASON_FALL, -1);

  term = career_term_new (season, year);
  position = plan_find_term_position (self, term, &found);
  if (found)
    return -1;

  plan_insert_item (self, _("Term added"), self->terms, position, g_steal_pointer (&term));

  return (int)position;
}

/**
 * career_plan_remove_term:
 * @position: the position of the term
 *
 * Removes the term with its courses and other learning; undo restores them.
 */
void
career_plan_remove_term (CareerPlan *self,
                         guint       position)
{
  g_return_if_fail (CAREER_IS_PLAN (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->terms)));

  plan_remove_item (self, _("Term removed"), self->terms, position);
}

/**
 * career_plan_add_course:
 * @term_position: the position of the term
 * @position: where to insert the course in the term, or -1 to append it
 * @course_id: the namespaced course id, "PROGRAM-ID/COURSE-ID"
 *
 * Returns: (transfer none): the new course, planned
 */
CareerPlanCourse *
career_plan_add_course (CareerPlan *self,
                        guint       term_position,
                        int         position,
                        const char *course_id)
{
  g_autoptr(CareerTerm) term = NULL;
  CareerPlanCourse *course;
  GListStore *courses;
  guint n_courses;

  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);
  g_return_val_if_fail (course_id != NULL, NULL);

  term = g_list_model_get_item (G_LIST_MODEL (self->terms), term_position);
  g_return_val_if_fail (term != NULL, NULL);

  courses = career_term_get_course_store (term);
  n_courses = g_list_model_get_n_items (G_LIST_MODEL (courses));
  g_return_val_if_fail (position == -1 || (position >= 0 && (guint)position <= n_courses), NULL);

  course = career_plan_course_new (course_id);
  plan_insert_item (self, _("Course added"), courses,
                    position == -1 ? n_courses : (guint)position,
                    course);

  /* The term's list keeps it */
  return course;
}

/**
 * career_plan_move_course:
 * @from_term: the position of the course's term
 * @from_position: the position of the course in that term
 * @to_term: the position of the term to move it to, maybe the same
 * @to_position: the position the course gets in @to_term
 *
 * Returns: %TRUE if the course moved, %FALSE if it is at that place already
 */
gboolean
career_plan_move_course (CareerPlan *self,
                         guint       from_term,
                         guint       from_position,
                         guint       to_term,
                         guint       to_position)
{
  g_autoptr(CareerTerm) source = NULL;
  g_autoptr(CareerTerm) destination = NULL;
  MoveCommand *command;
  guint n_places;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);

  source = g_list_model_get_item (G_LIST_MODEL (self->terms), from_term);
  destination = g_list_model_get_item (G_LIST_MODEL (self->terms), to_term);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);
  g_return_val_if_fail (from_position < g_list_model_get_n_items (career_term_get_courses (source)),
                        FALSE);

  /* Within a term the course's old place is not one to count */
  n_places = g_list_model_get_n_items (career_term_get_courses (destination));
  if (source == destination)
    n_places--;
  g_return_val_if_fail (to_position <= n_places, FALSE);

  if (source == destination && from_position == to_position)
    return FALSE;

  command = command_new (sizeof *command, &move_command_class, _("Course moved"));
  command->course = g_list_model_get_item (career_term_get_courses (source), from_position);
  command->from = g_object_ref (career_term_get_course_store (source));
  command->to = g_object_ref (career_term_get_course_store (destination));
  command->from_position = from_position;
  command->to_position = to_position;
  plan_execute (self, (Command *)command);

  return TRUE;
}

void
career_plan_remove_course (CareerPlan *self,
                           guint       term_position,
                           guint       position)
{
  g_autoptr(CareerTerm) term = NULL;

  g_return_if_fail (CAREER_IS_PLAN (self));

  term = g_list_model_get_item (G_LIST_MODEL (self->terms), term_position);
  g_return_if_fail (term != NULL);
  g_return_if_fail (position < g_list_model_get_n_items (career_term_get_courses (term)));

  plan_remove_item (self, _("Course removed"), career_term_get_course_store (term), position);
}

/**
 * career_plan_set_course_status:
 *
 * Returns: %TRUE if the status changed
 */
gboolean
career_plan_set_course_status (CareerPlan         *self,
                               guint               term_position,
                               guint               position,
                               CareerCourseStatus  status)
{
  g_autoptr(CareerPlanCourse) course = NULL;
  StatusCommand *command;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);
  g_return_val_if_fail (status <= CAREER_COURSE_STATUS_COMPLETED, FALSE);

  course = plan_dup_course (self, term_position, position);
  g_return_val_if_fail (course != NULL, FALSE);

  if (career_plan_course_get_status (course) == status)
    return FALSE;

  command = command_new (sizeof *command, &status_command_class, _("Course status changed"));
  command->old_status = career_plan_course_get_status (course);
  command->new_status = status;
  command->course = g_steal_pointer (&course);
  plan_execute (self, (Command *)command);

  return TRUE;
}

/**
 * career_plan_set_course_override:
 * @kind: the kind of warning, such as "prerequisite" or "offering"
 * @note: (nullable): why the warning does not apply, or %NULL to remove the
 *   override
 *
 * Returns: %TRUE if the override changed
 */
gboolean
career_plan_set_course_override (CareerPlan *self,
                                 guint       term_position,
                                 guint       position,
                                 const char *kind,
                                 const char *note)
{
  g_autoptr(CareerPlanCourse) course = NULL;
  OverrideCommand *command;
  const char *old_note;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  course = plan_dup_course (self, term_position, position);
  g_return_val_if_fail (course != NULL, FALSE);

  old_note = career_plan_course_get_override (course, kind);
  if (g_strcmp0 (old_note, note) == 0)
    return FALSE;

  command = command_new (sizeof *command, &override_command_class,
                         note != NULL ? _("Warning overridden") : _("Override removed"));
  command->kind = g_strdup (kind);
  command->old_note = g_strdup (old_note);
  command->new_note = g_strdup (note);
  command->course = g_steal_pointer (&course);
  plan_execute (self, (Command *)command);

  return TRUE;
}

/**
 * career_plan_add_other_learning:
 * @term_position: the position of the term
 * @item: the learning to append to the term
 *
 * @item must not change once it is in a plan.
 */
void
career_plan_add_other_learning (CareerPlan          *self,
                                guint                term_position,
                                CareerOtherLearning *item)
{
  g_autoptr(CareerTerm) term = NULL;
  GListStore *other_learning;

  g_return_if_fail (CAREER_IS_PLAN (self));
  g_return_if_fail (CAREER_IS_OTHER_LEARNING (item));

  term = g_list_model_get_item (G_LIST_MODEL (self->terms), term_position);
  g_return_if_fail (term != NULL);

  career_other_learning_seal (item);

  other_learning = career_term_get_other_learning_store (term);
  plan_insert_item (self, _("Learning added"), other_learning,
                    g_list_model_get_n_items (G_LIST_MODEL (other_learning)),
                    g_object_ref (item));
}

void
career_plan_remove_other_learning (CareerPlan *self,
                                   guint       term_position,
                                   guint       position)
{
  g_autoptr(CareerTerm) term = NULL;

  g_return_if_fail (CAREER_IS_PLAN (self));

  term = g_list_model_get_item (G_LIST_MODEL (self->terms), term_position);
  g_return_if_fail (term != NULL);
  g_return_if_fail (position < g_list_model_get_n_items (career_term_get_other_learning (term)));

  plan_remove_item (self, _("Learning removed"),
                    career_term_get_other_learning_store (term), position);
}

/**
 * career_plan_add_transfer_credit:
 * @title: the course or exam the credit comes from
 * @credits: the credit hours, not negative
 * @note: (nullable): where it comes from, or how it was approved
 *
 * Returns: (transfer none): the new transfer credit, appended to the list
 */
CareerTransferCredit *
career_plan_add_transfer_credit (CareerPlan *self,
                                 const char *title,
                                 double      credits,
                                 const char *note)
{
  CareerTransferCredit *credit;

  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (credits >= 0.0, NULL);

  credit = career_transfer_credit_new (title, credits, note);
  plan_insert_item (self, _("Transfer credit added"), self->transfer_credits,
                    g_list_model_get_n_items (G_LIST_MODEL (self->transfer_credits)),
                    credit);

  /* The list keeps it */
  return credit;
}

void
career_plan_remove_transfer_credit (CareerPlan *self,
                                    guint       position)
{
  g_return_if_fail (CAREER_IS_PLAN (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->transfer_credits)));

  plan_remove_item (self, _("Transfer credit removed"), self->transfer_credits, position);
}

void
career_plan_load_name (CareerPlan *self,
                       const char *name)
{
  g_return_if_fail (CAREER_IS_PLAN (self));

  plan_store_string (self, PROP_NAME, name);
}

void
career_plan_load_person_name (CareerPlan *self,
                              const char *person_name)
{
  g_return_if_fail (CAREER_IS_PLAN (self));

  plan_store_string (self, PROP_PERSON_NAME, person_name);
}

void
career_plan_load_target_role_id (CareerPlan *self,
                                 const char *target_role_id)
{
  g_return_if_fail (CAREER_IS_PLAN (self));

  plan_store_string (self, PROP_TARGET_ROLE_ID, target_role_id);
}

void
career_plan_load_program (CareerPlan *self,
                          const char *program_id,
                          const char *catalog_year,
                          const char *specialization_id)
{
  g_return_if_fail (CAREER_IS_PLAN (self));

  plan_store_string (self, PROP_PROGRAM_ID, program_id);
  plan_store_string (self, PROP_CATALOG_YEAR, catalog_year);
  plan_store_string (self, PROP_SPECIALIZATION_ID, specialization_id);
}

void
career_plan_load_weekly_hours (CareerPlan *self,
                               double      weekly_hours)
{
  g_return_if_fail (CAREER_IS_PLAN (self));
  g_return_if_fail (weekly_hours >= 0.0 && weekly_hours <= MAX_WEEKLY_HOURS);

  plan_store_weekly_hours (self, weekly_hours);
}

/**
 * career_plan_load_skill_state:
 *
 * Sets the state of @skill_id, adding it to the plan if it has none.  Load
 * its history with career_plan_load_history_entry().
 *
 * Returns: (transfer none): the state
 */
CareerSkillState *
career_plan_load_skill_state (CareerPlan *self,
                              const char *skill_id,
                              int         level,
                              int         custom_target,
                              const char *notes)
{
  CareerSkillState *state;

  g_return_val_if_fail (CAREER_IS_PLAN (self), NULL);
  g_return_val_if_fail (skill_id != NULL, NULL);
  g_return_val_if_fail (level >= 0 && level <= CAREER_SKILL_LEVEL_MAX, NULL);
  g_return_val_if_fail (custom_target >= -1 && custom_target <= CAREER_SKILL_LEVEL_MAX, NULL);

  state = plan_ensure_skill_state (self, skill_id);
  career_skill_state_set_level (state, level);
  career_skill_state_set_custom_target (state, custom_target);
  career_skill_state_set_notes (state, notes);

  return state;
}

/**
 * career_plan_load_history_entry:
 *
 * Appends @entry to the history of its skill, adding the skill's state to the
 * plan if it has none.  Load entries oldest first.
 */
void
career_plan_load_history_entry (CareerPlan         *self,
                                CareerHistoryEntry *entry)
{
  CareerSkillState *state;

  g_return_if_fail (CAREER_IS_PLAN (self));
  g_return_if_fail (CAREER_IS_HISTORY_ENTRY (entry));

  state = plan_ensure_skill_state (self, career_history_entry_get_skill_id (entry));
  career_skill_state_append_history (state, entry);
}

/**
 * career_plan_load_term:
 * @term: a term, with its courses and other learning
 *
 * Inserts @term in its place by date.
 *
 * Returns: %FALSE, adding nothing, if the plan has a term of the same season
 *   and year already
 */
gboolean
career_plan_load_term (CareerPlan *self,
                       CareerTerm *term)
{
  GListModel *other_learning;
  gboolean found;
  guint position;

  g_return_val_if_fail (CAREER_IS_PLAN (self), FALSE);
  g_return_val_if_fail (CAREER_IS_TERM (term), FALSE);

  position = plan_find_term_position (self, term, &found);
  if (found)
    return FALSE;

  other_learning = career_term_get_other_learning (term);
  for (guint i = 0; i < g_list_model_get_n_items (other_learning); i++)
    {
      g_autoptr(CareerOtherLearning) item = g_list_model_get_item (other_learning, i);

      career_other_learning_seal (item);
    }

  g_list_store_insert (self->terms, position, term);

  return TRUE;
}

void
career_plan_load_transfer_credit (CareerPlan           *self,
                                  CareerTransferCredit *credit)
{
  g_return_if_fail (CAREER_IS_PLAN (self));
  g_return_if_fail (CAREER_IS_TRANSFER_CREDIT (credit));

  g_list_store_append (self->transfer_credits, credit);
}
