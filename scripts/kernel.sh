#!/bin/bash
# Configure and build the kernel in build/linux for one architecture:
#   scripts/kernel.sh x86_64|arm64
# Output goes to build/obj-ARCH (image, and UAPI headers in usr/include for
# the selftests).  DEBUG=1 adds configs/debug.config.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch_vars "${1:?usage: kernel.sh x86_64|arm64}"

# arm64 is built with clang and lld: 6.12 allows kernel BTI only with
# clang.  Its compat vDSO then needs no second cross compiler.
if [ "$karch" = arm64 ]; then
	mkargs=(-C "$tree" O="$obj" ARCH="$karch" LLVM=1 CC="ccache clang"
		HOSTCC="ccache gcc" LOCALVERSION=)
else
	mkargs=(-C "$tree" O="$obj" ARCH="$karch" CROSS_COMPILE="$cross"
		CC="ccache ${cross}gcc" HOSTCC="ccache gcc" LOCALVERSION=)
fi

frags=("$top/configs/base.config" "$top/configs/$1.config")
[ "${DEBUG:-0}" = 1 ] && frags+=("$top/configs/debug.config")

# Reconfigure from scratch when a fragment or the selection changed.
mkdir -p "$obj"
want=$(cat "${frags[@]}" | sha256sum)
if [ ! -e "$obj/.config" ] || [ "$(cat "$obj/.frags" 2>/dev/null)" != "$want" ]; then
	make -s "${mkargs[@]}" allnoconfig
	KCONFIG_CONFIG=$obj/.config "$tree/scripts/kconfig/merge_config.sh" \
		-m -O "$obj" "$obj/.config" "${frags[@]}" >/dev/null
	make -s "${mkargs[@]}" olddefconfig
	# Every option we ask for must have stuck.
	bad=0
	for f in "${frags[@]}"; do
		while IFS= read -r line; do
			case "$line" in
			CONFIG_*=n) opt=${line%=n}
				grep -q "^$opt=" "$obj/.config" && { echo "config: $opt still set" >&2; bad=1; } ;;
			CONFIG_*) grep -qxF "$line" "$obj/.config" ||
				{ echo "config: $line did not stick" >&2; bad=1; } ;;
			esac
		done <"$f"
	done
	[ "$bad" = 0 ] || exit 1
	echo "$want" >"$obj/.frags"
fi

make -s "${mkargs[@]}" -j"$jobs" all
make -s "${mkargs[@]}" headers
echo "kernel: $obj/$image"
