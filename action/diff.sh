#!/usr/bin/env bash
# Step "Plan diff" of the GitHub Action (../action.yml), on pull requests: the semantic
# diff of the plans against the pull request's base commit (BASE_SHA), as Markdown for the
# comment and the job summary. The base commit is fetched when the checkout lacks it (a
# shallow checkout). With INPUT_FAIL_ON (`regression`, ...) the diff's exit code says
# whether such changes were found; the "Verdict" step fails the job on it, after the comment.
# Outputs: diff-file, changes, regressions, unreviewed, exit-code.
set -uo pipefail
source "$GITHUB_ACTION_PATH/action/paths.sh"

if [ -z "${BASE_SHA:-}" ]; then
    echo "::warning title=smart-plan::no pull request base commit in the event: no plan diff"
    exit 0
fi
if ! git cat-file -e "$BASE_SHA^{commit}" 2>/dev/null; then
    echo "Fetching the base commit $BASE_SHA"
    if ! git fetch --quiet --no-tags --depth=1 origin "$BASE_SHA"; then
        echo "::error title=smart-plan::cannot fetch the pull request's base commit $BASE_SHA: check out with fetch-depth: 0"
        exit 2
    fi
fi

gate=()
if [ -n "${INPUT_FAIL_ON:-}" ]; then
    gate=(--fail-on "$INPUT_FAIL_ON")
fi
markdown="$RUNNER_TEMP/smart-plan-diff.md"
"$SMART" diff --base "$BASE_SHA" "${PLAN_PATHS[@]}" --format markdown "${gate[@]}" > "$markdown"
code=$?
if [ "$code" -ge 2 ]; then
    echo "::error title=smart-plan::smart diff could not compare the plans (exit $code): see the line above"
    exit "$code"
fi
# shellcheck disable=SC2016 # the quotes hold JavaScript, not shell
summary=$("$SMART" diff --base "$BASE_SHA" "${PLAN_PATHS[@]}" --format json | node -e '
const { summary } = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
console.log(`${summary.added + summary.removed + summary.changed} ${summary.regressions} ${summary.unreviewed}`);')
read -r changes regressions unreviewed <<< "$summary"
cat "$markdown" >> "$GITHUB_STEP_SUMMARY"
{
    echo "diff-file=$markdown"
    echo "changes=$changes"
    echo "regressions=$regressions"
    echo "unreviewed=$unreviewed"
    echo "exit-code=$code"
} >> "$GITHUB_OUTPUT"
echo "smart diff: $changes changes, $regressions regressions ($unreviewed not reviewed) against $BASE_SHA"
