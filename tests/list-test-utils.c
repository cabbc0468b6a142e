/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include "list-test-utils.h"

#include "career-recycling-model.h"

/* What @list shows (its selection model, of CareerListSlots), with its
 * slots settled: a list filled while off screen shows its rows over frames
 * from its map on */
GListModel *
shown_list (GtkListView *list)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (list);
  g_autoptr(GListModel) slots = NULL;

  g_object_get (selection, "model", &slots, NULL);
  career_recycling_model_settle (CAREER_RECYCLING_MODEL (slots));
  return G_LIST_MODEL (selection);
}
