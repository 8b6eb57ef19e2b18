#!/usr/bin/env bash
# Every check the project has, in order, stopping at the first failure:
# formatting, clippy (host and wasm32), host tests, browser tests (wasm-bindgen-test in
# headless Chromium), the release build, its size budget, and the Playwright journeys.
#
#   scripts/test.sh
#
# Works from a clean clone, non-interactively (CI=true, no stdin): scripts/setup.sh
# installs whatever is missing first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

logdir="$(mktemp -d "${TMPDIR:-/tmp}/outcome-focus-test.XXXXXX")"
current_step=""
summary=()
all_start=$SECONDS

on_exit() {
    local rc=$?
    if [ "$rc" -ne 0 ] && [ -n "$current_step" ]; then
        echo
        echo "=================================================================="
        echo "FAILED: step '$current_step' (exit code $rc)"
        echo "=================================================================="
        if [ "${#summary[@]}" -gt 0 ]; then
            echo "Steps that passed before it:"
            printf '  %s\n' "${summary[@]}"
        fi
    fi
    rm -rf "$logdir"
}
trap on_exit EXIT

header() {
    echo
    echo "=================================================================="
    echo "== $*"
    echo "=================================================================="
}

# step NAME COMMAND...: runs the command, shows and keeps its output, records the time.
step_no=0
step() {
    local name="$1" t0=$SECONDS
    shift
    step_no=$((step_no + 1))
    current_step="$name"
    header "$step_no. $name: $*"
    "$@" 2>&1 | tee "$logdir/$step_no.log"
    summary+=("$(printf '%-38s ok  %4ss' "$name" $((SECONDS - t0)))")
    last_log="$logdir/$step_no.log"
}

# Sum libtest-style result lines ("test result: ok. 12 passed; 0 failed; 1 ignored; ...").
libtest_counts() {
    awk '/test result:/ {
            for (i = 1; i <= NF; i++) {
                if ($(i+1) ~ /^passed/) p += $i
                if ($(i+1) ~ /^failed/) f += $i
                if ($(i+1) ~ /^ignored/) s += $i
            }
        }
        END { printf "%d %d %d\n", p, f, s }' "$1"
}

# Playwright's list reporter closes with lines like "  14 passed (21.3s)", "1 skipped".
playwright_counts() {
    awk '/^ *[0-9]+ (passed|failed|flaky|skipped|did not run)/ {
            if ($2 == "passed") p += $1
            else if ($2 == "failed" || $2 == "flaky") f += $1
            else s += $1
        }
        END { printf "%d %d %d\n", p, f, s }' "$1"
}

# --- 0. tools ---------------------------------------------------------------------------
current_step="setup (scripts/setup.sh --browsers)"
header "0. setup: scripts/setup.sh --browsers"
t0=$SECONDS
# shellcheck source=setup.sh
. scripts/setup.sh --browsers
summary+=("$(printf '%-38s ok  %4ss' "setup" $((SECONDS - t0)))")

# --- 1..8 ---------------------------------------------------------------------------------
step "format (cargo fmt --check)" cargo fmt --check
step "clippy, host" cargo clippy --all-targets -- -D warnings
step "clippy, wasm32" cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
step "tests, host (cargo test)" cargo test
read -r host_pass host_fail host_skip < <(libtest_counts "$last_log")
step "tests, browser (wasm-bindgen-test)" cargo test --target wasm32-unknown-unknown
read -r wasm_pass wasm_fail wasm_skip < <(libtest_counts "$last_log")
# The e2e tests expect the app at the root, whatever the calling shell has set.
unset OUTCOME_FOCUS_BASE_PATH
step "release build (scripts/build.sh)" scripts/build.sh
# A second copy under a sub-path: tests/e2e/offline.spec.mjs checks it works offline too.
step "release build under a sub-path" env DIST=dist-subpath scripts/build.sh /outcome-focus/
step "size budget (scripts/size-report.mjs)" node scripts/size-report.mjs dist
size_line="$(grep '^practitioner first load:' "$last_log" || true)"
e2e() { cd tests/e2e && npx --no playwright test; }
step "end-to-end (Playwright, tests/e2e)" e2e
read -r e2e_pass e2e_fail e2e_skip < <(playwright_counts "$last_log")
current_step=""

# --- summary ----------------------------------------------------------------------------
header "Summary"
printf '  %s\n' "${summary[@]}"
echo
printf '  %-22s %4d passed, %d failed, %d ignored\n' \
    "Rust tests, host:" "$host_pass" "$host_fail" "$host_skip" \
    "Rust tests, wasm32:" "$wasm_pass" "$wasm_fail" "$wasm_skip" \
    "Playwright e2e:" "$e2e_pass" "$e2e_fail" "$e2e_skip"
echo "  ${size_line}"
echo "  All checks passed in $((SECONDS - all_start))s."
echo
echo "Total: $((host_pass + wasm_pass + e2e_pass)) passed, $((host_fail + wasm_fail + e2e_fail)) failed"
