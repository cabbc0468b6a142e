/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The interface with a large catalog, measured in-process: how long the
 * Skills view's search and the Courses view's catalog search take from a
 * keystroke to the next frame on screen, and how long switching views takes
 * to the next frame.  The
 * target is one frame (16 ms at 60 Hz).
 *
 * A keystroke: the search entry's text is set and "search-changed" emitted
 * at once (GtkSearchEntry itself waits 150 ms after typing before it emits
 * it; that wait is by design and not counted), then the main loop runs until
 * the window's frame clock has painted a frame.  Times are taken at the
 * frame clock's "layout" and "after-paint" signals, so each figure splits
 * into the filtering (the signal's handlers, synchronous here), the layout
 * and the drawing.  Between two measures the loop idles for 300 ms, so that
 * the frame clock is not pacing frames and the entry's own delayed emission
 * has run.
 *
 * Runs under a display (xvfb-run); skips itself without one.
 */
#define G_LOG_DOMAIN "CareerBench"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bench-generate.h"
#include "bench-util.h"
#include "career-application.h"
#include "career-catalog.h"
#include "career-courses-view.h"
#include "career-drop-down.h"
#include "career-plan-file.h"
#include "career-recycling-model.h"
#include "career-skills-view.h"
#include "career-window.h"

#define FRAME_MS 16.0
#define SETTLE_MS 300.0

/* "--first-shows": only the first switch to each view, for profiling it */
static gboolean first_shows_only;
/* "--courses-first": "--first-shows", the first switch to Courses, then
 * to Skills (the window prepares Skills first) */
static gboolean courses_first;
/* "--windows": when each timed frame was, to cut a profile to it */
static gboolean print_windows;
/* How long the window rests after its first frame, as after start-up,
 * while it builds and lays out the Skills and Courses views ahead of their
 * first switch (src/app/career-window.c, prepare_cb()). "--rest=MS" sets
 * it; "--at-once" is "--rest=0": the first switch to Skills right after the
 * window's first frame, before the window has built the other views. */
static double rest_ms = 1500.0;
/* Every change waits SETTLE_MS for the window to be idle first, but for
 * the first switch after "--rest" or "--at-once" */
static gboolean settle_first = TRUE;

typedef struct
{
  guint  n_layouts;
  guint  n_paints;
  double last_frame_start;
  double last_frame_start_thread_cpu;
  double last_layout;
  double last_paint;
  double last_paint_thread_cpu;
  double last_paint_process_cpu;
  double longest_frame;   /* since it was last reset, from a frame's start to its paint */
} FrameWatch;

static FrameWatch watch;

static void
on_layout_cb (GdkFrameClock *clock,
              gpointer       user_data)
{
  watch.n_layouts++;
  watch.last_layout = bench_now_ms ();
}

static void
on_before_paint_cb (GdkFrameClock *clock,
                    gpointer       user_data)
{
  watch.last_frame_start = bench_now_ms ();
  watch.last_frame_start_thread_cpu = bench_thread_cpu_ms ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  watch.n_paints++;
  watch.last_paint = bench_now_ms ();
  watch.longest_frame = MAX (watch.longest_frame, watch.last_paint - watch.last_frame_start);
  watch.last_paint_thread_cpu = bench_thread_cpu_ms ();
  watch.last_paint_process_cpu = bench_process_cpu_ms ();
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds */
static void
idle_for (double ms)
{
  gboolean done = FALSE;

  g_timeout_add ((guint) ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  double last;
  double longest;
  double longest_start;
} Probe;

static gboolean
on_probe_cb (gpointer user_data)
{
  Probe *probe = user_data;
  double now = bench_now_ms ();

  if (now - probe->last > probe->longest)
    {
      probe->longest = now - probe->last;
      probe->longest_start = probe->last;
    }
  probe->last = now;
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop for @ms milliseconds, and returns the longest it was
 * busy at a time: a timeout every millisecond, at the priority of input
 * events, is dispatched late by as much as the work that held the loop;
 * a keystroke would have waited that long */
static double
idle_for_probed (double ms)
{
  Probe probe = { bench_now_ms (), 0 };
  guint id = g_timeout_add_full (G_PRIORITY_DEFAULT, 1, on_probe_cb, &probe, NULL);

  idle_for (ms);
  g_source_remove (id);
  if (print_windows)
    printf ("      (the longest busy stretch, CLOCK_MONOTONIC: %.6f to %.6f s)\n",
            probe.longest_start / 1e3, (probe.longest_start + probe.longest) / 1e3);
  return probe.longest - 1;
}

/* Runs the main loop until a frame is painted after @n_paints; FALSE after
 * two seconds without one */
static gboolean
wait_for_paint (guint n_paints)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (2000, on_timeout_cb, &timed_out);

  while (watch.n_paints == n_paints && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return !timed_out;
}

typedef struct
{
  double handler;     /* the change and its signal handlers, synchronous */
  double layout;      /* from the start to the end of the frame's layout phase */
  double frame;       /* from the start to the end of the painted frame */
  double main_cpu;    /* CPU time of the main thread up to the frame */
  double process_cpu; /* CPU time of all threads (Mesa's llvmpipe too) */
  double start;       /* when the change was made, CLOCK_MONOTONIC in ms */
  double wait;        /* while the frame clock runs (a focused entry's cursor
                       * fades in and out in every frame), a change waits for
                       * the clock's next frame, up to a frame's time: the
                       * time from the handlers' return to the start of the
                       * frame less the main thread's CPU time in it; 0 when
                       * the clock drew no frame in the frame before the
                       * change */
} Timing;

typedef void (*ChangeFunc) (gpointer user_data);

static Timing
time_to_frame (GtkWidget  *window,
               ChangeFunc  change,
               gpointer    user_data)
{
  Timing timing = { NAN, NAN, NAN, NAN, NAN, NAN, NAN };
  guint n_paints, n_layouts;
  double t0, thread0, process0, handler_cpu;
  gboolean running;

  if (settle_first)
    idle_for (SETTLE_MS);
  settle_first = TRUE;
  n_paints = watch.n_paints;
  n_layouts = watch.n_layouts;

  thread0 = bench_thread_cpu_ms ();
  process0 = bench_process_cpu_ms ();
  t0 = timing.start = bench_now_ms ();
  running = watch.last_paint > t0 - 1.5 * FRAME_MS;
  change (user_data);
  timing.handler = bench_now_ms () - t0;
  handler_cpu = bench_thread_cpu_ms ();
  /* A frame even when the change happens to draw nothing new */
  gtk_widget_queue_draw (window);
  if (wait_for_paint (n_paints))
    {
      timing.frame = watch.last_paint - t0;
      timing.main_cpu = watch.last_paint_thread_cpu - thread0;
      timing.process_cpu = watch.last_paint_process_cpu - process0;
      timing.wait = running ? MAX (0, (watch.last_frame_start - t0 - timing.handler) -
                                         (watch.last_frame_start_thread_cpu - handler_cpu))
                            : 0;
      if (watch.n_layouts != n_layouts)
        timing.layout = watch.last_layout - t0;
    }
  if (print_windows)
    printf ("      (the frame of the next line, CLOCK_MONOTONIC: %.6f to %.6f s)\n", t0 / 1e3,
            (t0 + timing.frame) / 1e3);
  return timing;
}

/* Keystrokes */

typedef struct
{
  GtkEditable *entry;
  const char  *text;
} Keystroke;

static guint n_search_changed;

static void
on_entry_search_changed_cb (GtkSearchEntry *entry,
                            gpointer        user_data)
{
  n_search_changed++;
}

/* One keystroke: the entry's text becomes key->text, which differs from the
 * current text by one character added or removed at the end, as typing or
 * Backspace does it (gtk_editable_set_text() would empty the entry first,
 * and an empty search entry emits "search-changed" at once, so the view
 * would filter twice).  The entry itself emits "search-changed" 150 ms after
 * a change, or at once when it becomes empty: emit it here unless it did. */
static void
type_text (gpointer user_data)
{
  Keystroke *key = user_data;
  const char *current = gtk_editable_get_text (key->entry);
  int length = (int) strlen (current);
  int new_length = (int) strlen (key->text);
  guint before = n_search_changed;

  if (new_length > length)
    {
      int position = length;

      gtk_editable_insert_text (key->entry, key->text + length, new_length - length, &position);
    }
  else
    gtk_editable_delete_text (key->entry, new_length, length);
  g_assert (g_str_equal (gtk_editable_get_text (key->entry), key->text));

  if (n_search_changed == before)
    g_signal_emit_by_name (key->entry, "search-changed");
}

/* The model of slots under a list view's selection */
static CareerRecyclingModel *
list_slots (GtkListView *list)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (list);
  GListModel *model = NULL;

  if (GTK_IS_SINGLE_SELECTION (selection))
    model = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
  else if (GTK_IS_NO_SELECTION (selection))
    model = gtk_no_selection_get_model (GTK_NO_SELECTION (selection));
  return CAREER_IS_RECYCLING_MODEL (model) ? CAREER_RECYCLING_MODEL (model) : NULL;
}

/* The rows a list view has when its change is whole (not only those on
 * screen) */
static guint
list_rows (GtkListView *list)
{
  CareerRecyclingModel *slots = list_slots (list);
  GListModel *model = slots ? career_recycling_model_get_model (slots)
                            : G_LIST_MODEL (gtk_list_view_get_model (list));

  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

typedef struct
{
  guint  n_frames;  /* after the keystroke's, until the list is whole */
  double longest;   /* the longest of those frames, from its start to its paint */
} Rest;

/* A list shows a change a frame's rows at a time (CareerRecyclingModel):
 * the frames after the keystroke's until it is whole */
static Rest
frames_until_settled (GtkListView *list)
{
  CareerRecyclingModel *slots = list_slots (list);
  Rest rest = { 0, 0 };

  while (slots != NULL && !career_recycling_model_is_settled (slots))
    {
      if (!wait_for_paint (watch.n_paints))
        break;
      rest.n_frames++;
      rest.longest = MAX (rest.longest, watch.last_paint - watch.last_frame_start);
    }
  return rest;
}

static double
median_of (GArray *values)
{
  return bench_median ((double *) (gpointer) values->data, values->len);
}

static double
longest_of (GArray *values)
{
  double longest = 0;

  for (guint i = 0; i < values->len; i++)
    longest = MAX (longest, g_array_index (values, double, i));
  return longest;
}

/* Types @word into @view's search entry and erases it again; @view_type is
 * the view's template type, "search_entry" and @list_name its children. */
static void
bench_typing (GtkWidget  *window,
              GtkWidget  *view,
              GType       view_type,
              const char *list_name,
              const char *word,
              const char *label)
{
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_template_child (view, view_type,
                                                                   "search_entry"));
  GtkListView *list = GTK_LIST_VIEW (gtk_widget_get_template_child (view, view_type, list_name));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) handlers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) owns = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = strlen (word);
  guint met = 0, met_cpu = 0, met_own = 0, n_with_rest = 0, n_rest = 0, rest_met = 0;
  double longest_rest = 0;

  g_signal_handlers_disconnect_by_func (entry, on_entry_search_changed_cb, NULL);
  g_signal_connect (entry, "search-changed", G_CALLBACK (on_entry_search_changed_cb), NULL);

  /* Type the word, then erase it again */
  for (guint i = 1; i <= n; i++)
    g_ptr_array_add (texts, g_strndup (word, i));
  for (guint i = n; i-- > 0; )
    g_ptr_array_add (texts, g_strndup (word, i));

  printf ("  %s\n", label);
  printf ("    %-10s %5s %8s %8s %8s %8s %8s %8s %13s\n", "search", "rows", "handlers", "wait",
          "layout", "frame", "main CPU", "all CPU", "then: frames");
  for (guint i = 0; i < texts->len; i++)
    {
      Keystroke key = { entry, g_ptr_array_index (texts, i) };
      Timing timing = time_to_frame (window, type_text, &key);
      Rest rest = frames_until_settled (list);
      g_autofree char *shown = g_strdup_printf ("\"%s\"", key.text);
      g_autofree char *then = rest.n_frames == 0 ? g_strdup ("-")
                              : g_strdup_printf ("%u, <= %.1f", rest.n_frames, rest.longest);

      double own = timing.frame - timing.wait;

      printf ("    %-10s %5u %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %13s\n", shown,
              list_rows (list), timing.handler, timing.wait, timing.layout, timing.frame,
              timing.main_cpu, timing.process_cpu, then);
      g_array_append_val (frames, timing.frame);
      g_array_append_val (owns, own);
      if (own <= FRAME_MS)
        met_own++;
      g_array_append_val (cpus, timing.main_cpu);
      g_array_append_val (handlers, timing.handler);
      if (timing.frame <= FRAME_MS)
        met++;
      if (timing.main_cpu <= FRAME_MS)
        met_cpu++;
      if (rest.n_frames > 0)
        {
          n_rest += rest.n_frames;
          longest_rest = MAX (longest_rest, rest.longest);
          if (rest.longest <= FRAME_MS)
            rest_met++;
          n_with_rest++;
        }
    }
  printf ("    median: %.1f ms to the frame (%.1f ms in the handlers; main thread CPU %.1f ms);\n"
          "    %u of %u keystrokes within one frame (%.0f ms); %u of %u with at most a frame's\n"
          "    main thread CPU (the wall clock also waits for the frame clock when something\n"
          "    animates, such as the focused entry's cursor)\n", median_of (frames),
          median_of (handlers), median_of (cpus), met, texts->len, FRAME_MS, met_cpu, texts->len);
  printf ("    less the \"wait\" for the frame clock's next frame: median %.1f ms, longest\n"
          "    %.1f ms; %u of %u within one frame\n", median_of (owns), longest_of (owns),
          met_own, texts->len);
  if (n_with_rest > 0)
    printf ("    %u keystrokes showed the rest of their rows in %u later frames, the longest\n"
            "    %.1f ms; %u of %u did all of them within one frame each\n",
            n_with_rest, n_rest, longest_rest, rest_met, n_with_rest);
  printf ("\n");
}

/* View switches */

typedef struct
{
  GtkWidget  *window;
  const char *name;
} Switch;

static void
switch_view (gpointer user_data)
{
  Switch *view = user_data;

  gtk_widget_activate_action (view->window, "win.show-view", "s", view->name);
}

/* The first switch to the Skills or Courses view, which the window builds
 * and lays out ahead of it once it rests (or builds then, when the switch
 * comes sooner); its list, empty until then, fills up from that frame on,
 * a frame's rows at a time (CareerRecyclingModel) */
static void
bench_first_show (GtkWidget  *window,
                  const char *name,
                  GType       view_type,
                  const char *list_name)
{
  Switch view = { window, name };
  gint64 rss_before = bench_rss_kib ();
  Timing timing = time_to_frame (window, switch_view, &view);
  GtkWidget *built = career_window_get_view (CAREER_WINDOW (window), name);
  Rest rest = frames_until_settled (GTK_LIST_VIEW (gtk_widget_get_template_child (built, view_type,
                                                                                  list_name)));
  gint64 rss_after;

  printf ("  first switch to %s: %.1f ms to the frame, %.1f ms less the wait for the frame\n"
          "  clock (handlers %.1f ms, layout until %.1f ms; main thread CPU %.1f ms); its list\n"
          "  filled up in %u more frames, the longest %.1f ms\n\n", name, timing.frame,
          timing.frame - timing.wait, timing.handler, timing.layout, timing.main_cpu,
          rest.n_frames, rest.longest);
  /* To find the switch in a profile: perf record -k CLOCK_MONOTONIC */
  if (first_shows_only && !print_windows)
    printf ("  the switch's frame, CLOCK_MONOTONIC: %.6f to %.6f s\n\n", timing.start / 1e3,
            (timing.start + timing.frame) / 1e3);
  idle_for (SETTLE_MS);

  /* What drawing the view (and building it, if the switch did) adds to
   * the resident memory */
  rss_after = bench_rss_kib ();
  printf ("  resident memory %.1f MiB after it, %+.1f MiB\n\n",
          rss_after / 1024.0, (rss_after - rss_before) / 1024.0);
}

/* With the keyboard focus in the view a switch leaves, the window moves it
 * into the view shown once the switch's frame is drawn (fix 21), and the
 * next frame restyles the view for its new focus: that frame, from its
 * start to its paint; 0 when the focus did not move */
static double
focus_frame (GtkWidget *window,
             GtkWidget *focus_before)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (focus == focus_before)
    return 0;
  if (focus == NULL || !gtk_widget_is_visible (focus))
    g_error ("the focus did not follow into the view shown");
  if (!wait_for_paint (watch.n_paints))
    return NAN;
  return watch.last_paint - watch.last_frame_start;
}

static void
bench_switching (GtkWidget  *window,
                 const char *label)
{
  static const char * const names[] = { "courses", "compare", "skills" };
  g_autoptr(GArray) later = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) later_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) later_own = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) focus_frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) idle_frames = g_array_new (FALSE, FALSE, sizeof (double));
  guint met = 0, met_own = 0, met_both = 0, n = 0;

  printf ("  %s\n", label);
  printf ("    %-10s %8s %8s %8s %8s %8s %8s %8s %8s\n", "to view", "handlers", "wait", "layout",
          "frame", "main CPU", "all CPU", "focus", "idle");
  for (guint round = 0; round < 4; round++)
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        Switch view = { window, names[i] };
        GtkWidget *focus_before = gtk_root_get_focus (GTK_ROOT (window));
        Timing timing = time_to_frame (window, switch_view, &view);
        double focus = focus_frame (window, focus_before);
        double own = timing.frame - timing.wait;
        double idle;

        /* The frames in the pause after it, in which the window restyles
         * the hidden views (fix 22) */
        watch.longest_frame = 0;
        idle_for (2 * SETTLE_MS);
        idle = watch.longest_frame;

        if (round <= 1)
          printf ("    %-10s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f%s\n", names[i],
                  timing.handler, timing.wait, timing.layout, timing.frame, timing.main_cpu,
                  timing.process_cpu, focus, idle, round == 0 ? "  (first time)" : "");
        if (round == 0)
          continue;

        g_array_append_val (later, timing.frame);
        g_array_append_val (later_cpu, timing.main_cpu);
        g_array_append_val (later_own, own);
        g_array_append_val (waits, timing.wait);
        g_array_append_val (focus_frames, focus);
        g_array_append_val (idle_frames, idle);
        if (timing.frame <= FRAME_MS)
          met++;
        if (own <= FRAME_MS)
          met_own++;
        if (own <= FRAME_MS && focus <= FRAME_MS && idle <= FRAME_MS)
          met_both++;
        n++;
      }
  printf ("    median of the later switches (3 rounds): %.1f ms (main thread CPU %.1f ms); %u of %u\n"
          "    within one frame\n", median_of (later), median_of (later_cpu), met, n);
  printf ("    \"wait\": from the handlers' return to the start of the next frame of the frame\n"
          "    clock, which the focused entry's fading cursor keeps running (median %.1f ms,\n"
          "    longest %.1f ms); without it the switches take median %.1f ms, longest %.1f ms,\n"
          "    %u of %u within one frame\n", median_of (waits), longest_of (waits),
          median_of (later_own), longest_of (later_own), met_own, n);
  printf ("    \"focus\": the next frame, which restyles the view shown for the keyboard focus\n"
          "    (fix 21), median %.1f ms, longest %.1f ms; \"idle\": the longest frame in the\n"
          "    pause after, which restyles the hidden views (fix 22), median %.1f ms, longest\n"
          "    %.1f ms; %u of %u switches had all their frames within a frame's time (less\n"
          "    the wait)\n",
          median_of (focus_frames), longest_of (focus_frames), median_of (idle_frames),
          longest_of (idle_frames), met_both, n);

  /* The same with the keyboard focus outside the views, as it is on the
   * view switcher after a click on it: the switch then changes no
   * :focus-within, which in GTK 4.8 restyles the whole of each view the
   * focus leaves or enters (the click pays for the view it leaves) */
  g_array_set_size (later, 0);
  g_array_set_size (later_cpu, 0);
  met = n = 0;
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        Switch view = { window, names[i] };
        Timing timing;

        gtk_window_set_focus (GTK_WINDOW (window), NULL);
        timing = time_to_frame (window, switch_view, &view);
        g_array_append_val (later, timing.frame);
        g_array_append_val (later_cpu, timing.main_cpu);
        if (timing.frame <= FRAME_MS)
          met++;
        n++;
      }
  printf ("    the same with the focus outside the views (on the view switcher after a click):\n"
          "    median %.1f ms (main thread CPU %.1f ms); %u of %u within one frame\n\n",
          median_of (later), median_of (later_cpu), met, n);
}

/* Set-up */

static void
add_generated (CareerCatalog          *catalog,
               const BenchCatalogSpec *spec,
               const char             *name)
{
  g_autoptr(GString) text = bench_generate_catalog (spec);
  g_autoptr(GError) error = NULL;

  if (!career_catalog_add_data (catalog, text->str, text->len, name, &error))
    g_error ("generated catalog: %s", error->message);
}

static GtkWidget *
open_window (CareerCatalog *catalog,
             CareerPlan    *plan,
             double        *set_up_ms,
             double        *first_frame_ms)
{
  GtkWidget *window = g_object_new (CAREER_TYPE_WINDOW, NULL);
  GdkFrameClock *clock;
  double t0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  t0 = bench_now_ms ();
  career_window_set_catalog (CAREER_WINDOW (window), catalog);
  career_window_set_plan (CAREER_WINDOW (window), plan);
  *set_up_ms = bench_now_ms () - t0;

  /* The first frame shows the page the window opens on, as at start-up */
  t0 = bench_now_ms ();
  gtk_window_present (GTK_WINDOW (window));
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout_cb), NULL);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  wait_for_paint (watch.n_paints);
  *first_frame_ms = watch.last_paint - t0;
  return window;
}

/* Widgets below @widget, and how many of them are labels (text to shape) */
static void
count_widgets (GtkWidget *widget,
               guint     *n_widgets,
               guint     *n_labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      (*n_widgets)++;
      if (GTK_IS_LABEL (child))
        (*n_labels)++;
      count_widgets (child, n_widgets, n_labels);
    }
}

static void
print_widget_counts (GtkWidget *window)
{
  static const char * const views[] = { "compare", "skills", "courses" };

  printf ("  widgets in each view after the first frame, on the page the window opens on\n"
          "  (labels among them):");
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *view = career_window_get_view (CAREER_WINDOW (window), views[i]);
      guint n_widgets = 0, n_labels = 0;

      if (view != NULL)
        count_widgets (view, &n_widgets, &n_labels);
      printf ("%s %s %u (%u)", i > 0 ? "," : "", views[i], n_widgets, n_labels);
    }
  printf ("\n\n");
}

static void
bench_catalog (const char    *title,
               CareerCatalog *catalog,
               CareerPlan    *plan,
               const char    *word,
               const char    *course_word)
{
  GtkWidget *window;
  GtkWidget *skills_view;
  GtkWidget *courses_view;
  CareerDropDown *sort;
  double set_up, first_frame;

  printf ("%s\n\n", title);
  window = open_window (catalog, plan, &set_up, &first_frame);
  print_widget_counts (window);
  if (rest_ms <= 0)
    printf ("  the first switch comes right after the window's first frame\n\n");
  else
    {
      double busy = idle_for_probed (rest_ms);

      printf ("  the window rests %.0f ms after its first frame, and builds and lays out the\n"
              "  other views meanwhile: the main loop was busy %.1f ms at most at a time\n\n",
              rest_ms, busy);
    }
  if (courses_first)
    {
      bench_first_show (window, "courses", CAREER_TYPE_COURSES_VIEW, "course_list");
      bench_first_show (window, "skills", CAREER_TYPE_SKILLS_VIEW, "list_view");
      gtk_window_destroy (GTK_WINDOW (window));
      idle_for (100);
      return;
    }
  bench_first_show (window, "skills", CAREER_TYPE_SKILLS_VIEW, "list_view");
  skills_view = career_window_get_view (CAREER_WINDOW (window), "skills");

  printf ("  showing the plan: career_window_set_catalog + set_plan %.1f ms; present to the "
          "first frame %.1f ms\n\n"
          "  All times in ms from the change: \"handlers\" until the change's signal handlers\n"
          "  return, \"layout\" until the frame's layout phase ends, \"frame\" until the frame is\n"
          "  painted (frame - layout = drawing and presenting); wall-clock.  \"main CPU\" and\n"
          "  \"all CPU\": CPU time up to the frame of the main thread and of all threads (Mesa's\n"
          "  too), which a busy machine does not inflate.\n\n", set_up, first_frame);

  if (!first_shows_only)
    bench_typing (window, skills_view, CAREER_TYPE_SKILLS_VIEW, "list_view", word,
                  "Typing in the Skills view's search, sorted by name:");

  sort = CAREER_DROP_DOWN (gtk_widget_get_template_child (skills_view, CAREER_TYPE_SKILLS_VIEW,
                                                      "sort_dropdown"));
  career_drop_down_set_selected (sort, CAREER_SKILL_SORT_GAP);
  idle_for (SETTLE_MS);
  if (!first_shows_only)
    bench_typing (window, skills_view, CAREER_TYPE_SKILLS_VIEW, "list_view", word,
                  "The same, sorted by gap:");
  career_drop_down_set_selected (sort, CAREER_SKILL_SORT_NAME);

  /* The course catalog: its page shown (the board is beside it, or behind
   * it in a narrow window) */
  bench_first_show (window, "courses", CAREER_TYPE_COURSES_VIEW, "course_list");
  courses_view = career_window_get_view (CAREER_WINDOW (window), "courses");
  if (first_shows_only)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      idle_for (100);
      return;
    }
  gtk_widget_activate_action (courses_view, "courses.browse", NULL);
  idle_for (SETTLE_MS);
  bench_typing (window, courses_view, CAREER_TYPE_COURSES_VIEW, "course_list", course_word,
                "Typing in the Courses view's catalog search:");

  bench_switching (window, "Switching views (win.show-view):");

  gtk_window_destroy (GTK_WINDOW (window));
  idle_for (100);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CareerApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("bench-ui: skipped: no display (DISPLAY is not set). Run the benchmarks under "
              "Xvfb:\n  dbus-run-session -- xvfb-run -a -s \"-screen 0 1920x1080x24\" "
              "meson test -C _build --benchmark -v\n");
      return 77;
    }

  gtk_init ();
  adw_init ();
  /* The application class registers the UI resources, and its start-up
   * loads its style sheets, as for the app */
  app = career_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("registering the application: %s", error->message);

  bench_print_header ("Interface with a large catalog (benchmarks/bench-ui.c)");
  {
    GdkDisplay *display = gdk_display_get_default ();

    printf ("display: %s (%s); GSK renderer: %s\n\n", gdk_display_get_name (display),
            G_OBJECT_TYPE_NAME (display),
            g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default (GL)");
  }

  /* "bench-ui builtin" or "bench-ui large" runs one part; for profiling,
   * "--first-shows" only the first switch to each view, and "--windows"
   * prints when each timed frame was (perf record -k CLOCK_MONOTONIC);
   * "--rest=MS", "--at-once" and "--courses-first" above */
  while (argc > 1 && g_str_has_prefix (argv[argc - 1], "--"))
    {
      if (g_str_equal (argv[argc - 1], "--first-shows"))
        first_shows_only = TRUE;
      else if (g_str_equal (argv[argc - 1], "--courses-first"))
        first_shows_only = courses_first = TRUE;
      else if (g_str_equal (argv[argc - 1], "--windows"))
        print_windows = TRUE;
      else if (g_str_equal (argv[argc - 1], "--at-once"))
        {
          rest_ms = 0;
          settle_first = FALSE;
        }
      else if (g_str_has_prefix (argv[argc - 1], "--rest="))
        {
          rest_ms = g_ascii_strtod (argv[argc - 1] + strlen ("--rest="), NULL);
          settle_first = FALSE;
        }
      else
        g_error ("unknown option %s", argv[argc - 1]);
      argc--;
    }
  if (argc < 2 || g_str_equal (argv[1], "builtin"))
  {
    g_autoptr(CareerCatalog) catalog = career_catalog_new ();
    g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "examples",
                                              "example.careerplan", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(CareerPlan) plan = NULL;

    if (!career_catalog_load_builtin (catalog, &error))
      g_error ("built-in catalog: %s", error->message);
    plan = career_plan_file_load (file, NULL, catalog, NULL, &error);
    if (plan == NULL)
      g_error ("example plan: %s", error->message);
    bench_catalog ("Built-in catalog (40 skills) and the example plan, for reference",
                   catalog, plan, "python", "comp 64");
  }

  /* 10 000 skills in 20 categories, 4 roles of 200 skills, one program of
   * 10 000 courses; a plan rating 200 skills with 40 course entries */
  if (argc < 2 || g_str_equal (argv[1], "large"))
  {
    BenchCatalogSpec skills = { .n_categories = 20, .n_skills = 10000, .skill_space = 10000 };
    BenchCatalogSpec roles = { .skill_space = 10000, .n_roles = 4, .role_size = 200 };
    BenchCatalogSpec program = {
      .skill_space = 10000, .n_courses = 10000, .core_size = 10, .elective_pool = 200,
    };
    BenchPlanSpec plan_spec = {
      .n_skills = 200, .n_history = 400, .n_entries = 40, .n_courses = 10000, .per_term = 4,
      .role_id = "role-0",
    };
    g_autoptr(GString) plan_text = bench_generate_plan (&plan_spec);
    g_autoptr(CareerCatalog) catalog = career_catalog_new ();
    g_autoptr(CareerPlan) plan = NULL;
    g_autofree char *word = bench_skill_word (4242);

    add_generated (catalog, &skills, "skills.json");
    add_generated (catalog, &roles, "roles.json");
    add_generated (catalog, &program, "program.json");
    plan = career_plan_file_load_data (plan_text->str, plan_text->len, "generated.careerplan",
                                       catalog, NULL, &error);
    if (plan == NULL)
      g_error ("generated plan: %s", error->message);
    bench_catalog ("Generated catalog: 10 000 skills in 20 categories, 4 roles of 200 skills, "
                   "one program\nof 10 000 courses; a plan rating 200 skills, 40 course entries",
                   catalog, plan, word, "gen 5242");
  }

  return 0;
}
