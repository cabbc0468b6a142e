/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-compare-view.h"

struct _CareerCompareView
{
  GtkWidget      parent_instance;

  GtkListBox    *roles_list;
  CareerCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (CareerCompareView, career_compare_view, GTK_TYPE_WIDGET)

static GtkWidget *
create_role_row (gpointer item,
                 gpointer user_data)
{
  CareerRole *role = item;
  guint n_skills = g_list_model_get_n_items (career_role_get_requirements (role));
  g_autofree char *skills = g_strdup_printf (ngettext ("%u skill", "%u skills", n_skills),
                                             n_skills);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *count = gtk_label_new (skills);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), career_role_get_title (role));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), career_role_get_summary (role));
  gtk_widget_add_css_class (count, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
  return row;
}

static void
career_compare_view_dispose (GObject *object)
{
  CareerCompareView *self = (CareerCompareView *) object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CAREER_TYPE_COMPARE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (career_compare_view_parent_class)->dispose (object);
}

static void
career_compare_view_class_init (CareerCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/career-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, roles_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
career_compare_view_init (CareerCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
career_compare_view_set_catalog (CareerCompareView *self,
                                 CareerCatalog     *catalog)
{
  g_return_if_fail (CAREER_IS_COMPARE_VIEW (self));
  g_return_if_fail (!catalog || CAREER_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  gtk_list_box_bind_model (self->roles_list,
                           catalog ? career_catalog_get_roles (catalog) : NULL,
                           create_role_row, self, NULL);
}
