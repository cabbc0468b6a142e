/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "career-plan-check.h"

/* The warnings of a plan; see career-plan-check.h for the rules. */

#define MAX_TERMS_NAMED 3

struct _CareerPlanCheck
{
  GObject     parent_instance;

  GPtrArray  *terms;      /* CareerPlanTermCheck, in the plan's order */
  GHashTable *by_entry;   /* CareerPlanCourse -> CareerPlanEntryCheck */
};

G_DEFINE_FINAL_TYPE (CareerPlanCheck, career_plan_check, G_TYPE_OBJECT)

/* Where a course appears: its distinct terms in date order, with counts */
typedef struct
{
  GArray *terms;   /* guint: date ranks, ascending */
  GArray *counts;  /* guint: entries in each of those terms */
  guint   first_rank;
  guint   first_position;
} Occurrences;

typedef struct
{
  CareerPlanCheck *self;
  CareerCatalog   *catalog;
  CareerProgram   *program;
  guint           *rank_to_position; /* date rank -> the term's position */
  char           **labels;           /* by position */
  GHashTable      *occurrences;      /* course id -> Occurrences */
  GHashTable      *before;           /* course ids of the terms before the current one */
} Checker;

/* Locale-aware, as career_format_number(), which the model cannot use */
static char *
format_hours (double value)
{
  if (fabs (round (value) - value) < 0.05)
    return g_strdup_printf ("%'.0f", value);
  return g_strdup_printf ("%'.1f", value);
}

static void
warning_free (gpointer data)
{
  CareerPlanWarning *warning = data;

  if (warning == NULL)
    return;
  g_free (warning->reason);
  g_free (warning->note);
  g_free (warning);
}

static void
hint_free (gpointer data)
{
  CareerPlanHint *hint = data;

  g_free (hint->text);
  g_free (hint);
}

static void
entry_check_free (gpointer data)
{
  CareerPlanEntryCheck *check = data;

  g_clear_object (&check->entry);
  g_clear_object (&check->course);
  g_clear_pointer (&check->warnings, g_ptr_array_unref);
  g_clear_pointer (&check->hints, g_ptr_array_unref);
  g_free (check);
}

static void
term_check_free (gpointer data)
{
  CareerPlanTermCheck *check = data;

  g_clear_object (&check->term);
  g_clear_pointer (&check->workload_text, g_free);
  g_clear_pointer (&check->capacity, warning_free);
  g_clear_pointer (&check->entries, g_ptr_array_unref);
  g_free (check);
}

static void
occurrences_free (gpointer data)
{
  Occurrences *occurrences = data;

  g_array_unref (occurrences->terms);
  g_array_unref (occurrences->counts);
  g_free (occurrences);
}

static CareerPlanWarning *
warning_new (const char       *kind,
             char             *reason,
             CareerPlanCourse *entry)
{
  CareerPlanWarning *warning = g_new0 (CareerPlanWarning, 1);
  const char *note = entry != NULL ? career_plan_course_get_override (entry, kind) : NULL;

  warning->kind = kind;
  warning->reason = reason;
  warning->overridden = note != NULL;
  warning->note = g_strdup (note);

  return warning;
}

static void
add_hint (CareerPlanEntryCheck *check,
          CareerPlanHintKind    kind,
          char                 *text)
{
  CareerPlanHint *hint = g_new0 (CareerPlanHint, 1);

  hint->kind = kind;
  hint->text = text;
  g_ptr_array_add (check->hints, hint);
}

static const char *
course_code (CareerCatalog *catalog,
             const char    *course_id)
{
  CareerCourse *course = career_catalog_lookup_course (catalog, course_id);

  return course != NULL ? career_course_get_code (course) : course_id;
}

static gboolean
prereq_met (CareerPrereq *prereq,
            GHashTable   *before)
{
  switch (prereq->kind)
    {
    case CAREER_PREREQ_COURSE:
      return g_hash_table_contains (before, prereq->course_id);

    case CAREER_PREREQ_ALL:
      for (guint i = 0; i < prereq->children->len; i++)
        if (!prereq_met (g_ptr_array_index (prereq->children, i), before))
          return FALSE;
      return TRUE;

    case CAREER_PREREQ_ANY:
    default:
      for (guint i = 0; i < prereq->children->len; i++)
        if (prereq_met (g_ptr_array_index (prereq->children, i), before))
          return TRUE;
      return FALSE;
    }
}

/* Describes the part of @prereq that is not met: "COMP 614 and COMP 680",
 * "CS 1 or CS 2", "COMP 614 and (CS 1 or CS 2)" */
static void
describe_unmet (CareerPrereq  *prereq,
                GHashTable    *before,
                CareerCatalog *catalog,
                GString       *text,
                gboolean       nested)
{
  g_autoptr(GPtrArray) parts = NULL;

  if (prereq->kind == CAREER_PREREQ_COURSE)
    {
      g_string_append (text, course_code (catalog, prereq->course_id));
      return;
    }

  parts = g_ptr_array_new ();
  for (guint i = 0; i < prereq->children->len; i++)
    {
      CareerPrereq *child = g_ptr_array_index (prereq->children, i);

      /* Of an all-of, only what is missing; of an any-of, every choice */
      if (prereq->kind == CAREER_PREREQ_ALL && prereq_met (child, before))
        continue;
      g_ptr_array_add (parts, child);
    }

  if (nested && parts->len > 1)
    g_string_append_c (text, '(');
  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (text, prereq->kind == CAREER_PREREQ_ALL
                               /* Translators: joins courses that are all needed */
                               ? _(" and ")
                               /* Translators: joins courses of which one is needed */
                               : _(" or "));
      describe_unmet (g_ptr_array_index (parts, i), before, catalog, text, TRUE);
    }
  if (nested && parts->len > 1)
    g_string_append_c (text, ')');
}

static char *
describe (CareerPrereq  *prereq,
          GHashTable    *before,
          CareerCatalog *catalog)
{
  GString *text = g_string_new (NULL);

  describe_unmet (prereq, before, catalog, text, FALSE);
  return g_string_free (text, FALSE);
}

static CareerOffering
season_flag (CareerSeason season)
{
  switch (season)
    {
    case CAREER_SEASON_SPRING:
      return CAREER_OFFERED_SPRING;
    case CAREER_SEASON_SUMMER:
      return CAREER_OFFERED_SUMMER;
    case CAREER_SEASON_FALL:
    default:
      return CAREER_OFFERED_FALL;
    }
}

static char *
not_offered_reason (CareerSeason season)
{
  switch (season)
    {
    case CAREER_SEASON_SPRING:
      return g_strdup (_("Not offered in spring"));
    case CAREER_SEASON_SUMMER:
      return g_strdup (_("Not offered in summer"));
    case CAREER_SEASON_FALL:
    default:
      return g_strdup (_("Not offered in fall"));
    }
}

static char *
no_term_reason (CareerSeason season)
{
  switch (season)
    {
    case CAREER_SEASON_SPRING:
      return g_strdup (_("The program has no spring term"));
    case CAREER_SEASON_SUMMER:
      return g_strdup (_("The program has no summer term"));
    case CAREER_SEASON_FALL:
    default:
      return g_strdup (_("The program has no fall term"));
    }
}

static guint
find_rank (GArray *ranks,
           guint   rank)
{
  guint lo = 0, hi = ranks->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (ranks, guint, mid) < rank)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* "Also in Fall 2025, Spring 2026 and 2 other terms" */
static char *
duplicate_reason (Checker     *checker,
                  Occurrences *occurrences,
                  guint        own_rank)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint own = find_rank (occurrences->terms, own_rank);
  gboolean again_here = g_array_index (occurrences->counts, guint, own) > 1;
  guint n_others = occurrences->terms->len - 1 + (again_here ? 1 : 0);
  guint n_named = 0;

  for (guint i = 0; i < occurrences->terms->len && n_named < MAX_TERMS_NAMED; i++)
    {
      guint rank = g_array_index (occurrences->terms, guint, i);

      if (i == own && !again_here)
        continue;
      if (n_named > 0)
        /* Translators: separates the items of a list, as in "Fall 2025, Spring 2026" */
        g_string_append (names, _(", "));
      g_string_append (names, i == own ? _("this term")
                                       : checker->labels[checker->rank_to_position[rank]]);
      n_named++;
    }

  if (n_named == n_others)
    /* Translators: %s is a list of terms, as in "Fall 2025, Spring 2026" */
    return g_strdup_printf (_("Also in %s"), names->str);

  /* Translators: %s is a list of terms, %u the number of terms not listed */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Also in %s and %u other term",
                                    "Also in %s and %u other terms",
                                    n_others - n_named),
                          names->str, n_others - n_named);
}

static CareerPlanEntryCheck *
check_entry (Checker          *checker,
             CareerTerm       *term,
             guint             rank,
             CareerPlanCourse *entry,
             guint             position)
{
  CareerPlanEntryCheck *check = g_new0 (CareerPlanEntryCheck, 1);
  const char *course_id = career_plan_course_get_course_id (entry);
  CareerCourse *course = career_catalog_lookup_course (checker->catalog, course_id);
  CareerSeason season = career_term_get_season (term);
  Occurrences *occurrences;

  check->entry = g_object_ref (entry);
  check->course = course != NULL ? g_object_ref (course) : NULL;
  check->position = position;
  check->warnings = g_ptr_array_new_with_free_func (warning_free);
  check->hints = g_ptr_array_new_with_free_func (hint_free);

  if (course == NULL)
    {
      g_ptr_array_add (check->warnings,
                       warning_new (CAREER_PLAN_WARNING_UNKNOWN_COURSE,
                                    /* Translators: %s is a course id, "rice-mcs-online/comp-642" */
                                    g_strdup_printf (_("Not in the catalog: %s"), course_id),
                                    entry));
    }
  else
    {
      CareerPrereq *required = career_course_get_required (course);
      CareerPrereq *advised = career_course_get_advised (course);
      const char *note = career_course_get_prerequisite_note (course);
      CareerOffering offering;

      if (required != NULL && !prereq_met (required, checker->before))
        {
          g_autofree char *missing = describe (required, checker->before, checker->catalog);

          g_ptr_array_add (check->warnings,
                           warning_new (CAREER_PLAN_WARNING_PREREQUISITE,
                                        /* Translators: %s names courses, as in "COMP 614 and
                                         * COMP 680" */
                                        g_strdup_printf (_("Needs %s in an earlier term"), missing),
                                        entry));
        }

      if (career_course_get_offering (course, &offering))
        {
          if ((offering & season_flag (season)) == 0)
            g_ptr_array_add (check->warnings,
                             warning_new (CAREER_PLAN_WARNING_OFFERING,
                                          not_offered_reason (season), entry));
        }
      else
        {
          const char *program_id = career_course_get_program_id (course);
          CareerProgram *program = career_catalog_lookup_program (checker->catalog, program_id);
          CareerOffering terms = program != NULL ? career_program_get_terms (program) : 0;

          if (terms != 0 && (terms & season_flag (season)) == 0)
            g_ptr_array_add (check->warnings,
                             warning_new (CAREER_PLAN_WARNING_OFFERING,
                                          no_term_reason (season), entry));
        }

      if (advised != NULL && !prereq_met (advised, checker->before))
        {
          g_autofree char *missing = describe (advised, checker->before, checker->catalog);

          add_hint (check, CAREER_PLAN_HINT_ADVISED,
                    /* Translators: %s names courses, as in "COMP 614 and COMP 680" */
                    g_strdup_printf (_("Advised in an earlier term: %s"), missing));
        }

      if (note != NULL)
        add_hint (check, CAREER_PLAN_HINT_NOTE, g_strdup (note));

      if (checker->program != NULL &&
          g_strcmp0 (career_course_get_program_id (course),
                     career_program_get_id (checker->program)) != 0)
        add_hint (check, CAREER_PLAN_HINT_OUTSIDE_PROGRAM,
                  /* Translators: %s is the name of a degree program */
                  g_strdup_printf (_("Not a course of %s; it does not count toward the degree"),
                                   career_program_get_name (checker->program)));
    }

  occurrences = g_hash_table_lookup (checker->occurrences, course_id);
  if (occurrences->first_rank != rank || occurrences->first_position != position)
    g_ptr_array_add (check->warnings,
                     warning_new (CAREER_PLAN_WARNING_DUPLICATE,
                                  duplicate_reason (checker, occurrences, rank), entry));

  return check;
}

/**
 * career_plan_check_compute_workload:
 * @term: a term
 * @catalog: the catalog
 * @hours: (out): the known weekly hours: the known workloads of the term's
 *   courses and the weekly hours of its other learning
 * @n_unknown: (out): the courses whose workload is not known (courses the
 *   catalog does not have included)
 */
void
career_plan_check_compute_workload (CareerTerm    *term,
                                    CareerCatalog *catalog,
                                    double        *hours,
                                    guint         *n_unknown)
{
  GListModel *courses, *other;

  g_return_if_fail (CAREER_IS_TERM (term));
  g_return_if_fail (CAREER_IS_CATALOG (catalog));
  g_return_if_fail (hours != NULL && n_unknown != NULL);

  *hours = 0.0;
  *n_unknown = 0;

  courses = career_term_get_courses (term);
  for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
    {
      g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, i);
      const char *course_id = career_plan_course_get_course_id (entry);
      CareerCourse *course = career_catalog_lookup_course (catalog, course_id);
      double workload;

      if (course != NULL && career_course_get_workload (course, &workload, NULL))
        *hours += workload;
      else
        (*n_unknown)++;
    }

  other = career_term_get_other_learning (term);
  for (guint i = 0; i < g_list_model_get_n_items (other); i++)
    {
      g_autoptr(CareerOtherLearning) item = g_list_model_get_item (other, i);

      *hours += career_other_learning_get_weekly_hours (item);
    }
}

static void
check_capacity (Checker             *checker,
                CareerPlanTermCheck *term_check,
                double               available)
{
  g_autofree char *hours = NULL;
  g_autofree char *limit = NULL;
  const char *note = NULL;
  char *reason;

  career_plan_check_compute_workload (term_check->term, checker->catalog,
                                      &term_check->weekly_hours, &term_check->n_unknown_workload);
  term_check->hours_available = available;

  /* With no hours known, "At least 0 h a week" would say nothing: then
   * "Not known", as the PDF's Per Term table says it.  The term card and
   * the PDF's term headings both show this text. */
  hours = format_hours (term_check->weekly_hours);
  if (term_check->n_unknown_workload == 0)
    /* Translators: weekly hours of study, as in "12 h a week" */
    term_check->workload_text = g_strdup_printf (_("%s h a week"), hours);
  else if (term_check->weekly_hours == 0)
    term_check->workload_text = g_strdup (_("Not known"));
  else
    term_check->workload_text =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "At least %s h a week; %u course's workload not known",
                                 "At least %s h a week; %u courses' workload not known",
                                 term_check->n_unknown_workload),
                       hours, term_check->n_unknown_workload);

  /* Known hours only: unknown workloads could only add to them */
  if (term_check->weekly_hours <= available + 1e-9)
    return;

  limit = format_hours (available);
  if (term_check->n_unknown_workload == 0)
    /* Translators: %1$s and %2$s are numbers of hours */
    reason = g_strdup_printf (_("%1$s h a week planned, %2$s h available"), hours, limit);
  else
    reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "At least %1$s h a week planned, %2$s h available; "
                                        "%3$u course's workload not known",
                                        "At least %1$s h a week planned, %2$s h available; "
                                        "%3$u courses' workload not known",
                                        term_check->n_unknown_workload),
                              hours, limit, term_check->n_unknown_workload);

  term_check->capacity = warning_new (CAREER_PLAN_WARNING_CAPACITY, reason, NULL);
  for (guint i = 0; i < term_check->entries->len && note == NULL; i++)
    {
      CareerPlanEntryCheck *entry_check = g_ptr_array_index (term_check->entries, i);

      note = career_plan_course_get_override (entry_check->entry, CAREER_PLAN_WARNING_CAPACITY);
    }
  term_check->capacity->overridden = note != NULL;
  term_check->capacity->note = g_strdup (note);
}

/* GObject */

static void
career_plan_check_finalize (GObject *object)
{
  CareerPlanCheck *self = (CareerPlanCheck *) object;

  g_clear_pointer (&self->by_entry, g_hash_table_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);

  G_OBJECT_CLASS (career_plan_check_parent_class)->finalize (object);
}

static void
career_plan_check_class_init (CareerPlanCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_plan_check_finalize;
}

static void
career_plan_check_init (CareerPlanCheck *self)
{
  self->terms = g_ptr_array_new_with_free_func (term_check_free);
  self->by_entry = g_hash_table_new (NULL, NULL);
}

static int
compare_positions_by_date (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  GListModel *terms = user_data;
  g_autoptr(CareerTerm) ta = g_list_model_get_item (terms, *(const guint *) a);
  g_autoptr(CareerTerm) tb = g_list_model_get_item (terms, *(const guint *) b);
  int order = career_term_compare (ta, tb);

  if (order != 0)
    return order;
  return *(const guint *) a < *(const guint *) b ? -1 : *(const guint *) a > *(const guint *) b;
}

/**
 * career_plan_check_new:
 * @plan: the plan
 * @catalog: the catalog its courses come from
 * @program: (nullable): the plan's program, for the hints about courses of
 *   other programs
 *
 * Checks every entry and term of @plan.  The result is a snapshot; check
 * again after the plan changes.
 *
 * Returns: (transfer full): the warnings
 */
CareerPlanCheck *
career_plan_check_new (CareerPlan    *plan,
                       CareerCatalog *catalog,
                       CareerProgram *program)
{
  CareerPlanCheck *self;
  GListModel *terms;
  Checker checker = { 0, };
  guint n_terms;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (program == NULL || CAREER_IS_PROGRAM (program), NULL);

  self = g_object_new (CAREER_TYPE_PLAN_CHECK, NULL);
  terms = career_plan_get_terms (plan);
  n_terms = g_list_model_get_n_items (terms);

  checker.self = self;
  checker.catalog = catalog;
  checker.program = program;
  checker.rank_to_position = g_new0 (guint, MAX (n_terms, 1));
  checker.labels = g_new0 (char *, n_terms + 1);
  checker.occurrences = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, occurrences_free);
  checker.before = g_hash_table_new (g_str_hash, g_str_equal);

  /* Terms by date.  Plans keep them so; equal dates share a rank. */
  for (guint t = 0; t < n_terms; t++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);

      checker.rank_to_position[t] = t;
      checker.labels[t] = career_term_dup_label (term);
    }
  g_qsort_with_data (checker.rank_to_position, (gint) n_terms, sizeof (guint),
                     compare_positions_by_date, terms);

  /* Where each course appears, in date order */
  for (guint r = 0; r < n_terms; r++)
    {
      guint t = checker.rank_to_position[r];
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
      GListModel *courses = career_term_get_courses (term);

      for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
        {
          g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, i);
          const char *course_id = career_plan_course_get_course_id (entry);
          Occurrences *occurrences = g_hash_table_lookup (checker.occurrences, course_id);

          if (occurrences == NULL)
            {
              occurrences = g_new0 (Occurrences, 1);
              occurrences->terms = g_array_new (FALSE, FALSE, sizeof (guint));
              occurrences->counts = g_array_new (FALSE, FALSE, sizeof (guint));
              occurrences->first_rank = r;
              occurrences->first_position = i;
              /* The entry stays in the plan, which outlives this function */
              g_hash_table_insert (checker.occurrences, (gpointer) course_id, occurrences);
            }
          if (occurrences->terms->len == 0 ||
              g_array_index (occurrences->terms, guint, occurrences->terms->len - 1) != r)
            {
              guint one = 1;

              g_array_append_val (occurrences->terms, r);
              g_array_append_val (occurrences->counts, one);
            }
          else
            g_array_index (occurrences->counts, guint, occurrences->counts->len - 1)++;
        }
    }

  for (guint t = 0; t < n_terms; t++)
    g_ptr_array_add (self->terms, NULL);

  /* Terms in date order, each against the courses of the terms before it */
  for (guint r = 0; r < n_terms; )
    {
      guint end = r + 1;

      /* Terms of the same date (a plan has none) see each other as "not before" */
      while (end < n_terms)
        {
          g_autoptr(CareerTerm) a = g_list_model_get_item (terms, checker.rank_to_position[r]);
          g_autoptr(CareerTerm) b = g_list_model_get_item (terms, checker.rank_to_position[end]);

          if (career_term_compare (a, b) != 0)
            break;
          end++;
        }

      for (guint k = r; k < end; k++)
        {
          guint t = checker.rank_to_position[k];
          CareerPlanTermCheck *term_check = g_new0 (CareerPlanTermCheck, 1);
          GListModel *courses;

          term_check->term = g_list_model_get_item (terms, t);
          term_check->position = t;
          term_check->entries = g_ptr_array_new_with_free_func (entry_check_free);
          courses = career_term_get_courses (term_check->term);

          for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
            {
              g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (courses, i);
              CareerPlanEntryCheck *entry_check = check_entry (&checker, term_check->term, k,
                                                               entry, i);

              g_ptr_array_add (term_check->entries, entry_check);
              g_hash_table_insert (self->by_entry, entry_check->entry, entry_check);
            }

          check_capacity (&checker, term_check, career_plan_get_weekly_hours (plan));
          g_ptr_array_index (self->terms, t) = term_check;
        }

      for (guint k = r; k < end; k++)
        {
          CareerPlanTermCheck *term_check = g_ptr_array_index (self->terms,
                                                               checker.rank_to_position[k]);

          for (guint i = 0; i < term_check->entries->len; i++)
            {
              CareerPlanEntryCheck *entry_check = g_ptr_array_index (term_check->entries, i);

              g_hash_table_add (checker.before,
                                (gpointer) career_plan_course_get_course_id (entry_check->entry));
            }
        }
      r = end;
    }

  g_hash_table_unref (checker.before);
  g_hash_table_unref (checker.occurrences);
  g_strfreev (checker.labels);
  g_free (checker.rank_to_position);

  return self;
}

guint
career_plan_check_get_n_terms (CareerPlanCheck *self)
{
  g_return_val_if_fail (CAREER_IS_PLAN_CHECK (self), 0);

  return self->terms->len;
}

/**
 * career_plan_check_get_term:
 * @position: a term's position in the plan
 *
 * Returns: (transfer none): the term's check
 */
const CareerPlanTermCheck *
career_plan_check_get_term (CareerPlanCheck *self,
                            guint            position)
{
  g_return_val_if_fail (CAREER_IS_PLAN_CHECK (self), NULL);
  g_return_val_if_fail (position < self->terms->len, NULL);

  return g_ptr_array_index (self->terms, position);
}

/**
 * career_plan_check_get_entry:
 *
 * Returns: (transfer none): the check of the course at @position in the term
 *   at @term_position
 */
const CareerPlanEntryCheck *
career_plan_check_get_entry (CareerPlanCheck *self,
                             guint            term_position,
                             guint            position)
{
  const CareerPlanTermCheck *term;

  g_return_val_if_fail (CAREER_IS_PLAN_CHECK (self), NULL);
  g_return_val_if_fail (term_position < self->terms->len, NULL);

  term = g_ptr_array_index (self->terms, term_position);
  g_return_val_if_fail (position < term->entries->len, NULL);

  return g_ptr_array_index (term->entries, position);
}

/**
 * career_plan_check_lookup_entry:
 *
 * Returns: (transfer none) (nullable): the check of @entry, %NULL when the
 *   entry was not in the plan when it was checked
 */
const CareerPlanEntryCheck *
career_plan_check_lookup_entry (CareerPlanCheck  *self,
                                CareerPlanCourse *entry)
{
  g_return_val_if_fail (CAREER_IS_PLAN_CHECK (self), NULL);

  return g_hash_table_lookup (self->by_entry, entry);
}

/**
 * career_plan_check_count_warnings:
 * @overridden_too: whether to count overridden warnings too
 *
 * Returns: the warnings of every entry and term
 */
guint
career_plan_check_count_warnings (CareerPlanCheck *self,
                                  gboolean         overridden_too)
{
  guint n = 0;

  g_return_val_if_fail (CAREER_IS_PLAN_CHECK (self), 0);

  for (guint t = 0; t < self->terms->len; t++)
    {
      const CareerPlanTermCheck *term = g_ptr_array_index (self->terms, t);

      if (term->capacity != NULL && (overridden_too || !term->capacity->overridden))
        n++;
      for (guint i = 0; i < term->entries->len; i++)
        {
          const CareerPlanEntryCheck *entry = g_ptr_array_index (term->entries, i);

          for (guint w = 0; w < entry->warnings->len; w++)
            {
              const CareerPlanWarning *warning = g_ptr_array_index (entry->warnings, w);

              if (overridden_too || !warning->overridden)
                n++;
            }
        }
    }

  return n;
}
