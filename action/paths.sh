# shellcheck shell=bash
# Sourced by the action's lint and diff steps: reads the `paths` input (INPUT_PATHS, one
# file, directory or glob per line; blank lines ignored; spaces inside a path kept) into
# the array PLAN_PATHS. Empty: the whole repository.
PLAN_PATHS=()
while IFS= read -r path_line || [ -n "$path_line" ]; do
    path_line="${path_line#"${path_line%%[![:space:]]*}"}"
    path_line="${path_line%"${path_line##*[![:space:]]}"}"
    if [ -n "$path_line" ]; then
        PLAN_PATHS+=("$path_line")
    fi
done <<< "${INPUT_PATHS:-}"
