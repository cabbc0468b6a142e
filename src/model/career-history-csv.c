/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The skill history as CSV (RFC 4180) for a spreadsheet: one row per level
 * change, oldest first.
 */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "career-history-csv.h"
#include "career-history-entry.h"
#include "career-skill-state.h"

static void
append_field (GString    *csv,
              const char *value)
{
  if (value == NULL)
    value = "";

  /* Quote fields with separators, quotes or line breaks; a leading = + - @
   * is quoted and prefixed so that a spreadsheet never runs a note as a
   * formula. */
  gboolean formula = value[0] != '\0' && strchr ("=+-@", value[0]) != NULL;

  if (formula || strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (csv, '"');
      if (formula)
        g_string_append_c (csv, '\'');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (csv, '"');
          g_string_append_c (csv, *p);
        }
      g_string_append_c (csv, '"');
    }
  else
    {
      g_string_append (csv, value);
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  CareerHistoryEntry *ea = *(CareerHistoryEntry **) a;
  CareerHistoryEntry *eb = *(CareerHistoryEntry **) b;

  int order = g_date_time_compare (career_history_entry_get_date (ea),
                                   career_history_entry_get_date (eb));

  /* g_ptr_array_sort is not stable: break ties so the output is repeatable. */
  if (order == 0)
    order = g_strcmp0 (career_history_entry_get_skill_id (ea),
                       career_history_entry_get_skill_id (eb));
  return order;
}

/**
 * career_history_to_csv:
 *
 * Returns: (transfer full): a header line ("date,skill id,skill,old level,new
 *   level,note") and one line per history entry, dates in ISO 8601 (UTC)
 */
char *
career_history_to_csv (CareerPlan    *plan,
                       CareerCatalog *catalog)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *states;
  GString *csv;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);

  states = career_plan_get_skill_states (plan);
  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(CareerSkillState) state = g_list_model_get_item (states, i);
      GListModel *history = career_skill_state_get_history (state);

      for (guint k = 0; k < g_list_model_get_n_items (history); k++)
        g_ptr_array_add (entries, g_list_model_get_item (history, k));
    }
  g_ptr_array_sort (entries, compare_entries);

  csv = g_string_new (NULL);
  /* The header stays in English: it names columns for programs as much as
   * for people, like the ids in the second column. */
  g_string_append (csv, "date,skill id,skill,old level,new level,note\r\n");

  for (guint i = 0; i < entries->len; i++)
    {
      CareerHistoryEntry *entry = g_ptr_array_index (entries, i);
      const char *skill_id = career_history_entry_get_skill_id (entry);
      CareerSkill *skill = career_catalog_lookup_skill (catalog, skill_id);
      g_autofree char *date = g_date_time_format_iso8601 (career_history_entry_get_date (entry));

      append_field (csv, date);
      g_string_append_c (csv, ',');
      append_field (csv, skill_id);
      g_string_append_c (csv, ',');
      append_field (csv, skill != NULL ? career_skill_get_name (skill) : skill_id);
      g_string_append_printf (csv, ",%d,%d,", career_history_entry_get_old_level (entry),
                              career_history_entry_get_new_level (entry));
      append_field (csv, career_history_entry_get_note (entry));
      g_string_append (csv, "\r\n");
    }

  return g_string_free (csv, FALSE);
}
