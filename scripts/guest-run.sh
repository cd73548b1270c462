#!/bin/bash
# Runs inside a guest: the kselftest futex suite once for each user ABI
# given (x86_64, ia32, arm64, arm), from build/ksft-ABI:
#   scripts/guest-run.sh OUTDIR ABI...
# Writes OUTDIR/kernel (uname -r -m), OUTDIR/cpu (the CPU's feature list)
# and OUTDIR/ABI.tap, and prints the TAP too.  The host reads the files:
# the console stream may lose or splice lines.  Exits non-zero if a run
# could not be started.
set -u
out=${1:?usage: guest-run.sh OUTDIR ABI...}
shift
cd "$(dirname "$0")/.."
mkdir -p "$out"
# virtme-ng points /dev/stdout at its console port, and the kselftest
# runner writes the TAP of each test to /dev/stdout by name: point it back
# at each process's own fd 1 so that the TAP lands in the files below.
ln -sf /proc/self/fd/1 /dev/stdout
uname -r -m | tee "$out/kernel"
# arm64: the feature list says whether LSE atomics ("atomics") exist.
grep -m1 '^Features' /proc/cpuinfo | tee "$out/cpu"
# Run from a copy on tmpfs: the suite creates and maps files in its
# working directory, and the project's 9p share cannot map files shared.
work=$(mktemp -d)
echo "# working directory: $(stat -f -c %T "$work")"
rc=0
for abi; do
	echo "# futex suite, $abi binaries"
	cp -a "build/ksft-$abi" "$work/$abi"
	# The suite is one kselftest test (futex:run.sh); under TCG it takes
	# longer than the runner's default 45 s.
	(cd "$work/$abi" && ./run_kselftest.sh --override-timeout 300) \
		>"$out/$abi.tap" 2>&1 || rc=1
	cat "$out/$abi.tap"
done
sync
exit $rc
