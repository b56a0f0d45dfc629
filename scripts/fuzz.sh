#!/usr/bin/env bash
# Fuzzes the XML codec with libFuzzer for a bounded time, in build-fuzz (Clang, sanitizers):
#   scripts/fuzz.sh [seconds]      (default 30)
# Prints libFuzzer's summary; exits non-zero when the fuzzer finds a crash, a hang, a leak or undefined
# behaviour (the input is kept in build-fuzz/artifacts/). Skipped, with exit 0, when clang++ is missing.
set -euo pipefail

seconds="${1:-30}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [seconds]" >&2
    exit 2
fi

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed; fuzzing skipped"
    exit 0
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build=build-fuzz

log="$(mktemp)"
work="$(mktemp -d)"
trap 'rm -rf "$log" "$work"' EXIT

# Warnings are the GCC build's business; a Clang-only warning elsewhere must not stop the fuzzing.
if ! CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMS_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMS_WARNINGS_AS_ERRORS=OFF >"$log" 2>&1; then
    cat "$log"
    echo "fuzz: configuring $build failed" >&2
    exit 1
fi
if ! cmake --build "$build" --target fuzz_xmlcodec >"$log" 2>&1; then
    cat "$log"
    echo "fuzz: building fuzz_xmlcodec failed" >&2
    exit 1
fi

# The fuzzer adds what it finds to the corpus it runs on: give it a copy, not the committed seeds.
cp -r tests/fuzz/corpus "$work/corpus"
mkdir -p "$build/artifacts"

echo "fuzz: fuzz_xmlcodec for ${seconds} s"
status=0
"$build/tests/fuzz/fuzz_xmlcodec" "$work/corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -dict=tests/fuzz/xml.dict -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
    >"$log" 2>&1 || status=$?

if [[ $status -ne 0 ]]; then
    # The whole report: the stack of the crash and the input that caused it.
    tail -n 80 "$log"
    echo "fuzz: fuzz_xmlcodec FAILED (exit $status); the input is in $build/artifacts/;" \
        "replay it with $build/tests/fuzz/fuzz_xmlcodec <file>" >&2
    exit "$status"
fi

# The last status line (runs, coverage, corpus, exec/s) and the final statistics.
grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1 || true
grep -E '^(stat::|Done )' "$log" || true
echo "fuzz: no crash"
