#!/usr/bin/env bash
# Step "Lint plans" of the GitHub Action (../action.yml): `smart lint --format github` (the
# problems become annotations on the files), its summary line in the job summary, and,
# when INPUT_SARIF is true, the same findings as SARIF in $RUNNER_TEMP for the upload step.
# Lint errors do not stop the action here: the diff and the comment still run, and the
# "Verdict" step fails the job. A broken setup (exit 2: a bad path or configuration) does.
# Outputs: exit-code (0, 1), sarif-file (empty when SARIF is off).
set -uo pipefail
source "$GITHUB_ACTION_PATH/action/paths.sh"

options=()
if [ -n "${INPUT_MAX_WARNINGS:-}" ]; then
    options+=(--max-warnings "$INPUT_MAX_WARNINGS")
fi
report="$RUNNER_TEMP/smart-plan-lint.txt"
"$SMART" lint "${PLAN_PATHS[@]}" --format github "${options[@]}" | tee "$report"
code=${PIPESTATUS[0]}
if [ "$code" -ge 2 ]; then
    echo "::error title=smart-plan::smart lint could not check the plans (exit $code): see the line above"
    exit "$code"
fi
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
{
    echo '### smart lint'
    echo
    grep '^smart: ' "$report" | tail -n 1 | sed 's/^smart: //'
    echo
} >> "$GITHUB_STEP_SUMMARY"

sarif=''
if [ "${INPUT_SARIF:-true}" = 'true' ]; then
    sarif="$RUNNER_TEMP/smart-plan.sarif"
    "$SMART" lint "${PLAN_PATHS[@]}" --format sarif > "$sarif"
    sarif_code=$?
    if [ "$sarif_code" -ge 2 ]; then
        echo "::error title=smart-plan::smart lint --format sarif failed (exit $sarif_code)"
        exit "$sarif_code"
    fi
fi
echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
