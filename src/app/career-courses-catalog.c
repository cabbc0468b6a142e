/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Courses view's catalog: the program's courses in a GtkListView over
 * one GtkFilterListModel with one shared filter, their rows (recycled; each
 * can be dragged onto a term or added with its "Add to Term" menu), and the
 * recommendations above them. See career-courses-view-private.h.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "career-caption.h"
#include "career-courses-view-private.h"
#include "career-format.h"
#include "career-rows.h"
#include "career-recommend.h"
#include "career-recycling-model.h"

#define N_RECOMMENDATIONS 3
/* About what a tall window shows (a course row is four to six lines); each
 * costs about 0.3 ms to bind and measure again, and 12 made the keystroke
 * that brings 10 000 rows back 15-16 ms long (docs/benchmarks.md, fix 49) */
#define COURSE_ROWS_PER_FRAME 8

/* Plain decisions */

/**
 * career_course_matches_search:
 * @casefolded_text: (nullable): the search text, already case-folded
 *
 * Returns: whether the course's code, title or description has the text
 */
gboolean
career_course_matches_search (CareerCourse *course,
                              const char   *casefolded_text)
{
  const char *fields[3];

  if (casefolded_text == NULL || casefolded_text[0] == '\0')
    return TRUE;

  fields[0] = career_course_get_code (course);
  fields[1] = career_course_get_title (course);
  fields[2] = career_course_get_description (course);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *folded = fields[i] ? g_utf8_casefold (fields[i], -1) : NULL;

      if (folded != NULL && strstr (folded, casefolded_text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
prereq_met (CareerPrereq *prereq,
            GHashTable   *planned)
{
  if (prereq == NULL)
    return TRUE;

  switch (prereq->kind)
    {
    case CAREER_PREREQ_COURSE:
      return planned != NULL && g_hash_table_contains (planned, prereq->course_id);

    case CAREER_PREREQ_ALL:
      for (guint i = 0; prereq->children != NULL && i < prereq->children->len; i++)
        if (!prereq_met (g_ptr_array_index (prereq->children, i), planned))
          return FALSE;
      return TRUE;

    case CAREER_PREREQ_ANY:
      for (guint i = 0; prereq->children != NULL && i < prereq->children->len; i++)
        if (prereq_met (g_ptr_array_index (prereq->children, i), planned))
          return TRUE;
      return prereq->children == NULL || prereq->children->len == 0;

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * career_course_prerequisites_met:
 * @planned: (nullable): a set of the full ids of the courses in the plan,
 *   in any term and status
 *
 * Returns: whether the course's required prerequisites are all in @planned
 *   ("eligible now"); advised ones are not asked for
 */
gboolean
career_course_prerequisites_met (CareerCourse *course,
                                 GHashTable   *planned)
{
  g_return_val_if_fail (CAREER_IS_COURSE (course), FALSE);

  return prereq_met (career_course_get_required (course), planned);
}

static void
append_prereq (GString       *text,
               CareerPrereq  *prereq,
               CareerCatalog *catalog,
               gboolean       nested)
{
  CareerCourse *course;
  gboolean parens;

  if (prereq->kind == CAREER_PREREQ_COURSE)
    {
      course = catalog ? career_catalog_lookup_course (catalog, prereq->course_id) : NULL;
      g_string_append (text, course ? career_course_get_code (course) : prereq->course_id);
      return;
    }

  parens = nested && prereq->children != NULL && prereq->children->len > 1;
  if (parens)
    g_string_append_c (text, '(');
  for (guint i = 0; prereq->children != NULL && i < prereq->children->len; i++)
    {
      if (i > 0)
        g_string_append (text, prereq->kind == CAREER_PREREQ_ALL ? _(" and ") : _(" or "));
      append_prereq (text, g_ptr_array_index (prereq->children, i), catalog, TRUE);
    }
  if (parens)
    g_string_append_c (text, ')');
}

/**
 * career_prereq_dup_text:
 * @catalog: (nullable): to name courses by their code
 *
 * Returns: (transfer full): the expression for people: "COMP 614 and
 *   (COMP 613 or COMP 680)"
 */
char *
career_prereq_dup_text (CareerPrereq  *prereq,
                        CareerCatalog *catalog)
{
  GString *text = g_string_new (NULL);

  if (prereq != NULL)
    append_prereq (text, prereq, catalog, FALSE);
  return g_string_free (text, FALSE);
}

static CareerOffering
season_flag (CareerSeason season)
{
  return season == CAREER_SEASON_SPRING ? CAREER_OFFERED_SPRING
         : season == CAREER_SEASON_SUMMER ? CAREER_OFFERED_SUMMER
         : CAREER_OFFERED_FALL;
}

/**
 * career_plan_next_term:
 * @plan: (nullable): the plan
 * @seasons: the seasons the program runs terms in; 0 when not known
 * @now: today, for a plan without terms
 *
 * The term "Add Term" offers first: the one after the plan's last term, or
 * the next one to start after @now (spring from January, summer from May,
 * fall from August), skipping the seasons the program does not run.
 */
void
career_plan_next_term (CareerPlan     *plan,
                       CareerOffering  seasons,
                       GDateTime      *now,
                       CareerSeason   *season,
                       int            *year)
{
  GListModel *terms = plan ? career_plan_get_terms (plan) : NULL;
  guint n = terms ? g_list_model_get_n_items (terms) : 0;

  if (seasons == 0)
    seasons = CAREER_OFFERED_SPRING | CAREER_OFFERED_SUMMER | CAREER_OFFERED_FALL;

  if (n > 0)
    {
      g_autoptr(CareerTerm) last = g_list_model_get_item (terms, n - 1);

      *season = career_term_get_season (last);
      *year = career_term_get_year (last);
      /* The season after the last term's */
      if (*season == CAREER_SEASON_FALL)
        {
          *season = CAREER_SEASON_SPRING;
          (*year)++;
        }
      else
        {
          (*season)++;
        }
    }
  else
    {
      int month = g_date_time_get_month (now);

      *year = g_date_time_get_year (now);
      if (month < 5)
        *season = CAREER_SEASON_SUMMER;
      else if (month < 8)
        *season = CAREER_SEASON_FALL;
      else
        {
          *season = CAREER_SEASON_SPRING;
          (*year)++;
        }
    }

  for (guint i = 0; i < 3 && (seasons & season_flag (*season)) == 0; i++)
    {
      if (*season == CAREER_SEASON_FALL)
        {
          *season = CAREER_SEASON_SPRING;
          (*year)++;
        }
      else
        {
          (*season)++;
        }
    }
}


static char *
offering_text (CareerCourse *course)
{
  CareerOffering offering;
  GString *seasons;

  if (!career_course_get_offering (course, &offering))
    return g_strdup (_("Terms offered not known"));
  if (offering == 0)
    return g_strdup (_("Not offered in any term"));

  seasons = g_string_new (NULL);
  if (offering & CAREER_OFFERED_SPRING)
    g_string_append (seasons, _("spring"));
  if (offering & CAREER_OFFERED_SUMMER)
    g_string_append_printf (seasons, "%s%s", seasons->len ? _(", ") : "", _("summer"));
  if (offering & CAREER_OFFERED_FALL)
    g_string_append_printf (seasons, "%s%s", seasons->len ? _(", ") : "", _("fall"));

  {
    /* Translators: the seasons a course is offered in: "Offered in spring, fall" */
    char *text = g_strdup_printf (_("Offered in %s"), seasons->str);
    g_string_free (seasons, TRUE);
    return text;
  }
}

static char *
skills_text (CareerCourse *course)
{
  guint n = career_course_get_n_skills (course);
  GString *text;

  if (n == 0)
    return g_strdup (_("Skills taught not known"));

  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      const CareerCourseSkill *taught = career_course_get_skill (course, i);
      const char *name = taught->skill ? career_skill_get_name (taught->skill) : taught->skill_id;

      if (i > 0)
        g_string_append (text, _(", "));
      /* Translators: a skill a course teaches and the level it brings: "Python 3" */
      g_string_append_printf (text, _("%1$s %2$u"), name, taught->level);
    }

  {
    /* Translators: the skills a course teaches: "Teaches Python 3, Statistics 2" */
    char *line = g_strdup_printf (_("Teaches %s"), text->str);
    g_string_free (text, TRUE);
    return line;
  }
}

static char *
prerequisites_text (CareerCoursesView *self,
                    CareerCourse      *course)
{
  g_autofree char *required = career_prereq_dup_text (career_course_get_required (course),
                                                      self->catalog);
  g_autofree char *advised = career_prereq_dup_text (career_course_get_advised (course),
                                                     self->catalog);

  if (required[0] != '\0' && advised[0] != '\0')
    /* Translators: a course's prerequisites, required then advised */
    return g_strdup_printf (_("Requires %1$s; advised: %2$s"), required, advised);
  if (required[0] != '\0')
    return g_strdup_printf (_("Requires %s"), required);
  if (advised[0] != '\0')
    return g_strdup_printf (_("No required prerequisites; advised: %s"), advised);
  return g_strdup (_("No prerequisites"));
}

/* The catalog list */

/* What a search looks in: a course's code, title and description, case-
 * folded once per course */
static const char *
course_haystack (CareerCoursesView *self,
                 CareerCourse      *course)
{
  const char *haystack = g_hash_table_lookup (self->haystacks, course);

  if (haystack == NULL)
    {
      const char *description = career_course_get_description (course);
      g_autofree char *joined = g_strjoin ("\n", career_course_get_code (course),
                                           career_course_get_title (course),
                                           description ? description : "", NULL);
      char *folded = g_utf8_casefold (joined, -1);

      g_hash_table_insert (self->haystacks, course, folded);
      haystack = folded;
    }
  return haystack;
}

static gboolean
fold_haystacks_cb (gpointer user_data)
{
  CareerCoursesView *self = user_data;
  GListModel *courses = self->program ? career_program_get_courses (self->program) : NULL;
  guint n = courses ? g_list_model_get_n_items (courses) : 0;
  guint end = MIN (n, self->haystacks_folded + 500);

  for (; self->haystacks_folded < end; self->haystacks_folded++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, self->haystacks_folded);

      course_haystack (self, course);
    }

  if (self->haystacks_folded < n)
    return G_SOURCE_CONTINUE;
  self->haystacks_id = 0;
  return G_SOURCE_REMOVE;
}

/**
 * _career_courses_view_fold_haystacks:
 *
 * Folds what searches look in for the program's courses, a few hundred
 * at a time while the app is idle, so that no keystroke pays for 10 000
 * of them (docs/benchmarks.md).
 */
void
_career_courses_view_fold_haystacks (CareerCoursesView *self)
{
  g_hash_table_remove_all (self->haystacks);
  self->haystacks_folded = 0;
  g_clear_handle_id (&self->haystacks_id, g_source_remove);
  if (self->program != NULL)
    self->haystacks_id = g_idle_add_full (G_PRIORITY_LOW, fold_haystacks_cb, self, NULL);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CareerCoursesView *self = user_data;
  CareerCourse *course = item;

  if (self->search_text != NULL && strstr (course_haystack (self, course), self->search_text) == NULL)
    return FALSE;

  if (self->skill_id != NULL)
    {
      gboolean teaches = FALSE;

      for (guint i = 0; i < career_course_get_n_skills (course) && !teaches; i++)
        teaches = g_strcmp0 (career_course_get_skill (course, i)->skill_id, self->skill_id) == 0;
      if (!teaches)
        return FALSE;
    }

  if (self->kind_filter != CAREER_COURSE_KIND_NOT_KNOWN &&
      (self->kinds == NULL ||
       GPOINTER_TO_UINT (g_hash_table_lookup (self->kinds, career_course_get_id (course)))
         != self->kind_filter))
    return FALSE;

  if (self->credits_filter > 0)
    {
      double credits;

      if (!career_course_get_credits (course, &credits) || credits != self->credits_filter)
        return FALSE;
    }

  if (self->workload_filter > 0)
    {
      double hours;

      /* A workload the catalog does not know may be more */
      if (!career_course_get_workload (course, &hours, NULL) || hours > self->workload_filter)
        return FALSE;
    }

  if (self->unplanned_only && g_hash_table_contains (self->planned, career_course_get_id (course)))
    return FALSE;

  if (self->eligible_only && !career_course_prerequisites_met (course, self->planned))
    return FALSE;

  return TRUE;
}

typedef struct
{
  GtkWidget *title;
  GtkWidget *description;  /* two lines; all of it on hover */
  GtkWidget *facts;     /* credits, workload, terms; skills; prerequisites */
  GtkWidget *planned;
  GtkWidget *add;
  char      *course_id;
} CatalogRow;

static void
catalog_row_free (gpointer data)
{
  CatalogRow *row = data;

  g_free (row->course_id);
  g_free (row);
}

/**
 * career_plan_dup_add_menu:
 * @plan: (nullable): the plan
 *
 * The "Add to Term" menu of a course of the catalog: one item per term.
 *
 * Returns: (transfer full): the menu
 */
GMenuModel *
career_plan_dup_add_menu (CareerPlan *plan,
                          const char *course_id)
{
  GListModel *terms = plan ? career_plan_get_terms (plan) : NULL;
  guint n = terms ? g_list_model_get_n_items (terms) : 0;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  g_return_val_if_fail (course_id != NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, i);
      g_autofree char *label = career_term_dup_label (term);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "courses.add-course",
                                               g_variant_new ("(sui)", course_id, i, -1));
      g_menu_append_item (section, item);
    }
  if (n == 0)
    g_menu_append (section, _("No terms yet: add one first"), "courses.no-terms");

  g_menu_append_section (menu, _("Add to Term"), G_MENU_MODEL (section));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
on_add_menu_create_cb (GtkMenuButton *button,
                       gpointer       user_data)
{
  CatalogRow *row = user_data;
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (button), CAREER_TYPE_COURSES_VIEW);
  g_autoptr(GMenuModel) menu = NULL;

  if (view == NULL || row->course_id == NULL)
    return;
  menu = career_plan_dup_add_menu (CAREER_COURSES_VIEW (view)->plan, row->course_id);
  gtk_menu_button_set_menu_model (button, menu);
}

static GdkContentProvider *
on_course_drag_prepare_cb (GtkDragSource *source,
                           double         x,
                           double         y,
                           CatalogRow    *row)
{
  if (row->course_id == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_STRING, row->course_id);
}

/* A course's row can be dragged onto a term: it carries the course's id */
static void
add_course_drag_source (GtkWidget  *grid,
                        CatalogRow *row)
{
  GtkDragSource *drag = gtk_drag_source_new ();

  gtk_drag_source_set_actions (drag, GDK_ACTION_COPY);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_course_drag_prepare_cb), row);
  career_drag_source_show_widget (drag, grid);
  gtk_widget_add_controller (grid, GTK_EVENT_CONTROLLER (drag));
}

static GtkWidget *
caption_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* The whole text of a label or caption that may be cut short */
static gboolean
on_label_query_tooltip_cb (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard_mode,
                           GtkTooltip *tooltip,
                           gpointer    user_data)
{
  const char *text = CAREER_IS_CAPTION (widget) ? career_caption_get_text (CAREER_CAPTION (widget))
                                                : gtk_label_get_text (GTK_LABEL (widget));

  if (text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_course_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *grid = gtk_grid_new ();
  CatalogRow *row = g_new0 (CatalogRow, 1);

  /* A grid, not a horizontal box: see career_info_row_new(). */
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);

  row->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->title), 0);
  gtk_label_set_wrap (GTK_LABEL (row->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (row->title, TRUE);
  gtk_widget_add_css_class (row->title, "course-code");
  /* One label for three lines: each label is a Pango layout to measure, and
   * the list measures every row it shows. */
  row->description = caption_new ();
  gtk_widget_set_has_tooltip (row->description, TRUE);
  g_signal_connect (row->description, "query-tooltip",
                    G_CALLBACK (on_label_query_tooltip_cb), NULL);
  gtk_label_set_lines (GTK_LABEL (row->description), 2);
  gtk_label_set_ellipsize (GTK_LABEL (row->description), PANGO_ELLIPSIZE_END);
  /* One line each for the facts, the skills and the prerequisites, cut
   * short where the row is narrow, with all of it on hover and to a screen
   * reader: wrapping them made a row cost some 4 ms to measure, and a
   * keystroke that changes the catalog's visible rows builds up to 200 of
   * them (docs/benchmarks.md) */
  row->facts = career_caption_new ();
  gtk_widget_add_css_class (row->facts, "caption");
  gtk_widget_set_has_tooltip (row->facts, TRUE);
  g_signal_connect (row->facts, "query-tooltip", G_CALLBACK (on_label_query_tooltip_cb),
                    NULL);
  row->planned = caption_new ();
  gtk_widget_add_css_class (row->facts, "dim-label");
  gtk_widget_add_css_class (row->planned, "accent");

  row->add = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (row->add), "list-add-symbolic");
  career_set_tooltip (row->add, _("Add to Term…"));
  gtk_widget_set_valign (row->add, GTK_ALIGN_START);
  gtk_widget_add_css_class (row->add, "flat");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (row->add), on_add_menu_create_cb,
                                         row, NULL);

  gtk_grid_attach (GTK_GRID (grid), row->title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), row->add, 1, 0, 1, 2);
  gtk_grid_attach (GTK_GRID (grid), row->description, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), row->facts, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), row->planned, 0, 3, 2, 1);
  g_object_set_data_full (G_OBJECT (grid), "catalog-row", row, catalog_row_free);
  add_course_drag_source (grid, row);

  gtk_list_item_set_child (list_item, grid);
}

static void
bind_course_row (CareerCoursesView *self,
                 GtkListItem       *list_item)
{
  CareerCourse *course = career_list_slot_bound (list_item);
  CatalogRow *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "catalog-row");
  const char *planned_in;
  g_autofree char *markup = NULL;
  g_autofree char *credits = NULL;
  g_autofree char *workload = NULL;
  g_autofree char *offered = NULL;
  g_autofree char *facts = NULL;
  g_autofree char *skills = NULL;
  g_autofree char *prerequisites = NULL;
  g_autofree char *details = NULL;
  g_autofree char *add_name = NULL;
  const char *description;
  double value;

  if (course == NULL)
    return;

  g_free (row->course_id);
  row->course_id = g_strdup (career_course_get_id (course));

  markup = g_markup_printf_escaped ("<b>%s</b> · %s", career_course_get_code (course),
                                    career_course_get_title (course));
  credits = career_course_get_credits (course, &value) ? career_format_credits (value)
                                                       : g_strdup (_("Credits not known"));
  workload = career_course_get_workload (course, &value, NULL) ? career_format_hours (value)
                                                               : g_strdup (_("Workload not known"));
  offered = offering_text (course);
  switch (self->kinds ? GPOINTER_TO_UINT (g_hash_table_lookup (self->kinds, row->course_id))
                      : CAREER_COURSE_KIND_NOT_KNOWN)
    {
    case CAREER_COURSE_KIND_CORE:
      /* Translators: a course's facts: "Core · 3 credits · 10 hours a week" */
      facts = g_strdup_printf (_("Core · %1$s · %2$s"), credits, workload);
      break;
    case CAREER_COURSE_KIND_ELECTIVE:
      /* Translators: a course's facts: "Elective · 3 credits · 10 hours a week" */
      facts = g_strdup_printf (_("Elective · %1$s · %2$s"), credits, workload);
      break;
    case CAREER_COURSE_KIND_NOT_KNOWN:
    default:
      /* Translators: a course's facts: "3 credits · 10 hours a week" */
      facts = g_strdup_printf (_("%1$s · %2$s"), credits, workload);
      break;
    }
  skills = skills_text (course);
  prerequisites = prerequisites_text (self, course);

  /* A line each, so that a narrow row cuts short no fact but the last of
   * a line (the terms offered are often "not known", which must show) */
  details = g_strdup_printf ("%s\n%s\n%s\n%s", facts, offered, skills, prerequisites);
  gtk_label_set_markup (GTK_LABEL (row->title), markup);
  description = career_course_get_description (course);
  gtk_label_set_text (GTK_LABEL (row->description), description ? description : "");
  gtk_widget_set_visible (row->description, description != NULL && description[0] != '\0');
  career_caption_set_text (CAREER_CAPTION (row->facts), details);

  planned_in = g_hash_table_lookup (self->planned, row->course_id);
  if (planned_in != NULL)
    {
      /* Translators: where a course of the catalog is in the plan: "In your plan: Fall 2025" */
      g_autofree char *line = g_strdup_printf (_("In your plan: %s"), planned_in);
      gtk_label_set_text (GTK_LABEL (row->planned), line);
    }
  gtk_widget_set_visible (row->planned, planned_in != NULL);

  /* Translators: an accessible name: "Add COMP 642 to a term" */
  add_name = g_strdup_printf (_("Add %s to a term"), career_course_get_code (course));
  career_set_accessible_label (GTK_WIDGET (row->add), add_name);
  gtk_widget_set_visible (row->add, self->plan != NULL);
}

static void
on_course_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  CareerCoursesView *self = CAREER_COURSES_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (child),
                                                                          CAREER_TYPE_COURSES_VIEW));

  /* Rows are bound while the list is in the view; until then, nothing to track. */
  if (self == NULL)
    return;
  g_hash_table_add (self->bound_items, list_item);
  bind_course_row (self, list_item);

  /* The row stays when its slot is given another course: show that one */
  career_list_slot_follow (list_item, (CareerListSlotBindFunc) bind_course_row, self);
}

static void
on_course_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *view = child ? gtk_widget_get_ancestor (child, CAREER_TYPE_COURSES_VIEW) : NULL;

  if (view != NULL)
    g_hash_table_remove (CAREER_COURSES_VIEW (view)->bound_items, list_item);
  career_list_slot_unfollow (list_item);
}

void
_career_courses_view_rebind_course_rows (CareerCoursesView *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (gtk_list_item_get_item (item) != NULL)
      bind_course_row (self, item);
}

/* Whether a course hidden by the kind or workload filter is hidden only
 * because the catalog does not know its kind or workload */
static gboolean
hides_unknown (CareerCoursesView *self)
{
  GListModel *courses = self->program ? career_program_get_courses (self->program) : NULL;
  guint n = courses ? g_list_model_get_n_items (courses) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);
      double hours;

      if (self->kind_filter != CAREER_COURSE_KIND_NOT_KNOWN && self->kinds != NULL &&
          GPOINTER_TO_UINT (g_hash_table_lookup (self->kinds, career_course_get_id (course)))
            == CAREER_COURSE_KIND_NOT_KNOWN)
        return TRUE;
      if (self->workload_filter > 0 && !career_course_get_workload (course, &hours, NULL))
        return TRUE;
    }
  return FALSE;
}

void
_career_courses_view_update_catalog_empty (CareerCoursesView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  if (empty)
    adw_status_page_set_description (self->catalog_empty,
                                     hides_unknown (self)
                                     ? _("The catalog does not say which courses are core or "
                                         "what every course’s workload is, and this filter hides "
                                         "what it does not know. Try another filter.")
                                     : _("Try another search, skill or filter"));
  gtk_stack_set_visible_child_name (self->catalog_stack, empty ? "empty" : "list");
}

/* The kind and workload drop-downs' items, in order (see the .ui file) */
static const CareerCourseKind kind_choices[] = {
  CAREER_COURSE_KIND_NOT_KNOWN,  /* any */
  CAREER_COURSE_KIND_CORE,
  CAREER_COURSE_KIND_ELECTIVE,
};
static const double workload_choices[] = { 0, 10, 15, 20 };

/* How the filter changed, so that GtkFilterListModel looks again only at
 * the courses that can change sides: typing one more letter only hides. */
static GtkFilterChange
filter_change (gboolean stricter,
               gboolean looser)
{
  if (stricter && !looser)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (looser && !stricter)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

void
_career_courses_view_apply_filters (CareerCoursesView *self)
{
  guint selected = career_drop_down_get_selected (self->skill_dropdown);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *search = text[0] != '\0' ? g_utf8_casefold (text, -1) : NULL;
  g_autofree char *skill = NULL;
  gboolean eligible = gtk_toggle_button_get_active (self->eligible_toggle);
  gboolean unplanned = gtk_toggle_button_get_active (self->unplanned_toggle);
  guint kind_position = career_drop_down_get_selected (self->kind_dropdown);
  guint credits_position = career_drop_down_get_selected (self->credits_dropdown);
  guint workload_position = career_drop_down_get_selected (self->workload_dropdown);
  CareerCourseKind kind = kind_position < G_N_ELEMENTS (kind_choices) ? kind_choices[kind_position]
                                                                      : CAREER_COURSE_KIND_NOT_KNOWN;
  double credits = self->credit_values != NULL && credits_position < self->credit_values->len
                   ? g_array_index (self->credit_values, double, credits_position) : 0;
  double workload = workload_position < G_N_ELEMENTS (workload_choices)
                    ? workload_choices[workload_position] : 0;
  gboolean stricter = FALSE, looser = FALSE;

  /* The first choice is "All Skills" */
  if (self->skill_choices != NULL && selected != GTK_INVALID_LIST_POSITION && selected > 0 &&
      selected <= self->skill_choices->len)
    skill = g_strdup (career_skill_get_id (g_ptr_array_index (self->skill_choices, selected - 1)));

  if (g_strcmp0 (search, self->search_text) != 0)
    {
      if (self->search_text == NULL || (search != NULL && strstr (search, self->search_text)))
        stricter = TRUE;
      else if (search == NULL || strstr (self->search_text, search))
        looser = TRUE;
      else
        stricter = looser = TRUE;
    }
  if (g_strcmp0 (skill, self->skill_id) != 0)
    {
      stricter |= skill != NULL;
      looser |= self->skill_id != NULL;
    }
  if (kind != self->kind_filter)
    {
      stricter |= kind != CAREER_COURSE_KIND_NOT_KNOWN;
      looser |= self->kind_filter != CAREER_COURSE_KIND_NOT_KNOWN;
    }
  if (credits != self->credits_filter)
    {
      stricter |= credits > 0;
      looser |= self->credits_filter > 0;
    }
  if (workload != self->workload_filter)
    {
      /* 0 is "any": the loosest */
      if (workload > 0 && (self->workload_filter == 0 || workload < self->workload_filter))
        stricter = TRUE;
      else
        looser = TRUE;
    }
  if (eligible != self->eligible_only)
    *(eligible ? &stricter : &looser) = TRUE;
  if (unplanned != self->unplanned_only)
    *(unplanned ? &stricter : &looser) = TRUE;

  g_free (self->search_text);
  self->search_text = g_steal_pointer (&search);
  g_free (self->skill_id);
  self->skill_id = g_steal_pointer (&skill);
  self->kind_filter = kind;
  self->credits_filter = credits;
  self->workload_filter = workload;
  self->eligible_only = eligible;
  self->unplanned_only = unplanned;

  if (stricter || looser)
    {
      gtk_filter_changed (GTK_FILTER (self->filter), filter_change (stricter, looser));
    }
  _career_courses_view_update_catalog_empty (self);
}

static void
on_search_changed_cb (CareerCoursesView *self)
{
  _career_courses_view_apply_filters (self);
}

static void
on_filters_changed_cb (CareerCoursesView *self)
{
  if (!self->updating)
    _career_courses_view_apply_filters (self);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The credits the program's courses are worth, for the credits filter */
static void
update_credit_choices (CareerCoursesView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *courses = self->program ? career_program_get_courses (self->program) : NULL;
  guint n = courses ? g_list_model_get_n_items (courses) : 0;
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareerCourse) course = g_list_model_get_item (courses, i);
      double credits;

      if (career_course_get_credits (course, &credits) && credits > 0)
        g_array_append_val (values, credits);
    }
  g_array_sort (values, compare_doubles);

  g_clear_pointer (&self->credit_values, g_array_unref);
  self->credit_values = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (self->credit_values, 1);     /* 0: any */
  gtk_string_list_append (names, _("Any Credits"));
  for (guint i = 0; i < values->len; i++)
    {
      double credits = g_array_index (values, double, i);

      if (i == 0 || credits != g_array_index (values, double, i - 1))
        {
          g_autofree char *label = career_format_credits (credits);

          g_array_append_val (self->credit_values, credits);
          gtk_string_list_append (names, label);
        }
    }

  self->updating = TRUE;
  career_drop_down_set_model (self->credits_dropdown, G_LIST_MODEL (names));
  career_drop_down_set_selected (self->credits_dropdown, 0);
  self->updating = FALSE;
  /* Nothing to choose when the catalog knows no course's credits */
  gtk_widget_set_sensitive (GTK_WIDGET (self->credits_dropdown), self->credit_values->len > 1);
}

/* The choices of the filters that depend on the program: the skills its
 * courses teach, by name, and the credits they are worth. */
void
_career_courses_view_update_filter_choices (CareerCoursesView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* The program's taught skills are made once, in name order, most often
   * while the app was idle (see career-window.c) */
  g_clear_pointer (&self->skill_choices, g_ptr_array_unref);
  if (self->program != NULL)
    self->skill_choices = g_ptr_array_ref (career_program_get_taught_skills (self->program));

  gtk_string_list_append (names, _("All Skills"));
  for (guint i = 0; self->skill_choices != NULL && i < self->skill_choices->len; i++)
    gtk_string_list_append (names, career_skill_get_name (g_ptr_array_index (self->skill_choices, i)));

  self->updating = TRUE;
  career_drop_down_set_model (self->skill_dropdown, G_LIST_MODEL (names));
  career_drop_down_set_selected (self->skill_dropdown, 0);
  self->updating = FALSE;

  update_credit_choices (self);
}

/**
 * _career_courses_view_update_kinds:
 *
 * Finds again which courses are core and which electives when the program
 * or the plan's specialization changed, and filters again if that matters.
 */
void
_career_courses_view_update_kinds (CareerCoursesView *self)
{
  const char *specialization_id = self->plan ? career_plan_get_specialization_id (self->plan) : NULL;

  if (self->kinds != NULL && g_strcmp0 (specialization_id, self->kinds_specialization_id) == 0)
    return;

  g_clear_pointer (&self->kinds, g_hash_table_unref);
  g_free (self->kinds_specialization_id);
  self->kinds_specialization_id = g_strdup (specialization_id);
  if (self->program != NULL)
    self->kinds = career_program_dup_course_kinds (self->program, specialization_id);

  if (self->kind_filter != CAREER_COURSE_KIND_NOT_KNOWN)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  _career_courses_view_rebind_course_rows (self);
}

/* Recommendations: a few courses to add next, with why */

static GtkWidget *
recommendation_row_new (CareerRecommendation *recommendation)
{
  CareerCourse *course = recommendation->course;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  CatalogRow *data = g_new0 (CatalogRow, 1);
  g_autofree char *markup = NULL;
  g_autofree char *add_name = NULL;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 6);

  data->course_id = g_strdup (career_course_get_id (course));
  data->title = gtk_label_new (NULL);
  markup = g_markup_printf_escaped ("<b>%s</b> · %s", career_course_get_code (course),
                                    career_course_get_title (course));
  gtk_label_set_markup (GTK_LABEL (data->title), markup);
  gtk_label_set_xalign (GTK_LABEL (data->title), 0);
  gtk_label_set_wrap (GTK_LABEL (data->title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (data->title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (data->title, TRUE);
  data->facts = caption_new ();
  gtk_label_set_text (GTK_LABEL (data->facts), recommendation->reason);
  gtk_widget_add_css_class (data->facts, "dim-label");

  data->add = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (data->add), "list-add-symbolic");
  career_set_tooltip (data->add, _("Add to Term…"));
  gtk_widget_set_valign (data->add, GTK_ALIGN_START);
  gtk_widget_add_css_class (data->add, "flat");
  add_name = g_strdup_printf (_("Add %s to a term"), career_course_get_code (course));
  career_set_accessible_label (GTK_WIDGET (data->add), add_name);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (data->add), on_add_menu_create_cb,
                                         data, NULL);

  gtk_grid_attach (GTK_GRID (grid), data->title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), data->facts, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), data->add, 1, 0, 1, 2);
  g_object_set_data_full (G_OBJECT (grid), "catalog-row", data, catalog_row_free);
  add_course_drag_source (grid, data);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, career_course_get_title (course),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, recommendation->reason,
                                  -1);
  return row;
}

/* Recommendations rank every course of the program: with a catalog of
 * thousands that takes a while, so they come after the rest of a change,
 * and only while someone can see them. */
static gboolean
update_recommendations_cb (gpointer user_data)
{
  CareerCoursesView *self = user_data;
  g_autoptr(GPtrArray) recommendations = NULL;
  CareerRole *role = NULL;
  GtkWidget *child;

  self->recommend_id = 0;
  if (self->plan != NULL && self->catalog != NULL)
    role = career_catalog_lookup_role (self->catalog, career_plan_get_target_role_id (self->plan));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recommend_list))) != NULL)
    gtk_list_box_remove (self->recommend_list, child);

  if (self->plan != NULL && self->catalog != NULL && self->program != NULL)
    recommendations = career_recommend_courses (self->plan, self->catalog, self->program,
                                                career_plan_get_specialization_id (self->plan),
                                                role, N_RECOMMENDATIONS);

  for (guint i = 0; recommendations != NULL && i < recommendations->len; i++)
    gtk_list_box_append (self->recommend_list,
                         recommendation_row_new (g_ptr_array_index (recommendations, i)));

  gtk_widget_set_visible (self->recommend_box, recommendations != NULL && recommendations->len > 0);
  return G_SOURCE_REMOVE;
}

void
_career_courses_view_queue_recommendations (CareerCoursesView *self)
{
  if (self->recommend_id != 0)
    return;

  if (self->plan == NULL || self->program == NULL)
    {
      gtk_widget_set_visible (self->recommend_box, FALSE);
    }
  else if (!gtk_expander_get_expanded (GTK_EXPANDER (self->recommend_expander)))
    {
      /* Closed, they wait until it is opened */
      self->recommendations_stale = TRUE;
      gtk_widget_set_visible (self->recommend_box, TRUE);
    }
  else
    {
      self->recommend_id = g_idle_add_full (G_PRIORITY_LOW, update_recommendations_cb, self, NULL);
    }
}

static void
on_recommend_expanded_cb (CareerCoursesView *self)
{
  if (self->recommendations_stale &&
      gtk_expander_get_expanded (GTK_EXPANDER (self->recommend_expander)))
    {
      self->recommendations_stale = FALSE;
      _career_courses_view_queue_recommendations (self);
    }
}

/* Set-up, from the view's class_init and init */

void
_career_courses_view_class_init_catalog (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_course_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_course_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_course_unbind_cb);
}

void
_career_courses_view_init_catalog (CareerCoursesView *self)
{
  GtkSelectionModel *selection;
  CareerRecyclingModel *slots;

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_swapped (self->filtered, "items-changed",
                            G_CALLBACK (_career_courses_view_update_catalog_empty), self);
  /* Rows that stay while a search changes what they show (see there) */
  slots = career_recycling_model_new (G_LIST_MODEL (self->filtered));
  /* A search shows its first rows in the frame after the keystroke and
   * the rest in the next ones, each within a frame (docs/benchmarks.md) */
  career_recycling_model_set_frame_widget (slots, GTK_WIDGET (self->course_list),
                                           COURSE_ROWS_PER_FRAME);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (slots)));
  gtk_list_view_set_model (self->course_list, selection);
  g_object_unref (selection);

  career_set_accessible_label (GTK_WIDGET (self->skill_dropdown), _("Skill taught"));
  career_set_accessible_label (GTK_WIDGET (self->kind_dropdown), _("Core or elective"));
  career_set_accessible_label (GTK_WIDGET (self->credits_dropdown), _("Credits"));
  career_set_accessible_label (GTK_WIDGET (self->workload_dropdown), _("Weekly workload"));
  career_set_accessible_label (GTK_WIDGET (self->eligible_toggle), _("Eligible Now"));
  career_set_accessible_label (GTK_WIDGET (self->unplanned_toggle), _("Not Yet Planned"));
  career_set_accessible_label (GTK_WIDGET (self->recommend_expander), _("Recommended"));
  g_signal_connect_swapped (self->recommend_expander, "notify::expanded",
                            G_CALLBACK (on_recommend_expanded_cb), self);
}

/**
 * career_courses_view_set_course_filters:
 * @kind: the kind to show; %CAREER_COURSE_KIND_NOT_KNOWN for any
 * @credits: the credits to show; 0 for any
 * @max_weekly_hours: the most weekly workload to show; 0 for any
 *
 * Chooses the kind, credits and workload filters, as the person would.
 *
 * Returns: %FALSE, changing nothing, if @credits or @max_weekly_hours is
 *   not one of the choices
 */
gboolean
career_courses_view_set_course_filters (CareerCoursesView *self,
                                        CareerCourseKind   kind,
                                        double             credits,
                                        double             max_weekly_hours)
{
  guint kind_position = 0, credits_position = G_MAXUINT, workload_position = G_MAXUINT;

  g_return_val_if_fail (CAREER_IS_COURSES_VIEW (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_choices); i++)
    if (kind_choices[i] == kind)
      kind_position = i;
  for (guint i = 0; self->credit_values != NULL && i < self->credit_values->len; i++)
    if (g_array_index (self->credit_values, double, i) == credits)
      credits_position = i;
  for (guint i = 0; i < G_N_ELEMENTS (workload_choices); i++)
    if (workload_choices[i] == max_weekly_hours)
      workload_position = i;
  if (credits_position == G_MAXUINT || workload_position == G_MAXUINT)
    return FALSE;

  self->updating = TRUE;
  career_drop_down_set_selected (self->kind_dropdown, kind_position);
  career_drop_down_set_selected (self->credits_dropdown, credits_position);
  career_drop_down_set_selected (self->workload_dropdown, workload_position);
  self->updating = FALSE;
  _career_courses_view_apply_filters (self);
  return TRUE;
}
