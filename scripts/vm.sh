#!/bin/bash
# Boot the kernel built by kernel.sh under virtme-ng, with TCG (nested KVM
# hangs here), run CMD in the guest from the project directory (visible at
# the same path, writable), and exit with CMD's status:
#   scripts/vm.sh x86_64|arm64 'CMD'
# CPU=name picks the qemu CPU model; KERNEL=path boots another image of the
# same arch; VM_TIMEOUT (seconds) bounds the run.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
arch_vars "${1:?usage: vm.sh x86_64|arm64 CMD}"
cmd=${2:?usage: vm.sh x86_64|arm64 CMD}

: "${KERNEL:=$obj/$image}"
[ -e "$KERNEL" ] || { echo "no kernel at $KERNEL: build it first" >&2; exit 1; }

args=(--run "$KERNEL" --disable-kvm --cpus 2 --memory 2G)
case "$karch" in
arm64)
	[ -x "$build/rootfs-arm64/bin/bash" ] ||
		{ echo "no arm64 root directory: run scripts/rootfs.sh" >&2; exit 1; }
	# The project's mount point must exist in the guest root.
	mkdir -p "$build/rootfs-arm64$top"
	args+=(--arch arm64 --root "$build/rootfs-arm64")
	;;
esac
args+=(--rwdir "$top=$top")
[ -n "${CPU:-}" ] && args+=("--qemu-opts=-cpu $CPU")

# vng checks --cwd against the guest root, which for arm64 is not the
# host's: change directory in the command instead.
exec timeout -k 10 "${VM_TIMEOUT:-1800}" vng "${args[@]}" --exec "cd '$top' && $cmd" </dev/null
