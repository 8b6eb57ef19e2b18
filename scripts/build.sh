#!/usr/bin/env bash
# Builds the app for release into dist/: one page, its CSS, and one wasm download for the
# whole practitioner's app (in-page navigation; see src/ui/app.rs).
#
#   scripts/build.sh                  the app served from the root of a site
#   scripts/build.sh /outcome-focus/  the app served under a sub-path
#   DIST=/tmp/x scripts/build.sh      into another folder than dist/
#
# Expects the tools from scripts/setup.sh on PATH (source scripts/env.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# "/outcome-focus", "outcome-focus/" -> "/outcome-focus/"; "" -> "/".
public_url="$(printf '/%s/' "${1:-}" | tr -s '/')"
dist="${DIST:-dist}"

echo "== the app: trunk build --release --public-url $public_url"
trunk build --release --public-url "$public_url" --dist "$dist" index.html
# trunk's own JS minifier cannot parse wasm-bindgen's glue (it warns "Failed to minify JS"
# above and copies it as it is): esbuild minifies it and fixes the integrity hashes.
node scripts/minify-js.mjs "$dist"

# The single-file edition, dist/outcome-focus.html: the same app in one file that runs from
# file:// with no server (its addresses live in the fragment, so it needs no base path).
echo "== the single-file edition"
node scripts/single-file.mjs "$dist"

# The answer page a person opens on their own phone: a download of its own in answer/ (the
# smallest in the app; see src/answer_page). Built after the app, whose build empties dist/.
echo "== the answer page: trunk build --release --public-url ${public_url}answer/"
trunk build --release --public-url "${public_url}answer/" --dist "$dist/answer" src/answer_page/index.html
node scripts/minify-js.mjs "$dist/answer"
node scripts/pwa.mjs "$dist/answer" "${public_url}answer/" --answer-page

# The app reads its base path from the page at start (ui::router::addresses), without the trailing
# slash: "" at the root of a site.
base_path="${public_url%/}"
# Quoted whatever trunk's minifier did to the quotes: an empty unquoted value (`content= name=…`)
# would swallow the next attribute.
sed -i -E "s|content=\"?@BASE_PATH@\"?|content=\"$base_path\"|" "$dist/index.html"
if grep -q '@BASE_PATH@' "$dist/index.html" ||
    ! grep -q "content=\"$base_path\" name=outcome-focus-base" "$dist/index.html"; then
    echo "build: the base path in $dist/index.html was not filled in" >&2
    exit 1
fi
# Last, so that its precache list covers every file written above.
node scripts/pwa.mjs "$dist" "$public_url"
echo "== built $dist/ for $public_url"
