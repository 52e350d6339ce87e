#!/usr/bin/env bash
# Step "Verdict" of the GitHub Action (../action.yml): fails the job, after the comment is
# posted, when the lint found errors (or more warnings than max-warnings) or the plan diff
# has what `fail-on` names; says which in an annotation.
set -uo pipefail
failed=0
if [ "${LINT_EXIT_CODE:-0}" = 1 ]; then
    echo "::error title=smart-plan::smart lint found errors${INPUT_MAX_WARNINGS:+ or more than $INPUT_MAX_WARNINGS warnings}: see the annotations"
    failed=1
fi
if [ "${DIFF_EXIT_CODE:-0}" = 1 ]; then
    echo "::error title=smart-plan::the plan diff fails fail-on: ${INPUT_FAIL_ON:-}: see the plan diff (pull request comment and job summary)"
    failed=1
fi
exit "$failed"
