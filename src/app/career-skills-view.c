/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-skills-view.h"

struct _CareerSkillsView
{
  GtkWidget      parent_instance;

  GtkListView   *list_view;
  CareerCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (CareerSkillsView, career_skills_view, GTK_TYPE_WIDGET)

static gboolean
skill_in_category (gpointer item,
                   gpointer user_data)
{
  return g_strcmp0 (career_skill_get_category_id (item),
                    career_category_get_id (user_data)) == 0;
}

/* GTK 4.8 has no list sections: categories are the tree's first level and
 * their skills the second. */
static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  CareerSkillsView *self = user_data;
  GtkCustomFilter *filter;

  if (!CAREER_IS_CATEGORY (item))
    return NULL;

  filter = gtk_custom_filter_new (skill_in_category, g_object_ref (item), g_object_unref);
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (career_catalog_get_skills (self->catalog)),
                                                  GTK_FILTER (filter)));
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  gpointer item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);

  if (CAREER_IS_CATEGORY (item))
    {
      gtk_label_set_text (GTK_LABEL (title), career_category_get_name (item));
      gtk_label_set_text (GTK_LABEL (subtitle), career_category_get_description (item));
      gtk_widget_add_css_class (title, "heading");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (title), career_skill_get_name (item));
      gtk_label_set_text (GTK_LABEL (subtitle), career_skill_get_description (item));
      gtk_widget_remove_css_class (title, "heading");
    }

  g_object_unref (item);
}

static void
career_skills_view_dispose (GObject *object)
{
  CareerSkillsView *self = (CareerSkillsView *) object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CAREER_TYPE_SKILLS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (career_skills_view_parent_class)->dispose (object);
}

static void
career_skills_view_class_init (CareerSkillsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_skills_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/career-skills-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
career_skills_view_init (CareerSkillsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
career_skills_view_set_catalog (CareerSkillsView *self,
                                CareerCatalog    *catalog)
{
  GtkTreeListModel *tree;
  GtkNoSelection *selection;

  g_return_if_fail (CAREER_IS_SKILLS_VIEW (self));
  g_return_if_fail (!catalog || CAREER_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  if (catalog == NULL)
    {
      gtk_list_view_set_model (self->list_view, NULL);
      return;
    }

  tree = gtk_tree_list_model_new (g_object_ref (career_catalog_get_categories (catalog)),
                                  FALSE, TRUE, create_child_model, self, NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (tree));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}
