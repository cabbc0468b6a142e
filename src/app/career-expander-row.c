/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A boxed-list row that opens onto a list of rows, made of the same CSS
 * nodes as libadwaita's AdwExpanderRow (row.expander, row.header,
 * image.expander-row-arrow, list.nested), so that it looks and moves the
 * same.
 *
 * Why not AdwExpanderRow: its header is an AdwActionRow, whose horizontal
 * boxes GTK 4.8 measures by a binary search, laying the title and the
 * subtitle out again at each step; the five expanders of the Compare view
 * took a third of the label measures of the start. This header is a grid,
 * measured once. It also tells screen readers whether it is expanded,
 * which libadwaita 1.2's does not.
 *
 * The nested rows are added one by one, or made from a model when the row
 * is first expanded (career_expander_row_bind_model()).
 *
 * The nested list is hidden while the row is closed: GTK 4.8's GtkRevealer
 * measures a visible child even when it shows none of it, so a closed
 * group of the degree audit had all its rows' labels laid out for every
 * size request of the view.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-expander-row.h"

struct _CareerExpanderRow
{
  GtkListBoxRow               parent_instance;

  GtkWidget                  *header;
  GtkWidget                  *grid;
  GtkWidget                  *title;
  GtkWidget                  *subtitle;
  GtkWidget                  *revealer;
  GtkWidget                  *list;
  gboolean                    expanded;

  /* What career_expander_row_bind_model() was given; the rows are made
   * when the row is first expanded */
  GListModel                 *model;
  GtkListBoxCreateWidgetFunc  create_row;
  GObject                    *user_data;
  gboolean                    filled;
};

G_DEFINE_FINAL_TYPE (CareerExpanderRow, career_expander_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fill_rows (CareerExpanderRow *self)
{
  if (!self->expanded || self->model == NULL || self->filled)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (self->model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);

      gtk_list_box_append (GTK_LIST_BOX (self->list), self->create_row (item, self->user_data));
    }
  self->filled = TRUE;
}

static void
remove_rows (CareerExpanderRow *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), row);
  self->filled = FALSE;
}

/* Once closed, the list is hidden (see the top of the file) */
static void
on_child_revealed_cb (CareerExpanderRow *self)
{
  if (!gtk_revealer_get_child_revealed (GTK_REVEALER (self->revealer)) && !self->expanded)
    gtk_widget_set_visible (self->list, FALSE);
}

static void
on_header_activated_cb (CareerExpanderRow *self)
{
  career_expander_row_set_expanded (self, !self->expanded);
}

/* Up and Down leave the header and the nested list as they would leave
 * any other row of the list around this one. */
static gboolean
on_keynav_failed_cb (CareerExpanderRow *self,
                     GtkDirectionType   direction)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root == NULL || (direction != GTK_DIR_UP && direction != GTK_DIR_DOWN))
    return FALSE;
  return gtk_widget_child_focus (GTK_WIDGET (root), direction == GTK_DIR_UP ? GTK_DIR_TAB_BACKWARD
                                                                             : GTK_DIR_TAB_FORWARD);
}

/* The focus goes to the header and the nested rows, never to this row
 * around them */
static gboolean
career_expander_row_focus (GtkWidget        *widget,
                           GtkDirectionType  direction)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL && gtk_widget_child_focus (child, direction);
}

static gboolean
career_expander_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (CAREER_EXPANDER_ROW (widget)->header);
}

static void
career_expander_row_dispose (GObject *object)
{
  CareerExpanderRow *self = CAREER_EXPANDER_ROW (object);

  g_clear_object (&self->model);
  g_clear_object (&self->user_data);

  G_OBJECT_CLASS (career_expander_row_parent_class)->dispose (object);
}

static void
career_expander_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CareerExpanderRow *self = CAREER_EXPANDER_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, career_expander_row_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, career_expander_row_get_subtitle (self));
      break;
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_expander_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CareerExpanderRow *self = CAREER_EXPANDER_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      career_expander_row_set_title (self, g_value_get_string (value));
      break;
    case PROP_SUBTITLE:
      career_expander_row_set_subtitle (self, g_value_get_string (value));
      break;
    case PROP_EXPANDED:
      career_expander_row_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_expander_row_class_init (CareerExpanderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_expander_row_dispose;
  object_class->get_property = career_expander_row_get_property;
  object_class->set_property = career_expander_row_set_property;
  widget_class->focus = career_expander_row_focus;
  widget_class->grab_focus = career_expander_row_grab_focus;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static GtkWidget *
label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_vexpand (label, TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
list_new (CareerExpanderRow *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  g_signal_connect_swapped (list, "keynav-failed", G_CALLBACK (on_keynav_failed_cb), self);
  return list;
}

static void
career_expander_row_init (CareerExpanderRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header_list = list_new (self);
  GtkWidget *grid = self->grid = gtk_grid_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   "icon-name", "adw-expander-arrow-symbolic",
                                   "valign", GTK_ALIGN_CENTER,
                                   NULL);

  gtk_widget_add_css_class (GTK_WIDGET (self), "expander");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);

  /* The header: the measures of an AdwActionRow's (at least 50 px tall,
   * 12 px in from the sides, the title and subtitle 3 px apart and
   * centred together). Each label fills its half of the grid and is
   * placed in it by yalign: a valign would make GTK 4.8 search for its
   * width at its height. */
  self->title = label_new ("title");
  self->subtitle = label_new ("subtitle");
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_widget_set_margin_top (self->title, 6);
  gtk_widget_set_margin_top (self->subtitle, 3);
  gtk_widget_set_margin_bottom (self->subtitle, 6);
  gtk_widget_add_css_class (arrow, "expander-row-arrow");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_size_request (grid, -1, 50);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_grid_attach (GTK_GRID (grid), self->title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->subtitle, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), arrow, 1, 0, 1, 2);
  career_expander_row_set_subtitle (self, NULL);

  self->header = gtk_list_box_row_new ();
  gtk_widget_add_css_class (self->header, "header");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->header), grid);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->header),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle, NULL,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header),
                               GTK_ACCESSIBLE_STATE_EXPANDED, FALSE,
                               -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (header_list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  -1);
  gtk_list_box_append (GTK_LIST_BOX (header_list), self->header);
  g_signal_connect_swapped (header_list, "row-activated", G_CALLBACK (on_header_activated_cb),
                            self);

  self->list = list_new (self);
  gtk_widget_add_css_class (self->list, "nested");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  -1);
  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), self->list);
  gtk_widget_set_visible (self->list, FALSE);
  g_signal_connect_swapped (self->revealer, "notify::child-revealed",
                            G_CALLBACK (on_child_revealed_cb), self);

  gtk_box_append (GTK_BOX (box), header_list);
  gtk_box_append (GTK_BOX (box), self->revealer);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

/**
 * career_expander_row_new:
 *
 * Returns: (transfer floating): a collapsed row without rows
 */
GtkWidget *
career_expander_row_new (void)
{
  return g_object_new (CAREER_TYPE_EXPANDER_ROW, NULL);
}

const char *
career_expander_row_get_title (CareerExpanderRow *self)
{
  g_return_val_if_fail (CAREER_IS_EXPANDER_ROW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->title));
}

void
career_expander_row_set_title (CareerExpanderRow *self,
                               const char        *title)
{
  g_return_if_fail (CAREER_IS_EXPANDER_ROW (self));

  if (g_strcmp0 (title, career_expander_row_get_title (self)) == 0)
    return;
  gtk_label_set_text (GTK_LABEL (self->title), title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
career_expander_row_get_subtitle (CareerExpanderRow *self)
{
  g_return_val_if_fail (CAREER_IS_EXPANDER_ROW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->subtitle));
}

/**
 * career_expander_row_set_subtitle:
 * @subtitle: (nullable): a second, smaller line, or %NULL for none
 */
void
career_expander_row_set_subtitle (CareerExpanderRow *self,
                                  const char        *subtitle)
{
  gboolean has_subtitle = subtitle != NULL && subtitle[0] != '\0';

  g_return_if_fail (CAREER_IS_EXPANDER_ROW (self));

  /* With a subtitle the title sits at the bottom of its half of the header
   * and the subtitle at the top of its own; alone, the title is centred */
  gtk_widget_set_visible (self->subtitle, has_subtitle);
  gtk_label_set_yalign (GTK_LABEL (self->title), has_subtitle ? 1 : 0.5);
  gtk_widget_set_margin_bottom (self->title, has_subtitle ? 0 : 6);

  if (g_strcmp0 (has_subtitle ? subtitle : "", career_expander_row_get_subtitle (self)) == 0)
    return;
  gtk_label_set_text (GTK_LABEL (self->subtitle), has_subtitle ? subtitle : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

gboolean
career_expander_row_get_expanded (CareerExpanderRow *self)
{
  g_return_val_if_fail (CAREER_IS_EXPANDER_ROW (self), FALSE);
  return self->expanded;
}

/**
 * career_expander_row_set_expanded:
 *
 * Opens or closes the row; the rows of its model are made when it is
 * first opened.
 */
void
career_expander_row_set_expanded (CareerExpanderRow *self,
                                  gboolean           expanded)
{
  g_return_if_fail (CAREER_IS_EXPANDER_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  if (expanded)
    gtk_widget_set_visible (self->list, TRUE);
  fill_rows (self);
  /* :checked is what libadwaita's style sheet turns the arrow by */
  if (expanded)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), expanded);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * career_expander_row_bind_model:
 * @model: (nullable): the items to show, one row each
 * @create_row: makes the row of an item
 * @user_data: (nullable): a GObject given to @create_row, or %NULL
 *
 * Replaces the nested rows by one row per item of @model, made when the
 * row is first expanded (at once if it is). The model is not watched:
 * callers bind again when what they show changes. An expander without
 * items cannot be opened.
 */
void
career_expander_row_bind_model (CareerExpanderRow          *self,
                                GListModel                 *model,
                                GtkListBoxCreateWidgetFunc  create_row,
                                gpointer                    user_data)
{
  g_return_if_fail (CAREER_IS_EXPANDER_ROW (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));
  g_return_if_fail (create_row != NULL);
  g_return_if_fail (user_data == NULL || G_IS_OBJECT (user_data));

  remove_rows (self);
  g_set_object (&self->model, model);
  g_set_object (&self->user_data, user_data);
  self->create_row = create_row;

  gtk_widget_set_sensitive (GTK_WIDGET (self),
                            model != NULL && g_list_model_get_n_items (model) > 0);
  fill_rows (self);
}

/**
 * career_expander_row_add_row:
 *
 * Adds @row below the others, for an expander without a model.
 */
void
career_expander_row_add_row (CareerExpanderRow *self,
                             GtkWidget         *row)
{
  g_return_if_fail (CAREER_IS_EXPANDER_ROW (self));
  g_return_if_fail (self->model == NULL);

  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
}

/**
 * career_expander_row_add_prefix:
 *
 * Puts @widget (an icon, say) before the title and the subtitle.
 */
void
career_expander_row_add_prefix (CareerExpanderRow *self,
                                GtkWidget         *widget)
{
  int column = 0;

  g_return_if_fail (CAREER_IS_EXPANDER_ROW (self));

  while (gtk_grid_get_child_at (GTK_GRID (self->grid), column - 1, 0) != NULL)
    column--;
  /* 12 px from the title, as an AdwActionRow's prefixes */
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (widget, 6);
  gtk_grid_attach (GTK_GRID (self->grid), widget, column - 1, 0, 1, 2);
}

/**
 * career_expander_row_get_n_rows:
 *
 * Returns: how many nested rows @self holds now (for a model, none until
 *   it is first expanded)
 */
guint
career_expander_row_get_n_rows (CareerExpanderRow *self)
{
  guint n = 0;

  g_return_val_if_fail (CAREER_IS_EXPANDER_ROW (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}
