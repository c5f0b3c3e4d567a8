#!/usr/bin/env bash
# The action's second step: lists the complaints added or changed since the
# base revision (CL_BASE; else the pull request's base branch; else the
# commit before the push; else every tracked complaint), matching the
# pathspecs in CL_PATTERNS. Sets the step outputs `files` (how many) and
# `list` (a file holding the paths, one per line, NUL-free).
#
# Environment: CL_BASE, CL_PATTERNS, CL_BEFORE, GITHUB_BASE_REF,
# GITHUB_OUTPUT, RUNNER_TEMP.
set -euo pipefail
read -r -a patterns <<< "${CL_PATTERNS:-*.txt *.md *.markdown *.docx}"
base=${CL_BASE:-}
if [ -z "$base" ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
  base=origin/$GITHUB_BASE_REF
fi
if [ -z "$base" ] && [ -n "${CL_BEFORE:-}" ] && [ "${CL_BEFORE//0/}" != "" ]; then
  base=$CL_BEFORE
fi

list="${RUNNER_TEMP:?}/complaintlint/changed.txt"
mkdir -p "$(dirname "$list")"
if [ -n "$base" ]; then
  if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then
    echo "::error::complaintlint: base revision '$base' is not in the clone; check out with fetch-depth: 0"
    exit 2
  fi
  echo "Complaints changed since $base:"
  git -c core.quotepath=off diff --name-only --diff-filter=ACMR "$base...HEAD" -- "${patterns[@]}" > "$list"
else
  echo "No base revision: every complaint"
  git -c core.quotepath=off ls-files -- "${patterns[@]}" > "$list"
fi
sed 's/^/  /' "$list"
n=$(grep -c . "$list" || true)
echo "files=$n" >> "${GITHUB_OUTPUT:?}"
echo "list=$list" >> "$GITHUB_OUTPUT"
