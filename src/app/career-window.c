/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <glib/gi18n.h>

#include "career-compare-view.h"
#include "career-courses-view.h"
#include "career-skills-view.h"
#include "career-window.h"

struct _CareerWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  CareerCompareView    *compare_view;
  CareerSkillsView     *skills_view;
  CareerCoursesView    *courses_view;
};

G_DEFINE_FINAL_TYPE (CareerWindow, career_window, ADW_TYPE_APPLICATION_WINDOW)

static void
career_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CAREER_TYPE_WINDOW);

  G_OBJECT_CLASS (career_window_parent_class)->dispose (object);
}

static void
career_window_class_init (CareerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_window_dispose;

  g_type_ensure (CAREER_TYPE_COMPARE_VIEW);
  g_type_ensure (CAREER_TYPE_SKILLS_VIEW);
  g_type_ensure (CAREER_TYPE_COURSES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/career-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, skills_view);
  gtk_widget_class_bind_template_child (widget_class, CareerWindow, courses_view);
}

static void
career_window_init (CareerWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CareerWindow *
career_window_new (CareerApplication *application)
{
  CareerWindow *self;
  CareerCatalog *catalog;

  g_return_val_if_fail (CAREER_IS_APPLICATION (application), NULL);

  self = g_object_new (CAREER_TYPE_WINDOW, "application", application, NULL);
  catalog = career_application_get_catalog (application);
  career_compare_view_set_catalog (self->compare_view, catalog);
  career_skills_view_set_catalog (self->skills_view, catalog);
  career_courses_view_set_catalog (self->courses_view, catalog);
  return self;
}
