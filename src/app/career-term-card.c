/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * One term of the Courses view's board: a boxed list with a header (the
 * term, a projection line, a menu), the term's course entries and other
 * learning as rows, and a footer with credits, weekly hours against the
 * plan's capacity and tuition.
 *
 * The rows are bound to one GtkFlattenListModel of [header, the term's
 * courses, its other learning, a hint when the term is empty, footer], so
 * the whole term is one card that follows the plan's exact items-changed.
 * Every change goes out as a "courses.*" action that CareerCoursesView
 * installs, with the positions looked up when the action runs; the card
 * itself never changes the plan. What needs the plan check and the cost
 * (warnings, the footer) is filled in by career_term_card_update(), which
 * the view calls after each change of the plan.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-analysis.h"
#include "career-cull.h"
#include "career-format.h"
#include "career-rows.h"
#include "career-term-card.h"

#define ITEM_HEADER "header"
#define ITEM_FOOTER "footer"
#define ITEM_HINT   "hint"

struct _CareerTermCard
{
  GtkWidget            parent_instance;

  CareerPlan          *plan;
  CareerTerm          *term;
  CareerCatalog       *catalog;
  char                *label;

  GtkWidget           *list;
  GListStore          *hint_store;
  GtkFlattenListModel *flat;

  GtkWidget           *header_title;
  GtkWidget           *header_projection;
  GtkWidget           *footer_summary;
  GtkWidget           *footer_capacity;
  GtkWidget           *footer_skills;        /* an expander */
  GtkWidget           *footer_skills_title;  /* its label */
  GtkWidget           *footer_skills_text;

  CareerCull           cull;                 /* not drawn far below the fold */
};

G_DEFINE_FINAL_TYPE (CareerTermCard, career_term_card, GTK_TYPE_WIDGET)

/* Plain helpers, shared with the view */

/**
 * career_plan_locate_term:
 *
 * Returns: whether @term is one of @plan's terms, with its position
 */
gboolean
career_plan_locate_term (CareerPlan *plan,
                         CareerTerm *term,
                         guint      *term_position)
{
  GListModel *terms = career_plan_get_terms (plan);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) item = g_list_model_get_item (terms, i);

      if (item == term)
        {
          *term_position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * career_plan_locate_entry:
 *
 * Finds where @entry is in @plan now: entries are found by identity, so that
 * a menu or a drag made before a change of the plan acts on the right one.
 *
 * Returns: %FALSE if @entry is no longer in the plan
 */
gboolean
career_plan_locate_entry (CareerPlan       *plan,
                          CareerPlanCourse *entry,
                          guint            *term_position,
                          guint            *position)
{
  GListModel *terms = career_plan_get_terms (plan);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);
      GListModel *courses = career_term_get_courses (term);

      for (guint k = 0; k < g_list_model_get_n_items (courses); k++)
        {
          g_autoptr(CareerPlanCourse) item = g_list_model_get_item (courses, k);

          if (item == entry)
            {
              *term_position = i;
              *position = k;
              return TRUE;
            }
        }
    }
  return FALSE;
}

const char *
career_course_status_to_label (CareerCourseStatus status)
{
  switch (status)
    {
    case CAREER_COURSE_STATUS_PLANNED:
      return _("Planned");
    case CAREER_COURSE_STATUS_IN_PROGRESS:
      return _("In Progress");
    case CAREER_COURSE_STATUS_COMPLETED:
      return _("Completed");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
career_learning_kind_to_label (CareerLearningKind kind)
{
  switch (kind)
    {
    case CAREER_LEARNING_KIND_MOOC:
      /* Translators: a kind of other learning: an open online course */
      return _("Online course");
    case CAREER_LEARNING_KIND_CERTIFICATE:
      return _("Certificate");
    case CAREER_LEARNING_KIND_PROJECT:
      return _("Project");
    case CAREER_LEARNING_KIND_OTHER:
      return _("Other");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
entry_code (CareerTermCard   *self,
            CareerPlanCourse *entry)
{
  CareerCourse *course = career_catalog_lookup_course (self->catalog,
                                                       career_plan_course_get_course_id (entry));

  return course ? career_course_get_code (course) : career_plan_course_get_course_id (entry);
}

static gboolean
locate_self (CareerTermCard *self,
             guint          *term_position)
{
  return career_plan_locate_term (self->plan, self->term, term_position);
}

static GtkWidget *
label_new (const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
row_grid_new (void)
{
  GtkWidget *grid = gtk_grid_new ();

  /* A GtkGrid, not a horizontal GtkBox: see career_info_row_new(). */
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  return grid;
}

static GtkWidget *
plain_row_new (GtkWidget *child)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* Warnings and their overrides */

typedef struct
{
  CareerTermCard   *card;
  CareerPlanCourse *entry;      /* NULL: the term's capacity warning */
  char             *kind;
  char             *reason;
  char             *note;
  gboolean          overridden;
  GtkWidget        *popover;     /* made when first opened */
  GtkWidget        *note_entry;
  GtkWidget        *confirm;
} WarningLine;

static void
warning_line_free (gpointer data)
{
  WarningLine *line = data;

  g_clear_object (&line->entry);
  g_free (line->kind);
  g_free (line->reason);
  g_free (line->note);
  g_free (line);
}

/* The capacity warning belongs to the term; the plan keeps its override on
 * an entry: the one that has it, else the first (career-plan-check.h). */
static CareerPlanCourse *
capacity_entry (CareerTermCard *self)
{
  GListModel *courses = career_term_get_courses (self->term);
  CareerPlanCourse *first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, i);

      if (first == NULL)
        first = entry;
      if (career_plan_course_get_override (entry, CAREER_PLAN_WARNING_CAPACITY) != NULL)
        return entry;
    }
  return first;
}

static void
commit_override (WarningLine *line,
                 const char  *note)
{
  CareerPlanCourse *entry = line->entry ? line->entry : capacity_entry (line->card);
  guint term_position, position;

  gtk_popover_popdown (GTK_POPOVER (line->popover));
  if (entry == NULL || !career_plan_locate_entry (line->card->plan, entry, &term_position, &position))
    return;

  gtk_widget_activate_action (GTK_WIDGET (line->card), "courses.set-override", "(uuss)",
                              term_position, position, line->kind, note);
}

static void
on_override_confirm_cb (GtkWidget   *widget,
                        WarningLine *line)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (line->note_entry))));

  if (note[0] != '\0')
    commit_override (line, note);
}

static void
on_override_remove_cb (GtkWidget   *widget,
                       WarningLine *line)
{
  commit_override (line, "");
}

static void
on_note_changed_cb (GtkEditable *editable,
                    WarningLine *line)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  gtk_widget_set_sensitive (line->confirm, note[0] != '\0');
}

static GtkWidget *
override_popover_new (WarningLine *line)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = label_new ("heading", TRUE);
  GtkWidget *prompt = label_new (NULL, TRUE);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *confirm = gtk_button_new_with_mnemonic (line->overridden ? _("_Save Note")
                                                                       : _("_Override"));

  gtk_label_set_text (GTK_LABEL (title), line->reason);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 36);
  gtk_label_set_text_with_mnemonic (GTK_LABEL (prompt), _("_Why does this warning not apply?"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (prompt), entry);
  gtk_label_set_max_width_chars (GTK_LABEL (prompt), 36);
  gtk_editable_set_text (GTK_EDITABLE (entry), line->note ? line->note : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("A note for your plan"));
  gtk_widget_set_sensitive (confirm, line->note != NULL && line->note[0] != '\0');
  gtk_widget_add_css_class (confirm, "suggested-action");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);

  if (line->overridden)
    {
      GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Override"));

      g_signal_connect (remove, "clicked", G_CALLBACK (on_override_remove_cb), line);
      gtk_box_append (GTK_BOX (buttons), remove);
    }
  gtk_box_append (GTK_BOX (buttons), confirm);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), prompt);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), confirm);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);

  line->popover = popover;
  line->note_entry = entry;
  line->confirm = confirm;
  g_signal_connect (entry, "changed", G_CALLBACK (on_note_changed_cb), line);
  g_signal_connect (confirm, "clicked", G_CALLBACK (on_override_confirm_cb), line);
  return popover;
}

/* The popover is made when first opened: a plan can have many warnings */
static void
on_override_popup_cb (GtkMenuButton *button,
                      gpointer       user_data)
{
  WarningLine *line = user_data;

  if (line->popover == NULL)
    gtk_menu_button_set_popover (button, override_popover_new (line));
}

/* One warning: an icon, the one-line reason, "Override…". Overridden, it
 * stays, muted, with its note. */
static GtkWidget *
warning_line_new (CareerTermCard          *self,
                  CareerPlanCourse        *entry,
                  const char              *subject,
                  const CareerPlanWarning *warning)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *reason = label_new (NULL, TRUE);
  GtkWidget *button = gtk_menu_button_new ();
  WarningLine *line = g_new0 (WarningLine, 1);
  g_autofree char *accessible = NULL;

  line->card = self;
  line->entry = entry ? g_object_ref (entry) : NULL;
  line->kind = g_strdup (warning->kind);
  line->reason = g_strdup (warning->reason);
  line->note = g_strdup (warning->note);
  line->overridden = warning->overridden;
  g_object_set_data_full (G_OBJECT (grid), "warning-line", line, warning_line_free);
  g_object_set_data (G_OBJECT (grid), "warning-kind", line->kind);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_widget_set_hexpand (reason, TRUE);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (reason, "caption");

  if (warning->overridden)
    {
      g_autofree char *text = NULL;

      /* Translators: an overridden warning: its reason, then the person's note */
      text = g_strdup_printf (_("%1$s\nOverridden: %2$s"), warning->reason,
                              warning->note ? warning->note : "");
      gtk_label_set_text (GTK_LABEL (reason), text);
      gtk_widget_add_css_class (grid, "dim-label");
      gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Edit Note…"));
      /* Translators: an accessible name: "Edit the note on the warning about COMP 642" */
      accessible = g_strdup_printf (_("Edit the note on the warning about %s"), subject);
      g_object_set_data (G_OBJECT (grid), "overridden", GINT_TO_POINTER (TRUE));
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (reason), warning->reason);
      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_add_css_class (reason, "warning");
      gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Override…"));
      /* Translators: an accessible name: "Override the warning about COMP 642" */
      accessible = g_strdup_printf (_("Override the warning about %s"), subject);
    }
  career_set_accessible_label (button, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Warning"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), on_override_popup_cb, line, NULL);

  /* A term with no course (only other learning) has no entry to keep the
   * capacity override on. */
  gtk_widget_set_visible (button, entry != NULL || capacity_entry (self) != NULL);

  gtk_grid_attach (GTK_GRID (grid), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), reason, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), button, 2, 0, 1, 1);
  return grid;
}

static GtkWidget *
hint_line_new (const CareerPlanHint *hint)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  GtkWidget *text = label_new ("caption", TRUE);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_add_css_class (grid, "dim-label");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_text (GTK_LABEL (text), hint->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Advice"), -1);
  gtk_grid_attach (GTK_GRID (grid), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), text, 1, 0, 1, 1);
  return grid;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/* Course entries */

typedef struct
{
  CareerTermCard   *card;
  CareerPlanCourse *entry;
  GtkWidget        *title;
  GtkWidget        *facts;
  GtkWidget        *status;
  GSimpleAction    *status_action;
  GtkWidget        *menu;
  GtkWidget        *notes;
} EntryRow;

static void
entry_row_free (gpointer data)
{
  EntryRow *row = data;

  g_signal_handlers_disconnect_by_data (row->status_action, row);
  g_clear_object (&row->entry);
  g_clear_object (&row->status_action);
  g_free (row);
}

/* "entry.status": the status menu's radio items */
static void
on_status_change_state_cb (GSimpleAction *action,
                           GVariant      *value,
                           EntryRow      *row)
{
  guint status = g_variant_get_uint32 (value);
  guint term_position, position;

  if (status > CAREER_COURSE_STATUS_COMPLETED ||
      status == career_plan_course_get_status (row->entry) ||
      !career_plan_locate_entry (row->card->plan, row->entry, &term_position, &position))
    return;

  gtk_widget_activate_action (row->status, "courses.set-status", "(uuu)",
                              term_position, position, status);
  if (career_plan_course_get_status (row->entry) == status)
    g_simple_action_set_state (action, value);
}

/* The status menu is made when first opened: a card has a row per course */
static void
on_status_menu_create_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  g_autoptr(GMenu) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  for (guint i = CAREER_COURSE_STATUS_PLANNED; i <= CAREER_COURSE_STATUS_COMPLETED; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (career_course_status_to_label (i), NULL);

      g_menu_item_set_action_and_target_value (item, "entry.status", g_variant_new_uint32 (i));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/**
 * career_plan_dup_entry_menu:
 *
 * The menu of a course entry: "Move to" each other term, "Move Up", "Move
 * Down" and "Remove", as "courses.*" actions with the entry's place now.
 *
 * Returns: (transfer full) (nullable): the menu; %NULL if @entry is not in
 *   @plan
 */
GMenuModel *
career_plan_dup_entry_menu (CareerPlan       *plan,
                            CareerPlanCourse *entry)
{
  GListModel *terms = career_plan_get_terms (plan);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  g_autoptr(GMenu) removal = g_menu_new ();
  g_autoptr(GMenuItem) remove = NULL;
  g_autoptr(CareerTerm) own_term = NULL;
  guint term_position, position;

  if (!career_plan_locate_entry (plan, entry, &term_position, &position))
    return NULL;
  own_term = g_list_model_get_item (terms, term_position);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);
      g_autofree char *label = NULL;
      g_autofree char *item_label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (i == term_position)
        continue;
      label = career_term_dup_label (term);
      /* Translators: a menu item that moves a course to another term */
      item_label = g_strdup_printf (_("Move to %s"), label);
      item = g_menu_item_new (item_label, NULL);
      g_menu_item_set_action_and_target_value (item, "courses.move-course",
                                               g_variant_new ("(uuuu)", term_position, position,
                                                              i, G_MAXUINT));
      g_menu_append_item (moves, item);
    }

  /* Reordering within the term, the keyboard's way of a drop on a row */
  {
    guint n = g_list_model_get_n_items (career_term_get_courses (own_term));
    g_autoptr(GMenu) order = g_menu_new ();

    if (position > 0)
      {
        g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);

        g_menu_item_set_action_and_target_value (up, "courses.move-course",
                                                 g_variant_new ("(uuuu)", term_position, position,
                                                                term_position, position - 1));
        g_menu_append_item (order, up);
      }
    if (position + 1 < n)
      {
        g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);

        g_menu_item_set_action_and_target_value (down, "courses.move-course",
                                                 g_variant_new ("(uuuu)", term_position, position,
                                                                term_position, position + 1));
        g_menu_append_item (order, down);
      }
    if (g_menu_model_get_n_items (G_MENU_MODEL (order)) > 0)
      g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  }

  remove = g_menu_item_new (_("_Remove"), NULL);
  g_menu_item_set_action_and_target_value (remove, "courses.remove-course",
                                           g_variant_new ("(uu)", term_position, position));
  g_menu_append_item (removal, remove);

  if (g_menu_model_get_n_items (G_MENU_MODEL (moves)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (removal));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
on_entry_menu_create_cb (GtkMenuButton *button,
                         gpointer       user_data)
{
  EntryRow *row = user_data;
  g_autoptr(GMenuModel) menu = career_plan_dup_entry_menu (row->card->plan, row->entry);

  if (menu != NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static GdkContentProvider *
on_entry_drag_prepare_cb (GtkDragSource *source,
                          double         x,
                          double         y,
                          EntryRow      *row)
{
  return gdk_content_provider_new_typed (CAREER_TYPE_PLAN_COURSE, row->entry);
}

static void
entry_row_fill (EntryRow *row)
{
  CareerTermCard *self = row->card;
  CareerCourse *course = career_catalog_lookup_course (self->catalog,
                                                       career_plan_course_get_course_id (row->entry));
  const char *code = entry_code (self, row->entry);
  g_autofree char *markup = NULL;
  g_autofree char *credits = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *status_name = NULL;
  g_autofree char *menu_name = NULL;
  CareerCourseStatus status = career_plan_course_get_status (row->entry);
  const char *status_label = career_course_status_to_label (status);
  double value;

  if (course != NULL)
    {
      markup = g_markup_printf_escaped ("<b>%s</b> · %s", code, career_course_get_title (course));
      credits = career_course_get_credits (course, &value) ? career_format_credits (value)
                                                           : g_strdup (_("Credits not known"));
      hours = career_course_get_workload (course, &value, NULL) ? career_format_hours (value)
                                                                : g_strdup (_("Workload not known"));
      /* Translators: "3 credits · 10 hours a week" */
      facts = g_strdup_printf (_("%1$s · %2$s"), credits, hours);
    }
  else
    {
      markup = g_markup_printf_escaped ("<b>%s</b>", code);
      facts = g_strdup (_("Not in the catalog"));
    }

  gtk_label_set_markup (GTK_LABEL (row->title), markup);
  gtk_label_set_text (GTK_LABEL (row->facts), facts);

  g_simple_action_set_state (row->status_action, g_variant_new_uint32 (status));
  /* GTK 4.8 makes the button's label anew each time */
  if (g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (row->status)), status_label) != 0)
    gtk_menu_button_set_label (GTK_MENU_BUTTON (row->status), status_label);

  /* Translators: an accessible name: "Status of COMP 642: Planned" */
  status_name = g_strdup_printf (_("Status of %1$s: %2$s"), code, status_label);
  career_set_accessible_label (GTK_WIDGET (row->status), status_name);
  /* Translators: an accessible name: "Move or remove COMP 642 in Fall 2025" */
  menu_name = g_strdup_printf (_("Move or remove %1$s in %2$s"), code, self->label);
  career_set_accessible_label (GTK_WIDGET (row->menu), menu_name);
  career_set_tooltip (row->menu, _("Move or Remove"));
}

static void
entry_row_update (EntryRow                   *row,
                  const CareerPlanEntryCheck *check)
{
  const char *code = entry_code (row->card, row->entry);

  entry_row_fill (row);
  clear_box (row->notes);

  for (guint i = 0; check != NULL && i < check->warnings->len; i++)
    gtk_box_append (GTK_BOX (row->notes),
                    warning_line_new (row->card, row->entry, code,
                                      g_ptr_array_index (check->warnings, i)));

  for (guint i = 0; check != NULL && i < check->hints->len; i++)
    {
      const CareerPlanHint *hint = g_ptr_array_index (check->hints, i);

      /* The catalog's prerequisite notes are long; the catalog shows them. */
      if (hint->kind != CAREER_PLAN_HINT_NOTE)
        gtk_box_append (GTK_BOX (row->notes), hint_line_new (hint));
    }

  gtk_widget_set_visible (row->notes, gtk_widget_get_first_child (row->notes) != NULL);
}

static GtkWidget *
entry_row_new (CareerTermCard   *self,
               CareerPlanCourse *entry)
{
  GtkWidget *grid = row_grid_new ();
  GtkWidget *widget;
  EntryRow *row = g_new0 (EntryRow, 1);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  GtkDragSource *drag;

  row->card = self;
  row->entry = g_object_ref (entry);
  row->title = label_new (NULL, TRUE);
  row->facts = label_new ("caption", TRUE);
  /* A menu button rather than a drop-down, which builds its popover, list
   * view and search entry at once: a plan has a row per course */
  row->status = gtk_menu_button_new ();
  row->status_action = g_simple_action_new_stateful ("status", G_VARIANT_TYPE_UINT32,
                                                     g_variant_new_uint32 (0));
  row->menu = gtk_menu_button_new ();
  row->notes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_hexpand (row->title, TRUE);
  gtk_widget_add_css_class (row->facts, "dim-label");
  gtk_widget_set_valign (row->status, GTK_ALIGN_CENTER);
  career_set_tooltip (row->status, _("Status"));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (row->status), on_status_menu_create_cb,
                                         NULL, NULL);
  g_signal_connect (row->status_action, "change-state", G_CALLBACK (on_status_change_state_cb), row);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (row->status_action));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (row->menu), "view-more-symbolic");
  gtk_widget_add_css_class (row->menu, "flat");
  gtk_widget_set_valign (row->menu, GTK_ALIGN_CENTER);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (row->menu), on_entry_menu_create_cb,
                                         row, NULL);
  gtk_widget_set_margin_top (row->notes, 4);

  /* The title has the whole width; the controls share the second line with
   * the facts, so that a phone's width still leaves room for the title.
   * (The facts are centred beside them by the label's own yalign: a valign
   * would make GTK 4.8 search for the label's width at the row's height.) */
  gtk_widget_set_hexpand (row->facts, TRUE);
  gtk_grid_attach (GTK_GRID (grid), row->title, 0, 0, 3, 1);
  gtk_grid_attach (GTK_GRID (grid), row->facts, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), row->status, 1, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), row->menu, 2, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), row->notes, 0, 2, 3, 1);

  widget = plain_row_new (grid);
  g_object_set_data_full (G_OBJECT (widget), "entry-row", row, entry_row_free);
  gtk_widget_insert_action_group (widget, "entry", G_ACTION_GROUP (actions));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_entry_drag_prepare_cb), row);
  career_drag_source_show_widget (drag, widget);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  entry_row_fill (row);
  gtk_widget_set_visible (row->notes, FALSE);
  return widget;
}

/* Other learning */

static void
on_remove_learning_clicked_cb (GtkButton           *button,
                               CareerOtherLearning *item)
{
  CareerTermCard *self = CAREER_TERM_CARD (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                    CAREER_TYPE_TERM_CARD));
  GListModel *learning = career_term_get_other_learning (self->term);
  guint term_position;

  if (!locate_self (self, &term_position))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (learning); i++)
    {
      g_autoptr(CareerOtherLearning) other = g_list_model_get_item (learning, i);

      if (other == item)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "courses.remove-learning", "(uu)",
                                      term_position, i);
          return;
        }
    }
}

static char *
learning_description (CareerTermCard      *self,
                      CareerOtherLearning *item)
{
  g_autofree char *hours = career_format_hours (career_other_learning_get_weekly_hours (item));
  GString *text = g_string_new (NULL);
  guint n = career_other_learning_get_n_skills (item);

  /* Translators: "Online course · 4 hours a week" */
  g_string_append_printf (text, _("%1$s · %2$s"),
                          career_learning_kind_to_label (career_other_learning_get_kind (item)),
                          hours);

  for (guint i = 0; i < n; i++)
    {
      int level;
      const char *skill_id = career_other_learning_get_skill (item, i, &level);
      CareerSkill *skill = career_catalog_lookup_skill (self->catalog, skill_id);
      const char *name = skill ? career_skill_get_name (skill) : skill_id;

      if (i == 0)
        /* Translators: the skills other learning teaches follow */
        g_string_append_printf (text, "\n%s ", _("Teaches"));
      else
        g_string_append (text, _(", "));
      /* Translators: a skill and the level reached: "Deep learning (level 2)" */
      g_string_append_printf (text, _("%1$s (level %2$d)"), name, level);
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
learning_row_new (CareerTermCard      *self,
                  CareerOtherLearning *item)
{
  GtkWidget *grid = row_grid_new ();
  GtkWidget *title = label_new (NULL, TRUE);
  GtkWidget *details = label_new ("caption", TRUE);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *description = learning_description (self, item);
  g_autofree char *remove_name = NULL;
  GtkWidget *row;

  gtk_label_set_text (GTK_LABEL (title), career_other_learning_get_title (item));
  gtk_label_set_text (GTK_LABEL (details), description);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  career_set_tooltip (remove, _("Remove"));
  /* Translators: an accessible name: "Remove “Deep learning course” from Fall 2025" */
  remove_name = g_strdup_printf (_("Remove “%1$s” from %2$s"),
                                 career_other_learning_get_title (item), self->label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  g_signal_connect_data (remove, "clicked", G_CALLBACK (on_remove_learning_clicked_cb),
                         g_object_ref (item), (GClosureNotify) (void (*) (void)) g_object_unref, 0);

  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), details, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), remove, 1, 0, 1, 2);

  row = plain_row_new (grid);
  g_object_set_data (G_OBJECT (row), "learning-row", item);
  return row;
}

/* Header, hint and footer */

/**
 * career_plan_dup_term_menu:
 *
 * Returns: (transfer full) (nullable): the menu of @term: "Add Other
 *   Learning…", "Remove Term"; %NULL if @term is not in @plan
 */
GMenuModel *
career_plan_dup_term_menu (CareerPlan *plan,
                           CareerTerm *term)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) learning = NULL;
  g_autoptr(GMenuItem) remove = NULL;
  guint term_position;

  if (!career_plan_locate_term (plan, term, &term_position))
    return NULL;

  learning = g_menu_item_new (_("Add _Other Learning…"), NULL);
  g_menu_item_set_action_and_target_value (learning, "courses.show-add-learning",
                                           g_variant_new_uint32 (term_position));
  g_menu_append_item (menu, learning);
  remove = g_menu_item_new (_("_Remove Term"), NULL);
  g_menu_item_set_action_and_target_value (remove, "courses.remove-term",
                                           g_variant_new_uint32 (term_position));
  g_menu_append_item (menu, remove);
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
on_term_menu_create_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  CareerTermCard *self = user_data;
  g_autoptr(GMenuModel) menu = career_plan_dup_term_menu (self->plan, self->term);

  if (menu != NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static GtkWidget *
header_row_new (CareerTermCard *self)
{
  GtkWidget *grid = row_grid_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  g_autofree char *menu_name = NULL;

  self->header_title = label_new ("heading", TRUE);
  self->header_projection = label_new ("caption", TRUE);
  gtk_label_set_text (GTK_LABEL (self->header_title), self->label);
  gtk_widget_set_hexpand (self->header_title, TRUE);
  gtk_widget_add_css_class (self->header_projection, "dim-label");
  gtk_widget_set_visible (self->header_projection, FALSE);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_widget_add_css_class (menu, "flat");
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  career_set_tooltip (menu, _("Term Menu"));
  /* Translators: an accessible name: "Menu of Fall 2025" */
  menu_name = g_strdup_printf (_("Menu of %s"), self->label);
  career_set_accessible_label (menu, menu_name);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), on_term_menu_create_cb, self,
                                         NULL);

  gtk_grid_attach (GTK_GRID (grid), self->header_title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->header_projection, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), menu, 1, 0, 1, 2);
  return plain_row_new (grid);
}

static GtkWidget *
hint_row_new (void)
{
  GtkWidget *grid = row_grid_new ();
  GtkWidget *label = label_new (NULL, TRUE);

  gtk_label_set_text (GTK_LABEL (label),
                      _("No courses yet: drag a course here, or use “Add to Term” in the catalog"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  return plain_row_new (grid);
}

static GtkWidget *
footer_row_new (CareerTermCard *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->footer_summary = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->footer_summary), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->footer_summary), 2);
  gtk_widget_set_visible (self->footer_summary, FALSE);
  self->footer_capacity = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_visible (self->footer_capacity, FALSE);
  gtk_box_append (GTK_BOX (box), self->footer_summary);
  gtk_box_append (GTK_BOX (box), self->footer_capacity);

  self->footer_skills_text = label_new (NULL, TRUE);
  gtk_widget_set_margin_top (self->footer_skills_text, 4);
  gtk_label_set_selectable (GTK_LABEL (self->footer_skills_text), TRUE);
  /* A title that wraps, or a long one ("Kompetenzen nach diesem Semester:
   * 3 gesteigert") keeps the window wider than a phone's screen */
  self->footer_skills_title = gtk_label_new_with_mnemonic (_("_Skills After This Term"));
  gtk_label_set_wrap (GTK_LABEL (self->footer_skills_title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->footer_skills_title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->footer_skills_title), 0);
  self->footer_skills = gtk_expander_new (NULL);
  gtk_expander_set_label_widget (GTK_EXPANDER (self->footer_skills), self->footer_skills_title);
  gtk_expander_set_child (GTK_EXPANDER (self->footer_skills), self->footer_skills_text);
  gtk_widget_set_visible (self->footer_skills, FALSE);
  gtk_box_append (GTK_BOX (box), self->footer_skills);
  return plain_row_new (box);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  CareerTermCard *self = user_data;

  if (CAREER_IS_PLAN_COURSE (item))
    return entry_row_new (self, item);
  if (CAREER_IS_OTHER_LEARNING (item))
    return learning_row_new (self, item);

  if (g_strcmp0 (gtk_string_object_get_string (item), ITEM_HEADER) == 0)
    return header_row_new (self);
  if (g_strcmp0 (gtk_string_object_get_string (item), ITEM_FOOTER) == 0)
    return footer_row_new (self);
  return hint_row_new ();
}

static void
update_hint (CareerTermCard *self)
{
  gboolean empty = g_list_model_get_n_items (career_term_get_courses (self->term)) == 0 &&
                   g_list_model_get_n_items (career_term_get_other_learning (self->term)) == 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->hint_store));

  if (empty && n == 0)
    {
      g_autoptr(GtkStringObject) hint = gtk_string_object_new (ITEM_HINT);
      g_list_store_append (self->hint_store, hint);
    }
  else if (!empty && n > 0)
    {
      g_list_store_remove_all (self->hint_store);
    }
}

/* Drops: a course id from the catalog, or an entry from a term */

static gboolean
on_drop_cb (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            CareerTermCard *self)
{
  GtkListBoxRow *row;
  EntryRow *at = NULL;
  guint term_position, at_position = G_MAXUINT;
  double list_x, list_y;

  if (!locate_self (self, &term_position))
    return FALSE;

  /* Dropped on a course row: the course goes before it. */
  if (gtk_widget_translate_coordinates (GTK_WIDGET (self), self->list, x, y, &list_x, &list_y) &&
      (row = gtk_list_box_get_row_at_y (GTK_LIST_BOX (self->list), (int) list_y)) != NULL)
    at = g_object_get_data (G_OBJECT (row), "entry-row");
  if (at != NULL)
    {
      guint at_term;

      if (!career_plan_locate_entry (self->plan, at->entry, &at_term, &at_position))
        at_position = G_MAXUINT;
    }

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *course_id = g_value_get_string (value);

      if (course_id == NULL || career_catalog_lookup_course (self->catalog, course_id) == NULL)
        return FALSE;
      return gtk_widget_activate_action (GTK_WIDGET (self), "courses.add-course", "(sui)",
                                         course_id, term_position,
                                         at_position == G_MAXUINT ? -1 : (int) at_position);
    }

  if (G_VALUE_HOLDS (value, CAREER_TYPE_PLAN_COURSE))
    {
      CareerPlanCourse *entry = g_value_get_object (value);
      guint from_term, from_position;

      if (!career_plan_locate_entry (self->plan, entry, &from_term, &from_position))
        return FALSE;

      /* Within the term, the places after the course shift by one. */
      if (from_term == term_position && at_position != G_MAXUINT && from_position < at_position)
        at_position--;
      return gtk_widget_activate_action (GTK_WIDGET (self), "courses.move-course", "(uuuu)",
                                         from_term, from_position, term_position, at_position);
    }

  return FALSE;
}

/* Object */

static void
career_term_card_dispose (GObject *object)
{
  CareerTermCard *self = (CareerTermCard *) object;

  if (self->list != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list), NULL, NULL, NULL, NULL);
  g_clear_pointer (&self->list, gtk_widget_unparent);
  if (self->term != NULL)
    {
      g_signal_handlers_disconnect_by_data (career_term_get_courses (self->term), self);
      g_signal_handlers_disconnect_by_data (career_term_get_other_learning (self->term), self);
    }
  g_clear_object (&self->flat);
  g_clear_object (&self->hint_store);
  g_clear_object (&self->term);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->label, g_free);
  career_cull_clear (&self->cull);

  G_OBJECT_CLASS (career_term_card_parent_class)->dispose (object);
}

static void
career_term_card_unmap (GtkWidget *widget)
{
  CareerTermCard *self = (CareerTermCard *) widget;

  career_cull_clear (&self->cull);
  GTK_WIDGET_CLASS (career_term_card_parent_class)->unmap (widget);
}

static void
career_term_card_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CareerTermCard *self = (CareerTermCard *) widget;

  if (!career_cull_skip (&self->cull))
    GTK_WIDGET_CLASS (career_term_card_parent_class)->snapshot (widget, snapshot);
}

static void
career_term_card_class_init (CareerTermCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_term_card_dispose;
  widget_class->unmap = career_term_card_unmap;
  widget_class->snapshot = career_term_card_snapshot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
career_term_card_init (CareerTermCard *self)
{
  career_cull_init (&self->cull, GTK_WIDGET (self));
}

/**
 * career_term_card_new:
 *
 * Returns: (transfer floating): a card showing @term of @plan
 */
GtkWidget *
career_term_card_new (CareerPlan    *plan,
                      CareerTerm    *term,
                      CareerCatalog *catalog)
{
  CareerTermCard *self;
  GListStore *sections;
  g_autoptr(GListStore) header = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GListStore) footer = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkStringObject) header_item = gtk_string_object_new (ITEM_HEADER);
  g_autoptr(GtkStringObject) footer_item = gtk_string_object_new (ITEM_FOOTER);
  GtkDropTarget *drop;
  GType types[] = { G_TYPE_STRING, CAREER_TYPE_PLAN_COURSE };

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_TERM (term), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);

  self = g_object_new (CAREER_TYPE_TERM_CARD, NULL);
  self->plan = g_object_ref (plan);
  self->term = g_object_ref (term);
  self->catalog = g_object_ref (catalog);
  self->label = career_term_dup_label (term);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->label, -1);

  g_list_store_append (header, header_item);
  g_list_store_append (footer, footer_item);
  self->hint_store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (sections, header);
  g_list_store_append (sections, career_term_get_courses (term));
  g_list_store_append (sections, career_term_get_other_learning (term));
  g_list_store_append (sections, self->hint_store);
  g_list_store_append (sections, footer);
  self->flat = gtk_flatten_list_model_new (G_LIST_MODEL (sections));
  update_hint (self);

  g_signal_connect_swapped (career_term_get_courses (term), "items-changed",
                            G_CALLBACK (update_hint), self);
  g_signal_connect_swapped (career_term_get_other_learning (term), "items-changed",
                            G_CALLBACK (update_hint), self);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->label, -1);
  gtk_widget_set_parent (self->list, GTK_WIDGET (self));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), G_LIST_MODEL (self->flat), create_row_cb,
                           self, NULL);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  return GTK_WIDGET (self);
}

CareerTerm *
career_term_card_get_term (CareerTermCard *self)
{
  g_return_val_if_fail (CAREER_IS_TERM_CARD (self), NULL);
  return self->term;
}

/**
 * career_term_card_get_entry_row:
 *
 * Returns: (transfer none) (nullable): the row of the course entry at
 *   @position of the term
 */
GtkWidget *
career_term_card_get_entry_row (CareerTermCard *self,
                                guint           position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CAREER_IS_TERM_CARD (self), NULL);

  /* The header is the first row; the courses follow it. */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), (int) position + 1);
  if (row == NULL || g_object_get_data (G_OBJECT (row), "entry-row") == NULL)
    return NULL;
  return GTK_WIDGET (row);
}

/* The footer's three facts: credits, weekly hours against the plan's, tuition */
static void
footer_facts (const CareerTermCost      *cost,
              const CareerPlanTermCheck *check,
              char                     **credits,
              char                     **hours,
              char                     **tuition)
{
  g_autofree char *available = career_format_number (check->hours_available, 1);
  guint n_entries = check->entries->len;

  if (n_entries == 0)
    *credits = g_strdup (_("No courses"));
  else if (cost->n_unknown_credits == n_entries)
    *credits = g_strdup (_("Not known"));
  else if (cost->n_unknown_credits > 0)
    {
      g_autofree char *known = career_format_credits (cost->credits);

      *credits = g_strdup_printf (ngettext ("At least %s; %u course's credits not known",
                                            "At least %s; %u courses' credits not known",
                                            cost->n_unknown_credits),
                                  known, cost->n_unknown_credits);
    }
  else
    *credits = career_format_credits (cost->credits);

  /* Translators: a term's weekly hours, then the plan's: "12 h a week · 15 h available" */
  *hours = g_strdup_printf (_("%1$s · %2$s h available"), check->workload_text, available);

  if (!cost->tuition_known)
    *tuition = g_strdup (_("Not known"));
  else if (n_entries > 0 && cost->n_unknown_credits == n_entries)
    *tuition = g_strdup (_("Not known: the credits are not known"));
  else
    {
      g_autofree char *money = career_format_money (cost->tuition, cost->currency);

      /* Translators: a term's tuition when some credits are not known */
      *tuition = cost->n_unknown_credits > 0 ? g_strdup_printf (_("At least %s"), money)
                                             : g_steal_pointer (&money);
    }
}

static void
set_footer_fact (CareerTermCard *self,
                 int             row,
                 const char     *name,
                 const char     *value)
{
  GtkWidget *name_label = gtk_grid_get_child_at (GTK_GRID (self->footer_summary), 0, row);
  GtkWidget *value_label = gtk_grid_get_child_at (GTK_GRID (self->footer_summary), 1, row);

  if (name_label == NULL)
    {
      name_label = label_new ("caption", FALSE);
      value_label = label_new ("caption", TRUE);
      gtk_widget_add_css_class (name_label, "dim-label");
      gtk_widget_set_valign (name_label, GTK_ALIGN_START);
      gtk_widget_set_hexpand (value_label, TRUE);
      gtk_grid_attach (GTK_GRID (self->footer_summary), name_label, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (self->footer_summary), value_label, 1, row, 1, 1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (value_label),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, name_label, NULL, -1);
    }
  gtk_label_set_text (GTK_LABEL (name_label), name);
  gtk_label_set_text (GTK_LABEL (value_label), value);
}

#define N_GAPS_SHOWN 5

/**
 * career_projection_term_dup_text:
 *
 * What a term of the projection does to the person's skills, in lines: the
 * skills it raises (from and to, and by what), then the role's largest gaps
 * left after it, with the levels the person will then have.
 *
 * Returns: (transfer full): the text
 */
char *
career_projection_term_dup_text (const CareerProjectionTerm *projected,
                                 CareerProjection           *projection)
{
  CareerRole *role = career_projection_get_role (projection);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GListModel) gaps = NULL;
  guint n_gaps;

  g_return_val_if_fail (projected != NULL, NULL);

  for (guint i = 0; i < projected->raised->len; i++)
    {
      g_autofree char *line = career_format_skill_raise (g_ptr_array_index (projected->raised, i));

      g_string_append_printf (text, "%s\n", line);
    }
  if (projected->raised->len == 0)
    g_string_append_printf (text, "%s\n", _("No skill rises in this term"));
  if (projected->n_unknown_courses > 0)
    {
      g_string_append_printf (text,
                              ngettext ("%u course not in the catalog teaches nothing known",
                                        "%u courses not in the catalog teach nothing known",
                                        projected->n_unknown_courses),
                              projected->n_unknown_courses);
      g_string_append_c (text, '\n');
    }

  if (role != NULL)
    {
      gaps = career_analysis_gaps (role, career_projection_level, projected->levels);
      n_gaps = g_list_model_get_n_items (gaps);
      if (n_gaps == 0)
        g_string_append_printf (text, _("Every skill %s needs at its target"),
                                career_role_get_title (role));
      else
        {
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint i = 0; i < MIN (n_gaps, N_GAPS_SHOWN); i++)
            {
              g_autoptr(CareerGap) gap = g_list_model_get_item (gaps, i);

              if (i > 0)
                g_string_append (list, _(", "));
              /* Translators: a skill's level after a term and the role's
               * target: "Deep Learning 1 of 3" */
              g_string_append_printf (list, _("%1$s %2$u of %3$u"), career_gap_get_skill_name (gap),
                                      career_gap_get_level (gap), career_gap_get_target (gap));
            }
          if (n_gaps > N_GAPS_SHOWN)
            g_string_append_printf (list, ngettext (" and %u more", " and %u more",
                                                    n_gaps - N_GAPS_SHOWN),
                                    n_gaps - N_GAPS_SHOWN);
          /* Translators: the role's largest gaps left after a term:
           * "Still below the target: Deep Learning 1 of 3, MLOps 0 of 2" */
          g_string_append_printf (text, _("Still below the target: %s"), list->str);
        }
    }

  while (text->len > 0 && text->str[text->len - 1] == '\n')
    g_string_truncate (text, text->len - 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * career_term_card_update:
 * @check: (nullable): the plan's check
 * @cost: (nullable): the plan's cost
 * @projection: (nullable): the plan's skill projection, for the target role
 *
 * Shows the warnings of each entry, the term's footer, the fit to the role
 * after the term and the skills the term raises.
 */
void
career_term_card_update (CareerTermCard   *self,
                         CareerPlanCheck  *check,
                         CareerPlanCost   *cost,
                         CareerProjection *projection)
{
  const CareerPlanTermCheck *term_check = NULL;
  const CareerTermCost *term_cost = NULL;
  const CareerProjectionTerm *projected = NULL;
  guint term_position;

  g_return_if_fail (CAREER_IS_TERM_CARD (self));

  if (locate_self (self, &term_position))
    {
      if (check != NULL && term_position < career_plan_check_get_n_terms (check))
        term_check = career_plan_check_get_term (check, term_position);
      if (cost != NULL && term_position < career_plan_cost_get_n_terms (cost))
        term_cost = career_plan_cost_get_term (cost, term_position);
      if (projection != NULL && term_position < career_projection_get_n_terms (projection))
        projected = career_projection_get_term (projection, term_position);
      if (term_check != NULL && term_check->term != self->term)
        term_check = NULL;
      if (projected != NULL && projected->term != self->term)
        projected = NULL;
      if (term_cost != NULL && term_cost->term != self->term)
        term_cost = NULL;
    }

  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), i);
      EntryRow *entry_row;

      if (row == NULL)
        break;
      entry_row = g_object_get_data (G_OBJECT (row), "entry-row");
      if (entry_row != NULL)
        entry_row_update (entry_row,
                          check ? career_plan_check_lookup_entry (check, entry_row->entry) : NULL);
    }

  if (self->header_projection != NULL)
    {
      g_autofree char *fit = NULL;

      if (projected != NULL && projected->fit.defined)
        {
          g_autofree char *percent = career_format_percent (projected->fit.percent);

          /* Translators: the projected fit to the target role after a term:
           * "Fit to Machine Learning Engineer after this term: 64 %" */
          fit = g_strdup_printf (_("Fit to %1$s after this term: %2$s"),
                                 career_role_get_title (career_projection_get_role (projection)),
                                 percent);
        }
      gtk_label_set_text (GTK_LABEL (self->header_projection), fit ? fit : "");
      gtk_widget_set_visible (self->header_projection, fit != NULL);
    }

  if (self->footer_skills != NULL)
    {
      g_autofree char *text = projected ? career_projection_term_dup_text (projected, projection)
                                        : NULL;

      gtk_label_set_text (GTK_LABEL (self->footer_skills_text), text ? text : "");
      gtk_widget_set_visible (self->footer_skills, text != NULL);
      if (projected != NULL)
        {
          guint n = projected->raised->len;
          g_autofree char *title = g_strdup_printf (ngettext ("_Skills After This Term: %u Raised",
                                                              "_Skills After This Term: %u Raised",
                                                              n), n);

          gtk_label_set_text_with_mnemonic (GTK_LABEL (self->footer_skills_title), title);
          /* GTK 4.8 names an expander after its type, not its label: name
           * it by the label without its mnemonic underscore */
          {
            char *to = title;

            for (const char *from = title; *from != '\0'; from++)
              if (*from != '_')
                *to++ = *from;
            *to = '\0';
          }
          career_set_accessible_label (self->footer_skills, title);
        }
    }

  if (self->footer_summary != NULL)
    {
      if (term_cost != NULL && term_check != NULL)
        {
          g_autofree char *credits = NULL;
          g_autofree char *hours = NULL;
          g_autofree char *tuition = NULL;

          footer_facts (term_cost, term_check, &credits, &hours, &tuition);
          set_footer_fact (self, 0, _("Credits"), credits);
          set_footer_fact (self, 1, _("Workload"), hours);
          set_footer_fact (self, 2, _("Tuition"), tuition);
        }
      gtk_widget_set_visible (self->footer_summary, term_cost != NULL && term_check != NULL);

      clear_box (self->footer_capacity);
      if (term_check != NULL && term_check->capacity != NULL)
        gtk_box_append (GTK_BOX (self->footer_capacity),
                        warning_line_new (self, NULL, self->label, term_check->capacity));
      gtk_widget_set_visible (self->footer_capacity, term_check != NULL && term_check->capacity != NULL);
    }
}

/* For tests: the "Skills After This Term" expander and its text */
GtkWidget *
career_term_card_get_skills_expander (CareerTermCard *self)
{
  g_return_val_if_fail (CAREER_IS_TERM_CARD (self), NULL);

  return self->footer_skills;
}

const char *
career_term_card_get_skills_text (CareerTermCard *self)
{
  g_return_val_if_fail (CAREER_IS_TERM_CARD (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->footer_skills_text));
}
