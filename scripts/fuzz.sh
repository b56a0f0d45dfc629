#!/usr/bin/env bash
# Fuzzes with libFuzzer for a bounded time, in build-fuzz (Clang, AddressSanitizer and UBSan):
#   scripts/fuzz.sh [DURATION] [TARGET…]          DURATION for each target (default 30 s)
#   scripts/fuzz.sh --total DURATION [TARGET…]    DURATION shared evenly by the targets (what CI runs)
# DURATION is seconds, or a number with s, m or h (90, 10m, 2h: long offline runs). TARGETs are those of
# tests/fuzz/CMakeLists.txt without their fuzz_ prefix (default: all):
#   xmlcodec     XML replies and form encoding          eventsframe  events WebSocket frames
#   address      bridge and dial-out addresses, pins    cmsctl       cmsctl's words and KEY=VALUE input
#   httpresponse HTTP responses as a connection brings them
# Each target starts from a copy of its seeds (tests/fuzz/corpus/NAME/) with its dictionary
# (tests/fuzz/NAME.dict) when there is one. Prints executions and findings per target; exits non-zero when
# a target finds a crash, a hang, a leak or undefined behaviour. The input is kept in
# build-fuzz/artifacts/NAME/: replay it with build-fuzz/tests/fuzz/fuzz_NAME <file>, fix, and add it to the
# target's corpus so that every later run tries it first. Skipped, with exit 0, when clang++ is missing.
set -euo pipefail

all_targets=(xmlcodec eventsframe httpresponse address cmsctl)

usage() {
    echo "usage: $0 [DURATION | --total DURATION] [TARGET…]  (DURATION: seconds, or 90s, 10m, 2h;" \
         "TARGET: ${all_targets[*]})" >&2
    exit 2
}

# seconds DURATION: prints the duration in seconds, or fails.
seconds() {
    local text="$1"
    [[ "$text" =~ ^([1-9][0-9]*)([smh]?)$ ]] || return 1
    case "${BASH_REMATCH[2]}" in
        m) echo $((BASH_REMATCH[1] * 60)) ;;
        h) echo $((BASH_REMATCH[1] * 3600)) ;;
        *) echo "${BASH_REMATCH[1]}" ;;
    esac
}

total=""
per_target=30
if [[ "${1:-}" == "--total" ]]; then
    [[ $# -ge 2 ]] || usage
    total="$(seconds "$2")" || usage
    shift 2
elif [[ $# -ge 1 && "$1" =~ ^[0-9] ]]; then
    per_target="$(seconds "$1")" || usage
    shift
fi
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || usage
done
if [[ -n "$total" ]]; then
    per_target=$((total / ${#targets[@]}))
    [[ $per_target -ge 1 ]] || per_target=1
fi

if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ is not installed; fuzzing skipped"
    exit 0
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build="build-fuzz"

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
if ! cmake --build "$build" --target "${targets[@]/#/fuzz_}" >"$log" 2>&1; then
    cat "$log"
    echo "fuzz: building the fuzz targets failed" >&2
    exit 1
fi

# The largest input worth trying, per target: a reply can be long, what people type is not.
max_len() {
    case "$1" in
        xmlcodec | eventsframe | httpresponse) echo 8192 ;;
        address) echo 512 ;;
        *) echo 2048 ;;
    esac
}

# stat NAME: one of libFuzzer's final statistics from the log, or "?".
stat() {
    local value
    value="$(grep -E "^stat::$1:" "$log" | awk '{print $2}' | tail -n 1)"
    echo "${value:-?}"
}

echo "fuzz: ${targets[*]}, ${per_target} s each"
summary=()
failed=0
for t in "${targets[@]}"; do
    artifacts="$build/artifacts/$t"
    mkdir -p "$artifacts"
    before="$(find "$artifacts" -type f | wc -l)"
    # The fuzzer adds what it finds to the corpus it runs on: give it a copy, not the committed seeds.
    rm -rf "${work:?}/$t"
    cp -r "tests/fuzz/corpus/$t" "$work/$t"
    dict=()
    [[ -f "tests/fuzz/$t.dict" ]] && dict=(-dict="tests/fuzz/$t.dict")

    status=0
    "$build/tests/fuzz/fuzz_$t" "$work/$t" "${dict[@]}" \
        -max_total_time="$per_target" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?

    findings=$(( $(find "$artifacts" -type f | wc -l) - before ))
    if [[ $status -ne 0 && $findings -eq 0 ]]; then
        findings=1   # a failure that left no input (the fuzzer itself could not run)
    fi
    line="$(printf 'fuzz_%-12s %10s executions  %6s exec/s  corpus %3s+%-4s  findings %d' "$t" \
        "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" \
        "$(find "tests/fuzz/corpus/$t" -type f | wc -l)" "$(stat new_units_added)" "$findings")"
    summary+=("$line")
    echo "$line"
    if [[ $status -ne 0 ]]; then
        failed=1
        # The whole report: the stack of the crash and the input that caused it.
        tail -n 80 "$log"
        echo "fuzz: fuzz_$t FAILED (exit $status); the input is in $artifacts/;" \
             "replay it with $build/tests/fuzz/fuzz_$t <file>" >&2
    fi
done

echo "fuzz: summary (${per_target} s per target)"
printf '  %s\n' "${summary[@]}"
if [[ $failed -ne 0 ]]; then
    echo "fuzz: findings above" >&2
    exit 1
fi
echo "fuzz: no crash"
