#!/bin/bash
# Export the work tree's commits since "base" into patches/, keeping the
# cover letter's subject and text.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$tree"
[ -z "$(git status --porcelain --untracked-files=no)" ] ||
	{ echo "export: commit your changes in $tree first" >&2; exit 1; }

cover=$top/patches/0000-cover-letter.patch
# The series' version, in every subject.
version=3
desc=$(mktemp)
trap 'rm -f "$desc"' EXIT
if [ -e "$cover" ]; then
	# Subject (unfolded, without the [PATCH 0/N] prefix), a blank line,
	# then the text up to the shortlog.
	awk '
		/^Subject: / { sub(/^Subject: \[PATCH[^]]*\] /, ""); subj = $0; insubj = 1; next }
		insubj && /^ / { subj = subj $0; next }
		insubj { insubj = 0 }
		!body && /^$/ && subj != "" { body = 1; print subj; print ""; next }
		body && /^[^ ].* \([0-9]+\):$/ { exit }
		body { print }
	' "$cover" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$desc"
else
	printf 'robust futex unlock\n\n*** BLURB HERE ***\n' >"$desc"
fi
git config branch.main.description "$(cat "$desc")"

rm -f "$top"/patches/*.patch
# Blank context lines are written empty, not as a lone space: git am
# takes both, and checkpatch, when given a patch file that git tracks,
# reads it as a source file and would take the space for trailing
# whitespace.
git -c diff.suppressBlankEmpty=true \
	format-patch -q --cover-letter --cover-from-description=subject \
	--subject-prefix="PATCH v$version" \
	--zero-commit --no-signature -o "$top/patches" base..HEAD
# Unfold continued mail header lines (a long From: is folded), which
# checkpatch would otherwise misread as part of the diff.
for p in "$top"/patches/*.patch; do
	awk 'hdr && /^ / { line = line $0; next }
	     hdr && line != "" { print line; line = "" }
	     hdr && /^$/ { hdr = 0 }
	     hdr { line = $0; next }
	     { print }
	     BEGIN { hdr = 1 }' "$p" >"$p.tmp" && mv "$p.tmp" "$p"
done
mark_series_applied
ls "$top/patches"
