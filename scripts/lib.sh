# Shared settings for the scripts; sourced, not run.
# shellcheck shell=bash
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$top/build
tree=$build/linux
jobs=$(($(nproc) + 1))

# arch_vars ARCH: set the kernel's ARCH, the cross prefix and image name.
arch_vars() {
	case "$1" in
	x86_64)
		karch=x86_64 cross= image=arch/x86/boot/bzImage
		;;
	arm64)
		karch=arm64 cross=aarch64-linux-gnu- image=arch/arm64/boot/Image
		;;
	*)
		echo "unknown ARCH '$1' (x86_64 or arm64)" >&2
		exit 2
		;;
	esac
	obj=$build/obj-$1
}

# debian_mirror: the URI this machine's apt takes Debian bookworm from (its
# own mirror or proxy, if it has one), after an apt-get update.
debian_mirror() {
	apt-get indextargets --format '$(REPO_URI)' 'Codename: bookworm' |
		sort -u | head -n 1 | grep .
}

# One cache for every clone (CI builds in a fresh one); paths below the
# clone are hashed relative to it, so that clones share the entries.
export CCACHE_DIR=${CCACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/robust-futex/ccache}
export CCACHE_BASEDIR=$top
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'
export KBUILD_BUILD_USER=robust-futex KBUILD_BUILD_HOST=build

# The series' patch files in order, without the cover letter.
series_files() {
	local p
	for p in "$top"/patches/[0-9][0-9][0-9][0-9]-*.patch; do
		case "$p" in */0000-cover-letter.patch) continue ;; esac
		[ -e "$p" ] && echo "$p"
	done
}

# Record in the work tree that HEAD is the series as it is in patches/, so
# tree.sh need not apply it again.
mark_series_applied() {
	git -C "$tree" config robust.series "$(series_files | xargs cat | sha256sum)"
	git -C "$tree" config robust.head "$(git -C "$tree" rev-parse HEAD)"
}

series_is_applied() {
	[ "$(git -C "$tree" config --get robust.series || true)" = \
	  "$(series_files | xargs cat | sha256sum)" ] &&
	[ "$(git -C "$tree" config --get robust.head || true)" = \
	  "$(git -C "$tree" rev-parse HEAD)" ] &&
	[ -z "$(git -C "$tree" status --porcelain --untracked-files=no)" ]
}
