#!/usr/bin/env bash
# Step "Install smart-plan" of the GitHub Action (../action.yml): installs the npm package
# smart-plan at the action's own version (the version in packages/cli/npm/package.json of
# the checked-out action, so `uses: smart-plan/smart-plan@v0.1.0` runs smart-plan 0.1.0)
# into $RUNNER_TEMP/smart-plan, outside the repository, and outputs the path of `smart`.
# SMART_PLAN_PACKAGE overrides what is installed (an npm spec: a version, a tarball).
# Needs Node.js 20.10 or later on PATH (GitHub's hosted runners have it).
set -euo pipefail

if ! node_version=$(node --version 2>/dev/null); then
    echo "::error title=smart-plan::Node.js is not on PATH: add actions/setup-node (node-version: 20 or later) before this step"
    exit 1
fi
if ! node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 10) ? 0 : 1)'; then
    echo "::error title=smart-plan::smart-plan needs Node.js 20.10 or later, this runner has $node_version: add actions/setup-node (node-version: 20 or later) before this step"
    exit 1
fi

version=$(node -p 'require(process.argv[1]).version' "$GITHUB_ACTION_PATH/packages/cli/npm/package.json")
spec=${SMART_PLAN_PACKAGE:-smart-plan@$version}
prefix="$RUNNER_TEMP/smart-plan"
echo "Installing $spec into $prefix (node $node_version)"
npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$spec"
smart="$prefix/node_modules/.bin/smart"
echo "smart $("$smart" --version)"
echo "smart=$smart" >> "$GITHUB_OUTPUT"
