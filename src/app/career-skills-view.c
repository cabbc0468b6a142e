/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Skills view: every skill of the catalog grouped by category, with the
 * person's level, the target of the role they aim at, and the gap; a detail
 * page with what each level means, notes and the dated history.
 *
 * The list is one flat model (GTK 4.8 has no list sections): a GListStore
 * that holds, in order, each category's header followed by that category's
 * skills, and last the plan's skills that the catalog no longer has under
 * their own header.  It is built and sorted (within each category) only when
 * the catalog, the plan or the sort order changes, and only the part that
 * differs is replaced.  One GtkFilterListModel above it shows a skill when it
 * passes the search, "Gaps Only" and the category filter and its category is
 * expanded, and a header when one of its skills passes.  A header's row
 * (CareerSkillsRow) collapses and expands its category with the clicks and
 * keys of the GtkTreeExpander it replaces.
 *
 * So a keystroke is one pass over the skills to find the categories with a
 * match, then one filter change, MORE_STRICT or LESS_STRICT when the text
 * grows or shrinks, which looks only at the rows shown (or hidden) and emits
 * a single items-changed: the list view keeps the rows whose item stays, and
 * nothing is sorted again.  A per-category tree of filter and sort models
 * re-sorted and re-filtered all skills once per category per keystroke and
 * made the list view rebuild hundreds of rows (docs/benchmarks.md).
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "career-drop-down.h"
#include "career-format.h"
#include "career-history-entry.h"
#include "career-level-selector.h"
#include "career-recycling-model.h"
#include "career-skill-state.h"
#include "career-skill-status.h"
#include "career-rows.h"
#include "career-skills-view.h"
#include "career-timeline-view.h"

/* The width of the expander arrow and its spacing.  A skill is indented by
 * two, as a GtkTreeExpander indents a child: one for its depth, one for the
 * arrow it does not have. */
#define ROW_INDENT 20
/* About what a tall window shows; each costs about 0.2 ms to bind and
 * measure again (docs/benchmarks.md) */
#define SKILL_ROWS_PER_FRAME 16

/* What the view keeps per skill of the catalog, so that neither a keystroke
 * nor a sort looks up the plan again. What they compare is the skill's own,
 * made once: career_skill_get_sort_key() and career_skill_get_search_key(),
 * which the window makes while the app is idle (career-window.c). */
typedef struct
{
  guint  status_serial; /* gap and importance hold for this status_serial */
  guint  gap;
  guint  importance;
} SkillEntry;

struct _CareerSkillsView
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  CareerDropDown     *target_dropdown;
  GtkLabel           *progress_label;
  GtkLevelBar        *progress_bar;
  GtkExpander        *progress_expander;
  CareerTimelineView *progress_chart;
  CareerTimelineView *skill_chart;
  GtkSearchEntry     *search_entry;
  CareerDropDown     *category_dropdown;
  GtkToggleButton    *gaps_toggle;
  CareerDropDown     *sort_dropdown;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkWidget          *list_page;
  GtkStack           *detail_stack;
  GtkLabel           *detail_title;
  GtkLabel           *detail_category;
  GtkLabel           *detail_description;
  GtkLabel           *detail_status;
  AdwPreferencesGroup *levels_group;
  GtkListBox         *levels_list;
  AdwComboRow        *target_row;
  GtkTextView        *notes_view;
  GtkListBox         *history_list;

  CareerCatalog      *catalog;
  CareerPlan         *plan;
  gulong              plan_changed_id;

  GListStore         *items;           /* headers and skills, in list order */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  CareerRecyclingModel *slots;         /* the filtered items, in rows that stay */
  GtkSingleSelection *selection;
  CareerCategory     *orphan_category;
  GPtrArray          *orphans;         /* the plan's CareerSkillStates the catalog lacks */

  GHashTable         *entries;         /* CareerSkill -> SkillEntry */
  GHashTable         *category_skills; /* CareerCategory -> GPtrArray of its skills */
  CareerSkillSort     sort;            /* the order of category_skills' arrays */
  gboolean            sorted;          /* FALSE: sort them before the list is built */
  guint               status_serial;   /* changes when the plan or the catalog does */

  /* What the filter decides by, set by update_filter_state() before each
   * change so that the filter function does no more than look up */
  char               *search_text;
  CareerCategory     *chosen;          /* the category filter, or NULL */
  gboolean            gaps_only;
  GHashTable         *matching;        /* categories with a skill that passes */
  GHashTable         *collapsed;       /* categories whose skills are hidden */
  GHashTable         *header_rows;     /* CareerCategory -> its bound CareerSkillsRow */

  char               *detail_skill_id;
  GtkWidget          *level_rows[CAREER_SKILL_LEVEL_MAX + 1];
  GListModel         *history_model;
  guint               refresh_id;
  guint               notes_commit_id; /* typed notes wait this long for the plan */
  gboolean            loading_notes;
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (CareerSkillsView, career_skills_view, GTK_TYPE_WIDGET)

static void     update_detail         (CareerSkillsView *self);
static void     sync_notes            (CareerSkillsView *self);
static gboolean is_category_expanded  (CareerSkillsView *self,
                                       CareerCategory   *category);
static void     set_category_expanded (CareerSkillsView *self,
                                       CareerCategory   *category,
                                       gboolean          expanded);

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

/* Returns: (transfer none) (nullable): the catalog keeps its categories */
static CareerCategory *
chosen_category (CareerSkillsView *self)
{
  guint selected = career_drop_down_get_selected (self->category_dropdown);
  CareerCategory *category;

  if (self->catalog == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  category = g_list_model_get_item (career_catalog_get_categories (self->catalog), selected - 1);
  if (category != NULL)
    g_object_unref (category);
  return category;
}

static CareerSkillSort
chosen_sort (CareerSkillsView *self)
{
  guint selected = career_drop_down_get_selected (self->sort_dropdown);

  if (self->plan == NULL || selected > CAREER_SKILL_SORT_IMPORTANCE)
    return CAREER_SKILL_SORT_NAME;
  return selected;
}

static gboolean
is_orphan (CareerSkillsView *self,
           CareerSkillState *state)
{
  return career_catalog_lookup_skill (self->catalog, career_skill_state_get_skill_id (state)) == NULL;
}

/* The skill's gap and importance, computed at most once per plan change. */
static SkillEntry *
skill_entry_with_status (CareerSkillsView *self,
                         CareerSkill      *skill)
{
  SkillEntry *entry = self->entries ? g_hash_table_lookup (self->entries, skill) : NULL;
  CareerSkillStatus status = { 0 };

  if (entry == NULL || entry->status_serial == self->status_serial)
    return entry;

  if (self->plan != NULL)
    career_skill_status_compute (self->plan, self->catalog, current_role (self),
                                 career_skill_get_id (skill), &status);
  entry->gap = status.gap;
  entry->importance = status.importance;
  entry->status_serial = self->status_serial;
  return entry;
}

/* Filtering */

static gboolean
skill_passes (CareerSkillsView *self,
              CareerSkill      *skill)
{
  SkillEntry *entry = self->entries ? g_hash_table_lookup (self->entries, skill) : NULL;

  /* Not a skill of this catalog: the list is about to be rebuilt */
  if (entry == NULL)
    return FALSE;

  if (self->search_text != NULL &&
      strstr (career_skill_get_search_key (skill), self->search_text) == NULL)
    return FALSE;

  if (self->gaps_only && self->plan != NULL)
    return skill_entry_with_status (self, skill)->gap > 0;

  return TRUE;
}

/* Skills no longer in the catalog are found by their id, and are listed
 * whether or not they are gaps: they have no target to be measured by. */
static gboolean
orphan_passes (CareerSkillsView *self,
               CareerSkillState *state)
{
  g_autofree char *id = NULL;

  if (self->catalog == NULL || !is_orphan (self, state))
    return FALSE;
  if (self->search_text == NULL)
    return TRUE;

  id = g_utf8_casefold (career_skill_state_get_skill_id (state), -1);
  return strstr (id, self->search_text) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CareerSkillsView *self = user_data;
  CareerCategory *category;

  if (CAREER_IS_CATEGORY (item))
    return (self->chosen == NULL || self->chosen == item) &&
           g_hash_table_contains (self->matching, item);

  if (CAREER_IS_SKILL_STATE (item))
    {
      /* The orphans have no category to choose */
      if (self->chosen != NULL || g_hash_table_contains (self->collapsed, self->orphan_category))
        return FALSE;
      return orphan_passes (self, item);
    }

  category = career_skill_get_category (item);
  if ((self->chosen != NULL && self->chosen != category) ||
      g_hash_table_contains (self->collapsed, category))
    return FALSE;
  return skill_passes (self, item);
}

/* Takes in the filters' state and finds, in one pass over the skills, the
 * categories with a skill that passes them: their headers stay.  Returns
 * whether that set changed. */
static gboolean
update_filter_state (CareerSkillsView *self)
{
  g_autoptr(GHashTable) matching = g_hash_table_new (NULL, NULL);
  GListModel *categories = self->catalog ? career_catalog_get_categories (self->catalog) : NULL;
  GHashTableIter iter;
  gpointer key;
  gboolean changed;

  self->chosen = chosen_category (self);
  self->gaps_only = gtk_toggle_button_get_active (self->gaps_toggle);

  for (guint i = 0; categories != NULL && i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(CareerCategory) category = g_list_model_get_item (categories, i);
      GPtrArray *skills = g_hash_table_lookup (self->category_skills, category);

      for (guint j = 0; skills != NULL && j < skills->len; j++)
        if (skill_passes (self, g_ptr_array_index (skills, j)))
          {
            g_hash_table_add (matching, category);
            break;
          }
    }

  for (guint i = 0; i < self->orphans->len; i++)
    if (orphan_passes (self, g_ptr_array_index (self->orphans, i)))
      {
        g_hash_table_add (matching, self->orphan_category);
        break;
      }

  changed = g_hash_table_size (matching) != g_hash_table_size (self->matching);
  g_hash_table_iter_init (&iter, matching);
  while (!changed && g_hash_table_iter_next (&iter, &key, NULL))
    changed = !g_hash_table_contains (self->matching, key);

  g_hash_table_unref (self->matching);
  self->matching = g_steal_pointer (&matching);
  return changed;
}

/* The list */

static int
compare_skills (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  CareerSkillsView *self = user_data;
  CareerSkill *skill_a = *(CareerSkill * const *) a;
  CareerSkill *skill_b = *(CareerSkill * const *) b;
  int order = 0;

  /* The same order as career_skill_compare(), from the kept gaps and
   * collation keys: the statuses are computed before the sort */
  if (self->sort != CAREER_SKILL_SORT_NAME)
    {
      SkillEntry *ea = g_hash_table_lookup (self->entries, skill_a);
      SkillEntry *eb = g_hash_table_lookup (self->entries, skill_b);

      if (self->sort == CAREER_SKILL_SORT_GAP)
        order = (int) eb->gap - (int) ea->gap;
      if (order == 0)
        order = (int) eb->importance - (int) ea->importance;
    }

  if (order == 0)
    order = strcmp (career_skill_get_sort_key (skill_a), career_skill_get_sort_key (skill_b));
  return order;
}

static int
compare_orphans (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (career_skill_state_get_skill_id (*(CareerSkillState * const *) a),
                    career_skill_state_get_skill_id (*(CareerSkillState * const *) b));
}

static void
sort_category_skills (CareerSkillsView *self)
{
  GHashTableIter iter;
  gpointer value;

  self->sort = chosen_sort (self);

  if (self->sort != CAREER_SKILL_SORT_NAME)
    {
      g_hash_table_iter_init (&iter, self->entries);
      while (g_hash_table_iter_next (&iter, &value, NULL))
        skill_entry_with_status (self, value);
    }

  g_hash_table_iter_init (&iter, self->category_skills);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort_with_data (value, compare_skills, self);
  self->sorted = TRUE;
}

static void
collect_orphans (CareerSkillsView *self)
{
  GListModel *states = self->plan && self->catalog ? career_plan_get_skill_states (self->plan)
                                                   : NULL;

  g_ptr_array_set_size (self->orphans, 0);
  for (guint i = 0; states != NULL && i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (states, i);

      if (is_orphan (self, state))
        g_ptr_array_add (self->orphans, g_steal_pointer (&state));
    }
  g_ptr_array_sort (self->orphans, compare_orphans);
}

/* The store keeps the item: only its address is compared */
static gpointer
peek_item (GListModel *model,
           guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  return item;
}

/* Builds the list order (headers, then each one's skills; the orphans last)
 * and replaces only the stretch of the store from the first to the last item
 * that differs: a plan change that leaves the order as it was changes
 * nothing.  The filter state must be up to date: the filter model filters
 * what is added. */
static void
rebuild_items (CareerSkillsView *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_old = g_list_model_get_n_items (model);
  guint start = 0, tail = 0;

  if (self->catalog != NULL && self->plan != NULL)
    {
      GListModel *categories = career_catalog_get_categories (self->catalog);

      if (!self->sorted || self->sort != chosen_sort (self))
        sort_category_skills (self);

      for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
        {
          g_autoptr(CareerCategory) category = g_list_model_get_item (categories, i);
          GPtrArray *skills = g_hash_table_lookup (self->category_skills, category);

          g_ptr_array_add (order, category);
          for (guint j = 0; skills != NULL && j < skills->len; j++)
            g_ptr_array_add (order, g_ptr_array_index (skills, j));
        }

      if (self->orphans->len > 0)
        {
          g_ptr_array_add (order, self->orphan_category);
          for (guint i = 0; i < self->orphans->len; i++)
            g_ptr_array_add (order, g_ptr_array_index (self->orphans, i));
        }
    }

  while (start < n_old && start < order->len &&
         peek_item (model, start) == g_ptr_array_index (order, start))
    start++;
  while (tail < n_old - start && tail < order->len - start &&
         peek_item (model, n_old - 1 - tail) == g_ptr_array_index (order, order->len - 1 - tail))
    tail++;

  if (start < n_old - tail || start < order->len - tail)
    g_list_store_splice (self->items, start, n_old - start - tail,
                         order->pdata + start, order->len - start - tail);
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
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  gtk_stack_set_visible_child_name (self->list_stack, empty ? "empty" : "list");
}

/* After a change to the plan: levels, targets and the target role change
 * gaps (and so the order by gap and "Gaps Only"), and a skill may have left
 * or joined the catalog's orphans. */
static gboolean
refresh_cb (gpointer user_data)
{
  CareerSkillsView *self = user_data;
  gboolean changed;

  self->refresh_id = 0;
  self->status_serial++;
  if (self->sort != CAREER_SKILL_SORT_NAME)
    self->sorted = FALSE;

  collect_orphans (self);
  changed = update_filter_state (self);
  rebuild_items (self);
  if (changed || self->gaps_only)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
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
  career_drop_down_set_selected (self->target_dropdown, position);
  self->updating = FALSE;
}

static void
on_plan_changed_cb (CareerSkillsView *self)
{
  sync_target_dropdown (self);
  update_progress (self);
  update_detail (self);
  sync_notes (self);
  queue_refresh (self);
}

/* Rows */

/* One row of the list, a category's header or a skill.  It does for the
 * flat list what GtkTreeExpander did for the tree, with the same keys: the
 * header's arrow toggles on a click; +, *, - and /, Shift+Left and
 * Shift+Right, and Ctrl+Space expand or collapse the focused header;
 * Enter (the list's activation) toggles it too.  Skills are indented as a
 * GtkTreeExpander indents a child. */
#define CAREER_TYPE_SKILLS_ROW (career_skills_row_get_type ())
G_DECLARE_FINAL_TYPE (CareerSkillsRow, career_skills_row, CAREER, SKILLS_ROW, GtkWidget)

struct _CareerSkillsRow
{
  GtkWidget         parent_instance;

  GtkWidget        *arrow;
  GtkWidget        *grid;
  GtkWidget        *title;
  GtkWidget        *status;
  GtkWidget        *selector;

  CareerSkillsView *view;     /* unowned: the view's list view owns the row */
  CareerCategory   *category; /* unowned; the header's category, NULL for a skill */
};

G_DEFINE_FINAL_TYPE (CareerSkillsRow, career_skills_row, GTK_TYPE_WIDGET)

typedef enum
{
  ROW_COLLAPSE,
  ROW_EXPAND,
  ROW_TOGGLE,
  ROW_LEFT,
  ROW_RIGHT,
} RowChange;

/* Shows whether the header's category is expanded, to the eye and to
 * assistive technologies (as GtkTreeExpander does on itself). */
static void
career_skills_row_sync (CareerSkillsRow *self)
{
  gboolean expanded;

  if (self->category == NULL)
    {
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
      return;
    }

  expanded = is_category_expanded (self->view, self->category);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->arrow),
                                expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
}

static gboolean
career_skills_row_change (CareerSkillsRow *self,
                          RowChange        change)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  gboolean expanded;

  /* Skill rows let the key through, to the search entry */
  if (self->category == NULL || self->view == NULL)
    return FALSE;

  switch (change)
    {
    case ROW_COLLAPSE:
      expanded = FALSE;
      break;
    case ROW_EXPAND:
      expanded = TRUE;
      break;
    case ROW_LEFT:
      expanded = rtl;
      break;
    case ROW_RIGHT:
      expanded = !rtl;
      break;
    case ROW_TOGGLE:
    default:
      expanded = !is_category_expanded (self->view, self->category);
      break;
    }

  set_category_expanded (self->view, self->category, expanded);
  return TRUE;
}

static gboolean
career_skills_row_key_cb (GtkWidget *widget,
                          GVariant  *args,
                          gpointer   user_data)
{
  return career_skills_row_change (CAREER_SKILLS_ROW (widget), g_variant_get_int32 (args));
}

static void
on_arrow_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      CareerSkillsRow *self)
{
  GtkWidget *arrow = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  if (gtk_widget_contains (arrow, x, y) && career_skills_row_change (self, ROW_TOGGLE))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void open_skill_after_click (CareerSkillsView *self,
                                    const char       *skill_id);

/* A click on a skill row, not on its level buttons */
static void
on_row_released_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    CareerSkillsRow *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  const char *skill_id = g_object_get_data (G_OBJECT (self->selector), "skill-id");

  if (n_press != 1 || self->category != NULL || self->view == NULL || skill_id == NULL)
    return;
  if (target != NULL && (target == self->selector || gtk_widget_is_ancestor (target, self->selector)))
    return;
  open_skill_after_click (self->view, skill_id);
}

/* Focus as GtkTreeExpander: on the level buttons when the row has them,
 * else on the row itself, which is where the keys above are heard. */
static gboolean
career_skills_row_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  CareerSkillsRow *self = CAREER_SKILLS_ROW (widget);

  if (gtk_widget_get_focus_child (widget))
    return FALSE;
  if (gtk_widget_child_focus (self->grid, direction))
    return TRUE;
  if (gtk_widget_is_focus (widget) || !gtk_widget_get_focusable (widget))
    return FALSE;

  gtk_widget_grab_focus (widget);
  return TRUE;
}

static gboolean
career_skills_row_grab_focus (GtkWidget *widget)
{
  CareerSkillsRow *self = CAREER_SKILLS_ROW (widget);

  if (gtk_widget_grab_focus (self->grid))
    return TRUE;
  return GTK_WIDGET_CLASS (career_skills_row_parent_class)->grab_focus (widget);
}

static void
career_skills_row_dispose (GObject *object)
{
  CareerSkillsRow *self = CAREER_SKILLS_ROW (object);

  g_clear_pointer (&self->arrow, gtk_widget_unparent);
  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (career_skills_row_parent_class)->dispose (object);
}

static void
career_skills_row_class_init (CareerSkillsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct
  {
    guint           key;
    GdkModifierType modifiers;
    RowChange       change;
  } keys[] = {
    { GDK_KEY_plus, 0, ROW_EXPAND },
    { GDK_KEY_KP_Add, 0, ROW_EXPAND },
    { GDK_KEY_asterisk, 0, ROW_EXPAND },
    { GDK_KEY_KP_Multiply, 0, ROW_EXPAND },
    { GDK_KEY_minus, 0, ROW_COLLAPSE },
    { GDK_KEY_KP_Subtract, 0, ROW_COLLAPSE },
    { GDK_KEY_slash, 0, ROW_COLLAPSE },
    { GDK_KEY_KP_Divide, 0, ROW_COLLAPSE },
    { GDK_KEY_Right, GDK_SHIFT_MASK, ROW_RIGHT },
    { GDK_KEY_KP_Right, GDK_SHIFT_MASK, ROW_RIGHT },
    { GDK_KEY_Right, GDK_CONTROL_MASK | GDK_SHIFT_MASK, ROW_RIGHT },
    { GDK_KEY_KP_Right, GDK_CONTROL_MASK | GDK_SHIFT_MASK, ROW_RIGHT },
    { GDK_KEY_Left, GDK_SHIFT_MASK, ROW_LEFT },
    { GDK_KEY_KP_Left, GDK_SHIFT_MASK, ROW_LEFT },
    { GDK_KEY_Left, GDK_CONTROL_MASK | GDK_SHIFT_MASK, ROW_LEFT },
    { GDK_KEY_KP_Left, GDK_CONTROL_MASK | GDK_SHIFT_MASK, ROW_LEFT },
    { GDK_KEY_space, GDK_CONTROL_MASK, ROW_TOGGLE },
    { GDK_KEY_KP_Space, GDK_CONTROL_MASK, ROW_TOGGLE },
  };

  object_class->dispose = career_skills_row_dispose;
  widget_class->focus = career_skills_row_focus;
  widget_class->grab_focus = career_skills_row_grab_focus;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding (widget_class, keys[i].key, keys[i].modifiers,
                                  career_skills_row_key_cb, "i", (gint32) keys[i].change);

  /* A grid, not a box: GTK 4.8's horizontal box finds the height of a row
   * of wrapping labels by a binary search, laying the labels out again at
   * each step. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
career_skills_row_init (CareerSkillsRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGesture *click = gtk_gesture_click_new ();
  GtkLayoutChild *grid_child;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_grid_layout_set_column_spacing (GTK_GRID_LAYOUT (layout), 4);

  /* Decoration: the row carries the expanded state */
  self->arrow = g_object_new (GTK_TYPE_IMAGE,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              "icon-name", "pan-down-symbolic",
                              /* beside the category's name, its first line */
                              "valign", GTK_ALIGN_START,
                              "margin-top", 9,
                              NULL);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_arrow_released_cb), self);
  gtk_widget_add_controller (self->arrow, GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_parent (self->arrow, GTK_WIDGET (self));
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_row_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  /* A grid rather than a horizontal box: see career_info_row_new(). */
  self->grid = gtk_grid_new ();
  self->title = gtk_label_new (NULL);
  self->status = gtk_label_new (NULL);
  self->selector = career_level_selector_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 2);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  /* A long word ("Wahrscheinlichkeitsrechnung") may break rather than
   * keep the window wider than a phone's screen */
  gtk_label_set_wrap_mode (GTK_LABEL (self->title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_wrap_mode (GTK_LABEL (self->status), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_widget_add_css_class (self->status, "caption");
  gtk_widget_set_hexpand (self->grid, TRUE);
  gtk_widget_set_hexpand (self->title, TRUE);
  /* The title and the status meet in the middle of the row. With yalign,
   * not valign: GTK 4.8 allocates a wrapping label whose valign is not fill
   * by first searching for its width at the height it is given. */
  gtk_label_set_yalign (GTK_LABEL (self->title), 1);
  gtk_label_set_yalign (GTK_LABEL (self->status), 0);
  gtk_widget_set_margin_top (self->grid, 6);
  gtk_widget_set_margin_bottom (self->grid, 6);
  gtk_grid_attach (GTK_GRID (self->grid), self->title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), self->status, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), self->selector, 1, 0, 1, 2);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
  grid_child = gtk_layout_manager_get_layout_child (layout, self->grid);
  gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (grid_child), 1);
}

/* Shows a header (the category's arrow, name and description) or a skill
 * row, indented and without the arrow. */
static void
career_skills_row_set_category (CareerSkillsRow  *self,
                                CareerSkillsView *view,
                                CareerCategory   *category)
{
  self->view = view;
  self->category = category;
  gtk_widget_set_visible (self->arrow, category != NULL);
  gtk_widget_set_margin_start (self->grid, category != NULL ? 0 : 2 * ROW_INDENT);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LEVEL,
                                  category != NULL ? 1 : 2, -1);
  career_skills_row_sync (self);
}

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
  CareerSkillsRow *row = g_object_new (CAREER_TYPE_SKILLS_ROW, NULL);

  gtk_list_item_set_child (list_item, GTK_WIDGET (row));
  g_signal_connect (row->selector, "level-chosen", G_CALLBACK (on_level_chosen_cb), self);
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
  GObject *item = career_list_slot_bound (list_item);
  CareerSkillsRow *row = CAREER_SKILLS_ROW (gtk_list_item_get_child (list_item));

  if (item == NULL)
    return;

  /* A header row given another header (the slot's item changed) */
  if (row->category != NULL && g_hash_table_lookup (self->header_rows, row->category) == row)
    g_hash_table_remove (self->header_rows, row->category);
  if (CAREER_IS_CATEGORY (item))
    g_hash_table_insert (self->header_rows, item, row);

  gtk_widget_remove_css_class (row->title, "heading");

  if (CAREER_IS_CATEGORY (item))
    {
      career_skills_row_set_category (row, self, CAREER_CATEGORY (item));
      gtk_label_set_text (GTK_LABEL (row->title),
                          career_category_get_name (CAREER_CATEGORY (item)));
      gtk_label_set_text (GTK_LABEL (row->status),
                          career_category_get_description (CAREER_CATEGORY (item)));
      gtk_widget_add_css_class (row->title, "heading");
      gtk_widget_set_visible (row->selector, FALSE);
    }
  else if (CAREER_IS_SKILL_STATE (item))
    {
      CareerSkillState *state = CAREER_SKILL_STATE (item);
      g_autofree char *status = g_strdup_printf (_("Level %d · no longer in the catalog"),
                                                 career_skill_state_get_level (state));

      career_skills_row_set_category (row, self, NULL);
      gtk_label_set_text (GTK_LABEL (row->title), career_skill_state_get_skill_id (state));
      gtk_label_set_text (GTK_LABEL (row->status), status);
      gtk_widget_set_visible (row->selector, FALSE);
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

      career_skills_row_set_category (row, self, NULL);
      gtk_label_set_text (GTK_LABEL (row->title), career_skill_get_name (skill));
      gtk_label_set_text (GTK_LABEL (row->status), status_text);
      gtk_widget_set_visible (row->selector, self->plan != NULL);
      g_object_set_data_full (G_OBJECT (row->selector), "skill-id",
                              g_strdup (career_skill_get_id (skill)), g_free);
      career_level_selector_set_skill (CAREER_LEVEL_SELECTOR (row->selector),
                                       career_skill_get_name (skill), texts);
      career_level_selector_set_level (CAREER_LEVEL_SELECTOR (row->selector), status.level);
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
  /* bind_row() also keeps header_rows: expanding or collapsing a category
   * changes no item, so its header row is found there to show the state. */
  bind_row (self, list_item);

  /* The row stays when its slot is given another skill: show that one */
  career_list_slot_follow (list_item, (CareerListSlotBindFunc) bind_row, self);

  /* Only bound rows follow the plan, so a change costs what is on screen. */
  if (self->plan != NULL)
    {
      gulong id = g_signal_connect_object (self->plan, "changed",
                                           G_CALLBACK (on_row_plan_changed_cb), list_item,
                                           G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (list_item), "view", self);
      g_object_set_data_full (G_OBJECT (list_item), "plan", g_object_ref (self->plan),
                              g_object_unref);
      g_object_set_data (G_OBJECT (list_item), "plan-handler", GSIZE_TO_POINTER (id));
    }
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      CareerSkillsView         *self)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), "plan-handler"));
  CareerPlan *plan = g_object_get_data (G_OBJECT (list_item), "plan");
  CareerSkillsRow *row = CAREER_SKILLS_ROW (gtk_list_item_get_child (list_item));

  if (row->category != NULL && g_hash_table_lookup (self->header_rows, row->category) == row)
    g_hash_table_remove (self->header_rows, row->category);
  row->category = NULL;

  career_list_slot_unfollow (list_item);

  /* The plan the row was bound with, which may no longer be the view's */
  if (id != 0 && plan != NULL)
    g_signal_handler_disconnect (plan, id);
  g_object_set_data (G_OBJECT (list_item), "plan-handler", NULL);
  g_object_set_data (G_OBJECT (list_item), "plan", NULL);
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
  g_autofree char *subtitle = NULL;
  int old_level = career_history_entry_get_old_level (entry);
  int new_level = career_history_entry_get_new_level (entry);

  /* Translators: a level change in the history: "1 Aware → 2 Working Knowledge" */
  change = g_strdup_printf (_("%1$d %2$s → %3$d %4$s"),
                            old_level, career_level_get_name (old_level),
                            new_level, career_level_get_name (new_level));
  if (career_history_entry_get_note (entry) != NULL)
    subtitle = g_strdup_printf ("%s · %s", date, career_history_entry_get_note (entry));
  return career_info_row_new (change, subtitle != NULL ? subtitle : date);
}

/* Notes */

/* Typing in the notes goes into the plan once the person pauses, so that
 * the window's title, the autosave and Save see it without the focus
 * having to leave the notes first */
#define NOTES_COMMIT_DELAY_MS 500

static char *
dup_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static const char *
plan_notes (CareerSkillsView *self)
{
  CareerSkillState *state;

  if (self->plan == NULL || self->detail_skill_id == NULL)
    return NULL;
  state = career_plan_lookup_skill_state (self->plan, self->detail_skill_id);
  return state != NULL ? career_skill_state_get_notes (state) : NULL;
}

static void
commit_notes (CareerSkillsView *self)
{
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->notes_commit_id, g_source_remove);
  if (self->plan == NULL || self->detail_skill_id == NULL)
    return;

  text = dup_buffer_text (gtk_text_view_get_buffer (self->notes_view));
  if (g_strcmp0 (text[0] ? text : NULL, plan_notes (self)) != 0)
    career_plan_set_skill_notes (self->plan, self->detail_skill_id, text[0] ? text : NULL);
}

/* The plan's notes of the skill shown, as the buffer's new text: not a
 * step the text view's own undo could take back */
static void
load_notes (CareerSkillsView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *notes = plan_notes (self);

  self->loading_notes = TRUE;
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  self->loading_notes = FALSE;
}

/* The notes changed in the plan, not by typing (an undo, say): the buffer
 * follows, unless typing waits to go into the plan */
static void
sync_notes (CareerSkillsView *self)
{
  g_autofree char *text = NULL;

  if (self->notes_commit_id != 0)
    return;
  text = dup_buffer_text (gtk_text_view_get_buffer (self->notes_view));
  if (g_strcmp0 (text[0] ? text : NULL, plan_notes (self)) != 0)
    load_notes (self);
}

static gboolean
notes_commit_cb (gpointer user_data)
{
  CareerSkillsView *self = user_data;

  self->notes_commit_id = 0;
  commit_notes (self);
  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (CareerSkillsView *self)
{
  if (self->loading_notes || self->plan == NULL || self->detail_skill_id == NULL)
    return;

  g_clear_handle_id (&self->notes_commit_id, g_source_remove);
  self->notes_commit_id = g_timeout_add (NOTES_COMMIT_DELAY_MS, notes_commit_cb, self);
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
    /* Translators: the first choice of the target level, the role's:
     * "3 · AI Engineer's target"; the level first, as in the other choices
     * ("3 · Proficient"), so that it shows when a long title is cut short */
    first = g_strdup_printf (_("%1$u · %2$s's target"),
                             career_skill_requirement_get_target (requirement),
                             career_role_get_title (role));
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

      career_info_row_set_text (self->level_rows[i], title,
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
  if (g_strcmp0 (skill_id, self->detail_skill_id) == 0)
    return;

  commit_notes (self);
  g_free (self->detail_skill_id);
  self->detail_skill_id = g_strdup (skill_id);
  load_notes (self);
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
  gpointer item = career_list_slot_unwrap (gtk_single_selection_get_selected_item (self->selection));
  const char *skill_id = item ? item_skill_id (item) : NULL;

  /* The selected row keeps its skill while a search runs */
  career_recycling_model_set_pinned (self->slots, item);

  if (skill_id != NULL)
    show_detail (self, skill_id);
}

static gboolean
is_category_expanded (CareerSkillsView *self,
                      CareerCategory   *category)
{
  return !g_hash_table_contains (self->collapsed, category);
}

/* Hides or shows the category's skills: one filter change that looks only
 * at the rows shown (collapsing) or hidden (expanding). */
static void
set_category_expanded (CareerSkillsView *self,
                       CareerCategory   *category,
                       gboolean          expanded)
{
  CareerSkillsRow *row;

  if (expanded == is_category_expanded (self, category))
    return;

  if (expanded)
    g_hash_table_remove (self->collapsed, category);
  else
    g_hash_table_add (self->collapsed, category);

  row = g_hash_table_lookup (self->header_rows, category);
  if (row != NULL)
    career_skills_row_sync (row);

  gtk_filter_changed (GTK_FILTER (self->filter),
                      expanded ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
on_list_activate_cb (CareerSkillsView *self,
                     guint             position)
{
  g_autoptr(GObject) slot = g_list_model_get_item (G_LIST_MODEL (self->slots), position);
  gpointer item = career_list_slot_unwrap (slot);

  if (item == NULL)
    return;

  if (CAREER_IS_CATEGORY (item))
    {
      set_category_expanded (self, CAREER_CATEGORY (item),
                             !is_category_expanded (self, CAREER_CATEGORY (item)));
      return;
    }

  show_detail (self, item_skill_id (item));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Where the window is narrow the list and the detail are pages of their
 * own: a click (or tap) on a skill opens its page, as double-click and
 * Enter do; where both show, a click only selects */
static void
open_skill_after_click (CareerSkillsView *self,
                        const char       *skill_id)
{
  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  show_detail (self, skill_id);
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
  CareerRole *role = career_drop_down_get_selected_item (self->target_dropdown);

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

  if (g_strcmp0 (old, self->search_text) == 0)
    return;

  /* Typing narrows, Backspace widens: the filter model then looks only at
   * what it shows (or hides), and the order never changes */
  if (old == NULL && self->search_text != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && self->search_text == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (self->search_text, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, self->search_text) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  if (self->catalog == NULL)
    return;

  /* Headers follow their skills, in the same direction: a category keeps
   * a match while the text narrows only if it had one */
  update_filter_state (self);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_empty_state (self);
}

static void
on_filters_changed_cb (CareerSkillsView *self)
{
  if (self->catalog == NULL)
    return;

  update_filter_state (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_state (self);
}

/* Sorting happens here and when the catalog or the plan changes, never on
 * a keystroke.  The store replaces only the stretch whose order changed,
 * and the list view keeps the rows of the items it still shows. */
static void
on_sort_changed_cb (CareerSkillsView *self)
{
  self->sorted = FALSE;
  rebuild_items (self);
}

/* Object */

static void
career_skills_view_dispose (GObject *object)
{
  CareerSkillsView *self = (CareerSkillsView *) object;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->notes_commit_id, g_source_remove);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);

  gtk_widget_dispose_template (GTK_WIDGET (self), CAREER_TYPE_SKILLS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);
  g_clear_object (&self->orphan_category);
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->category_skills, g_hash_table_unref);
  g_clear_pointer (&self->matching, g_hash_table_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->header_rows, g_hash_table_unref);
  g_clear_pointer (&self->detail_skill_id, g_free);

  G_OBJECT_CLASS (career_skills_view_parent_class)->dispose (object);
}

static void
career_skills_view_class_init (CareerSkillsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_skills_view_dispose;

  g_type_ensure (CAREER_TYPE_DROP_DOWN);
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
  gtk_widget_class_bind_template_child (widget_class, CareerSkillsView, levels_list);
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

  /* Before the template: its drop-downs' handlers use these */
  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->orphans = g_ptr_array_new_with_free_func (g_object_unref);
  self->matching = g_hash_table_new (NULL, NULL);
  self->collapsed = g_hash_table_new (NULL, NULL);
  self->header_rows = g_hash_table_new (NULL, NULL);
  self->category_skills = g_hash_table_new_full (NULL, NULL, NULL,
                                                 (GDestroyNotify) g_ptr_array_unref);
  self->status_serial = 1;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->orphan_category = career_category_new ("orphans", _("No Longer in the Catalog"),
                                               _("Skills of your plan that the catalog no "
                                                 "longer has; your entries are kept"));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->slots = career_recycling_model_new (G_LIST_MODEL (self->filtered));
  /* A search shows its first rows in the frame after the keystroke and
   * the rest in the next ones, each within a frame (docs/benchmarks.md) */
  career_recycling_model_set_frame_widget (self->slots, GTK_WIDGET (self->list_view),
                                           SKILL_ROWS_PER_FRAME);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_empty_state), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  update_empty_state (self);

  for (guint i = 0; i <= CAREER_SKILL_LEVEL_MAX; i++)
    {
      GtkWidget *row = career_info_row_new ("", NULL);
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Your level"), -1);
      career_info_row_add_suffix (row, check);
      g_object_set_data (G_OBJECT (row), "check", check);
      gtk_list_box_append (self->levels_list, row);
      self->level_rows[i] = row;
    }

  title = gtk_property_expression_new (CAREER_TYPE_ROLE, NULL, "title");
  career_drop_down_set_expression (self->target_dropdown, title);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_notes_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), focus);

  gtk_search_entry_set_key_capture_widget (self->search_entry, self->list_page);
  career_set_accessible_label (GTK_WIDGET (self->target_dropdown), _("Target role"));
  career_set_accessible_label (GTK_WIDGET (self->category_dropdown), _("Category"));
  career_set_accessible_label (GTK_WIDGET (self->sort_dropdown), _("Sort order"));
  gtk_list_box_set_placeholder (self->history_list,
                                career_list_placeholder_new (_("No level changes recorded yet")));
}

/* The list view lets go of the model while the view changes catalog or
 * plan: every row is unbound from the old ones and bound again. */
static void
detach_list (CareerSkillsView *self)
{
  gtk_list_view_set_model (self->list_view, NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
rebuild_model (CareerSkillsView *self)
{
  self->status_serial++;
  self->sorted = FALSE;
  g_hash_table_remove_all (self->collapsed);

  collect_orphans (self);
  update_filter_state (self);
  rebuild_items (self);
  /* Items that stayed from before may have been hidden by the old plan */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  if (self->catalog == NULL || self->plan == NULL)
    {
      update_empty_state (self);
      return;
    }

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

  if (self->catalog == catalog)
    return;

  /* Let go of the old catalog's skills and categories before the catalog */
  detach_list (self);
  g_list_store_remove_all (self->items);
  g_ptr_array_set_size (self->orphans, 0);
  g_hash_table_remove_all (self->matching);
  g_hash_table_remove_all (self->collapsed);
  g_hash_table_remove_all (self->category_skills);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  self->chosen = NULL;
  g_set_object (&self->catalog, catalog);

  gtk_string_list_append (categories, _("All Categories"));

  if (catalog != NULL)
    {
      GListModel *skills = career_catalog_get_skills (catalog);

      /* Once per catalog: each skill's entry, and each category's skills */
      self->entries = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
        {
          g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);
          CareerCategory *category = career_skill_get_category (skill);
          GPtrArray *members;

          g_hash_table_insert (self->entries, skill, g_new0 (SkillEntry, 1));

          /* A skill of no known category is listed nowhere, as before */
          if (category == NULL)
            continue;
          members = g_hash_table_lookup (self->category_skills, category);
          if (members == NULL)
            {
              members = g_ptr_array_new ();
              g_hash_table_insert (self->category_skills, category, members);
            }
          g_ptr_array_add (members, skill);
        }
    }

  if (catalog != NULL)
    {
      GListModel *model = career_catalog_get_categories (catalog);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(CareerCategory) category = g_list_model_get_item (model, i);

          gtk_string_list_append (categories, career_category_get_name (category));
        }
      career_drop_down_set_model (self->target_dropdown, career_catalog_get_roles (catalog));
    }

  career_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
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

  /* What was typed goes into the plan it was typed for */
  commit_notes (self);
  detach_list (self);
  if (self->plan != NULL)
    g_clear_signal_handler (&self->plan_changed_id, self->plan);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->detail_skill_id, g_free);
  load_notes (self);
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
 * career_skills_view_commit_edits:
 *
 * Puts the notes being typed into the plan now rather than after the
 * pause it waits for: before the plan is saved, exported or closed.
 */
void
career_skills_view_commit_edits (CareerSkillsView *self)
{
  g_return_if_fail (CAREER_IS_SKILLS_VIEW (self));

  commit_notes (self);
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
  GListModel *model = G_LIST_MODEL (self->filtered);
  CareerSkill *skill;

  g_return_val_if_fail (CAREER_IS_SKILLS_VIEW (self), FALSE);
  g_return_val_if_fail (skill_id != NULL, FALSE);

  if (self->catalog == NULL || self->plan == NULL)
    return FALSE;

  /* Clear the filters that could hide the skill, and open its category. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  career_drop_down_set_selected (self->category_dropdown, 0);
  skill = career_catalog_lookup_skill (self->catalog, skill_id);
  if (skill != NULL && career_skill_get_category (skill) != NULL)
    set_category_expanded (self, career_skill_get_category (skill), TRUE);
  else if (skill == NULL)
    set_category_expanded (self, self->orphan_category, TRUE);
  /* A change to the plan not yet taken in could hide it too */
  if (self->refresh_id != 0)
    {
      g_clear_handle_id (&self->refresh_id, g_source_remove);
      refresh_cb (self);
    }
  /* The rows' positions are looked up in the list below them */
  career_recycling_model_settle (self->slots);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

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
