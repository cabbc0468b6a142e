#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/fuzz.sh [SECONDS]   fuzz the catalog and plan loaders for SECONDS each (default 60)
#
# Installs clang and libFuzzer when missing (Debian 12: clang, libclang-rt-14-dev), configures a
# build folder of its own with CC=clang and -Dfuzzing=true, builds fuzz/fuzz-catalog and
# fuzz/fuzz-plan with AddressSanitizer and UBSan, and runs each one for SECONDS.  Exits non-zero
# if either finds a crash, a leak, a hang (-timeout) or runaway memory (-rss_limit_mb).
#
# The corpora are seeded at run time from the shipped catalog, the example plan and the test
# fixtures, into the build folder, where they grow from one run to the next.  A finding is
# written to FUZZ_BUILDDIR/artifacts/; keep it as a regression file under
# tests/fixtures/regressions/ once the bug is fixed.
#
# Environment: FUZZ_BUILDDIR (default _build-fuzz), FUZZ_TARGETS (default "fuzz-catalog
# fuzz-plan").
set -eu

seconds=${1:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
builddir=${FUZZ_BUILDDIR:-$top/_build-fuzz}
targets=${FUZZ_TARGETS:-fuzz-catalog fuzz-plan}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# -fsanitize=fuzzer needs libFuzzer's runtime, which Debian ships apart from clang
have_libfuzzer() {
  command -v clang >/dev/null 2>&1 || return 1
  probe=$(mktemp -d)
  printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput (const uint8_t *d, size_t n);' \
    'int LLVMFuzzerTestOneInput (const uint8_t *d, size_t n) { return 0; }' > "$probe/probe.c"
  status=0
  clang -fsanitize=fuzzer,address,undefined "$probe/probe.c" -o "$probe/probe" \
    >/dev/null 2>&1 || status=1
  rm -rf "$probe"
  return $status
}

if ! have_libfuzzer; then
  echo "Installing clang and libFuzzer"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    clang libclang-rt-14-dev
  have_libfuzzer || { echo "clang cannot build a libFuzzer target" >&2; exit 1; }
fi

if ! grep -q "subdir('fuzz')" "$top/meson.build"; then
  echo "meson.build does not build fuzz/: add  if get_option('fuzzing') subdir('fuzz') endif" >&2
  exit 2
fi

if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" "$top" -Dfuzzing=true -Dbuildtype=debugoptimized
else
  meson configure "$builddir" -Dfuzzing=true
fi

build_targets=""
for target in $targets; do
  build_targets="$build_targets fuzz/$target"
done
# shellcheck disable=SC2086
ninja -C "$builddir" $build_targets

# Seeds: our own data, copied afresh each run (the corpus folders also keep
# what earlier runs found).
seed() {
  dest=$1
  shift
  mkdir -p "$dest"
  for file in "$@"; do
    [ -f "$file" ] || continue
    name=$(printf '%s' "${file#"$top"/}" | tr '/' '_')
    cp "$file" "$dest/seed-$name"
  done
}

corpus=$builddir/fuzz-corpus
artifacts=$builddir/artifacts
mkdir -p "$artifacts"

# shellcheck disable=SC2046
seed "$corpus/fuzz-catalog" $(find "$top/data/catalog" "$top/tests/fixtures/catalog" \
  "$top/tests/fixtures/hostile" "$top/tests/fixtures/regressions" -name '*.json' 2>/dev/null)
# shellcheck disable=SC2046
seed "$corpus/fuzz-plan" "$top/data/examples/example.careerplan" \
  $(find "$top/tests/fixtures/plan" "$top/tests/fixtures/hostile" \
    "$top/tests/fixtures/regressions" -name '*.careerplan' 2>/dev/null)

# The process environment of the tests: UTC, UTF-8, and GLib's allocations
# through malloc so that LeakSanitizer sees every one.
export TZ=UTC LC_ALL=C.UTF-8 G_SLICE=always-malloc G_DEBUG=gc-friendly
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

failed=""
for target in $targets; do
  echo "==> $target: $seconds s"
  status=0
  "$builddir/fuzz/$target" \
    -max_total_time="$seconds" \
    -rss_limit_mb=2048 \
    -malloc_limit_mb=2048 \
    -timeout=10 \
    -max_len=65536 \
    -dict="$top/fuzz/$target.dict" \
    -artifact_prefix="$artifacts/$target-" \
    -print_final_stats=1 \
    "$corpus/$target" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "==> $target FAILED (exit status $status); see $artifacts" >&2
    failed="$failed $target"
  fi
done

if [ -n "$failed" ]; then
  echo "Findings in:$failed" >&2
  exit 1
fi
echo "No findings."
