#!/usr/bin/env bash
# The action's third step: lints the files listed in CL_LIST with
# annotations (--format github) and, when CL_SARIF names a file, SARIF as
# well (the output `sarif` names it). Fails the step as complaintlint's exit status says: 1 for findings
# at or above --fail-on (default error), 2 for a file it could not read.
#
# Environment: CL_LIST, CL_ARGS, CL_SARIF, GITHUB_OUTPUT.
set -euo pipefail
mapfile -t files < "${CL_LIST:?}"
if [ ${#files[@]} -eq 0 ]; then
  # No SARIF either: the output `sarif` stays empty, which an upload step
  # can test (if: steps.ID.outputs.sarif != '').
  echo "No changed complaints to lint."
  exit 0
fi
if [ -n "${CL_SARIF:-}" ]; then
  echo "sarif=$CL_SARIF" >> "${GITHUB_OUTPUT:?}"
fi
read -r -a extra <<< "${CL_ARGS:-}"
formats=(--format github)
if [ -n "${CL_SARIF:-}" ]; then
  formats+=(--format "sarif=$CL_SARIF")
fi
complaintlint "${formats[@]}" "${extra[@]}" -- "${files[@]}"
