/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

#define CAREER_TYPE_SKILLS_VIEW (career_skills_view_get_type ())

G_DECLARE_FINAL_TYPE (CareerSkillsView, career_skills_view, CAREER, SKILLS_VIEW, GtkWidget)

void     career_skills_view_set_catalog   (CareerSkillsView *self,
                                           CareerCatalog    *catalog);
void     career_skills_view_set_plan      (CareerSkillsView *self,
                                           CareerPlan       *plan);
gboolean career_skills_view_show_skill    (CareerSkillsView *self,
                                           const char       *skill_id);
void     career_skills_view_focus_search  (CareerSkillsView *self);
void     career_skills_view_commit_edits  (CareerSkillsView *self);

typedef enum
{
  CAREER_SKILL_SORT_NAME,
  CAREER_SKILL_SORT_GAP,
  CAREER_SKILL_SORT_IMPORTANCE,
} CareerSkillSort;

/* Plain decisions of the view, tested without a display. */
gboolean career_skill_matches_search      (CareerSkill      *skill,
                                           const char       *casefolded_text);
int      career_skill_compare             (CareerPlan       *plan,
                                           CareerCatalog    *catalog,
                                           CareerRole       *role,
                                           CareerSkillSort   sort,
                                           CareerSkill      *a,
                                           CareerSkill      *b);

G_END_DECLS
