#!/bin/bash
# Make build/linux the pinned base with the series from patches/ applied
# on branch main.  Skips the work when that is already what it holds.
# Commits there that are not in patches/ are kept on a backup branch.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
"$top/scripts/base.sh"

series_is_applied && exit 0
cd "$tree"
mapfile -t series < <(series_files)
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
	echo "tree: uncommitted changes in $tree; commit or discard them" >&2
	exit 1
fi
if [ "$(git rev-parse HEAD)" != "$(git rev-parse base)" ]; then
	backup=backup/$(date +%Y%m%d-%H%M%S)
	git branch "$backup" HEAD
	echo "tree: previous work tree state kept as branch $backup"
fi
# git am records a committer: do not depend on the machine's git setup.
export GIT_COMMITTER_NAME=${GIT_COMMITTER_NAME:-robust-futex}
export GIT_COMMITTER_EMAIL=${GIT_COMMITTER_EMAIL:-robust-futex@localhost}
git am --abort >/dev/null 2>&1 || true
git checkout -q -B main base
[ "${#series[@]}" = 0 ] || git am -q --whitespace=nowarn "${series[@]}"
mark_series_applied
echo "tree: $(git rev-list --count base..HEAD) patches applied on base"
