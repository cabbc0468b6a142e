/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Courses view: the program's course catalog beside the term board.
 *
 * Left (a pushed page when the window is narrow): the catalog, a GtkListView
 * over one GtkFilterListModel of the program's courses with one shared
 * filter (search, "eligible now", "not yet planned", a skill), so that rows
 * are recycled and a catalog of 10 000 courses stays smooth. Each row can be
 * dragged onto a term, or added with its "Add to Term" menu.
 *
 * Right: the program and its settings, the terms as cards
 * (CareerTermCard, bound to the plan's terms with gtk_list_box_bind_model:
 * terms are few), transfer credit and the degree audit (CareerCourseAudit).
 *
 * The parts live in three files (career-courses-view-private.h says which).
 *
 * Every change goes through the plan's command API, from the "courses.*"
 * actions of this widget or the public functions below (the same code).
 * After each change of the plan, the check, the cost and the audit are
 * computed again (they are fast) and shown, once the current event is
 * handled: a row is never rebuilt while its own button's handler runs.
 *
 * The weekly hours are committed 0.8 s after the last change of the spin
 * button, or at once when it loses focus: clicking "+" five times, or
 * holding it, records one undo step, not five.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "career-courses-view-private.h"
#include "career-format.h"
#include "career-frame-share.h"
#include "career-height-for-width-layout.h"
#include "career-rows.h"
#include "career-projection.h"
#include "career-term-card.h"

#define HOURS_COMMIT_DELAY_MS 800

G_DEFINE_FINAL_TYPE (CareerCoursesView, career_courses_view, GTK_TYPE_WIDGET)

static void refresh_now   (CareerCoursesView *self);

/* Helpers */

void
_career_courses_view_show_undo_toast (CareerCoursesView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-undo-toast", NULL);
}

CareerProgram *
_career_courses_view_plan_program (CareerCoursesView *self)
{
  const char *id;

  if (self->plan == NULL || self->catalog == NULL)
    return NULL;
  id = career_plan_get_program_id (self->plan);
  return id ? career_catalog_lookup_program (self->catalog, id) : NULL;
}

guint
_career_courses_view_n_terms (CareerCoursesView *self)
{
  return self->plan ? g_list_model_get_n_items (career_plan_get_terms (self->plan)) : 0;
}

CareerTerm *
_career_courses_view_get_term (CareerCoursesView *self,
                               guint              position)
{
  if (self->plan == NULL || position >= _career_courses_view_n_terms (self))
    return NULL;
  return g_list_model_get_item (career_plan_get_terms (self->plan), position);
}

static gboolean
has_term (CareerCoursesView *self,
          CareerSeason       season,
          int                year)
{
  for (guint i = 0; i < _career_courses_view_n_terms (self); i++)
    {
      g_autoptr(CareerTerm) term = _career_courses_view_get_term (self, i);

      if (career_term_get_season (term) == season && career_term_get_year (term) == year)
        return TRUE;
    }
  return FALSE;
}

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

static char *
catalog_year_text (const char *year)
{
  if (year == NULL || year[0] == '\0' || g_strcmp0 (year, "unknown") == 0)
    return g_strdup (_("Not known"));
  return g_strdup (year);
}
static void
update_specializations (CareerCoursesView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) options = self->program ? career_program_get_specializations (self->program)
                                               : NULL;

  g_clear_pointer (&self->specialization_ids, g_ptr_array_unref);
  self->specialization_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->specialization_ids, NULL);
  /* Translators: no specialization of the program chosen yet */
  gtk_string_list_append (names, _("None Chosen"));

  for (guint i = 0; options != NULL && i < options->len; i++)
    {
      CareerSpecialization *option = g_ptr_array_index (options, i);

      g_ptr_array_add (self->specialization_ids, g_strdup (option->id));
      gtk_string_list_append (names, option->name);
    }

  self->updating = TRUE;
  career_drop_down_set_model (self->specialization_dropdown, G_LIST_MODEL (names));
  self->updating = FALSE;
  gtk_widget_set_visible (self->specialization_row, options != NULL && options->len > 0);
}

/* Shows @program's catalog: its courses, skills and specializations. */
static void
show_program (CareerCoursesView *self,
              CareerProgram     *program)
{
  g_autofree char *title = NULL;

  if (program == self->program)
    return;

  self->program = program;
  _career_courses_view_fold_haystacks (self);
  _career_courses_view_update_filter_choices (self);
  update_specializations (self);
  g_clear_pointer (&self->kinds, g_hash_table_unref);
  _career_courses_view_update_kinds (self);

  if (program != NULL)
    /* Translators: the catalog's heading: "Course Catalog · Rice University" */
    title = g_strdup_printf (_("Course Catalog · %s"), career_program_get_institution (program));
  gtk_label_set_text (self->catalog_title, title ? title : _("Course Catalog"));
  gtk_label_set_text (self->program_description,
                      program ? career_program_get_description (program) : "");
  /* Two lines of it on the board; all of it on hover */
  career_set_tooltip (GTK_WIDGET (self->program_description),
                      program ? career_program_get_description (program) : NULL);

  gtk_filter_list_model_set_model (self->filtered,
                                   program ? career_program_get_courses (program) : NULL);
  _career_courses_view_apply_filters (self);
  _career_courses_view_update_catalog_empty (self);
}

/* Program picker */

static void
sync_program_widgets (CareerCoursesView *self)
{
  guint position = GTK_INVALID_LIST_POSITION;
  guint specialization = 0;
  const char *specialization_id = self->plan ? career_plan_get_specialization_id (self->plan) : NULL;
  const char *year = NULL;
  g_autofree char *year_text = NULL;

  if (self->catalog != NULL && self->program != NULL)
    g_list_store_find (G_LIST_STORE (career_catalog_get_programs (self->catalog)), self->program,
                       &position);
  for (guint i = 1; self->specialization_ids && i < self->specialization_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->specialization_ids, i), specialization_id) == 0)
      specialization = i;

  self->updating = TRUE;
  career_drop_down_set_selected (self->program_dropdown, position);
  career_drop_down_set_selected (self->specialization_dropdown, specialization);
  self->updating = FALSE;

  if (self->plan != NULL && career_plan_get_catalog_year (self->plan) != NULL)
    year = career_plan_get_catalog_year (self->plan);
  else if (self->program != NULL)
    year = career_program_get_catalog_year (self->program);
  year_text = catalog_year_text (year);

  /* The catalog has one year of each program; say so when the plan follows another. */
  if (self->program != NULL && year != NULL &&
      g_strcmp0 (year, career_program_get_catalog_year (self->program)) != 0)
    {
      g_autofree char *ours = catalog_year_text (career_program_get_catalog_year (self->program));
      g_autofree char *text = NULL;

      /* Translators: the plan's catalog year differs from the one the catalog describes */
      text = g_strdup_printf (_("%1$s (this catalog describes %2$s)"), year_text, ours);
      gtk_label_set_text (self->catalog_year_label, text);
    }
  else
    {
      gtk_label_set_text (self->catalog_year_label, year_text);
    }
}

static void
on_program_selected_cb (CareerCoursesView *self)
{
  CareerProgram *program = career_drop_down_get_selected_item (self->program_dropdown);
  const char *specialization = NULL;

  if (self->updating || program == NULL)
    return;

  if (self->plan == NULL)
    {
      /* Without a plan the picker only browses catalogs. */
      show_program (self, program);
      return;
    }

  if (program == _career_courses_view_plan_program (self))
    specialization = career_plan_get_specialization_id (self->plan);
  career_courses_view_choose_program (self, career_program_get_id (program), specialization);
}

static void
on_specialization_selected_cb (CareerCoursesView *self)
{
  guint selected = career_drop_down_get_selected (self->specialization_dropdown);

  if (self->updating || self->plan == NULL || self->program == NULL ||
      self->specialization_ids == NULL || selected >= self->specialization_ids->len)
    return;

  career_courses_view_choose_program (self, career_program_get_id (self->program),
                                      g_ptr_array_index (self->specialization_ids, selected));
}

static void
on_program_row_activated_cb (CareerCoursesView *self,
                             GtkListBoxRow     *row)
{
  CareerProgram *program = g_object_get_data (G_OBJECT (row), "program");

  if (program != NULL && self->plan != NULL)
    career_courses_view_choose_program (self, career_program_get_id (program), NULL);
}

static GtkWidget *
create_program_row (gpointer item,
                    gpointer user_data)
{
  CareerProgram *program = item;
  g_autofree char *title = program_title (program);
  const char *year = career_program_get_catalog_year (program);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *subtitle_label;
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  if (year == NULL || year[0] == '\0' || g_strcmp0 (year, "unknown") == 0)
    /* Translators: a program's degree, then that its catalog year is not known */
    subtitle = g_strdup_printf (_("%s · catalog year not known"), career_program_get_degree (program));
  else
    /* Translators: a program's degree and catalog year: "Master of Computer Science · catalog
     * year 2024-2025" */
    subtitle = g_strdup_printf (_("%1$s · catalog year %2$s"), career_program_get_degree (program),
                                year);
  subtitle_label = gtk_label_new (subtitle);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_set_margin_top (grid, 10);
  gtk_widget_set_margin_bottom (grid, 10);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle_label), TRUE);
  gtk_widget_add_css_class (subtitle_label, "dim-label");
  gtk_widget_add_css_class (subtitle_label, "caption");
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), title_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), subtitle_label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), arrow, 1, 0, 1, 2);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  g_object_set_data (G_OBJECT (row), "program", program);
  return row;
}

/* Weekly hours */

static gboolean
hours_commit_cb (gpointer user_data)
{
  CareerCoursesView *self = user_data;

  self->hours_commit_id = 0;
  career_courses_view_commit_weekly_hours (self);
  return G_SOURCE_REMOVE;
}

static void
on_hours_changed_cb (CareerCoursesView *self)
{
  if (self->updating || self->plan == NULL)
    return;

  g_clear_handle_id (&self->hours_commit_id, g_source_remove);
  self->hours_commit_id = g_timeout_add (HOURS_COMMIT_DELAY_MS, hours_commit_cb, self);
}

static void
on_hours_focus_leave_cb (CareerCoursesView *self)
{
  if (self->hours_commit_id != 0)
    career_courses_view_commit_weekly_hours (self);
}

/* Add Term */

typedef struct
{
  CareerCoursesView *view;
  GtkWidget         *popover;
  GtkWidget         *season;
  GtkWidget         *year;
  GtkWidget         *add;
  GtkWidget         *exists;
} AddTermForm;

static void
add_term_validate (AddTermForm *form)
{
  CareerSeason season = career_drop_down_get_selected (CAREER_DROP_DOWN (form->season));
  int year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->year));
  gboolean exists = season <= CAREER_SEASON_FALL && has_term (form->view, season, year);

  gtk_widget_set_sensitive (form->add, form->view->plan != NULL && !exists &&
                                       season <= CAREER_SEASON_FALL);
  gtk_widget_set_visible (form->exists, exists);
}

static void
on_add_term_show_cb (GtkWidget   *popover,
                     AddTermForm *form)
{
  CareerCoursesView *self = form->view;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CareerSeason season;
  int year;

  career_plan_next_term (self->plan, self->program ? career_program_get_terms (self->program) : 0,
                         now, &season, &year);
  career_drop_down_set_selected (CAREER_DROP_DOWN (form->season), season);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (form->year), year);
  add_term_validate (form);
}

static void
on_add_term_clicked_cb (GtkWidget   *button,
                        AddTermForm *form)
{
  CareerSeason season = career_drop_down_get_selected (CAREER_DROP_DOWN (form->season));
  int year;

  gtk_spin_button_update (GTK_SPIN_BUTTON (form->year));
  year = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->year));
  if (season > CAREER_SEASON_FALL)
    return;

  gtk_popover_popdown (GTK_POPOVER (form->popover));
  career_courses_view_add_term (form->view, season, year);
}

static GtkWidget *
add_term_popover_new (CareerCoursesView *self)
{
  AddTermForm *form = g_new0 (AddTermForm, 1);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *season_label = gtk_label_new_with_mnemonic (_("_Season"));
  GtkWidget *year_label = gtk_label_new_with_mnemonic (_("_Year"));
  const char *seasons[] = { N_("Spring"), N_("Summer"), N_("Fall"), NULL };
  g_autoptr(GtkStringList) season_names = gtk_string_list_new (NULL);

  for (guint i = 0; seasons[i] != NULL; i++)
    gtk_string_list_append (season_names, _(seasons[i]));

  form->view = self;
  form->popover = popover;
  form->season = career_drop_down_new (g_object_ref (G_LIST_MODEL (season_names)), NULL);
  form->year = gtk_spin_button_new_with_range (1900, 2999, 1);
  form->add = gtk_button_new_with_mnemonic (_("_Add"));
  form->exists = gtk_label_new (_("The plan has this term already"));
  g_object_set_data_full (G_OBJECT (popover), "add-term-form", form, g_free);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  gtk_label_set_xalign (GTK_LABEL (season_label), 0);
  gtk_label_set_xalign (GTK_LABEL (year_label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (season_label), form->season);
  career_set_inner_button_label (form->season, _("Season"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (year_label), form->year);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (form->year),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, year_label, NULL, -1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (form->year), TRUE);
  gtk_widget_add_css_class (form->add, "suggested-action");
  gtk_widget_add_css_class (form->exists, "dim-label");
  gtk_widget_add_css_class (form->exists, "caption");
  gtk_label_set_wrap (GTK_LABEL (form->exists), TRUE);
  gtk_label_set_xalign (GTK_LABEL (form->exists), 0);
  gtk_widget_set_visible (form->exists, FALSE);

  gtk_grid_attach (GTK_GRID (grid), season_label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), form->season, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), year_label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), form->year, 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), form->exists, 0, 2, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), form->add, 0, 3, 2, 1);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), form->add);

  g_signal_connect (popover, "show", G_CALLBACK (on_add_term_show_cb), form);
  g_signal_connect_swapped (form->season, "notify::selected", G_CALLBACK (add_term_validate), form);
  g_signal_connect_swapped (form->year, "value-changed", G_CALLBACK (add_term_validate), form);
  g_signal_connect (form->add, "clicked", G_CALLBACK (on_add_term_clicked_cb), form);
  return popover;
}

/* The forms' popovers are made when first opened: they were a fifth of
 * making the view (docs/benchmarks.md, fix 36) */
static void
create_add_term_popover_cb (GtkMenuButton *button,
                            gpointer       user_data)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_popover (button, add_term_popover_new (user_data));
}

static void
create_transfer_popover_cb (GtkMenuButton *button,
                            gpointer       user_data)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_popover (button, _career_courses_view_transfer_popover_new (user_data));
}

/* The summary above the board: credits, graduation, tuition */

enum { STAT_CREDITS, STAT_GRADUATION, STAT_TUITION };

static void
create_stats (CareerCoursesView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->stat_values); i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *child;

      self->stat_values[i] = gtk_label_new (NULL);
      self->stat_captions[i] = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (self->stat_values[i]), TRUE);
      gtk_label_set_wrap (GTK_LABEL (self->stat_captions[i]), TRUE);
      gtk_label_set_justify (GTK_LABEL (self->stat_values[i]), GTK_JUSTIFY_CENTER);
      gtk_label_set_justify (GTK_LABEL (self->stat_captions[i]), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (self->stat_values[i]), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (self->stat_captions[i]), 16);
      gtk_widget_add_css_class (self->stat_values[i], "title-4");
      gtk_widget_add_css_class (self->stat_captions[i], "caption");
      gtk_widget_add_css_class (self->stat_captions[i], "dim-label");
      gtk_box_append (GTK_BOX (box), self->stat_values[i]);
      gtk_box_append (GTK_BOX (box), self->stat_captions[i]);
      gtk_widget_set_margin_top (box, 10);
      gtk_widget_set_margin_bottom (box, 10);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);

      child = gtk_flow_box_child_new ();
      /* Three across on a wide board, one under the other on a phone */
      gtk_widget_set_size_request (child, 180, -1);
      gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
      gtk_widget_set_focusable (child, FALSE);
      gtk_flow_box_append (self->stats_box, child);
    }
}

static void
set_stat (CareerCoursesView *self,
          guint              stat,
          const char        *value,
          const char        *caption)
{
  GtkWidget *child = gtk_widget_get_ancestor (self->stat_values[stat], GTK_TYPE_FLOW_BOX_CHILD);
  g_autofree char *both = g_strdup_printf ("%s, %s", caption, value);

  gtk_label_set_text (GTK_LABEL (self->stat_values[stat]), value);
  gtk_label_set_text (GTK_LABEL (self->stat_captions[stat]), caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, both, -1);
}

static void
update_stats (CareerCoursesView *self)
{
  CareerAudit *audit = self->cost ? career_plan_cost_get_audit (self->cost) : NULL;
  const CareerAuditTotals *totals;
  CareerTerm *graduation_term = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *needed = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *credits = NULL;
  g_autofree char *credits_caption = NULL;
  g_autofree char *graduation = NULL;
  g_autofree char *graduation_caption = NULL;
  g_autofree char *tuition = NULL;
  const char *tuition_caption;
  const char *currency;
  double amount, value;
  guint n_unknown, n_completed_unknown, months;

  /* Figures of a plan without terms say nothing yet */
  gtk_widget_set_visible (GTK_WIDGET (self->stats_box), audit != NULL && _career_courses_view_n_terms (self) > 0);
  if (audit == NULL)
    return;

  totals = career_audit_get_totals (audit);
  value = career_audit_get_credits (audit, CAREER_AUDIT_VIEW_PLANNED, &n_unknown);
  planned = career_format_number (value, 1);
  needed = career_format_number (totals->needed, 1);
  completed = career_format_number (career_audit_get_credits (audit, CAREER_AUDIT_VIEW_COMPLETED,
                                                              &n_completed_unknown), 1);
  credits = n_unknown > 0
            /* Translators: credits in the plan, some not known: "At least 6 of 30" */
            ? g_strdup_printf (_("At least %1$s of %2$s"), planned, needed)
            /* Translators: credits in the plan: "24 of 30" */
            : g_strdup_printf (_("%1$s of %2$s"), planned, needed);
  credits_caption = n_completed_unknown > 0
                    /* Translators: under the credits of the plan */
                    ? g_strdup_printf (_("Credits in the plan; at least %s completed"), completed)
                    : g_strdup_printf (_("Credits in the plan; %s completed"), completed);
  set_stat (self, STAT_CREDITS, credits, credits_caption);

  switch (career_plan_cost_get_graduation (self->cost, &graduation_term))
    {
    case CAREER_GRADUATION_IN_PLAN:
      graduation = career_term_dup_label (graduation_term);
      if (career_plan_cost_get_months_to_degree (self->cost, &months))
        graduation_caption = g_strdup_printf (ngettext ("Expected graduation, %u month from the "
                                                        "first term",
                                                        "Expected graduation, %u months from the "
                                                        "first term", months), months);
      break;
    case CAREER_GRADUATION_NOT_KNOWN:
      graduation = g_strdup (_("Not known"));
      break;
    case CAREER_GRADUATION_NOT_IN_PLAN:
    default:
      /* Translators: the plan does not complete the degree */
      graduation = g_strdup (_("Not in the plan"));
      break;
    }
  set_stat (self, STAT_GRADUATION, graduation,
            graduation_caption ? graduation_caption : _("Expected graduation"));

  if (!career_plan_cost_get_tuition (self->cost, &amount, &n_unknown, &currency))
    {
      tuition = g_strdup (_("Not known"));
      tuition_caption = _("Tuition: the catalog has none for the program");
    }
  else if (n_unknown > 0)
    {
      g_autofree char *money = career_format_money (amount, currency);

      tuition = g_strdup_printf (_("At least %s"), money);
      tuition_caption = _("Tuition in all; some credits are not known");
    }
  else
    {
      tuition = career_format_money (amount, currency);
      tuition_caption = _("Tuition in all");
    }
  set_stat (self, STAT_TUITION, tuition, tuition_caption);
}

/* Terms */

static GtkWidget *
create_term_row (gpointer item,
                 gpointer user_data)
{
  CareerCoursesView *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *card = career_term_card_new (self->plan, item, self->catalog);

  /* A card that comes in a frame after the plan's last refresh */
  if (self->check != NULL)
    career_term_card_update (CAREER_TERM_CARD (card), self->check, self->cost, self->projection);
  gtk_widget_set_margin_bottom (card, 18);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), card);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

/* The term cards on screen come in the frame that shows the board, and the
 * others in the frames after (docs/benchmarks.md) */
#define TERMS_FIRST 2
#define TERMS_PER_FRAME 1

static void
bind_terms (CareerCoursesView *self)
{
  gtk_list_box_bind_model (self->terms_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->terms);
  if (self->plan == NULL || self->catalog == NULL)
    return;

  self->terms = career_growing_model_new (career_plan_get_terms (self->plan),
                                          GTK_WIDGET (self->terms_list),
                                          TERMS_FIRST, TERMS_PER_FRAME);
  gtk_list_box_bind_model (self->terms_list, G_LIST_MODEL (self->terms), create_term_row,
                           self, NULL);
}

static void
update_planned (CareerCoursesView *self)
{
  g_hash_table_remove_all (self->planned);

  for (guint i = 0; i < _career_courses_view_n_terms (self); i++)
    {
      g_autoptr(CareerTerm) term = _career_courses_view_get_term (self, i);
      GListModel *courses = career_term_get_courses (term);

      for (guint k = 0; k < g_list_model_get_n_items (courses); k++)
        {
          g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, k);
          const char *id = career_plan_course_get_course_id (entry);

          if (!g_hash_table_contains (self->planned, id))
            g_hash_table_insert (self->planned, g_strdup (id), career_term_dup_label (term));
        }
    }
}

/* The degree audit */

static void
fill_audit (CareerCoursesView *self)
{
  CareerProgram *program = self->plan ? _career_courses_view_plan_program (self) : self->program;

  self->audit_pending = FALSE;
  if (self->audit_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->audit_tick_id);
      self->audit_tick_id = 0;
    }
  career_course_audit_update (self->audit, program ? self->cost : NULL, self->catalog,
                              self->plan ? career_plan_get_weekly_hours (self->plan) : 0);
}

static gboolean
audit_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  CareerCoursesView *self = CAREER_COURSES_VIEW (widget);

  /* The catalog's rows and the term cards may be filling up too */
  if (!career_frame_share_claim (G_OBJECT (clock), gdk_frame_clock_get_frame_counter (clock),
                                 &self->audit_pending))
    return G_SOURCE_CONTINUE;
  self->audit_tick_id = 0;
  fill_audit (self);
  return G_SOURCE_REMOVE;
}

static void
on_audit_after_paint_cb (GdkFrameClock     *clock,
                         CareerCoursesView *self)
{
  career_clear_clock_handler (&self->audit_clock, &self->audit_paint_id);
  self->audit_drawn = TRUE;
  if (self->audit_pending && self->audit_tick_id == 0)
    self->audit_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), audit_tick_cb,
                                                        NULL, NULL);
}

/* The audit is the last section of the board, below the terms, and off
 * screen when the view is first shown: the frame that first shows the view
 * does not fill it, a later one does, which took a seventh off the first
 * switch to the view (docs/benchmarks.md, fix 37). Once the view has been
 * drawn, every refresh fills it at once. */
static void
update_audit (CareerCoursesView *self)
{
  if (self->audit_drawn)
    fill_audit (self);
  else
    self->audit_pending = TRUE;
}

static void
career_courses_view_map (GtkWidget *widget)
{
  CareerCoursesView *self = CAREER_COURSES_VIEW (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (career_courses_view_parent_class)->map (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (self->audit_drawn || self->audit_clock != NULL || clock == NULL)
    return;
  self->audit_clock = g_object_ref (clock);
  self->audit_paint_id = g_signal_connect (clock, "after-paint",
                                           G_CALLBACK (on_audit_after_paint_cb), self);
}

static void
refresh_now (CareerCoursesView *self)
{
  CareerProgram *program;
  CareerRole *role;
  gboolean has_program;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  program = self->plan ? _career_courses_view_plan_program (self) : self->program;
  show_program (self, program);
  _career_courses_view_update_kinds (self);
  has_program = self->plan != NULL && program != NULL;
  gtk_stack_set_visible_child_name (self->main_stack, has_program ? "plan" : "choose");

  sync_program_widgets (self);
  _career_courses_view_update_transfer_limit (self);

  /* The spin button follows the plan, but not while a change waits to be committed. */
  if (self->plan != NULL && self->hours_commit_id == 0)
    {
      self->updating = TRUE;
      gtk_spin_button_set_value (self->hours_spin, career_plan_get_weekly_hours (self->plan));
      self->updating = FALSE;
    }

  update_planned (self);
  g_clear_object (&self->check);
  g_clear_object (&self->cost);
  g_clear_object (&self->projection);
  if (self->plan != NULL && self->catalog != NULL)
    {
      self->check = career_plan_check_new (self->plan, self->catalog, program);
      self->cost = career_plan_cost_new (self->plan, self->catalog, program,
                                         career_plan_get_specialization_id (self->plan));
    }

  role = self->plan && self->catalog
         ? career_catalog_lookup_role (self->catalog, career_plan_get_target_role_id (self->plan))
         : NULL;
  /* Without a role, the projection still says what each term raises */
  if (self->plan != NULL && self->catalog != NULL)
    self->projection = career_projection_new (self->plan, self->catalog, role);

  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->terms_list, i);

      if (row == NULL)
        break;
      career_term_card_update (CAREER_TERM_CARD (gtk_list_box_row_get_child (row)),
                               self->check, self->cost, self->projection);
    }
  _career_courses_view_queue_recommendations (self);
  gtk_stack_set_visible_child_name (self->terms_stack, _career_courses_view_n_terms (self) > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->add_term_button), _career_courses_view_n_terms (self) > 0);

  update_stats (self);
  update_audit (self);

  if (self->eligible_only || self->unplanned_only)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _career_courses_view_update_catalog_empty (self);
  _career_courses_view_rebind_course_rows (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  CareerCoursesView *self = user_data;

  self->refresh_id = 0;
  refresh_now (self);
  return G_SOURCE_REMOVE;
}

void
_career_courses_view_queue_refresh (CareerCoursesView *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

static void
on_plan_changed_cb (CareerCoursesView *self)
{
  _career_courses_view_queue_refresh (self);
}

/* Actions */

static void
on_add_course_activate (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  const char *course_id;
  guint term_position;
  int position;

  g_variant_get (parameter, "(&sui)", &course_id, &term_position, &position);
  career_courses_view_add_course (CAREER_COURSES_VIEW (widget), course_id, term_position, position);
}

static void
on_move_course_activate (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  guint from_term, from_position, to_term, to_position;

  g_variant_get (parameter, "(uuuu)", &from_term, &from_position, &to_term, &to_position);
  career_courses_view_move_course (CAREER_COURSES_VIEW (widget), from_term, from_position, to_term,
                                   to_position == G_MAXUINT ? -1 : (int) to_position);
}

static void
on_remove_course_activate (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  guint term_position, position;

  g_variant_get (parameter, "(uu)", &term_position, &position);
  career_courses_view_remove_course (CAREER_COURSES_VIEW (widget), term_position, position);
}

static void
on_set_status_activate (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  guint term_position, position, status;

  g_variant_get (parameter, "(uuu)", &term_position, &position, &status);
  if (status <= CAREER_COURSE_STATUS_COMPLETED)
    career_courses_view_set_course_status (CAREER_COURSES_VIEW (widget), term_position, position,
                                           status);
}

static void
on_set_override_activate (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  guint term_position, position;
  const char *kind, *note;

  g_variant_get (parameter, "(uu&s&s)", &term_position, &position, &kind, &note);
  career_courses_view_set_override (CAREER_COURSES_VIEW (widget), term_position, position, kind,
                                    note[0] != '\0' ? note : NULL);
}

static void
on_remove_term_activate (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  career_courses_view_remove_term (CAREER_COURSES_VIEW (widget), g_variant_get_uint32 (parameter));
}

static void
on_show_add_learning_activate (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  _career_courses_view_show_add_learning (CAREER_COURSES_VIEW (widget), g_variant_get_uint32 (parameter));
}

static void
on_remove_learning_activate (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  guint term_position, position;

  g_variant_get (parameter, "(uu)", &term_position, &position);
  career_courses_view_remove_other_learning (CAREER_COURSES_VIEW (widget), term_position, position);
}

static void
on_remove_transfer_activate (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  career_courses_view_remove_transfer_credit (CAREER_COURSES_VIEW (widget),
                                              g_variant_get_uint32 (parameter));
}

static void
on_browse_activate (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CareerCoursesView *self = CAREER_COURSES_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "catalog");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_show_board_activate (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  adw_leaflet_set_visible_child_name (CAREER_COURSES_VIEW (widget)->leaflet, "board");
}

static void
on_no_terms_activate (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
}

static void
on_folded_cb (CareerCoursesView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  /* Folded, the board is the page people start from, and the catalog's
   * list needs the height more than the recommendations do. */
  if (folded)
    adw_leaflet_set_visible_child_name (self->leaflet, "board");
  gtk_expander_set_expanded (GTK_EXPANDER (self->recommend_expander), !folded);
}

/* Object */

static void
career_courses_view_unmap (GtkWidget *widget)
{
  CareerCoursesView *self = CAREER_COURSES_VIEW (widget);

  if (self->hours_commit_id != 0)
    career_courses_view_commit_weekly_hours (self);
  GTK_WIDGET_CLASS (career_courses_view_parent_class)->unmap (widget);
}

static void
career_courses_view_dispose (GObject *object)
{
  CareerCoursesView *self = (CareerCoursesView *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->recommend_id, g_source_remove);
  g_clear_handle_id (&self->hours_commit_id, g_source_remove);
  career_clear_clock_handler (&self->audit_clock, &self->audit_paint_id);
  if (self->audit_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->audit_tick_id);
      self->audit_tick_id = 0;
    }
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);

  if (self->terms_list != NULL)
    gtk_list_box_bind_model (self->terms_list, NULL, NULL, NULL, NULL);
  if (self->transfer_list != NULL)
    gtk_list_box_bind_model (self->transfer_list, NULL, NULL, NULL, NULL);
  if (self->program_list != NULL)
    gtk_list_box_bind_model (self->program_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAREER_TYPE_COURSES_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->check);
  g_clear_object (&self->cost);
  g_clear_object (&self->projection);
  g_clear_object (&self->terms);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  self->program = NULL;
  g_clear_handle_id (&self->haystacks_id, g_source_remove);
  g_clear_pointer (&self->haystacks, g_hash_table_unref);
  g_clear_pointer (&self->planned, g_hash_table_unref);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);
  g_clear_pointer (&self->skill_choices, g_ptr_array_unref);
  g_clear_pointer (&self->specialization_ids, g_ptr_array_unref);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->skill_id, g_free);
  g_clear_pointer (&self->credit_values, g_array_unref);
  g_clear_pointer (&self->kinds, g_hash_table_unref);
  g_clear_pointer (&self->kinds_specialization_id, g_free);

  G_OBJECT_CLASS (career_courses_view_parent_class)->dispose (object);
}

static void
career_courses_view_class_init (CareerCoursesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_courses_view_dispose;
  widget_class->map = career_courses_view_map;
  widget_class->unmap = career_courses_view_unmap;

  g_type_ensure (CAREER_TYPE_COURSE_AUDIT);
  g_type_ensure (CAREER_TYPE_DROP_DOWN);
  g_type_ensure (CAREER_TYPE_HEIGHT_FOR_WIDTH_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/career-courses-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, program_list);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, catalog_title);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, eligible_toggle);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, unplanned_toggle);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, skill_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, credits_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, workload_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, catalog_empty);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, recommend_box);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, recommend_list);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, recommend_expander);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, catalog_stack);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, course_list);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, program_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, program_description);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, specialization_row);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, specialization_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, catalog_year_label);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, add_term_button);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, terms_stack);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, terms_list);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, first_term_button);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, add_transfer_button);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, transfer_limit_label);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, transfer_list);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, audit);
  gtk_widget_class_bind_template_child (widget_class, CareerCoursesView, stats_box);
  gtk_widget_class_bind_template_callback (widget_class, on_program_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_program_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_specialization_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_hours_changed_cb);

  _career_courses_view_class_init_catalog (widget_class);

  gtk_widget_class_install_action (widget_class, "courses.add-course", "(sui)",
                                   on_add_course_activate);
  gtk_widget_class_install_action (widget_class, "courses.move-course", "(uuuu)",
                                   on_move_course_activate);
  gtk_widget_class_install_action (widget_class, "courses.remove-course", "(uu)",
                                   on_remove_course_activate);
  gtk_widget_class_install_action (widget_class, "courses.set-status", "(uuu)",
                                   on_set_status_activate);
  gtk_widget_class_install_action (widget_class, "courses.set-override", "(uuss)",
                                   on_set_override_activate);
  gtk_widget_class_install_action (widget_class, "courses.remove-term", "u",
                                   on_remove_term_activate);
  gtk_widget_class_install_action (widget_class, "courses.show-add-learning", "u",
                                   on_show_add_learning_activate);
  gtk_widget_class_install_action (widget_class, "courses.remove-learning", "(uu)",
                                   on_remove_learning_activate);
  gtk_widget_class_install_action (widget_class, "courses.remove-transfer", "u",
                                   on_remove_transfer_activate);
  gtk_widget_class_install_action (widget_class, "courses.browse", NULL, on_browse_activate);
  gtk_widget_class_install_action (widget_class, "courses.show-board", NULL,
                                   on_show_board_activate);
  gtk_widget_class_install_action (widget_class, "courses.no-terms", NULL, on_no_terms_activate);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
career_courses_view_init (CareerCoursesView *self)
{
  g_autoptr(GtkExpression) program_text = NULL;
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->haystacks = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->planned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->bound_items = g_hash_table_new (NULL, NULL);

  _career_courses_view_init_catalog (self);

  program_text = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                              G_CALLBACK (program_title), NULL, NULL);
  career_drop_down_set_expression (self->program_dropdown, program_text);

  gtk_menu_button_set_create_popup_func (self->add_term_button, create_add_term_popover_cb,
                                         self, NULL);
  gtk_menu_button_set_create_popup_func (self->first_term_button, create_add_term_popover_cb,
                                         self, NULL);
  gtk_menu_button_set_create_popup_func (self->add_transfer_button, create_transfer_popover_cb,
                                         self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "courses.no-terms", FALSE);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_hours_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->hours_spin), focus);

  gtk_list_box_set_placeholder (self->transfer_list,
                                career_list_placeholder_new (_("No transfer credit")));

  /* GTK 4.8 names these after their type or their mnemonic otherwise */
  career_set_inner_button_label (GTK_WIDGET (self->program_dropdown), _("Program"));
  career_set_inner_button_label (GTK_WIDGET (self->specialization_dropdown), _("Specialization"));
  career_set_accessible_label (GTK_WIDGET (self->add_term_button), _("Add Term"));
  career_set_accessible_label (GTK_WIDGET (self->first_term_button), _("Add Term"));
  career_set_accessible_label (GTK_WIDGET (self->add_transfer_button), _("Add Transfer Credit"));

  adw_leaflet_set_visible_child_name (self->leaflet, "board");
  create_stats (self);
  _career_courses_view_update_filter_choices (self);
  update_specializations (self);
  g_clear_pointer (&self->kinds, g_hash_table_unref);
  _career_courses_view_update_kinds (self);
}

/* Public API */

void
career_courses_view_set_catalog (CareerCoursesView *self,
                                 CareerCatalog     *catalog)
{
  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));
  g_return_if_fail (!catalog || CAREER_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  self->updating = TRUE;
  career_drop_down_set_model (self->program_dropdown,
                           catalog ? career_catalog_get_programs (catalog) : NULL);
  self->updating = FALSE;
  gtk_list_box_bind_model (self->program_list, catalog ? career_catalog_get_programs (catalog) : NULL,
                           create_program_row, NULL, NULL);

  show_program (self, NULL);
  if (self->plan != NULL)
    {
      /* The cards show the catalog's courses: make them again. */
      bind_terms (self);
    }
  else if (catalog != NULL)
    {
      show_program (self, career_drop_down_get_selected_item (self->program_dropdown));
    }
  refresh_now (self);
}

void
career_courses_view_set_plan (CareerCoursesView *self,
                              CareerPlan        *plan)
{
  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));
  g_return_if_fail (!plan || CAREER_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->hours_commit_id != 0)
    career_courses_view_commit_weekly_hours (self);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  gtk_list_box_bind_model (self->transfer_list, NULL, NULL, NULL, NULL);
  g_set_object (&self->plan, plan);
  bind_terms (self);

  if (plan != NULL)
    {
      self->plan_changed_id = g_signal_connect_object (plan, "changed",
                                                       G_CALLBACK (on_plan_changed_cb), self,
                                                       G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->transfer_list, career_plan_get_transfer_credits (plan),
                               _career_courses_view_create_transfer_row, NULL, NULL);
    }
  refresh_now (self);
}

/**
 * career_courses_view_refresh:
 *
 * Shows the plan's state now rather than once the main loop is idle.
 */
void
career_courses_view_refresh (CareerCoursesView *self)
{
  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));
  refresh_now (self);
}

/**
 * career_courses_view_add_course:
 * @position: where in the term, or -1 for its end
 *
 * Returns: (transfer none) (nullable): the new entry; %NULL if the catalog
 *   has no such course or there is no such term
 */
CareerPlanCourse *
career_courses_view_add_course (CareerCoursesView *self,
                                const char        *course_id,
                                guint              term_position,
                                int                position)
{
  g_autoptr(CareerTerm) term = NULL;
  CareerPlanCourse *entry;
  guint n;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), NULL);
  g_return_val_if_fail (course_id != NULL, NULL);

  term = _career_courses_view_get_term (self, term_position);
  if (term == NULL || self->catalog == NULL ||
      career_catalog_lookup_course (self->catalog, course_id) == NULL)
    return NULL;

  n = g_list_model_get_n_items (career_term_get_courses (term));
  if (position < 0 || (guint) position > n)
    position = -1;

  entry = career_plan_add_course (self->plan, term_position, position, course_id);
  if (entry != NULL)
    _career_courses_view_show_undo_toast (self);
  return entry;
}

/**
 * career_courses_view_move_course:
 * @to_position: the place in @to_term, as career_plan_move_course() counts
 *   it, or -1 for the end of the term
 */
gboolean
career_courses_view_move_course (CareerCoursesView *self,
                                 guint              from_term,
                                 guint              from_position,
                                 guint              to_term,
                                 int                to_position)
{
  g_autoptr(CareerTerm) source = NULL;
  g_autoptr(CareerTerm) destination = NULL;
  guint n_places;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), FALSE);

  source = _career_courses_view_get_term (self, from_term);
  destination = _career_courses_view_get_term (self, to_term);
  if (source == NULL || destination == NULL ||
      from_position >= g_list_model_get_n_items (career_term_get_courses (source)))
    return FALSE;

  n_places = g_list_model_get_n_items (career_term_get_courses (destination));
  if (source == destination)
    n_places--;
  if (to_position < 0 || (guint) to_position > n_places)
    to_position = (int) n_places;

  if (!career_plan_move_course (self->plan, from_term, from_position, to_term, (guint) to_position))
    return FALSE;
  _career_courses_view_show_undo_toast (self);
  return TRUE;
}

void
career_courses_view_remove_course (CareerCoursesView *self,
                                   guint              term_position,
                                   guint              position)
{
  g_autoptr(CareerTerm) term = NULL;

  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));

  term = _career_courses_view_get_term (self, term_position);
  if (term == NULL || position >= g_list_model_get_n_items (career_term_get_courses (term)))
    return;

  career_plan_remove_course (self->plan, term_position, position);
  _career_courses_view_show_undo_toast (self);
}

gboolean
career_courses_view_set_course_status (CareerCoursesView  *self,
                                       guint               term_position,
                                       guint               position,
                                       CareerCourseStatus  status)
{
  g_autoptr(CareerTerm) term = NULL;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), FALSE);

  term = _career_courses_view_get_term (self, term_position);
  if (term == NULL || position >= g_list_model_get_n_items (career_term_get_courses (term)) ||
      status > CAREER_COURSE_STATUS_COMPLETED)
    return FALSE;

  if (!career_plan_set_course_status (self->plan, term_position, position, status))
    return FALSE;
  _career_courses_view_show_undo_toast (self);
  return TRUE;
}

/**
 * career_courses_view_set_override:
 * @kind: the warning's kind (CAREER_PLAN_WARNING_*)
 * @note: (nullable): why the warning does not apply; %NULL removes the
 *   override
 */
gboolean
career_courses_view_set_override (CareerCoursesView *self,
                                  guint              term_position,
                                  guint              position,
                                  const char        *kind,
                                  const char        *note)
{
  g_autoptr(CareerTerm) term = NULL;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  term = _career_courses_view_get_term (self, term_position);
  if (term == NULL || position >= g_list_model_get_n_items (career_term_get_courses (term)))
    return FALSE;

  if (!career_plan_set_course_override (self->plan, term_position, position, kind, note))
    return FALSE;
  _career_courses_view_show_undo_toast (self);
  return TRUE;
}

/**
 * career_courses_view_add_term:
 *
 * Returns: the new term's position, or -1 if the plan has it already
 */
int
career_courses_view_add_term (CareerCoursesView *self,
                              CareerSeason       season,
                              int                year)
{
  int position;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), -1);
  g_return_val_if_fail (season <= CAREER_SEASON_FALL, -1);

  if (self->plan == NULL || year < 1900 || year > 2999)
    return -1;

  position = career_plan_add_term (self->plan, season, year);
  if (position >= 0)
    _career_courses_view_show_undo_toast (self);
  return position;
}

void
career_courses_view_remove_term (CareerCoursesView *self,
                                 guint              position)
{
  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));

  GtkListBoxRow *row;
  GtkWidget *focus;
  gboolean had_focus;

  if (position >= _career_courses_view_n_terms (self))
    return;

  /* The focus in the term that goes (its menu's button, say) would fall
   * back to the start of the board, scrolling it to the first term: it
   * goes to the term that takes its place, or the one before it */
  row = gtk_list_box_get_row_at_index (self->terms_list, (int) position);
  focus = gtk_widget_get_root (GTK_WIDGET (self)) != NULL
          ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) : NULL;
  had_focus = row != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row));

  career_plan_remove_term (self->plan, position);
  _career_courses_view_show_undo_toast (self);

  if (had_focus)
    {
      GtkListBoxRow *neighbour = gtk_list_box_get_row_at_index (self->terms_list, (int) position);

      if (neighbour == NULL && position > 0)
        neighbour = gtk_list_box_get_row_at_index (self->terms_list, (int) position - 1);
      if (neighbour != NULL)
        gtk_widget_child_focus (GTK_WIDGET (neighbour), GTK_DIR_TAB_FORWARD);
    }
}

void
career_courses_view_add_other_learning (CareerCoursesView   *self,
                                        guint                term_position,
                                        CareerOtherLearning *item)
{
  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));
  g_return_if_fail (CAREER_IS_OTHER_LEARNING (item));

  if (term_position >= _career_courses_view_n_terms (self))
    return;

  career_plan_add_other_learning (self->plan, term_position, item);
  _career_courses_view_show_undo_toast (self);
}

void
career_courses_view_remove_other_learning (CareerCoursesView *self,
                                           guint              term_position,
                                           guint              position)
{
  g_autoptr(CareerTerm) term = NULL;

  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));

  term = _career_courses_view_get_term (self, term_position);
  if (term == NULL || position >= g_list_model_get_n_items (career_term_get_other_learning (term)))
    return;

  career_plan_remove_other_learning (self->plan, term_position, position);
  _career_courses_view_show_undo_toast (self);
}

/**
 * career_courses_view_add_transfer_credit:
 *
 * Returns: (transfer none) (nullable): the new transfer credit
 */
CareerTransferCredit *
career_courses_view_add_transfer_credit (CareerCoursesView *self,
                                         const char        *title,
                                         double             credits,
                                         const char        *note)
{
  CareerTransferCredit *credit;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (self->plan == NULL || credits < 0)
    return NULL;

  credit = career_plan_add_transfer_credit (self->plan, title, credits, note);
  if (credit != NULL)
    _career_courses_view_show_undo_toast (self);
  return credit;
}

void
career_courses_view_remove_transfer_credit (CareerCoursesView *self,
                                            guint              position)
{
  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));

  if (self->plan == NULL ||
      position >= g_list_model_get_n_items (career_plan_get_transfer_credits (self->plan)))
    return;

  career_plan_remove_transfer_credit (self->plan, position);
  _career_courses_view_show_undo_toast (self);
}

/**
 * career_courses_view_choose_program:
 * @specialization_id: (nullable): the specialization, or %NULL for none yet
 *
 * Sets the plan's program, with the catalog year the catalog describes.
 *
 * Returns: %TRUE if the plan changed
 */
gboolean
career_courses_view_choose_program (CareerCoursesView *self,
                                    const char        *program_id,
                                    const char        *specialization_id)
{
  CareerProgram *program;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), FALSE);
  g_return_val_if_fail (program_id != NULL, FALSE);

  if (self->plan == NULL || self->catalog == NULL ||
      (program = career_catalog_lookup_program (self->catalog, program_id)) == NULL)
    return FALSE;

  if (!career_plan_set_program (self->plan, program_id, career_program_get_catalog_year (program),
                                specialization_id))
    return FALSE;
  _career_courses_view_show_undo_toast (self);
  return TRUE;
}

/**
 * career_courses_view_commit_weekly_hours:
 *
 * Records the spin button's hours in the plan now, if they differ.
 */
void
career_courses_view_commit_weekly_hours (CareerCoursesView *self)
{
  double value;

  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));

  g_clear_handle_id (&self->hours_commit_id, g_source_remove);
  if (self->plan == NULL)
    return;

  gtk_spin_button_update (self->hours_spin);
  value = gtk_spin_button_get_value (self->hours_spin);
  if (value != career_plan_get_weekly_hours (self->plan))
    career_plan_set_weekly_hours (self->plan, value);
}

/**
 * career_courses_view_set_filters:
 * @search: (nullable): text to find in the code, title or description
 * @skill_id: (nullable): a skill the courses must teach
 *
 * Sets the catalog's search and filters, as the person would.
 */
void
career_courses_view_set_filters (CareerCoursesView *self,
                                 const char        *search,
                                 gboolean           eligible_now,
                                 gboolean           not_planned,
                                 const char        *skill_id)
{
  guint skill = 0;

  g_return_if_fail (CAREER_IS_COURSES_VIEW (self));

  for (guint i = 0; skill_id != NULL && self->skill_choices && i < self->skill_choices->len; i++)
    if (g_strcmp0 (career_skill_get_id (g_ptr_array_index (self->skill_choices, i)), skill_id) == 0)
      skill = i + 1;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search ? search : "");
  gtk_toggle_button_set_active (self->eligible_toggle, eligible_now);
  gtk_toggle_button_set_active (self->unplanned_toggle, not_planned);
  career_drop_down_set_selected (self->skill_dropdown, skill);
  self->updating = FALSE;
  _career_courses_view_apply_filters (self);
}

guint
career_courses_view_get_n_shown_courses (CareerCoursesView *self)
{
  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

/**
 * career_courses_view_get_term_card:
 *
 * Returns: (transfer none) (nullable): the card of the term at @position
 */
GtkWidget *
career_courses_view_get_term_card (CareerCoursesView *self,
                                   guint              position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), NULL);

  if (self->terms != NULL)
    career_growing_model_settle (self->terms);
  row = gtk_list_box_get_row_at_index (self->terms_list, (int) position);
  return row ? gtk_list_box_row_get_child (row) : NULL;
}

/**
 * career_courses_view_get_audit:
 *
 * Returns: (transfer none): the degree audit section, filled if it was
 *   waiting for the view to be drawn
 */
CareerCourseAudit *
career_courses_view_get_audit (CareerCoursesView *self)
{
  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), NULL);

  /* Whoever asks for the audit gets it filled */
  if (self->audit_pending)
    fill_audit (self);
  return self->audit;
}
