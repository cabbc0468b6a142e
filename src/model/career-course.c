/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-course.h"

struct _CareerCourse
{
  GObject         parent_instance;

  char           *id;
  char           *local_id;
  char           *program_id;
  char           *code;
  char           *title;
  double          credits;          /* < 0: not known */
  char           *description;
  CareerSource   *source;
  GArray         *skills;           /* CareerCourseSkill */
  GHashTable     *skill_ids;        /* the skills' ids, borrowed from @skills */
  CareerPrereq   *required;
  CareerPrereq   *advised;
  char           *prerequisite_note;
  CareerOffering  offering;
  gboolean        offering_known;
  double          workload_hours;   /* < 0: not known */
  CareerSource   *workload_source;
};

G_DEFINE_FINAL_TYPE (CareerCourse, career_course, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
course_skill_clear (gpointer data)
{
  CareerCourseSkill *skill = data;

  g_clear_pointer (&skill->skill_id, g_free);
  g_clear_object (&skill->skill);
}

static void
career_course_finalize (GObject *object)
{
  CareerCourse *self = (CareerCourse *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->local_id, g_free);
  g_clear_pointer (&self->program_id, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->source, career_source_free);
  g_clear_pointer (&self->skill_ids, g_hash_table_unref);
  g_clear_pointer (&self->skills, g_array_unref);
  g_clear_pointer (&self->required, career_prereq_unref);
  g_clear_pointer (&self->advised, career_prereq_unref);
  g_clear_pointer (&self->prerequisite_note, g_free);
  g_clear_pointer (&self->workload_source, career_source_free);

  G_OBJECT_CLASS (career_course_parent_class)->finalize (object);
}

static void
career_course_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CareerCourse *self = CAREER_COURSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_course_class_init (CareerCourseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_course_finalize;
  object_class->get_property = career_course_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_course_init (CareerCourse *self)
{
  self->skills = g_array_new (FALSE, TRUE, sizeof (CareerCourseSkill));
  g_array_set_clear_func (self->skills, course_skill_clear);
  self->skill_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->credits = -1;
  self->workload_hours = -1;
}

/**
 * career_course_new:
 * @credits: the credit hours, or a negative number when not known
 * @source: (transfer full): where the course's facts come from
 */
CareerCourse *
career_course_new (const char   *program_id,
                   const char   *local_id,
                   const char   *code,
                   const char   *title,
                   double        credits,
                   const char   *description,
                   CareerSource *source)
{
  CareerCourse *self;

  g_return_val_if_fail (program_id != NULL, NULL);
  g_return_val_if_fail (local_id != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (CAREER_TYPE_COURSE, NULL);
  self->id = g_strdup_printf ("%s/%s", program_id, local_id);
  self->local_id = g_strdup (local_id);
  self->program_id = g_strdup (program_id);
  self->code = g_strdup (code);
  self->title = g_strdup (title);
  self->credits = credits < 0 ? -1 : credits;
  self->description = g_strdup (description);
  self->source = source;
  return self;
}

/* The catalog-wide id, "PROGRAM-ID/COURSE-ID". */
const char *
career_course_get_id (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->id;
}

const char *
career_course_get_local_id (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->local_id;
}

const char *
career_course_get_program_id (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->program_id;
}

const char *
career_course_get_code (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->code;
}

const char *
career_course_get_title (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->title;
}

/**
 * career_course_get_credits:
 *
 * Returns: %FALSE when the sources do not say how many credits it carries
 */
gboolean
career_course_get_credits (CareerCourse *self,
                           double       *credits)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), FALSE);

  if (credits != NULL)
    *credits = MAX (self->credits, 0);
  return self->credits >= 0;
}

const char *
career_course_get_description (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->description;
}

const CareerSource *
career_course_get_source (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->source;
}

guint
career_course_get_n_skills (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), 0);
  return self->skills->len;
}

const CareerCourseSkill *
career_course_get_skill (CareerCourse *self,
                         guint         index)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  g_return_val_if_fail (index < self->skills->len, NULL);
  return &g_array_index (self->skills, CareerCourseSkill, index);
}

CareerPrereq *
career_course_get_required (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->required;
}

CareerPrereq *
career_course_get_advised (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->advised;
}

const char *
career_course_get_prerequisite_note (CareerCourse *self)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), NULL);
  return self->prerequisite_note;
}

/**
 * career_course_get_offering:
 *
 * Returns: %FALSE when the sources do not say in which terms it is offered
 */
gboolean
career_course_get_offering (CareerCourse   *self,
                            CareerOffering *offering)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), FALSE);

  if (offering != NULL)
    *offering = self->offering;
  return self->offering_known;
}

/**
 * career_course_get_workload:
 *
 * Returns: %FALSE when the average weekly workload is not known
 */
gboolean
career_course_get_workload (CareerCourse        *self,
                            double              *hours,
                            const CareerSource **source)
{
  g_return_val_if_fail (CAREER_IS_COURSE (self), FALSE);

  if (hours != NULL)
    *hours = MAX (self->workload_hours, 0);
  if (source != NULL)
    *source = self->workload_source;
  return self->workload_hours >= 0;
}

/**
 * career_course_add_skill:
 *
 * Returns: %FALSE if the course already lists that skill
 */
gboolean
career_course_add_skill (CareerCourse *self,
                         const char   *skill_id,
                         guint         level)
{
  CareerCourseSkill skill = { 0 };

  g_return_val_if_fail (CAREER_IS_COURSE (self), FALSE);
  g_return_val_if_fail (skill_id != NULL, FALSE);
  g_return_val_if_fail (level <= CAREER_SKILL_LEVEL_MAX, FALSE);

  /* A set, not a walk over the list: a catalog file may list many skills */
  if (g_hash_table_contains (self->skill_ids, skill_id))
    return FALSE;

  skill.skill_id = g_strdup (skill_id);
  skill.level = level;
  g_array_append_val (self->skills, skill);
  g_hash_table_add (self->skill_ids, skill.skill_id);
  return TRUE;
}

void
career_course_set_skill (CareerCourse *self,
                         guint         index,
                         CareerSkill  *skill)
{
  g_return_if_fail (CAREER_IS_COURSE (self));
  g_return_if_fail (index < self->skills->len);

  g_set_object (&g_array_index (self->skills, CareerCourseSkill, index).skill, skill);
}

/**
 * career_course_set_prerequisites:
 * @required: (transfer full) (nullable): what the source says is required
 * @advised: (transfer full) (nullable): what the source only recommends
 */
void
career_course_set_prerequisites (CareerCourse *self,
                                 CareerPrereq *required,
                                 CareerPrereq *advised,
                                 const char   *note)
{
  g_return_if_fail (CAREER_IS_COURSE (self));

  g_clear_pointer (&self->required, career_prereq_unref);
  g_clear_pointer (&self->advised, career_prereq_unref);
  self->required = required;
  self->advised = advised;
  g_free (self->prerequisite_note);
  self->prerequisite_note = g_strdup (note);
}

void
career_course_set_offering (CareerCourse   *self,
                            CareerOffering  offering)
{
  g_return_if_fail (CAREER_IS_COURSE (self));

  self->offering = offering;
  self->offering_known = TRUE;
}

/**
 * career_course_set_workload:
 * @source: (transfer full): who reported the workload
 */
void
career_course_set_workload (CareerCourse *self,
                            double        hours,
                            CareerSource *source)
{
  g_return_if_fail (CAREER_IS_COURSE (self));
  g_return_if_fail (hours >= 0);

  self->workload_hours = hours;
  g_clear_pointer (&self->workload_source, career_source_free);
  self->workload_source = source;
}
