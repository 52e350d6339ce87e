#!/usr/bin/env bash
# Smoke test of the packed npm package, as a new user meets it: in an empty folder outside
# the repository, with an empty npm cache and no network, install the tarball, then run
# the commands through npx. Uses the `node` (and npm) first on PATH: .ci/run calls it once
# per Node version; test/package/npm-package.test.ts calls it with the Node running the tests.
#
#   scripts/smoke-npm-package.sh path/to/smart-plan-VERSION.tgz
#
# Prints each command with its output and exit code (a transcript to paste), and exits 1
# at the first command that does not do what a user expects.
set -uo pipefail

tarball=$(realpath "$1")
probe=$(realpath "$(dirname "$0")/lsp-initialize-probe.cjs")
expected_version=$(tar -xOzf "$tarball" package/package.json | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).version)')
folder=$(mktemp -d "${TMPDIR:-/tmp}/smart-plan-smoke.XXXXXX")
trap 'rm -rf "$folder"' EXIT
cd "$folder" || exit 1
# npm's cache, and Node's compile cache, start empty and live in the folder: nothing comes from earlier runs.
export npm_config_cache="$folder/.npm-cache" npm_config_offline=true npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
export NODE_COMPILE_CACHE="$folder/.node-compile-cache" NO_COLOR=1

failures=0
# run EXPECTED-EXIT COMMAND...: prints the command, its output and its exit code.
run() {
    local expected=$1
    shift
    echo "\$ $*"
    "$@" > "$folder/.out" 2>&1
    local code=$?
    # At most 12 lines of each output: enough to read, short enough to scan.
    head -n 12 "$folder/.out" | sed 's/^/  /'
    local lines
    lines=$(wc -l < "$folder/.out")
    if [ "$lines" -gt 12 ]; then
        echo "  ... ($((lines - 12)) more lines)"
    fi
    echo "  [exit $code]"
    if [ "$code" != "$expected" ]; then
        echo "smoke: FAILED: expected exit $expected" >&2
        failures=$((failures + 1))
    fi
}
# expect TEXT: the last command's output holds TEXT.
expect() {
    if ! grep -qiF -- "$1" "$folder/.out"; then
        echo "smoke: FAILED: the output does not contain: $1" >&2
        failures=$((failures + 1))
    fi
}
# refuse TEXT: the last command's output does not hold TEXT.
refuse() {
    if grep -qF -- "$1" "$folder/.out"; then
        echo "smoke: FAILED: the output contains: $1" >&2
        failures=$((failures + 1))
    fi
}

echo "== smart-plan $expected_version on node $(node --version) ($(command -v node)), npm $(npm --version 2>/dev/null), in $folder"
run 0 npm install --offline "$tarball"
refuse EBADENGINE
refuse 'npm error'
# Any other warning is about the package (npm's own "npm v11 does not support Node 20.10" is not).
if grep 'npm warn' "$folder/.out" | grep -vq 'npm warn cli npm v'; then
    echo 'smoke: FAILED: npm warned while installing the package' >&2
    failures=$((failures + 1))
fi
run 0 npx smart-plan --version
expect "$expected_version"
run 0 npx smart --version
expect "$expected_version"

# Plans: the starter plan, a copy with a raised target, and one whose goal has no deadline.
run 0 npx smart-plan init plan --today 2027-01-15
expect 'wrote plan.smart'
echo '{ "today": "2027-01-20" }' > .smartrc.json
sed 's/target 40 by 2027-12-31/target 60 by 2027-12-31/' plan.smart > raised.smart
sed 's/target 40 by 2027-12-31/target 40/' plan.smart > faulty.smart

run 0 npx smart-plan lint plan.smart
expect '1 plan checked: no problems.'
run 1 npx smart-plan lint faulty.smart
expect 'goal-not-time-bound'
expect '1 problem (1 error, 0 warnings, 0 info) in 1 plan'
run 1 npx smart lint faulty.smart --format sarif
expect '"version": "2.1.0"'
run 0 npx smart diff plan.smart raised.smart
expect 'goal growLeads: target raised 40 → 60 (+20, +50%) — improvement'
run 1 npx smart diff raised.smart plan.smart --fail-on regression
expect 'regression'
run 0 npx smart report plan.smart
expect '<!doctype html>'
run 0 npx smart report plan.smart --format markdown --out report.md
expect 'wrote report.md'
if ! grep -qF '# Plan — progress report' report.md; then
    echo 'smoke: FAILED: report.md is not the progress report' >&2
    failures=$((failures + 1))
fi
run 0 npx smart report plan.smart --format json
expect '"name": "growLeads"'

# The language server answers an LSP initialize request and exits after shutdown + exit.
run 0 node "$probe"
expect 'initialize answered with completionProvider, hoverProvider, codeActionProvider, documentFormattingProvider'
expect 'server exit code 0'

if [ "$failures" -gt 0 ]; then
    echo "== smoke test of smart-plan $expected_version on node $(node --version): $failures FAILED"
    exit 1
fi
echo "== smoke test of smart-plan $expected_version on node $(node --version): passed"
