/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "career-audit.h"

/* The degree audit.  See career-audit.h for what it counts and for the
 * objective of the matching; the comments here say how.
 *
 * Credits are handled as integer thousandths ("millicredits") inside the
 * search, so that sums compare exactly whatever order they are added in.
 */

#define N_VEC       4  /* S, P, G, C of the objective, per node */
#define N_OBJECTIVE 7  /* degree status, root status, S, P, G, C, D */

/* A group picks its best n children by selection up to this n, by sorting
 * above: n x children comparisons would be quadratic in a large n-of */
#define SELECT_MAX  8

struct _CareerAudit
{
  GObject            parent_instance;

  CareerProgram     *program;
  CareerAuditNode   *root;
  GPtrArray         *entries;                           /* CareerAuditEntry, owned */
  GPtrArray         *not_counted[CAREER_AUDIT_N_VIEWS];  /* CareerAuditNotCounted, owned */
  GPtrArray         *electives[CAREER_AUDIT_N_VIEWS];    /* CareerAuditEntry */
  GPtrArray         *unknown_credits[CAREER_AUDIT_N_VIEWS];
  CareerAuditStatus  status[CAREER_AUDIT_N_VIEWS];
  CareerAuditStatus  credits_status[CAREER_AUDIT_N_VIEWS];
  gint64             credits[CAREER_AUDIT_N_VIEWS];     /* millicredits, transfer included */
  guint              n_unknown[CAREER_AUDIT_N_VIEWS];
  CareerAuditTotals  totals;
  gint64             transfer_uncertain;                /* millicredits */
  guint              n_states;
  gboolean           exact;
};

G_DEFINE_FINAL_TYPE (CareerAudit, career_audit, G_TYPE_OBJECT)

/* The result of a node in one state of the search */
typedef struct
{
  CareerAuditStatus status;
  gboolean          progress;
  gint64            v[N_VEC];
} Score;

/* A node of the audited tree, as the search sees it */
typedef struct
{
  CareerAuditNode *node;
  GArray          *children;       /* guint: the goal children (not only-one-of) */
  GArray          *leaf_children;  /* guint: leaves among the children, by leaf index */
  Score           *scratch;        /* one per goal child */
  guint           *order;          /* one per goal child */
  guint            n_needed;
  int              leaf;           /* index in Tree.leaves, or -1 */
} EvalNode;

typedef struct
{
  guint    eval;
  guint    parent;          /* eval index, G_MAXUINT for the root */
  gboolean credits_from;
  gint64   need;            /* credits-from: millicredits needed */
  gint64   course_mcredits; /* course: its credits, -1 when not known */
  int      last_item;       /* the last choice item that reaches it, -1 none */
} Leaf;

typedef struct
{
  CareerAuditNode *node;
  GPtrArray       *course_ids; /* the requirement's */
} Group;

typedef struct
{
  CareerProgram *program;
  GArray        *evals;            /* EvalNode */
  GArray        *leaves;           /* Leaf */
  GArray        *groups;           /* Group */
  GHashTable    *leaves_by_course; /* course id -> GArray of guint */
  GHashTable    *groups_by_course; /* course id -> GArray of guint */
  GArray        *any_leaves;       /* credits-from leaves without a course list */
  GPtrArray     *classes;          /* GArray of guint: interchangeable sibling leaves */
  gboolean       double_counting;
  gint64         needed;             /* the program's total credits, millicredits */
  gint64         transfer_counted;   /* transfer credit that counts */
  gint64         transfer_uncertain; /* transfer credit under a limit not known */
  guint64        eval_cost;          /* work units of one eval_root() */
} Tree;

typedef enum
{
  OPTION_LEAF,     /* count toward one leaf */
  OPTION_ALL,      /* count toward every leaf it may fill (double counting) */
  OPTION_FREE,     /* count toward the total credits only */
  OPTION_EXCLUDE,  /* count nowhere: another course of its only-one-of group does */
} OptionKind;

typedef struct
{
  OptionKind kind;
  guint      leaf;
} Option;

typedef struct
{
  CareerAuditEntry *entry;
  gint64            mcredits; /* -1 when not known */
  GArray           *leaves;   /* guint, in tree order */
  GArray           *groups;   /* guint */
  GArray           *options;  /* Option */
  guint             chosen;
} Item;

typedef struct
{
  gint64 *fill;    /* course leaf: 0 or 1; credits-from: known millicredits, capped */
  guint8 *unknown; /* credits-from: an entry of unknown credits counts */
  guint8 *used;    /* only-one-of groups with a course that counts */
  gint64  degree;  /* known millicredits counted toward the degree */
  gint64  n_unknown; /* courses of unknown credits counted toward the degree */
} State;

typedef struct
{
  Tree       *tree;
  GPtrArray  *items;        /* Item, in plan order */
  GArray     *choice_items; /* guint: the items with a choice, searched in this order */
  State      *states;       /* one per depth, allocated when first reached */
  State       relaxed;
  guint      *choice;
  guint      *best_choice;
  gint64      best[N_OBJECTIVE];
  gboolean    have_best;
  GHashTable *memo;
  gint64     *signatures;   /* scratch for the memo keys */
  guint       n_states;
  guint64     work;         /* units spent, against CAREER_AUDIT_MAX_WORK */
  gboolean    stopped;
  gint64      bound[N_OBJECTIVE]; /* when stopped: the most any assignment reaches */
} Search;

/* Far above any program's total credits, and far enough below G_MAXINT64
 * that sums of a plan's credits cannot overflow */
#define MAX_MCREDITS (G_GINT64_CONSTANT (1) << 50)

/* Rounded to the nearest millicredit and clamped to +-MAX_MCREDITS: a plan's
 * transfer credit may be any number, and converting a double beyond
 * gint64's range to an integer is undefined (llround() gives garbage).
 * The clamp changes no status: anything above a program's total credits
 * compares as the same.  Text shows the credits themselves, not these. */
static gint64
to_mcredits (double credits)
{
  double mcredits = round (credits * 1000.0);

  if (isnan (mcredits))
    return 0;
  if (mcredits >= (double) MAX_MCREDITS)
    return MAX_MCREDITS;
  if (mcredits <= (double) -MAX_MCREDITS)
    return -MAX_MCREDITS;
  return (gint64) mcredits;
}

static double
from_mcredits (gint64 mcredits)
{
  return (double) mcredits / 1000.0;
}

/* Locale-aware, as career_format_number(), which the model cannot use */
static char *
format_credits (double value)
{
  /* Not "0" for a sliver of a credit that is there */
  if (value != 0.0 && fabs (value) < 0.005)
    return g_strdup_printf ("%.2g", value);
  if (fabs (round (value) - value) < 0.0005)
    return g_strdup_printf ("%'.0f", value);
  if (fabs (round (value * 10) - value * 10) < 0.005)
    return g_strdup_printf ("%'.1f", value);
  return g_strdup_printf ("%'.2f", value);
}

static int
status_rank (CareerAuditStatus status)
{
  switch (status)
    {
    case CAREER_AUDIT_SATISFIED:
      return 3;
    case CAREER_AUDIT_UNKNOWN:
      return 2;
    case CAREER_AUDIT_PARTIAL:
      return 1;
    case CAREER_AUDIT_OPEN:
    default:
      return 0;
    }
}

static int
compare_vectors (const gint64 *a,
                 const gint64 *b,
                 guint         n)
{
  for (guint i = 0; i < n; i++)
    if (a[i] != b[i])
      return a[i] < b[i] ? -1 : 1;
  return 0;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const CareerAuditEntry *ea = *(const CareerAuditEntry * const *) a;
  const CareerAuditEntry *eb = *(const CareerAuditEntry * const *) b;

  if (ea->term_position != eb->term_position)
    return ea->term_position < eb->term_position ? -1 : 1;
  if (ea->position != eb->position)
    return ea->position < eb->position ? -1 : 1;
  return 0;
}

static const char *
course_label (CareerProgram *program,
              const char    *course_id)
{
  CareerCourse *course = career_program_lookup_course (program, course_id);

  return course != NULL ? career_course_get_code (course) : course_id;
}

static char *
join_course_labels (CareerProgram *program,
                    GPtrArray     *course_ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < course_ids->len; i++)
    {
      if (i > 0)
        /* Translators: separates the items of a list, as in "COMP 610, COMP 642" */
        g_string_append (text, _(", "));
      g_string_append (text, course_label (program, g_ptr_array_index (course_ids, i)));
    }

  return g_string_free (text, FALSE);
}

/* Entries and nodes */

static void
entry_free (gpointer data)
{
  CareerAuditEntry *entry = data;

  g_clear_object (&entry->plan_course);
  g_clear_object (&entry->term);
  g_clear_object (&entry->course);
  g_free (entry);
}

static void
not_counted_free (gpointer data)
{
  CareerAuditNotCounted *item = data;

  g_free (item->message);
  g_free (item);
}

static void
node_free (gpointer data)
{
  CareerAuditNode *node = data;

  g_clear_pointer (&node->requirement, career_requirement_unref);
  g_clear_pointer (&node->title, g_free);
  g_clear_pointer (&node->children, g_ptr_array_unref);
  for (guint v = 0; v < CAREER_AUDIT_N_VIEWS; v++)
    {
      g_clear_pointer (&node->result[v].entries, g_ptr_array_unref);
      g_clear_pointer (&node->result[v].reason, g_free);
    }
  g_free (node);
}

static void
add_not_counted (CareerAudit                 *self,
                 CareerAuditView              view,
                 const CareerAuditEntry      *entry,
                 CareerAuditNotCountedReason  reason,
                 char                        *message)
{
  CareerAuditNotCounted *item = g_new0 (CareerAuditNotCounted, 1);

  item->entry = entry;
  item->reason = reason;
  item->message = message;
  g_ptr_array_add (self->not_counted[view], item);
}

/* The tree */

static void
index_course (GHashTable *table,
              const char *course_id,
              guint       index)
{
  GArray *list = g_hash_table_lookup (table, course_id);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (table, (gpointer) course_id, list);
    }
  /* A list may name a course twice; count it once */
  if (list->len == 0 || g_array_index (list, guint, list->len - 1) != index)
    g_array_append_val (list, index);
}

static guint
tree_add_leaf (Tree            *tree,
               guint            eval,
               guint            parent,
               CareerAuditNode *node)
{
  CareerRequirement *requirement = node->requirement;
  Leaf leaf = { 0, };
  guint index = tree->leaves->len;

  leaf.eval = eval;
  leaf.parent = parent;
  leaf.last_item = -1;
  leaf.credits_from = requirement->kind == CAREER_REQUIREMENT_CREDITS_FROM;

  if (leaf.credits_from)
    {
      leaf.need = to_mcredits (requirement->credits);
      if (requirement->course_ids == NULL)
        g_array_append_val (tree->any_leaves, index);
      else
        for (guint i = 0; i < requirement->course_ids->len; i++)
          index_course (tree->leaves_by_course, g_ptr_array_index (requirement->course_ids, i),
                        index);
    }
  else
    {
      CareerCourse *course = career_program_lookup_course (tree->program, requirement->course_id);
      double credits;

      leaf.course_mcredits = -1;
      if (course != NULL && career_course_get_credits (course, &credits))
        leaf.course_mcredits = to_mcredits (credits);
      index_course (tree->leaves_by_course, requirement->course_id, index);
    }

  g_array_append_val (tree->leaves, leaf);

  if (parent != G_MAXUINT)
    g_array_append_val (g_array_index (tree->evals, EvalNode, parent).leaf_children, index);

  return index;
}

static char *
make_title (Tree              *tree,
            CareerRequirement *requirement,
            guint              n_goals,
            const char        *fallback)
{
  if (requirement->title != NULL)
    return g_strdup (requirement->title);
  if (fallback != NULL)
    return g_strdup (fallback);

  switch (requirement->kind)
    {
    case CAREER_REQUIREMENT_COURSE:
      return g_strdup (course_label (tree->program, requirement->course_id));

    case CAREER_REQUIREMENT_N_OF:
      /* Translators: the title of a requirement met by any %u of %u items, as in "2 of 3" */
      return g_strdup_printf (_("%u of %u"), requirement->n, n_goals);

    case CAREER_REQUIREMENT_ONE_OF:
      return g_strdup (_("One of these"));

    case CAREER_REQUIREMENT_ALL_OF:
      return g_strdup (_("All of these"));

    case CAREER_REQUIREMENT_CREDITS_FROM:
      {
        g_autofree char *credits = format_credits (requirement->credits);

        /* Translators: the title of a requirement; %s is a number of credits */
        return g_strdup_printf (_("%s credits"), credits);
      }

    case CAREER_REQUIREMENT_ONLY_ONE_OF:
      {
        g_autofree char *courses = join_course_labels (tree->program, requirement->course_ids);

        /* Translators: the title of a restriction; %s is a list of course codes */
        return g_strdup_printf (_("Only one of %s"), courses);
      }

    case CAREER_REQUIREMENT_SPECIALIZATION:
      return g_strdup (_("Specialization"));

    case CAREER_REQUIREMENT_UNKNOWN:
    default:
      return g_strdup (_("Not known"));
    }
}

static guint tree_add_node (Tree              *tree,
                            CareerRequirement *requirement,
                            const char        *fallback_title,
                            guint              parent,
                            const char        *specialization_id);

static CareerAuditNode *
tree_add_child (Tree              *tree,
                CareerRequirement *requirement,
                const char        *fallback_title,
                guint              parent,
                const char        *specialization_id)
{
  EvalNode *parent_eval;
  guint child = tree_add_node (tree, requirement, fallback_title, parent, specialization_id);
  CareerAuditNode *node = g_array_index (tree->evals, EvalNode, child).node;

  parent_eval = &g_array_index (tree->evals, EvalNode, parent);
  g_ptr_array_add (parent_eval->node->children, node);
  if (requirement->kind != CAREER_REQUIREMENT_ONLY_ONE_OF)
    g_array_append_val (parent_eval->children, child);

  return node;
}

static guint
tree_add_node (Tree              *tree,
               CareerRequirement *requirement,
               const char        *fallback_title,
               guint              parent,
               const char        *specialization_id)
{
  CareerAuditNode *node = g_new0 (CareerAuditNode, 1);
  EvalNode eval = { 0, };
  EvalNode *self_eval;
  guint index = tree->evals->len;
  guint n_goals = 0;

  node->requirement = career_requirement_ref (requirement);
  node->kind = requirement->kind;
  node->children = g_ptr_array_new_with_free_func (node_free);
  for (guint v = 0; v < CAREER_AUDIT_N_VIEWS; v++)
    {
      node->result[v].status = CAREER_AUDIT_OPEN;
      node->result[v].entries = g_ptr_array_new ();
    }

  eval.node = node;
  eval.leaf = -1;
  eval.children = g_array_new (FALSE, FALSE, sizeof (guint));
  eval.leaf_children = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (tree->evals, eval);

  switch (requirement->kind)
    {
    case CAREER_REQUIREMENT_ALL_OF:
    case CAREER_REQUIREMENT_ONE_OF:
    case CAREER_REQUIREMENT_N_OF:
      for (guint i = 0; i < requirement->children->len; i++)
        tree_add_child (tree, g_ptr_array_index (requirement->children, i), NULL, index,
                        specialization_id);
      break;

    case CAREER_REQUIREMENT_COURSE:
    case CAREER_REQUIREMENT_CREDITS_FROM:
      {
        guint leaf = tree_add_leaf (tree, index, parent, node);

        g_array_index (tree->evals, EvalNode, index).leaf = (int) leaf;
      }
      node->credits_needed = requirement->kind == CAREER_REQUIREMENT_CREDITS_FROM
                             ? requirement->credits : 0.0;
      break;

    case CAREER_REQUIREMENT_ONLY_ONE_OF:
      {
        Group group = { node, requirement->course_ids };
        guint group_index = tree->groups->len;

        g_array_append_val (tree->groups, group);
        for (guint i = 0; i < requirement->course_ids->len; i++)
          index_course (tree->groups_by_course, g_ptr_array_index (requirement->course_ids, i),
                        group_index);
      }
      break;

    case CAREER_REQUIREMENT_SPECIALIZATION:
      {
        CareerSpecialization *option = specialization_id != NULL
                                       ? career_requirement_find_option (requirement,
                                                                         specialization_id)
                                       : NULL;

        if (option != NULL)
          {
            node->specialization = option;
            tree_add_child (tree, option->requirements, option->name, index, specialization_id);
          }
        else
          for (guint v = 0; v < CAREER_AUDIT_N_VIEWS; v++)
            node->result[v].reason =
              g_strdup (specialization_id == NULL
                        ? _("Choose a specialization")
                        : _("The chosen specialization is not one of this program's; "
                            "choose another"));
      }
      break;

    case CAREER_REQUIREMENT_UNKNOWN:
    default:
      for (guint v = 0; v < CAREER_AUDIT_N_VIEWS; v++)
        node->result[v].status = CAREER_AUDIT_UNKNOWN;
      break;
    }

  self_eval = &g_array_index (tree->evals, EvalNode, index);
  n_goals = self_eval->children->len;
  switch (requirement->kind)
    {
    case CAREER_REQUIREMENT_ALL_OF:
      self_eval->n_needed = n_goals;
      break;
    case CAREER_REQUIREMENT_ONE_OF:
      self_eval->n_needed = MIN (1, n_goals);
      break;
    case CAREER_REQUIREMENT_N_OF:
      self_eval->n_needed = MIN (requirement->n, n_goals);
      break;
    case CAREER_REQUIREMENT_SPECIALIZATION:
      self_eval->n_needed = n_goals;
      break;
    case CAREER_REQUIREMENT_COURSE:
    case CAREER_REQUIREMENT_CREDITS_FROM:
    case CAREER_REQUIREMENT_ONLY_ONE_OF:
    case CAREER_REQUIREMENT_UNKNOWN:
    default:
      break;
    }
  node->n_needed = requirement->kind == CAREER_REQUIREMENT_SPECIALIZATION ? 0 : self_eval->n_needed;
  tree->eval_cost += 1 + n_goals;
  if (self_eval->n_needed < n_goals)
    tree->eval_cost += self_eval->n_needed > SELECT_MAX
                       ? (guint64) n_goals * g_bit_storage (n_goals)
                       : (guint64) n_goals * self_eval->n_needed;
  self_eval->scratch = g_new0 (Score, MAX (n_goals, 1));
  self_eval->order = g_new0 (guint, MAX (n_goals, 1));
  node->title = make_title (tree, requirement, n_goals, fallback_title);

  return index;
}

static void
append_id (GString    *key,
           const char *id)
{
  g_string_append_printf (key, " %zu:%s", strlen (id), id);
}

/* What two sibling leaves must share to be alike: the same parent and the
 * same ask (a course; or credits and the same list of courses, in order).
 * Equal keys are alike leaves. */
static char *
leaf_class_key (Tree  *tree,
                guint  l)
{
  const Leaf *leaf = &g_array_index (tree->leaves, Leaf, l);
  CareerRequirement *requirement = g_array_index (tree->evals, EvalNode, leaf->eval).node->requirement;
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%u %d", leaf->parent, leaf->credits_from);
  if (!leaf->credits_from)
    append_id (key, requirement->course_id);
  else
    {
      g_string_append_printf (key, " %" G_GINT64_FORMAT, leaf->need);
      if (requirement->course_ids == NULL)
        g_string_append (key, " *");
      else
        for (guint i = 0; i < requirement->course_ids->len; i++)
          append_id (key, g_ptr_array_index (requirement->course_ids, i));
    }

  return g_string_free (key, FALSE);
}

/* Sibling leaves that ask for the same thing can trade their fills without
 * changing anything: such a class is one entry of the memo key.  Classes
 * are numbered by their first leaf, in tree order; a hash of what the
 * leaves ask keeps this linear in the size of the tree. */
static void
tree_find_classes (Tree *tree)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint l = 0; l < tree->leaves->len; l++)
    {
      char *key = leaf_class_key (tree, l);
      gpointer found = g_hash_table_lookup (by_key, key);
      guint c;

      if (found != NULL)
        {
          c = GPOINTER_TO_UINT (found) - 1;
          g_free (key);
        }
      else
        {
          c = tree->classes->len;
          g_ptr_array_add (tree->classes, g_array_new (FALSE, FALSE, sizeof (guint)));
          g_hash_table_insert (by_key, key, GUINT_TO_POINTER (c + 1));
        }
      g_array_append_val ((GArray *) g_ptr_array_index (tree->classes, c), l);
    }
}

static void
tree_clear (Tree *tree)
{
  for (guint i = 0; i < tree->evals->len; i++)
    {
      EvalNode *eval = &g_array_index (tree->evals, EvalNode, i);

      g_array_unref (eval->children);
      g_array_unref (eval->leaf_children);
      g_free (eval->scratch);
      g_free (eval->order);
    }
  g_array_unref (tree->evals);
  g_array_unref (tree->leaves);
  g_array_unref (tree->groups);
  g_array_unref (tree->any_leaves);
  g_ptr_array_unref (tree->classes);
  g_hash_table_unref (tree->leaves_by_course);
  g_hash_table_unref (tree->groups_by_course);
}

/* Evaluation of a state */

static void
state_init (State *state,
            Tree  *tree)
{
  state->fill = g_new0 (gint64, MAX (tree->leaves->len, 1));
  state->unknown = g_new0 (guint8, MAX (tree->leaves->len, 1));
  state->used = g_new0 (guint8, MAX (tree->groups->len, 1));
  state->degree = 0;
  state->n_unknown = 0;
}

static void
state_clear (State *state)
{
  g_clear_pointer (&state->fill, g_free);
  g_clear_pointer (&state->unknown, g_free);
  g_clear_pointer (&state->used, g_free);
}

static void
state_copy (State       *dest,
            const State *src,
            Tree        *tree)
{
  memcpy (dest->fill, src->fill, sizeof (gint64) * tree->leaves->len);
  memcpy (dest->unknown, src->unknown, tree->leaves->len);
  memcpy (dest->used, src->used, tree->groups->len);
  dest->degree = src->degree;
  dest->n_unknown = src->n_unknown;
}

static void
leaf_add (Tree   *tree,
          State  *state,
          guint   l,
          gint64  mcredits)
{
  const Leaf *leaf = &g_array_index (tree->leaves, Leaf, l);

  if (!leaf->credits_from)
    state->fill[l] = 1;
  else if (mcredits < 0)
    state->unknown[l] = 1;
  else
    state->fill[l] = MIN (leaf->need, state->fill[l] + mcredits);
}

/* Whether another course would change nothing in the leaf */
static gboolean
leaf_full (Tree        *tree,
           const State *state,
           guint        l)
{
  const Leaf *leaf = &g_array_index (tree->leaves, Leaf, l);

  return leaf->credits_from ? state->fill[l] >= leaf->need : state->fill[l] > 0;
}

static gboolean
option_allowed (const Item   *item,
                const Option *option,
                const State  *state)
{
  if (option->kind == OPTION_EXCLUDE)
    return TRUE;
  for (guint i = 0; i < item->groups->len; i++)
    if (state->used[g_array_index (item->groups, guint, i)])
      return FALSE;
  return TRUE;
}

static void
apply_option (Tree         *tree,
              const Item   *item,
              const Option *option,
              State        *state)
{
  if (option->kind == OPTION_EXCLUDE)
    return;

  for (guint i = 0; i < item->groups->len; i++)
    state->used[g_array_index (item->groups, guint, i)] = 1;
  if (item->mcredits >= 0)
    state->degree += item->mcredits;
  else
    state->n_unknown++;

  if (option->kind == OPTION_LEAF)
    leaf_add (tree, state, option->leaf, item->mcredits);
  else if (option->kind == OPTION_ALL)
    for (guint i = 0; i < item->leaves->len; i++)
      leaf_add (tree, state, g_array_index (item->leaves, guint, i), item->mcredits);
}

static void
eval_leaf (Tree        *tree,
           const State *state,
           guint        l,
           Score       *out)
{
  const Leaf *leaf = &g_array_index (tree->leaves, Leaf, l);

  memset (out, 0, sizeof *out);
  out->status = CAREER_AUDIT_OPEN;

  if (!leaf->credits_from)
    {
      if (state->fill[l] > 0)
        {
          out->status = CAREER_AUDIT_SATISFIED;
          out->progress = TRUE;
          out->v[0] = out->v[1] = out->v[2] = 1;
          out->v[3] = MAX (leaf->course_mcredits, 0);
        }
      return;
    }

  out->v[3] = state->fill[l];
  if (state->fill[l] >= leaf->need)
    {
      out->status = CAREER_AUDIT_SATISFIED;
      out->v[0] = out->v[1] = out->v[2] = 1;
    }
  else if (state->unknown[l])
    {
      out->status = CAREER_AUDIT_UNKNOWN;
      out->v[1] = out->v[2] = 1;
    }
  else if (state->fill[l] > 0)
    {
      out->status = CAREER_AUDIT_PARTIAL;
      out->v[2] = 1;
    }
  out->progress = out->v[2] > 0;
}

/* Best first, by the vector of the objective */
static int
compare_children (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const Score *scores = data;

  return compare_vectors (scores[*(const guint *) b].v, scores[*(const guint *) a].v, N_VEC);
}

static void
eval_node (Tree        *tree,
           const State *state,
           guint        e,
           Score       *out,
           int          view)
{
  EvalNode *eval = &g_array_index (tree->evals, EvalNode, e);
  CareerAuditNode *node = eval->node;
  guint n_satisfied = 0, n_possible = 0;
  guint n_children = eval->children->len;

  memset (out, 0, sizeof *out);

  switch (node->kind)
    {
    case CAREER_REQUIREMENT_COURSE:
    case CAREER_REQUIREMENT_CREDITS_FROM:
      eval_leaf (tree, state, (guint) eval->leaf, out);
      break;

    case CAREER_REQUIREMENT_UNKNOWN:
      out->status = CAREER_AUDIT_UNKNOWN;
      out->v[1] = 1;
      break;

    case CAREER_REQUIREMENT_ONLY_ONE_OF:
      /* A restriction: the search enforces it; it is no goal of its own */
      out->status = CAREER_AUDIT_SATISFIED;
      break;

    case CAREER_REQUIREMENT_SPECIALIZATION:
    case CAREER_REQUIREMENT_ALL_OF:
    case CAREER_REQUIREMENT_ONE_OF:
    case CAREER_REQUIREMENT_N_OF:
    default:
      {
        guint need = eval->n_needed;

        for (guint i = 0; i < n_children; i++)
          {
            Score *child = &eval->scratch[i];

            eval_node (tree, state, g_array_index (eval->children, guint, i), child, view);
            if (child->status == CAREER_AUDIT_SATISFIED)
              n_satisfied++;
            if (child->status == CAREER_AUDIT_SATISFIED || child->status == CAREER_AUDIT_UNKNOWN)
              n_possible++;
            out->progress |= child->progress;
            eval->order[i] = i;
          }

        if (node->kind == CAREER_REQUIREMENT_SPECIALIZATION && n_children == 0)
          out->status = CAREER_AUDIT_OPEN;
        else if (n_satisfied >= need)
          out->status = CAREER_AUDIT_SATISFIED;
        else if (n_possible >= need)
          out->status = CAREER_AUDIT_UNKNOWN;
        else if (out->progress || n_satisfied > 0)
          out->status = CAREER_AUDIT_PARTIAL;
        else
          out->status = CAREER_AUDIT_OPEN;

        /* The vector of the children that are needed: the best @need of them.
         * Which of equal children count does not change the sum. */
        if (need == n_children)
          for (guint i = 0; i < n_children; i++)
            for (guint k = 0; k < N_VEC; k++)
              out->v[k] += eval->scratch[i].v[k];
        else if (need > SELECT_MAX)
          {
            g_qsort_with_data (eval->order, n_children, sizeof (guint), compare_children,
                               eval->scratch);
            for (guint i = 0; i < need; i++)
              for (guint k = 0; k < N_VEC; k++)
                out->v[k] += eval->scratch[eval->order[i]].v[k];
          }
        else for (guint i = 0; i < need; i++)
          {
            guint best = i;

            for (guint j = i + 1; j < n_children; j++)
              if (compare_vectors (eval->scratch[eval->order[j]].v,
                                   eval->scratch[eval->order[best]].v, N_VEC) > 0)
                best = j;
            if (best != i)
              {
                guint tmp = eval->order[i];

                eval->order[i] = eval->order[best];
                eval->order[best] = tmp;
              }
            for (guint k = 0; k < N_VEC; k++)
              out->v[k] += eval->scratch[eval->order[i]].v[k];
          }

        if (out->status == CAREER_AUDIT_SATISFIED)
          out->v[0]++;
        if (out->status == CAREER_AUDIT_SATISFIED || out->status == CAREER_AUDIT_UNKNOWN)
          out->v[1]++;
      }
      break;
    }

  if (view >= 0)
    {
      node->result[view].status = out->status;
      node->result[view].n_satisfied = n_satisfied;
    }
}

/* The degree as a whole: all of the tree and the total credits.  Every
 * argument only grows as courses are added, and so does the result. */
static CareerAuditStatus
degree_status (Tree              *tree,
               CareerAuditStatus  tree_status,
               gboolean           tree_progress,
               gint64             mcredits,
               gint64             n_unknown,
               CareerAuditStatus *credits_out)
{
  gboolean progress = mcredits > 0 || n_unknown > 0 || tree->transfer_uncertain > 0;
  CareerAuditStatus credits;

  if (mcredits >= tree->needed)
    credits = CAREER_AUDIT_SATISFIED;
  else if (n_unknown > 0 ||
           (tree->transfer_uncertain > 0 && mcredits + tree->transfer_uncertain >= tree->needed))
    credits = CAREER_AUDIT_UNKNOWN;
  else if (progress)
    credits = CAREER_AUDIT_PARTIAL;
  else
    credits = CAREER_AUDIT_OPEN;

  if (credits_out != NULL)
    *credits_out = credits;

  if (tree_status == CAREER_AUDIT_SATISFIED && credits == CAREER_AUDIT_SATISFIED)
    return CAREER_AUDIT_SATISFIED;
  if (status_rank (tree_status) >= 2 && status_rank (credits) >= 2)
    return CAREER_AUDIT_UNKNOWN;
  if (progress || tree_progress || tree_status == CAREER_AUDIT_SATISFIED)
    return CAREER_AUDIT_PARTIAL;
  return CAREER_AUDIT_OPEN;
}

static CareerAuditStatus
eval_root (Tree        *tree,
           const State *state,
           int          view,
           gint64       objective[N_OBJECTIVE],
           gboolean    *progress)
{
  Score score = { CAREER_AUDIT_SATISFIED, FALSE, { 0, } };

  /* A program without a requirement tree asks for credits only */
  if (tree->evals->len > 0)
    eval_node (tree, state, 0, &score, view);

  if (objective != NULL)
    {
      CareerAuditStatus degree = degree_status (tree, score.status, score.progress,
                                                state->degree + tree->transfer_counted,
                                                state->n_unknown, NULL);

      objective[0] = status_rank (degree);
      objective[1] = status_rank (score.status);
      for (guint k = 0; k < N_VEC; k++)
        objective[2 + k] = score.v[k];
      objective[6] = state->degree;
    }
  if (progress != NULL)
    *progress = score.progress;

  return score.status;
}

/* The search */

static void
item_free (gpointer data)
{
  Item *item = data;

  g_array_unref (item->leaves);
  g_array_unref (item->groups);
  g_array_unref (item->options);
  g_free (item);
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint ua = *(const guint *) a, ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

static void
append_all (GArray *dest,
                      GArray *src)
{
  if (src == NULL)
    return;
  g_array_append_vals (dest, src->data, src->len);
}

static Item *
item_new (Tree             *tree,
          CareerAuditEntry *entry)
{
  Item *item = g_new0 (Item, 1);
  Option option = { 0, };
  guint n = 0;

  item->entry = entry;
  item->mcredits = entry->has_credits ? to_mcredits (entry->credits) : -1;
  item->leaves = g_array_new (FALSE, FALSE, sizeof (guint));
  item->groups = g_array_new (FALSE, FALSE, sizeof (guint));
  item->options = g_array_new (FALSE, FALSE, sizeof (Option));

  append_all (item->leaves, g_hash_table_lookup (tree->leaves_by_course, entry->course_id));
  append_all (item->leaves, tree->any_leaves);
  g_array_sort (item->leaves, compare_guint);
  for (guint i = 0; i < item->leaves->len; i++)
    {
      guint leaf = g_array_index (item->leaves, guint, i);

      if (n == 0 || g_array_index (item->leaves, guint, n - 1) != leaf)
        g_array_index (item->leaves, guint, n++) = leaf;
    }
  g_array_set_size (item->leaves, n);

  append_all (item->groups, g_hash_table_lookup (tree->groups_by_course, entry->course_id));

  if (item->leaves->len == 0)
    {
      option.kind = OPTION_FREE;
      g_array_append_val (item->options, option);
    }
  else if (tree->double_counting)
    {
      option.kind = OPTION_ALL;
      g_array_append_val (item->options, option);
    }
  else
    for (guint i = 0; i < item->leaves->len; i++)
      {
        option.kind = OPTION_LEAF;
        option.leaf = g_array_index (item->leaves, guint, i);
        g_array_append_val (item->options, option);
      }

  if (item->groups->len > 0)
    {
      option.kind = OPTION_EXCLUDE;
      option.leaf = 0;
      g_array_append_val (item->options, option);
    }

  return item;
}

static int
compare_signatures (gconstpointer a,
                    gconstpointer b)
{
  return compare_vectors (a, b, 2 + N_VEC);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  return compare_vectors (a, b, 2);
}

/* Work is counted in units: one per leaf, node or course looked at and per
 * byte of memo key or search state written.  Past CAREER_AUDIT_MAX_WORK the
 * search stops as it does at CAREER_AUDIT_MAX_STATES. */
static void
search_charge (Search  *search,
               guint64  units)
{
  search->work += units;
  if (search->work > CAREER_AUDIT_MAX_WORK)
    search->stopped = TRUE;
}

/* Appends the multiset of @n records of @width figures at @records (sorted
 * here): the number of distinct records, then each with its count.  Equal
 * multisets give equal bytes, and a group of many alike leaves costs a few
 * bytes, not some for each leaf. */
static void
key_append_multiset (GByteArray   *key,
                     gint64       *records,
                     guint         n,
                     guint         width,
                     GCompareFunc  compare)
{
  guint pos = key->len;
  guint32 n_runs = 0;

  if (n > 1)
    qsort (records, n, width * sizeof (gint64), compare);

  g_byte_array_append (key, (const guint8 *) &n_runs, sizeof n_runs);
  for (guint i = 0; i < n;)
    {
      const gint64 *record = records + (gsize) i * width;
      gint64 count = 1;

      while (i + count < n && memcmp (records + (gsize) (i + count) * width, record,
                                      width * sizeof (gint64)) == 0)
        count++;
      g_byte_array_append (key, (const guint8 *) record, width * sizeof (gint64));
      g_byte_array_append (key, (const guint8 *) &count, sizeof count);
      n_runs++;
      i += count;
    }
  memcpy (key->data + pos, &n_runs, sizeof n_runs);
}

/* The memo key of a state at @depth: what decides the best completion from
 * here.  Leaves that later items may still fill keep their fill; the others
 * are reduced to their scores, as a multiset per parent, since a group's
 * result does not depend on the order of its children.
 */
static GBytes *
search_key (Search      *search,
            guint        depth,
            const State *state)
{
  Tree *tree = search->tree;
  GByteArray *key = g_byte_array_sized_new (64);
  guint32 d = depth;
  guint64 units = tree->classes->len + tree->evals->len;

  g_byte_array_append (key, (const guint8 *) &d, sizeof d);
  g_byte_array_append (key, (const guint8 *) &state->degree, sizeof state->degree);
  g_byte_array_append (key, (const guint8 *) &state->n_unknown, sizeof state->n_unknown);
  g_byte_array_append (key, state->used, tree->groups->len);

  /* Leaves still open to later items, by class: the fills of
   * interchangeable siblings as a multiset */
  for (guint c = 0; c < tree->classes->len; c++)
    {
      GArray *members = g_ptr_array_index (tree->classes, c);
      const Leaf *first = &g_array_index (tree->leaves, Leaf, g_array_index (members, guint, 0));
      guint32 index = c;

      if (first->last_item < (int) depth && first->parent != G_MAXUINT)
        continue;

      for (guint i = 0; i < members->len; i++)
        {
          guint l = g_array_index (members, guint, i);

          search->signatures[2 * i] = state->fill[l];
          search->signatures[2 * i + 1] = state->unknown[l];
        }
      g_byte_array_append (key, (const guint8 *) &index, sizeof index);
      key_append_multiset (key, search->signatures, members->len, 2, compare_pairs);
      units += (guint64) members->len * g_bit_storage (members->len);
    }

  for (guint e = 0; e < tree->evals->len; e++)
    {
      const EvalNode *eval = &g_array_index (tree->evals, EvalNode, e);
      guint32 n = 0;

      if (eval->leaf_children->len == 0)
        continue;

      for (guint i = 0; i < eval->leaf_children->len; i++)
        {
          guint l = g_array_index (eval->leaf_children, guint, i);
          const Leaf *leaf = &g_array_index (tree->leaves, Leaf, l);
          gint64 *signature = search->signatures + n * (2 + N_VEC);
          Score score;

          if (leaf->last_item >= (int) depth)
            continue;

          eval_leaf (tree, state, l, &score);
          signature[0] = score.status;
          signature[1] = score.progress;
          memcpy (signature + 2, score.v, sizeof score.v);
          n++;
        }

      g_byte_array_append (key, (const guint8 *) &e, sizeof e);
      key_append_multiset (key, search->signatures, n, 2 + N_VEC, compare_signatures);
      units += eval->leaf_children->len + (guint64) n * g_bit_storage (n);
    }

  search_charge (search, units + key->len);

  return g_byte_array_free_to_bytes (key);
}

/* The best the search can still reach from @state: every remaining item
 * counted toward every leaf it may fill, groups ignored.  Each figure of the
 * objective only grows as courses are added, so nothing reachable is better.
 */
static void
search_bound (Search      *search,
              guint        depth,
              const State *state,
              gint64       bound[N_OBJECTIVE])
{
  Tree *tree = search->tree;
  State *relaxed = &search->relaxed;
  guint64 units = tree->leaves->len + tree->groups->len + tree->eval_cost;

  state_copy (relaxed, state, tree);
  for (guint i = depth; i < search->choice_items->len; i++)
    {
      const Item *item = g_ptr_array_index (search->items,
                                            g_array_index (search->choice_items, guint, i));

      if (item->mcredits >= 0)
        relaxed->degree += item->mcredits;
      else
        relaxed->n_unknown++;
      for (guint j = 0; j < item->leaves->len; j++)
        leaf_add (tree, relaxed, g_array_index (item->leaves, guint, j), item->mcredits);
      units += 1 + item->leaves->len;
    }

  eval_root (tree, relaxed, -1, bound, NULL);
  search_charge (search, units);
}

/* The state at @depth, allocated when the search first gets there: a deep
 * search over a large tree spends its budget on them, not a plan's length
 * times the tree's size up front */
static State *
search_state (Search *search,
              guint   depth)
{
  State *state = &search->states[depth];
  Tree *tree = search->tree;

  if (state->fill == NULL)
    {
      state_init (state, tree);
      search_charge (search, tree->leaves->len * (sizeof (gint64) + 1) + tree->groups->len);
    }

  return state;
}

static void
search_run (Search *search,
            guint   depth)
{
  Tree *tree = search->tree;
  State *state = &search->states[depth];
  State *next;
  gint64 value[N_OBJECTIVE];
  gboolean some_open = FALSE;
  gboolean tried_full = FALSE;
  const Item *item;
  GBytes *key;

  if (search->stopped)
    return;

  if (depth == search->choice_items->len)
    {
      /* A complete assignment is kept even when it uses up the budget */
      search_charge (search, tree->eval_cost);
      eval_root (tree, state, -1, value, NULL);
      if (!search->have_best || compare_vectors (value, search->best, N_OBJECTIVE) > 0)
        {
          memcpy (search->best, value, sizeof value);
          memcpy (search->best_choice, search->choice, sizeof (guint) * depth);
          search->have_best = TRUE;
        }
      return;
    }

  key = search_key (search, depth, state);
  if (g_hash_table_contains (search->memo, key))
    {
      g_bytes_unref (key);
      return;
    }
  g_hash_table_add (search->memo, key);

  if (++search->n_states > CAREER_AUDIT_MAX_STATES || search->stopped)
    {
      search->stopped = TRUE;
      return;
    }

  if (search->have_best)
    {
      search_bound (search, depth, state, value);
      if (compare_vectors (value, search->best, N_OBJECTIVE) <= 0 || search->stopped)
        return;
    }

  item = g_ptr_array_index (search->items, g_array_index (search->choice_items, guint, depth));

  /* A leaf that is full already gains nothing from the course, while any
   * leaf that is not gains something: skip full leaves when there is such a
   * leaf, and try only the first when all are full. */
  for (guint o = 0; o < item->options->len; o++)
    {
      const Option *option = &g_array_index (item->options, Option, o);

      if (option->kind == OPTION_LEAF && !leaf_full (tree, state, option->leaf))
        {
          some_open = TRUE;
          break;
        }
    }

  for (guint o = 0; o < item->options->len && !search->stopped; o++)
    {
      const Option *option = &g_array_index (item->options, Option, o);

      if (!option_allowed (item, option, state))
        continue;
      if (option->kind == OPTION_LEAF && leaf_full (tree, state, option->leaf))
        {
          if (some_open || tried_full)
            continue;
          tried_full = TRUE;
        }

      next = search_state (search, depth + 1);
      state_copy (next, state, tree);
      apply_option (tree, item, option, next);
      search_charge (search, tree->leaves->len + tree->groups->len + item->leaves->len);
      search->choice[depth] = o;
      search_run (search, depth + 1);
    }
}

/* Chooses an option for every item of @items */
static void
search_solve (Search *search)
{
  Tree *tree = search->tree;
  guint n_choices;

  search->choice_items = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < search->items->len; i++)
    {
      Item *item = g_ptr_array_index (search->items, i);

      if (item->options->len > 1)
        g_array_append_val (search->choice_items, i);
    }
  n_choices = search->choice_items->len;

  for (guint l = 0; l < tree->leaves->len; l++)
    g_array_index (tree->leaves, Leaf, l).last_item = -1;
  for (guint i = 0; i < n_choices; i++)
    {
      guint index = g_array_index (search->choice_items, guint, i);
      Item *item = g_ptr_array_index (search->items, index);

      for (guint j = 0; j < item->leaves->len; j++)
        {
          guint l = g_array_index (item->leaves, guint, j);

          g_array_index (tree->leaves, Leaf, l).last_item = (int) i;
        }
    }

  search->states = g_new0 (State, n_choices + 1);
  state_init (&search->states[0], tree);
  state_init (&search->relaxed, tree);
  search->choice = g_new0 (guint, MAX (n_choices, 1));
  search->best_choice = g_new0 (guint, MAX (n_choices, 1));
  search->signatures = g_new0 (gint64, (2 + N_VEC) * MAX (tree->leaves->len, 1));
  search->memo = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                        (GDestroyNotify) g_bytes_unref, NULL);

  /* Items with one option need no search */
  for (guint i = 0; i < search->items->len; i++)
    {
      Item *item = g_ptr_array_index (search->items, i);

      item->chosen = 0;
      if (item->options->len == 1)
        apply_option (tree, item, &g_array_index (item->options, Option, 0), &search->states[0]);
    }

  search_run (search, 0);

  /* What a stopped search leaves open: the best any assignment could reach */
  if (search->stopped)
    search_bound (search, 0, &search->states[0], search->bound);

  if (search->have_best)
    for (guint i = 0; i < n_choices; i++)
      {
        Item *item = g_ptr_array_index (search->items,
                                        g_array_index (search->choice_items, guint, i));
        item->chosen = search->best_choice[i];
      }
  else
    {
      /* Only when the search stopped before any complete assignment:
       * take the first option allowed, in order. */
      State *state = &search->states[0];

      for (guint i = 0; i < n_choices; i++)
        {
          Item *item = g_ptr_array_index (search->items,
                                          g_array_index (search->choice_items, guint, i));

          for (guint o = 0; o < item->options->len; o++)
            if (option_allowed (item, &g_array_index (item->options, Option, o), state))
              {
                item->chosen = o;
                apply_option (tree, item, &g_array_index (item->options, Option, o), state);
                break;
              }
        }
    }

  for (guint i = 0; i <= n_choices; i++)
    state_clear (&search->states[i]);
  g_free (search->states);
  state_clear (&search->relaxed);
  g_free (search->choice);
  g_free (search->best_choice);
  g_free (search->signatures);
  g_hash_table_unref (search->memo);
  g_array_unref (search->choice_items);
}

/* Recording a view's results */

static void
collect_results (CareerAuditNode *node,
                 CareerAuditView  view)
{
  CareerAuditResult *result = &node->result[view];
  gint64 mcredits = 0;

  if (node->children->len > 0)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < node->children->len; i++)
        {
          CareerAuditNode *child = g_ptr_array_index (node->children, i);
          GPtrArray *entries = child->result[view].entries;

          collect_results (child, view);
          if (child->kind == CAREER_REQUIREMENT_ONLY_ONE_OF)
            continue;
          for (guint j = 0; j < entries->len; j++)
            if (g_hash_table_add (seen, g_ptr_array_index (entries, j)))
              g_ptr_array_add (result->entries, g_ptr_array_index (entries, j));
        }
      g_ptr_array_sort (result->entries, compare_entries);
    }

  result->n_unknown_credits = 0;
  for (guint i = 0; i < result->entries->len; i++)
    {
      const CareerAuditEntry *entry = g_ptr_array_index (result->entries, i);

      if (entry->has_credits)
        mcredits += to_mcredits (entry->credits);
      else
        result->n_unknown_credits++;
    }
  result->credits = from_mcredits (mcredits);

  if (node->kind == CAREER_REQUIREMENT_UNKNOWN)
    {
      g_clear_pointer (&result->reason, g_free);
      result->reason = g_strdup (_("Not known: the sources do not spell out this requirement"));
    }
  else if (node->kind == CAREER_REQUIREMENT_CREDITS_FROM &&
           result->status == CAREER_AUDIT_UNKNOWN)
    {
      g_autofree char *known = format_credits (result->credits);
      g_autofree char *needed = format_credits (node->credits_needed);

      g_clear_pointer (&result->reason, g_free);
      result->reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s credits known; %u course's credits "
                                                  "are not known",
                                                  "%s of %s credits known; %u courses' credits "
                                                  "are not known",
                                                  result->n_unknown_credits),
                                        known, needed, result->n_unknown_credits);
    }
}

static void
record_view (CareerAudit     *self,
             Tree            *tree,
             GPtrArray       *items,
             CareerAuditView  view)
{
  g_autoptr(GPtrArray) group_entries = NULL;
  CareerAuditStatus tree_status;
  gboolean tree_progress;
  State state;
  gint64 mcredits = 0;
  guint n_unknown = 0;

  state_init (&state, tree);
  group_entries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint g = 0; g < tree->groups->len; g++)
    g_ptr_array_add (group_entries, g_ptr_array_new ());

  /* The final state first: an excluded course names the group that counts
   * another course, which may come later in the plan */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      apply_option (tree, item, &g_array_index (item->options, Option, item->chosen), &state);
    }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      const Option *option = &g_array_index (item->options, Option, item->chosen);

      for (guint g = 0; g < item->groups->len; g++)
        g_ptr_array_add (g_ptr_array_index (group_entries, g_array_index (item->groups, guint, g)),
                         item->entry);

      switch (option->kind)
        {
        case OPTION_EXCLUDE:
          {
            /* The group whose course counts instead */
            for (guint g = 0; g < item->groups->len; g++)
              {
                guint index = g_array_index (item->groups, guint, g);
                const Group *group = &g_array_index (tree->groups, Group, index);
                g_autofree char *courses = NULL;

                if (!state.used[index])
                  continue;
                courses = join_course_labels (self->program, group->course_ids);
                add_not_counted (self, view, item->entry, CAREER_AUDIT_NOT_COUNTED_ONLY_ONE_OF,
                                 /* Translators: %s is a list of course codes */
                                 g_strdup_printf (_("Only one of %s counts toward the degree"),
                                                  courses));
                break;
              }
          }
          continue;

        case OPTION_FREE:
          g_ptr_array_add (self->electives[view], item->entry);
          break;

        case OPTION_LEAF:
          {
            const Leaf *leaf = &g_array_index (tree->leaves, Leaf, option->leaf);
            CareerAuditNode *node = g_array_index (tree->evals, EvalNode, leaf->eval).node;

            g_ptr_array_add (node->result[view].entries, item->entry);
          }
          break;

        case OPTION_ALL:
        default:
          for (guint j = 0; j < item->leaves->len; j++)
            {
              const Leaf *leaf = &g_array_index (tree->leaves, Leaf,
                                                 g_array_index (item->leaves, guint, j));
              CareerAuditNode *node = g_array_index (tree->evals, EvalNode, leaf->eval).node;

              g_ptr_array_add (node->result[view].entries, item->entry);
            }
          break;
        }

      if (item->mcredits >= 0)
        mcredits += item->mcredits;
      else
        {
          n_unknown++;
          g_ptr_array_add (self->unknown_credits[view], item->entry);
        }

      if (view == CAREER_AUDIT_VIEW_PLANNED)
        {
          double credits = item->mcredits >= 0 ? from_mcredits (item->mcredits) : 0.0;
          guint unknown = item->mcredits < 0 ? 1 : 0;

          switch (item->entry->status)
            {
            case CAREER_COURSE_STATUS_COMPLETED:
              self->totals.completed += credits;
              self->totals.n_completed_unknown += unknown;
              break;
            case CAREER_COURSE_STATUS_IN_PROGRESS:
              self->totals.in_progress += credits;
              self->totals.n_in_progress_unknown += unknown;
              break;
            case CAREER_COURSE_STATUS_PLANNED:
            default:
              self->totals.planned += credits;
              self->totals.n_planned_unknown += unknown;
              break;
            }
        }
    }

  /* Only-one-of groups: the course that counts, and a word when the plan has more */
  for (guint g = 0; g < tree->groups->len; g++)
    {
      const Group *group = &g_array_index (tree->groups, Group, g);
      GPtrArray *present = g_ptr_array_index (group_entries, g);
      CareerAuditResult *result = &group->node->result[view];

      result->status = CAREER_AUDIT_SATISFIED;
      for (guint i = 0; i < items->len; i++)
        {
          Item *item = g_ptr_array_index (items, i);
          const Option *option = &g_array_index (item->options, Option, item->chosen);

          if (option->kind != OPTION_EXCLUDE && g_ptr_array_find (present, item->entry, NULL))
            g_ptr_array_add (result->entries, item->entry);
        }

      if (present->len > 1)
        {
          g_autoptr(GPtrArray) ids = g_ptr_array_new ();
          g_autofree char *courses = NULL;

          for (guint i = 0; i < present->len; i++)
            {
              const CareerAuditEntry *entry = g_ptr_array_index (present, i);

              g_ptr_array_add (ids, (gpointer) entry->course_id);
            }
          courses = join_course_labels (self->program, ids);
          g_clear_pointer (&result->reason, g_free);
          /* Translators: %s is a list of course codes */
          result->reason = g_strdup_printf (_("Only one of these courses counts toward the "
                                              "degree: %s"), courses);
        }
    }

  /* Statuses of the tree, then its entries and credits */
  tree_status = eval_root (tree, &state, view, NULL, &tree_progress);
  if (self->root != NULL)
    collect_results (self->root, view);

  /* Credits and the degree as a whole */
  mcredits += tree->transfer_counted;
  self->credits[view] = mcredits;
  self->n_unknown[view] = n_unknown;
  self->status[view] = degree_status (tree, tree_status, tree_progress, mcredits, n_unknown,
                                      &self->credits_status[view]);

  state_clear (&state);
}

static void
audit_view (CareerAudit     *self,
            Tree            *tree,
            CareerAuditView  view)
{
  g_autoptr(GHashTable) counted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (item_free);
  Search search = { 0, };

  /* One entry per course: the most advanced status, the earliest on a tie */
  for (guint i = 0; i < self->entries->len; i++)
    {
      CareerAuditEntry *entry = g_ptr_array_index (self->entries, i);
      CareerAuditEntry *other;

      if (view == CAREER_AUDIT_VIEW_COMPLETED && entry->status != CAREER_COURSE_STATUS_COMPLETED)
        continue;
      if (entry->course == NULL)
        continue;

      other = g_hash_table_lookup (counted, entry->course_id);
      if (other == NULL || entry->status > other->status)
        g_hash_table_insert (counted, (gpointer) entry->course_id, entry);
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      CareerAuditEntry *entry = g_ptr_array_index (self->entries, i);
      CareerAuditEntry *other;

      if (view == CAREER_AUDIT_VIEW_COMPLETED && entry->status != CAREER_COURSE_STATUS_COMPLETED)
        continue;

      if (entry->course == NULL)
        {
          add_not_counted (self, view, entry, CAREER_AUDIT_NOT_COUNTED_OUTSIDE_PROGRAM,
                           /* Translators: %s is the name of a degree program */
                           g_strdup_printf (_("Not a course of %s"),
                                            career_program_get_name (self->program)));
          continue;
        }

      other = g_hash_table_lookup (counted, entry->course_id);
      if (other != entry)
        {
          g_autofree char *term = career_term_dup_label (other->term);

          add_not_counted (self, view, entry, CAREER_AUDIT_NOT_COUNTED_REPEAT,
                           /* Translators: %s is a term, as in "Fall 2025" */
                           g_strdup_printf (_("Counted once, in %s"), term));
          continue;
        }

      g_ptr_array_add (items, item_new (tree, entry));
    }

  search.tree = tree;
  search.items = items;
  search_solve (&search);

  g_debug ("Audit of %s, view %d: %u states, %" G_GUINT64_FORMAT " units of work%s",
           career_program_get_id (self->program), view, search.n_states, search.work,
           search.stopped ? ", stopped" : "");
  self->n_states += search.n_states;
  if (search.stopped)
    self->exact = FALSE;

  record_view (self, tree, items, view);

  /* A search that stopped has not proved that no assignment does better
   * than the one it keeps.  Unless the bound rules a better one out, the
   * degree is not known to be met or not: the audit could not decide. */
  if (search.stopped && search.bound[0] > status_rank (self->status[view]) &&
      search.bound[0] >= status_rank (CAREER_AUDIT_UNKNOWN))
    self->status[view] = CAREER_AUDIT_UNKNOWN;
}

/* GObject */

static void
career_audit_finalize (GObject *object)
{
  CareerAudit *self = (CareerAudit *) object;

  g_clear_pointer (&self->root, node_free);
  for (guint v = 0; v < CAREER_AUDIT_N_VIEWS; v++)
    {
      g_clear_pointer (&self->not_counted[v], g_ptr_array_unref);
      g_clear_pointer (&self->electives[v], g_ptr_array_unref);
      g_clear_pointer (&self->unknown_credits[v], g_ptr_array_unref);
    }
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->program);

  G_OBJECT_CLASS (career_audit_parent_class)->finalize (object);
}

static void
career_audit_class_init (CareerAuditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_audit_finalize;
}

static void
career_audit_init (CareerAudit *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  for (guint v = 0; v < CAREER_AUDIT_N_VIEWS; v++)
    {
      self->not_counted[v] = g_ptr_array_new_with_free_func (not_counted_free);
      self->electives[v] = g_ptr_array_new ();
      self->unknown_credits[v] = g_ptr_array_new ();
    }
  self->exact = TRUE;
}

static void
collect_entries (CareerAudit *self,
                 CareerPlan  *plan,
                 CareerTerm  *last_term)
{
  GListModel *terms = career_plan_get_terms (plan);

  for (guint t = 0; t < g_list_model_get_n_items (terms); t++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
      GListModel *courses = career_term_get_courses (term);

      if (last_term != NULL && career_term_compare (term, last_term) > 0)
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (courses); i++)
        {
          CareerAuditEntry *entry = g_new0 (CareerAuditEntry, 1);
          CareerCourse *course;

          entry->plan_course = g_list_model_get_item (courses, i);
          entry->term = g_object_ref (term);
          entry->term_position = t;
          entry->position = i;
          entry->course_id = career_plan_course_get_course_id (entry->plan_course);
          entry->status = career_plan_course_get_status (entry->plan_course);
          course = career_program_lookup_course (self->program, entry->course_id);
          /* A local id would match too; only the program's full ids count */
          if (course != NULL && g_strcmp0 (career_course_get_id (course), entry->course_id) == 0)
            {
              entry->course = g_object_ref (course);
              entry->has_credits = career_course_get_credits (course, &entry->credits);
              if (!entry->has_credits)
                entry->credits = 0.0;
            }
          g_ptr_array_add (self->entries, entry);
        }
    }

  /* Plans keep their terms by date; the audit orders by that date anyway */
  g_ptr_array_sort (self->entries, compare_entries);
}

/**
 * career_audit_new_until:
 * @program: the program
 * @specialization_id: (nullable): the chosen specialization option
 * @plan: the plan
 * @last_term: (nullable): count only the terms up to this one (by date),
 *   or %NULL for every term
 *
 * Audits the entries of @plan's terms up to @last_term; see career_audit_new().
 *
 * Returns: (transfer full): the audit
 */
CareerAudit *
career_audit_new_until (CareerProgram *program,
                        const char    *specialization_id,
                        CareerPlan    *plan,
                        CareerTerm    *last_term)
{
  CareerAudit *self;
  CareerRequirement *requirements;
  GListModel *transfers;
  Tree tree = { 0, };
  double limit;

  g_return_val_if_fail (CAREER_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (last_term == NULL || CAREER_IS_TERM (last_term), NULL);

  self = g_object_new (CAREER_TYPE_AUDIT, NULL);
  self->program = g_object_ref (program);

  /* Totals that do not depend on the matching */
  self->totals.needed = career_program_get_total_credits (program);
  transfers = career_plan_get_transfer_credits (plan);
  for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
    {
      g_autoptr(CareerTransferCredit) credit = g_list_model_get_item (transfers, i);

      self->totals.transfer += career_transfer_credit_get_credits (credit);
    }
  self->totals.transfer_limit_known = career_program_get_transfer_limit (program, &limit);
  if (self->totals.transfer_limit_known)
    {
      self->totals.transfer_limit = limit;
      self->totals.transfer_counted = MIN (self->totals.transfer, limit);
    }
  else
    self->transfer_uncertain = to_mcredits (self->totals.transfer);

  collect_entries (self, plan, last_term);

  tree.program = program;
  tree.evals = g_array_new (FALSE, FALSE, sizeof (EvalNode));
  tree.leaves = g_array_new (FALSE, FALSE, sizeof (Leaf));
  tree.groups = g_array_new (FALSE, FALSE, sizeof (Group));
  tree.any_leaves = g_array_new (FALSE, FALSE, sizeof (guint));
  tree.classes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  tree.leaves_by_course = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                 (GDestroyNotify) g_array_unref);
  tree.groups_by_course = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                 (GDestroyNotify) g_array_unref);
  tree.double_counting = career_program_get_double_counting (program);
  tree.needed = to_mcredits (self->totals.needed);
  tree.transfer_counted = to_mcredits (self->totals.transfer_counted);
  tree.transfer_uncertain = self->transfer_uncertain;

  requirements = career_program_get_requirements (program);
  if (requirements != NULL)
    {
      tree_add_node (&tree, requirements, _("Degree requirements"), G_MAXUINT, specialization_id);
      self->root = g_array_index (tree.evals, EvalNode, 0).node;
    }
  tree_find_classes (&tree);

  for (guint v = 0; v < CAREER_AUDIT_N_VIEWS; v++)
    audit_view (self, &tree, v);

  tree_clear (&tree);

  return self;
}

/**
 * career_audit_new:
 * @program: the program
 * @specialization_id: (nullable): the chosen specialization option, %NULL
 *   when none is chosen yet
 * @plan: the plan
 *
 * Audits every entry of @plan against @program's requirements.  The audit is
 * a snapshot: it does not follow later changes of the plan.
 *
 * Returns: (transfer full): the audit
 */
CareerAudit *
career_audit_new (CareerProgram *program,
                  const char    *specialization_id,
                  CareerPlan    *plan)
{
  return career_audit_new_until (program, specialization_id, plan, NULL);
}

/**
 * career_audit_get_program:
 *
 * Returns: (transfer none): the audited program
 */
CareerProgram *
career_audit_get_program (CareerAudit *self)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);

  return self->program;
}

/**
 * career_audit_get_root:
 *
 * Returns: (nullable): the audited requirement tree; %NULL for a program
 *   without one
 */
const CareerAuditNode *
career_audit_get_root (CareerAudit *self)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);

  return self->root;
}

/**
 * career_audit_get_status:
 *
 * The degree as a whole: the requirement tree and the total credits, both.
 */
CareerAuditStatus
career_audit_get_status (CareerAudit     *self,
                         CareerAuditView  view)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), CAREER_AUDIT_UNKNOWN);
  g_return_val_if_fail (view < CAREER_AUDIT_N_VIEWS, CAREER_AUDIT_UNKNOWN);

  return self->status[view];
}

/**
 * career_audit_get_credits_status:
 *
 * The total credits alone: SATISFIED when the known credits reach the
 * program's total; UNKNOWN when they do not but courses of unknown credits
 * count, or transfer credit under a limit that is not known could make up
 * the rest.
 */
CareerAuditStatus
career_audit_get_credits_status (CareerAudit     *self,
                                 CareerAuditView  view)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), CAREER_AUDIT_UNKNOWN);
  g_return_val_if_fail (view < CAREER_AUDIT_N_VIEWS, CAREER_AUDIT_UNKNOWN);

  return self->credits_status[view];
}

/**
 * career_audit_get_credits:
 * @n_unknown: (out) (optional): how many courses counted have credits that
 *   are not known
 *
 * Returns: the known credits counted toward the degree in @view, transfer
 *   credit up to the program's limit included: a lower bound when
 *   @n_unknown is not 0
 */
double
career_audit_get_credits (CareerAudit     *self,
                          CareerAuditView  view,
                          guint           *n_unknown)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), 0.0);
  g_return_val_if_fail (view < CAREER_AUDIT_N_VIEWS, 0.0);

  if (n_unknown != NULL)
    *n_unknown = self->n_unknown[view];
  return from_mcredits (self->credits[view]);
}

const CareerAuditTotals *
career_audit_get_totals (CareerAudit *self)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);

  return &self->totals;
}

/**
 * career_audit_get_entries:
 *
 * Returns: (transfer none) (element-type CareerAuditEntry): every entry of
 *   the plan the audit looked at, in plan order
 */
GPtrArray *
career_audit_get_entries (CareerAudit *self)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);

  return self->entries;
}

/**
 * career_audit_get_not_counted:
 *
 * Returns: (transfer none) (element-type CareerAuditNotCounted): the entries
 *   of @view that count toward nothing, and why
 */
GPtrArray *
career_audit_get_not_counted (CareerAudit     *self,
                              CareerAuditView  view)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);
  g_return_val_if_fail (view < CAREER_AUDIT_N_VIEWS, NULL);

  return self->not_counted[view];
}

/**
 * career_audit_get_electives:
 *
 * Returns: (transfer none) (element-type CareerAuditEntry): the entries that
 *   count toward the total credits but toward no requirement node
 */
GPtrArray *
career_audit_get_electives (CareerAudit     *self,
                            CareerAuditView  view)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);
  g_return_val_if_fail (view < CAREER_AUDIT_N_VIEWS, NULL);

  return self->electives[view];
}

/**
 * career_audit_get_unknown_credits:
 *
 * Returns: (transfer none) (element-type CareerAuditEntry): the entries that
 *   count toward the degree but whose credits are not known
 */
GPtrArray *
career_audit_get_unknown_credits (CareerAudit     *self,
                                  CareerAuditView  view)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);
  g_return_val_if_fail (view < CAREER_AUDIT_N_VIEWS, NULL);

  return self->unknown_credits[view];
}

/**
 * career_audit_dup_credits_text:
 *
 * Returns: (transfer full): the credits of @view for people: "12 of 30
 *   credits", "At least 3 of 30 credits; 9 courses' credits are not known"
 */
char *
career_audit_dup_credits_text (CareerAudit     *self,
                               CareerAuditView  view)
{
  g_autofree char *known = NULL;
  g_autofree char *needed = NULL;
  GString *text;

  g_return_val_if_fail (CAREER_IS_AUDIT (self), NULL);
  g_return_val_if_fail (view < CAREER_AUDIT_N_VIEWS, NULL);

  known = format_credits (from_mcredits (self->credits[view]));
  needed = format_credits (self->totals.needed);
  text = g_string_new (NULL);

  if (self->n_unknown[view] == 0)
    /* Translators: credits counted toward a degree, as in "12 of 30 credits" */
    g_string_append_printf (text, _("%s of %s credits"), known, needed);
  else
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE, "At least %s of %s credits; %u course's credits are "
                                      "not known",
                                      "At least %s of %s credits; %u courses' credits are "
                                      "not known",
                                      self->n_unknown[view]),
                            known, needed, self->n_unknown[view]);

  /* Which sentence follows from whether the limit is known, never from the
   * credits rounded to millicredits: a sliver rounds to 0, and a limit that
   * is not known is no limit of 0 */
  if (!self->totals.transfer_limit_known)
    {
      g_autofree char *transfer = format_credits (self->totals.transfer);

      if (self->totals.transfer > 0.0)
        /* Translators: %s is a number of credits */
        g_string_append_printf (text, _("; %s transfer credits not counted: the program's "
                                        "transfer limit is not known"), transfer);
    }
  else if (self->totals.transfer > self->totals.transfer_counted)
    {
      g_autofree char *limit = format_credits (self->totals.transfer_limit);

      /* Translators: %s is a number of credits */
      g_string_append_printf (text, _("; transfer credit counted up to the program's limit "
                                      "of %s"), limit);
    }

  return g_string_free (text, FALSE);
}

/**
 * career_audit_is_exact:
 *
 * Returns: %FALSE when the matching stopped at CAREER_AUDIT_MAX_STATES or
 *   CAREER_AUDIT_MAX_WORK before it had proved its assignment the best
 */
gboolean
career_audit_is_exact (CareerAudit *self)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), FALSE);

  return self->exact;
}

/**
 * career_audit_get_n_states:
 *
 * Returns: the states the matching explored, both views together
 */
guint
career_audit_get_n_states (CareerAudit *self)
{
  g_return_val_if_fail (CAREER_IS_AUDIT (self), 0);

  return self->n_states;
}

/**
 * career_audit_status_to_label:
 *
 * Returns: the status for people: "Met", "Partly met", "Not met", "Not known"
 */
const char *
career_audit_status_to_label (CareerAuditStatus status)
{
  switch (status)
    {
    case CAREER_AUDIT_SATISFIED:
      return _("Met");
    case CAREER_AUDIT_PARTIAL:
      return _("Partly met");
    case CAREER_AUDIT_OPEN:
      return _("Not met");
    case CAREER_AUDIT_UNKNOWN:
      return _("Not known");
    default:
      g_return_val_if_reached (NULL);
    }
}
