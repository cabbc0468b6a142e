/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <string.h>

#include "career-program.h"

struct _CareerProgram
{
  GObject            parent_instance;

  char              *id;
  char              *institution;
  char              *name;
  char              *degree;
  char              *catalog_year;
  char              *description;
  double             total_credits;
  double             transfer_limit;   /* < 0: not known */
  double             tuition_per_credit; /* < 0: not known */
  char              *tuition_currency;
  CareerSource      *tuition_source;
  CareerOffering     terms;
  gboolean           double_counting;
  CareerSource      *source;
  GListStore        *courses;
  GHashTable        *course_by_id;     /* full and local ids -> CareerCourse */
  CareerRequirement *requirements;
  GPtrArray         *taught_skills;    /* made on first use, or by a job */
  guint              skills_generation; /* one more each time they are resolved */
};

/* What a worker needs to find the skills a program teaches: a copy of its
 * list of courses (see career_taught_skills_job_new()) */
struct _CareerTaughtSkillsJob
{
  CareerProgram *program;
  guint          skills_generation;
  GPtrArray     *courses;
  GPtrArray     *skills;
};

G_DEFINE_FINAL_TYPE (CareerProgram, career_program, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INSTITUTION,
  PROP_NAME,
  PROP_DEGREE,
  PROP_CATALOG_YEAR,
  PROP_DESCRIPTION,
  PROP_TOTAL_CREDITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_program_finalize (GObject *object)
{
  CareerProgram *self = (CareerProgram *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->institution, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->degree, g_free);
  g_clear_pointer (&self->catalog_year, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->tuition_currency, g_free);
  g_clear_pointer (&self->tuition_source, career_source_free);
  g_clear_pointer (&self->source, career_source_free);
  g_clear_pointer (&self->course_by_id, g_hash_table_unref);
  g_clear_object (&self->courses);
  g_clear_pointer (&self->requirements, career_requirement_unref);
  g_clear_pointer (&self->taught_skills, g_ptr_array_unref);

  G_OBJECT_CLASS (career_program_parent_class)->finalize (object);
}

static void
career_program_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CareerProgram *self = CAREER_PROGRAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_INSTITUTION:
      g_value_set_string (value, self->institution);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DEGREE:
      g_value_set_string (value, self->degree);
      break;
    case PROP_CATALOG_YEAR:
      g_value_set_string (value, self->catalog_year);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_TOTAL_CREDITS:
      g_value_set_double (value, self->total_credits);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_program_class_init (CareerProgramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_program_finalize;
  object_class->get_property = career_program_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INSTITUTION] =
    g_param_spec_string ("institution", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEGREE] =
    g_param_spec_string ("degree", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOG_YEAR] =
    g_param_spec_string ("catalog-year", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL_CREDITS] =
    g_param_spec_double ("total-credits", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_program_init (CareerProgram *self)
{
  self->courses = g_list_store_new (CAREER_TYPE_COURSE);
  self->course_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->transfer_limit = -1;
  self->tuition_per_credit = -1;
}

/**
 * career_program_new:
 * @source: (transfer full): where the program's facts come from
 */
CareerProgram *
career_program_new (const char   *id,
                    const char   *institution,
                    const char   *name,
                    const char   *degree,
                    const char   *catalog_year,
                    const char   *description,
                    double        total_credits,
                    CareerSource *source)
{
  CareerProgram *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (institution != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (CAREER_TYPE_PROGRAM, NULL);
  self->id = g_strdup (id);
  self->institution = g_strdup (institution);
  self->name = g_strdup (name);
  self->degree = g_strdup (degree);
  self->catalog_year = g_strdup (catalog_year);
  self->description = g_strdup (description);
  self->total_credits = total_credits;
  self->source = source;
  return self;
}

const char *
career_program_get_id (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->id;
}

const char *
career_program_get_institution (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->institution;
}

const char *
career_program_get_name (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->name;
}

const char *
career_program_get_degree (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->degree;
}

const char *
career_program_get_catalog_year (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->catalog_year;
}

const char *
career_program_get_description (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->description;
}

double
career_program_get_total_credits (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), 0);
  return self->total_credits;
}

/**
 * career_program_get_transfer_limit:
 *
 * Returns: %FALSE when the sources do not state a transfer credit limit
 */
gboolean
career_program_get_transfer_limit (CareerProgram *self,
                                   double        *credits)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), FALSE);

  if (credits != NULL)
    *credits = MAX (self->transfer_limit, 0);
  return self->transfer_limit >= 0;
}

/**
 * career_program_get_tuition:
 *
 * Returns: %FALSE when the tuition per credit is not known
 */
gboolean
career_program_get_tuition (CareerProgram       *self,
                            double              *per_credit,
                            const char         **currency,
                            const CareerSource **source)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), FALSE);

  if (per_credit != NULL)
    *per_credit = MAX (self->tuition_per_credit, 0);
  if (currency != NULL)
    *currency = self->tuition_currency;
  if (source != NULL)
    *source = self->tuition_source;
  return self->tuition_per_credit >= 0;
}

CareerOffering
career_program_get_terms (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), 0);
  return self->terms;
}

gboolean
career_program_get_double_counting (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), FALSE);
  return self->double_counting;
}

const CareerSource *
career_program_get_source (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->source;
}

/**
 * career_program_get_courses:
 *
 * Returns: (transfer none): a #GListModel of #CareerCourse
 */
GListModel *
career_program_get_courses (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return G_LIST_MODEL (self->courses);
}

/**
 * career_program_lookup_course:
 * @id: a course id, local ("cs-7641") or full ("gatech-omscs/cs-7641")
 */
CareerCourse *
career_program_lookup_course (CareerProgram *self,
                              const char    *id)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->course_by_id, id);
}

CareerRequirement *
career_program_get_requirements (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);
  return self->requirements;
}

static void
collect_specializations (CareerRequirement *node,
                         GPtrArray         *out)
{
  if (node == NULL)
    return;

  if (node->options != NULL)
    for (guint i = 0; i < node->options->len; i++)
      g_ptr_array_add (out, g_ptr_array_index (node->options, i));

  if (node->children != NULL)
    for (guint i = 0; i < node->children->len; i++)
      collect_specializations (g_ptr_array_index (node->children, i), out);
}

/**
 * career_program_get_specializations:
 *
 * Returns: (transfer container) (element-type CareerSpecialization): every
 *   specialization a student of this program can choose
 */
GPtrArray *
career_program_get_specializations (CareerProgram *self)
{
  GPtrArray *out;

  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);

  out = g_ptr_array_new ();
  collect_specializations (self->requirements, out);
  return out;
}

typedef struct
{
  GHashTable *kinds;
  const char *specialization_id;
  gboolean    partly_known;       /* an "unknown" node was met */
} KindWalk;

static void
classify (const CareerRequirement *node,
          KindWalk                *walk)
{
  if (node == NULL)
    return;

  switch (node->kind)
    {
    case CAREER_REQUIREMENT_COURSE:
      g_hash_table_insert (walk->kinds, node->course_id, GUINT_TO_POINTER (CAREER_COURSE_KIND_CORE));
      break;

    case CAREER_REQUIREMENT_CREDITS_FROM:
      for (guint i = 0; node->course_ids != NULL && i < node->course_ids->len; i++)
        if (!g_hash_table_contains (walk->kinds, node->course_ids->pdata[i]))
          g_hash_table_insert (walk->kinds, node->course_ids->pdata[i],
                               GUINT_TO_POINTER (CAREER_COURSE_KIND_ELECTIVE));
      break;

    case CAREER_REQUIREMENT_ALL_OF:
    case CAREER_REQUIREMENT_ONE_OF:
    case CAREER_REQUIREMENT_N_OF:
      for (guint i = 0; node->children != NULL && i < node->children->len; i++)
        classify (node->children->pdata[i], walk);
      break;

    case CAREER_REQUIREMENT_SPECIALIZATION:
      for (guint i = 0; node->options != NULL && i < node->options->len; i++)
        {
          CareerSpecialization *option = node->options->pdata[i];

          if (walk->specialization_id == NULL ||
              g_strcmp0 (option->id, walk->specialization_id) == 0)
            classify (option->requirements, walk);
        }
      break;

    case CAREER_REQUIREMENT_UNKNOWN:
      walk->partly_known = TRUE;
      break;

    case CAREER_REQUIREMENT_ONLY_ONE_OF:
    default:
      /* A restriction: it makes no course core or elective */
      break;
    }
}

static int
compare_skill_names (gconstpointer a,
                     gconstpointer b)
{
  return strcmp (career_skill_get_sort_key (*(CareerSkill **) a),
                 career_skill_get_sort_key (*(CareerSkill **) b));
}

/* The program's courses, in an array of its own */
static GPtrArray *
copy_courses (CareerProgram *self)
{
  GListModel *courses = G_LIST_MODEL (self->courses);
  guint n_courses = g_list_model_get_n_items (courses);
  GPtrArray *copy = g_ptr_array_new_full (n_courses, g_object_unref);

  for (guint i = 0; i < n_courses; i++)
    g_ptr_array_add (copy, g_list_model_get_item (courses, i));
  return copy;
}

/* The skills @courses teach, each once, in the order of their names */
static GPtrArray *
find_taught_skills (GPtrArray *courses)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *skills = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < courses->len; i++)
    {
      CareerCourse *course = g_ptr_array_index (courses, i);

      for (guint k = 0; k < career_course_get_n_skills (course); k++)
        {
          CareerSkill *skill = career_course_get_skill (course, k)->skill;

          if (skill != NULL && g_hash_table_add (seen, skill))
            g_ptr_array_add (skills, g_object_ref (skill));
        }
    }
  g_ptr_array_sort (skills, compare_skill_names);
  return skills;
}

/**
 * career_program_get_taught_skills:
 *
 * The skills of the catalog that the program's courses teach, each once,
 * in the order of their names (career_skill_get_sort_key()): what a list
 * of the skills to look for courses by offers. Made on first use and kept
 * until the program gets a course or the catalog resolves the courses'
 * skills again (career_program_skills_resolved()).
 *
 * Returns: (transfer none) (element-type CareerSkill): the skills
 */
GPtrArray *
career_program_get_taught_skills (CareerProgram *self)
{
  g_autoptr(GPtrArray) courses = NULL;

  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);

  if (self->taught_skills != NULL)
    return self->taught_skills;

  courses = copy_courses (self);
  self->taught_skills = find_taught_skills (courses);
  return self->taught_skills;
}

/**
 * career_program_has_taught_skills:
 *
 * Returns: whether career_program_get_taught_skills() has them made
 *   already, by itself or by a job (see career_taught_skills_job_new())
 */
gboolean
career_program_has_taught_skills (CareerProgram *self)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), FALSE);

  return self->taught_skills != NULL;
}

/**
 * career_taught_skills_job_new:
 *
 * Copies what career_taught_skills_job_run() needs to find the skills
 * @program teaches, in this thread: a GListStore caches its last lookup,
 * so even reading one from another thread is not safe. Then the job can be
 * run in any thread, once, and finished in this one.
 *
 * Returns: (transfer full): the job
 */
CareerTaughtSkillsJob *
career_taught_skills_job_new (CareerProgram *program)
{
  CareerTaughtSkillsJob *job;

  g_return_val_if_fail (CAREER_IS_PROGRAM (program), NULL);

  job = g_new0 (CareerTaughtSkillsJob, 1);
  job->program = g_object_ref (program);
  job->skills_generation = program->skills_generation;
  job->courses = copy_courses (program);
  return job;
}

/**
 * career_taught_skills_job_run:
 *
 * Finds the skills the job's program teaches, in the order of their
 * names, in whatever thread calls it; it touches only the job's own copy
 * of the courses, and the skills' sort keys, which are safe to make from
 * several threads.
 */
void
career_taught_skills_job_run (CareerTaughtSkillsJob *job)
{
  g_return_if_fail (job != NULL && job->skills == NULL);

  job->skills = find_taught_skills (job->courses);
}

/**
 * career_taught_skills_job_finish:
 *
 * In the thread that made the job: gives the program the skills the job
 * found, unless it has them already or its courses' skills were resolved
 * again since the job was made (the job's would be out of date).
 */
void
career_taught_skills_job_finish (CareerTaughtSkillsJob *job)
{
  CareerProgram *program;

  g_return_if_fail (job != NULL);

  program = job->program;
  if (job->skills != NULL && program->taught_skills == NULL &&
      program->skills_generation == job->skills_generation)
    program->taught_skills = g_steal_pointer (&job->skills);
}

void
career_taught_skills_job_free (CareerTaughtSkillsJob *job)
{
  if (job == NULL)
    return;
  g_clear_object (&job->program);
  g_clear_pointer (&job->courses, g_ptr_array_unref);
  g_clear_pointer (&job->skills, g_ptr_array_unref);
  g_free (job);
}

/**
 * career_program_skills_resolved:
 *
 * Tells the program that the catalog has resolved its courses' skills
 * again, so that career_program_get_taught_skills() finds them anew.
 */
void
career_program_skills_resolved (CareerProgram *self)
{
  g_return_if_fail (CAREER_IS_PROGRAM (self));

  g_clear_pointer (&self->taught_skills, g_ptr_array_unref);
  self->skills_generation++;
}

/**
 * career_program_dup_course_kinds:
 * @specialization_id: (nullable): the chosen specialization; %NULL for none
 *
 * Whether each course of the program is a core course or an elective,
 * from the program's requirement tree:
 *
 *  - a course that a `course` node names is core (also inside a one-of or
 *    n-of: "one of these three" courses are the program's core choices);
 *  - a course that only a `credits-from` list names is an elective;
 *  - any other course is an elective too (it counts toward the total
 *    credits only) — unless the tree has an `unknown` node: then the
 *    catalog does not know whether that part names it, and its kind is
 *    %CAREER_COURSE_KIND_NOT_KNOWN.
 *
 * At a specialization node only the chosen option counts; with none
 * chosen (or one the program does not have), every option does, so a
 * course core to any specialization is core.
 *
 * Returns: (transfer full) (element-type utf8 CareerCourseKind): each
 *   course's full id to its kind (GUINT_TO_POINTER), for every course of
 *   the program; the keys belong to the program
 */
GHashTable *
career_program_dup_course_kinds (CareerProgram *self,
                                 const char    *specialization_id)
{
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *kinds;
  KindWalk walk = { named, specialization_id, FALSE };
  guint n;

  g_return_val_if_fail (CAREER_IS_PROGRAM (self), NULL);

  if (specialization_id != NULL)
    {
      g_autoptr(GPtrArray) options = career_program_get_specializations (self);
      gboolean known = FALSE;

      for (guint i = 0; i < options->len && !known; i++)
        known = g_strcmp0 (((CareerSpecialization *) options->pdata[i])->id, specialization_id) == 0;
      if (!known)
        walk.specialization_id = NULL;
    }
  classify (self->requirements, &walk);

  kinds = g_hash_table_new (g_str_hash, g_str_equal);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->courses));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (G_LIST_MODEL (self->courses), i);
      const char *id = career_course_get_id (course);
      gpointer kind;

      if (!g_hash_table_lookup_extended (named, id, NULL, &kind))
        kind = GUINT_TO_POINTER (walk.partly_known ? CAREER_COURSE_KIND_NOT_KNOWN
                                                   : CAREER_COURSE_KIND_ELECTIVE);
      g_hash_table_insert (kinds, (char *) id, kind);
    }
  return kinds;
}

/**
 * career_program_add_course:
 *
 * Returns: %FALSE if the program already has a course with that id
 */
gboolean
career_program_add_course (CareerProgram *self,
                           CareerCourse  *course)
{
  g_return_val_if_fail (CAREER_IS_PROGRAM (self), FALSE);
  g_return_val_if_fail (CAREER_IS_COURSE (course), FALSE);

  if (g_hash_table_contains (self->course_by_id, career_course_get_local_id (course)))
    return FALSE;

  g_list_store_append (self->courses, course);
  g_clear_pointer (&self->taught_skills, g_ptr_array_unref);
  self->skills_generation++;
  g_hash_table_insert (self->course_by_id, (char *) career_course_get_local_id (course), course);
  g_hash_table_insert (self->course_by_id, (char *) career_course_get_id (course), course);
  return TRUE;
}

void
career_program_set_transfer_limit (CareerProgram *self,
                                   double         credits)
{
  g_return_if_fail (CAREER_IS_PROGRAM (self));
  self->transfer_limit = credits;
}

/**
 * career_program_set_tuition:
 * @source: (transfer full): where the tuition figure comes from
 */
void
career_program_set_tuition (CareerProgram *self,
                            double         per_credit,
                            const char    *currency,
                            CareerSource  *source)
{
  g_return_if_fail (CAREER_IS_PROGRAM (self));
  g_return_if_fail (per_credit >= 0 && currency != NULL);

  self->tuition_per_credit = per_credit;
  g_free (self->tuition_currency);
  self->tuition_currency = g_strdup (currency);
  g_clear_pointer (&self->tuition_source, career_source_free);
  self->tuition_source = source;
}

void
career_program_set_terms (CareerProgram  *self,
                          CareerOffering  terms)
{
  g_return_if_fail (CAREER_IS_PROGRAM (self));
  self->terms = terms;
}

void
career_program_set_double_counting (CareerProgram *self,
                                    gboolean       allowed)
{
  g_return_if_fail (CAREER_IS_PROGRAM (self));
  self->double_counting = !!allowed;
}

/**
 * career_program_set_requirements:
 * @requirements: (transfer full): the root of the requirement tree
 */
void
career_program_set_requirements (CareerProgram     *self,
                                 CareerRequirement *requirements)
{
  g_return_if_fail (CAREER_IS_PROGRAM (self));

  g_clear_pointer (&self->requirements, career_requirement_unref);
  self->requirements = requirements;
}
