/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-prerequisite.h"

G_DEFINE_BOXED_TYPE (CareerPrereq, career_prereq, career_prereq_ref, career_prereq_unref)

static void
career_prereq_clear (gpointer data)
{
  CareerPrereq *self = data;

  g_clear_pointer (&self->course_id, g_free);
  g_clear_pointer (&self->children, g_ptr_array_unref);
}

CareerPrereq *
career_prereq_new_course (const char *course_id)
{
  CareerPrereq *self;

  g_return_val_if_fail (course_id != NULL, NULL);

  self = g_rc_box_new0 (CareerPrereq);
  self->kind = CAREER_PREREQ_COURSE;
  self->course_id = g_strdup (course_id);
  return self;
}

CareerPrereq *
career_prereq_new_group (CareerPrereqKind kind)
{
  CareerPrereq *self;

  g_return_val_if_fail (kind == CAREER_PREREQ_ALL || kind == CAREER_PREREQ_ANY, NULL);

  self = g_rc_box_new0 (CareerPrereq);
  self->kind = kind;
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) career_prereq_unref);
  return self;
}

/**
 * career_prereq_add_child:
 * @child: (transfer full): a sub-expression
 */
void
career_prereq_add_child (CareerPrereq *group,
                         CareerPrereq *child)
{
  g_return_if_fail (group != NULL && group->children != NULL);
  g_return_if_fail (child != NULL);

  g_ptr_array_add (group->children, child);
}

CareerPrereq *
career_prereq_ref (CareerPrereq *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

void
career_prereq_unref (CareerPrereq *self)
{
  if (self != NULL)
    g_rc_box_release_full (self, career_prereq_clear);
}

/**
 * career_prereq_collect_courses:
 * @course_ids: (element-type utf8): receives borrowed course ids
 *
 * Appends every course the expression mentions, depth first.
 */
void
career_prereq_collect_courses (CareerPrereq *self,
                               GPtrArray    *course_ids)
{
  g_return_if_fail (self != NULL);

  if (self->kind == CAREER_PREREQ_COURSE)
    {
      g_ptr_array_add (course_ids, self->course_id);
      return;
    }

  for (guint i = 0; i < self->children->len; i++)
    career_prereq_collect_courses (g_ptr_array_index (self->children, i), course_ids);
}
