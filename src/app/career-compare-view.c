/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Compare view: two roles side by side, how much they overlap, and how
 * well the person fits each. The columns sit in a CareerColumns, so that a
 * narrow window stacks them instead of cutting them (libadwaita 1.2 has no
 * AdwBreakpoint).
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-analysis.h"
#include "career-columns.h"
#include "career-compare-view.h"
#include "career-expander-row.h"
#include "career-rows.h"
#include "career-format.h"
#include "career-radar-view.h"
#include "career-role-column.h"

struct _CareerCompareView
{
  GtkWidget          parent_instance;

  GtkLabel          *similarity_label;
  GtkLabel          *similarity_caption;
  CareerRadarView   *radar;
  GtkWidget         *columns;
  CareerRoleColumn  *left_column;
  CareerRoleColumn  *right_column;
  CareerExpanderRow *shared_row;
  CareerExpanderRow *only_a_row;
  CareerExpanderRow *only_b_row;

  CareerCatalog     *catalog;
  CareerPlan        *plan;
};

G_DEFINE_FINAL_TYPE (CareerCompareView, career_compare_view, GTK_TYPE_WIDGET)

static GtkWidget *
create_compared_row (gpointer item,
                     gpointer user_data)
{
  CareerSkillRequirement *requirement = item;
  CareerRole *other = user_data;
  CareerSkillRequirement *other_requirement = NULL;
  CareerSkill *skill = career_skill_requirement_get_skill (requirement);
  const char *skill_id = career_skill_requirement_get_skill_id (requirement);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (other != NULL)
    other_requirement = career_role_lookup_requirement (other, skill_id);

  if (other_requirement != NULL)
    /* Translators: a shared skill: the target level in each role */
    subtitle = g_strdup_printf (_("Targets %1$u and %2$u"),
                                career_skill_requirement_get_target (requirement),
                                career_skill_requirement_get_target (other_requirement));
  else
    subtitle = g_strdup_printf (_("Importance %1$u · target %2$u"),
                                career_skill_requirement_get_importance (requirement),
                                career_skill_requirement_get_target (requirement));

  row = career_info_row_new (skill ? career_skill_get_name (skill) : skill_id, subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-skill");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", skill_id);
  career_info_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static guint
plan_level (const char *skill_id,
            gpointer    user_data)
{
  return user_data ? career_analysis_plan_level (skill_id, user_data) : 0;
}

static void
update_radar (CareerCompareView *self)
{
  CareerRole *roles[2] = {
    career_role_column_get_role (self->left_column),
    career_role_column_get_role (self->right_column),
  };

  if (self->catalog == NULL || roles[0] == NULL || roles[1] == NULL)
    {
      career_radar_view_set_profile (self->radar, NULL);
      return;
    }

  career_radar_view_set_profile (self->radar,
                                 career_analysis_area_profile (self->catalog,
                                                               (CareerRole * const *) roles, 2,
                                                               plan_level, self->plan));
}

static void
update_comparison (CareerCompareView *self)
{
  CareerRole *a = career_role_column_get_role (self->left_column);
  CareerRole *b = career_role_column_get_role (self->right_column);
  g_autoptr(CareerRoleComparison) comparison = NULL;
  g_autofree char *similarity = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  guint n;

  if (a == NULL || b == NULL)
    return;

  similarity = career_format_percent (100 * career_analysis_role_similarity (a, b,
                                                                      CAREER_SIMILARITY_JACCARD));
  /* Translators: "AI Engineer and Machine Learning Engineer overlap by 48 %" */
  title = g_strdup_printf (_("%1$s and %2$s overlap by %3$s"),
                           career_role_get_title (a), career_role_get_title (b), similarity);
  gtk_label_set_text (self->similarity_label, title);
  gtk_label_set_text (self->similarity_caption,
                      _("The share of the two roles' skill demands (importance × target level) "
                        "they have in common. The chart shows each role's targets and your "
                        "levels by skill area, from 0 (none) to 4 (expert)."));

  comparison = career_analysis_compare_roles (a, b);

  n = g_list_model_get_n_items (comparison->shared);
  heading = g_strdup_printf (ngettext ("%u Shared Skill", "%u Shared Skills", n), n);
  career_expander_row_set_title (self->shared_row, heading);
  g_clear_pointer (&heading, g_free);
  career_expander_row_set_subtitle (self->shared_row, _("Needed by both roles"));
  career_expander_row_bind_model (self->shared_row, comparison->shared, create_compared_row, b);

  n = g_list_model_get_n_items (comparison->only_a);
  /* Translators: the skills only one role needs: "3 Only for AI Engineer" */
  heading = g_strdup_printf (ngettext ("%u Only for %s", "%u Only for %s", n), n,
                             career_role_get_title (a));
  career_expander_row_set_title (self->only_a_row, heading);
  g_clear_pointer (&heading, g_free);
  career_expander_row_bind_model (self->only_a_row, comparison->only_a, create_compared_row, NULL);

  n = g_list_model_get_n_items (comparison->only_b);
  heading = g_strdup_printf (ngettext ("%u Only for %s", "%u Only for %s", n), n,
                             career_role_get_title (b));
  career_expander_row_set_title (self->only_b_row, heading);
  career_expander_row_bind_model (self->only_b_row, comparison->only_b, create_compared_row, NULL);

  update_radar (self);
}

static void
on_role_changed_cb (CareerCompareView *self)
{
  update_comparison (self);
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
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (career_compare_view_parent_class)->dispose (object);
}

static void
career_compare_view_class_init (CareerCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_compare_view_dispose;

  g_type_ensure (CAREER_TYPE_COLUMNS);
  g_type_ensure (CAREER_TYPE_EXPANDER_ROW);
  g_type_ensure (CAREER_TYPE_RADAR_VIEW);
  g_type_ensure (CAREER_TYPE_ROLE_COLUMN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/career-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, similarity_label);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, similarity_caption);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, radar);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, columns);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, left_column);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, right_column);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, shared_row);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, only_a_row);
  gtk_widget_class_bind_template_child (widget_class, CareerCompareView, only_b_row);
  gtk_widget_class_bind_template_callback (widget_class, on_role_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
career_compare_view_init (CareerCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  career_role_column_set_picker_name (self->left_column, _("First role"));
  career_role_column_set_picker_name (self->right_column, _("Second role"));
}

static CareerRole *
role_or_nth (CareerCatalog *catalog,
             const char    *id,
             guint          n)
{
  CareerRole *role = career_catalog_lookup_role (catalog, id);
  g_autoptr(CareerRole) nth = NULL;

  if (role != NULL)
    return role;

  nth = g_list_model_get_item (career_catalog_get_roles (catalog), n);
  return nth;
}

void
career_compare_view_set_catalog (CareerCompareView *self,
                                 CareerCatalog     *catalog)
{
  g_return_if_fail (CAREER_IS_COMPARE_VIEW (self));
  g_return_if_fail (!catalog || CAREER_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  career_role_column_set_catalog (self->left_column, catalog);
  career_role_column_set_catalog (self->right_column, catalog);

  if (catalog != NULL)
    /* The two paths the app is about; any two roles of a catalog otherwise. */
    career_compare_view_set_roles (self, role_or_nth (catalog, "ai-engineer", 0),
                                   role_or_nth (catalog, "ml-engineer", 1));
}

void
career_compare_view_set_plan (CareerCompareView *self,
                              CareerPlan        *plan)
{
  g_return_if_fail (CAREER_IS_COMPARE_VIEW (self));
  g_return_if_fail (!plan || CAREER_IS_PLAN (plan));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (!g_set_object (&self->plan, plan))
    return;

  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (update_radar), self, G_CONNECT_SWAPPED);
  career_role_column_set_plan (self->left_column, plan);
  career_role_column_set_plan (self->right_column, plan);
  update_radar (self);
}

void
career_compare_view_set_roles (CareerCompareView *self,
                               CareerRole        *left,
                               CareerRole        *right)
{
  g_return_if_fail (CAREER_IS_COMPARE_VIEW (self));

  career_role_column_set_role (self->left_column, left);
  career_role_column_set_role (self->right_column, right);
  update_comparison (self);
}

/**
 * career_compare_view_get_role:
 * @side: 0 for the first column, 1 for the second
 */
CareerRole *
career_compare_view_get_role (CareerCompareView *self,
                              guint              side)
{
  g_return_val_if_fail (CAREER_IS_COMPARE_VIEW (self), NULL);
  return career_role_column_get_role (side == 0 ? self->left_column : self->right_column);
}
