#!/bin/bash
# Build and install the kselftest futex suite for one user ABI:
#   scripts/selftests.sh x86_64|ia32|arm64|arm
# into build/ksft-ABI (with run_kselftest.sh).  Binaries are static so the
# guest needs no foreign C library.  Uses the UAPI headers of the kernel
# built by kernel.sh (x86_64 for ia32 too; arm's are installed here).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
abi=${1:?usage: selftests.sh x86_64|ia32|arm64|arm}

case "$abi" in
x86_64) arch=x86 cross= hdr=$build/obj-x86_64/usr/include ;;
ia32) arch=x86 cross=i686-linux-gnu- hdr=$build/obj-x86_64/usr/include ;;
arm64) arch=arm64 cross=aarch64-linux-gnu- hdr=$build/obj-arm64/usr/include ;;
arm)
	arch=arm cross=arm-linux-gnueabihf- hdr=$build/hdr-arm/usr/include
	make -s -C "$tree" O="$build/hdr-arm" ARCH=arm headers
	;;
*)
	echo "unknown ABI '$abi'" >&2
	exit 2
	;;
esac
[ -d "$hdr/linux" ] || { echo "no UAPI headers in $hdr: build the kernel first" >&2; exit 1; }

out=$build/ksft-$abi
rm -rf "$out"
make -s -C "$tree/tools/testing/selftests" TARGETS=futex ARCH=$arch \
	CROSS_COMPILE="$cross" KHDR_INCLUDES="-isystem $hdr" \
	USERLDFLAGS=-static O="$build/ksft-obj-$abi" INSTALL_PATH="$out" \
	install >/dev/null
echo "selftests: $out"
