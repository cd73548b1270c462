#!/bin/bash
# Fetch the pinned base into build/base/ (tarball) and unpack it as a git
# repository in build/linux with the tag "base".  Idempotent.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# shellcheck source=../BASE
. "$top/BASE"
out=$build
mkdir -p "$out/base"

if git -C "$tree" rev-parse -q --verify refs/tags/base >/dev/null 2>&1; then
	exit 0
fi

tarball=$out/base/linux-source.tar.xz
if [ ! -e "$tarball" ]; then
	cd "$out/base"
	rm -f ./*.deb
	if ! apt-get download "$PACKAGE=$VERSION" 2>/dev/null; then
		echo "**************************************************************" >&2
		echo "WARNING: $PACKAGE=$VERSION is no longer in the archive;" >&2
		echo "WARNING: falling back to the newest $PACKAGE. The series was" >&2
		echo "WARNING: made on $VERSION and may not apply." >&2
		echo "**************************************************************" >&2
		apt-get download "$PACKAGE"
		SHA256=
	fi
	deb=$(ls ./*.deb)
	dpkg-deb --fsys-tarfile "$deb" | tar -xO ".$TARBALL" >"$tarball.tmp"
	if [ -n "$SHA256" ]; then
		echo "$SHA256  $tarball.tmp" | sha256sum -c --quiet
	fi
	mv "$tarball.tmp" "$tarball"
	rm -f "$deb"
fi

rm -rf "$tree" "$tree.tmp"
mkdir -p "$tree.tmp"
tar -xJf "$tarball" -C "$tree.tmp" --strip-components=1
cd "$tree.tmp"
git init -q -b main
# Debian's .gitignore ignores everything at the top level: force.
git add -f -A
# Fixed dates make the base commit, and so every patch's parent, the same
# on every machine.
GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z' \
GIT_AUTHOR_NAME=base GIT_AUTHOR_EMAIL=base@localhost \
GIT_COMMITTER_NAME=base GIT_COMMITTER_EMAIL=base@localhost \
	git commit -q -m "Linux $VERSION (Debian $PACKAGE)"
git tag base
cd "$top"
mv "$tree.tmp" "$tree"
