#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/valgrind.sh [BUILDDIR]   run the model's unit tests under Valgrind's memcheck
#
# Builds BUILDDIR (default _build, which must not use a sanitizer: Valgrind and
# AddressSanitizer do not mix) and runs each model test that exists under
# memcheck.  Any memory error or definite leak fails the run.  GLib allocates
# through malloc (G_SLICE=always-malloc) so that memcheck sees every block.
#
# test-plan-file spawns a helper and kills it on purpose: the helper runs
# outside Valgrind (--trace-children=no).  test-hostile skips the files just
# under the size limit, which take minutes under Valgrind and are held to
# their time bound in the normal and the sanitizer builds.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-$top/_build}

if ! command -v valgrind >/dev/null 2>&1; then
  echo "Installing valgrind"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo=sudo; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind
fi

if meson introspect --buildoptions "$builddir" 2>/dev/null |
     python3 -c 'import json, sys; sys.exit(any(o["name"] == "b_sanitize" and o["value"] != "none" for o in json.load(sys.stdin)))'; then
  :
else
  echo "$builddir is built with a sanitizer; give a build folder without one" >&2
  exit 2
fi

ninja -C "$builddir"

tests="test-input-guard test-catalog test-plan test-plan-file test-analysis test-skill-status
  test-progress-history test-autosave test-hostile"

export G_SLICE=always-malloc G_DEBUG=gc-friendly
export G_TEST_SRCDIR="$top/tests" G_TEST_BUILDDIR="$builddir/tests"
export GSETTINGS_BACKEND=memory TZ=UTC LC_ALL=C.UTF-8 NO_AT_BRIDGE=1
export XDG_DATA_HOME="$builddir/tests/xdg-data" XDG_STATE_HOME="$builddir/tests/xdg-state"
export XDG_CONFIG_HOME="$builddir/tests/xdg-config"

failed=""
for test in $tests; do
  exe=$builddir/tests/$test
  if [ ! -x "$exe" ]; then
    echo "==> $test: not built here, skipped"
    continue
  fi

  set -- "$exe"
  if [ "$test" = test-hostile ]; then
    # -s for each test: --skip-prefix does not skip in GLib 2.74
    for path in $("$exe" -l | grep '^/hostile/near-limit/'); do
      set -- "$@" -s "$path"
    done
  fi

  echo "==> $test"
  status=0
  valgrind --tool=memcheck --error-exitcode=1 --leak-check=full \
    --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --trace-children=no --num-callers=30 --quiet \
    "$@" >"$builddir/valgrind-$test.log" 2>&1 || status=$?
  grep -E "^==[0-9]+==" "$builddir/valgrind-$test.log" || true
  if [ "$status" -ne 0 ]; then
    echo "==> $test FAILED (exit status $status); see $builddir/valgrind-$test.log" >&2
    failed="$failed $test"
  fi
done

if [ -n "$failed" ]; then
  echo "Failed under Valgrind:$failed" >&2
  exit 1
fi
echo "No memory errors and no definite leaks."
