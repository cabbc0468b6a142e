/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Builds every template and checks that each view shows the catalog through
 * its list models. Runs under Xvfb (build-aux/dev test provides one).
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "career-application.h"
#include "career-caption.h"
#include "career-chart-node.h"
#include "career-columns.h"
#include "career-expander-row.h"
#include "career-height-for-width-layout.h"
#include "career-compare-view.h"
#include "career-courses-view.h"
#include "career-course-audit.h"
#include "career-drop-down.h"
#include "career-analysis.h"
#include "career-format.h"
#include "career-radar-view.h"
#include "career-role-column.h"
#include "career-rows.h"
#include "career-timeline-view.h"
#include "career-level-selector.h"
#include "career-list-slot.h"
#include "career-recycling-model.h"
#include "career-skill-state.h"
#include "career-skills-view.h"
#include "career-text-ahead.h"
#include "career-window.h"
#include "career-plan-file.h"
#include "career-progress-history.h"
#include "career-autosave.h"
#include "list-test-utils.h"
#include "wide-catalog.h"

/* U+00A0, between a number and its percent sign */
#define NBSP "\302\240"

/* The item a list view shows at @position: its rows hold CareerListSlots */
static gpointer
shown_item (GListModel *model,
            guint       position)
{
  g_autoptr(GObject) slot = g_list_model_get_item (model, position);

  return slot != NULL ? g_object_ref (career_list_slot_unwrap (slot)) : NULL;
}

static CareerCatalog *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  CareerCatalog *catalog = career_catalog_new ();

  career_catalog_load_builtin (catalog, &error);
  g_assert_no_error (error);
  return catalog;
}

static void
test_window_template (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;

  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (window, CAREER_TYPE_WINDOW, "stack"));
  g_assert_nonnull (stack);

  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 3);
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "compare"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "skills"));
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "courses"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* Long lists fill their expander row when it is first opened. */
static guint
expanded_rows (GtkWidget *expander)
{
  g_assert_cmpuint (career_expander_row_get_n_rows (CAREER_EXPANDER_ROW (expander)), ==, 0);
  career_expander_row_set_expanded (CAREER_EXPANDER_ROW (expander), TRUE);
  return career_expander_row_get_n_rows (CAREER_EXPANDER_ROW (expander));
}

static GtkWidget *
template_child (GtkWidget  *widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/* Every .ui file in the resources builds: templates by instantiating their
 * class, the others with GtkBuilder. (gtk4-builder-tool validate cannot
 * read libadwaita types.) */
static void
check_ui_resources (const char *path,
                    guint      *n_checked)
{
  g_auto(GStrv) children = g_resources_enumerate_children (path, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      const char *text, *template;

      if (g_str_has_suffix (child, "/"))
        {
          check_ui_resources (child, n_checked);
          continue;
        }
      if (!g_str_has_suffix (child, ".ui"))
        continue;

      bytes = g_resources_lookup_data (child, 0, NULL);
      g_assert_nonnull (bytes);
      text = g_bytes_get_data (bytes, NULL);
      template = strstr (text, "<template class=\"");

      if (template != NULL)
        {
          g_autofree char *class_name = g_strndup (template + strlen ("<template class=\""),
                                                   strcspn (template + strlen ("<template class=\""), "\""));
          GType type = g_type_from_name (class_name);
          GObject *object;

          g_test_message ("template %s (%s)", child, class_name);
          g_assert_true (type != 0);
          object = g_object_new (type, NULL);
          if (GTK_IS_WINDOW (object))
            gtk_window_destroy (GTK_WINDOW (object));
          else
            g_object_unref (g_object_ref_sink (object));
        }
      else
        {
          g_autoptr(GtkBuilder) builder = gtk_builder_new ();
          g_autoptr(GError) error = NULL;
          GSList *objects;

          g_test_message ("builder file %s", child);
          gtk_builder_add_from_resource (builder, child, &error);
          g_assert_no_error (error);
          objects = gtk_builder_get_objects (builder);
          for (GSList *l = objects; l != NULL; l = l->next)
            if (GTK_IS_WINDOW (l->data))
              gtk_window_destroy (l->data);
          g_slist_free (objects);
        }
      (*n_checked)++;
    }
}

static void
test_every_ui_resource_builds (void)
{
  guint n_checked = 0;

  g_type_ensure (CAREER_TYPE_WINDOW);
  g_type_ensure (CAREER_TYPE_ROLE_COLUMN);
  check_ui_resources ("/io/github/careerplanner/CareerPlanner/", &n_checked);
  g_assert_cmpuint (n_checked, >=, 8);
}

static GtkWidget *
create_label_row (gpointer item,
                  gpointer user_data)
{
  g_assert_true (G_IS_OBJECT (user_data));
  return gtk_label_new (gtk_string_object_get_string (item));
}

static void
on_notify_count_cb (GObject    *object,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* The Compare view's expanders: the header opens and closes the row, which
 * says so to CSS and to screen readers, and the rows of its model are made
 * when it is first opened */
static void
test_expander_row (void)
{
  const char * const names[] = { "Python", "Statistics", "Deployment", NULL };
  g_autoptr(GtkStringList) items = gtk_string_list_new (names);
  g_autoptr(GtkStringList) fewer = gtk_string_list_new ((const char * const[]) { "SQL", NULL });
  g_autoptr(GtkStringList) none = gtk_string_list_new (NULL);
  g_autoptr(GObject) data = g_object_new (G_TYPE_OBJECT, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  CareerExpanderRow *row = CAREER_EXPANDER_ROW (career_expander_row_new ());
  GtkWidget *header, *header_list, *revealer, *nested;
  guint n_notifies = 0;

  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
  header_list = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  header = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (header_list), 0));
  revealer = gtk_widget_get_next_sibling (header_list);
  nested = gtk_revealer_get_child (GTK_REVEALER (revealer));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "expander"));
  g_assert_true (gtk_widget_has_css_class (header, "header"));
  g_assert_true (gtk_widget_has_css_class (nested, "nested"));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_notify_count_cb), &n_notifies);

  career_expander_row_set_title (row, "3 Shared Skills");
  career_expander_row_set_subtitle (row, "Needed by both roles");
  g_assert_cmpstr (career_expander_row_get_title (row), ==, "3 Shared Skills");
  g_assert_cmpstr (career_expander_row_get_subtitle (row), ==, "Needed by both roles");
  gtk_test_accessible_assert_state (header, GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);

  /* Nothing is made while it is closed */
  career_expander_row_bind_model (row, G_LIST_MODEL (items), create_label_row, data);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_cmpuint (career_expander_row_get_n_rows (row), ==, 0);
  g_assert_null (gtk_widget_get_first_child (nested));
  /* A closed row's list is hidden, so that GTK does not measure its rows */
  g_assert_false (gtk_widget_get_visible (nested));

  /* Activating the header (a click, Enter or Space) opens it */
  g_signal_emit_by_name (header, "activate");
  g_assert_true (career_expander_row_get_expanded (row));
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (career_expander_row_get_n_rows (row), ==, 3);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (
                     gtk_list_box_get_row_at_index (GTK_LIST_BOX (nested), 2)))), ==, "Deployment");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_get_visible (nested));
  g_assert_true (gtk_widget_get_state_flags (GTK_WIDGET (row)) & GTK_STATE_FLAG_CHECKED);
  gtk_test_accessible_assert_state (header, GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);

  /* A new model replaces the rows at once while it is open */
  career_expander_row_bind_model (row, G_LIST_MODEL (fewer), create_label_row, data);
  g_assert_cmpuint (career_expander_row_get_n_rows (row), ==, 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (nested), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (nested), 1));

  /* And closes it again, keeping its rows */
  g_signal_emit_by_name (header, "activate");
  g_assert_false (career_expander_row_get_expanded (row));
  g_assert_cmpuint (n_notifies, ==, 2);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_false (gtk_widget_get_visible (nested));
  g_assert_false (gtk_widget_get_state_flags (GTK_WIDGET (row)) & GTK_STATE_FLAG_CHECKED);
  gtk_test_accessible_assert_state (header, GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);
  g_assert_cmpuint (career_expander_row_get_n_rows (row), ==, 1);

  /* Nothing to show: it cannot be opened */
  career_expander_row_bind_model (row, G_LIST_MODEL (none), create_label_row, data);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_cmpuint (career_expander_row_get_n_rows (row), ==, 0);

  /* Without a subtitle the title is centred in the header alone */
  career_expander_row_set_subtitle (row, NULL);
  g_assert_cmpstr (career_expander_row_get_subtitle (row), ==, "");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_next_sibling (
                    gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (header))))));

  /* Rows added one by one, and an icon before the title */
  {
    CareerExpanderRow *group = CAREER_EXPANDER_ROW (career_expander_row_new ());
    GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
    GtkWidget *grid;

    gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (group));
    career_expander_row_add_row (group, gtk_label_new ("COMP 642"));
    career_expander_row_add_row (group, gtk_label_new ("COMP 643"));
    g_assert_cmpuint (career_expander_row_get_n_rows (group), ==, 2);
    career_expander_row_add_prefix (group, icon);
    grid = gtk_widget_get_parent (icon);
    g_assert_true (gtk_grid_get_child_at (GTK_GRID (grid), -1, 0) == icon);
    g_assert_true (GTK_IS_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, 0)));

    /* Down and Up leave a header as they would leave any row of the list:
     * from this closed group to the next expander's header and back */
    {
      GtkWidget *next = career_expander_row_new ();
      GtkWidget *group_headers, *next_headers;
      gboolean handled = FALSE;

      gtk_list_box_append (GTK_LIST_BOX (list), next);
      group_headers = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (group)));
      next_headers = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next)));
      gtk_window_present (GTK_WINDOW (window));
      g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (group)));
      g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                     GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (group_headers), 0)));
      g_signal_emit_by_name (group_headers, "keynav-failed", GTK_DIR_DOWN, &handled);
      g_assert_true (handled);
      g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                     GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (next_headers), 0)));
      g_signal_emit_by_name (next_headers, "keynav-failed", GTK_DIR_UP, &handled);
      g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                     GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (group_headers), 0)));
    }

    /* On screen, the list shows when the group opens and is hidden once
     * the closing slide has ended, not before */
    {
      GtkWidget *group_revealer = gtk_widget_get_next_sibling (
        gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (group))));
      GtkWidget *group_list = gtk_revealer_get_child (GTK_REVEALER (group_revealer));

      g_assert_false (gtk_widget_get_visible (group_list));
      career_expander_row_set_expanded (group, TRUE);
      g_assert_true (gtk_widget_get_visible (group_list));
      while (!gtk_revealer_get_child_revealed (GTK_REVEALER (group_revealer)))
        g_main_context_iteration (NULL, TRUE);
      career_expander_row_set_expanded (group, FALSE);
      g_assert_true (gtk_widget_get_visible (group_list) ||
                     !gtk_revealer_get_child_revealed (GTK_REVEALER (group_revealer)));
      while (gtk_revealer_get_child_revealed (GTK_REVEALER (group_revealer)))
        g_main_context_iteration (NULL, TRUE);
      g_assert_false (gtk_widget_get_visible (group_list));
      g_assert_cmpuint (career_expander_row_get_n_rows (group), ==, 2);
    }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A stack page's width does not depend on its height: GtkStack's question
 * for the width at a height reaches the page as one without a height */
static void
test_height_for_width_layout (void)
{
  GtkWidget *bin = g_object_ref_sink (adw_bin_new ());
  GtkWidget *label = gtk_label_new ("Plan a master's degree term by term, with the weekly "
                                    "workload of each term and the skills its courses teach");
  int min, nat, free_min, free_nat, line_min, line_nat, tall_min, tall_nat;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  adw_bin_set_child (ADW_BIN (bin), label);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &free_min, &free_nat, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 2000, &line_min, &line_nat, NULL, NULL);
  /* At the height of one line, the label alone needs all of its width */
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, line_min, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, >, free_min);

  gtk_widget_set_layout_manager (bin, career_height_for_width_layout_new ());
  g_assert_cmpint (gtk_widget_get_request_mode (bin), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, line_min, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, free_min);
  g_assert_cmpint (nat, ==, free_nat);

  /* Heights still follow the width */
  gtk_widget_measure (bin, GTK_ORIENTATION_VERTICAL, free_min, &min, &nat, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, free_min, &tall_min, &tall_nat, NULL, NULL);
  g_assert_cmpint (min, ==, tall_min);
  g_assert_cmpint (min, >, line_min);

  /* The child has all of the bin */
  gtk_widget_allocate (bin, 300, 200, -1, NULL);
  g_assert_cmpint (gtk_widget_get_width (label), ==, 300);
  g_assert_cmpint (gtk_widget_get_height (label), ==, 200);

  g_object_unref (bin);
}

/* A child's allocation inside its parent */
static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *parent)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, parent, &bounds));
  return bounds;
}

/* The columns are as tall as their content and start at the top, without
 * the valign that would make GTK 4.8 measure them width-for-height */
static void
test_columns_layout (void)
{
  GtkWidget *columns = g_object_ref_sink (g_object_new (CAREER_TYPE_COLUMNS, "column-width", 100,
                                                        "spacing", 10, NULL));
  GtkWidget *short_one = gtk_label_new ("A");
  GtkWidget *tall_one = gtk_label_new ("B");
  graphene_rect_t a, b;
  int min, nat;

  gtk_widget_set_size_request (short_one, -1, 50);
  gtk_widget_set_size_request (tall_one, -1, 120);
  gtk_widget_set_parent (short_one, columns);
  gtk_widget_set_parent (tall_one, columns);

  /* Side by side: as tall as the taller column */
  gtk_widget_measure (columns, GTK_ORIENTATION_VERTICAL, 300, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 120);
  gtk_widget_allocate (columns, 300, 200, -1, NULL);
  a = bounds_in (short_one, columns);
  b = bounds_in (tall_one, columns);
  g_assert_cmpfloat (a.origin.y, ==, 0);
  g_assert_cmpfloat (b.origin.y, ==, 0);
  g_assert_cmpfloat (a.size.height, ==, 50);
  g_assert_cmpfloat (b.size.height, ==, 120);
  g_assert_cmpfloat (a.size.width, ==, 145);
  g_assert_cmpfloat (b.origin.x, ==, 155);
  g_assert_cmpint (gtk_widget_get_valign (short_one), ==, GTK_ALIGN_FILL);

  /* Stacked below the column width */
  gtk_widget_measure (columns, GTK_ORIENTATION_VERTICAL, 150, &min, &nat, NULL, NULL);
  g_assert_cmpint (nat, ==, 50 + 10 + 120);
  gtk_widget_allocate (columns, 150, 180, -1, NULL);
  a = bounds_in (short_one, columns);
  b = bounds_in (tall_one, columns);
  g_assert_cmpfloat (a.size.width, ==, 150);
  g_assert_cmpfloat (b.origin.x, ==, 0);
  g_assert_cmpfloat (b.origin.y, ==, 60);
  g_assert_cmpfloat (b.size.height, ==, 120);

  gtk_widget_unparent (short_one);
  gtk_widget_unparent (tall_one);
  g_object_unref (columns);
}

static void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_wait_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_count (GdkFrameClock *clock,
                      guint         *n_paints)
{
  (*n_paints)++;
}

/* Runs the main loop until @widget's window has drawn a frame */
static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean timed_out = FALSE;
  guint n_paints = 0;
  guint id;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_count), &n_paints);
  id = g_timeout_add_seconds (5, on_wait_timeout, &timed_out);
  gtk_widget_queue_draw (widget);
  while (n_paints == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  g_signal_handler_disconnect (clock, handler);
}

static guint
count_descendants (GtkWidget *widget,
                   GType      type)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += (G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? 1 : 0) + count_descendants (child, type);
  return n;
}

/* Waits until @self's popup is mapped, which takes a while when other
 * programs share the display; one of theirs taking the focus closes it (an
 * autohide popover), so it is opened again then */
static void
wait_until_popup_mapped (CareerDropDown *self)
{
  GtkWidget *popover = career_drop_down_get_popover (self);

  for (guint i = 0; i < 200 && !gtk_widget_get_mapped (popover); i++)
    {
      gboolean done = FALSE;

      if (!gtk_widget_get_visible (popover))
        career_drop_down_popup (self);
      g_timeout_add (20, on_wait_timeout, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (gtk_widget_get_mapped (popover));
}

/* The text of the drop-down's button */
static const char *
drop_down_text (GtkWidget *dropdown)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_button_get_child (
                       GTK_BUTTON (gtk_widget_get_first_child (dropdown))));

  return gtk_label_get_text (GTK_LABEL (label));
}

/* The row of the popup that holds the keyboard focus, or NULL */
static GtkWidget *
focused_row (GtkWidget *list)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (list));

  while (focus != NULL && gtk_widget_get_parent (focus) != list)
    focus = gtk_widget_get_parent (focus);
  return focus;
}

static char *
angle_brackets (GtkStringObject *item)
{
  return g_strdup_printf ("<%s>", gtk_string_object_get_string (item));
}

/* A CareerDropDown is a button until it is first opened; it chooses, keeps
 * and shows items like a GtkDropDown */
static void
test_drop_down (void)
{
  const char *three[] = { "One", "Two", "Three", NULL };
  const char *two[] = { "Alpha", "Beta", NULL };
  GtkStringList *items = gtk_string_list_new (three);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *dropdown = career_drop_down_new (g_object_ref (G_LIST_MODEL (items)), NULL);
  CareerDropDown *self = CAREER_DROP_DOWN (dropdown);
  g_autoptr(GtkExpression) brackets = NULL;
  GtkWidget *button = gtk_widget_get_first_child (dropdown);
  GtkWidget *popover, *list, *row;
  guint n_selected = 0;

  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_notify_count_cb), &n_selected);
  gtk_window_set_child (GTK_WINDOW (window), dropdown);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);

  /* A button, a box, a label and an arrow, the first item chosen */
  g_assert_cmpuint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (dropdown)), ==,
                    GTK_ACCESSIBLE_ROLE_COMBO_BOX);
  g_assert_null (career_drop_down_get_popover (self));
  g_assert_cmpuint (count_descendants (dropdown, GTK_TYPE_WIDGET), ==, 4);
  g_assert_cmpuint (career_drop_down_get_selected (self), ==, 0);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "One");

  career_drop_down_set_selected (self, 2);
  g_assert_cmpuint (n_selected, ==, 1);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "Three");
  g_assert_cmpstr (gtk_string_object_get_string (career_drop_down_get_selected_item (self)), ==,
                   "Three");
  g_assert_null (career_drop_down_get_popover (self));

  /* Opened: one row an item, the check and the focus on the item chosen */
  g_signal_emit_by_name (button, "clicked");
  popover = career_drop_down_get_popover (self);
  g_assert_nonnull (popover);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  wait_until_popup_mapped (self);
  list = gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_first_child (popover)));
  g_assert_true (GTK_IS_LIST_VIEW (list));
  g_assert_cmpuint (count_descendants (list, GTK_TYPE_LABEL), ==, 3);
  row = focused_row (list);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (gtk_widget_get_first_child (row)))),
                   ==, "Three");
  for (GtkWidget *r = gtk_widget_get_first_child (list); r != NULL; r = gtk_widget_get_next_sibling (r))
    g_assert_true (gtk_widget_get_visible (gtk_widget_get_last_child (gtk_widget_get_first_child (r))) ==
                   (r == row));

  /* Choosing an item closes the popup, with the focus back on the button */
  gtk_widget_activate_action (list, "list.activate-item", "u", 1);
  g_assert_cmpuint (career_drop_down_get_selected (self), ==, 1);
  g_assert_cmpuint (n_selected, ==, 2);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "Two");
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);

  /* Closed some other way, it lets the button go */
  career_drop_down_popup (self);
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_cmpuint (career_drop_down_get_selected (self), ==, 1);

  /* The item chosen is kept when others come and go, and replaced when it goes */
  gtk_string_list_splice (items, 0, 1, NULL);
  g_assert_cmpuint (career_drop_down_get_selected (self), ==, 0);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "Two");
  gtk_string_list_remove (items, 0);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "Three");

  /* Its text from an expression, in the button and in the popup */
  brackets = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                          G_CALLBACK (angle_brackets), NULL, NULL);
  career_drop_down_set_expression (self, brackets);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "<Three>");

  /* A new model: its first item chosen, and the popup shows its items */
  career_drop_down_set_model (self, G_LIST_MODEL (gtk_string_list_new (two)));
  g_object_unref (career_drop_down_get_model (self));
  g_assert_cmpuint (career_drop_down_get_selected (self), ==, 0);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "<Alpha>");
  career_drop_down_popup (self);
  wait_until_popup_mapped (self);
  wait_for_paint (window);
  g_assert_cmpuint (count_descendants (list, GTK_TYPE_LABEL), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (gtk_widget_get_first_child (focused_row (list))))),
                   ==, "<Alpha>");
  career_drop_down_popdown (self);

  /* No model: nothing chosen */
  career_drop_down_set_model (self, NULL);
  g_assert_cmpuint (career_drop_down_get_selected (self), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (career_drop_down_get_selected_item (self));
  g_assert_cmpstr (drop_down_text (dropdown), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (items);
}

/* With no item chosen, a drop-down shows its placeholder, dimmed, and says
 * it to a screen reader; an item chosen shows and says the item */
static void
test_drop_down_placeholder (void)
{
  const char *three[] = { "One", "Two", "Three", NULL };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *dropdown = career_drop_down_new (G_LIST_MODEL (gtk_string_list_new (three)), NULL);
  CareerDropDown *self = CAREER_DROP_DOWN (dropdown);
  GtkWidget *button = gtk_widget_get_first_child (dropdown);
  GtkWidget *label = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (button)));
  guint n_notified = 0;

  g_signal_connect (dropdown, "notify::placeholder-text", G_CALLBACK (on_notify_count_cb),
                    &n_notified);
  gtk_window_set_child (GTK_WINDOW (window), dropdown);
  gtk_window_present (GTK_WINDOW (window));

  /* Without a placeholder, nothing chosen shows nothing, as before */
  g_assert_null (career_drop_down_get_placeholder_text (self));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "One");
  career_drop_down_set_selected (self, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  career_drop_down_set_placeholder_text (self, "None");
  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_cmpstr (career_drop_down_get_placeholder_text (self), ==, "None");
  g_assert_cmpstr (drop_down_text (dropdown), ==, "None");
  g_assert_true (gtk_widget_has_css_class (label, "dim-label"));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "None");
  g_object_set (dropdown, "placeholder-text", "None", NULL);
  g_assert_cmpuint (n_notified, ==, 1);

  /* An item chosen hides it */
  career_drop_down_set_selected (self, 1);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "Two");
  g_assert_false (gtk_widget_has_css_class (label, "dim-label"));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Two");

  /* As does no model at all */
  career_drop_down_set_model (self, NULL);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "None");
  g_assert_true (gtk_widget_has_css_class (label, "dim-label"));

  career_drop_down_set_placeholder_text (self, NULL);
  g_assert_cmpuint (n_notified, ==, 2);
  g_assert_cmpstr (drop_down_text (dropdown), ==, "");
  g_assert_false (gtk_widget_has_css_class (label, "dim-label"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list view of @self's popup */
static GtkWidget *
popup_list (CareerDropDown *self)
{
  GtkWidget *popover = career_drop_down_get_popover (self);

  return gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_first_child (popover)));
}

/* Opens @self's popup and waits until it is drawn at its size */
static void
show_popup_drawn (CareerDropDown *self)
{
  career_drop_down_popup (self);
  wait_until_popup_mapped (self);
  wait_for_paint (career_drop_down_get_popover (self));
}

/* A popup is as wide as its widest item, however narrow its button: no item
 * wraps (QA found "By Importance" wrapped and cut off under "By Name"), and
 * a short list needs no scrollbar. Past a limit an item wraps instead of
 * making the popup wider. */
static void
test_drop_down_popup_size (void)
{
  const char *sort_orders[] = { "By Name", "By Gap", "By Importance", NULL };
  const char *long_items[] = {
    "Short",
    "An item far longer than any drop-down should grow for, since its popup would "
    "then be wider than a laptop's screen if it never wrapped",
    NULL
  };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *dropdown = career_drop_down_new (G_LIST_MODEL (gtk_string_list_new (sort_orders)), NULL);
  CareerDropDown *self = CAREER_DROP_DOWN (dropdown);
  GtkWidget *list, *longest = NULL;
  GtkAdjustment *vadjustment;
  int natural, width, one_line, unwrapped;

  /* The button as narrow as its text, as in the Skills view's toolbar */
  gtk_widget_set_halign (dropdown, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);

  show_popup_drawn (self);
  list = popup_list (self);
  g_assert_cmpuint (count_descendants (list, GTK_TYPE_LABEL), ==, 3);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_widget_get_first_child (gtk_widget_get_first_child (row));

      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &one_line, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (label), >=, natural);
      g_assert_cmpint (gtk_widget_get_height (label), ==, one_line);
      if (g_str_equal (gtk_label_get_text (GTK_LABEL (label)), "By Importance"))
        longest = label;
    }
  g_assert_nonnull (longest);
  g_assert_cmpint (gtk_widget_get_width (career_drop_down_get_popover (self)), >,
                   gtk_widget_get_width (dropdown));
  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_parent (list)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_lower (vadjustment),
                     <=, gtk_adjustment_get_page_size (vadjustment));
  career_drop_down_popdown (self);

  /* A very long item wraps, and the popup stays narrower than its one line */
  career_drop_down_set_model (self, G_LIST_MODEL (gtk_string_list_new (long_items)));
  g_object_unref (career_drop_down_get_model (self));
  show_popup_drawn (self);
  longest = gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_last_child (list)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (longest)), ==, long_items[1]);
  {
    PangoLayout *layout = gtk_widget_create_pango_layout (longest, long_items[1]);

    pango_layout_get_pixel_size (layout, &unwrapped, &one_line);
    g_object_unref (layout);
  }
  width = gtk_widget_get_width (career_drop_down_get_popover (self));
  g_assert_cmpint (width, <, unwrapped);
  gtk_widget_measure (longest, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (longest), >=, natural);
  g_assert_cmpint (gtk_widget_get_height (longest), >, one_line);
  career_drop_down_popdown (self);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* How many of the Compare view's four salary and outlook lists show their
 * figures, and how many rows they have */
static guint
count_figures (GtkWidget *view,
               guint     *n_rows)
{
  const char *columns[] = { "left_column", "right_column" };
  const char *lists[] = { "salary_list", "outlook_list" };
  guint n_lists = 0;

  *n_rows = 0;
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      {
        GtkWidget *list = template_child (template_child (view, CAREER_TYPE_COMPARE_VIEW, columns[c]),
                                          CAREER_TYPE_ROLE_COLUMN, lists[l]);
        guint n = count_rows (GTK_LIST_BOX (list));

        n_lists += gtk_widget_get_visible (list) && n > 0;
        *n_rows += n;
      }
  return n_lists;
}

static guint
count_figure_lists (GtkWidget *view)
{
  guint n_rows;

  return count_figures (view, &n_rows);
}

static guint
count_figure_rows (GtkWidget *view)
{
  guint n_rows;

  count_figures (view, &n_rows);
  return n_rows;
}

static void
test_compare_view_shows_two_roles (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view = g_object_ref_sink (g_object_new (CAREER_TYPE_COMPARE_VIEW, NULL));
  CareerRole *ai = career_catalog_lookup_role (catalog, "ai-engineer");
  CareerRole *ml = career_catalog_lookup_role (catalog, "ml-engineer");
  GtkWidget *left, *right;
  g_autoptr(CareerRoleComparison) comparison = career_analysis_compare_roles (ai, ml);
  g_autofree char *similarity = NULL;
  g_autofree char *expected_title = NULL;

  GtkWidget *window = gtk_window_new ();
  GtkWidget *salary_list;

  career_compare_view_set_catalog (CAREER_COMPARE_VIEW (view), catalog);
  career_compare_view_set_plan (CAREER_COMPARE_VIEW (view), plan);

  /* The salary and outlook figures come after the view's first frame (the
   * lists are hidden until then), a list a frame, the columns taking
   * turns, and a row a frame after a list's first (fix 45) */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_child (GTK_WINDOW (window), view);
  salary_list = template_child (template_child (view, CAREER_TYPE_COMPARE_VIEW, "left_column"),
                                CAREER_TYPE_ROLE_COLUMN, "salary_list");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (salary_list), 0));
  g_assert_false (gtk_widget_get_visible (salary_list));
  g_assert_cmpuint (count_figure_lists (view), ==, 0);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (view);
  g_assert_cmpuint (count_figure_lists (view), ==, 0);
  wait_for_paint (view);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (salary_list), 0));
  g_assert_true (gtk_widget_get_visible (salary_list));
  g_assert_cmpuint (count_figure_lists (view), ==, 1);
  g_assert_cmpuint (count_figure_rows (view), ==, 1);
  {
    guint n_frames = 0, n_rows = 1, n_all = 0;

    /* and a row a frame, with any other list's */
    for (guint side = 0; side < 2; side++)
      {
        CareerRole *role = side == 0 ? ai : ml;

        n_all += g_list_model_get_n_items (career_role_get_salaries (role)) +
                 g_list_model_get_n_items (career_role_get_outlook (role));
      }
    while (n_rows < n_all)
      {
        wait_for_paint (view);
        g_assert_cmpuint (count_figure_rows (view), <=, n_rows + 1);
        n_rows = count_figure_rows (view);
        g_assert_cmpuint (++n_frames, <, 100);
      }
    g_assert_cmpuint (count_figure_lists (view), ==, 4);
  }

  /* Shown again (a view switch maps it again), it keeps its rows */
  {
    GtkListBoxRow *first_row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (salary_list), 0);

    gtk_widget_set_visible (view, FALSE);
    gtk_widget_set_visible (view, TRUE);
    wait_for_paint (view);
    g_assert_true (gtk_list_box_get_row_at_index (GTK_LIST_BOX (salary_list), 0) == first_row);
  }

  /* AI Engineer and Machine Learning Engineer by default. */
  g_assert_true (career_compare_view_get_role (CAREER_COMPARE_VIEW (view), 0) == ai);
  g_assert_true (career_compare_view_get_role (CAREER_COMPARE_VIEW (view), 1) == ml);

  similarity = career_format_percent (100 * career_analysis_role_similarity (ai, ml,
                                                                       CAREER_SIMILARITY_JACCARD));
  expected_title = g_strdup_printf ("%s and %s overlap by %s", career_role_get_title (ai),
                                    career_role_get_title (ml), similarity);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (view, CAREER_TYPE_COMPARE_VIEW,
                                                                  "similarity_label"))),
                   ==, expected_title);

  /* Shared and unique skills as the analysis counts them. */
  g_assert_cmpuint (expanded_rows (template_child (view, CAREER_TYPE_COMPARE_VIEW, "shared_row")),
                    ==, g_list_model_get_n_items (comparison->shared));
  g_assert_cmpuint (expanded_rows (template_child (view, CAREER_TYPE_COMPARE_VIEW, "only_a_row")),
                    ==, g_list_model_get_n_items (comparison->only_a));
  g_assert_cmpuint (expanded_rows (template_child (view, CAREER_TYPE_COMPARE_VIEW, "only_b_row")),
                    ==, g_list_model_get_n_items (comparison->only_b));

  /* Each column: the role's summary, every salary and outlook figure with
   * its source, every required skill, and a fit of 0 % for an empty plan. */
  left = template_child (view, CAREER_TYPE_COMPARE_VIEW, "left_column");
  right = template_child (view, CAREER_TYPE_COMPARE_VIEW, "right_column");
  for (guint side = 0; side < 2; side++)
    {
      GtkWidget *column = side == 0 ? left : right;
      CareerRole *role = side == 0 ? ai : ml;
      GtkListBox *salaries = GTK_LIST_BOX (template_child (column, CAREER_TYPE_ROLE_COLUMN,
                                                           "salary_list"));
      GListModel *figures = career_role_get_salaries (role);

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (column, CAREER_TYPE_ROLE_COLUMN,
                                                                      "summary_label"))),
                       ==, career_role_get_summary (role));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (column, CAREER_TYPE_ROLE_COLUMN,
                                                                      "fit_label"))),
                       ==, "0" NBSP "%");
      g_assert_cmpuint (count_rows (salaries), ==, g_list_model_get_n_items (figures));
      g_assert_cmpuint (count_rows (GTK_LIST_BOX (template_child (column, CAREER_TYPE_ROLE_COLUMN,
                                                                  "outlook_list"))),
                        ==, g_list_model_get_n_items (career_role_get_outlook (role)));
      g_assert_cmpuint (expanded_rows (template_child (column, CAREER_TYPE_ROLE_COLUMN,
                                                      "skills_expander")),
                        ==, g_list_model_get_n_items (career_role_get_requirements (role)));

      for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
        {
          g_autoptr(CareerFigure) figure = g_list_model_get_item (figures, i);
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (salaries, i);
          g_autofree char *source = career_format_source (career_figure_get_source (figure));
          g_autofree char *title = career_format_figure (figure);
          g_autofree char *subtitle = career_figure_dup_details (figure);
          GtkWidget *grid = gtk_list_box_row_get_child (row);
          const char *shown_title = gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, 0)));
          const char *shown_subtitle = gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, 1)));

          g_assert_cmpstr (shown_title, ==, title);
          g_assert_cmpstr (shown_subtitle, ==, subtitle);
          g_assert_nonnull (strstr (subtitle, source));
          g_assert_nonnull (strstr (title, career_figure_get_currency (figure)));
          if (!career_figure_get_source (figure)->verified)
            g_assert_nonnull (strstr (subtitle, "unverified"));
        }

      /* The top gaps of an empty plan are the role's heaviest demands. */
      g_assert_cmpuint (count_rows (GTK_LIST_BOX (template_child (column, CAREER_TYPE_ROLE_COLUMN,
                                                                  "gaps_list"))),
                        ==, 5);
    }

  /* Meeting every AI engineer target gives 100 %. */
  {
    GListModel *requirements = career_role_get_requirements (ai);

    for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
      {
        g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
        career_plan_set_level (plan, career_skill_requirement_get_skill_id (req),
                               career_skill_requirement_get_target (req), NULL);
      }
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (left, CAREER_TYPE_ROLE_COLUMN,
                                                                    "fit_label"))),
                     ==, "100" NBSP "%");
    g_assert_cmpuint (count_rows (GTK_LIST_BOX (template_child (left, CAREER_TYPE_ROLE_COLUMN,
                                                                "gaps_list"))),
                      ==, 0);
  }

  /* The radar is described in figures for screen readers. */
  {
    CareerRadarView *radar = CAREER_RADAR_VIEW (template_child (view, CAREER_TYPE_COMPARE_VIEW,
                                                                "radar"));
    const char *summary = career_radar_view_get_summary (radar);

    g_assert_nonnull (summary);
    g_assert_nonnull (strstr (summary, career_role_get_title (ai)));
    g_assert_nonnull (strstr (summary, career_role_get_title (ml)));
  }

  /* Switching a column to another role recomputes the comparison, and
   * shows the role's figures at once */
  career_compare_view_set_roles (CAREER_COMPARE_VIEW (view), ai,
                                 career_catalog_lookup_role (catalog, "data-scientist"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (template_child (view, CAREER_TYPE_COMPARE_VIEW,
                                                                           "similarity_label"))),
                            "Data Scientist"));
  g_assert_cmpuint (count_rows (GTK_LIST_BOX (template_child (right, CAREER_TYPE_ROLE_COLUMN,
                                                              "salary_list"))),
                    ==, g_list_model_get_n_items (career_role_get_salaries (
                          career_catalog_lookup_role (catalog, "data-scientist"))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (view);
}

static void
test_skills_view_groups_by_category (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view = g_object_ref_sink (g_object_new (CAREER_TYPE_SKILLS_VIEW, NULL));
  GtkListView *list;
  GListModel *model;
  guint n_categories = g_list_model_get_n_items (career_catalog_get_categories (catalog));
  guint n_skills = g_list_model_get_n_items (career_catalog_get_skills (catalog));
  guint seen_skills = 0;
  g_autoptr(CareerCategory) category = NULL;

  career_skills_view_set_catalog (CAREER_SKILLS_VIEW (view), catalog);
  career_skills_view_set_plan (CAREER_SKILLS_VIEW (view), plan);
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                       "list_view"));
  model = shown_list (list);

  /* Every category is expanded: its header is followed by its skills. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_categories + n_skills);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = shown_item (model, i);

      if (CAREER_IS_SKILL (item))
        {
          g_assert_nonnull (category);
          g_assert_cmpstr (career_skill_get_category_id (CAREER_SKILL (item)), ==,
                           career_category_get_id (category));
          seen_skills++;
        }
      else
        {
          g_assert_true (CAREER_IS_CATEGORY (item));
          g_set_object (&category, CAREER_CATEGORY (item));
        }
    }
  g_assert_cmpuint (seen_skills, ==, n_skills);

  g_object_unref (view);
}

/* Runs frames until @slots shows all of its last change (a list view
 * shows a change a few rows a frame); returns how many main loop
 * iterations it took */
static guint
wait_until_settled (GListModel *slots)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (5, on_wait_timeout, &timed_out);
  guint n = 0;

  while (!career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)) && !timed_out)
    {
      g_main_context_iteration (NULL, TRUE);
      n++;
    }
  g_assert_false (timed_out);
  g_source_remove (id);
  drain_main_loop ();
  return n;
}

/* The skill rows (not the category headers) the list shows, in order. */
static GPtrArray *
visible_skills (GtkWidget *view)
{
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                                   "list_view"));
  GListModel *model = shown_list (list);
  GPtrArray *skills = g_ptr_array_new_with_free_func (g_object_unref);

  drain_main_loop ();
  wait_until_settled (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      GObject *item = shown_item (model, i);

      if (CAREER_IS_SKILL (item))
        g_ptr_array_add (skills, item);
      else
        g_object_unref (item);
    }
  return skills;
}

static GtkWidget *
new_skills_view (CareerCatalog *catalog,
                 CareerPlan    *plan)
{
  GtkWidget *view = g_object_ref_sink (g_object_new (CAREER_TYPE_SKILLS_VIEW, NULL));

  career_skills_view_set_catalog (CAREER_SKILLS_VIEW (view), catalog);
  career_skills_view_set_plan (CAREER_SKILLS_VIEW (view), plan);
  return view;
}

static void
test_skills_view_search (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view = new_skills_view (catalog, plan);
  GtkEditable *search = GTK_EDITABLE (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                                    "search_entry"));
  g_autoptr(GPtrArray) all = visible_skills (view);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) none = NULL;

  g_assert_cmpuint (all->len, ==,
                    g_list_model_get_n_items (career_catalog_get_skills (catalog)));

  /* Case-insensitive, on names and descriptions. */
  gtk_editable_set_text (search, "PYTHON");
  g_signal_emit_by_name (search, "search-changed");
  found = visible_skills (view);
  g_assert_cmpuint (found->len, >=, 1);
  for (guint i = 0; i < found->len; i++)
    g_assert_true (career_skill_matches_search (g_ptr_array_index (found, i), "python"));

  gtk_editable_set_text (search, "no skill is called this");
  g_signal_emit_by_name (search, "search-changed");
  none = visible_skills (view);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW, "list_stack"))),
                   ==, "empty");

  g_object_unref (view);
}

/* The text of the first label in @widget, depth first: a row's title */
static const char *
first_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text;

      if (!gtk_widget_get_visible (child))
        continue;
      text = first_label_text (child);
      if (text != NULL)
        return text;
    }
  return NULL;
}

/* A Skills view in a window on screen, with the built-in catalog */
typedef struct
{
  CareerCatalog *catalog;
  CareerPlan    *plan;
  GtkWidget     *window;
  GtkWidget     *view;
  GtkListView   *list;
  GtkEditable   *search;
  GListModel    *slots;
} SkillsWindow;

static void
skills_window_open (SkillsWindow *sw)
{
  sw->catalog = load_builtin ();
  sw->plan = career_plan_new ();
  sw->window = gtk_window_new ();
  sw->view = g_object_new (CAREER_TYPE_SKILLS_VIEW, NULL);
  sw->list = GTK_LIST_VIEW (gtk_widget_get_template_child (sw->view, CAREER_TYPE_SKILLS_VIEW,
                                                           "list_view"));
  sw->search = GTK_EDITABLE (gtk_widget_get_template_child (sw->view, CAREER_TYPE_SKILLS_VIEW,
                                                            "search_entry"));
  sw->slots = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_list_view_get_model (sw->list)));

  gtk_window_set_child (GTK_WINDOW (sw->window), sw->view);
  gtk_window_set_default_size (GTK_WINDOW (sw->window), 900, 700);
  career_skills_view_set_catalog (CAREER_SKILLS_VIEW (sw->view), sw->catalog);
  career_skills_view_set_plan (CAREER_SKILLS_VIEW (sw->view), sw->plan);
  gtk_window_present (GTK_WINDOW (sw->window));
  drain_main_loop ();
  /* The list fills up over the frames after the map: all of it now */
  shown_list (sw->list);
}

static void
skills_window_close (SkillsWindow *sw)
{
  gtk_window_destroy (GTK_WINDOW (sw->window));
  g_clear_object (&sw->plan);
  g_clear_object (&sw->catalog);
}

/* The skill or category of @model named @title, or NULL */
static GObject *
item_named (GListModel *model,
            const char *title)
{
  for (guint i = 0; title != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = shown_item (model, i);

      if ((CAREER_IS_SKILL (item) && g_str_equal (career_skill_get_name (CAREER_SKILL (item)), title)) ||
          (CAREER_IS_CATEGORY (item) &&
           g_str_equal (career_category_get_name (CAREER_CATEGORY (item)), title)))
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* A search keeps the list's row widgets (GTK 4.8 would build new ones):
 * each row must still show the item at its place, not the one it had */
static void
test_skills_view_rows_follow_search (void)
{
  SkillsWindow sw;
  GtkListView *list;
  GListModel *slots;
  const char *words[] = { "learning", "python", "", "model" };
  guint n_rows = 0;

  skills_window_open (&sw);
  list = sw.list;
  slots = sw.slots;

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      gtk_editable_set_text (sw.search, words[w]);
      g_signal_emit_by_name (sw.search, "search-changed");
      wait_until_settled (slots);

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          const char *title = first_label_text (row);
          g_autoptr(GObject) item = item_named (slots, title);

          if (title == NULL)
            continue;
          n_rows++;
          /* The title is that of an item the list has now, and a skill's
           * matches the search */
          if (item == NULL ||
              (CAREER_IS_SKILL (item) && !career_skill_matches_search (CAREER_SKILL (item), words[w])))
            g_error ("a row shows “%s”, which the search “%s” does not list", title, words[w]);
        }
    }

  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (career_recycling_model_get_n_recycled (CAREER_RECYCLING_MODEL (slots)), >, 0);

  /* A row follows its slot, of which the list view hears nothing (the
   * model gives its slots other items in place): give the first skill's
   * slot the second skill */
  {
    g_autoptr(CareerListSlot) slot = NULL;
    g_autoptr(GObject) other = NULL;
    const char *name;
    guint n_showing = 0;

    for (guint i = 0; i < g_list_model_get_n_items (slots) && other == NULL; i++)
      {
        g_autoptr(GObject) item = shown_item (slots, i);

        if (!CAREER_IS_SKILL (item))
          continue;
        if (slot == NULL)
          slot = g_list_model_get_item (slots, i);
        else
          other = g_steal_pointer (&item);
      }
    g_assert_nonnull (other);
    name = career_skill_get_name (CAREER_SKILL (other));
    career_list_slot_set_item (slot, other);
    drain_main_loop ();
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (g_strcmp0 (first_label_text (row), name) == 0)
        n_showing++;
    g_assert_cmpuint (n_showing, ==, 2);
  }

  skills_window_close (&sw);
}

/* A search that changes many rows shows them over several frames, the
 * first ones at once; the selected skill stays selected all along */
static void
test_skills_view_search_over_frames (void)
{
  SkillsWindow sw;
  GtkListView *list;
  GtkSingleSelection *selection;
  GListModel *slots, *filtered;
  g_autoptr(GObject) chosen = NULL;
  g_autoptr(CareerListSlot) chosen_slot = NULL;
  guint n_frames = 0;

  skills_window_open (&sw);
  list = sw.list;
  slots = sw.slots;
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  filtered = career_recycling_model_get_model (CAREER_RECYCLING_MODEL (slots));

  /* Two rows a frame, so that the built-in catalog takes several */
  career_recycling_model_set_frame_widget (CAREER_RECYCLING_MODEL (slots), GTK_WIDGET (list), 2);

  /* Select the last skill that a search for "model" keeps */
  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(GObject) item = shown_item (slots, i);

      if (CAREER_IS_SKILL (item) && career_skill_matches_search (CAREER_SKILL (item), "model"))
        {
          g_set_object (&chosen, item);
          gtk_single_selection_set_selected (selection, i);
        }
    }
  g_assert_nonnull (chosen);
  chosen_slot = g_object_ref (gtk_single_selection_get_selected_item (selection));

  gtk_editable_set_text (sw.search, "model");
  g_signal_emit_by_name (sw.search, "search-changed");

  /* Not all at once; the first slots hold the new list's first items */
  g_assert_false (career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (filtered, i);
      g_autoptr(GObject) held = shown_item (slots, i);

      g_assert_true (item == held);
    }

  while (!career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)))
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (list));
      gint64 frame = gdk_frame_clock_get_frame_counter (clock);

      /* The selection stays on the chosen skill, in its slot */
      g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) chosen_slot);
      g_assert_true (career_list_slot_get_item (chosen_slot) == chosen);
      while (gdk_frame_clock_get_frame_counter (clock) == frame &&
             !career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)))
        g_main_context_iteration (NULL, TRUE);
      n_frames++;
      g_assert_cmpuint (n_frames, <, 500);
    }
  g_assert_cmpuint (n_frames, >, 1);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) chosen_slot);

  /* Then the slots hold the list's items, and every row shows one */
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, g_list_model_get_n_items (filtered));
  for (guint i = 0; i < g_list_model_get_n_items (filtered); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (filtered, i);
      g_autoptr(GObject) held = shown_item (slots, i);

      g_assert_true (item == held);
    }
  drain_main_loop ();
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *title = first_label_text (row);
      g_autoptr(GObject) listed = item_named (filtered, title);

      g_assert_true (title == NULL || listed != NULL);
    }

  skills_window_close (&sw);
}

/* Only the view shown is visible, to CSS too (GTK 4.8 restyles hidden
 * pages otherwise); a switch with the focus in the view left puts it in
 * the view shown, as the stack would */
typedef struct
{
  guint    shown;     /* times it became visible */
  gboolean restyled;  /* became visible and hidden again */
  gboolean mapped;    /* was mapped when it became visible */
} ViewVisibility;

static void
on_view_visible_cb (GtkWidget      *view,
                    GParamSpec     *pspec,
                    ViewVisibility *seen)
{
  if (gtk_widget_get_visible (view))
    {
      seen->shown++;
      seen->mapped |= gtk_widget_get_mapped (view);
    }
  else if (seen->shown > 0)
    seen->restyled = TRUE;
}

/* The window's own key controller, the one that puts the restyle off */
static GtkEventController *
window_key_controller (GtkWidget *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          g_signal_handler_find (controller, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, window) != 0)
        return controller;
    }
  g_assert_not_reached ();
}

static void
run_main_loop_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_wait_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* A window on @catalog and @plan, on screen, its first frames drawn */
static CareerWindow *
present_window (CareerCatalog *catalog,
                CareerPlan    *plan)
{
  CareerWindow *window = g_object_new (CAREER_TYPE_WINDOW, NULL);

  career_window_set_catalog (window, catalog);
  career_window_set_plan (window, plan);
  gtk_window_present (GTK_WINDOW (window));
  drain_main_loop ();
  return window;
}

/* A window on @catalog and @plan, its first frame just drawn: it has not
 * begun to build its other views yet */
static CareerWindow *
present_window_first_frame (CareerCatalog *catalog,
                            CareerPlan    *plan)
{
  CareerWindow *window = g_object_new (CAREER_TYPE_WINDOW, NULL);

  career_window_set_catalog (window, catalog);
  career_window_set_plan (window, plan);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_null (career_window_get_view (window, "skills"));
  return window;
}

/* How many CareerDropDowns are below @widget, and how many have built their
 * popup */
static void
count_drop_downs (GtkWidget *widget,
                  guint     *n_drop_downs,
                  guint     *n_popups)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (CAREER_IS_DROP_DOWN (child))
        {
          (*n_drop_downs)++;
          if (career_drop_down_get_popover (CAREER_DROP_DOWN (child)) != NULL)
            (*n_popups)++;
        }
      count_drop_downs (child, n_drop_downs, n_popups);
    }
}

/* The Skills and Courses views are built once the window has drawn its
 * first frame and rests, or when first shown, by a switch or by an action
 * that shows them, if that is sooner; and get the catalog and the plan
 * then. Built ahead, they are laid out hidden. */
static void
test_window_lazy_views (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerWindow *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  GtkWidget *skills, *courses, *focus;
  int courses_width;

  career_window_set_catalog (window, catalog);
  career_window_set_plan (window, plan);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (career_window_get_view (window, "compare"));
  g_assert_null (career_window_get_view (window, "skills"));
  g_assert_null (career_window_get_view (window, "courses"));

  /* Nothing but Compare for the first frame */
  wait_for_paint (GTK_WIDGET (window));
  g_assert_null (career_window_get_view (window, "skills"));
  g_assert_null (career_window_get_view (window, "courses"));

  /* Ctrl+F before the window has built the Skills view: the view, built,
   * with the focus in its search once it is on screen */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  skills = career_window_get_view (window, "skills");
  g_assert_nonnull (skills);
  g_assert_true (gtk_widget_is_ancestor (skills, GTK_WIDGET (window)));
  g_assert_null (career_window_get_view (window, "courses"));
  drain_main_loop ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, skills));
  g_assert_true (GTK_IS_TEXT (focus));

  /* Courses, built meanwhile, not shown (its page is hidden; the view is
   * visible to CSS for the frame that restyles it); then its widgets are
   * laid out at the size of its page (hidden, the view itself has no
   * size), never mapped */
  courses = career_window_get_view (window, "courses");
  g_assert_nonnull (courses);
  g_assert_false (gtk_widget_get_mapped (courses));
  for (guint i = 0; i < 500 && gtk_widget_get_width (gtk_widget_get_first_child (courses)) == 0; i++)
    run_main_loop_for (10);
  /* Hidden again once its layout turns and the one that draws its glyphs
   * ahead are done: some 50 ms on a quiet machine, more on a loaded one
   * (CI once took longer) */
  for (guint i = 0; i < 100 && gtk_widget_get_visible (courses); i++)
    run_main_loop_for (10);
  g_assert_false (gtk_widget_get_visible (courses));
  g_assert_false (gtk_widget_get_mapped (courses));
  courses_width = gtk_widget_get_width (gtk_widget_get_first_child (courses));
  g_assert_cmpint (courses_width, ==, gtk_widget_get_width (skills));
  g_assert_cmpint (gtk_widget_get_height (gtk_widget_get_first_child (courses)), >, 0);

  /* It shows the plan it was given afterwards, and a skill asked for */
  g_assert_true (career_plan_set_level (plan, "python", 2, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-skill", "s", "python");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (skills, CAREER_TYPE_SKILLS_VIEW,
                                                                  "detail_title"))),
                   ==, career_skill_get_name (career_catalog_lookup_skill (catalog, "python")));

  /* Courses, when first shown: at once, at the size it was laid out at */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "courses");
  g_assert_true (career_window_get_view (window, "courses") == courses);
  g_assert_true (career_window_get_view (window, "skills") == skills);
  g_assert_true (gtk_widget_get_visible (courses));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (courses));
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_first_child (courses)), ==, courses_width);

  /* None of their drop-downs has built its popup (fix 42) */
  for (guint i = 0; i < 3; i++)
    {
      const char *names[] = { "compare", "skills", "courses" };
      guint n_drop_downs = 0, n_popups = 0;

      count_drop_downs (career_window_get_view (window, names[i]), &n_drop_downs, &n_popups);
      g_assert_cmpuint (n_drop_downs, >=, 1);
      g_assert_cmpuint (n_popups, ==, 0);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Presses a key as far as the window's key controller sees it (the one
 * that puts the hidden views' restyle off) */
static void
press_key_on_window (CareerWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  guint n_pressed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "career-window-keys") != 0)
        continue;
      g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_a, 38, 0, &handled);
      g_assert_false (handled);
      n_pressed++;
    }
  g_assert_cmpuint (n_pressed, ==, 1);
}

/* The glyphs drawn ahead are those of the labels a view would show: each
 * glyph of each font once, none of a hidden label or of one outside the
 * area (scrolled away, or below it) */
static void
test_text_ahead (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bold = gtk_label_new (NULL);
  GtkWidget *hidden = gtk_label_new ("xyz");
  GtkWidget *below = gtk_label_new ("pqr");
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *scrolled_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled_away = gtk_label_new ("klm");
  graphene_rect_t area = GRAPHENE_RECT_INIT (0, 0, 300, 400);
  int height;

  g_object_ref_sink (box);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("abc"));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("abd dab"));
  gtk_box_append (GTK_BOX (box), hidden);
  gtk_widget_set_visible (hidden, FALSE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_EXTERNAL);
  gtk_widget_set_size_request (scroller, -1, 100);
  gtk_box_append (GTK_BOX (scrolled_box), gtk_label_new ("aaa"));
  gtk_widget_set_margin_top (scrolled_away, 1000);
  gtk_box_append (GTK_BOX (scrolled_box), scrolled_away);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), scrolled_box);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_widget_set_margin_top (below, 1000);
  gtk_box_append (GTK_BOX (box), below);

  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 300, &height, NULL, NULL, NULL);
  gtk_widget_allocate (box, 300, height, -1, NULL);

  /* a, b, c, d and the space; the scrolled "aaa" adds nothing */
  g_assert_cmpuint (career_text_ahead_draw (box, &area), ==, 5);
  /* The label below comes in with the area that shows it */
  area.size.height = height;
  g_assert_cmpuint (career_text_ahead_draw (box, &area), ==, 8);

  /* The same letters bold are other glyphs */
  gtk_label_set_markup (GTK_LABEL (bold), "<b>ab</b>");
  gtk_box_prepend (GTK_BOX (box), bold);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 300, &height, NULL, NULL, NULL);
  gtk_widget_allocate (box, 300, height, -1, NULL);
  area.size.height = height;
  g_assert_cmpuint (career_text_ahead_draw (box, &area), ==, 10);

  g_object_unref (box);
}

/* Whether @view, built ahead, has been laid out (hidden, the view itself
 * has no size, its child does) */
static gboolean
view_laid_out (GtkWidget *view)
{
  return view != NULL && gtk_widget_get_width (gtk_widget_get_first_child (view)) > 0;
}

static gboolean
courses_laid_out (CareerWindow *window)
{
  return view_laid_out (career_window_get_view (window, "courses"));
}

/* The views built ahead are laid out as soon as each is built, unless a key
 * was pressed within RESTYLE_DELAY_MS (200 ms): the layout never shares a
 * frame with what typing changes. */
static void
test_window_layout_ahead_waits_for_keys (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();

  for (guint typing = 0; typing < 2; typing++)
    {
      CareerWindow *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
      gint64 start;

      career_window_set_catalog (window, catalog);
      career_window_set_plan (window, plan);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_paint (GTK_WIDGET (window));
      start = g_get_monotonic_time ();
      if (typing)
        press_key_on_window (window);
      for (guint i = 0; i < 500 && !courses_laid_out (window); i++)
        run_main_loop_for (10);
      g_assert_true (courses_laid_out (window));
      g_assert_false (gtk_widget_get_mapped (career_window_get_view (window, "courses")));
      if (typing)
        g_assert_cmpint (g_get_monotonic_time () - start, >=, 200 * 1000);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* The window prepares the Skills view first, and restyles and lays it out
 * as soon as it has its catalog and plan, before it builds the Courses
 * view; a switch to Skills meanwhile does not hand the Courses view, built
 * but not given them yet, its catalog and plan in the switch's frame. */
static void
test_window_views_prepared_in_turn (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();

  for (guint with_switch = 0; with_switch < 2; with_switch++)
    {
      CareerWindow *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
      GtkWidget *skills, *courses = NULL;
      CareerDropDown *programs;
      gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

      career_window_set_catalog (window, catalog);
      career_window_set_plan (window, plan);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_paint (GTK_WIDGET (window));

      /* A turn of the main loop at a time, until the Courses view is built */
      while (courses == NULL && g_get_monotonic_time () < end)
        {
          g_main_context_iteration (NULL, TRUE);
          courses = career_window_get_view (window, "courses");
        }
      g_assert_nonnull (courses);
      skills = career_window_get_view (window, "skills");
      g_assert_nonnull (skills);
      /* Skills is being restyled (visible to CSS, its page hidden) or
       * already laid out */
      g_assert_true (gtk_widget_get_visible (skills) || view_laid_out (skills));
      g_assert_false (gtk_widget_get_mapped (skills));
      /* Its catalog's programs, not yet */
      programs = CAREER_DROP_DOWN (template_child (courses, CAREER_TYPE_COURSES_VIEW,
                                                   "program_dropdown"));
      g_assert_null (career_drop_down_get_model (programs));

      if (with_switch)
        {
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills");
          g_assert_null (career_drop_down_get_model (programs));
        }

      /* Then Courses gets them at its own steps, and is laid out too */
      for (guint i = 0; i < 500 && !courses_laid_out (window); i++)
        run_main_loop_for (10);
      g_assert_true (courses_laid_out (window));
      g_assert_true (career_drop_down_get_model (programs) ==
                     career_catalog_get_programs (catalog));
      g_assert_true (view_laid_out (skills));
      g_assert_true (gtk_widget_get_mapped (skills) == (with_switch == 1));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* The Courses view's recommendations, which its plan has it find in an
 * idle of low priority, are in by the time the view is restyled and laid
 * out ahead, and laid out with it (they came after it at times, and a
 * first switch then measured them) */
static void
test_window_recommendations_laid_out_ahead (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();

  g_assert_true (career_plan_set_program (plan, "rice-mcs-online", "2024-2025", NULL));
  g_assert_true (career_plan_set_target_role_id (plan, "ml-engineer"));
  for (guint round = 0; round < 3; round++)
    {
      CareerWindow *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
      GtkWidget *courses, *list, *row;

      career_window_set_catalog (window, catalog);
      career_window_set_plan (window, plan);
      gint64 end;

      gtk_window_present (GTK_WINDOW (window));
      wait_for_paint (GTK_WIDGET (window));

      /* A turn of the main loop at a time, until the view is made visible
       * to CSS to be restyled */
      end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      while (((courses = career_window_get_view (window, "courses")) == NULL ||
              !gtk_widget_get_visible (courses)) && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      g_assert_nonnull (courses);
      g_assert_false (gtk_widget_get_mapped (courses));
      list = template_child (courses, CAREER_TYPE_COURSES_VIEW, "recommend_list");
      row = gtk_widget_get_first_child (list);
      g_assert_nonnull (row);

      for (guint i = 0; i < 500 && !courses_laid_out (window); i++)
        run_main_loop_for (5);
      g_assert_true (courses_laid_out (window));
      g_assert_true (gtk_widget_get_first_child (list) == row);
      g_assert_cmpint (gtk_widget_get_width (row), >, 0);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A pass that restyles and lays out the hidden views goes on in a window
 * where nothing else asks for a frame: each view made visible to CSS asks
 * for the frame that restyles it itself. (Its page hidden, the resize it
 * queues does not reach the window; a view waited, visible to CSS and not
 * laid out again, until the next switch brought a frame.) */
static void
test_window_restyle_in_quiet_window (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerWindow *window = present_window (catalog, plan);
  GtkWidget *menu_button = template_child (GTK_WIDGET (window), CAREER_TYPE_WINDOW, "menu_button");
  GtkWidget *views[2];

  for (guint i = 0; i < 500 && !courses_laid_out (window); i++)
    run_main_loop_for (10);
  g_assert_true (courses_laid_out (window));
  views[0] = career_window_get_view (window, "skills");
  views[1] = career_window_get_view (window, "courses");
  /* The second pass, once the first is done and the keyboard has rested:
   * held back by key presses (which draw nothing) until the window has
   * nothing else to draw, its views styled already */
  for (guint i = 0; i < 15; i++)
    {
      press_key_on_window (window);
      run_main_loop_for (100);
    }
  run_main_loop_for (1000);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_false (gtk_widget_get_visible (views[i]));

  for (guint round = 0; round < 2; round++)
    {
      /* A focus change restyles the hidden views once the focus rests */
      if (round == 0)
        gtk_widget_grab_focus (menu_button);
      else
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "compare");
      run_main_loop_for (1000);
      for (guint i = 0; i < G_N_ELEMENTS (views); i++)
        {
          g_assert_false (gtk_widget_get_visible (views[i]));
          g_assert_false (gtk_widget_get_mapped (views[i]));
        }
      if (round == 0)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills");
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A view built for its first switch (one that comes before the window has
 * built and laid it out ahead) is shown when the next frame begins, so
 * that GTK restyles it before it measures it; a view left before that
 * frame stays hidden, and one asked for is shown at once. */
static void
test_window_new_view_waits_for_its_frame (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerWindow *window = present_window_first_frame (catalog, plan);
  GtkWidget *courses_bin = template_child (GTK_WIDGET (window), CAREER_TYPE_WINDOW, "courses_bin");
  GtkWidget *skills_bin = template_child (GTK_WIDGET (window), CAREER_TYPE_WINDOW, "skills_bin");
  GtkWidget *courses, *skills;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "courses");
  courses = adw_bin_get_child (ADW_BIN (courses_bin));
  g_assert_true (CAREER_IS_COURSES_VIEW (courses));
  g_assert_false (gtk_widget_get_visible (courses));
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (courses));
  g_assert_true (gtk_widget_get_mapped (courses));

  /* Left for another view before its frame */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills");
  skills = adw_bin_get_child (ADW_BIN (skills_bin));
  g_assert_false (gtk_widget_get_visible (skills));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "compare");
  wait_for_paint (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (skills));
  g_assert_false (gtk_widget_get_visible (courses));
  /* and shown like any other view when it comes back */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills");
  g_assert_true (gtk_widget_get_visible (skills));
  g_assert_false (gtk_widget_get_visible (courses));

  gtk_window_destroy (GTK_WINDOW (window));

  /* Asked for by whoever needs it at once */
  window = present_window (catalog, plan);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "courses");
  courses = career_window_get_view (window, "courses");
  g_assert_true (gtk_widget_get_visible (courses));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The degree audit, off screen below the terms, is filled in a frame after
 * the one that first shows the Courses view; asked for, it is filled at
 * once; once drawn, the view fills it on every change */
static void
test_window_audit_after_first_frame (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerWindow *window;
  CareerCourseAudit *audit;
  GtkWidget *view;

  g_assert_true (career_plan_set_program (plan, "rice-mcs-online", "2024-2025", NULL));
  for (guint round = 0; round < 2; round++)
    {
      window = present_window (catalog, plan);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "courses");
      view = adw_bin_get_child (ADW_BIN (template_child (GTK_WIDGET (window), CAREER_TYPE_WINDOW,
                                                         "courses_bin")));
      audit = CAREER_COURSE_AUDIT (template_child (view, CAREER_TYPE_COURSES_VIEW, "audit"));
      wait_for_paint (GTK_WIDGET (window));
      g_assert_true (gtk_widget_get_mapped (view));
      g_assert_null (career_course_audit_find_row (audit, "Degree requirements"));

      if (round == 0)
        {
          /* A later frame fills it */
          for (guint i = 0; i < 20 && career_course_audit_find_row (audit, "Degree requirements") == NULL; i++)
            wait_for_paint (GTK_WIDGET (window));
        }
      else
        {
          /* Asked for, it is filled at once */
          g_assert_true (career_courses_view_get_audit (CAREER_COURSES_VIEW (view)) == audit);
        }
      g_assert_nonnull (career_course_audit_find_row (audit, "Degree requirements"));

      /* From then on a change fills it at once */
      career_courses_view_commit_weekly_hours (CAREER_COURSES_VIEW (view));
      g_assert_true (career_plan_set_weekly_hours (plan, career_plan_get_weekly_hours (plan) + 1));
      drain_main_loop ();
      g_assert_nonnull (career_course_audit_find_row (audit, "Degree requirements"));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A widget that counts how often GTK measures it, for each orientation
 * and size; its child is a label, which restyling asks to measure again */
typedef struct
{
  GtkWidget   parent_instance;
  GHashTable *measures;  /* "orientation for_size" -> count */
  guint       repeats;
} CountingBin;

typedef GtkWidgetClass CountingBinClass;

static GType counting_bin_get_type (void);
G_DEFINE_TYPE (CountingBin, counting_bin, GTK_TYPE_WIDGET)

static void
counting_bin_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  CountingBin *self = (CountingBin *) widget;
  char *key = g_strdup_printf ("%d %d", orientation, for_size);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->measures, key)) + 1;

  if (count > 1)
    self->repeats++;
  g_hash_table_replace (self->measures, key, GUINT_TO_POINTER (count));
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
counting_bin_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
counting_bin_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&((CountingBin *) object)->measures, g_hash_table_unref);
  G_OBJECT_CLASS (counting_bin_parent_class)->dispose (object);
}

static void
counting_bin_class_init (CountingBinClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = counting_bin_dispose;
  klass->measure = counting_bin_measure;
  klass->size_allocate = counting_bin_size_allocate;
}

static void
counting_bin_init (CountingBin *self)
{
  GtkWidget *label = gtk_label_new ("Measured once in the frame that first shows it");

  self->measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* A style whose size differs from GTK's defaults, as most labels' do */
  gtk_widget_add_css_class (label, "title-1");
  gtk_widget_set_parent (label, GTK_WIDGET (self));
}

static gboolean
add_counting_bin_cb (GtkWidget     *window,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  GtkWidget **bin = user_data;

  *bin = g_object_new (counting_bin_get_type (), NULL);
  gtk_box_append (GTK_BOX (adw_toast_overlay_get_child (
                    ADW_TOAST_OVERLAY (template_child (window, CAREER_TYPE_WINDOW, "toast_overlay")))),
                  *bin);
  return G_SOURCE_REMOVE;
}

/* A widget added in a frame, as a list adds its rows, is measured once for
 * each size it is asked for: on GTK 4.8 under X11 the window skips the
 * measure that GDK would make before GTK has restyled the new widget */
static void
test_window_new_widgets_measured_once (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerWindow *window = present_window (catalog, plan);
  GtkWidget *overlay = template_child (GTK_WIDGET (window), CAREER_TYPE_WINDOW, "toast_overlay");
  GtkWidget *bin = NULL;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  wait_for_paint (GTK_WIDGET (window));
  drain_main_loop ();

  gtk_widget_add_tick_callback (GTK_WIDGET (window), add_counting_bin_cb, &bin, NULL);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_nonnull (bin);
  g_assert_true (gtk_widget_get_mapped (bin));
  g_assert_cmpuint (g_hash_table_size (((CountingBin *) bin)->measures), >, 0);
  g_assert_cmpuint (((CountingBin *) bin)->repeats, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Empties the Skills list with a search while it is shown, and fills it
 * again while it is off screen */
static void
refill_off_screen (CareerWindow *window,
                   GtkWidget    *view)
{
  GtkEditable *search = GTK_EDITABLE (template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                      "search_entry"));

  gtk_editable_set_text (search, "no skill is called this");
  g_signal_emit_by_name (search, "search-changed");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "compare");
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills");
}

/* The Skills list is empty until the view is first shown: it fills up from
 * the frame after the view's first on, a frame's rows at a time, and at
 * once when the view is left before it is whole */
static void
test_window_list_fills_over_frames (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  CareerWindow *window = present_window (catalog, plan);
  guint n_all = g_list_model_get_n_items (career_catalog_get_categories (catalog)) +
                g_list_model_get_n_items (career_catalog_get_skills (catalog));
  GtkWidget *view = NULL;
  GtkListView *list;
  GListModel *slots;

  /* Shown and left in the same turn of the main loop (mapped for a
   * moment), before it showed anything: it waits for its next map (fix 43) */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills");
  view = career_window_get_view (window, "skills");
  list = GTK_LIST_VIEW (template_child (view, CAREER_TYPE_SKILLS_VIEW, "list_view"));
  slots = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "compare");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (list)));
  g_assert_false (career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)));
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 0);

  /* Built, then emptied by a search and filled again off screen */
  for (guint round = 0; round < 2; round++)
    {
      guint n_frames = 0, n_before;

      if (round == 0)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills");
      else
        refill_off_screen (window, view);
      view = career_window_get_view (window, "skills");
      list = GTK_LIST_VIEW (template_child (view, CAREER_TYPE_SKILLS_VIEW, "list_view"));
      slots = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list)));
      g_assert_false (career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)));
      g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 0);

      /* The first frame draws the view around the list, the next one
       * the first rows (fix 46), and the next ones more */
      wait_for_paint (GTK_WIDGET (list));
      g_assert_cmpuint (g_list_model_get_n_items (slots), ==, 0);
      wait_for_paint (GTK_WIDGET (list));
      n_before = g_list_model_get_n_items (slots);
      g_assert_cmpuint (n_before, >, 0);
      g_assert_cmpuint (n_before, <, n_all);
      g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (list)));
      while (!career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)))
        {
          wait_for_paint (GTK_WIDGET (list));
          g_assert_cmpuint (g_list_model_get_n_items (slots), >=, n_before);
          n_before = g_list_model_get_n_items (slots);
          g_assert_cmpuint (++n_frames, <, 100);
        }
      g_assert_cmpuint (n_frames, >, 1);
      g_assert_cmpuint (g_list_model_get_n_items (slots), ==, n_all);
    }

  /* Left before it is full, the list is filled at once */
  refill_off_screen (window, view);
  wait_for_paint (GTK_WIDGET (list));
  wait_for_paint (GTK_WIDGET (list));
  g_assert_cmpuint (g_list_model_get_n_items (slots), >, 0);
  g_assert_false (career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "compare");
  g_assert_true (career_recycling_model_is_settled (CAREER_RECYCLING_MODEL (slots)));
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, n_all);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_view_switch (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  const char *names[] = { "compare", "skills", "courses" };
  GtkWidget *views[3];
  GtkWidget *search;

  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  gtk_window_present (GTK_WINDOW (window));
  drain_main_loop ();

  /* The window opens on Compare; it builds the other two views once it
   * has drawn its first frame and rests, not shown (each is visible to CSS
   * for the frame that restyles it, its page hidden) */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    views[i] = career_window_get_view (CAREER_WINDOW (window), names[i]);
  g_assert_true (gtk_widget_get_mapped (views[0]));
  for (guint i = 1; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_nonnull (views[i]);
      g_assert_false (gtk_widget_get_mapped (views[i]));
    }

  /* Only the view shown is visible, even to CSS (hidden views are shown to
   * CSS only for a frame while the window is idle: see below; a key press
   * puts that off, as does a switch to another view) */
  for (guint i = 0; i < 100 && !(view_laid_out (views[1]) && view_laid_out (views[2])); i++)
    run_main_loop_for (50);
  g_assert_true (view_laid_out (views[1]) && view_laid_out (views[2]));
  for (guint round = 0; round < 2; round++)
    for (guint v = 0; v < G_N_ELEMENTS (names); v++)
      {
        press_key_on_window (CAREER_WINDOW (window));
        gtk_widget_activate_action (window, "win.show-view", "s", names[v]);
        views[v] = career_window_get_view (CAREER_WINDOW (window), names[v]);
        g_assert_nonnull (views[v]);
        for (guint i = 0; i < G_N_ELEMENTS (views); i++)
          g_assert_true (views[i] == NULL || gtk_widget_get_visible (views[i]) == (i == v));
        drain_main_loop ();
        for (guint i = 0; i < G_N_ELEMENTS (views); i++)
          g_assert_true (views[i] == NULL || gtk_widget_get_mapped (views[i]) == (i == v));
      }

  /* Focus in the Skills search, then Courses: the focus stays where it was
   * until the frame that shows Courses is drawn (a frame restyling the
   * view for its focus would be too long), then it is in Courses. (From
   * Courses, the search would be the catalog's.) */
  gtk_widget_activate_action (window, "win.show-view", "s", "compare");
  gtk_widget_activate_action (window, "win.search", NULL);
  drain_main_loop ();
  search = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (search);
  g_assert_true (gtk_widget_is_ancestor (search, views[1]));
  gtk_widget_activate_action (window, "win.show-view", "s", "courses");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == search);
  wait_for_paint (window);
  drain_main_loop ();
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), views[2]));

  /* Back in Skills, the focus is back in the search */
  gtk_widget_activate_action (window, "win.show-view", "s", "skills");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), views[2]));
  wait_for_paint (window);
  drain_main_loop ();
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == search);

  /* With the focus outside the views (after a click on a view switcher
   * button), a switch leaves it there */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  gtk_widget_activate_action (window, "win.show-view", "s", "compare");
  wait_for_paint (window);
  drain_main_loop ();
  g_assert_null (gtk_root_get_focus (GTK_ROOT (window)));

  /* Once the focus has rested, each hidden view is restyled in a frame of
   * its own: visible to CSS, never mapped, and hidden again */
  {
    ViewVisibility seen[3] = { { 0 } };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      g_signal_connect (views[i], "notify::visible", G_CALLBACK (on_view_visible_cb), &seen[i]);
    gtk_widget_activate_action (window, "win.search", NULL);
    run_main_loop_for (1000);
    g_assert_cmpuint (seen[0].shown, ==, 1);  /* Compare */
    g_assert_cmpuint (seen[1].shown, ==, 1);  /* Skills, shown by the search */
    g_assert_false (seen[1].restyled);
    g_assert_cmpuint (seen[2].shown, ==, 1);  /* Courses */
    g_assert_true (seen[0].restyled && seen[2].restyled);
    g_assert_false (seen[0].mapped || seen[2].mapped);
    g_assert_false (gtk_widget_get_visible (views[0]));
    g_assert_true (gtk_widget_get_visible (views[1]));
    g_assert_false (gtk_widget_get_visible (views[2]));

    /* A switch while a hidden view is visible to CSS ends with only the
     * view shown visible */
    gtk_window_set_focus (GTK_WINDOW (window), NULL);
    {
      gboolean timed_out = FALSE;
      guint id = g_timeout_add_seconds (5, on_wait_timeout, &timed_out);

      while (!gtk_widget_get_visible (views[0]) && !timed_out)
        g_main_context_iteration (NULL, TRUE);
      g_assert_false (timed_out);
      g_source_remove (id);
    }
    gtk_widget_activate_action (window, "win.show-view", "s", "courses");
    run_main_loop_for (1000);
    g_assert_false (gtk_widget_get_visible (views[0]));
    g_assert_false (gtk_widget_get_visible (views[1]));
    g_assert_true (gtk_widget_get_visible (views[2]));

    /* Typing puts it off: a key press every 100 ms, and no hidden view
     * is shown to CSS until the keys rest */
    {
      GtkEventController *keys = window_key_controller (window);
      gboolean handled;

      memset (seen, 0, sizeof seen);
      g_assert_true (gtk_widget_child_focus (views[2], GTK_DIR_TAB_FORWARD));
      for (guint i = 0; i < 6; i++)
        {
          run_main_loop_for (100);
          g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_a, 0, 0, &handled);
        }
      g_assert_cmpuint (seen[0].shown + seen[1].shown, ==, 0);
      run_main_loop_for (800);
      g_assert_true (seen[0].restyled && seen[1].restyled);
      g_assert_cmpuint (seen[2].shown, ==, 0);
    }

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      g_signal_handlers_disconnect_by_func (views[i], on_view_visible_cb, &seen[i]);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Disconnects them, and says how many there were */
static guint
count_query_tooltip_handlers (GtkWidget *widget)
{
  guint signal_id = g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET);
  gulong handler;
  guint n = 0;

  while ((handler = g_signal_handler_find (widget, G_SIGNAL_MATCH_ID, signal_id, 0, NULL, NULL,
                                           NULL)) != 0)
    {
      g_signal_handler_disconnect (widget, handler);
      n++;
    }
  return n;
}

/* A tooltip given on demand: the widget has one while it has a text, with
 * one handler however often the text changes, and none for an empty text;
 * GTK's own tooltip text is never set (it asks the X server for the
 * pointer on every call) */
static void
test_tooltip (void)
{
  GtkWidget *button = g_object_ref_sink (gtk_button_new ());

  career_set_tooltip (button, "Remove");
  g_assert_true (gtk_widget_get_has_tooltip (button));
  career_set_tooltip (button, "Remove the Course");
  g_assert_true (gtk_widget_get_has_tooltip (button));
  g_assert_null (gtk_widget_get_tooltip_text (button));
  career_set_tooltip (button, "");
  g_assert_false (gtk_widget_get_has_tooltip (button));
  career_set_tooltip (button, NULL);
  g_assert_false (gtk_widget_get_has_tooltip (button));
  career_set_tooltip (button, "Remove");
  g_assert_cmpuint (count_query_tooltip_handlers (button), ==, 1);

  g_object_unref (button);
}

/* A caption is as tall as a label of its lines, and asks for no width */
static void
test_caption (void)
{
  GtkWidget *caption = g_object_ref_sink (career_caption_new ());
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("one\ntwo\nthree"));
  int minimum, natural, label_height;

  gtk_widget_measure (caption, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 0);

  career_caption_set_text (CAREER_CAPTION (caption), "one\ntwo\nthree");
  g_assert_cmpstr (career_caption_get_text (CAREER_CAPTION (caption)), ==, "one\ntwo\nthree");
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &label_height, NULL, NULL);
  gtk_widget_measure (caption, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (label_height, >, 0);
  g_assert_cmpint (minimum, ==, label_height);
  g_assert_cmpint (natural, ==, label_height);
  gtk_widget_measure (caption, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 0);
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (caption)) ==
                 GTK_ACCESSIBLE_ROLE_LABEL);

  career_caption_set_text (CAREER_CAPTION (caption), NULL);
  gtk_widget_measure (caption, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 0);

  g_object_unref (label);
  g_object_unref (caption);
}

static void
test_skills_view_gaps_and_sorting (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view = new_skills_view (catalog, plan);
  GtkToggleButton *gaps = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW, "gaps_toggle"));
  CareerDropDown *sort = CAREER_DROP_DOWN (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW, "sort_dropdown"));
  CareerRole *role = career_catalog_lookup_role (catalog, "ai-engineer");
  GListModel *requirements = career_role_get_requirements (role);
  g_autoptr(CareerSkillRequirement) first = g_list_model_get_item (requirements, 0);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) by_gap = NULL;
  guint with_target = 0;

  career_plan_set_target_role_id (plan, "ai-engineer");
  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(CareerSkillRequirement) req = g_list_model_get_item (requirements, i);
      if (career_skill_requirement_get_target (req) > 0)
        with_target++;
    }

  /* Nothing rated: every skill the role needs above level 0 is a gap. */
  gtk_toggle_button_set_active (gaps, TRUE);
  before = visible_skills (view);
  g_assert_cmpuint (before->len, ==, with_target);

  /* Reaching one target removes that skill from the gaps. */
  career_plan_set_level (plan, career_skill_requirement_get_skill_id (first),
                         career_skill_requirement_get_target (first), NULL);
  after = visible_skills (view);
  g_assert_cmpuint (after->len, ==, with_target - 1);

  /* The change shows in the progress timeline, described in figures. */
  {
    CareerTimelineView *chart = CAREER_TIMELINE_VIEW (template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                                      "progress_chart"));

    g_assert_cmpuint (career_timeline_view_get_n_points (chart), ==, 1);
    g_assert_true (gtk_widget_get_visible (template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                           "progress_expander")));
    g_assert_nonnull (strstr (career_timeline_view_get_summary (chart),
                              career_role_get_title (role)));
  }

  /* By gap: within each category, gaps never grow down the list. */
  career_drop_down_set_selected (sort, CAREER_SKILL_SORT_GAP);
  by_gap = visible_skills (view);
  for (guint i = 1; i < by_gap->len; i++)
    {
      CareerSkill *a = g_ptr_array_index (by_gap, i - 1);
      CareerSkill *b = g_ptr_array_index (by_gap, i);

      if (g_strcmp0 (career_skill_get_category_id (a), career_skill_get_category_id (b)) == 0)
        g_assert_cmpint (career_skill_compare (plan, catalog, role, CAREER_SKILL_SORT_GAP, a, b),
                         <=, 0);
    }

  g_object_unref (view);
}

/* A plan with no target role says so in the target drop-down (QA found it
 * blank after Ctrl+N), and shows the role once one is chosen */
static void
test_skills_view_target_placeholder (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view = new_skills_view (catalog, plan);
  GtkWidget *target = template_child (view, CAREER_TYPE_SKILLS_VIEW, "target_dropdown");
  GtkWidget *button = gtk_widget_get_first_child (target);

  g_assert_cmpuint (career_drop_down_get_selected (CAREER_DROP_DOWN (target)), ==,
                    GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (drop_down_text (target), ==, "No Target Role");
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Target role");
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No Target Role");

  career_plan_set_target_role_id (plan, "ai-engineer");
  g_assert_cmpstr (drop_down_text (target), ==,
                   career_role_get_title (career_catalog_lookup_role (catalog, "ai-engineer")));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       career_role_get_title (career_catalog_lookup_role (catalog,
                                                                                          "ai-engineer")));

  g_object_unref (view);
}

static void
test_skills_view_keeps_orphans (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view;
  GtkListView *list;
  GListModel *model;
  gboolean found = FALSE;

  /* A skill the catalog no longer has keeps its entry and is listed. */
  career_plan_set_level (plan, "cobol-on-punch-cards", 3, NULL);
  view = new_skills_view (catalog, plan);
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW, "list_view"));
  model = shown_list (list);
  drain_main_loop ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = shown_item (model, i);

      if (CAREER_IS_SKILL_STATE (item))
        {
          g_assert_cmpstr (career_skill_state_get_skill_id (CAREER_SKILL_STATE (item)), ==,
                           "cobol-on-punch-cards");
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpint (career_plan_get_level (plan, "cobol-on-punch-cards"), ==, 3);

  g_object_unref (view);
}

/* A row made by career_info_row_new(): its title, or its subtitle */
static const char *
info_row_text (GtkWidget *row,
               int        line)
{
  GtkWidget *grid = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *label = gtk_grid_get_child_at (GTK_GRID (grid), 0, line);

  return label != NULL && gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label))
                                                         : NULL;
}

/* The detail of a skill: what each level means, with a check on the
 * person's, and the history of their level changes */
static void
test_skills_view_detail (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view = new_skills_view (catalog, plan);
  CareerSkill *skill = career_catalog_lookup_skill (catalog, "python");
  GtkListBox *levels = GTK_LIST_BOX (template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                     "levels_list"));
  GtkListBox *history = GTK_LIST_BOX (template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                      "history_list"));
  g_autofree char *change = NULL;
  GtkWidget *row;
  guint n_levels = 0;

  g_assert_nonnull (skill);
  g_assert_true (career_plan_set_level (plan, "python", 2, "course project"));
  g_assert_true (career_skills_view_show_skill (CAREER_SKILLS_VIEW (view), "python"));

  for (GtkListBoxRow *level_row; (level_row = gtk_list_box_get_row_at_index (levels, n_levels)); )
    {
      g_autofree char *title = g_strdup_printf ("%u · %s", n_levels,
                                                career_level_get_name (n_levels));
      GtkWidget *grid = gtk_list_box_row_get_child (level_row);
      GtkWidget *check = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);

      g_assert_cmpstr (info_row_text (GTK_WIDGET (level_row), 0), ==, title);
      g_assert_cmpstr (info_row_text (GTK_WIDGET (level_row), 1), ==,
                       career_skill_get_level_text (skill, n_levels));
      g_assert_true (GTK_IS_IMAGE (check));
      g_assert_cmpint (gtk_widget_get_visible (check), ==, n_levels == 2);
      n_levels++;
    }
  g_assert_cmpuint (n_levels, ==, CAREER_SKILL_LEVEL_MAX + 1);

  change = g_strdup_printf ("%d %s → %d %s", 0, career_level_get_name (0), 2,
                            career_level_get_name (2));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (history, 0));
  g_assert_nonnull (row);
  g_assert_cmpstr (info_row_text (row, 0), ==, change);
  g_assert_true (g_str_has_suffix (info_row_text (row, 1), " · course project"));
  g_assert_null (gtk_list_box_get_row_at_index (history, 1));

  /* A skill without history says so, as every empty list does: dimmed,
   * with room around it, wrapping in a narrow window */
  g_assert_true (career_skills_view_show_skill (CAREER_SKILLS_VIEW (view), "databases-sql"));
  {
    GtkWidget *placeholder = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (history)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        placeholder = child;
    g_assert_nonnull (placeholder);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (placeholder)), ==,
                     "No level changes recorded yet");
    g_assert_true (gtk_widget_has_css_class (placeholder, "dim-label"));
    g_assert_true (gtk_label_get_wrap (GTK_LABEL (placeholder)));
    g_assert_cmpint (gtk_widget_get_margin_top (placeholder), >, 0);
  }
  g_assert_true (career_skills_view_show_skill (CAREER_SKILLS_VIEW (view), "python"));

  /* The role's target comes first among the target levels, its level
   * first, as in the others, so that a cut-short title still shows it */
  career_plan_set_target_role_id (plan, "ml-engineer");
  {
    AdwComboRow *target = ADW_COMBO_ROW (template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                         "target_row"));
    GListModel *choices = adw_combo_row_get_model (target);

    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==,
                     "3 · Machine Learning Engineer's target");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 4), ==,
                     "3 · Proficient");
    g_assert_cmpuint (adw_combo_row_get_selected (target), ==, 0);
  }

  g_object_unref (view);
}

/* Activating a category's header hides its skills and keeps the header;
 * activating it again, or showing one of its skills, brings them back. */
static void
test_skills_view_collapses_categories (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *view = new_skills_view (catalog, plan);
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, CAREER_TYPE_SKILLS_VIEW,
                                                                   "list_view"));
  GListModel *model = shown_list (list);
  guint n_all = g_list_model_get_n_items (model);
  g_autoptr(GObject) first = shown_item (model, 0);
  g_autoptr(GObject) skill = shown_item (model, 1);
  g_autoptr(GObject) next = NULL;
  guint n_members = 0;

  g_assert_true (CAREER_IS_CATEGORY (first));
  g_assert_true (CAREER_IS_SKILL (skill));
  for (guint i = 0; i < g_list_model_get_n_items (career_catalog_get_skills (catalog)); i++)
    {
      g_autoptr(CareerSkill) member = g_list_model_get_item (career_catalog_get_skills (catalog), i);

      if (career_skill_get_category (member) == CAREER_CATEGORY (first))
        n_members++;
    }
  g_assert_cmpuint (n_members, >, 0);

  g_signal_emit_by_name (list, "activate", 0u);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all - n_members);
  {
    g_autoptr(GObject) header = shown_item (model, 0);

    g_assert_true (header == first);
  }
  next = shown_item (model, 1);
  g_assert_true (CAREER_IS_CATEGORY (next));

  g_signal_emit_by_name (list, "activate", 0u);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);

  /* Showing a skill of a collapsed category opens the category */
  g_signal_emit_by_name (list, "activate", 0u);
  g_assert_true (career_skills_view_show_skill (CAREER_SKILLS_VIEW (view),
                                                career_skill_get_id (CAREER_SKILL (skill))));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);

  g_object_unref (view);
}

static void
on_level_chosen (CareerLevelSelector *selector,
                 guint                level,
                 guint               *chosen)
{
  *chosen = level;
}

static void
test_level_selector (void)
{
  GtkWidget *selector = g_object_ref_sink (career_level_selector_new ());
  GtkWidget *button;
  guint chosen = G_MAXUINT;

  g_signal_connect (selector, "level-chosen", G_CALLBACK (on_level_chosen), &chosen);

  /* Setting the level from code is not a person's choice. */
  career_level_selector_set_level (CAREER_LEVEL_SELECTOR (selector), 2);
  g_assert_cmpuint (chosen, ==, G_MAXUINT);

  /* The fourth button is level 3. */
  button = gtk_widget_get_first_child (selector);
  for (guint i = 0; i < 3; i++)
    button = gtk_widget_get_next_sibling (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_cmpuint (chosen, ==, 3);
  g_assert_cmpuint (career_level_selector_get_level (CAREER_LEVEL_SELECTOR (selector)), ==, 3);

  /* Un-toggling the active button keeps the level. */
  chosen = G_MAXUINT;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_cmpuint (chosen, ==, G_MAXUINT);

  g_object_unref (selector);
}

static GtkWindow *
find_window (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), title) == 0)
        return window;
    }
  return NULL;
}

static void
test_comparison_window_follows_plan (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  GtkWindow *comparison;
  GtkWidget *view, *left;
  CareerRole *ai = career_catalog_lookup_role (catalog, "ai-engineer");
  g_autoptr(CareerSkillRequirement) first =
    g_list_model_get_item (career_role_get_requirements (ai), 0);
  g_autofree char *expected = NULL;
  CareerFit fit;

  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);

  g_assert_null (find_window ("Comparison"));
  g_assert_true (gtk_widget_activate_action (window, "win.open-comparison", NULL));
  comparison = find_window ("Comparison");
  g_assert_nonnull (comparison);
  /* Asking again raises the same window. */
  g_assert_true (career_window_open_comparison (CAREER_WINDOW (window)) == comparison);

  /* A change in the planner shows in the comparison window at once. */
  career_plan_set_level (plan, career_skill_requirement_get_skill_id (first),
                         career_skill_requirement_get_target (first), NULL);
  fit = career_analysis_fit_for_plan (ai, plan);
  expected = career_format_percent (fit.percent);
  view = gtk_widget_get_last_child (adw_window_get_content (ADW_WINDOW (comparison)));
  left = template_child (view, CAREER_TYPE_COMPARE_VIEW, "left_column");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (left, CAREER_TYPE_ROLE_COLUMN,
                                                                  "fit_label"))),
                   ==, expected);
  g_assert_cmpfloat (fit.percent, >, 0);

  /* It closes with the planner's window. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (find_window ("Comparison"));
}

static void
test_window_saves_and_guards_unsaved_changes (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("career-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "mine.careerplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CareerPlan) reread = NULL;
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);

  g_assert_no_error (error);
  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  g_object_ref (window);
  /* gtk_window_close() does nothing to a window that was never shown. */
  gtk_window_present (GTK_WINDOW (window));
  drain_main_loop ();

  /* The title names the plan and marks unsaved changes. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Plan");
  career_plan_set_level (plan, "python", 3, "From work");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Untitled Plan");

  /* Closing with unsaved changes asks first: the window stays. */
  gtk_window_close (GTK_WINDOW (window));
  drain_main_loop ();
  g_assert_false (gtk_widget_in_destruction (window));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    AdwMessageDialog *question = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel))
          question = ADW_MESSAGE_DIALOG (toplevel);
      }
    g_assert_nonnull (question);
    g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Save Changes?");
    g_assert_true (adw_message_dialog_has_response (question, "discard"));
    adw_message_dialog_response (question, "cancel");
    drain_main_loop ();
  }
  g_assert_false (gtk_widget_in_destruction (window));
  g_assert_true (career_plan_get_modified (plan));

  /* Unsaved changes are copied to the state folder, for recovery. */
  {
    g_autoptr(GFile) autosaves = career_autosave_get_directory ();
    g_autoptr(GPtrArray) list = NULL;
    gboolean found = FALSE;

    career_window_autosave_now (CAREER_WINDOW (window));
    list = career_autosave_list (autosaves);
    for (guint i = 0; i < list->len; i++)
      {
        CareerAutosave *autosave = g_ptr_array_index (list, i);
        if (g_str_equal (autosave->id, career_window_get_autosave_id (CAREER_WINDOW (window))))
          found = TRUE;
      }
    g_assert_true (found);
  }

  /* Saving writes the file, clears the marker and names the window after it. */
  career_window_save_to (CAREER_WINDOW (window), file);
  while (career_window_get_saving (CAREER_WINDOW (window)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (career_plan_get_modified (plan));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "mine");

  reread = career_plan_file_load (file, NULL, catalog, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (career_plan_get_level (reread, "python"), ==, 3);

  /* Saved: the safety copy is gone. */
  {
    g_autoptr(GFile) autosaves = career_autosave_get_directory ();
    g_autoptr(GPtrArray) list = career_autosave_list (autosaves);

    for (guint i = 0; i < list->len; i++)
      g_assert_cmpstr (((CareerAutosave *) g_ptr_array_index (list, i))->id, !=,
                       career_window_get_autosave_id (CAREER_WINDOW (window)));
  }

  /* Saved: closing does not ask. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (gtk_widget_in_destruction (window) || !gtk_widget_get_visible (window));
  g_object_unref (window);

  g_unlink (path);
  g_rmdir (dir);
}

/* Notes go into the plan as the person pauses, and whatever is still being
 * typed goes in before a save or the question before closing */
static char *
notes_text (GtkWidget *skills)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (
    template_child (skills, CAREER_TYPE_SKILLS_VIEW, "notes_view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
type_notes (GtkWidget  *skills,
            const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (
    template_child (skills, CAREER_TYPE_SKILLS_VIEW, "notes_view")));

  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static const char *
plan_notes (CareerPlan *plan,
            const char *skill_id)
{
  CareerSkillState *state = career_plan_lookup_skill_state (plan, skill_id);

  return state != NULL ? career_skill_state_get_notes (state) : NULL;
}

static void
test_window_commits_typed_notes (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("career-ui-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "notes.careerplan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CareerPlan) reread = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  AdwMessageDialog *question;
  GtkWidget *skills;
  gboolean timed_out = FALSE;
  guint timeout;

  g_assert_no_error (error);
  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (window, "win.show-view", "s", "skills");
  drain_main_loop ();
  skills = career_window_get_view (CAREER_WINDOW (window), "skills");
  g_assert_true (career_skills_view_show_skill (CAREER_SKILLS_VIEW (skills), "python"));

  /* Typed and saved at once, with the focus still in the notes: the file
   * has them */
  type_notes (skills, "Review decorators");
  career_window_save_to (CAREER_WINDOW (window), file);
  while (career_window_get_saving (CAREER_WINDOW (window)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (career_plan_get_modified (plan));
  reread = career_plan_file_load (file, NULL, catalog, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan_notes (reread, "python"), ==, "Review decorators");

  /* A pause in the typing puts the notes into the plan: the title marks
   * them unsaved without the focus leaving */
  type_notes (skills, " and generators");
  g_assert_false (career_plan_get_modified (plan));
  timeout = g_timeout_add_seconds (5, on_wait_timeout, &timed_out);
  while (!career_plan_get_modified (plan) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_assert_cmpstr (plan_notes (plan, "python"), ==, "Review decorators and generators");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• notes");

  /* An undo of the notes shows in the notes, and another skill shown
   * after it does not put the undone words back */
  g_assert_true (career_plan_undo (plan));
  shown = notes_text (skills);
  g_assert_cmpstr (shown, ==, "Review decorators");
  g_assert_true (career_skills_view_show_skill (CAREER_SKILLS_VIEW (skills), "databases-sql"));
  g_assert_cmpstr (plan_notes (plan, "python"), ==, "Review decorators");

  /* Back at the saved state, words typed just before closing still make
   * the window ask */
  g_assert_false (career_plan_get_modified (plan));
  type_notes (skills, "Window functions");
  gtk_window_close (GTK_WINDOW (window));
  drain_main_loop ();
  g_assert_false (gtk_widget_in_destruction (window));
  question = find_message_dialog ();
  g_assert_nonnull (question);
  g_assert_cmpstr (plan_notes (plan, "databases-sql"), ==, "Window functions");
  adw_message_dialog_response (question, "discard");
  drain_main_loop ();
  g_assert_true (gtk_widget_in_destruction (window) || !gtk_widget_get_visible (window));
  g_object_unref (window);

  g_unlink (path);
  g_rmdir (dir);
}

/* Ctrl+F searches the catalog in the Courses view, the skills elsewhere */
static void
test_window_search_follows_view (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  GtkWidget *courses, *skills, *focus;

  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (window, "win.show-view", "s", "courses");
  wait_for_paint (window);
  drain_main_loop ();
  courses = career_window_get_view (CAREER_WINDOW (window), "courses");

  gtk_widget_activate_action (window, "win.search", NULL);
  drain_main_loop ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, template_child (courses, CAREER_TYPE_COURSES_VIEW,
                                                                "search_entry")));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (
                     ADW_VIEW_STACK (template_child (window, CAREER_TYPE_WINDOW, "stack"))),
                   ==, "courses");

  gtk_widget_activate_action (window, "win.show-view", "s", "compare");
  wait_for_paint (window);
  gtk_widget_activate_action (window, "win.search", NULL);
  wait_for_paint (window);
  drain_main_loop ();
  skills = career_window_get_view (CAREER_WINDOW (window), "skills");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, template_child (skills, CAREER_TYPE_SKILLS_VIEW,
                                                                "search_entry")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each view fits a phone's screen, 360 px, in German too, whose long words
 * ("Wahrscheinlichkeitsrechnung") and labels once kept the window wider.
 * In a child process: the locale and the translations are the process's. */
static void
test_window_narrow_in_german (void)
{
  static const char * const views[] = { "compare", "skills", "courses" };
  g_autoptr(CareerCatalog) catalog = NULL;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *podir = NULL;
  GtkWidget *window;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("No de_DE.UTF-8 locale (build-aux/dev makes it)");
      return;
    }
  g_unsetenv ("LANGUAGE");
  podir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Terms"), ==, "Semester");

  catalog = load_builtin ();
  file = g_file_new_build_filename (g_test_get_dir (G_TEST_DIST), "..", "data", "examples",
                                    "example.careerplan", NULL);
  plan = career_plan_file_load (file, NULL, catalog, NULL, &error);
  g_assert_no_error (error);

  /* GNOME's window buttons: the close button only */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int minimum;

      gtk_widget_activate_action (window, "win.show-view", "s", views[i]);
      wait_for_paint (window);
      run_main_loop_for (300);
      /* The window's content, header bar included; not the window, whose
       * size has room for its shadow where there is a compositor */
      gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                          GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: at least %d px wide", views[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A skill row and the click gesture of its own (not its arrow's) */
static GtkWidget *
find_skill_row (GtkWidget   *widget,
                const char **skill_id)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "CareerSkillsRow"))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        for (GtkWidget *inner = gtk_widget_get_first_child (child); inner != NULL;
             inner = gtk_widget_get_next_sibling (inner))
          if (g_object_get_data (G_OBJECT (inner), "skill-id") != NULL &&
              gtk_widget_get_visible (gtk_widget_get_parent (inner)) &&
              gtk_widget_get_margin_start (child) > 0)
            {
              *skill_id = g_object_get_data (G_OBJECT (inner), "skill-id");
              return widget;
            }
      return NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_skill_row (child, skill_id);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
click_row (GtkWidget *row)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "released", 1, 30.0, 10.0);
    }
}

/* In a narrow window, where the list and the detail are pages of their own,
 * a click on a skill opens its page; in a wide one it does not move */
static void
test_skills_view_click_opens_narrow (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  const int widths[] = { 360, 1200 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
      GtkWidget *skills, *row;
      AdwLeaflet *leaflet;
      const char *skill_id = NULL;

      career_window_set_catalog (CAREER_WINDOW (window), catalog);
      career_window_set_plan (CAREER_WINDOW (window), plan);
      gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 720);
      gtk_window_present (GTK_WINDOW (window));
      gtk_widget_activate_action (window, "win.show-view", "s", "skills");
      wait_for_paint (window);
      run_main_loop_for (200);
      skills = career_window_get_view (CAREER_WINDOW (window), "skills");
      leaflet = ADW_LEAFLET (template_child (skills, CAREER_TYPE_SKILLS_VIEW, "leaflet"));
      g_assert_true (adw_leaflet_get_folded (leaflet) == (widths[w] == 360));
      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

      row = find_skill_row (skills, &skill_id);
      g_assert_nonnull (row);
      click_row (row);
      drain_main_loop ();
      if (widths[w] == 360)
        {
          GtkLabel *title = GTK_LABEL (template_child (skills, CAREER_TYPE_SKILLS_VIEW,
                                                       "detail_title"));

          g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
          g_assert_cmpstr (gtk_label_get_text (title), ==,
                           career_skill_get_name (career_catalog_lookup_skill (catalog, skill_id)));
        }
      else
        {
          g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Quitting asks each window with unsaved changes first, and closes the
 * others only once all are answered: a Cancel leaves every window open */
static void
test_quit_asks_before_closing_any (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) clean_plan = career_plan_new ();
  g_autoptr(CareerPlan) dirty_plan = career_plan_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *clean, *dirty;
  AdwMessageDialog *question;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  clean = g_object_new (CAREER_TYPE_WINDOW, "application", app, NULL);
  dirty = g_object_new (CAREER_TYPE_WINDOW, "application", app, NULL);
  g_object_ref (clean);
  g_object_ref (dirty);
  career_window_set_catalog (CAREER_WINDOW (clean), catalog);
  career_window_set_plan (CAREER_WINDOW (clean), clean_plan);
  career_window_set_catalog (CAREER_WINDOW (dirty), catalog);
  career_window_set_plan (CAREER_WINDOW (dirty), dirty_plan);
  gtk_window_present (GTK_WINDOW (clean));
  gtk_window_present (GTK_WINDOW (dirty));
  drain_main_loop ();
  g_assert_true (career_plan_set_level (dirty_plan, "python", 2, NULL));

  /* The dirty window asks; the clean one waits for the answer */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  drain_main_loop ();
  question = find_message_dialog ();
  g_assert_nonnull (question);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == GTK_WINDOW (dirty));
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), clean));

  /* Cancel: both stay, and a second quit asks again. (A response button
   * closes the dialog too.) */
  adw_message_dialog_response (question, "cancel");
  gtk_window_destroy (GTK_WINDOW (question));
  drain_main_loop ();
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), clean));
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), dirty));
  g_assert_null (find_message_dialog ());
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  drain_main_loop ();
  question = find_message_dialog ();
  g_assert_nonnull (question);

  /* Discard: the dirty window goes, then the clean one */
  adw_message_dialog_response (question, "discard");
  gtk_window_destroy (GTK_WINDOW (question));
  drain_main_loop ();
  g_assert_null (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), dirty));
  g_assert_null (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), clean));

  g_object_unref (clean);
  g_object_unref (dirty);
}

/* The toast that offers Undo, found by its title */
static gboolean
has_toast (GtkWidget  *widget,
           const char *title)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), title) == 0)
    {
      for (GtkWidget *up = widget; up != NULL; up = gtk_widget_get_parent (up))
        if (g_str_equal (G_OBJECT_TYPE_NAME (up), "AdwToastWidget"))
          return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_toast (child, title))
      return TRUE;
  return FALSE;
}

/* An Undo toast goes once another step comes, or its own is undone by
 * Ctrl+Z: its button would take back a step other than the one it names */
static void
test_window_undo_toast_goes_with_its_step (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);

  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_paint (window);

  g_assert_true (career_plan_set_level (plan, "python", 2, NULL));
  gtk_widget_activate_action (window, "win.show-undo-toast", NULL);
  run_main_loop_for (100);
  g_assert_true (has_toast (window, "Level changed"));

  /* Undone with Ctrl+Z: the toast goes (after its animation) */
  gtk_widget_activate_action (window, "win.undo", NULL);
  for (guint i = 0; i < 150 && has_toast (window, "Level changed"); i++)
    run_main_loop_for (20);
  g_assert_false (has_toast (window, "Level changed"));

  /* Another step with no toast of its own: the earlier toast goes */
  g_assert_true (career_plan_set_level (plan, "python", 3, NULL));
  gtk_widget_activate_action (window, "win.show-undo-toast", NULL);
  run_main_loop_for (100);
  g_assert_true (has_toast (window, "Level changed"));
  g_assert_true (career_plan_set_skill_notes (plan, "python", "Decorators"));
  for (guint i = 0; i < 150 && has_toast (window, "Level changed"); i++)
    run_main_loop_for (20);
  g_assert_false (has_toast (window, "Level changed"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The safety copy of a plan whose file is a newer version's (opened
 * read-only) does not name that file, so the plan recovered from it is
 * never saved over it */
static void
test_window_read_only_copy_has_no_origin (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/newer.careerplan");
  g_autoptr(GFile) autosaves = career_autosave_get_directory ();
  CareerPlanFileInfo info = { .version = 2, .read_only = TRUE,
                              .read_only_reason = (char *) "A newer version wrote it" };
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  gboolean found = FALSE;

  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  for (guint read_only = 0; read_only < 2; read_only++)
    {
      g_autoptr(GPtrArray) list = NULL;

      info.read_only = read_only;
      career_window_set_file (CAREER_WINDOW (window), file, &info);
      g_assert_true (career_plan_set_level (plan, "python", 2 + read_only, NULL));
      career_window_autosave_now (CAREER_WINDOW (window));
      list = career_autosave_list (autosaves);
      for (guint i = 0; i < list->len; i++)
        {
          CareerAutosave *autosave = g_ptr_array_index (list, i);

          if (!g_str_equal (autosave->id, career_window_get_autosave_id (CAREER_WINDOW (window))))
            continue;
          found = TRUE;
          if (read_only)
            g_assert_null (autosave->origin);
          else
            g_assert_true (autosave->origin != NULL && g_file_equal (autosave->origin, file));
        }
      g_assert_true (found);
    }

  career_autosave_remove (autosaves, career_window_get_autosave_id (CAREER_WINDOW (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The label under a widget whose text begins with @prefix, or NULL */
static GtkWidget *
find_label_with_prefix (GtkWidget  *widget,
                        const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with_prefix (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* An audit whose matching had to stop short says so in the Courses view,
 * as in the PDF: the plan of 12 courses in the shape a fuzzer found
 * (wide-catalog.c), against an empty plan, which is decided at once */
static void
test_course_audit_says_when_not_exact (void)
{
  g_autoptr(CareerCatalog) catalog = wide_catalog_new (500, 12, 36);
  GtkWidget *audit = g_object_ref_sink (career_course_audit_new ());
  const guint n_plans[] = { 0, 12 };

  for (guint i = 0; i < G_N_ELEMENTS (n_plans); i++)
    {
      g_autoptr(CareerPlan) plan = wide_plan_new (n_plans[i]);
      g_autoptr(CareerPlanCost) cost =
        career_plan_cost_new (plan, catalog, career_catalog_lookup_program (catalog, "p"), NULL);
      GtkWidget *label;

      career_course_audit_update (CAREER_COURSE_AUDIT (audit), cost, catalog, 10);
      label = find_label_with_prefix (audit, "The plan has too many ways to match its courses");
      g_assert_nonnull (label);
      g_assert_true (career_audit_is_exact (career_plan_cost_get_audit (cost)) == (n_plans[i] == 0));
      g_assert_true (gtk_widget_get_visible (label) == (n_plans[i] == 12));

      /* The graduation not known for that reason, not for want of data */
      if (n_plans[i] == 12)
        {
          GtkWidget *row = career_course_audit_find_row (CAREER_COURSE_AUDIT (audit),
                                                         "Expected Graduation");

          g_assert_nonnull (row);
          g_assert_true (g_str_has_prefix (g_object_get_data (G_OBJECT (row), "audit-subtitle"),
                                           "Not known"));
          g_assert_nonnull (strstr (g_object_get_data (G_OBJECT (row), "audit-subtitle"),
                                    "too many ways to match its courses"));
        }
    }
  g_object_unref (audit);
}

static void
test_new_plan_setup (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  GtkStack *main_stack;
  GtkWidget *skills, *row, *selector, *button;
  const char *skill_id;

  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  career_window_show_welcome (CAREER_WINDOW (window), TRUE);
  main_stack = GTK_STACK (template_child (window, CAREER_TYPE_WINDOW, "main_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Career Planner");

  /* New Plan asks for a name, a role (AI Engineer first) and its key skills. */
  g_assert_true (gtk_widget_activate_action (window, "win.start-new-plan", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "setup");
  skills = template_child (window, CAREER_TYPE_WINDOW, "setup_skills_list");
  g_assert_cmpuint (count_rows (GTK_LIST_BOX (skills)), ==, 6);

  gtk_editable_set_text (GTK_EDITABLE (template_child (window, CAREER_TYPE_WINDOW,
                                                       "setup_name_row")), "Ada's plan");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (skills), 0));
  selector = gtk_grid_get_child_at (GTK_GRID (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))), 1, 0);
  skill_id = g_object_get_data (G_OBJECT (selector), "skill-id");
  button = gtk_widget_get_first_child (selector);
  button = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);

  /* Nothing reaches the plan until the set-up is finished, then all of it. */
  g_assert_false (career_plan_get_modified (plan));
  g_assert_true (gtk_widget_activate_action (window, "win.finish-setup", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "plan");
  g_assert_cmpstr (career_plan_get_name (plan), ==, "Ada's plan");
  g_assert_cmpstr (career_plan_get_target_role_id (plan), ==, "ai-engineer");
  g_assert_cmpint (career_plan_get_level (plan, skill_id), ==, 2);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Ada's plan");

  /* Like any change, it can be undone. */
  g_assert_true (career_plan_undo (plan));
  g_assert_cmpint (career_plan_get_level (plan, skill_id), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_compare_programs (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  GtkWindow *programs;
  GtkWidget *content, *columns;
  guint n_columns = 0;

  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  career_plan_set_target_role_id (plan, "ml-engineer");

  /* Every program of the catalog gets a column with its figures. */
  programs = career_window_compare_programs (CAREER_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (programs), ==, "Compare Programs");
  content = adw_window_get_content (ADW_WINDOW (programs));
  columns = gtk_widget_get_last_child (content);                         /* scrolled window */
  columns = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (columns)); /* viewport */
  columns = gtk_widget_get_first_child (columns);                        /* clamp */
  columns = adw_clamp_get_child (ADW_CLAMP (columns));                   /* box */
  columns = gtk_widget_get_last_child (columns);
  for (GtkWidget *c = gtk_widget_get_first_child (columns); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *list = gtk_widget_get_last_child (c);

      /* Credits, tuition, time and fit at least. */
      g_assert_cmpuint (count_rows (GTK_LIST_BOX (list)), >=, 4);
      n_columns++;
    }
  g_assert_cmpuint (n_columns, ==, g_list_model_get_n_items (career_catalog_get_programs (catalog)));

  gtk_window_destroy (programs);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_courses_view_follows_program (void)
{
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  GtkWidget *view = g_object_ref_sink (g_object_new (CAREER_TYPE_COURSES_VIEW, NULL));
  CareerDropDown *dropdown;
  CareerDropDown *skills;
  GtkListView *list;
  GListModel *programs = career_catalog_get_programs (catalog);

  career_courses_view_set_catalog (CAREER_COURSES_VIEW (view), catalog);
  dropdown = CAREER_DROP_DOWN (gtk_widget_get_template_child (view, CAREER_TYPE_COURSES_VIEW,
                                                           "program_dropdown"));
  list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, CAREER_TYPE_COURSES_VIEW,
                                                       "course_list"));
  skills = CAREER_DROP_DOWN (gtk_widget_get_template_child (view, CAREER_TYPE_COURSES_VIEW,
                                                         "skill_dropdown"));
  g_assert_cmpuint (g_list_model_get_n_items (programs), >=, 2);

  for (guint i = 0; i < g_list_model_get_n_items (programs); i++)
    {
      g_autoptr(CareerProgram) program = g_list_model_get_item (programs, i);
      GListModel *shown;

      career_drop_down_set_selected (dropdown, i);
      shown = shown_list (list);
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                        g_list_model_get_n_items (career_program_get_courses (program)));

      for (guint k = 0; k < g_list_model_get_n_items (shown); k++)
        {
          g_autoptr(CareerCourse) course = shown_item (shown, k);
          g_assert_cmpstr (career_course_get_program_id (course), ==,
                           career_program_get_id (program));
        }

      /* The skill filter offers each skill the program's courses teach,
       * once, by name in the locale's order */
      {
        g_autoptr(GHashTable) taught = g_hash_table_new (g_str_hash, g_str_equal);
        GListModel *courses = career_program_get_courses (program);
        GtkStringList *names = GTK_STRING_LIST (career_drop_down_get_model (skills));
        guint n_names = g_list_model_get_n_items (G_LIST_MODEL (names));

        for (guint k = 0; k < g_list_model_get_n_items (courses); k++)
          {
            g_autoptr(CareerCourse) course = g_list_model_get_item (courses, k);

            for (guint j = 0; j < career_course_get_n_skills (course); j++)
              {
                const CareerCourseSkill *skill = career_course_get_skill (course, j);

                if (skill->skill != NULL)
                  g_hash_table_add (taught, (gpointer) career_skill_get_name (skill->skill));
              }
          }
        g_assert_cmpuint (g_hash_table_size (taught), >, 1);
        g_assert_cmpuint (n_names, ==, 1 + g_hash_table_size (taught));
        for (guint k = 1; k < n_names; k++)
          {
            const char *name = gtk_string_list_get_string (names, k);

            g_assert_true (g_hash_table_contains (taught, name));
            if (k > 1)
              g_assert_cmpint (g_utf8_collate (gtk_string_list_get_string (names, k - 1), name),
                               <, 0);
          }
      }
    }

  g_object_unref (view);
}

/* Charts: drawn once for their data, size and style (fix 39) */

static void
count_drawing (cairo_t  *cr,
               int       width,
               int       height,
               gboolean  dark,
               gpointer  user_data)
{
  guint *n_drawn = user_data;

  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  (*n_drawn)++;
}

static GskRenderNode *
snapshot_chart (CareerChartNode *chart,
                int              width,
                int              height,
                gboolean         dark,
                guint           *n_drawn)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  career_chart_node_snapshot (chart, snapshot, width, height, dark, count_drawing, n_drawn);
  return gtk_snapshot_free_to_node (snapshot);
}

/* A widget's own drawing, as GTK asks for it after the widget was hidden
 * and shown again */
static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
test_chart_node (void)
{
  CareerChartNode chart = { NULL };
  guint n_drawn = 0;
  GskRenderNode *first, *node;

  first = snapshot_chart (&chart, 300, 200, FALSE, &n_drawn);
  g_assert_cmpuint (n_drawn, ==, 1);
  g_assert_cmpint (gsk_render_node_get_node_type (first), ==, GSK_CAIRO_NODE);

  /* The same size and style: the same drawing, not drawn again */
  node = snapshot_chart (&chart, 300, 200, FALSE, &n_drawn);
  g_assert_cmpuint (n_drawn, ==, 1);
  g_assert_true (node == first);
  gsk_render_node_unref (node);

  /* A new width, height or style draws it again, once */
  node = snapshot_chart (&chart, 301, 200, FALSE, &n_drawn);
  g_assert_cmpuint (n_drawn, ==, 2);
  g_assert_true (node != first);
  gsk_render_node_unref (node);
  gsk_render_node_unref (snapshot_chart (&chart, 301, 201, FALSE, &n_drawn));
  g_assert_cmpuint (n_drawn, ==, 3);
  gsk_render_node_unref (snapshot_chart (&chart, 301, 201, TRUE, &n_drawn));
  g_assert_cmpuint (n_drawn, ==, 4);
  gsk_render_node_unref (snapshot_chart (&chart, 301, 201, TRUE, &n_drawn));
  g_assert_cmpuint (n_drawn, ==, 4);

  /* New data clears it */
  career_chart_node_clear (&chart);
  g_assert_null (chart.node);
  gsk_render_node_unref (snapshot_chart (&chart, 301, 201, TRUE, &n_drawn));
  g_assert_cmpuint (n_drawn, ==, 5);

  career_chart_node_clear (&chart);
  gsk_render_node_unref (first);
}

/* The style sheets */

static void
on_parsing_error_cb (GtkCssProvider *provider,
                     GtkCssSection  *section,
                     const GError   *error,
                     gpointer        user_data)
{
  g_autofree char *place = gtk_css_section_to_string (section);

  g_test_message ("%s: %s", place, error->message);
  (*(guint *) user_data)++;
}

static GtkCssProvider *
load_style_sheet (const char *name)
{
  GtkCssProvider *provider = gtk_css_provider_new ();
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/", name, NULL);
  guint n_errors = 0;

  g_signal_connect (provider, "parsing-error", G_CALLBACK (on_parsing_error_cb), &n_errors);
  gtk_css_provider_load_from_resource (provider, path);
  g_assert_cmpuint (n_errors, ==, 0);
  return provider;
}

static void
collect_nodes (GskRenderNode     *node,
               GskRenderNodeType  type,
               GPtrArray         *found)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_nodes (gsk_container_node_get_child (node, i), type, found);
      break;
    case GSK_TRANSFORM_NODE:
      collect_nodes (gsk_transform_node_get_child (node), type, found);
      break;
    case GSK_CLIP_NODE:
      collect_nodes (gsk_clip_node_get_child (node), type, found);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect_nodes (gsk_rounded_clip_node_get_child (node), type, found);
      break;
    case GSK_OPACITY_NODE:
      collect_nodes (gsk_opacity_node_get_child (node), type, found);
      break;
    case GSK_DEBUG_NODE:
      collect_nodes (gsk_debug_node_get_child (node), type, found);
      break;
    default:
      break;
    }
  if (gsk_render_node_get_node_type (node) == type)
    g_ptr_array_add (found, node);
}

/* The rows of a boxed list have a border at the bottom only, which GTK 4.8
 * draws through a mesh gradient when its four sides differ in colour: the
 * style sheet gives the zero-width sides the bottom's colour (fix 40) */
static void
test_style_boxed_list_rows (void)
{
  const char *sheets[] = { "style.css", "style-hc.css" };

  for (guint k = 0; k < G_N_ELEMENTS (sheets); k++)
    {
      g_autoptr(GtkCssProvider) provider = load_style_sheet (sheets[k]);
      GdkDisplay *display = gdk_display_get_default ();
      GtkWidget *window = gtk_window_new ();
      GtkWidget *list = gtk_list_box_new ();
      g_autoptr(GdkPaintable) paintable = NULL;
      g_autoptr(GPtrArray) borders = g_ptr_array_new ();
      GtkSnapshot *snapshot;
      GskRenderNode *node;

      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint i = 0; i < 3; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), gtk_label_new ("Row"));
      gtk_window_set_child (GTK_WINDOW (window), list);
      gtk_window_present (GTK_WINDOW (window));
      drain_main_loop ();

      paintable = gtk_widget_paintable_new (list);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (list),
                              gtk_widget_get_height (list));
      node = gtk_snapshot_free_to_node (snapshot);
      collect_nodes (node, GSK_BORDER_NODE, borders);

      /* The first two rows; the last has no border */
      g_assert_cmpuint (borders->len, >=, 2);
      for (guint i = 0; i < borders->len; i++)
        {
          const GdkRGBA *colors = gsk_border_node_get_colors (g_ptr_array_index (borders, i));
          const float *widths = gsk_border_node_get_widths (g_ptr_array_index (borders, i));

          g_assert_cmpfloat (widths[2], ==, 1);
          for (guint side = 0; side < 4; side++)
            g_assert_true (gdk_rgba_equal (&colors[side], &colors[2]));
        }

      gsk_render_node_unref (node);
      gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (provider));
      gtk_window_destroy (GTK_WINDOW (window));
      drain_main_loop ();
    }
}

/* A skill's timeline keeps its drawing until its series changes */
static void
test_timeline_keeps_its_drawing (void)
{
  g_autoptr(CareerPlan) plan = career_plan_new ();
  GtkWidget *chart = g_object_ref_sink (career_timeline_view_new ());
  GskRenderNode *first, *node;
  int minimum, natural;

  career_plan_set_level (plan, "python", 2, NULL);
  career_timeline_view_set_series (CAREER_TIMELINE_VIEW (chart),
                                   career_progress_history_for_skill (plan, "python"),
                                   "Python", TRUE);
  gtk_widget_measure (chart, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 400, &minimum, &natural, NULL, NULL);
  gtk_widget_allocate (chart, 400, MAX (minimum, 240), -1, NULL);

  first = snapshot_widget (chart);
  g_assert_cmpint (gsk_render_node_get_node_type (first), ==, GSK_CAIRO_NODE);
  node = snapshot_widget (chart);
  g_assert_true (node == first);
  gsk_render_node_unref (node);

  career_plan_set_level (plan, "python", 3, NULL);
  career_timeline_view_set_series (CAREER_TIMELINE_VIEW (chart),
                                   career_progress_history_for_skill (plan, "python"),
                                   "Python", TRUE);
  node = snapshot_widget (chart);
  g_assert_true (node != first);
  gsk_render_node_unref (node);

  gsk_render_node_unref (first);
  g_object_unref (chart);
}

/* The Compare view's radar keeps its drawing across snapshots, and draws
 * again for a new profile or style */
static void
test_radar_keeps_its_drawing (void)
{
  g_autoptr(CareerApplication) app = career_application_new ();
  g_autoptr(CareerCatalog) catalog = load_builtin ();
  g_autoptr(CareerPlan) plan = career_plan_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  CareerWindow *window = present_window (catalog, plan);
  GtkWidget *view = career_window_get_view (window, "compare");
  GtkWidget *radar = template_child (view, CAREER_TYPE_COMPARE_VIEW, "radar");
  GskRenderNode *first, *node;

  g_assert_true (gtk_widget_get_mapped (radar));
  first = snapshot_widget (radar);
  g_assert_cmpint (gsk_render_node_get_node_type (first), ==, GSK_CAIRO_NODE);
  node = snapshot_widget (radar);
  g_assert_true (node == first);
  gsk_render_node_unref (node);

  /* A skill rated anew changes the profile */
  career_plan_set_level (plan, "python", 4, NULL);
  drain_main_loop ();
  node = snapshot_widget (radar);
  g_assert_true (node != first);
  gsk_render_node_unref (first);
  first = node;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  node = snapshot_widget (radar);
  g_assert_true (node != first);
  gsk_render_node_unref (node);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gsk_render_node_unref (first);
  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_message ("No display; run the suite with build-aux/dev test");
      return 77;
    }

  gtk_init ();
  adw_init ();
  /* The application class registers the UI resources. */
  g_type_class_unref (g_type_class_ref (CAREER_TYPE_APPLICATION));

  g_test_add_func ("/ui/window-template", test_window_template);
  g_test_add_func ("/ui/every-ui-resource-builds", test_every_ui_resource_builds);
  g_test_add_func ("/ui/columns-layout", test_columns_layout);
  g_test_add_func ("/ui/expander-row", test_expander_row);
  g_test_add_func ("/ui/height-for-width-layout", test_height_for_width_layout);
  g_test_add_func ("/ui/compare-view/two-roles", test_compare_view_shows_two_roles);
  g_test_add_func ("/ui/skills-view/groups-by-category", test_skills_view_groups_by_category);
  g_test_add_func ("/ui/skills-view/search", test_skills_view_search);
  g_test_add_func ("/ui/skills-view/rows-follow-search", test_skills_view_rows_follow_search);
  g_test_add_func ("/ui/skills-view/search-over-frames", test_skills_view_search_over_frames);
  g_test_add_func ("/ui/skills-view/gaps-and-sorting", test_skills_view_gaps_and_sorting);
  g_test_add_func ("/ui/skills-view/keeps-orphans", test_skills_view_keeps_orphans);
  g_test_add_func ("/ui/skills-view/target-placeholder", test_skills_view_target_placeholder);
  g_test_add_func ("/ui/skills-view/collapses-categories", test_skills_view_collapses_categories);
  g_test_add_func ("/ui/skills-view/detail", test_skills_view_detail);
  g_test_add_func ("/ui/level-selector", test_level_selector);
  g_test_add_func ("/ui/drop-down", test_drop_down);
  g_test_add_func ("/ui/drop-down/popup-size", test_drop_down_popup_size);
  g_test_add_func ("/ui/drop-down/placeholder", test_drop_down_placeholder);
  g_test_add_func ("/ui/tooltip", test_tooltip);
  g_test_add_func ("/ui/caption", test_caption);
  g_test_add_func ("/ui/chart-node", test_chart_node);
  g_test_add_func ("/ui/text-ahead", test_text_ahead);
  g_test_add_func ("/ui/compare-view/radar-keeps-its-drawing", test_radar_keeps_its_drawing);
  g_test_add_func ("/ui/timeline-keeps-its-drawing", test_timeline_keeps_its_drawing);
  g_test_add_func ("/ui/style/boxed-list-rows", test_style_boxed_list_rows);
  g_test_add_func ("/ui/courses-view/follows-program", test_courses_view_follows_program);
  g_test_add_func ("/ui/comparison-window", test_comparison_window_follows_plan);
  g_test_add_func ("/ui/window/save-and-unsaved-changes", test_window_saves_and_guards_unsaved_changes);
  g_test_add_func ("/ui/window/commits-typed-notes", test_window_commits_typed_notes);
  g_test_add_func ("/ui/window/search-follows-view", test_window_search_follows_view);
  g_test_add_func ("/ui/window/narrow-in-german", test_window_narrow_in_german);
  g_test_add_func ("/ui/skills-view/click-opens-narrow", test_skills_view_click_opens_narrow);
  g_test_add_func ("/ui/quit-asks-before-closing-any", test_quit_asks_before_closing_any);
  g_test_add_func ("/ui/window/undo-toast-goes-with-its-step",
                   test_window_undo_toast_goes_with_its_step);
  g_test_add_func ("/ui/window/read-only-copy-has-no-origin",
                   test_window_read_only_copy_has_no_origin);
  g_test_add_func ("/ui/course-audit/says-when-not-exact", test_course_audit_says_when_not_exact);
  g_test_add_func ("/ui/window/new-plan-setup", test_new_plan_setup);
  g_test_add_func ("/ui/window/compare-programs", test_compare_programs);
  g_test_add_func ("/ui/window/view-switch", test_window_view_switch);
  g_test_add_func ("/ui/window/lazy-views", test_window_lazy_views);
  g_test_add_func ("/ui/window/layout-ahead-waits-for-keys", test_window_layout_ahead_waits_for_keys);
  g_test_add_func ("/ui/window/views-prepared-in-turn", test_window_views_prepared_in_turn);
  g_test_add_func ("/ui/window/restyle-in-quiet-window", test_window_restyle_in_quiet_window);
  g_test_add_func ("/ui/window/recommendations-laid-out-ahead",
                   test_window_recommendations_laid_out_ahead);
  g_test_add_func ("/ui/window/list-fills-over-frames", test_window_list_fills_over_frames);
  g_test_add_func ("/ui/window/new-view-waits-for-its-frame",
                   test_window_new_view_waits_for_its_frame);
  g_test_add_func ("/ui/window/new-widgets-measured-once", test_window_new_widgets_measured_once);
  g_test_add_func ("/ui/window/audit-after-first-frame", test_window_audit_after_first_frame);

  return g_test_run ();
}
