#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary DESTDIR and checks that everything a
# desktop needs is there, and that the installed binary runs from it.
set -eu
build=$1 prefix=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null

root="$dest$prefix"
status=0
for f in \
  bin/career-planner \
  share/applications/io.github.careerplanner.CareerPlanner.desktop \
  share/metainfo/io.github.careerplanner.CareerPlanner.metainfo.xml \
  share/glib-2.0/schemas/io.github.careerplanner.CareerPlanner.gschema.xml \
  share/icons/hicolor/scalable/apps/io.github.careerplanner.CareerPlanner.svg \
  share/icons/hicolor/symbolic/apps/io.github.careerplanner.CareerPlanner-symbolic.svg \
  share/mime/packages/io.github.careerplanner.CareerPlanner.mime.xml \
  share/career-planner/examples/example.careerplan
do
  if [ ! -e "$root/$f" ]; then
    echo "missing: $f"
    status=1
  fi
done

for po in $(ls "$(dirname "$0")/../po/"*.po 2>/dev/null); do
  lang=$(basename "$po" .po)
  if [ ! -e "$root/share/locale/$lang/LC_MESSAGES/career-planner.mo" ]; then
    echo "missing: the $lang translation"
    status=1
  fi
done

# The installed binary runs (headless modes need no display or settings).
"$root/bin/career-planner" --version
"$root/bin/career-planner" --check "$root/share/career-planner/examples/example.careerplan"
exit $status
