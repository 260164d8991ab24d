#!/usr/bin/env bash
# The pre-commit hook, as a user's repository runs it: `pre-commit try-repo`
# on this repository must fail on a draft with a wrong figure and pass on a
# clean one. Installs pre-commit from PyPI into a virtual environment of its own.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet pre-commit
export PRE_COMMIT_HOME="$work/cache"

mkdir "$work/drafts" && cd "$work/drafts"
git init -q .
git config user.email ci@example.invalid
git config user.name ci
printf '# Launch\n\nMuse Spark launched on April 7, 2026.\n' > draft.md
git add draft.md
if "$work/venv/bin/pre-commit" try-repo "$repo" factlint --files draft.md > "$work/wrong.log" 2>&1; then
  cat "$work/wrong.log"; echo "pre-commit: the hook passed a draft with a wrong date" >&2; exit 1
fi
grep -q "April 8, 2026" "$work/wrong.log" || { cat "$work/wrong.log"; echo "pre-commit: the failure does not show the sourced date" >&2; exit 1; }

printf '# Launch\n\nMuse Spark launched on April 8, 2026.\n' > draft.md
git add draft.md
if ! "$work/venv/bin/pre-commit" try-repo "$repo" factlint --files draft.md > "$work/right.log" 2>&1; then
  cat "$work/right.log"; echo "pre-commit: the hook failed a clean draft" >&2; exit 1
fi
echo "pre-commit: the hook fails the wrong draft and passes the clean one"
