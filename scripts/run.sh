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
log=$build/logs/run.log
rc=0
"$top/scripts/vm.sh" x86_64 "scripts/guest-run.sh x86_64 ia32" 2>&1 | tee "$log" ||
	rc=1
"$top/scripts/tap.sh" "$log" || rc=1
exit $rc
