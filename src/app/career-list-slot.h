/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAREER_TYPE_LIST_SLOT (career_list_slot_get_type ())

G_DECLARE_FINAL_TYPE (CareerListSlot, career_list_slot, CAREER, LIST_SLOT, GObject)

CareerListSlot *career_list_slot_new      (gpointer        item);
gpointer        career_list_slot_get_item (CareerListSlot *self);
void            career_list_slot_set_item (CareerListSlot *self,
                                           gpointer        item);
gpointer        career_list_slot_unwrap   (gpointer        object);
void            career_list_slot_add_row    (CareerListSlot *self);
void            career_list_slot_remove_row (CareerListSlot *self);
gboolean        career_list_slot_has_rows   (CareerListSlot *self);

typedef void (*CareerListSlotBindFunc) (gpointer     user_data,
                                        GtkListItem *list_item);

gpointer        career_list_slot_bound    (GtkListItem           *list_item);
void            career_list_slot_follow   (GtkListItem           *list_item,
                                           CareerListSlotBindFunc bind,
                                           gpointer               user_data);
void            career_list_slot_unfollow (GtkListItem           *list_item);

G_END_DECLS
