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

scripts/build.sh "$base"
exec node scripts/serve-dist.mjs --port "$port" --dir dist --base "$base"
