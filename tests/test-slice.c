/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <malloc.h>
#include <string.h>

#include "career-input-guard.h"
#include "career-slice.h"

#define N_BLOCKS   200000
#define MIB        (1024.0 * 1024.0)

/* What the process has taken from malloc(): the slice allocator's pages
 * come from posix_memalign(). */
static double
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (double) (info.uordblks + info.hblkhd);
}

/* Allocates and frees a burst of slices in this (the main) thread, and
 * says how much memory the allocator kept of it. */
static double
free_a_burst (gsize block_size)
{
  g_autofree gpointer *blocks = g_new (gpointer, N_BLOCKS);
  double before, full;

  before = heap_in_use ();
  for (guint i = 0; i < N_BLOCKS; i++)
    blocks[i] = g_slice_alloc (block_size);
  full = heap_in_use ();
  for (guint i = 0; i < N_BLOCKS; i++)
    g_slice_free1 (block_size, blocks[i]);

  /* Or the blocks are malloc()'s own, freed at once or not seen here. */
  if (full - before < 0.5 * N_BLOCKS * block_size)
    return 0;
  return heap_in_use () - before;
}

static gboolean
on_guard_timeout (gpointer user_data)
{
  g_error ("the slice allocator's worker did not run within %u ms",
           GPOINTER_TO_UINT (user_data));
  return G_SOURCE_REMOVE;
}

static void
wait_for_trims (guint n_trims)
{
  guint guard_ms = 3 * career_slice_get_delay_ms ();
  guint guard = g_timeout_add (guard_ms, on_guard_timeout, GUINT_TO_POINTER (guard_ms));

  while (career_slice_get_n_trims () < n_trims)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static void
test_json_tree (void)
{
  const char *text = "{\"a\": [1, 2, {\"b\": null}]}";
  g_autoptr(GError) error = NULL;
  CareerJsonTree *tree;

  g_assert_false (career_slice_trim_is_pending ());
  tree = career_input_parse (text, strlen (text), "tree.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (tree);
  g_assert_false (career_slice_trim_is_pending ());

  /* Freeing a document's tree asks for its blocks to be given back. */
  career_json_tree_free (tree);
  g_assert_true (career_slice_trim_is_pending ());
}

static void
test_trims_later (void)
{
  gint64 start = g_get_monotonic_time ();
  guint n_before = career_slice_get_n_trims ();
  double first, second, kept, first_rest, second_rest;

  gboolean seen;

  /* The main thread frees a burst; the allocator keeps its pages. Under
   * Valgrind or AddressSanitizer, or with G_SLICE=always-malloc, the
   * memory cannot be seen: the passes are still checked. */
  first = free_a_burst (48);
  seen = first > 0;
  if (!seen)
    g_test_message ("the slice allocator hands blocks to malloc() here: "
                    "not checking what the passes give back");
  career_slice_trim_later ();
  g_assert_true (career_slice_trim_is_pending ());

  /* A second burst a moment later (of another size: a burst of the same
   * size would take the first one's blocks again) is not old enough for
   * the first pass. */
  g_usleep (300 * 1000);
  second = free_a_burst (80);
  g_assert_true (!seen || second > 0);
  career_slice_trim_later ();
  kept = heap_in_use ();
  g_test_message ("kept %.1f and %.1f MiB", first / MIB, second / MIB);

  /* The first pass gives back the first burst, from another thread, after
   * the allocator's working set: no later free in this thread did it. */
  wait_for_trims (n_before + 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=,
                   (gint64) career_slice_get_delay_ms () * 1000);
  first_rest = heap_in_use ();
  if (seen)
    g_assert_cmpfloat (kept - first_rest, >, 0.5 * first);
  g_assert_true (career_slice_trim_is_pending ());

  /* The second pass comes back for the second burst. */
  wait_for_trims (n_before + 2);
  second_rest = heap_in_use ();
  g_test_message ("then %.1f and %.1f MiB in use", first_rest / MIB, second_rest / MIB);
  if (seen)
    g_assert_cmpfloat (first_rest - second_rest, >, 0.5 * second);
  g_assert_false (career_slice_trim_is_pending ());
  g_assert_cmpuint (career_slice_get_n_trims (), ==, n_before + 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* In this order: the first needs no pass pending when it starts. */
  g_test_add_func ("/slice/trims-later", test_trims_later);
  g_test_add_func ("/slice/json-tree", test_json_tree);

  return g_test_run ();
}
