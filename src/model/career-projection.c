/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <string.h>

#include "career-projection.h"

/* The skill levels after each term of a plan; see career-projection.h. */

struct _CareerProjection
{
  GObject     parent_instance;

  CareerRole *role;
  GHashTable *start_levels;
  CareerFit   start_fit;
  GArray     *terms;  /* CareerProjectionTerm; levels filled on demand */
  GHashTable *final_levels;
};

G_DEFINE_FINAL_TYPE (CareerProjection, career_projection, G_TYPE_OBJECT)

static GHashTable *
levels_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static GHashTable *
levels_copy (GHashTable *levels)
{
  GHashTable *copy = levels_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, levels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), value);

  return copy;
}

static void
skill_raise_free (CareerSkillRaise *raise)
{
  g_free (raise->skill_id);
  g_free (raise->course_id);
  g_free (raise->title);
  g_free (raise);
}

static CareerFit
fit_with (CareerRole *role,
          GHashTable *levels)
{
  CareerFit undefined = { FALSE, 0, 0, 0 };

  if (role == NULL)
    return undefined;

  return career_analysis_fit (role, career_projection_level, levels);
}

static guint
raise_gain (const CareerSkillRaise *raise)
{
  return raise->importance * (MIN (raise->target, raise->to) - MIN (raise->target, raise->from));
}

static int
compare_raises (gconstpointer a,
                gconstpointer b)
{
  const CareerSkillRaise *raise_a = *(CareerSkillRaise * const *) a;
  const CareerSkillRaise *raise_b = *(CareerSkillRaise * const *) b;
  guint gain_a = raise_gain (raise_a), gain_b = raise_gain (raise_b);
  guint weight_a = raise_a->importance * raise_a->target;
  guint weight_b = raise_b->importance * raise_b->target;
  const char *name_a, *name_b;
  int result;

  if (gain_a != gain_b)
    return gain_a > gain_b ? -1 : 1;
  if (weight_a != weight_b)
    return weight_a > weight_b ? -1 : 1;

  if (raise_a->skill != NULL && raise_b->skill != NULL)
    {
      result = strcmp (career_skill_get_sort_key (raise_a->skill),
                       career_skill_get_sort_key (raise_b->skill));
    }
  else
    {
      name_a = raise_a->skill != NULL ? career_skill_get_name (raise_a->skill) : raise_a->skill_id;
      name_b = raise_b->skill != NULL ? career_skill_get_name (raise_b->skill) : raise_b->skill_id;
      result = g_utf8_collate (name_a, name_b);
    }

  return result != 0 ? result : strcmp (raise_a->skill_id, raise_b->skill_id);
}

/* Records that @skill_id is taught to @level in the term being built: the
 * first source to bring a skill to its highest level in the term is the one
 * named.  @raises maps skill ids to the term's CareerSkillRaise. */
static void
teach (CareerProjection   *self,
       CareerCatalog      *catalog,
       GHashTable         *before,
       GHashTable         *raises,
       const char         *skill_id,
       guint               level,
       CareerRaiseSource   source,
       const char         *course_id,
       const char         *title,
       CareerCourseStatus  status)
{
  guint from = career_projection_level (skill_id, before);
  CareerSkillRaise *raise;

  level = MIN (level, CAREER_SKILL_LEVEL_MAX);
  if (level <= from)
    return;

  raise = g_hash_table_lookup (raises, skill_id);
  if (raise != NULL && raise->to >= level)
    return;

  if (raise == NULL)
    {
      CareerSkillRequirement *requirement = NULL;

      raise = g_new0 (CareerSkillRaise, 1);
      raise->skill_id = g_strdup (skill_id);
      raise->skill = career_catalog_lookup_skill (catalog, skill_id);
      raise->from = from;
      if (self->role != NULL)
        requirement = career_role_lookup_requirement (self->role, skill_id);
      if (requirement != NULL)
        {
          raise->importance = career_skill_requirement_get_importance (requirement);
          raise->target = career_skill_requirement_get_target (requirement);
        }
      g_hash_table_insert (raises, raise->skill_id, raise);
    }

  raise->to = level;
  raise->source = source;
  raise->status = status;
  g_free (raise->course_id);
  raise->course_id = g_strdup (course_id);
  g_free (raise->title);
  raise->title = g_strdup (title);
}

static void
project_term (CareerProjection     *self,
              CareerCatalog        *catalog,
              CareerTerm           *term,
              GHashTable           *before,
              CareerProjectionTerm *row)
{
  g_autoptr(GHashTable) raises = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *entries = career_term_get_courses (term);
  GListModel *learning = career_term_get_other_learning (term);
  GHashTableIter iter;
  gpointer value;

  row->levels = NULL;
  row->raised = g_ptr_array_new_with_free_func ((GDestroyNotify) skill_raise_free);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (entries, i);
      const char *course_id = career_plan_course_get_course_id (entry);
      CareerCourse *course = career_catalog_lookup_course (catalog, course_id);

      if (course == NULL)
        {
          row->n_unknown_courses++;
          continue;
        }

      for (guint s = 0; s < career_course_get_n_skills (course); s++)
        {
          const CareerCourseSkill *taught = career_course_get_skill (course, s);

          teach (self, catalog, before, raises, taught->skill_id, taught->level,
                 CAREER_RAISE_BY_COURSE, course_id, career_course_get_code (course),
                 career_plan_course_get_status (entry));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (learning); i++)
    {
      g_autoptr(CareerOtherLearning) item = g_list_model_get_item (learning, i);

      for (guint s = 0; s < career_other_learning_get_n_skills (item); s++)
        {
          int level = 0;
          const char *skill_id = career_other_learning_get_skill (item, s, &level);

          if (level <= 0)
            continue;
          teach (self, catalog, before, raises, skill_id, (guint) level,
                 CAREER_RAISE_BY_OTHER_LEARNING, NULL,
                 career_other_learning_get_title (item), CAREER_COURSE_STATUS_PLANNED);
        }
    }

  g_hash_table_iter_init (&iter, raises);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (row->raised, value);

  /* Only now: teach() compares with the levels before the term */
  for (guint i = 0; i < row->raised->len; i++)
    {
      CareerSkillRaise *raise = g_ptr_array_index (row->raised, i);

      g_hash_table_insert (before, g_strdup (raise->skill_id), GUINT_TO_POINTER (raise->to));
      if (row->fit.required > 0)
        row->fit.achieved += raise->importance *
                             (MIN (raise->target, raise->to) - MIN (raise->target, raise->from));
    }
  if (row->fit.defined)
    row->fit.percent = 100.0 * row->fit.achieved / row->fit.required;
  g_ptr_array_sort (row->raised, compare_raises);
}

static void
career_projection_finalize (GObject *object)
{
  CareerProjection *self = (CareerProjection *) object;

  for (guint i = 0; i < self->terms->len; i++)
    {
      CareerProjectionTerm *row = &g_array_index (self->terms, CareerProjectionTerm, i);

      g_clear_object (&row->term);
      g_clear_pointer (&row->levels, g_hash_table_unref);
      g_clear_pointer (&row->raised, g_ptr_array_unref);
    }
  g_clear_pointer (&self->terms, g_array_unref);
  g_clear_pointer (&self->start_levels, g_hash_table_unref);
  g_clear_pointer (&self->final_levels, g_hash_table_unref);
  g_clear_object (&self->role);

  G_OBJECT_CLASS (career_projection_parent_class)->finalize (object);
}

static void
career_projection_class_init (CareerProjectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_projection_finalize;
}

static void
career_projection_init (CareerProjection *self)
{
  self->terms = g_array_new (FALSE, TRUE, sizeof (CareerProjectionTerm));
  self->start_levels = levels_new ();
}

/**
 * career_projection_level:
 * @skill_id: a skill id
 * @levels: (type GHashTable): a level table of a #CareerProjection
 *
 * A #CareerLevelFunc over a level table.
 *
 * Returns: the level of @skill_id in @levels, 0 when it has none
 */
guint
career_projection_level (const char *skill_id,
                         gpointer    levels)
{
  g_return_val_if_fail (skill_id != NULL, 0);
  g_return_val_if_fail (levels != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (levels, skill_id));
}

/**
 * career_projection_new:
 * @plan: the plan
 * @catalog: the catalog its courses come from
 * @role: (nullable): the role to measure the fit to, usually the plan's
 *   target role; without one every fit is undefined
 *
 * Returns: (transfer full): the projection of @plan, a snapshot
 */
CareerProjection *
career_projection_new (CareerPlan    *plan,
                       CareerCatalog *catalog,
                       CareerRole    *role)
{
  CareerProjection *self;
  GListModel *states, *terms;
  GHashTable *before;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (role == NULL || CAREER_IS_ROLE (role), NULL);

  self = g_object_new (CAREER_TYPE_PROJECTION, NULL);
  self->role = role != NULL ? g_object_ref (role) : NULL;

  states = career_plan_get_skill_states (plan);
  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (states, i);
      int level = career_skill_state_get_level (state);

      if (level > 0)
        g_hash_table_insert (self->start_levels,
                             g_strdup (career_skill_state_get_skill_id (state)),
                             GUINT_TO_POINTER ((guint) MIN (level, CAREER_SKILL_LEVEL_MAX)));
    }
  self->start_fit = fit_with (role, self->start_levels);

  terms = career_plan_get_terms (plan);
  before = self->final_levels = levels_copy (self->start_levels);
  for (guint t = 0; t < g_list_model_get_n_items (terms); t++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
      CareerProjectionTerm row = { 0, };

      row.term = g_object_ref (term);
      row.position = t;
      /* The fit changes only by the raises of the term */
      row.fit = t == 0 ? self->start_fit
                       : g_array_index (self->terms, CareerProjectionTerm, t - 1).fit;
      project_term (self, catalog, term, before, &row);
      g_array_append_val (self->terms, row);
    }

  /* The running table is the last term's */
  if (self->terms->len > 0)
    g_array_index (self->terms, CareerProjectionTerm, self->terms->len - 1).levels =
      g_steal_pointer (&self->final_levels);

  return self;
}

/**
 * career_projection_get_role:
 *
 * Returns: (transfer none) (nullable): the role the fits are measured to
 */
CareerRole *
career_projection_get_role (CareerProjection *self)
{
  g_return_val_if_fail (CAREER_IS_PROJECTION (self), NULL);

  return self->role;
}

guint
career_projection_get_n_terms (CareerProjection *self)
{
  g_return_val_if_fail (CAREER_IS_PROJECTION (self), 0);

  return self->terms->len;
}

/**
 * career_projection_get_term:
 * @position: a term's position in the plan
 *
 * Returns: (transfer none): the levels and fit after the term
 */
const CareerProjectionTerm *
career_projection_get_term (CareerProjection *self,
                            guint             position)
{
  CareerProjectionTerm *row;

  g_return_val_if_fail (CAREER_IS_PROJECTION (self), NULL);
  g_return_val_if_fail (position < self->terms->len, NULL);

  row = &g_array_index (self->terms, CareerProjectionTerm, position);
  if (row->levels == NULL)
    {
      /* From the nearest earlier term whose table is there, or the start */
      guint from = position;

      while (from > 0 && g_array_index (self->terms, CareerProjectionTerm, from - 1).levels == NULL)
        from--;
      row->levels = levels_copy (from > 0 ? g_array_index (self->terms, CareerProjectionTerm,
                                                           from - 1).levels
                                          : self->start_levels);
      for (guint t = from; t <= position; t++)
        {
          GPtrArray *raised = g_array_index (self->terms, CareerProjectionTerm, t).raised;

          for (guint i = 0; i < raised->len; i++)
            {
              CareerSkillRaise *raise = g_ptr_array_index (raised, i);

              g_hash_table_insert (row->levels, g_strdup (raise->skill_id),
                                   GUINT_TO_POINTER (raise->to));
            }
        }
    }
  return row;
}

/**
 * career_projection_get_start_levels:
 *
 * Returns: (transfer none) (element-type utf8 guint): the levels the person
 *   rated, before the first term
 */
GHashTable *
career_projection_get_start_levels (CareerProjection *self)
{
  g_return_val_if_fail (CAREER_IS_PROJECTION (self), NULL);

  return self->start_levels;
}

/**
 * career_projection_get_start_fit:
 *
 * Returns: the fit of the rated levels, before the first term
 */
CareerFit
career_projection_get_start_fit (CareerProjection *self)
{
  CareerFit undefined = { FALSE, 0, 0, 0 };

  g_return_val_if_fail (CAREER_IS_PROJECTION (self), undefined);

  return self->start_fit;
}

/**
 * career_projection_get_final_levels:
 *
 * Returns: (transfer none) (element-type utf8 guint): the levels after the
 *   plan's last term; the start levels when the plan has no term
 */
GHashTable *
career_projection_get_final_levels (CareerProjection *self)
{
  g_return_val_if_fail (CAREER_IS_PROJECTION (self), NULL);

  if (self->terms->len == 0)
    return self->start_levels;
  return g_array_index (self->terms, CareerProjectionTerm, self->terms->len - 1).levels;
}

/**
 * career_projection_get_final_fit:
 *
 * The fit at graduation: after the plan's last term.
 *
 * Returns: the fit after the last term; the start fit when the plan has no
 *   term
 */
CareerFit
career_projection_get_final_fit (CareerProjection *self)
{
  CareerFit undefined = { FALSE, 0, 0, 0 };

  g_return_val_if_fail (CAREER_IS_PROJECTION (self), undefined);

  if (self->terms->len == 0)
    return self->start_fit;
  return g_array_index (self->terms, CareerProjectionTerm, self->terms->len - 1).fit;
}
