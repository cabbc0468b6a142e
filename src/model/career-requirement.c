/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-requirement.h"

G_DEFINE_BOXED_TYPE (CareerRequirement, career_requirement,
                     career_requirement_ref, career_requirement_unref)

static const char * const kind_names[] = {
  [CAREER_REQUIREMENT_ALL_OF] = "all-of",
  [CAREER_REQUIREMENT_ONE_OF] = "one-of",
  [CAREER_REQUIREMENT_N_OF] = "n-of",
  [CAREER_REQUIREMENT_COURSE] = "course",
  [CAREER_REQUIREMENT_CREDITS_FROM] = "credits-from",
  [CAREER_REQUIREMENT_ONLY_ONE_OF] = "only-one-of",
  [CAREER_REQUIREMENT_SPECIALIZATION] = "specialization",
  [CAREER_REQUIREMENT_UNKNOWN] = "unknown",
};

static void
specialization_free (gpointer data)
{
  CareerSpecialization *option = data;

  g_free (option->id);
  g_free (option->name);
  g_clear_pointer (&option->requirements, career_requirement_unref);
  g_free (option);
}

static void
career_requirement_clear (gpointer data)
{
  CareerRequirement *self = data;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->course_id, g_free);
  g_clear_pointer (&self->course_ids, g_ptr_array_unref);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_clear_pointer (&self->options, g_ptr_array_unref);
}

CareerRequirement *
career_requirement_new (CareerRequirementKind kind)
{
  CareerRequirement *self;

  g_return_val_if_fail (kind <= CAREER_REQUIREMENT_UNKNOWN, NULL);

  self = g_rc_box_new0 (CareerRequirement);
  self->kind = kind;

  switch (kind)
    {
    case CAREER_REQUIREMENT_ALL_OF:
    case CAREER_REQUIREMENT_ONE_OF:
    case CAREER_REQUIREMENT_N_OF:
      self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) career_requirement_unref);
      break;
    case CAREER_REQUIREMENT_SPECIALIZATION:
      self->options = g_ptr_array_new_with_free_func (specialization_free);
      break;
    case CAREER_REQUIREMENT_COURSE:
    case CAREER_REQUIREMENT_CREDITS_FROM:
    case CAREER_REQUIREMENT_ONLY_ONE_OF:
    case CAREER_REQUIREMENT_UNKNOWN:
    default:
      break;
    }

  return self;
}

CareerRequirement *
career_requirement_ref (CareerRequirement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

void
career_requirement_unref (CareerRequirement *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, career_requirement_clear);
}

/**
 * career_requirement_add_child:
 * @child: (transfer full): a sub-requirement
 */
void
career_requirement_add_child (CareerRequirement *self,
                              CareerRequirement *child)
{
  g_return_if_fail (self != NULL && self->children != NULL);
  g_return_if_fail (child != NULL);

  g_ptr_array_add (self->children, child);
}

/**
 * career_requirement_add_option:
 * @requirements: (transfer full): what choosing this specialization requires
 */
void
career_requirement_add_option (CareerRequirement *self,
                               const char        *id,
                               const char        *name,
                               CareerRequirement *requirements)
{
  CareerSpecialization *option;

  g_return_if_fail (self != NULL && self->options != NULL);
  g_return_if_fail (id != NULL && name != NULL && requirements != NULL);

  option = g_new0 (CareerSpecialization, 1);
  option->id = g_strdup (id);
  option->name = g_strdup (name);
  option->requirements = requirements;
  g_ptr_array_add (self->options, option);
}

const char *
career_requirement_kind_to_string (CareerRequirementKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

gboolean
career_requirement_kind_from_string (const char            *string,
                                     CareerRequirementKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (string, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

CareerSpecialization *
career_requirement_find_option (CareerRequirement *self,
                                const char        *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->options == NULL)
    return NULL;

  for (guint i = 0; i < self->options->len; i++)
    {
      CareerSpecialization *option = g_ptr_array_index (self->options, i);

      if (g_strcmp0 (option->id, id) == 0)
        return option;
    }
  return NULL;
}
