/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-analysis.h"
#include "career-drop-down.h"
#include "career-expander-row.h"
#include "career-rows.h"
#include "career-format.h"
#include "career-frame-share.h"
#include "career-growing-model.h"
#include "career-role-column.h"

#define N_TOP_GAPS 5

struct _CareerRoleColumn
{
  GtkWidget          parent_instance;

  CareerDropDown    *role_dropdown;
  GtkLabel          *summary_label;
  GtkLabel          *fit_label;
  GtkLabel          *fit_caption;
  GtkLevelBar       *fit_bar;
  GtkListBox        *gaps_list;
  GtkLabel          *responsibilities_label;
  GtkLabel          *focus_label;
  GtkListBox        *salary_list;
  GtkListBox        *outlook_list;
  CareerExpanderRow *skills_expander;

  CareerCatalog     *catalog;
  CareerPlan        *plan;
  CareerRole        *role;
  gboolean           updating;

  /* The salary and outlook figures wait for the column's first frame, and
   * come a list a frame (see update_figures()): how many lists show the
   * role's figures */
  guint              figures_tick_id;
  CareerFirstFrame   first;
  gboolean           drawn;
  guint              n_figure_lists;
};

G_DEFINE_FINAL_TYPE (CareerRoleColumn, career_role_column, GTK_TYPE_WIDGET)



enum {
  PROP_0,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * career_figure_dup_details:
 *
 * Returns: what the figure measures, where, and its source with its date
 */
char *
career_figure_dup_details (CareerFigure *figure)
{
  g_autofree char *source = career_format_source (career_figure_get_source (figure));

  /* Translators: under a salary or outlook figure: what it measures, the
   * region, then "Source: <publication, date>" on its own line */
  return g_strdup_printf (_("%1$s, %2$s\nSource: %3$s"), career_figure_get_measures (figure),
                          career_figure_get_region (figure), source);
}

static GtkWidget *
create_figure_row (gpointer item,
                   gpointer user_data)
{
  CareerFigure *figure = item;
  g_autofree char *title = career_format_figure (figure);
  g_autofree char *details = career_figure_dup_details (figure);
  GtkWidget *row = career_info_row_new (title, details);

  if (!career_figure_get_source (figure)->verified)
    {
      GtkWidget *badge = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      career_set_tooltip (badge, _("Unverified: not checked against the original source"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Unverified"), -1);
      career_info_row_add_suffix (row, badge);
    }
  return row;
}

/* Activating the row shows the skill in the Skills view. */
static void
link_to_skill (GtkWidget  *row,
               const char *skill_id)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-skill");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", skill_id);
  career_info_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
}

static GtkWidget *
create_gap_row (gpointer item,
                gpointer user_data)
{
  CareerGap *gap = item;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* Translators: under a skill in the top gaps: "Level 1 of 3 · importance 5" */
  subtitle = g_strdup_printf (_("Level %1$u of %2$u · importance %3$u"),
                              career_gap_get_level (gap), career_gap_get_target (gap),
                              career_gap_get_importance (gap));
  row = career_info_row_new (career_gap_get_skill_name (gap), subtitle);
  link_to_skill (row, career_gap_get_skill_id (gap));
  return row;
}

static GtkWidget *
create_skill_row (gpointer item,
                  gpointer user_data)
{
  CareerSkillRequirement *requirement = item;
  CareerSkill *skill = career_skill_requirement_get_skill (requirement);
  const char *skill_id = career_skill_requirement_get_skill_id (requirement);
  guint target = career_skill_requirement_get_target (requirement);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* Translators: under a required skill: "Importance 5 · target 3 Proficient" */
  subtitle = g_strdup_printf (_("Importance %1$u · target %2$u %3$s"),
                              career_skill_requirement_get_importance (requirement), target,
                              career_level_get_name (target));
  row = career_info_row_new (skill ? career_skill_get_name (skill) : skill_id, subtitle);
  link_to_skill (row, skill_id);
  return row;
}

static int
compare_requirements (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  CareerSkillRequirement *ra = (gpointer) a, *rb = (gpointer) b;
  guint wa = career_skill_requirement_get_importance (ra) * career_skill_requirement_get_target (ra);
  guint wb = career_skill_requirement_get_importance (rb) * career_skill_requirement_get_target (rb);

  if (wa != wb)
    return wa > wb ? -1 : 1;
  return g_strcmp0 (career_skill_requirement_get_skill_id (ra),
                    career_skill_requirement_get_skill_id (rb));
}

static void
update_fit (CareerRoleColumn *self)
{
  g_autoptr(GListModel) gaps = NULL;
  g_autoptr(GtkSliceListModel) top = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *figure = NULL;
  CareerFit fit;

  if (self->role == NULL || self->plan == NULL)
    {
      gtk_list_box_bind_model (self->gaps_list, NULL, NULL, NULL, NULL);
      return;
    }

  fit = career_analysis_fit_for_plan (self->role, self->plan);
  if (fit.defined)
    {
      figure = career_format_percent (fit.percent);
      /* Translators: under the fit figure */
      caption = g_strdup_printf (_("Your fit to %s, from the levels you rated"),
                                 career_role_get_title (self->role));
    }
  else
    {
      figure = g_strdup (_("No fit figure"));
      caption = g_strdup (_("This role sets no target level, so there is nothing to measure"));
    }
  gtk_label_set_text (self->fit_label, figure);
  gtk_label_set_text (self->fit_caption, caption);
  gtk_level_bar_set_value (self->fit_bar, fit.defined ? fit.percent : 0);
  gtk_widget_set_visible (GTK_WIDGET (self->fit_bar), fit.defined);

  gaps = career_analysis_gaps_for_plan (self->role, self->plan);
  top = gtk_slice_list_model_new (g_steal_pointer (&gaps), 0, N_TOP_GAPS);
  gtk_list_box_bind_model (self->gaps_list, G_LIST_MODEL (top), create_gap_row, NULL, NULL);
}

#define N_FIGURE_LISTS 2

/* Shows the role's salary figures, or its outlook once those are shown;
 * the first row at once and, with @over_frames, a row a frame after it */
static void
bind_next_figures (CareerRoleColumn *self,
                   gboolean          over_frames)
{
  GtkListBox *list = self->n_figure_lists == 0 ? self->salary_list : self->outlook_list;
  GListModel *figures = self->n_figure_lists == 0 ? career_role_get_salaries (self->role)
                                                  : career_role_get_outlook (self->role);
  g_autoptr(CareerGrowingModel) rows = NULL;

  if (over_frames)
    {
      rows = career_growing_model_new (figures, GTK_WIDGET (list), 1, 1);
      figures = G_LIST_MODEL (rows);
    }
  gtk_list_box_bind_model (list, figures, create_figure_row, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (list), TRUE);
  self->n_figure_lists++;
}

static void
stop_figures (CareerRoleColumn *self)
{
  if (self->figures_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->figures_tick_id);
  self->figures_tick_id = 0;
}

static gboolean
figures_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  CareerRoleColumn *self = CAREER_ROLE_COLUMN (widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);

  /* The frame that first shows the column draws it without them */
  if (!self->first.drawn)
    return G_SOURCE_CONTINUE;
  self->drawn = TRUE;
  /* A list in this frame, unless another list that fills up, such as the
   * other column's, has it */
  if (self->role != NULL && self->n_figure_lists < N_FIGURE_LISTS &&
      career_frame_share_claim (G_OBJECT (clock), frame, self))
    bind_next_figures (self, TRUE);
  if (self->role != NULL && self->n_figure_lists < N_FIGURE_LISTS)
    return G_SOURCE_CONTINUE;
  self->figures_tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* Binds the figures' lists in the frames of the column, while it is on
 * screen */
static void
figures_over_frames (CareerRoleColumn *self)
{
  if (self->role == NULL || self->n_figure_lists == N_FIGURE_LISTS ||
      !gtk_widget_get_mapped (GTK_WIDGET (self)) || self->figures_tick_id != 0)
    return;
  self->figures_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), figures_tick_cb, NULL,
                                                        NULL);
}

/* The salary and outlook figures, the longest texts of the Compare view
 * and below its fold, come after the column's first frame: laying them
 * out was a tenth of the start (docs/benchmarks.md, fix 27), and all four
 * lists in the next frame made it 40 ms long (fix 45). So a list comes in
 * a frame, its first row only, and its other rows a frame each after it,
 * taking turns with the other lists that fill up. Until then the lists are
 * hidden; once the column has been drawn, a role's figures come with it,
 * whole. */
static void
update_figures (CareerRoleColumn *self)
{
  if (self->role == NULL || self->n_figure_lists == N_FIGURE_LISTS)
    return;
  if (self->drawn)
    {
      stop_figures (self);
      while (self->n_figure_lists < N_FIGURE_LISTS)
        bind_next_figures (self, FALSE);
      return;
    }
  figures_over_frames (self);
}

static void
career_role_column_map (GtkWidget *widget)
{
  CareerRoleColumn *self = CAREER_ROLE_COLUMN (widget);

  GTK_WIDGET_CLASS (career_role_column_parent_class)->map (widget);
  career_first_frame_watch (&self->first, widget);
  figures_over_frames (self);
}

static void
career_role_column_unmap (GtkWidget *widget)
{
  CareerRoleColumn *self = CAREER_ROLE_COLUMN (widget);

  stop_figures (self);
  career_first_frame_clear (&self->first);
  GTK_WIDGET_CLASS (career_role_column_parent_class)->unmap (widget);
}

static void
update_role (CareerRoleColumn *self)
{
  g_autoptr(GString) responsibilities = g_string_new (NULL);
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autofree char *skills_title = NULL;
  const char * const *items;
  guint n_skills;

  if (self->role == NULL)
    return;

  gtk_label_set_text (self->summary_label, career_role_get_summary (self->role));
  items = career_role_get_responsibilities (self->role);
  for (guint i = 0; items[i] != NULL; i++)
    g_string_append_printf (responsibilities, "%s• %s", i > 0 ? "\n" : "", items[i]);
  gtk_label_set_text (self->responsibilities_label, responsibilities->str);
  gtk_label_set_text (self->focus_label, career_role_get_masters_focus (self->role));

  self->n_figure_lists = 0;
  update_figures (self);

  sorted = gtk_sort_list_model_new (g_object_ref (career_role_get_requirements (self->role)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_requirements,
                                                                       NULL, NULL)));
  n_skills = g_list_model_get_n_items (G_LIST_MODEL (sorted));
  skills_title = g_strdup_printf (ngettext ("%u Required Skill", "%u Required Skills", n_skills),
                                  n_skills);
  career_expander_row_set_title (self->skills_expander, skills_title);
  career_expander_row_set_subtitle (self->skills_expander,
                                    _("With the importance and target level of each"));
  career_expander_row_bind_model (self->skills_expander, G_LIST_MODEL (sorted), create_skill_row,
                                  NULL);

  update_fit (self);
}

static void
on_role_selected_cb (CareerRoleColumn *self)
{
  CareerRole *role = career_drop_down_get_selected_item (self->role_dropdown);

  if (!self->updating && role != NULL)
    career_role_column_set_role (self, role);
}

static void
career_role_column_dispose (GObject *object)
{
  CareerRoleColumn *self = (CareerRoleColumn *) object;
  GtkWidget *child;

  stop_figures (self);
  career_first_frame_clear (&self->first);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAREER_TYPE_ROLE_COLUMN);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->catalog);
  g_clear_object (&self->plan);
  g_clear_object (&self->role);

  G_OBJECT_CLASS (career_role_column_parent_class)->dispose (object);
}

static void
career_role_column_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CareerRoleColumn *self = CAREER_ROLE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_role_column_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CareerRoleColumn *self = CAREER_ROLE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      career_role_column_set_role (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_role_column_class_init (CareerRoleColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_role_column_dispose;
  object_class->get_property = career_role_column_get_property;
  object_class->set_property = career_role_column_set_property;
  widget_class->map = career_role_column_map;
  widget_class->unmap = career_role_column_unmap;

  g_type_ensure (CAREER_TYPE_DROP_DOWN);
  g_type_ensure (CAREER_TYPE_EXPANDER_ROW);

  properties[PROP_ROLE] =
    g_param_spec_object ("role", NULL, NULL, CAREER_TYPE_ROLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/career-role-column.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, fit_label);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, fit_caption);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, fit_bar);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, gaps_list);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, responsibilities_label);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, focus_label);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, salary_list);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, outlook_list);
  gtk_widget_class_bind_template_child (widget_class, CareerRoleColumn, skills_expander);
  gtk_widget_class_bind_template_callback (widget_class, on_role_selected_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
career_role_column_init (CareerRoleColumn *self)
{
  g_autoptr(GtkExpression) title = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  title = gtk_property_expression_new (CAREER_TYPE_ROLE, NULL, "title");
  career_drop_down_set_expression (self->role_dropdown, title);
  gtk_list_box_set_placeholder (self->gaps_list, career_list_placeholder_new (
                                  _("No gaps: you meet every target of this role")));
  gtk_list_box_set_placeholder (self->salary_list,
                                career_list_placeholder_new (_("No salary figures known")));
  gtk_list_box_set_placeholder (self->outlook_list,
                                career_list_placeholder_new (_("No outlook figures known")));
}

void
career_role_column_set_catalog (CareerRoleColumn *self,
                                CareerCatalog    *catalog)
{
  g_return_if_fail (CAREER_IS_ROLE_COLUMN (self));

  if (!g_set_object (&self->catalog, catalog))
    return;

  self->updating = TRUE;
  career_drop_down_set_model (self->role_dropdown, catalog ? career_catalog_get_roles (catalog) : NULL);
  self->updating = FALSE;
}

void
career_role_column_set_plan (CareerRoleColumn *self,
                             CareerPlan       *plan)
{
  g_return_if_fail (CAREER_IS_ROLE_COLUMN (self));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  if (!g_set_object (&self->plan, plan) && plan != NULL)
    return;

  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (update_fit), self, G_CONNECT_SWAPPED);
  update_fit (self);
}

void
career_role_column_set_role (CareerRoleColumn *self,
                             CareerRole       *role)
{
  guint position;

  g_return_if_fail (CAREER_IS_ROLE_COLUMN (self));

  if (!g_set_object (&self->role, role))
    return;

  if (role != NULL && self->catalog != NULL &&
      g_list_store_find (G_LIST_STORE (career_catalog_get_roles (self->catalog)), role, &position))
    {
      self->updating = TRUE;
      career_drop_down_set_selected (self->role_dropdown, position);
      self->updating = FALSE;
    }

  update_role (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

CareerRole *
career_role_column_get_role (CareerRoleColumn *self)
{
  g_return_val_if_fail (CAREER_IS_ROLE_COLUMN (self), NULL);
  return self->role;
}

/* The two pickers need different names for a screen reader. */
void
career_role_column_set_picker_name (CareerRoleColumn *self,
                                    const char       *name)
{
  g_return_if_fail (CAREER_IS_ROLE_COLUMN (self));

  career_set_accessible_label (GTK_WIDGET (self->role_dropdown), name);
}
