/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench-launch: starts a program and measures, from the X server's side,
 * how long it takes until its first window is mapped and visible, and how
 * much memory it holds one second later.  The same external measure serves
 * any X11 program, so build-aux/benchmark-startup.sh compares Career Planner
 * with GNOME Text Editor with it.
 *
 *   bench-launch [--settle-ms MS] [--timeout-ms MS] -- PROGRAM [ARG...]
 *
 * prints one line (the program's own output goes to standard error):
 *
 *   map_ms=M paint_ms=P rss_kib=R pid=N
 *
 * map_ms: from just before fork() and exec() to the MapNotify of the first
 *   top-level window whose _NET_WM_PID is the child's (what `xdotool search
 *   --sync --onlyvisible --pid` waits for, without its 0.5 s polling step).
 * paint_ms: to the first time that window shows something drawn by the
 *   program: until then a new window shows the root window's black (run
 *   Xvfb with -br), and a GTK window is never black at the probed points
 *   (the centre and four points around it).  Polled every 2 ms with
 *   XGetImage after the map.  (The DAMAGE extension is no help here: the
 *   server reports damage for the map itself.)
 * rss_kib: VmRSS from /proc/PID/status, --settle-ms (1000) after the map.
 *
 * The events are read as they come (SubstructureNotify on the root
 * window).  Then the program is ended
 * with SIGTERM (SIGKILL after two seconds) and waited for.  The exit status
 * is 0 when a window was seen, 1 otherwise.
 */
#include "config.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long
window_pid (Display *dpy,
            Window   window,
            Atom     net_wm_pid)
{
  Atom type = None;
  int format = 0;
  unsigned long n_items = 0, after = 0;
  unsigned char *data = NULL;
  long pid = -1;

  if (XGetWindowProperty (dpy, window, net_wm_pid, 0, 1, False, XA_CARDINAL, &type, &format,
                          &n_items, &after, &data) == Success &&
      type == XA_CARDINAL && format == 32 && n_items == 1)
    pid = (long) *(unsigned long *) (void *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

static long
status_kib (pid_t       pid,
            const char *key)
{
  char path[64], line[256];
  size_t key_len = strlen (key);
  long value = -1;
  FILE *f;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  f = fopen (path, "r");
  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL)
    if (strncmp (line, key, key_len) == 0 && line[key_len] == ':')
      {
        value = strtol (line + key_len + 1, NULL, 10);
        break;
      }
  fclose (f);
  return value;
}

/* Ignore X errors about windows that went away between an event and a
 * request about them */
static int
ignore_x_error (Display     *dpy,
                XErrorEvent *event)
{
  (void) dpy;
  (void) event;
  return 0;
}

/* Waits for X events for up to @ms milliseconds */
static void
wait_for_events (Display *dpy,
                 double   ms)
{
  struct pollfd fd = { ConnectionNumber (dpy), POLLIN, 0 };

  if (XPending (dpy) > 0)
    return;
  poll (&fd, 1, ms < 1 ? 1 : (int) ms);
}

/* Whether any probe point of @window is not black */
static int
window_painted (Display *dpy,
                Window   window)
{
  static const double probes[][2] = {
    { 0.5, 0.5 }, { 0.25, 0.25 }, { 0.75, 0.25 }, { 0.25, 0.75 }, { 0.75, 0.75 },
  };
  XWindowAttributes attributes;
  int painted = 0;

  if (!XGetWindowAttributes (dpy, window, &attributes) || attributes.map_state != IsViewable ||
      attributes.width < 4 || attributes.height < 4)
    return 0;

  for (unsigned i = 0; i < sizeof probes / sizeof probes[0] && !painted; i++)
    {
      XImage *image = XGetImage (dpy, window, (int) (attributes.width * probes[i][0]),
                                 (int) (attributes.height * probes[i][1]), 1, 1, AllPlanes,
                                 ZPixmap);

      if (image != NULL)
        {
          painted = (XGetPixel (image, 0, 0) & 0xffffff) != 0;
          XDestroyImage (image);
        }
    }
  return painted;
}

static void
end_child (pid_t pid)
{
  double deadline;
  int status;

  kill (pid, SIGTERM);
  deadline = now_ms () + 2000;
  while (now_ms () < deadline)
    {
      if (waitpid (pid, &status, WNOHANG) == pid)
        return;
      usleep (10000);
    }
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

int
main (int   argc,
      char *argv[])
{
  double settle_ms = 1000, timeout_ms = 30000;
  double t0, map_ms = -1, paint_ms = -1;
  Window mapped = None;
  Atom net_wm_pid;
  Display *dpy;
  long rss = -1;
  pid_t pid;
  int first = 1;

  while (first < argc && strcmp (argv[first], "--") != 0)
    {
      if (strcmp (argv[first], "--settle-ms") == 0 && first + 1 < argc)
        settle_ms = atof (argv[++first]);
      else if (strcmp (argv[first], "--timeout-ms") == 0 && first + 1 < argc)
        timeout_ms = atof (argv[++first]);
      else
        break;
      first++;
    }
  if (first >= argc || strcmp (argv[first], "--") != 0 || first + 1 >= argc)
    {
      fprintf (stderr, "usage: %s [--settle-ms MS] [--timeout-ms MS] -- PROGRAM [ARG...]\n",
               argv[0]);
      return 2;
    }
  first++;

  dpy = XOpenDisplay (NULL);
  if (dpy == NULL)
    {
      fprintf (stderr, "bench-launch: cannot open the display (is DISPLAY set?)\n");
      return 2;
    }
  XSetErrorHandler (ignore_x_error);
  net_wm_pid = XInternAtom (dpy, "_NET_WM_PID", False);
  XSelectInput (dpy, DefaultRootWindow (dpy), SubstructureNotifyMask);
  XSync (dpy, False);

  fflush (stdout);
  t0 = now_ms ();
  pid = fork ();
  if (pid < 0)
    {
      perror ("bench-launch: fork");
      return 2;
    }
  if (pid == 0)
    {
      close (ConnectionNumber (dpy));
      /* The result line is the only thing on our standard output */
      dup2 (STDERR_FILENO, STDOUT_FILENO);
      execvp (argv[first], argv + first);
      fprintf (stderr, "bench-launch: cannot run %s: %s\n", argv[first], strerror (errno));
      _exit (127);
    }

  /* Until the window is mapped and has been drawn into, or the timeout */
  while ((map_ms < 0 || paint_ms < 0) && now_ms () - t0 < timeout_ms)
    {
      int status;

      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          fprintf (stderr, "bench-launch: %s exited before showing a window\n", argv[first]);
          return 1;
        }

      wait_for_events (dpy, mapped == None ? 5 : 2);
      while (XPending (dpy) > 0)
        {
          XEvent event;

          XNextEvent (dpy, &event);
          if (event.type == MapNotify && mapped == None &&
              window_pid (dpy, event.xmap.window, net_wm_pid) == (long) pid)
            {
              map_ms = now_ms () - t0;
              mapped = event.xmap.window;
            }
        }
      if (mapped != None && paint_ms < 0 && window_painted (dpy, mapped))
        paint_ms = now_ms () - t0;
    }

  if (map_ms >= 0)
    {
      double settle_end = now_ms () + settle_ms;

      /* Keep reading events, so that the program never waits on us */
      while (now_ms () < settle_end)
        {
          wait_for_events (dpy, settle_end - now_ms ());
          while (XPending (dpy) > 0)
            {
              XEvent event;

              XNextEvent (dpy, &event);
            }
        }
      rss = status_kib (pid, "VmRSS");
    }

  XCloseDisplay (dpy);
  end_child (pid);

  printf ("map_ms=%.1f paint_ms=%.1f rss_kib=%ld pid=%d\n", map_ms, paint_ms, rss, (int) pid);
  return map_ms >= 0 ? 0 : 1;
}
