#!/bin/bash
# Runs inside a guest: the kselftest futex suite once for each user ABI
# given (x86_64, ia32, arm64, arm), from build/ksft-ABI:
#   scripts/guest-run.sh OUTDIR ABI...
# Writes OUTDIR/kernel (uname -r -m), OUTDIR/cpu (the CPU's feature list),
# OUTDIR/ABI.tap, OUTDIR/dmesg.log and OUTDIR/kernel.tap (one test point:
# the kernel log is clean), and prints the TAP too.  The host reads the files:
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
# arm64: the feature list says whether LSE atomics ("atomics") and BTI
# exist, and the vDSO's VmFlags whether its text is guarded ("bt").
grep -m1 '^Features' /proc/cpuinfo | tee "$out/cpu"
awk '/\[vdso\]/ { v = 1 } v && /^VmFlags/ { print; exit }' /proc/self/smaps |
	tee "$out/vdso-flags"
# Run from a copy on tmpfs: the suite creates and maps files in its
# working directory, and the project's 9p share cannot map files shared.
work=$(mktemp -d)
echo "# working directory: $(stat -f -c %T "$work")"
for abi; do
	cp -a "build/ksft-$abi" "$work/$abi"
done
rc=0
for abi; do
	echo "# futex suite, $abi binaries"
	# What the kernel under test is meant to have for these binaries: a
	# test of the suite fails, rather than skips, when one is missing.
	# The AArch32 vDSO has no try-unlock helper.
	case $abi in
	x86_64|ia32) expect="syscall vdso map-vdso x32 userfaultfd memfd-secret memcg compat-exec" ;;
	arm64) expect="syscall vdso userfaultfd memcg" ;;
	arm) expect="syscall userfaultfd memcg" ;;
	esac
	export FUTEX_ROBUST_EXPECT=$expect
	echo "# FUTEX_ROBUST_EXPECT=$expect"
	# A 64-bit test execs the 32-bit build of the suite to check a
	# compat exec from a 64-bit parent.
	case $abi in
	x86_64) compat=ia32 ;;
	arm64) compat=arm ;;
	*) compat= ;;
	esac
	if [ -n "$compat" ] && [ -d "$work/$compat" ]; then
		export FUTEX_ROBUST_COMPAT_DIR=$work/$compat/futex/functional
	else
		unset FUTEX_ROBUST_COMPAT_DIR
	fi
	# The suite is one kselftest test (futex:run.sh), bounded by its
	# settings file.
	(cd "$work/$abi" && ./run_kselftest.sh) \
		>"$out/$abi.tap" 2>&1 || rc=1
	cat "$out/$abi.tap"
done
# The kernel log from boot to now: any splat fails the run, whether or not
# a test noticed it.  A test that provokes a report on purpose (an OOM
# report) brackets it with "expected kernel report begins" and "... ends"
# lines in the log; what lies between them is not checked.
dmesg >"$out/dmesg.log" 2>&1
splats='WARNING:|BUG:|Oops|Kernel panic|soft lockup|hung task|blocked for more than|INFO: possible|lockdep|KASAN|UBSAN|general protection|Call Trace:'
name="kernel log has no WARNING, BUG, Oops, lockup, hung task, lockdep, KASAN, UBSAN or stack dump"
awk '/expected kernel report begins/ { skip = 1 } !skip { print }
     /expected kernel report ends/ { skip = 0 }' "$out/dmesg.log" >"$out/dmesg-checked.log"
{
	echo "TAP version 13"
	echo "1..1"
	if grep -Eq "$splats" "$out/dmesg-checked.log"; then
		grep -E -B2 -A3 "$splats" "$out/dmesg-checked.log" | head -n 40 | sed 's/^/# # /'
		echo "# not ok 1 $name"
	else
		echo "# ok 1 $name"
	fi
} >"$out/kernel.tap"
cat "$out/kernel.tap"
sync
exit $rc
