/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-role.h"

struct _CareerRole
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  char        *summary;
  char       **responsibilities;
  char        *masters_focus;
  char        *weights_note;
  GListStore  *requirements;
  GHashTable  *requirement_by_skill;
  GListStore  *salaries;
  GListStore  *outlook;
};

G_DEFINE_FINAL_TYPE (CareerRole, career_role, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_MASTERS_FOCUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_role_finalize (GObject *object)
{
  CareerRole *self = (CareerRole *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->responsibilities, g_strfreev);
  g_clear_pointer (&self->masters_focus, g_free);
  g_clear_pointer (&self->weights_note, g_free);
  g_clear_pointer (&self->requirement_by_skill, g_hash_table_unref);
  g_clear_object (&self->requirements);
  g_clear_object (&self->salaries);
  g_clear_object (&self->outlook);

  G_OBJECT_CLASS (career_role_parent_class)->finalize (object);
}

static void
career_role_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CareerRole *self = CAREER_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_MASTERS_FOCUS:
      g_value_set_string (value, self->masters_focus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_role_class_init (CareerRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_role_finalize;
  object_class->get_property = career_role_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MASTERS_FOCUS] =
    g_param_spec_string ("masters-focus", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_role_init (CareerRole *self)
{
  self->requirements = g_list_store_new (CAREER_TYPE_SKILL_REQUIREMENT);
  self->requirement_by_skill = g_hash_table_new (g_str_hash, g_str_equal);
  self->salaries = g_list_store_new (CAREER_TYPE_FIGURE);
  self->outlook = g_list_store_new (CAREER_TYPE_FIGURE);
}

CareerRole *
career_role_new (const char         *id,
                 const char         *title,
                 const char         *summary,
                 const char * const *responsibilities,
                 const char         *masters_focus,
                 const char         *weights_note)
{
  CareerRole *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (CAREER_TYPE_ROLE, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->responsibilities = g_strdupv ((char **) responsibilities);
  if (self->responsibilities == NULL)
    self->responsibilities = g_new0 (char *, 1);
  self->masters_focus = g_strdup (masters_focus);
  self->weights_note = g_strdup (weights_note);
  return self;
}

const char *
career_role_get_id (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return self->id;
}

const char *
career_role_get_title (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return self->title;
}

const char *
career_role_get_summary (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return self->summary;
}

const char * const *
career_role_get_responsibilities (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return (const char * const *) self->responsibilities;
}

const char *
career_role_get_masters_focus (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return self->masters_focus;
}

const char *
career_role_get_weights_note (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return self->weights_note;
}

/**
 * career_role_get_requirements:
 *
 * Returns: (transfer none): a #GListModel of #CareerSkillRequirement
 */
GListModel *
career_role_get_requirements (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return G_LIST_MODEL (self->requirements);
}

CareerSkillRequirement *
career_role_lookup_requirement (CareerRole *self,
                                const char *skill_id)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  g_return_val_if_fail (skill_id != NULL, NULL);
  return g_hash_table_lookup (self->requirement_by_skill, skill_id);
}

/**
 * career_role_get_salaries:
 *
 * Returns: (transfer none): a #GListModel of #CareerFigure
 */
GListModel *
career_role_get_salaries (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return G_LIST_MODEL (self->salaries);
}

/**
 * career_role_get_outlook:
 *
 * Returns: (transfer none): a #GListModel of #CareerFigure
 */
GListModel *
career_role_get_outlook (CareerRole *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE (self), NULL);
  return G_LIST_MODEL (self->outlook);
}

/**
 * career_role_add_requirement:
 *
 * Returns: %FALSE if the role already requires that skill
 */
gboolean
career_role_add_requirement (CareerRole             *self,
                             CareerSkillRequirement *requirement)
{
  const char *skill_id;

  g_return_val_if_fail (CAREER_IS_ROLE (self), FALSE);
  g_return_val_if_fail (CAREER_IS_SKILL_REQUIREMENT (requirement), FALSE);

  skill_id = career_skill_requirement_get_skill_id (requirement);
  if (g_hash_table_contains (self->requirement_by_skill, skill_id))
    return FALSE;

  g_list_store_append (self->requirements, requirement);
  g_hash_table_insert (self->requirement_by_skill, (char *) skill_id, requirement);
  return TRUE;
}

void
career_role_add_figure (CareerRole   *self,
                        CareerFigure *figure)
{
  g_return_if_fail (CAREER_IS_ROLE (self));
  g_return_if_fail (CAREER_IS_FIGURE (figure));

  if (career_figure_get_kind (figure) == CAREER_FIGURE_SALARY)
    g_list_store_append (self->salaries, figure);
  else
    g_list_store_append (self->outlook, figure);
}
