/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <string.h>

#include "career-plan-course.h"
#include "career-plan-private.h"

/* A course placed in a term of the plan.  The course itself lives in the
 * catalog; this records what the person decided about it: its status, and
 * the warnings they chose to override, each with a note.
 */
struct _CareerPlanCourse
{
  GObject             parent_instance;

  char               *course_id;
  GHashTable         *overrides;
  CareerCourseStatus  status;
};

G_DEFINE_FINAL_TYPE (CareerPlanCourse, career_plan_course, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CareerCourseStatus, career_course_status,
                    G_DEFINE_ENUM_VALUE (CAREER_COURSE_STATUS_PLANNED, "planned"),
                    G_DEFINE_ENUM_VALUE (CAREER_COURSE_STATUS_IN_PROGRESS, "in-progress"),
                    G_DEFINE_ENUM_VALUE (CAREER_COURSE_STATUS_COMPLETED, "completed"))

enum {
  PROP_0,
  PROP_COURSE_ID,
  PROP_STATUS,
  N_PROPS
};

enum {
  OVERRIDES_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static void
career_plan_course_finalize (GObject *object)
{
  CareerPlanCourse *self = (CareerPlanCourse *)object;

  g_clear_pointer (&self->course_id, g_free);
  g_clear_pointer (&self->overrides, g_hash_table_unref);

  G_OBJECT_CLASS (career_plan_course_parent_class)->finalize (object);
}

static void
career_plan_course_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CareerPlanCourse *self = CAREER_PLAN_COURSE (object);

  switch (prop_id)
    {
    case PROP_COURSE_ID:
      g_value_set_string (value, self->course_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_plan_course_class_init (CareerPlanCourseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_plan_course_finalize;
  object_class->get_property = career_plan_course_get_property;

  /* Namespaced by program: "PROGRAM-ID/COURSE-ID" */
  properties[PROP_COURSE_ID] =
    g_param_spec_string ("course-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CAREER_TYPE_COURSE_STATUS,
                       CAREER_COURSE_STATUS_PLANNED,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CareerPlanCourse::overrides-changed:
   *
   * Emitted when a warning override is added, removed or its note changes.
   */
  signals[OVERRIDES_CHANGED] =
    g_signal_new ("overrides-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
career_plan_course_init (CareerPlanCourse *self)
{
  self->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * career_plan_course_new:
 * @course_id: the namespaced course id, "PROGRAM-ID/COURSE-ID"
 *
 * Returns: (transfer full): a planned course without overrides
 */
CareerPlanCourse *
career_plan_course_new (const char *course_id)
{
  CareerPlanCourse *self;

  g_return_val_if_fail (course_id != NULL && strchr (course_id, '/') != NULL, NULL);

  self = g_object_new (CAREER_TYPE_PLAN_COURSE, NULL);
  self->course_id = g_strdup (course_id);

  return self;
}

const char *
career_plan_course_get_course_id (CareerPlanCourse *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COURSE (self), NULL);

  return self->course_id;
}

CareerCourseStatus
career_plan_course_get_status (CareerPlanCourse *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COURSE (self), CAREER_COURSE_STATUS_PLANNED);

  return self->status;
}

void
career_plan_course_set_status (CareerPlanCourse   *self,
                               CareerCourseStatus  status)
{
  g_return_if_fail (CAREER_IS_PLAN_COURSE (self));
  g_return_if_fail (status <= CAREER_COURSE_STATUS_COMPLETED);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

/**
 * career_plan_course_get_override:
 * @kind: a warning kind, such as "prerequisite" or "offering"
 *
 * Returns: (nullable): the note of the override of @kind, or %NULL if that
 *   warning is not overridden
 */
const char *
career_plan_course_get_override (CareerPlanCourse *self,
                                 const char       *kind)
{
  g_return_val_if_fail (CAREER_IS_PLAN_COURSE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  return g_hash_table_lookup (self->overrides, kind);
}

/**
 * career_plan_course_dup_override_kinds:
 *
 * Returns: (transfer full): the overridden warning kinds, sorted
 */
char **
career_plan_course_dup_override_kinds (CareerPlanCourse *self)
{
  g_autofree gpointer *kinds = NULL;
  guint n_kinds;

  g_return_val_if_fail (CAREER_IS_PLAN_COURSE (self), NULL);

  kinds = g_hash_table_get_keys_as_array (self->overrides, &n_kinds);
  g_qsort_with_data (kinds, n_kinds, sizeof *kinds, compare_strings, NULL);

  return g_strdupv ((char **)kinds);
}

/* A %NULL @note removes the override */
void
career_plan_course_set_override (CareerPlanCourse *self,
                                 const char       *kind,
                                 const char       *note)
{
  g_return_if_fail (CAREER_IS_PLAN_COURSE (self));
  g_return_if_fail (kind != NULL);

  if (g_strcmp0 (g_hash_table_lookup (self->overrides, kind), note) == 0)
    return;

  if (note != NULL)
    g_hash_table_insert (self->overrides, g_strdup (kind), g_strdup (note));
  else
    g_hash_table_remove (self->overrides, kind);

  g_signal_emit (self, signals[OVERRIDES_CHANGED], 0);
}
