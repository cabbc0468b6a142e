/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-drop-down.h"

/* A drop-down list that builds its popup when it is first opened.
 *
 * GTK 4.8's GtkDropDown builds its popover, a search entry, a scrolled
 * list and a row for each item as soon as it is made, and the rows again
 * each time its model changes: a third of the widgets of the Skills and
 * Courses views, and a fifth of the Compare view's, which the window builds
 * at start-up (docs/benchmarks.md, fix 42). Until it is opened, this one is
 * a toggle button with the selected item's text, styled as a GtkDropDown
 * (its CSS name is "dropdown"). Its button ellipsizes the text, so that a
 * long item never makes a narrow window wider; the popup is as wide as its
 * widest item, up to POPUP_MAX_WIDTH_CHARS, and wraps a longer one.
 *
 * An item's text is @expression evaluated on it, or the string of a
 * GtkStringObject. With no item chosen, the button shows :placeholder-text,
 * dimmed, rather than nothing.
 *
 * The button, which takes the focus, is named by the view (a label, or
 * career_set_accessible_label()); its accessible description is the text it
 * shows, so that a screen reader says what is chosen, or the placeholder. */

struct _CareerDropDown
{
  GtkWidget           parent_instance;

  GtkWidget          *button;
  GtkWidget          *label;
  GtkWidget          *popover;    /* NULL until first opened */
  GtkWidget          *list;
  GtkSingleSelection *popup_selection;

  GListModel         *model;
  GtkSingleSelection *selection;  /* keeps the selection across changes of the model */
  GtkExpression      *expression;
  char               *placeholder_text;
};

G_DEFINE_FINAL_TYPE (CareerDropDown, career_drop_down, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  PROP_EXPRESSION,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A popup grows with its widest item up to this width, and wraps longer ones */
#define POPUP_MAX_WIDTH_CHARS 40

static char *
dup_item_text (CareerDropDown *self,
               gpointer        item)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL)
    return g_strdup ("");
  if (self->expression != NULL && gtk_expression_evaluate (self->expression, item, &value))
    return g_strdup (g_value_get_string (&value));
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (item));

  g_critical ("CareerDropDown: a %s needs an expression for its text", G_OBJECT_TYPE_NAME (item));
  return g_strdup ("");
}

static void
sync_label (CareerDropDown *self)
{
  gpointer item = career_drop_down_get_selected_item (self);
  g_autofree char *text = dup_item_text (self, item);
  gboolean placeholder = item == NULL && self->placeholder_text != NULL;

  if (placeholder)
    {
      g_free (text);
      text = g_strdup (self->placeholder_text);
    }
  else if (text == NULL)
    {
      text = g_strdup ("");
    }

  gtk_label_set_text (GTK_LABEL (self->label), text);
  if (placeholder)
    gtk_widget_add_css_class (self->label, "dim-label");
  else
    gtk_widget_remove_css_class (self->label, "dim-label");

  if (text[0] != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->button),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
on_selected_cb (CareerDropDown *self)
{
  sync_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/* The popup */

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 CareerDropDown           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *check = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "object-select-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkExpression *selected = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "selected");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), POPUP_MAX_WIDTH_CHARS);
  gtk_widget_set_hexpand (label, TRUE);
  /* The check in a box of its own, which has no baseline: GTK 4.8's box
   * lines up a wrapping label's baseline with the icon's only when it is
   * measured for a width, a pixel taller than the row the popup's scrolled
   * window asks room for, and a list of three would show a scrollbar. */
  gtk_box_append (GTK_BOX (check_box), check);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check_box);
  /* A check on the item chosen */
  gtk_expression_bind (selected, check_box, "visible", list_item);
  gtk_list_item_set_child (list_item, box);
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                CareerDropDown           *self)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  g_autofree char *text = dup_item_text (self, gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
on_row_activate_cb (GtkListView    *list,
                    guint           position,
                    CareerDropDown *self)
{
  career_drop_down_popdown (self);
  gtk_widget_grab_focus (self->button);
  career_drop_down_set_selected (self, position);
}

static void
on_popover_closed_cb (CareerDropDown *self)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->button), FALSE);
}

/* Puts the keyboard focus on the row of the item chosen, or the first */
static void
focus_selected_row (CareerDropDown *self)
{
  guint selected = gtk_single_selection_get_selected (self->popup_selection);

  if (selected != GTK_INVALID_LIST_POSITION)
    {
      gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", selected);
      for (GtkWidget *row = gtk_widget_get_first_child (self->list);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if ((gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED) != 0 &&
            gtk_widget_grab_focus (row))
          return;
    }
  gtk_widget_grab_focus (self->list);
}

static void
ensure_popover (CareerDropDown *self)
{
  GtkListItemFactory *factory;
  GtkWidget *scrolled;

  if (self->popover != NULL)
    return;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), self);

  self->popup_selection = gtk_single_selection_new (self->model != NULL ? g_object_ref (self->model)
                                                                        : NULL);
  gtk_single_selection_set_autoselect (self->popup_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->popup_selection, TRUE);

  self->list = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->popup_selection)),
                                  factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list), TRUE);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_row_activate_cb), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  /* As wide as the widest item, which the list view measures; without this
   * the popup takes the list's minimum, the width of its longest word, and
   * only the button's width keeps the items from wrapping word by word. */
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);

  self->popover = gtk_popover_new ();
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_popover_set_child (GTK_POPOVER (self->popover), scrolled);
  g_signal_connect_swapped (self->popover, "closed", G_CALLBACK (on_popover_closed_cb), self);
  /* The popup maps once its button's window is on screen */
  g_signal_connect_swapped (self->popover, "map", G_CALLBACK (focus_selected_row), self);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}

static void
show_popup (CareerDropDown *self)
{
  ensure_popover (self);
  gtk_single_selection_set_selected (self->popup_selection, career_drop_down_get_selected (self));
  /* As wide as the button at least, wider for a wider item */
  gtk_widget_set_size_request (self->popover, gtk_widget_get_width (GTK_WIDGET (self)), -1);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  if (gtk_widget_get_mapped (self->popover))
    focus_selected_row (self);
}

static void
on_button_toggled_cb (GtkToggleButton *button,
                      CareerDropDown  *self)
{
  if (gtk_toggle_button_get_active (button))
    show_popup (self);
  else if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* GtkWidget */

static void
career_drop_down_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  CareerDropDown *self = CAREER_DROP_DOWN (widget);

  gtk_widget_measure (self->button, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
}

static void
career_drop_down_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  CareerDropDown *self = CAREER_DROP_DOWN (widget);

  gtk_widget_size_allocate (self->button, &(GtkAllocation) { 0, 0, width, height }, baseline);
  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static gboolean
career_drop_down_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  CareerDropDown *self = CAREER_DROP_DOWN (widget);

  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    return gtk_widget_child_focus (self->popover, direction);
  return gtk_widget_child_focus (self->button, direction);
}

static gboolean
career_drop_down_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (CAREER_DROP_DOWN (widget)->button);
}

/* GObject */

static void
career_drop_down_dispose (GObject *object)
{
  CareerDropDown *self = CAREER_DROP_DOWN (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->button, gtk_widget_unparent);
  self->list = NULL;
  self->label = NULL;
  g_clear_object (&self->popup_selection);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selected_cb, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_pointer (&self->expression, gtk_expression_unref);

  G_OBJECT_CLASS (career_drop_down_parent_class)->dispose (object);
}

static void
career_drop_down_finalize (GObject *object)
{
  CareerDropDown *self = CAREER_DROP_DOWN (object);

  g_free (self->placeholder_text);

  G_OBJECT_CLASS (career_drop_down_parent_class)->finalize (object);
}

static void
career_drop_down_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CareerDropDown *self = CAREER_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, career_drop_down_get_selected (self));
      break;
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, career_drop_down_get_selected_item (self));
      break;
    case PROP_EXPRESSION:
      gtk_value_set_expression (value, self->expression);
      break;
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, self->placeholder_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_drop_down_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CareerDropDown *self = CAREER_DROP_DOWN (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      career_drop_down_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      career_drop_down_set_selected (self, g_value_get_uint (value));
      break;
    case PROP_EXPRESSION:
      career_drop_down_set_expression (self, gtk_value_get_expression (value));
      break;
    case PROP_PLACEHOLDER_TEXT:
      career_drop_down_set_placeholder_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_drop_down_class_init (CareerDropDownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_drop_down_dispose;
  object_class->finalize = career_drop_down_finalize;
  object_class->get_property = career_drop_down_get_property;
  object_class->set_property = career_drop_down_set_property;

  widget_class->measure = career_drop_down_measure;
  widget_class->size_allocate = career_drop_down_size_allocate;
  widget_class->focus = career_drop_down_focus;
  widget_class->grab_focus = career_drop_down_grab_focus;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPRESSION] =
    gtk_param_spec_expression ("expression", NULL, NULL,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);
  /**
   * CareerDropDown:placeholder-text:
   *
   * What the button shows when no item is chosen, such as "None"
   */
  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "dropdown");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
career_drop_down_init (CareerDropDown *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "css-name", "arrow",
                                   "icon-name", "pan-down-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_box_append (GTK_BOX (box), self->label);
  gtk_box_append (GTK_BOX (box), arrow);

  self->button = gtk_toggle_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->button), box);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  g_signal_connect (self->button, "toggled", G_CALLBACK (on_button_toggled_cb), self);
}

/* Public API */

/**
 * career_drop_down_new:
 * @model: (transfer full) (nullable): the items
 * @expression: (transfer full) (nullable): an item's text
 */
GtkWidget *
career_drop_down_new (GListModel    *model,
                      GtkExpression *expression)
{
  GtkWidget *self = g_object_new (CAREER_TYPE_DROP_DOWN,
                                  "model", model,
                                  "expression", expression,
                                  NULL);

  g_clear_object (&model);
  g_clear_pointer (&expression, gtk_expression_unref);
  return self;
}

GListModel *
career_drop_down_get_model (CareerDropDown *self)
{
  g_return_val_if_fail (CAREER_IS_DROP_DOWN (self), NULL);

  return self->model;
}

/**
 * career_drop_down_set_model:
 *
 * Shows the items of @model; the first is chosen, as GtkDropDown does.
 */
void
career_drop_down_set_model (CareerDropDown *self,
                            GListModel     *model)
{
  g_return_if_fail (CAREER_IS_DROP_DOWN (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selected_cb, self);
  g_clear_object (&self->selection);
  if (model != NULL)
    {
      self->selection = gtk_single_selection_new (g_object_ref (model));
      g_signal_connect_swapped (self->selection, "notify::selected-item",
                                G_CALLBACK (on_selected_cb), self);
    }
  if (self->popup_selection != NULL)
    gtk_single_selection_set_model (self->popup_selection, model);

  on_selected_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

guint
career_drop_down_get_selected (CareerDropDown *self)
{
  g_return_val_if_fail (CAREER_IS_DROP_DOWN (self), GTK_INVALID_LIST_POSITION);

  if (self->selection == NULL)
    return GTK_INVALID_LIST_POSITION;
  return gtk_single_selection_get_selected (self->selection);
}

void
career_drop_down_set_selected (CareerDropDown *self,
                               guint           position)
{
  g_return_if_fail (CAREER_IS_DROP_DOWN (self));

  if (self->selection == NULL || position == career_drop_down_get_selected (self))
    return;
  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * career_drop_down_get_selected_item:
 *
 * Returns: (transfer none) (type GObject) (nullable): the item chosen
 */
gpointer
career_drop_down_get_selected_item (CareerDropDown *self)
{
  g_return_val_if_fail (CAREER_IS_DROP_DOWN (self), NULL);

  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

GtkExpression *
career_drop_down_get_expression (CareerDropDown *self)
{
  g_return_val_if_fail (CAREER_IS_DROP_DOWN (self), NULL);

  return self->expression;
}

void
career_drop_down_set_expression (CareerDropDown *self,
                                 GtkExpression  *expression)
{
  g_return_if_fail (CAREER_IS_DROP_DOWN (self));
  g_return_if_fail (expression == NULL ||
                    gtk_expression_get_value_type (expression) == G_TYPE_STRING);

  if (self->expression == expression)
    return;

  g_clear_pointer (&self->expression, gtk_expression_unref);
  if (expression != NULL)
    self->expression = gtk_expression_ref (expression);

  sync_label (self);
  if (self->list != NULL)
    {
      /* The rows bind again with the new text */
      gtk_single_selection_set_model (self->popup_selection, NULL);
      gtk_single_selection_set_model (self->popup_selection, self->model);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPRESSION]);
}

const char *
career_drop_down_get_placeholder_text (CareerDropDown *self)
{
  g_return_val_if_fail (CAREER_IS_DROP_DOWN (self), NULL);

  return self->placeholder_text;
}

/**
 * career_drop_down_set_placeholder_text:
 * @placeholder_text: (nullable): what the button shows when no item is
 *   chosen; %NULL shows nothing
 */
void
career_drop_down_set_placeholder_text (CareerDropDown *self,
                                       const char     *placeholder_text)
{
  g_return_if_fail (CAREER_IS_DROP_DOWN (self));

  if (g_strcmp0 (self->placeholder_text, placeholder_text) == 0)
    return;

  g_free (self->placeholder_text);
  self->placeholder_text = g_strdup (placeholder_text);
  sync_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}

/**
 * career_drop_down_popup:
 *
 * Opens the list, building it the first time, with the keyboard focus on
 * the item chosen.
 */
void
career_drop_down_popup (CareerDropDown *self)
{
  g_return_if_fail (CAREER_IS_DROP_DOWN (self));

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->button)))
    show_popup (self);
  else
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->button), TRUE);
}

void
career_drop_down_popdown (CareerDropDown *self)
{
  g_return_if_fail (CAREER_IS_DROP_DOWN (self));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->button), FALSE);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/**
 * career_drop_down_get_popover:
 *
 * Returns: (transfer none) (nullable): the popup, %NULL until it is first
 *   opened
 */
GtkWidget *
career_drop_down_get_popover (CareerDropDown *self)
{
  g_return_val_if_fail (CAREER_IS_DROP_DOWN (self), NULL);

  return self->popover;
}
