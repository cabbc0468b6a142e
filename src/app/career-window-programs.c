/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Compare Programs: every program of the catalog side by side for the
 * plan's target role and weekly hours: credits, tuition, time to degree and
 * the fit the person could reach by graduation (career-program-compare.h,
 * where the rules and their limits are documented). What the catalog does
 * not say is shown as not known.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <glib/gi18n.h>

#include "career-columns.h"
#include "career-format.h"
#include "career-program-compare.h"
#include "career-rows.h"
#include "career-window-private.h"

static GtkWidget *
program_column (const CareerProgramSummary *summary)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (NULL);
  GtkWidget *list = gtk_list_box_new ();
  g_autofree char *title = NULL;
  g_autofree char *credits = career_format_credits (summary->total_credits);
  g_autoptr(GString) courses = g_string_new (NULL);

  /* Translators: a program in the comparison: institution, then program name */
  title = g_strdup_printf (_("%1$s, %2$s"), career_program_get_institution (summary->program),
                           career_program_get_name (summary->program));
  gtk_label_set_text (GTK_LABEL (heading), title);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);

  gtk_list_box_append (GTK_LIST_BOX (list), career_info_row_new (_("Credits"), credits));
  gtk_list_box_append (GTK_LIST_BOX (list), career_info_row_new (_("Tuition"),
                                                                  summary->tuition_text));
  gtk_list_box_append (GTK_LIST_BOX (list), career_info_row_new (_("Time to degree"),
                                                                  summary->months_text));
  gtk_list_box_append (GTK_LIST_BOX (list),
                       career_info_row_new (_("Fit you could reach by graduation"),
                                            summary->fit_text));

  for (guint i = 0; summary->courses != NULL && i < summary->courses->len; i++)
    {
      CareerCourse *course = g_ptr_array_index (summary->courses, i);

      g_string_append_printf (courses, "%s%s", i > 0 ? ", " : "", career_course_get_code (course));
    }
  if (courses->len > 0)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         career_info_row_new (_("Courses that would close the most gaps"),
                                              courses->str));

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

/**
 * career_window_compare_programs:
 *
 * Opens a window comparing every program of the catalog for this plan.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
career_window_compare_programs (CareerWindow *self)
{
  g_autoptr(CareerProgramComparison) comparison = NULL;
  g_autoptr(GPtrArray) programs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *hours = NULL;
  g_autofree char *intro = NULL;
  GtkWidget *window, *box, *scrolled, *clamp, *content, *label, *columns;
  GListModel *model;
  CareerRole *role;

  g_return_val_if_fail (CAREER_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->plan != NULL && self->catalog != NULL, NULL);

  role = career_catalog_lookup_role (self->catalog, career_plan_get_target_role_id (self->plan));
  model = career_catalog_get_programs (self->catalog);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (programs, g_list_model_get_item (model, i));
  comparison = career_program_compare (self->plan, self->catalog, role,
                                       (CareerProgram * const *) programs->pdata, programs->len);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Compare Programs"));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  hours = career_format_hours (comparison->weekly_hours);
  if (role != NULL)
    /* Translators: "For Machine Learning Engineer, studying 15 hours a week. Each program..." */
    intro = g_strdup_printf (_("For %1$s, studying %2$s. Each program is taken as if you started it "
                               "today; the fit assumes you take its courses that close your gaps "
                               "the most."),
                             career_role_get_title (role), hours);
  else
    intro = g_strdup_printf (_("Studying %s. Choose a target role in the Skills view to see the "
                               "fit each program could bring you to."), hours);
  label = gtk_label_new (intro);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (content), label);

  columns = g_object_new (CAREER_TYPE_COLUMNS, "column-width", 280, "spacing", 24, NULL);
  for (guint i = 0; i < comparison->n_programs; i++)
    gtk_widget_set_parent (program_column (&comparison->programs[i]), columns);
  gtk_box_append (GTK_BOX (content), columns);

  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
on_compare_programs_activate (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  career_window_compare_programs (CAREER_WINDOW (widget));
}

void
career_window_programs_init (CareerWindowClass *klass)
{
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "win.compare-programs", NULL,
                                   on_compare_programs_activate);
}
