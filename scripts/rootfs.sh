#!/bin/bash
# Build the arm64 guest's root directory, build/rootfs-arm64, from Debian's
# arm64 packages (run through qemu-user).  virtme-init needs bash, coreutils
# and udev; the kselftest runner needs nothing more than minbase has.
# Rebuilt only when the package list below changes.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

suite=bookworm
packages=udev
root=$build/rootfs-arm64
key="$suite $packages"

if [ "$(cat "$root.key" 2>/dev/null)" = "$key" ] && [ -x "$root/bin/bash" ]; then
	exit 0
fi

binfmt=/proc/sys/fs/binfmt_misc
mountpoint -q $binfmt || mount -t binfmt_misc binfmt_misc $binfmt
[ -e $binfmt/qemu-aarch64 ] ||
	cat /usr/lib/binfmt.d/qemu-aarch64.conf >$binfmt/register

mirror=$(debian_mirror) || { echo "apt has no source for bookworm" >&2; exit 1; }
rm -rf "$root" "$root.key"
mmdebstrap --quiet --arch=arm64 --variant=minbase --include="$packages" \
	--dpkgopt='path-exclude=/usr/share/{doc,man,locale}/*' \
	"$suite" "$root" "$mirror"
echo "$key" >"$root.key"
