/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "career-catalog.h"

G_BEGIN_DECLS

/*
 * Generated catalogs and plans, as JSON text in the formats of
 * data/catalog/README.md and data/plan-format.md, built in memory and
 * deterministic (the same spec gives the same bytes).
 *
 * Ids: categories "cat-N", skills "skill-N", roles "role-N", the program
 * "gen" with courses "c-N" (in plans, "gen/c-N").  Skill names are two
 * made-up words ("Vantor Silmeka") and descriptions a sentence of such
 * words, so that a search narrows as a person types.  Course c-N (N > 0,
 * N not a multiple of 5) requires c-(N-1) or c-(N/2): a DAG in which the
 * courses of a plan taken in order meet their prerequisites.
 */

typedef struct
{
  guint n_categories;
  guint n_skills;      /* skills defined in this file (0: none) */
  guint skill_space;   /* ids that roles and courses refer to: skill-0 .. skill-(skill_space-1) */
  guint n_roles;
  guint role_size;     /* skills each role lists, at most skill_space */
  guint n_courses;     /* courses of the program "gen"; 0: no program */
  guint core_size;     /* course nodes in the program's "Core" n-of group */
  guint elective_pool; /* courses listed by the "Electives" credits-from node */
} BenchCatalogSpec;

typedef struct
{
  guint n_skills;       /* skill states: skill-0 .. skill-(n_skills-1) */
  guint n_history;      /* history entries in all, spread over the skills, consistent */
  guint n_entries;      /* course entries; entry k takes gen/c-(k mod n_courses) */
  guint n_courses;      /* courses of the program to draw from */
  guint per_term;       /* entries per term */
  const char *role_id;  /* nullable */
} BenchPlanSpec;

GString    *bench_generate_catalog   (const BenchCatalogSpec *spec);
GString    *bench_generate_plan      (const BenchPlanSpec    *spec);

/* The catalog generated plans are read with: 10 categories, 200 skills,
 * 4 roles of 40 skills, and the program "gen" of @n_courses courses */
CareerCatalog *bench_load_plan_catalog (guint                n_courses);

/* The made-up word of skill @index's name, lower case: a search that finds it */
char       *bench_skill_word         (guint                   index);

G_END_DECLS
