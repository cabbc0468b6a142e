/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CAREER_TYPE_HISTORY_ENTRY (career_history_entry_get_type ())

G_DECLARE_FINAL_TYPE (CareerHistoryEntry, career_history_entry, CAREER, HISTORY_ENTRY, GObject)

CareerHistoryEntry *career_history_entry_new           (GDateTime          *date,
                                                        const char         *skill_id,
                                                        int                 old_level,
                                                        int                 new_level,
                                                        const char         *note);
GDateTime          *career_history_entry_get_date      (CareerHistoryEntry *self);
const char         *career_history_entry_get_skill_id  (CareerHistoryEntry *self);
int                 career_history_entry_get_old_level (CareerHistoryEntry *self);
int                 career_history_entry_get_new_level (CareerHistoryEntry *self);
const char         *career_history_entry_get_note      (CareerHistoryEntry *self);

G_END_DECLS
