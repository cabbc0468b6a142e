/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Courses view's transfer credit and other learning: the forms that add
 * them and the rows that show them. See career-courses-view-private.h.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "career-courses-view-private.h"
#include "career-format.h"
#include "career-rows.h"
#include "career-term-card.h"

/* Transfer credit */

typedef struct
{
  CareerCoursesView *view;
  GtkWidget         *popover;
  GtkWidget         *title;
  GtkWidget         *credits;
  GtkWidget         *note;
  GtkWidget         *add;
} TransferForm;

static void
transfer_validate (TransferForm *form)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->title))));

  gtk_widget_set_sensitive (form->add, form->view->plan != NULL && title[0] != '\0' &&
                                       gtk_spin_button_get_value (GTK_SPIN_BUTTON (form->credits)) > 0);
}

static void
on_transfer_add_clicked_cb (GtkWidget    *button,
                            TransferForm *form)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->title))));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->note))));

  gtk_spin_button_update (GTK_SPIN_BUTTON (form->credits));
  if (title[0] == '\0')
    return;

  gtk_popover_popdown (GTK_POPOVER (form->popover));
  career_courses_view_add_transfer_credit (form->view, title,
                                           gtk_spin_button_get_value (GTK_SPIN_BUTTON (form->credits)),
                                           note[0] != '\0' ? note : NULL);
  gtk_editable_set_text (GTK_EDITABLE (form->title), "");
  gtk_editable_set_text (GTK_EDITABLE (form->note), "");
}

static GtkWidget *
form_label_new (const char *mnemonic,
                GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  /* The mnemonic relates the label to the widget; a drop-down's inner button
   * needs the name too */
  if (GTK_IS_DROP_DOWN (widget))
    career_set_inner_button_label (widget, gtk_label_get_text (GTK_LABEL (label)));
  return label;
}

/* A form's row: the field's mnemonic label, then the field */
static void
attach_field (GtkGrid    *grid,
              int         row,
              const char *mnemonic,
              GtkWidget  *field)
{
  gtk_grid_attach (grid, form_label_new (mnemonic, field), 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
}

GtkWidget *
_career_courses_view_transfer_popover_new (CareerCoursesView *self)
{
  TransferForm *form = g_new0 (TransferForm, 1);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();

  form->view = self;
  form->popover = popover;
  form->title = gtk_entry_new ();
  form->credits = gtk_spin_button_new_with_range (0, 60, 1);
  form->note = gtk_entry_new ();
  form->add = gtk_button_new_with_mnemonic (_("_Add"));
  g_object_set_data_full (G_OBJECT (popover), "transfer-form", form, g_free);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (form->credits), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (form->credits), 3);
  gtk_entry_set_placeholder_text (GTK_ENTRY (form->title), _("Course and institution"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (form->note), _("Approval, grade, date"));
  gtk_widget_add_css_class (form->add, "suggested-action");
  gtk_widget_set_hexpand (form->title, TRUE);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  attach_field (GTK_GRID (grid), 0, _("_Title"), form->title);
  attach_field (GTK_GRID (grid), 1, _("C_redits"), form->credits);
  attach_field (GTK_GRID (grid), 2, _("_Note"), form->note);
  gtk_grid_attach (GTK_GRID (grid), form->add, 0, 3, 2, 1);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), form->add);
  gtk_entry_set_activates_default (GTK_ENTRY (form->title), TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (form->note), TRUE);

  g_signal_connect_swapped (form->title, "changed", G_CALLBACK (transfer_validate), form);
  g_signal_connect_swapped (form->credits, "value-changed", G_CALLBACK (transfer_validate), form);
  g_signal_connect (form->add, "clicked", G_CALLBACK (on_transfer_add_clicked_cb), form);
  transfer_validate (form);
  return popover;
}

static void
on_remove_transfer_clicked_cb (GtkButton            *button,
                               CareerTransferCredit *credit)
{
  CareerCoursesView *self = CAREER_COURSES_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                          CAREER_TYPE_COURSES_VIEW));
  GListModel *credits;

  if (self == NULL || self->plan == NULL)
    return;

  credits = career_plan_get_transfer_credits (self->plan);
  for (guint i = 0; i < g_list_model_get_n_items (credits); i++)
    {
      g_autoptr(CareerTransferCredit) item = g_list_model_get_item (credits, i);

      if (item == credit)
        {
          gtk_widget_activate_action (GTK_WIDGET (button), "courses.remove-transfer", "u", i);
          return;
        }
    }
}

GtkWidget *
_career_courses_view_create_transfer_row (gpointer item,
                                          gpointer user_data)
{
  CareerTransferCredit *credit = item;
  g_autofree char *credits = career_format_credits (career_transfer_credit_get_credits (credit));
  g_autofree char *subtitle = NULL;
  g_autofree char *remove_name = NULL;
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *row;

  subtitle = career_transfer_credit_get_note (credit) != NULL
             /* Translators: transfer credit: "3 credits · Approved in writing" */
             ? g_strdup_printf (_("%1$s · %2$s"), credits, career_transfer_credit_get_note (credit))
             : g_strdup (credits);
  row = career_info_row_new (career_transfer_credit_get_title (credit), subtitle);

  gtk_widget_add_css_class (remove, "flat");
  career_set_tooltip (remove, _("Remove"));
  /* Translators: an accessible name: "Remove the transfer credit “Linear algebra”" */
  remove_name = g_strdup_printf (_("Remove the transfer credit “%s”"),
                                 career_transfer_credit_get_title (credit));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (on_remove_transfer_clicked_cb),
                         g_object_ref (credit),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  career_info_row_add_suffix (row, remove);
  return row;
}

void
_career_courses_view_update_transfer_limit (CareerCoursesView *self)
{
  double limit;
  g_autofree char *text = NULL;

  if (self->program == NULL)
    text = g_strdup ("");
  else if (career_program_get_transfer_limit (self->program, &limit))
    {
      g_autofree char *credits = career_format_credits (limit);

      /* Translators: "The program counts up to 6 credits of transfer credit" */
      text = g_strdup_printf (_("The program counts up to %s of transfer credit"), credits);
    }
  else
    text = g_strdup (_("The catalog does not say how much transfer credit the program counts"));

  gtk_label_set_text (self->transfer_limit_label, text);
}

/* Other learning */

typedef struct
{
  CareerCoursesView *view;
  CareerTerm        *term;
  GtkWidget         *dialog;
  GtkWidget         *title;
  GtkWidget         *kind;
  GtkWidget         *hours;
  GtkWidget         *skills;     /* a grid of [skill, level] rows */
  guint              n_skills;
} LearningForm;

static void
learning_form_free (gpointer data)
{
  LearningForm *form = data;

  g_clear_weak_pointer (&form->view);
  g_clear_object (&form->term);
  g_free (form);
}

static void
learning_validate (LearningForm *form)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->title))));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (form->dialog), "add",
                                           title[0] != '\0');
}

static void
add_skill_picker (LearningForm *form)
{
  CareerCoursesView *self = form->view;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  GListModel *skills = career_catalog_get_skills (self->catalog);
  GtkWidget *skill, *level, *label;
  g_autofree char *skill_name = NULL;
  g_autofree char *level_name = NULL;
  guint row = form->n_skills++;

  gtk_string_list_append (names, _("No Skill"));
  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(CareerSkill) item = g_list_model_get_item (skills, i);
      gtk_string_list_append (names, career_skill_get_name (item));
    }
  for (guint i = 1; i <= CAREER_SKILL_LEVEL_MAX; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u · %s", i, career_level_get_name (i));
      gtk_string_list_append (levels, name);
    }

  skill = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (names)), NULL);
  level = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (levels)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (skill), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (skill),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_widget_set_hexpand (skill, TRUE);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (level), 1);

  /* Translators: an accessible name: "Skill 1 it teaches" */
  skill_name = g_strdup_printf (_("Skill %u it teaches"), row + 1);
  /* Translators: an accessible name: "Level of skill 1" */
  level_name = g_strdup_printf (_("Level of skill %u"), row + 1);
  career_set_accessible_label (skill, skill_name);
  career_set_accessible_label (level, level_name);

  if (row == 0)
    {
      label = gtk_label_new_with_mnemonic (_("_Skills it teaches"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), skill);
      gtk_grid_attach (GTK_GRID (form->skills), label, 0, 0, 2, 1);
    }
  gtk_grid_attach (GTK_GRID (form->skills), skill, 0, (int) row + 1, 1, 1);
  gtk_grid_attach (GTK_GRID (form->skills), level, 1, (int) row + 1, 1, 1);
}

static void
on_add_skill_clicked_cb (LearningForm *form)
{
  if (form->view != NULL && form->view->catalog != NULL)
    add_skill_picker (form);
}

static void
on_learning_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         LearningForm     *form)
{
  CareerCoursesView *self = form->view;
  g_autoptr(CareerOtherLearning) item = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GHashTable) taught = NULL;
  guint term_position;

  /* The view may have gone, or shown another plan, while the dialog was open */
  if (self == NULL || g_strcmp0 (response, "add") != 0 || self->plan == NULL ||
      !career_plan_locate_term (self->plan, form->term, &term_position))
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->title))));
  gtk_spin_button_update (GTK_SPIN_BUTTON (form->hours));
  item = career_other_learning_new (title, gtk_drop_down_get_selected (GTK_DROP_DOWN (form->kind)),
                                    gtk_spin_button_get_value (GTK_SPIN_BUTTON (form->hours)));

  /* Each skill once, at the highest level picked for it */
  taught = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < form->n_skills; i++)
    {
      GtkWidget *skill = gtk_grid_get_child_at (GTK_GRID (form->skills), 0, (int) i + 1);
      GtkWidget *level = gtk_grid_get_child_at (GTK_GRID (form->skills), 1, (int) i + 1);
      guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (skill));
      guint value = gtk_drop_down_get_selected (GTK_DROP_DOWN (level)) + 1;
      g_autoptr(CareerSkill) chosen = NULL;

      if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
        continue;
      chosen = g_list_model_get_item (career_catalog_get_skills (self->catalog), selected - 1);
      if (chosen == NULL)
        continue;
      if (GPOINTER_TO_UINT (g_hash_table_lookup (taught, career_skill_get_id (chosen))) < value)
        g_hash_table_insert (taught, (gpointer) career_skill_get_id (chosen),
                             GUINT_TO_POINTER (value));
    }
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, taught);
    while (g_hash_table_iter_next (&iter, &key, &value))
      career_other_learning_add_skill (item, key, (int) GPOINTER_TO_UINT (value));
  }

  career_courses_view_add_other_learning (self, term_position, item);
}

void
_career_courses_view_show_add_learning (CareerCoursesView *self,
                                        guint              term_position)
{
  g_autoptr(CareerTerm) term = _career_courses_view_get_term (self, term_position);
  g_autofree char *label = NULL;
  g_autofree char *body = NULL;
  LearningForm *form;
  GtkWidget *dialog, *grid, *add_skill;
  const char *kinds[] = { NULL, NULL, NULL, NULL, NULL };
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (term == NULL)
    return;

  label = career_term_dup_label (term);
  /* Translators: the body of the "Add Other Learning" dialog: "To Fall 2025: an online …" */
  body = g_strdup_printf (_("To %s: an online course, a certificate, a project: learning that "
                            "is not a course of the program but takes time and teaches skills"),
                          label);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Add Other Learning"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  form = g_new0 (LearningForm, 1);
  g_set_weak_pointer (&form->view, self);
  form->term = g_object_ref (term);
  form->dialog = dialog;
  g_object_set_data_full (G_OBJECT (dialog), "learning-form", form, learning_form_free);

  for (guint i = CAREER_LEARNING_KIND_MOOC; i <= CAREER_LEARNING_KIND_OTHER; i++)
    kinds[i] = career_learning_kind_to_label (i);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  form->title = gtk_entry_new ();
  form->kind = gtk_drop_down_new_from_strings (kinds);
  form->hours = gtk_spin_button_new_with_range (0, 168, 1);
  form->skills = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (form->skills), 6);
  gtk_grid_set_column_spacing (GTK_GRID (form->skills), 6);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (form->hours), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (form->hours), 3);
  gtk_widget_set_hexpand (form->title, TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (form->title), TRUE);

  attach_field (GTK_GRID (grid), 0, _("_Title"), form->title);
  attach_field (GTK_GRID (grid), 1, _("_Kind"), form->kind);
  attach_field (GTK_GRID (grid), 2, _("_Hours a week"), form->hours);
  gtk_grid_attach (GTK_GRID (grid), form->skills, 0, 3, 2, 1);
  add_skill_picker (form);

  add_skill = gtk_button_new_with_mnemonic (_("Add Another _Skill"));
  gtk_widget_set_halign (add_skill, GTK_ALIGN_START);
  gtk_widget_add_css_class (add_skill, "flat");
  g_signal_connect_swapped (add_skill, "clicked", G_CALLBACK (on_add_skill_clicked_cb), form);
  gtk_grid_attach (GTK_GRID (grid), add_skill, 0, 4, 2, 1);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  g_signal_connect_swapped (form->title, "changed", G_CALLBACK (learning_validate), form);
  g_signal_connect (dialog, "response", G_CALLBACK (on_learning_response_cb), form);
  learning_validate (form);
  gtk_window_present (GTK_WINDOW (dialog));
}
