/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Rows for boxed lists of read-only facts.
 *
 * An AdwActionRow with a long wrapped subtitle costs about 9 ms to measure
 * for a width on libadwaita 1.2 (a plain row with two labels: 0.1 ms), and
 * the Compare view has dozens; so fact rows are plain GtkListBoxRows styled
 * like action rows. Long lists sit in CareerExpanderRows, whose rows are
 * made only when first opened.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-drop-down.h"
#include "career-rows.h"

static GtkWidget *
info_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

/**
 * career_info_row_new:
 * @subtitle: (nullable): a second, dimmed line
 *
 * Returns: (transfer floating): a row showing @title and @subtitle, named
 *   for screen readers by them
 */
GtkWidget *
career_info_row_new (const char *title,
                     const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title_label = info_label_new ();

  /* A GtkGrid, not a horizontal GtkBox: in GTK 4.8 a horizontal box around a
   * wrapping label makes every height-for-width measure some 50 times dearer. */
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_grid_attach (GTK_GRID (grid), title_label, 0, 0, 1, 1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  career_info_row_set_text (row, title, subtitle);
  return row;
}

/**
 * career_info_row_set_text:
 * @subtitle: (nullable): a second, dimmed line, or %NULL for none
 *
 * Shows @title and @subtitle in a row made by career_info_row_new().
 */
void
career_info_row_set_text (GtkWidget  *row,
                          const char *title,
                          const char *subtitle)
{
  GtkWidget *grid = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *subtitle_label = gtk_grid_get_child_at (GTK_GRID (grid), 0, 1);
  gboolean has_subtitle = subtitle != NULL && subtitle[0] != '\0';

  gtk_label_set_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, 0)), title);
  if (has_subtitle && subtitle_label == NULL)
    {
      subtitle_label = info_label_new ();
      gtk_widget_add_css_class (subtitle_label, "dim-label");
      gtk_widget_add_css_class (subtitle_label, "caption");
      gtk_grid_attach (GTK_GRID (grid), subtitle_label, 0, 1, 1, 1);
    }
  if (subtitle_label != NULL)
    {
      gtk_label_set_text (GTK_LABEL (subtitle_label), has_subtitle ? subtitle : "");
      gtk_widget_set_visible (subtitle_label, has_subtitle);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, has_subtitle ? subtitle : "",
                                  -1);
}

/**
 * career_info_row_add_suffix:
 *
 * Adds @suffix (an icon, say) at the end of a row made by
 * career_info_row_new().
 */
void
career_info_row_add_suffix (GtkWidget *row,
                            GtkWidget *suffix)
{
  GtkWidget *grid = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  int column = 1;

  while (gtk_grid_get_child_at (GTK_GRID (grid), column, 0) != NULL)
    column++;
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), suffix, column, 0, 1, 2);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "career-tooltip");

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * career_list_placeholder_new:
 * @text: what the empty list would hold, as "No transfer credit"
 *
 * Returns: (transfer floating): the label a boxed list shows while it is
 *   empty: dimmed, with room around it, wrapping in a narrow window
 */
GtkWidget *
career_list_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

/**
 * career_set_tooltip:
 * @text: (nullable): the tooltip, or %NULL for none
 *
 * Gives @widget a tooltip, and a screen reader the same text as the
 * widget's description, as gtk_widget_set_tooltip_text() does. The tooltip
 * is given when GTK asks for it: gtk_widget_set_tooltip_text() makes GTK
 * 4.8 on X11 ask the X server for the pointer, two round trips on every
 * call, and a plan's term cards and the comparison's figures call it by
 * the dozen (docs/benchmarks.md, fix 24).
 */
void
career_set_tooltip (GtkWidget  *widget,
                    const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && text[0] == '\0')
    text = NULL;
  g_signal_handlers_disconnect_by_func (widget, on_query_tooltip_cb, NULL);
  g_object_set_data_full (G_OBJECT (widget), "career-tooltip", g_strdup (text), g_free);
  if (text != NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
    }
  else
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  gtk_widget_set_has_tooltip (widget, text != NULL);
}

/**
 * career_set_accessible_label:
 *
 * Names @widget for screen readers. A CareerDropDown, or a GtkDropDown or
 * GtkMenuButton of GTK 4.8, takes focus on an inner toggle button that has
 * no name of its own, so that button gets the same name.
 */
void
career_set_accessible_label (GtkWidget  *widget,
                             const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  if (CAREER_IS_DROP_DOWN (widget) || GTK_IS_DROP_DOWN (widget) || GTK_IS_MENU_BUTTON (widget))
    career_set_inner_button_label (widget, label);
}

/**
 * career_set_inner_button_label:
 *
 * Names only the inner button of a drop-down or GtkMenuButton: one with a
 * mnemonic label is named by that label already (GTK relates them), but the
 * button that takes the focus is not.
 */
void
career_set_inner_button_label (GtkWidget  *widget,
                               const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
}

static void
on_drag_begin_use_widget_cb (GtkDragSource *source,
                             GdkDrag       *drag,
                             GtkWidget     *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/**
 * career_drag_source_show_widget:
 *
 * Makes a drag from @source show @widget (a row, say) under the pointer.
 */
void
career_drag_source_show_widget (GtkDragSource *source,
                                GtkWidget     *widget)
{
  g_return_if_fail (GTK_IS_DRAG_SOURCE (source));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_use_widget_cb), widget);
}

/**
 * career_clear_clock_handler:
 * @clock: (inout) (nullable): a frame clock held with a reference
 * @handler_id: (inout): a handler connected to it
 *
 * Disconnects the handler, drops the clock and clears both. A clock that
 * was disposed with its window's surface has dropped its handlers already.
 */
void
career_clear_clock_handler (GdkFrameClock **clock,
                            gulong         *handler_id)
{
  if (*clock != NULL && g_signal_handler_is_connected (*clock, *handler_id))
    g_signal_handler_disconnect (*clock, *handler_id);
  *handler_id = 0;
  g_clear_object (clock);
}
