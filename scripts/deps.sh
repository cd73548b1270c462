#!/bin/bash
# Install what building, booting and testing needs, from Debian's archive.
# bookworm packages, plus trixie pinned at priority 100 so that only the
# packages we name explicitly (pkg/trixie) come from it: never a libc upgrade.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

stamp=/var/lib/robust-futex-deps.v2
[ -e "$stamp" ] && exit 0

sudo=
[ "$(id -u)" = 0 ] || sudo=sudo

export DEBIAN_FRONTEND=noninteractive
if [ ! -e /etc/apt/sources.list.d/trixie.sources ]; then
	# trixie from wherever this machine takes bookworm.
	$sudo apt-get update -qq
	mirror=$(debian_mirror) ||
		{ echo "apt has no source for bookworm" >&2; exit 1; }
	$sudo tee /etc/apt/sources.list.d/trixie.sources >/dev/null <<SRC
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
	$sudo tee /etc/apt/preferences.d/trixie-pin >/dev/null <<'PIN'
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
fi

$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends \
	build-essential bc bison flex libelf-dev libssl-dev dwarves cpio kmod \
	rsync xz-utils python3 perl git ccache clang lld llvm \
	gcc-aarch64-linux-gnu g++-aarch64-linux-gnu \
	gcc-arm-linux-gnueabihf g++-arm-linux-gnueabihf \
	gcc-i686-linux-gnu g++-i686-linux-gnu \
	qemu-system-x86 qemu-system-arm qemu-user-static \
	mmdebstrap arch-test udev \
	virtme-ng/trixie
$sudo touch "$stamp"
