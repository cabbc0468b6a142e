/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-courses-view.h"
#include "career-format.h"

struct _CareerCoursesView
{
  GtkWidget       parent_instance;

  GtkDropDown    *program_dropdown;
  GtkLabel       *program_description;
  GtkListView    *course_list;
  CareerCatalog  *catalog;
};

G_DEFINE_FINAL_TYPE (CareerCoursesView, career_courses_view, GTK_TYPE_WIDGET)

static char *
program_title (CareerProgram *program)
{
  if (program == NULL)
    return g_strdup ("");

  /* Translators: a program in the picker: institution, then program name */
  return g_strdup_printf (_("%1$s, %2$s"),
                          career_program_get_institution (program),
                          career_program_get_name (program));
}

static void
update_program (CareerCoursesView *self)
{
  CareerProgram *program = gtk_drop_down_get_selected_item (self->program_dropdown);
  g_autoptr(GtkNoSelection) selection = NULL;

  if (program == NULL)
    {
      gtk_label_set_text (self->program_description, "");
      gtk_list_view_set_model (self->course_list, NULL);
      return;
    }

  gtk_label_set_text (self->program_description, career_program_get_description (program));
  selection = gtk_no_selection_new (g_object_ref (career_program_get_courses (program)));
  gtk_list_view_set_model (self->course_list, GTK_SELECTION_MODEL (selection));
}

static void
on_program_selected_cb (CareerCoursesView *self)
{
  update_program (self);
}

/* The picker's button ellipsizes, so that a long program name cannot make the
 * window wider than a phone; the popup wraps instead. */
static void
on_program_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean in_popup = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (in_popup)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
on_program_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  g_autofree char *title = program_title (gtk_list_item_get_item (list_item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), title);
}

static GtkListItemFactory *
program_factory_new (gboolean in_popup)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_program_setup_cb),
                    GINT_TO_POINTER (in_popup));
  g_signal_connect (factory, "bind", G_CALLBACK (on_program_bind_cb), NULL);
  return factory;
}

static void
on_course_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *facts = gtk_label_new (NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);

  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_label_set_width_chars (GTK_LABEL (code), 9);
  gtk_widget_set_valign (code, GTK_ALIGN_START);
  gtk_widget_add_css_class (code, "heading");
  gtk_widget_add_css_class (code, "course-code");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (facts), 0);
  gtk_label_set_wrap (GTK_LABEL (facts), TRUE);
  gtk_widget_add_css_class (facts, "dim-label");
  gtk_widget_add_css_class (facts, "caption");

  gtk_grid_attach (GTK_GRID (grid), code, 0, 0, 1, 2);
  gtk_grid_attach (GTK_GRID (grid), title, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), facts, 1, 1, 1, 1);
  gtk_list_item_set_child (list_item, grid);
}

static void
on_course_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  CareerCourse *course = gtk_list_item_get_item (list_item);
  GtkWidget *grid = gtk_list_item_get_child (list_item);
  GtkWidget *code = gtk_grid_get_child_at (GTK_GRID (grid), 0, 0);
  GtkWidget *title = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  GtkWidget *facts = gtk_grid_get_child_at (GTK_GRID (grid), 1, 1);
  g_autofree char *credits_text = NULL;
  g_autofree char *workload_text = NULL;
  g_autofree char *line = NULL;
  double credits, hours;

  gtk_label_set_text (GTK_LABEL (code), career_course_get_code (course));
  gtk_label_set_text (GTK_LABEL (title), career_course_get_title (course));

  credits_text = career_course_get_credits (course, &credits)
                 ? career_format_credits (credits)
                 : g_strdup (_("Credits not known"));
  workload_text = career_course_get_workload (course, &hours, NULL)
                  ? career_format_hours (hours)
                  : g_strdup (_("workload not known"));
  /* Translators: "3 credits · 20.7 hours a week" */
  line = g_strdup_printf (_("%1$s · %2$s"), credits_text, workload_text);
  gtk_label_set_text (GTK_LABEL (facts), line);
}

static void
career_courses_view_dispose (GObject *object)
{
  CareerCoursesView *self = (CareerCoursesView *) object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CAREER_TYPE_COURSES_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (career_courses_view_parent_class)->dispose (object);
}

static void
career_courses_view_class_init (CareerCoursesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_courses_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/career-courses-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, program_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, program_description);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, course_list);
  gtk_widget_class_bind_template_callback (widget_class, on_program_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_course_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_course_bind_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
career_courses_view_init (CareerCoursesView *self)
{
  g_autoptr(GtkListItemFactory) factory = program_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = program_factory_new (TRUE);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_factory (self->program_dropdown, factory);
  gtk_drop_down_set_list_factory (self->program_dropdown, list_factory);
}

void
career_courses_view_set_catalog (CareerCoursesView *self,
                                 CareerCatalog     *catalog)
{
  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));
  g_return_if_fail (!catalog || CAREER_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  gtk_drop_down_set_model (self->program_dropdown,
                           catalog ? career_catalog_get_programs (catalog) : NULL);
  update_program (self);
}
