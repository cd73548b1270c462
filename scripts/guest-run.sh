#!/bin/bash
# Runs inside a guest: the kselftest futex suite once for each user ABI
# given (x86_64, ia32, arm64, arm), from build/ksft-ABI.  Prints the TAP
# of every run; exits non-zero if any run failed.
set -u
# One stream: virtme-ng carries stdout and stderr on separate ports, and
# merging them on the host would interleave lines of the TAP.
exec 2>&1
cd "$(dirname "$0")/.."
echo "# guest: $(uname -r) $(uname -m)"
# arm64: the CPU's feature list says whether LSE atomics ("atomics") exist.
grep -m1 '^Features' /proc/cpuinfo | sed 's/^[^:]*:/# cpu features:/'
rc=0
for abi; do
	echo "# futex suite, $abi binaries"
	# The suite is one kselftest test (futex:run.sh); under TCG it takes
	# longer than the runner's default 45 s.
	(cd "build/ksft-$abi" && ./run_kselftest.sh --override-timeout 900) || rc=1
done
exit $rc
