/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Giving back, off the main thread, what GLib 2.74's slice allocator keeps.
 *
 * g_slice_free1() puts a freed block in a magazine of its thread, and a full
 * magazine in a depot that all threads share. Magazines that have been in
 * the depot longer than the allocator's working set (15 s) are given back
 * to their pages by the next magazine of the same size pushed to the depot,
 * in whichever thread pushes it. Reading a large catalog or plan frees its
 * JSON tree, some hundred thousand blocks, in one burst; 15 s later a
 * keystroke that freed a few rows paid 25-40 ms to give all of them back
 * (docs/benchmarks.md, fix 18).
 *
 * career_slice_trim_later() is called after such a burst. Once the burst's
 * magazines are old enough, a worker thread pushes a magazine of every size
 * to the depot, and pays for giving them back instead of the main thread.
 * From GLib 2.76 g_slice_alloc() is malloc(), and with G_SLICE=always-malloc
 * (set by GLib itself under Valgrind) there is no depot: the worker's pass
 * is then only a few thousand malloc() and free() calls.
 */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include <gio/gio.h>

#include "career-slice.h"

/* The magazines' stamps are in milliseconds and are only read again every
 * few pushes; a little more than the working set is enough. */
#define MARGIN_MS 50

/* A magazine holds at most this many bytes' worth of blocks when threads
 * contend for the depot (GLib 2.74 raises a size's magazine to 256 * 64
 * bytes / block size). */
#define MAX_CONTENDED_MAGAZINE 16384

static GMutex lock;
static gint64 released_at;  /* g_get_monotonic_time() of the last burst */
static gint64 covered;      /* the last burst the pass running or done gives back */
static guint  timeout_id;
static gboolean trimming;
static guint  n_trims;

static void arm_locked (void);

/**
 * career_slice_get_delay_ms:
 *
 * Returns: how long after career_slice_trim_later() the worker gives back
 *   what was freed: the slice allocator's working set, and a little more
 */
guint
career_slice_get_delay_ms (void)
{
  gint64 working_set;

  /* Deprecated as a way to tune the allocator, but still how to ask it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  working_set = g_slice_get_config (G_SLICE_CONFIG_WORKING_SET_MSECS);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return (guint) working_set + MARGIN_MS;
}

static gsize
blocks_per_magazine (gsize block_size,
                     gsize page_size)
{
  gsize usual = page_size / MAX (5 * block_size, 5 * 32);

  return MAX (4, MAX (usual, MAX_CONTENDED_MAGAZINE / block_size));
}

static void
trim_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const gsize unit = 2 * sizeof (gsize);
  g_autofree gpointer *blocks = NULL;
  gsize n_sizes;
  gsize page_size;
  gsize max_blocks;

  /* The allocator is set up by its first block; every size is a multiple
   * of two pointers up to an eighth of its largest page. */
  g_slice_free1 (unit, g_slice_alloc (unit));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  n_sizes = CLAMP (g_slice_get_config (G_SLICE_CONFIG_CHUNK_SIZES), 1, 1024);
  G_GNUC_END_IGNORE_DEPRECATIONS
  page_size = 8 * unit * (n_sizes + 1);
  max_blocks = 2 * blocks_per_magazine (unit, page_size) + 2;
  blocks = g_new (gpointer, max_blocks);

  /* Allocating two magazines' worth of a size and freeing them fills this
   * thread's two magazines and pushes one to the depot, which gives back
   * that size's old magazines. A push reads the clock only every eighth
   * time, so the first sizes of the first round may be compared with an
   * old time: the second round sees the current one. */
  for (guint round = 0; round < 2; round++)
    for (gsize i = 0; i < n_sizes; i++)
      {
        gsize size = (i + 1) * unit;
        gsize n = MIN (2 * blocks_per_magazine (size, page_size) + 2, max_blocks);

        for (gsize j = 0; j < n; j++)
          blocks[j] = g_slice_alloc (size);
        for (gsize j = 0; j < n; j++)
          g_slice_free1 (size, blocks[j]);
      }

  g_task_return_boolean (task, TRUE);
}

static void
on_trimmed (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_mutex_lock (&lock);
  trimming = FALSE;
  n_trims++;
  if (released_at > covered)
    arm_locked ();
  g_mutex_unlock (&lock);
}

static gboolean
on_timeout (gpointer user_data)
{
  g_autoptr(GTask) task = NULL;

  g_mutex_lock (&lock);
  timeout_id = 0;
  trimming = TRUE;
  /* Blocks freed since then are not old enough yet: on_trimmed() comes
   * back for them. */
  covered = MIN (released_at,
                 g_get_monotonic_time () - (gint64) career_slice_get_delay_ms () * 1000);
  g_mutex_unlock (&lock);

  task = g_task_new (NULL, NULL, on_trimmed, NULL);
  g_task_set_source_tag (task, career_slice_trim_later);
  g_task_set_name (task, "[career] slice trim");
  g_task_run_in_thread (task, trim_thread);

  return G_SOURCE_REMOVE;
}

static void
arm_locked (void)
{
  gint64 due = released_at + (gint64) career_slice_get_delay_ms () * 1000;
  gint64 wait_ms = MAX (0, (due - g_get_monotonic_time () + 999) / 1000);

  timeout_id = g_timeout_add_full (G_PRIORITY_LOW, (guint) wait_ms, on_timeout, NULL, NULL);
  g_source_set_name_by_id (timeout_id, "[career] slice trim");
}

/**
 * career_slice_trim_later:
 *
 * Tells that many blocks were just freed with g_slice_free1() (or through
 * json_node_unref(), g_object_unref() and the like): once the slice
 * allocator would give them back, a worker thread makes it do so. Later
 * calls before that are given back together or by a second pass. The
 * worker is started from the default main context.
 */
void
career_slice_trim_later (void)
{
  if (glib_check_version (2, 76, 0) == NULL)
    return;

  g_mutex_lock (&lock);
  released_at = g_get_monotonic_time ();
  if (timeout_id == 0 && !trimming)
    arm_locked ();
  g_mutex_unlock (&lock);
}

/**
 * career_slice_get_n_trims:
 *
 * Returns: how many times the worker has given blocks back
 */
guint
career_slice_get_n_trims (void)
{
  guint n;

  g_mutex_lock (&lock);
  n = n_trims;
  g_mutex_unlock (&lock);

  return n;
}

/**
 * career_slice_trim_is_pending:
 *
 * Returns: whether the worker is to run, or running
 */
gboolean
career_slice_trim_is_pending (void)
{
  gboolean pending;

  g_mutex_lock (&lock);
  pending = timeout_id != 0 || trimming;
  g_mutex_unlock (&lock);

  return pending;
}
