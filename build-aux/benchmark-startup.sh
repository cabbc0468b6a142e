#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/benchmark-startup.sh [BUILDDIR] [PAIRS]
#
# Start-up of Career Planner against GNOME Text Editor, measured the same way
# from outside for both (benchmarks/bench-launch.c): the time from exec until
# the process's first window is mapped (and until it first shows drawn
# pixels), and its resident memory (VmRSS) one second after the map.
#
# Career Planner opens data/examples/example.careerplan with the build's
# GSettings schemas (GSETTINGS_SCHEMA_DIR=BUILDDIR/data, GSETTINGS_BACKEND=
# memory); GNOME Text Editor runs with --standalone on the same file.  Both
# get fresh XDG config, data and state folders for every launch and one XDG
# cache folder each for the whole run (Mesa's shader cache stays warm, as on
# a desktop), the same session bus and accessibility bus, under one Xvfb.
# They alternate, PAIRS times (10 by default), after one warm-up pair that
# is not counted; which program goes first alternates from pair to pair.
# The summary gives each program's medians and the median of the per-pair
# ratios (Career Planner / Text Editor).
#
# Installs what is missing (gnome-text-editor, Xvfb, D-Bus, AT-SPI) with
# apt-get, through sudo when not root, and builds BUILDDIR (default _build).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
builddir=$(realpath -m "${1:-$top/_build}")
pairs=${2:-10}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ -z "${CAREER_STARTUP_INNER:-}" ]; then
  missing=""
  for p in gnome-text-editor xvfb xauth dbus at-spi2-core libglib2.0-bin libx11-dev python3; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  if [ -n "$missing" ]; then
    echo "Installing:$missing"
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      $missing
  fi

  ninja -C "$builddir" >/dev/null
  if [ ! -x "$builddir/benchmarks/bench-launch" ]; then
    echo "error: $builddir/benchmarks/bench-launch was not built (libx11-dev missing?)" >&2
    exit 1
  fi

  # One session bus and one X server (black root window: see bench-launch.c)
  CAREER_STARTUP_INNER=1 exec dbus-run-session -- \
    xvfb-run -a -s "-screen 0 1920x1080x24 -br" "$0" "$builddir" "$pairs"
fi

launch=$builddir/benchmarks/bench-launch
example=$top/data/examples/example.careerplan
app_id=io.github.careerplanner.CareerPlanner
work=$(mktemp -d)
results=$work/results
log=$work/programs.log
a11y_pid=""

cleanup() {
  if [ -n "$a11y_pid" ]; then kill "$a11y_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

name_has_owner() {
  gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$1" 2>/dev/null | grep -q true
}

# The accessibility bus, as on a desktop; both programs connect to it
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
if [ -x /usr/libexec/at-spi-bus-launcher ]; then
  /usr/libexec/at-spi-bus-launcher --launch-immediately >>"$log" 2>&1 &
  a11y_pid=$!
  tries=0
  while ! name_has_owner org.a11y.Bus && [ $tries -lt 100 ]; do
    sleep 0.05; tries=$((tries + 1))
  done
fi

mkdir -p "$work/cache-app" "$work/cache-editor"

# run_one NAME PAIR PROGRAM [ARG...]: one launch, one line in $results
run_one() {
  name=$1 pair=$2; shift 2
  home=$work/$name-$pair
  mkdir -p "$home/config" "$home/data" "$home/state"
  line=$(env XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
             XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$work/cache-$name" \
             GSETTINGS_BACKEND=memory \
             "$launch" --settle-ms 1000 -- "$@" 2>>"$log") || {
    echo "error: $name did not show a window; the programs' output:" >&2
    tail -n 20 "$log" >&2
    exit 1
  }
  echo "$pair $name $line" >>"$results"
  printf '  pair %2s  %-6s %s\n' "$pair" "$name" "$line"
  # A new instance must not find the old one's bus name still owned
  tries=0
  while name_has_owner "$app_id" && [ $tries -lt 200 ]; do
    sleep 0.01; tries=$((tries + 1))
  done
}

run_app() {
  run_one app "$1" env GSETTINGS_SCHEMA_DIR="$builddir/data" \
    "$builddir/src/career-planner" "$example"
}

run_editor() {
  run_one editor "$1" gnome-text-editor --standalone "$example"
}

echo "Start-up: Career Planner ($builddir) against GNOME Text Editor" \
     "$(dpkg-query -W -f='${Version}' gnome-text-editor 2>/dev/null || echo '?')"
echo "$(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Display $DISPLAY (Xvfb 1920x1080x24), GSK renderer ${GSK_RENDERER:-default}"
echo

pair=0
while [ "$pair" -le "$pairs" ]; do
  if [ $((pair % 2)) -eq 1 ]; then
    run_app "$pair"; run_editor "$pair"
  else
    run_editor "$pair"; run_app "$pair"
  fi
  pair=$((pair + 1))
done
echo
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"

# Pair 0 is the warm-up
/usr/bin/python3 - "$results" <<'PY'
import statistics, sys

runs = {}
for line in open(sys.argv[1]):
    pair, name, *fields = line.split()
    if pair == "0":
        continue
    values = dict(f.split("=") for f in fields)
    runs.setdefault(int(pair), {})[name] = {k: float(v) for k, v in values.items()}

pairs = [p for p in sorted(runs) if "app" in runs[p] and "editor" in runs[p]]
print(f"{len(pairs)} pairs (the warm-up pair not counted)\n")
print(f"  {'':26} {'Career Planner':>15} {'Text Editor':>12} {'ratio (median of pairs)':>25}")
for key, label, unit in (("map_ms", "window mapped", "ms"),
                         ("paint_ms", "first pixels drawn", "ms"),
                         ("rss_kib", "VmRSS 1 s after the map", "MiB")):
    app = [runs[p]["app"][key] for p in pairs]
    editor = [runs[p]["editor"][key] for p in pairs]
    ratios = [runs[p]["app"][key] / runs[p]["editor"][key] for p in pairs
              if runs[p]["editor"][key] > 0]
    scale = 1024 if unit == "MiB" else 1
    print(f"  {label + ' (' + unit + ')':26} {statistics.median(app) / scale:15.1f}"
          f" {statistics.median(editor) / scale:12.1f} {statistics.median(ratios):25.2f}")
PY
