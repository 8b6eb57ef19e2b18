#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080/
#
#   scripts/serve.sh
#   PORT=9000 scripts/serve.sh                   another port
#   BASE_PATH=/outcome-focus/ scripts/serve.sh   the app under a sub-path, as on a host that
#                                                serves it from https://example.org/outcome-focus/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=setup.sh
. scripts/setup.sh

port="${PORT:-8080}"
# "/outcome-focus", "outcome-focus/" -> "/outcome-focus/"; "" -> "/".
base="/${BASE_PATH:-}/"
base="$(printf '%s' "$base" | tr -s '/')"

build_args=(--release)
if [ "$base" != "/" ]; then
    # The asset links (--public-url) and the app's own addresses (compile-time
    # OUTCOME_FOCUS_BASE_PATH, without the trailing slash) both need the sub-path.
    build_args+=(--public-url "$base")
    export OUTCOME_FOCUS_BASE_PATH="${base%/}"
else
    unset OUTCOME_FOCUS_BASE_PATH
fi
echo "== trunk build ${build_args[*]}${OUTCOME_FOCUS_BASE_PATH:+ (OUTCOME_FOCUS_BASE_PATH=$OUTCOME_FOCUS_BASE_PATH)}"
trunk build "${build_args[@]}"
exec node scripts/serve-dist.mjs --port "$port" --dir dist --base "$base"
