#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/valgrind.sh [BUILDDIR]   run the unit tests under Valgrind's memcheck
#
# The same run as build-aux/dev test's: meson's "valgrind" test setup
# (tests/meson.build) wraps each test of the model and export suites in
# memcheck; any memory error or definite leak fails it, and the log names
# the test. BUILDDIR (default _build) must not use a sanitizer: Valgrind and
# AddressSanitizer do not mix.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-$top/_build}

if ! command -v valgrind >/dev/null 2>&1; then
  echo "Installing valgrind"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo=sudo; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind
  meson setup --reconfigure "$builddir"
fi

if meson introspect --buildoptions "$builddir" 2>/dev/null |
     python3 -c 'import json, sys; sys.exit(any(o["name"] == "b_sanitize" and o["value"] != "none" for o in json.load(sys.stdin)))'; then
  :
else
  echo "$builddir is built with a sanitizer; give a build folder without one" >&2
  exit 2
fi

ninja -C "$builddir"
exec meson test -C "$builddir" --setup valgrind --print-errorlogs --num-processes 2
