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

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (CareerWindow, career_window, ADW_TYPE_APPLICATION_WINDOW)

static void
career_window_dispose (GObject *object)
{
  CareerWindow *self = (CareerWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (object), CAREER_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (career_window_parent_class)->dispose (object);
}

static void
on_show_view_activate (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (parameter, NULL));
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

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", on_show_view_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-view", "s", "compare");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-view", "s", "skills");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-view", "s", "courses");
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

  /* The size is saved as it changes, so that it survives a crash too. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
}

/* A user catalog file that could not be used is named, not silently dropped. */
static void
report_catalog_problems (CareerWindow *self,
                         GPtrArray    *problems)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (problems == NULL || problems->len == 0)
    return;

  title = g_strdup_printf (ngettext ("%u catalog file of yours was skipped; run career-planner "
                                     "--check on it to see why",
                                     "%u catalog files of yours were skipped; run career-planner "
                                     "--check on them to see why",
                                     problems->len),
                           problems->len);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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
  report_catalog_problems (self, career_application_get_catalog_problems (application));
  return self;
}
