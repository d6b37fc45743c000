#!/usr/bin/env bash
# The GitHub Action's step (action.yml). Every input arrives as an environment variable.
# Runs the repository's own stepwise when it installs @stepwise/cli (node_modules/.bin), else the
# version named by the action's `version` input from the npm registry.
set -uo pipefail

if [ -x node_modules/.bin/stepwise ]; then
  stepwise=(node_modules/.bin/stepwise)
else
  stepwise=(npx --yes --package "@stepwise/cli@${STEPWISE_VERSION:-0.1.0}" stepwise)
fi

args=()
[ -n "${STEPWISE_CONFIG:-}" ] && args+=(--config "$STEPWISE_CONFIG")
args+=(validate)
# Paths: one per line or separated by spaces; globs are passed quoted, stepwise expands them.
if [ -n "${STEPWISE_PATHS:-}" ]; then
  read -r -d '' -a paths <<<"$STEPWISE_PATHS" || true
  args+=("${paths[@]}")
fi
args+=(--fail-severity "${STEPWISE_FAIL_SEVERITY:-error}")
[ -n "${STEPWISE_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$STEPWISE_MAX_WARNINGS")

status=0
if [ -n "${STEPWISE_SARIF_FILE:-}" ]; then
  "${stepwise[@]}" "${args[@]}" --format sarif --output "$STEPWISE_SARIF_FILE" || true
fi
# Workflow commands (::error file=…,line=…::) become annotations on the changed lines.
"${stepwise[@]}" "${args[@]}" --format github || status=$?
exit "$status"
