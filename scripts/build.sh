#!/usr/bin/env bash
# Builds the app for release into dist/: the page and its CSS, then one wasm download per
# bundle (the cargo binaries; see `Bundle` in src/route.rs), and fills in the loader table
# in dist/index.html that picks the bundle for the address being opened.
#
#   scripts/build.sh                  the app served from the root of a site
#   scripts/build.sh /outcome-focus/  the app served under a sub-path
#   DIST=/tmp/x scripts/build.sh      into another folder than dist/
#   ONLY="progress" scripts/build.sh  only these bundles, to try a change quickly (the other
#                                     pages then fail to load: never for a release)
#
# Expects the tools from scripts/setup.sh on PATH (source scripts/env.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"

# "/outcome-focus", "outcome-focus/" -> "/outcome-focus/"; "" -> "/".
public_url="$(printf '/%s/' "${1:-}" | tr -s '/')"
if [ "$public_url" != "/" ]; then
    # The app's own addresses are compiled in, without the trailing slash.
    export OUTCOME_FOCUS_BASE_PATH="${public_url%/}"
else
    unset OUTCOME_FOCUS_BASE_PATH
fi
dist="${DIST:-dist}"
bundles=(people person conversation review unplanned reading cards deck progress data service models dashboard reflections export learn demo)
if [ -n "${ONLY:-}" ]; then
    read -ra bundles <<<"$ONLY"
fi
# strip = true (Cargo.toml) drops the wasm target_features section, so wasm-opt is told the
# features rustc enables by default for wasm32 (it would reject memory.copy otherwise).
wasm_opt_params="--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-multivalue --enable-reference-types"

echo "== the page and its style: trunk build --release --public-url $public_url"
trunk build --release --public-url "$public_url" --dist "$dist" index.html

# All binaries in one cargo run, so their link steps share the machine's cores; each trunk
# run below then finds its binary already built.
echo "== the bundles: cargo build --release --target wasm32-unknown-unknown ${bundles[*]}"
cargo build --release --locked --offline --target wasm32-unknown-unknown \
    $(printf -- '--bin %s ' "${bundles[@]}")

# Per output folder, so that two builds into different folders do not share files.
work="$root/target/bundles/$(printf '%s' "$dist" | cksum | cut -d' ' -f1)"
table=""
for bundle in "${bundles[@]}"; do
    echo "== bundle '$bundle': wasm-bindgen and wasm-opt (trunk)"
    mkdir -p "$work/$bundle"
    manifest="$(realpath --relative-to="$work/$bundle" "$root/Cargo.toml")"
    cat >"$work/$bundle/index.html" <<HTML
<!doctype html>
<html><head>
<link data-trunk rel="rust" href="$manifest" data-bin="$bundle" data-wasm-opt="z" data-wasm-opt-params="$wasm_opt_params" />
</head><body></body></html>
HTML
    trunk build --release --public-url "$public_url" --dist "$work/$bundle/dist" "$work/$bundle/index.html"
    js="$(cd "$work/$bundle/dist" && ls "$bundle"-*.js)"
    wasm="$(cd "$work/$bundle/dist" && ls "$bundle"-*_bg.wasm)"
    cp "$work/$bundle/dist/$js" "$work/$bundle/dist/$wasm" "$dist/"
    table+="${table:+, }\"$bundle\": [\"$public_url$js\", \"$public_url$wasm\"]"
done

# The skipped rust link only told trunk not to build a default binary for the page itself.
sed -i -e "s|\"@BUNDLES@\"|{ $table }|" -e "s|@BASE_PATH@|${OUTCOME_FOCUS_BASE_PATH:-}|" \
    -e '/<link data-trunk rel="rust"/d' "$dist/index.html"
if grep -q '@BUNDLES@\|@BASE_PATH@' "$dist/index.html"; then
    echo "build: the loader table in $dist/index.html was not filled in" >&2
    exit 1
fi
echo "== built $dist/ for $public_url: ${bundles[*]}"
