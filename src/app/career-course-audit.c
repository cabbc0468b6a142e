/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The degree audit of the Courses view: the degree as a whole, credits,
 * expected graduation and tuition, then the program's requirement tree as
 * expandable rows, each with its status in the planned view (every entry of
 * the plan counts) and, on a second line, in the completed view.
 *
 * The rows are made again on each update (a program has tens of nodes, not
 * thousands); which rows are open is kept across updates by their path in
 * the tree. Only nodes with something below them are CareerExpanderRows;
 * leaves are plain rows with a GtkGrid (an AdwActionRow's wrapped subtitle is
 * slow to measure in libadwaita 1.2: see career-rows.c).
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-course-audit.h"
#include "career-cull.h"
#include "career-expander-row.h"
#include "career-format.h"
#include "career-term-card.h"

struct _CareerCourseAudit
{
  GtkWidget   parent_instance;

  GtkWidget  *box;
  GtkWidget  *summary_list;
  GtkWidget  *requirements_list;
  GtkWidget  *degree_row;
  GtkWidget  *credits_row;
  GtkWidget  *graduation_row;
  GtkWidget  *tuition_row;
  GtkWidget  *inexact_label;  /* shown when the matching had to stop short */
  GHashTable *expanded;   /* paths of the open rows */
  GHashTable *rows;       /* title -> row, for tests and lookups */

  CareerCull  cull;       /* not drawn far below the fold */
};

G_DEFINE_FINAL_TYPE (CareerCourseAudit, career_course_audit, GTK_TYPE_WIDGET)

/* Plain decisions */

static const char *
status_icon (CareerAuditStatus status)
{
  switch (status)
    {
    case CAREER_AUDIT_SATISFIED:
      return "emblem-ok-symbolic";
    case CAREER_AUDIT_PARTIAL:
      return "radio-mixed-symbolic";
    case CAREER_AUDIT_OPEN:
      return "radio-symbolic";
    case CAREER_AUDIT_UNKNOWN:
    default:
      return "dialog-question-symbolic";
    }
}

static char *
credits_of (double   credits,
            guint    n_unknown,
            double   needed)
{
  g_autofree char *known = career_format_number (credits, 1);
  g_autofree char *total = career_format_credits (needed);

  if (n_unknown > 0)
    /* Translators: credits counted toward a requirement, some not known */
    return g_strdup_printf (_("at least %1$s of %2$s"), known, total);
  /* Translators: credits counted toward a requirement: "6 of 9 credits" */
  return g_strdup_printf (_("%1$s of %2$s"), known, total);
}

static gboolean
is_group (const CareerAuditNode *node)
{
  return node->kind == CAREER_REQUIREMENT_ALL_OF ||
         node->kind == CAREER_REQUIREMENT_ONE_OF ||
         node->kind == CAREER_REQUIREMENT_N_OF;
}

static char *
node_detail (const CareerAuditNode *node,
             CareerAuditView        view)
{
  const CareerAuditResult *result = &node->result[view];

  if (is_group (node))
    /* Translators: requirements of a group met: "1 of 3" */
    return g_strdup_printf (_("%1$u of %2$u"), MIN (result->n_satisfied, node->n_needed),
                            node->n_needed);

  switch (node->kind)
    {
    case CAREER_REQUIREMENT_CREDITS_FROM:
      return credits_of (result->credits, result->n_unknown_credits, node->credits_needed);

    case CAREER_REQUIREMENT_COURSE:
      if (result->entries != NULL && result->entries->len > 0)
        {
          const CareerAuditEntry *entry = g_ptr_array_index (result->entries, 0);
          g_autofree char *term = career_term_dup_label (entry->term);

          switch (entry->status)
            {
            case CAREER_COURSE_STATUS_COMPLETED:
              /* Translators: a course of a requirement: "Completed in Fall 2025" */
              return g_strdup_printf (_("Completed in %s"), term);
            case CAREER_COURSE_STATUS_IN_PROGRESS:
              return g_strdup_printf (_("In progress in %s"), term);
            case CAREER_COURSE_STATUS_PLANNED:
            default:
              return g_strdup_printf (_("Planned for %s"), term);
            }
        }
      return g_strdup (_("Not in the plan"));

    case CAREER_REQUIREMENT_SPECIALIZATION:
      if (node->specialization != NULL)
        return g_strdup (node->specialization->name);
      return g_strdup (result->reason ? result->reason : _("Choose a specialization"));

    default:
      return g_strdup (result->reason);
    }
}

/**
 * career_audit_node_dup_summary:
 *
 * Returns: (transfer full): the node's status in the planned view with what
 *   it rests on: "Partly met · 1 of 3", "Met · Planned for Fall 2026"
 */
char *
career_audit_node_dup_summary (const CareerAuditNode *node)
{
  const CareerAuditResult *result = &node->result[CAREER_AUDIT_VIEW_PLANNED];
  g_autofree char *detail = node_detail (node, CAREER_AUDIT_VIEW_PLANNED);
  const char *label = career_audit_status_to_label (result->status);

  /* An unknown requirement's reason says "not known" already. */
  if (node->kind == CAREER_REQUIREMENT_UNKNOWN && detail != NULL && detail[0] != '\0')
    return g_steal_pointer (&detail);
  if (detail == NULL || detail[0] == '\0')
    return g_strdup (label);
  /* Translators: a requirement's status and what it rests on: "Partly met · 1 of 3" */
  return g_strdup_printf (_("%1$s · %2$s"), label, detail);
}

/**
 * career_audit_node_dup_completed:
 *
 * Returns: (transfer full): the node in the completed view: "Completed: 2 of 3"
 */
char *
career_audit_node_dup_completed (const CareerAuditNode *node)
{
  const CareerAuditResult *result = &node->result[CAREER_AUDIT_VIEW_COMPLETED];
  g_autofree char *detail = NULL;

  if (is_group (node) || node->kind == CAREER_REQUIREMENT_CREDITS_FROM)
    detail = node_detail (node, CAREER_AUDIT_VIEW_COMPLETED);
  else
    detail = g_strdup (career_audit_status_to_label (result->status));

  /* Translators: a requirement counting completed courses only: "Completed: 2 of 3" */
  return g_strdup_printf (_("Completed: %s"), detail);
}

/* Rows */

static GtkWidget *
status_image_new (CareerAuditStatus status)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (status_icon (status));

  if (status == CAREER_AUDIT_SATISFIED)
    gtk_widget_add_css_class (icon, "success");
  else if (status == CAREER_AUDIT_PARTIAL)
    gtk_widget_add_css_class (icon, "accent");
  else
    gtk_widget_add_css_class (icon, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  career_audit_status_to_label (status), -1);
  return icon;
}

static void
remember_row (CareerCourseAudit *self,
              GtkWidget         *row,
              const char        *title,
              const char        *subtitle)
{
  g_object_set_data_full (G_OBJECT (row), "audit-subtitle", g_strdup (subtitle), g_free);
  if (title != NULL && !g_hash_table_contains (self->rows, title))
    g_hash_table_insert (self->rows, g_strdup (title), row);
}

/* A plain row: [icon] title / subtitle, in a GtkGrid. */
static GtkWidget *
fact_row_new (CareerCourseAudit *self,
              GtkWidget         *icon,
              const char        *title,
              const char        *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title_label = gtk_label_new (title);
  int column = 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);

  if (icon != NULL)
    {
      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      gtk_grid_attach (GTK_GRID (grid), icon, column++, 0, 1, 2);
    }

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_grid_attach (GTK_GRID (grid), title_label, column, 0, 1, 1);
  g_object_set_data (G_OBJECT (row), "title-label", title_label);

  if (subtitle != NULL && subtitle[0] != '\0')
    {
      GtkWidget *subtitle_label = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
      gtk_label_set_wrap (GTK_LABEL (subtitle_label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (subtitle_label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (subtitle_label, "dim-label");
      gtk_widget_add_css_class (subtitle_label, "caption");
      gtk_grid_attach (GTK_GRID (grid), subtitle_label, column, 1, 1, 1);
      g_object_set_data (G_OBJECT (row), "subtitle-label", subtitle_label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle ? subtitle : "",
                                  -1);
  remember_row (self, row, title, subtitle);
  return row;
}

static void
on_expanded_cb (CareerExpanderRow *expander,
                GParamSpec        *pspec,
                CareerCourseAudit *self)
{
  const char *path = g_object_get_data (G_OBJECT (expander), "audit-path");

  if (career_expander_row_get_expanded (expander))
    g_hash_table_add (self->expanded, g_strdup (path));
  else
    g_hash_table_remove (self->expanded, path);
}

static GtkWidget *
expander_new (CareerCourseAudit *self,
              const char        *path,
              CareerAuditStatus  status,
              const char        *title,
              const char        *subtitle)
{
  GtkWidget *expander = career_expander_row_new ();

  career_expander_row_set_title (CAREER_EXPANDER_ROW (expander), title);
  career_expander_row_set_subtitle (CAREER_EXPANDER_ROW (expander), subtitle);
  career_expander_row_add_prefix (CAREER_EXPANDER_ROW (expander), status_image_new (status));
  g_object_set_data_full (G_OBJECT (expander), "audit-path", g_strdup (path), g_free);
  career_expander_row_set_expanded (CAREER_EXPANDER_ROW (expander),
                                    g_hash_table_contains (self->expanded, path));
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (on_expanded_cb), self);
  remember_row (self, expander, title, subtitle);
  return expander;
}

static char *
entry_text (const CareerAuditEntry *entry)
{
  g_autofree char *term = career_term_dup_label (entry->term);
  g_autofree char *status = g_utf8_strdown (career_course_status_to_label (entry->status), -1);
  const char *code = entry->course ? career_course_get_code (entry->course) : entry->course_id;

  /* Translators: a course counted toward a requirement: "COMP 642 (Fall 2025, completed)" */
  return g_strdup_printf (_("%1$s (%2$s, %3$s)"), code, term, status);
}

static const char *
course_code (CareerCatalog *catalog,
             const char    *course_id)
{
  CareerCourse *course = catalog ? career_catalog_lookup_course (catalog, course_id) : NULL;

  return course ? career_course_get_code (course) : course_id;
}

static void
append_item (GString    *list,
             const char *item)
{
  if (list->len > 0)
    g_string_append (list, _(", "));
  g_string_append (list, item);
}

/* What a node's row says under its status: its note, the courses that count
 * toward it, and the courses still open to choose. Course nodes below a group
 * are told here, on the group's row, rather than one row each. */
static char *
node_details (CareerCatalog         *catalog,
              const CareerAuditNode *node)
{
  const CareerAuditResult *planned = &node->result[CAREER_AUDIT_VIEW_PLANNED];
  const char *note = node->requirement ? node->requirement->note : NULL;
  g_autoptr(GString) counting = g_string_new (NULL);
  g_autoptr(GString) open = g_string_new (NULL);
  GString *text = g_string_new (NULL);

  if (note != NULL && g_strcmp0 (note, planned->reason) != 0)
    g_string_append (text, note);

  if (node->kind == CAREER_REQUIREMENT_CREDITS_FROM)
    {
      GPtrArray *ids = node->requirement ? node->requirement->course_ids : NULL;

      for (guint i = 0; planned->entries != NULL && i < planned->entries->len; i++)
        {
          g_autofree char *entry = entry_text (g_ptr_array_index (planned->entries, i));
          append_item (counting, entry);
        }
      for (guint i = 0; ids != NULL && i < ids->len; i++)
        append_item (open, course_code (catalog, g_ptr_array_index (ids, i)));
      if (ids == NULL)
        g_string_append (open, _("any course of the program"));
    }
  else
    {
      for (guint i = 0; node->children != NULL && i < node->children->len; i++)
        {
          const CareerAuditNode *child = g_ptr_array_index (node->children, i);
          GPtrArray *entries = child->result[CAREER_AUDIT_VIEW_PLANNED].entries;

          if (child->kind != CAREER_REQUIREMENT_COURSE)
            continue;
          if (entries != NULL && entries->len > 0)
            {
              g_autofree char *entry = entry_text (g_ptr_array_index (entries, 0));
              append_item (counting, entry);
            }
          else
            {
              append_item (open, child->title);
            }
        }
    }

  if (counting->len > 0)
    {
      g_string_append (text, text->len ? "\n" : "");
      /* Translators: the plan's courses that count toward a requirement */
      g_string_append_printf (text, _("Counting: %s"), counting->str);
    }
  if (open->len > 0)
    {
      g_string_append (text, text->len ? "\n" : "");
      if (node->kind == CAREER_REQUIREMENT_CREDITS_FROM)
        /* Translators: the courses a credits requirement takes */
        g_string_append_printf (text, _("Courses that count: %s"), open->str);
      else if (node->kind == CAREER_REQUIREMENT_ALL_OF)
        /* Translators: courses of a requirement that are not in the plan */
        g_string_append_printf (text, _("Still to plan: %s"), open->str);
      else
        /* Translators: the other courses that would meet a choice */
        g_string_append_printf (text, _("Other choices: %s"), open->str);
    }

  return g_string_free (text, FALSE);
}

static void
append_row (GtkWidget *parent,
            GtkWidget *row)
{
  if (CAREER_IS_EXPANDER_ROW (parent))
    career_expander_row_add_row (CAREER_EXPANDER_ROW (parent), row);
  else
    gtk_list_box_append (GTK_LIST_BOX (parent), row);
}

static char *
node_subtitle (CareerCatalog         *catalog,
               const CareerAuditNode *node,
               gboolean               with_details)
{
  g_autofree char *summary = career_audit_node_dup_summary (node);
  g_autofree char *completed = career_audit_node_dup_completed (node);
  g_autofree char *details = with_details ? node_details (catalog, node) : NULL;

  if (details != NULL && details[0] != '\0')
    return g_strdup_printf ("%s\n%s\n%s", summary, completed, details);
  return g_strdup_printf ("%s\n%s", summary, completed);
}

/* The nodes below a top-level one, as rows indented by their depth: libadwaita's
 * style shades each nested expander darker, so only the top level expands. */
static void
add_descendants (CareerCourseAudit     *self,
                 CareerCatalog         *catalog,
                 GtkWidget             *expander,
                 const CareerAuditNode *node,
                 guint                  depth)
{
  for (guint i = 0; node->children != NULL && i < node->children->len; i++)
    {
      const CareerAuditNode *child = g_ptr_array_index (node->children, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (child->kind == CAREER_REQUIREMENT_COURSE)
        continue;

      subtitle = node_subtitle (catalog, child, TRUE);
      row = fact_row_new (self, status_image_new (child->result[CAREER_AUDIT_VIEW_PLANNED].status),
                          child->title, subtitle);
      gtk_widget_set_margin_start (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)),
                                   12 + 24 * (int) depth);
      append_row (expander, row);
      add_descendants (self, catalog, expander, child, depth + 1);
    }
}

static void
add_node (CareerCourseAudit     *self,
          CareerCatalog         *catalog,
          GtkWidget             *parent,
          const CareerAuditNode *node,
          const char            *path)
{
  CareerAuditStatus status = node->result[CAREER_AUDIT_VIEW_PLANNED].status;
  gboolean has_children = node->children != NULL && node->children->len > 0;
  g_autofree char *details = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *expander;

  if (!has_children && node->kind != CAREER_REQUIREMENT_CREDITS_FROM)
    {
      subtitle = node_subtitle (catalog, node, TRUE);
      append_row (parent, fact_row_new (self, status_image_new (status), node->title, subtitle));
      return;
    }

  subtitle = node_subtitle (catalog, node, FALSE);
  expander = expander_new (self, path, status, node->title, subtitle);
  append_row (parent, expander);

  details = node_details (catalog, node);
  if (details[0] != '\0')
    {
      GtkWidget *row = fact_row_new (self, NULL, details, NULL);
      GtkWidget *label = g_object_get_data (G_OBJECT (row), "title-label");

      gtk_widget_add_css_class (label, "dim-label");
      append_row (expander, row);
    }
  add_descendants (self, catalog, expander, node, 0);
}

static void
clear_list (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static void
set_fact (GtkWidget  *row,
          const char *title,
          const char *subtitle)
{
  GtkWidget *title_label = g_object_get_data (G_OBJECT (row), "title-label");
  GtkWidget *subtitle_label = g_object_get_data (G_OBJECT (row), "subtitle-label");

  gtk_label_set_text (GTK_LABEL (title_label), title);
  gtk_label_set_text (GTK_LABEL (subtitle_label), subtitle);
  g_object_set_data_full (G_OBJECT (row), "audit-subtitle", g_strdup (subtitle), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

static char *
graduation_text (CareerPlanCost *cost,
                 double          weekly_hours,
                 char          **detail)
{
  CareerTerm *term = NULL;
  CareerGraduation graduation = career_plan_cost_get_graduation (cost, &term);
  const CareerPace *pace = career_plan_cost_get_pace (cost);
  guint months = 0;

  *detail = NULL;
  switch (graduation)
    {
    case CAREER_GRADUATION_IN_PLAN:
      if (career_plan_cost_get_months_to_degree (cost, &months))
        *detail = g_strdup_printf (ngettext ("%u month from the first term to the degree",
                                             "%u months from the first term to the degree",
                                             months), months);
      return career_term_dup_label (term);

    case CAREER_GRADUATION_NOT_KNOWN:
      if (!career_audit_is_exact (career_plan_cost_get_audit (cost)))
        *detail = g_strdup (_("The plan may complete the degree, but there are too many ways "
                              "to match its courses to the requirements to try them all"));
      else
        *detail = g_strdup (_("The plan may complete the degree, but the catalog does not "
                              "know enough to tell"));
      return g_strdup (_("Not known"));

    case CAREER_GRADUATION_NOT_IN_PLAN:
    default:
      if (pace->known && pace->remaining_credits > 0)
        {
          g_autofree char *hours = career_format_number (weekly_hours, 1);
          g_autofree char *credits = career_format_number (pace->remaining_credits, 1);

          /* Translators: an estimate: "At 15 h a week, about 4 more terms (16 months) for
           * the 18 credits left" */
          *detail = g_strdup_printf (ngettext ("At %1$s h a week, about %2$u more term (%3$u "
                                               "months) for the %4$s credits left",
                                               "At %1$s h a week, about %2$u more terms (%3$u "
                                               "months) for the %4$s credits left",
                                               pace->terms),
                                     hours, pace->terms, pace->months, credits);
        }
      return g_strdup (_("Not in this plan: the planned courses do not complete the degree"));
    }
}

/* Object */

static void
career_course_audit_dispose (GObject *object)
{
  CareerCourseAudit *self = (CareerCourseAudit *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  career_cull_clear (&self->cull);

  G_OBJECT_CLASS (career_course_audit_parent_class)->dispose (object);
}

static void
career_course_audit_unmap (GtkWidget *widget)
{
  CareerCourseAudit *self = (CareerCourseAudit *) widget;

  career_cull_clear (&self->cull);
  GTK_WIDGET_CLASS (career_course_audit_parent_class)->unmap (widget);
}

static void
career_course_audit_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  CareerCourseAudit *self = (CareerCourseAudit *) widget;

  if (!career_cull_skip (&self->cull))
    GTK_WIDGET_CLASS (career_course_audit_parent_class)->snapshot (widget, snapshot);
}

static void
career_course_audit_class_init (CareerCourseAuditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_course_audit_dispose;
  widget_class->unmap = career_course_audit_unmap;
  widget_class->snapshot = career_course_audit_snapshot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
boxed_list_new (const char *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return list;
}

static void
career_course_audit_init (CareerCourseAudit *self)
{
  GtkWidget *heading = gtk_label_new (_("Degree Audit"));
  GtkWidget *requirements = gtk_label_new (_("Requirements"));

  career_cull_init (&self->cull, GTK_WIDGET (self));
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* Headings wrap, so that a long one in another language does not keep
   * the window wider than a phone's screen */
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (self->box), heading);

  /* As the PDF says it (career-report-content.c) */
  self->inexact_label = gtk_label_new (_("The plan has too many ways to match its courses to the "
                                         "requirements to try them all: this audit is the best "
                                         "match found, not necessarily the best there is."));
  gtk_label_set_wrap (GTK_LABEL (self->inexact_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->inexact_label), 0);
  gtk_widget_add_css_class (self->inexact_label, "warning");
  gtk_widget_set_visible (self->inexact_label, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->inexact_label);

  self->summary_list = boxed_list_new (_("Degree Audit"));
  self->degree_row = fact_row_new (self, status_image_new (CAREER_AUDIT_OPEN), _("Whole Degree"), " ");
  self->credits_row = fact_row_new (self, NULL, _("Credits"), " ");
  self->graduation_row = fact_row_new (self, NULL, _("Expected Graduation"), " ");
  self->tuition_row = fact_row_new (self, NULL, _("Tuition"), " ");
  gtk_list_box_append (GTK_LIST_BOX (self->summary_list), self->degree_row);
  gtk_list_box_append (GTK_LIST_BOX (self->summary_list), self->credits_row);
  gtk_list_box_append (GTK_LIST_BOX (self->summary_list), self->graduation_row);
  gtk_list_box_append (GTK_LIST_BOX (self->summary_list), self->tuition_row);
  gtk_box_append (GTK_BOX (self->box), self->summary_list);

  gtk_label_set_xalign (GTK_LABEL (requirements), 0);
  gtk_label_set_wrap (GTK_LABEL (requirements), TRUE);
  gtk_widget_add_css_class (requirements, "heading");
  gtk_widget_set_margin_top (requirements, 6);
  gtk_box_append (GTK_BOX (self->box), requirements);
  self->requirements_list = boxed_list_new (_("Requirements"));
  gtk_box_append (GTK_BOX (self->box), self->requirements_list);
}

GtkWidget *
career_course_audit_new (void)
{
  return g_object_new (CAREER_TYPE_COURSE_AUDIT, NULL);
}

/**
 * career_course_audit_update:
 * @cost: (nullable): the plan's cost, with its audit; %NULL without a program
 * @weekly_hours: the plan's weekly hours, for the estimate of the time left
 */
void
career_course_audit_update (CareerCourseAudit *self,
                            CareerPlanCost    *cost,
                            CareerCatalog     *catalog,
                            double             weekly_hours)
{
  CareerAudit *audit;
  const CareerAuditNode *root;
  GtkWidget *icon;
  g_autofree char *planned = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *credits = NULL;
  g_autofree char *degree = NULL;
  g_autofree char *graduation = NULL;
  g_autofree char *graduation_detail = NULL;
  g_autofree char *tuition = NULL;
  g_autofree char *tuition_text = NULL;
  double ahead;
  guint n_ahead_unknown;
  const char *currency;
  CareerAuditStatus status;

  g_return_if_fail (CAREER_IS_COURSE_AUDIT (self));

  audit = cost ? career_plan_cost_get_audit (cost) : NULL;
  gtk_widget_set_visible (self->box, audit != NULL);
  clear_list (self->requirements_list);
  g_hash_table_remove_all (self->rows);
  if (audit == NULL)
    return;

  gtk_widget_set_visible (self->inexact_label, !career_audit_is_exact (audit));
  g_hash_table_insert (self->rows, g_strdup (_("Whole Degree")), self->degree_row);
  g_hash_table_insert (self->rows, g_strdup (_("Credits")), self->credits_row);
  g_hash_table_insert (self->rows, g_strdup (_("Expected Graduation")), self->graduation_row);
  g_hash_table_insert (self->rows, g_strdup (_("Tuition")), self->tuition_row);

  /* The whole degree: the tree and the total credits */
  status = career_audit_get_status (audit, CAREER_AUDIT_VIEW_PLANNED);
  /* Translators: the degree's status counting every course of the plan, then completed ones only */
  degree = g_strdup_printf (_("With the planned courses: %1$s\nCompleted: %2$s"),
                            career_audit_status_to_label (status),
                            career_audit_status_to_label (career_audit_get_status (audit,
                                                                                   CAREER_AUDIT_VIEW_COMPLETED)));
  set_fact (self->degree_row, _("Whole Degree"), degree);
  icon = gtk_grid_get_child_at (GTK_GRID (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self->degree_row))), 0, 0);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), status_icon (status));
  gtk_widget_remove_css_class (icon, "success");
  gtk_widget_remove_css_class (icon, "accent");
  gtk_widget_remove_css_class (icon, "dim-label");
  gtk_widget_add_css_class (icon, status == CAREER_AUDIT_SATISFIED ? "success"
                                  : status == CAREER_AUDIT_PARTIAL ? "accent" : "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  career_audit_status_to_label (status), -1);

  planned = career_audit_dup_credits_text (audit, CAREER_AUDIT_VIEW_PLANNED);
  completed = career_audit_dup_credits_text (audit, CAREER_AUDIT_VIEW_COMPLETED);
  /* Translators: credits toward the degree counting every course of the plan, then completed ones */
  credits = g_strdup_printf (_("Planned: %1$s\nCompleted: %2$s"), planned, completed);
  set_fact (self->credits_row, _("Credits"), credits);

  graduation = graduation_text (cost, weekly_hours, &graduation_detail);
  if (graduation_detail != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", graduation, graduation_detail);
      set_fact (self->graduation_row, _("Expected Graduation"), both);
    }
  else
    {
      set_fact (self->graduation_row, _("Expected Graduation"), graduation);
    }

  tuition = career_plan_cost_dup_tuition_text (cost);
  if (career_plan_cost_get_tuition_ahead (cost, &ahead, &n_ahead_unknown, &currency))
    {
      g_autofree char *money = career_format_money (ahead, currency);

      if (n_ahead_unknown == 0)
        /* Translators: the plan's tuition in all, then what is still to pay */
        tuition_text = g_strdup_printf (_("%1$s\nStill to pay, for the courses not yet "
                                          "started: %2$s"), tuition, money);
      else if (ahead > 0)
        tuition_text = g_strdup_printf (_("%1$s\nStill to pay, for the courses not yet "
                                          "started: at least %2$s"), tuition, money);
      else
        tuition_text = g_strdup_printf (_("%s\nStill to pay: not known, the credits of the "
                                          "courses not yet started are not known"), tuition);
    }
  set_fact (self->tuition_row, _("Tuition"), tuition_text ? tuition_text : tuition);

  /* The requirement tree: an all-of root shows its items at the top. */
  root = career_audit_get_root (audit);
  if (root == NULL)
    return;
  if (root->kind == CAREER_REQUIREMENT_ALL_OF && root->children != NULL)
    {
      g_autofree char *summary = career_audit_node_dup_summary (root);
      g_autofree char *root_completed = career_audit_node_dup_completed (root);
      g_autofree char *subtitle = NULL;
      const char *note = root->requirement ? root->requirement->note : NULL;

      subtitle = note ? g_strdup_printf ("%s\n%s\n%s", summary, root_completed, note)
                      : g_strdup_printf ("%s\n%s", summary, root_completed);
      gtk_list_box_append (GTK_LIST_BOX (self->requirements_list),
                           fact_row_new (self,
                                         status_image_new (root->result[CAREER_AUDIT_VIEW_PLANNED].status),
                                         root->title, subtitle));
    }
  if (root->kind == CAREER_REQUIREMENT_ALL_OF && root->children != NULL)
    for (guint i = 0; i < root->children->len; i++)
      {
        g_autofree char *path = g_strdup_printf ("%u", i);

        add_node (self, catalog, self->requirements_list, g_ptr_array_index (root->children, i),
                  path);
      }
  else
    add_node (self, catalog, self->requirements_list, root, "0");
}

/**
 * career_course_audit_find_row:
 *
 * Returns: (transfer none) (nullable): the first row titled @title; its
 *   subtitle is in the "audit-subtitle" data
 */
GtkWidget *
career_course_audit_find_row (CareerCourseAudit *self,
                              const char        *title)
{
  g_return_val_if_fail (CAREER_IS_COURSE_AUDIT (self), NULL);

  return g_hash_table_lookup (self->rows, title);
}
