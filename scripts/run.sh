#!/bin/bash
# The main job: build the patched x86_64 kernel and the futex selftests
# (x86_64 and ia32 binaries), boot the kernel under virtme-ng and run the
# kselftest futex suite.  Prints the TAP and "N passed, N failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"
mkdir -p "$build/logs"
"$top/scripts/deps.sh"
"$top/scripts/tree.sh"
"$top/scripts/kernel.sh" x86_64
"$top/scripts/selftests.sh" x86_64
"$top/scripts/selftests.sh" ia32
out=$build/logs/run
rm -rf "$out"
rc=0
"$top/scripts/vm.sh" x86_64 "scripts/guest-run.sh $out x86_64 ia32" || rc=1
# Count from the files the guest wrote; both runs and the kernel log
# check must be there.
"$top/scripts/tap.sh" "$out/x86_64.tap" "$out/ia32.tap" "$out/kernel.tap" || rc=1
exit $rc
