/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Skills view: every skill of the catalog grouped by category, with the
 * person's level, the target of the role they aim at, and the gap; a detail
 * page with what each level means, notes and the dated history.
 *
 * The list is a GtkTreeListModel of categories -> skills (GTK 4.8 has no
 * list sections). Each category's children are the catalog's skills run
 * through one shared filter (search text, gaps only) and one shared sorter,
 * so that rows are recycled and thousands of skills stay cheap.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "career-format.h"
#include "career-history-entry.h"
#include "career-level-selector.h"
#include "career-skill-state.h"
#include "career-skill-status.h"
#include "career-rows.h"
#include "career-skills-view.h"
#include "career-timeline-view.h"

#define ORPHAN_CATEGORY_ID " orphans"

struct _CareerSkillsView
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkDropDown        *target_dropdown;
  GtkLabel           *progress_label;
  GtkLevelBar        *progress_bar;
  GtkExpander        *progress_expander;
  CareerTimelineView *progress_chart;
  CareerTimelineView *skill_chart;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *category_dropdown;
  GtkToggleButton    *gaps_toggle;
  GtkDropDown        *sort_dropdown;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkWidget          *list_page;
  GtkStack           *detail_stack;
  GtkLabel           *detail_title;
  GtkLabel           *detail_category;
  GtkLabel           *detail_description;
  GtkLabel           *detail_status;
  AdwPreferencesGroup *levels_group;
  AdwComboRow        *target_row;
  GtkTextView        *notes_view;
  GtkListBox         *history_list;

  CareerCatalog      *catalog;
  CareerPlan         *plan;
  gulong              plan_changed_id;

  GListStore         *roots;
  CareerCategory     *orphan_category;
  GtkCustomFilter    *shared_filter;
  GtkCustomFilter    *root_filter;
  GtkCustomSorter    *sorter;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;

  char               *search_text;
  GHashTable         *search_keys;     /* CareerSkill -> casefolded "name\ndescription" */
  GHashTable         *collate_keys;    /* CareerSkill -> collation key of the name */
  GHashTable         *category_skills; /* CareerCategory -> GListStore of its skills */
  GHashTable         *nonempty;        /* categories with a skill that passes the filter */
  char               *detail_skill_id;
  GtkWidget          *level_rows[CAREER_SKILL_LEVEL_MAX + 1];
  GListModel         *history_model;
  guint               refresh_id;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (CareerSkillsView, career_skills_view, GTK_TYPE_WIDGET)

static void update_detail (CareerSkillsView *self);

/* Plain decisions */

/**
 * career_skill_matches_search:
 * @casefolded_text: (nullable): the search text, already case-folded
 */
gboolean
career_skill_matches_search (CareerSkill *skill,
                             const char  *casefolded_text)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  if (casefolded_text == NULL || casefolded_text[0] == '\0')
    return TRUE;

  name = g_utf8_casefold (career_skill_get_name (skill), -1);
  if (strstr (name, casefolded_text) != NULL)
    return TRUE;

  description = g_utf8_casefold (career_skill_get_description (skill), -1);
  return strstr (description, casefolded_text) != NULL;
}

/**
 * career_skill_compare:
 *
 * Orders skills by name, by gap (largest first) or by importance to @role
 * (most important first); ties fall back to the name.
 */
int
career_skill_compare (CareerPlan      *plan,
                      CareerCatalog   *catalog,
                      CareerRole      *role,
                      CareerSkillSort  sort,
                      CareerSkill     *a,
                      CareerSkill     *b)
{
  CareerSkillStatus sa, sb;
  int order = 0;

  if (sort != CAREER_SKILL_SORT_NAME)
    {
      career_skill_status_compute (plan, catalog, role, career_skill_get_id (a), &sa);
      career_skill_status_compute (plan, catalog, role, career_skill_get_id (b), &sb);

      if (sort == CAREER_SKILL_SORT_GAP)
        order = (int) sb.gap - (int) sa.gap;
      if (order == 0)
        order = (int) sb.importance - (int) sa.importance;
    }

  if (order == 0)
    order = g_utf8_collate (career_skill_get_name (a), career_skill_get_name (b));
  return order;
}

/* Helpers */

static CareerRole *
current_role (CareerSkillsView *self)
{
  if (self->plan == NULL || self->catalog == NULL)
    return NULL;
  return career_catalog_lookup_role (self->catalog, career_plan_get_target_role_id (self->plan));
}

static CareerCategory *
chosen_category (CareerSkillsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);

  if (self->catalog == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (career_catalog_get_categories (self->catalog), selected - 1);
}

static gboolean
is_orphan (CareerSkillsView *self,
           CareerSkillState *state)
{
  return career_catalog_lookup_skill (self->catalog, career_skill_state_get_skill_id (state)) == NULL;
}

static gboolean
shared_filter_func (gpointer item,
                    gpointer user_data)
{
  CareerSkillsView *self = user_data;

  if (CAREER_IS_SKILL_STATE (item))
    {
      g_autofree char *id = NULL;

      if (!is_orphan (self, item))
        return FALSE;
      id = g_utf8_casefold (career_skill_state_get_skill_id (item), -1);
      return self->search_text == NULL || strstr (id, self->search_text) != NULL;
    }

  if (self->search_text != NULL)
    {
      const char *key = self->search_keys ? g_hash_table_lookup (self->search_keys, item) : NULL;

      if (key != NULL ? strstr (key, self->search_text) == NULL
                      : !career_skill_matches_search (item, self->search_text))
        return FALSE;
    }

  if (gtk_toggle_button_get_active (self->gaps_toggle) && self->plan != NULL)
    {
      CareerSkillStatus status;

      career_skill_status_compute (self->plan, self->catalog, current_role (self),
                                   career_skill_get_id (item), &status);
      return status.gap > 0;
    }

  return TRUE;
}

static gboolean
in_category (gpointer item,
             gpointer user_data)
{
  return g_strcmp0 (career_skill_get_category_id (item), career_category_get_id (user_data)) == 0;
}

static gboolean
root_filter_func (gpointer item,
                  gpointer user_data)
{
  CareerSkillsView *self = user_data;
  g_autoptr(CareerCategory) chosen = chosen_category (self);
  GListModel *children;

  if (chosen != NULL && chosen != item)
    return FALSE;

  /* Hide a category when the filters leave none of its skills. */
  if (item != self->orphan_category && self->nonempty != NULL)
    return g_hash_table_contains (self->nonempty, item);
  if (item == self->orphan_category)
    children = self->plan ? career_plan_get_skill_states (self->plan) : NULL;
  else
    children = career_catalog_get_skills (self->catalog);

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);

      if ((item == self->orphan_category || in_category (child, item)) &&
          shared_filter_func (child, self))
        return TRUE;
    }

  return FALSE;
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  CareerSkillsView *self = user_data;

  if (CAREER_IS_SKILL_STATE ((gpointer) a))
    return g_strcmp0 (career_skill_state_get_skill_id ((gpointer) a),
                      career_skill_state_get_skill_id ((gpointer) b));

  if ((self->plan == NULL || gtk_drop_down_get_selected (self->sort_dropdown) == CAREER_SKILL_SORT_NAME) &&
      self->collate_keys != NULL)
    return strcmp (g_hash_table_lookup (self->collate_keys, a),
                   g_hash_table_lookup (self->collate_keys, b));
  if (self->plan == NULL)
    return g_utf8_collate (career_skill_get_name ((gpointer) a),
                           career_skill_get_name ((gpointer) b));

  return career_skill_compare (self->plan, self->catalog, current_role (self),
                               gtk_drop_down_get_selected (self->sort_dropdown),
                               (gpointer) a, (gpointer) b);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  CareerSkillsView *self = user_data;
  GtkEveryFilter *every;
  GListModel *source;
  GtkFilterListModel *filtered;

  if (!CAREER_IS_CATEGORY (item))
    return NULL;

  every = gtk_every_filter_new ();
  if (item == self->orphan_category)
    {
      source = g_object_ref (career_plan_get_skill_states (self->plan));
    }
  else
    {
      GListStore *store = self->category_skills ? g_hash_table_lookup (self->category_skills, item)
                                                : NULL;

      if (store != NULL)
        source = g_object_ref (G_LIST_MODEL (store));
      else
        {
          source = g_object_ref (career_catalog_get_skills (self->catalog));
          gtk_multi_filter_append (GTK_MULTI_FILTER (every),
                                   GTK_FILTER (gtk_custom_filter_new (in_category,
                                                                      g_object_ref (item),
                                                                      g_object_unref)));
        }
    }
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->shared_filter)));

  /* Sorted first, then filtered: a search changes only the filter, and a
   * filter model passes its changes on in the order it has; a sort model
   * above the filter would re-place every item that comes and goes */
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (gtk_sort_list_model_new (source,
                                          g_object_ref (GTK_SORTER (self->sorter)))),
                                        GTK_FILTER (every));
  return G_LIST_MODEL (filtered);
}

static void
update_orphan_category (CareerSkillsView *self)
{
  GListModel *states = self->plan ? career_plan_get_skill_states (self->plan) : NULL;
  gboolean have_orphans = FALSE;
  guint position;
  gboolean shown;

  for (guint i = 0; states != NULL && i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (states, i);
      if (is_orphan (self, state))
        {
          have_orphans = TRUE;
          break;
        }
    }

  shown = g_list_store_find (self->roots, self->orphan_category, &position);
  if (have_orphans && !shown)
    g_list_store_append (self->roots, self->orphan_category);
  else if (!have_orphans && shown)
    g_list_store_remove (self->roots, position);
}

static void
update_progress (CareerSkillsView *self)
{
  CareerRole *role = current_role (self);
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;
  gboolean defined = FALSE;
  double progress = 0;

  if (self->plan != NULL)
    progress = career_plan_target_progress (self->plan, self->catalog, role, &defined);

  if (role == NULL && !defined)
    text = g_strdup (_("Choose a target role to see targets and gaps"));
  else if (!defined)
    text = g_strdup_printf (_("%s needs no skill of this catalog"), career_role_get_title (role));
  else
    {
      percent = career_format_percent (progress);
      text = role != NULL
             /* Translators: "Progress toward AI Engineer: 42 %" */
             ? g_strdup_printf (_("Progress toward %1$s: %2$s"), career_role_get_title (role),
                                percent)
             : g_strdup_printf (_("Progress toward your targets: %s"), percent);
    }

  gtk_label_set_text (self->progress_label, text);
  gtk_level_bar_set_value (self->progress_bar, defined ? progress : 0);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), defined);

  /* The timeline needs a target to measure against and a change to show. */
  if (self->plan != NULL && defined)
    {
      CareerProgressSeries *series = career_progress_history_for_role (self->plan, self->catalog,
                                                                        role);
      gboolean has_points = series->n_points > 0;

      career_timeline_view_set_series (self->progress_chart, series,
                                       role ? career_role_get_title (role) : _("Your targets"),
                                       FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_expander), has_points);
    }
  else
    {
      career_timeline_view_set_series (self->progress_chart, NULL, NULL, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_expander), FALSE);
    }
}

static void
update_empty_state (CareerSkillsView *self)
{
  GListModel *model = G_LIST_MODEL (self->tree);
  gboolean empty = model == NULL || g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

/* One pass over the catalog: which categories keep a skill.  Returns whether
 * that changed. */
static gboolean
update_nonempty (CareerSkillsView *self)
{
  g_autoptr(GHashTable) nonempty = g_hash_table_new (NULL, NULL);
  GListModel *skills = career_catalog_get_skills (self->catalog);
  gboolean changed;

  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);
      CareerCategory *category = career_skill_get_category (skill);

      if (category != NULL && !g_hash_table_contains (nonempty, category) &&
          shared_filter_func (skill, self))
        g_hash_table_add (nonempty, category);
    }

  changed = self->nonempty == NULL || g_hash_table_size (nonempty) != g_hash_table_size (self->nonempty);
  if (!changed)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, nonempty);
      while (!changed && g_hash_table_iter_next (&iter, &key, NULL))
        changed = !g_hash_table_contains (self->nonempty, key);
    }
  g_clear_pointer (&self->nonempty, g_hash_table_unref);
  self->nonempty = g_steal_pointer (&nonempty);
  return changed;
}

static gboolean
refresh_cb (gpointer user_data)
{
  CareerSkillsView *self = user_data;

  self->refresh_id = 0;
  if (self->catalog != NULL)
    update_nonempty (self);
  gtk_filter_changed (GTK_FILTER (self->shared_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->root_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_empty_state (self);
  return G_SOURCE_REMOVE;
}

/* Filters and sort order are refreshed once the current event is handled, so
 * that a row is never unbound while its own button handler runs. */
static void
queue_refresh (CareerSkillsView *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_cb, self);
}

static void
sync_target_dropdown (CareerSkillsView *self)
{
  CareerRole *role = current_role (self);
  guint position = GTK_INVALID_LIST_POSITION;

  if (role != NULL)
    g_list_store_find (G_LIST_STORE (career_catalog_get_roles (self->catalog)), role, &position);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->target_dropdown, position);
  self->updating = FALSE;
}

static void
on_plan_changed_cb (CareerSkillsView *self)
{
  sync_target_dropdown (self);
  update_orphan_category (self);
  update_progress (self);
  update_detail (self);
  queue_refresh (self);
}

/* Rows */

static void
on_level_chosen_cb (CareerLevelSelector *selector,
                    guint                level,
                    CareerSkillsView    *self)
{
  const char *skill_id = g_object_get_data (G_OBJECT (selector), "skill-id");

  if (self->plan == NULL || skill_id == NULL)
    return;

  if (career_plan_set_level (self->plan, skill_id, (int) level, NULL))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-undo-toast", NULL);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     CareerSkillsView         *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);
  GtkWidget *selector = career_level_selector_new ();

  /* A grid rather than a horizontal box: see career_info_row_new(). */
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  gtk_widget_add_css_class (status, "dim-label");
  gtk_widget_add_css_class (status, "caption");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_valign (title, GTK_ALIGN_END);
  gtk_widget_set_valign (status, GTK_ALIGN_START);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), status, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), selector, 1, 0, 1, 2);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), grid);
  gtk_list_item_set_child (list_item, expander);

  g_signal_connect (selector, "level-chosen", G_CALLBACK (on_level_chosen_cb), self);
}

typedef struct
{
  GtkWidget *title;
  GtkWidget *status;
  GtkWidget *selector;
} RowWidgets;

static RowWidgets
row_widgets (GtkListItem *list_item)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *grid = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  RowWidgets w;

  w.title = gtk_grid_get_child_at (GTK_GRID (grid), 0, 0);
  w.status = gtk_grid_get_child_at (GTK_GRID (grid), 0, 1);
  w.selector = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  return w;
}

static char *
skill_status_text (CareerSkillsView        *self,
                   const CareerSkillStatus *status)
{
  GString *text = g_string_new (NULL);

  if (status->has_target)
    {
      if (status->custom_target)
        /* Translators: in a skill row; "your" = set by the person */
        g_string_append_printf (text, _("Your target %u"), status->target);
      else
        g_string_append_printf (text, _("Target %u"), status->target);

      if (status->gap > 0)
        g_string_append_printf (text, " · %s",
                                /* Translators: how many levels below the target */
                                g_dpgettext2 (NULL, "skill gap", "gap"));
      if (status->gap > 0)
        g_string_append_printf (text, " %u", status->gap);
      else
        g_string_append_printf (text, " · %s", _("met"));
    }
  else
    {
      g_string_append (text, current_role (self) != NULL ? _("Not needed for the target role")
                                                        : _("No target"));
    }

  if (status->projected > status->level)
    /* Translators: the level a person's completed courses bring them to */
    g_string_append_printf (text, " · %s %u", _("courses bring you to"), status->projected);

  return g_string_free (text, FALSE);
}

static void
bind_row (CareerSkillsView *self,
          GtkListItem      *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  RowWidgets w = row_widgets (list_item);

  if (item == NULL)
    return;

  gtk_widget_remove_css_class (w.title, "heading");

  if (CAREER_IS_CATEGORY (item))
    {
      gtk_label_set_text (GTK_LABEL (w.title), career_category_get_name (CAREER_CATEGORY (item)));
      gtk_label_set_text (GTK_LABEL (w.status),
                          career_category_get_description (CAREER_CATEGORY (item)));
      gtk_widget_add_css_class (w.title, "heading");
      gtk_widget_set_visible (w.selector, FALSE);
    }
  else if (CAREER_IS_SKILL_STATE (item))
    {
      CareerSkillState *state = CAREER_SKILL_STATE (item);
      g_autofree char *status = g_strdup_printf (_("Level %d · no longer in the catalog"),
                                                 career_skill_state_get_level (state));

      gtk_label_set_text (GTK_LABEL (w.title), career_skill_state_get_skill_id (state));
      gtk_label_set_text (GTK_LABEL (w.status), status);
      gtk_widget_set_visible (w.selector, FALSE);
    }
  else
    {
      CareerSkill *skill = CAREER_SKILL (item);
      const char *texts[CAREER_SKILL_LEVEL_MAX + 2] = { NULL };
      g_autofree char *status_text = NULL;
      CareerSkillStatus status = { 0 };

      if (self->plan != NULL)
        career_skill_status_compute (self->plan, self->catalog, current_role (self),
                                     career_skill_get_id (skill), &status);
      status_text = skill_status_text (self, &status);

      for (guint i = 0; i <= CAREER_SKILL_LEVEL_MAX; i++)
        texts[i] = career_skill_get_level_text (skill, i);

      gtk_label_set_text (GTK_LABEL (w.title), career_skill_get_name (skill));
      gtk_label_set_text (GTK_LABEL (w.status), status_text);
      gtk_widget_set_visible (w.selector, self->plan != NULL);
      g_object_set_data_full (G_OBJECT (w.selector), "skill-id",
                              g_strdup (career_skill_get_id (skill)), g_free);
      career_level_selector_set_skill (CAREER_LEVEL_SELECTOR (w.selector),
                                       career_skill_get_name (skill), texts);
      career_level_selector_set_level (CAREER_LEVEL_SELECTOR (w.selector), status.level);
    }
}

static void
on_row_plan_changed_cb (GtkListItem *list_item)
{
  CareerSkillsView *self = g_object_get_data (G_OBJECT (list_item), "view");

  bind_row (self, list_item);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    CareerSkillsView         *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), gtk_list_item_get_item (list_item));
  bind_row (self, list_item);

  /* Only bound rows follow the plan, so a change costs what is on screen. */
  if (self->plan != NULL)
    {
      gulong id = g_signal_connect_object (self->plan, "changed",
                                           G_CALLBACK (on_row_plan_changed_cb), list_item,
                                           G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (list_item), "view", self);
      g_object_set_data (G_OBJECT (list_item), "plan-handler", GSIZE_TO_POINTER (id));
    }
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      CareerSkillsView         *self)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "plan-handler"));

  if (id != 0 && self->plan != NULL)
    g_signal_handler_disconnect (self->plan, id);
  g_object_set_data (G_OBJECT (list_item), "plan-handler", NULL);
}

/* Detail page */

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  CareerHistoryEntry *entry = item;
  g_autoptr(GDateTime) local = g_date_time_to_local (career_history_entry_get_date (entry));
  /* Translators: date of a history entry, see g_date_time_format() */
  g_autofree char *date = g_date_time_format (local, _("%-d %B %Y, %H:%M"));
  g_autofree char *change = NULL;
  GtkWidget *row = adw_action_row_new ();
  int old_level = career_history_entry_get_old_level (entry);
  int new_level = career_history_entry_get_new_level (entry);

  /* Translators: a level change in the history: "1 Aware → 2 Working Knowledge" */
  change = g_strdup_printf (_("%1$d %2$s → %3$d %4$s"),
                            old_level, career_level_get_name (old_level),
                            new_level, career_level_get_name (new_level));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change);
  if (career_history_entry_get_note (entry) != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date,
                                                   career_history_entry_get_note (entry));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
    }
  return row;
}

static void
commit_notes (CareerSkillsView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *text = NULL;
  CareerSkillState *state;
  GtkTextIter start, end;

  if (self->plan == NULL || self->detail_skill_id == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  state = career_plan_lookup_skill_state (self->plan, self->detail_skill_id);

  if (g_strcmp0 (text[0] ? text : NULL, state ? career_skill_state_get_notes (state) : NULL) != 0)
    career_plan_set_skill_notes (self->plan, self->detail_skill_id, text[0] ? text : NULL);
}

static void
update_target_row (CareerSkillsView        *self,
                   const CareerSkillStatus *status)
{
  CareerRole *role = current_role (self);
  CareerSkillRequirement *requirement = NULL;
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *first = NULL;

  if (role != NULL)
    requirement = career_role_lookup_requirement (role, self->detail_skill_id);

  if (requirement != NULL)
    /* Translators: the first choice of the target level: "AI Engineer's target (3)" */
    first = g_strdup_printf (_("%1$s's target (%2$u)"), career_role_get_title (role),
                             career_skill_requirement_get_target (requirement));
  else
    first = g_strdup (_("No target"));

  gtk_string_list_append (choices, first);
  for (guint i = 0; i <= CAREER_SKILL_LEVEL_MAX; i++)
    {
      g_autofree char *choice = g_strdup_printf ("%u · %s", i, career_level_get_name (i));
      gtk_string_list_append (choices, choice);
    }

  self->updating = TRUE;
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->target_row, status->custom_target ? status->target + 1 : 0);
  self->updating = FALSE;
}

static void
update_detail (CareerSkillsView *self)
{
  CareerSkill *skill;
  CareerSkillState *state;
  CareerSkillStatus status;
  g_autofree char *status_text = NULL;
  GListModel *history;

  if (self->detail_skill_id == NULL || self->plan == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  skill = career_catalog_lookup_skill (self->catalog, self->detail_skill_id);
  state = career_plan_lookup_skill_state (self->plan, self->detail_skill_id);
  career_skill_status_compute (self->plan, self->catalog, current_role (self),
                               self->detail_skill_id, &status);

  if (skill != NULL)
    {
      CareerCategory *category = career_skill_get_category (skill);

      gtk_label_set_text (self->detail_title, career_skill_get_name (skill));
      gtk_label_set_text (self->detail_category, category ? career_category_get_name (category) : "");
      gtk_label_set_text (self->detail_description, career_skill_get_description (skill));
    }
  else
    {
      gtk_label_set_text (self->detail_title, self->detail_skill_id);
      gtk_label_set_text (self->detail_category, _("No longer in the catalog"));
      gtk_label_set_text (self->detail_description,
                          _("The catalog no longer has this skill. Your level, notes and "
                            "history for it are kept."));
    }

  status_text = skill_status_text (self, &status);
  {
    g_autofree char *line = g_strdup_printf (_("Your level: %u %s · %s"), status.level,
                                             career_level_get_name (status.level), status_text);
    gtk_label_set_text (self->detail_status, line);
  }

  gtk_widget_set_visible (GTK_WIDGET (self->levels_group), skill != NULL);
  for (guint i = 0; skill != NULL && i <= CAREER_SKILL_LEVEL_MAX; i++)
    {
      g_autofree char *title = g_strdup_printf ("%u · %s", i, career_level_get_name (i));
      GtkWidget *check = g_object_get_data (G_OBJECT (self->level_rows[i]), "check");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->level_rows[i]), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->level_rows[i]),
                                   career_skill_get_level_text (skill, i));
      gtk_widget_set_visible (check, i == status.level);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->target_row), skill != NULL);
  if (skill != NULL)
    update_target_row (self, &status);

  career_timeline_view_set_series (self->skill_chart,
                                   state ? career_progress_history_for_skill (self->plan,
                                                                              self->detail_skill_id)
                                         : NULL,
                                   skill ? career_skill_get_name (skill) : self->detail_skill_id,
                                   TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->skill_chart),
                          career_timeline_view_get_n_points (self->skill_chart) > 0);

  history = state != NULL ? career_skill_state_get_history (state) : NULL;
  if (history != self->history_model)
    {
      self->history_model = history;
      gtk_list_box_bind_model (self->history_list, history, create_history_row, NULL, NULL);
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "skill");
}

static void
show_detail (CareerSkillsView *self,
             const char       *skill_id)
{
  CareerSkillState *state;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);

  if (g_strcmp0 (skill_id, self->detail_skill_id) == 0)
    return;

  commit_notes (self);
  g_free (self->detail_skill_id);
  self->detail_skill_id = g_strdup (skill_id);

  /* The notes are loaded only when another skill is shown, never while the
   * person types. */
  state = self->plan && skill_id ? career_plan_lookup_skill_state (self->plan, skill_id) : NULL;
  gtk_text_buffer_set_text (buffer, state && career_skill_state_get_notes (state)
                                    ? career_skill_state_get_notes (state) : "", -1);
  update_detail (self);
}

static const char *
item_skill_id (gpointer item)
{
  if (CAREER_IS_SKILL (item))
    return career_skill_get_id (item);
  if (CAREER_IS_SKILL_STATE (item))
    return career_skill_state_get_skill_id (item);
  return NULL;
}

static void
on_selection_changed_cb (CareerSkillsView *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;
  const char *skill_id = item ? item_skill_id (item) : NULL;

  if (skill_id != NULL)
    show_detail (self, skill_id);
}

static void
on_list_activate_cb (CareerSkillsView *self,
                     guint             position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (item == NULL)
    return;

  if (CAREER_IS_CATEGORY (item))
    {
      gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
      return;
    }

  show_detail (self, item_skill_id (item));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked_cb (CareerSkillsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_notes_focus_leave_cb (CareerSkillsView *self)
{
  commit_notes (self);
}

static void
on_custom_target_selected_cb (CareerSkillsView *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (self->updating || self->plan == NULL || self->detail_skill_id == NULL ||
      selected == GTK_INVALID_LIST_POSITION)
    return;

  career_plan_set_custom_target (self->plan, self->detail_skill_id,
                                 selected == 0 ? -1 : (int) selected - 1);
}

/* Toolbar */

static void
on_target_selected_cb (CareerSkillsView *self)
{
  CareerRole *role = gtk_drop_down_get_selected_item (self->target_dropdown);

  if (self->updating || self->plan == NULL || role == NULL)
    return;

  career_plan_set_target_role_id (self->plan, career_role_get_id (role));
}

static void
on_search_changed_cb (CareerSkillsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_autofree char *old = g_steal_pointer (&self->search_text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (text[0] != '\0')
    self->search_text = g_utf8_casefold (text, -1);

  /* Typing narrows, Backspace widens: the filter models then look only at
   * what they show (or hide); the order does not change */
  if (old == NULL && self->search_text != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && self->search_text == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (old != NULL && strstr (self->search_text, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && strstr (old, self->search_text) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  if (self->catalog == NULL)
    return;
  if (update_nonempty (self))
    gtk_filter_changed (GTK_FILTER (self->root_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->shared_filter), change);
  update_empty_state (self);
}

static void
on_filters_changed_cb (CareerSkillsView *self)
{
  if (self->catalog != NULL)
    refresh_cb (self);
}

static void
on_sort_changed_cb (CareerSkillsView *self)
{
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

/* Object */

static void
career_skills_view_dispose (GObject *object)
{
  CareerSkillsView *self = (CareerSkillsView *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAREER_TYPE_SKILLS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_object (&self->orphan_category);
  g_clear_object (&self->shared_filter);
  g_clear_object (&self->root_filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_keys, g_hash_table_unref);
  g_clear_pointer (&self->collate_keys, g_hash_table_unref);
  g_clear_pointer (&self->category_skills, g_hash_table_unref);
  g_clear_pointer (&self->nonempty, g_hash_table_unref);
  g_clear_pointer (&self->detail_skill_id, g_free);

  G_OBJECT_CLASS (career_skills_view_parent_class)->dispose (object);
}

static void
career_skills_view_class_init (CareerSkillsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_skills_view_dispose;

  g_type_ensure (CAREER_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/career-skills-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, progress_expander);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, progress_chart);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, skill_chart);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, gaps_toggle);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, list_page);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, detail_category);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, detail_description);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, detail_status);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, levels_group);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, target_row);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_target_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
career_skills_view_init (CareerSkillsView *self)
{
  GtkEventController *focus;
  g_autoptr(GtkExpression) title = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->roots = g_list_store_new (CAREER_TYPE_CATEGORY);
  self->orphan_category = career_category_new ("orphans", _("No Longer in the Catalog"),
                                               _("Skills of your plan that the catalog no "
                                                 "longer has; your entries are kept"));
  self->shared_filter = gtk_custom_filter_new (shared_filter_func, self, NULL);
  self->root_filter = gtk_custom_filter_new (root_filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);

  for (guint i = 0; i <= CAREER_SKILL_LEVEL_MAX; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Your level"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      g_object_set_data (G_OBJECT (row), "check", check);
      adw_preferences_group_add (self->levels_group, row);
      self->level_rows[i] = row;
    }

  title = gtk_property_expression_new (CAREER_TYPE_ROLE, NULL, "title");
  gtk_drop_down_set_expression (self->target_dropdown, title);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_notes_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);

  gtk_search_entry_set_key_capture_widget (self->search_entry, self->list_page);
  career_set_accessible_label (GTK_WIDGET (self->target_dropdown), _("Target role"));
  career_set_accessible_label (GTK_WIDGET (self->category_dropdown), _("Category"));
  career_set_accessible_label (GTK_WIDGET (self->sort_dropdown), _("Sort order"));
  career_drop_down_ellipsize (self->target_dropdown);
  career_drop_down_ellipsize (self->category_dropdown);
  career_drop_down_ellipsize (self->sort_dropdown);
  gtk_list_box_set_placeholder (self->history_list,
                                gtk_label_new (_("No level changes recorded yet")));
}

static void
rebuild_model (CareerSkillsView *self)
{
  GtkFilterListModel *roots_filtered;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);

  if (self->catalog == NULL || self->plan == NULL)
    return;

  roots_filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)),
                                              g_object_ref (GTK_FILTER (self->root_filter)));
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (roots_filtered), FALSE, TRUE,
                                        create_child_model, self, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->tree, "items-changed", G_CALLBACK (update_empty_state), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_orphan_category (self);
  sync_target_dropdown (self);
  update_progress (self);
  update_empty_state (self);
}

void
career_skills_view_set_catalog (CareerSkillsView *self,
                                CareerCatalog    *catalog)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);

  g_return_if_fail (CAREER_IS_SKILLS_VIEW (self));
  g_return_if_fail (!catalog || CAREER_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  g_list_store_remove_all (self->roots);
  gtk_string_list_append (categories, _("All Categories"));
  g_clear_pointer (&self->search_keys, g_hash_table_unref);
  g_clear_pointer (&self->collate_keys, g_hash_table_unref);
  g_clear_pointer (&self->category_skills, g_hash_table_unref);
  g_clear_pointer (&self->nonempty, g_hash_table_unref);

  if (catalog != NULL)
    {
      GListModel *skills = career_catalog_get_skills (catalog);

      self->search_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      self->collate_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      self->category_skills = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
        {
          g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);
          g_autofree char *text = g_strconcat (career_skill_get_name (skill), "\n",
                                               career_skill_get_description (skill), NULL);
          CareerCategory *category = career_skill_get_category (skill);
          GListStore *store;

          g_hash_table_insert (self->search_keys, skill, g_utf8_casefold (text, -1));
          g_hash_table_insert (self->collate_keys, skill,
                               g_utf8_collate_key (career_skill_get_name (skill), -1));
          if (category == NULL)
            continue;
          store = g_hash_table_lookup (self->category_skills, category);
          if (store == NULL)
            {
              store = g_list_store_new (CAREER_TYPE_SKILL);
              g_hash_table_insert (self->category_skills, category, store);
            }
          g_list_store_append (store, skill);
        }
    }

  if (catalog != NULL)
    {
      GListModel *model = career_catalog_get_categories (catalog);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(CareerCategory) category = g_list_model_get_item (model, i);

          g_list_store_append (self->roots, category);
          gtk_string_list_append (categories, career_category_get_name (category));
        }
      gtk_drop_down_set_model (self->target_dropdown, career_catalog_get_roles (catalog));
    }

  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  rebuild_model (self);
}

void
career_skills_view_set_plan (CareerSkillsView *self,
                             CareerPlan       *plan)
{
  g_return_if_fail (CAREER_IS_SKILLS_VIEW (self));
  g_return_if_fail (!plan || CAREER_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  g_clear_pointer (&self->detail_skill_id, g_free);
  self->history_model = NULL;
  gtk_list_box_bind_model (self->history_list, NULL, NULL, NULL, NULL);
  g_set_object (&self->plan, plan);

  if (plan != NULL)
    self->plan_changed_id = g_signal_connect_object (plan, "changed",
                                                     G_CALLBACK (on_plan_changed_cb), self,
                                                     G_CONNECT_SWAPPED);
  rebuild_model (self);
  update_detail (self);
}

/**
 * career_skills_view_show_skill:
 *
 * Selects @skill_id in the list, scrolls to it and shows its detail.
 *
 * Returns: %FALSE if the skill is not in the list (filtered out or unknown)
 */
gboolean
career_skills_view_show_skill (CareerSkillsView *self,
                               const char       *skill_id)
{
  GListModel *model;

  g_return_val_if_fail (CAREER_IS_SKILLS_VIEW (self), FALSE);
  g_return_val_if_fail (skill_id != NULL, FALSE);

  if (self->tree == NULL)
    return FALSE;

  /* Clear the filters that could hide the skill. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  refresh_cb (self);

  model = G_LIST_MODEL (self->tree);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (item_skill_id (item), skill_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          /* GTK 4.8 has no gtk_list_view_scroll_to(); this action does it. */
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          show_detail (self, skill_id);
          adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
          return TRUE;
        }
    }

  return FALSE;
}

void
career_skills_view_focus_search (CareerSkillsView *self)
{
  g_return_if_fail (CAREER_IS_SKILLS_VIEW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
