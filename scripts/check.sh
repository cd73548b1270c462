#!/bin/bash
# All tests (what CI runs): build both kernels and the futex selftests for
# all four user ABIs, run the suite in an x86_64 guest (x86_64 and ia32
# binaries) and in three arm64 guests: one CPU without LSE atomics and one
# with (arm64 and AArch32 binaries), and one with BTI (arm64 binaries); and
# run checkpatch --strict on every patch.  Ends with "N passed, N failed";
# exits non-zero on any failure.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
logs=$build/logs
mkdir -p "$logs"
rm -rf "$logs"/check-*.log "$logs"/guest-*
fails=0
broken=

# step NAME CMD...: a setup step; its failure is a failure of the check.
step() {
	local name=$1 start=$SECONDS
	shift
	if "$@" >"$logs/check-step-$name.log" 2>&1; then
		echo "# step $name: done in $((SECONDS - start)) s"
	else
		echo "not ok - step $name failed (log: $logs/check-step-$name.log)"
		tail -n 30 "$logs/check-step-$name.log" | sed 's/^/#   /'
		fails=$((fails + 1))
		broken="$broken $name"
		return 1
	fi
}

# point OK DESCRIPTION: one test point of the check itself.
npoints=0
point() {
	npoints=$((npoints + 1))
	if [ "$1" = 0 ]; then
		echo "# ok $npoints $2" | tee -a "$logs/check-points.log"
	else
		echo "# not ok $npoints $2" | tee -a "$logs/check-points.log"
	fi
}

# guest_tap FILE SHOW END DESCRIPTION: print the lines of a guest's TAP
# FILE that match SHOW, and make one point of whether FILE has its END
# line (the run it records was complete).
guest_tap() {
	if [ -f "$1" ]; then
		sed 's/^/# /' "$1" | grep -E "$2"
		grep -Eq "$3" "$1"
	else
		false
	fi
	point $? "$4"
}

# guest NAME ARCH CPU HAS_LSE HAS_BTI ABI...: boot and run the suite.  The
# guest writes its results to $logs/guest-NAME/; the console goes to a log.
guest() {
	local name=$1 arch=$2 cpu=$3 lse=$4 bti=$5 out=$logs/guest-$1
	local start=$SECONDS rc abi
	shift 5
	for abi in "$@"; do
		case " $broken " in *" selftests-$abi "*|*" kernel-$arch "*|*" rootfs "*)
			point 1 "$name guest: not run (a step it needs failed)"
			return ;;
		esac
	done
	echo "# guest $name: $arch kernel, CPU ${cpu:-default}, ABIs $*"
	rm -rf "$out"
	CPU=$cpu "$top/scripts/vm.sh" "$arch" "scripts/guest-run.sh $out $*" \
		>"$logs/check-console-$name.log" 2>&1
	rc=$?
	echo "# guest $name: exit $rc after $((SECONDS - start)) s"
	grep -q "^6\.12\.117 " "$out/kernel" 2>/dev/null
	point $? "$name guest runs 6.12.117"
	for abi in "$@"; do
		guest_tap "$out/$abi.tap" '^(# )+(not )?ok |TIMEOUT' \
			'^(not )?ok [0-9]+ selftests: futex: run.sh' \
			"$name guest: the $abi suite ran to the end"
	done
	guest_tap "$out/kernel.tap" '^(# )+(not )?ok |^# # # ' \
		'^# (not )?ok 1 kernel log' "$name guest: the kernel log was checked"
	if [ -n "$lse" ]; then
		if [ "$lse" = yes ]; then
			grep -q "^Features.* atomics" "$out/cpu"
		else
			grep -q "^Features" "$out/cpu" && ! grep -q "^Features.* atomics" "$out/cpu"
		fi
		point $? "$name guest: CPU has LSE atomics: $lse"
	fi
	if [ -n "$bti" ]; then
		grep -q "^Features.* bti" "$out/cpu" && grep -qw bt "$out/vdso-flags"
		point $? "$name guest: CPU has BTI and the vDSO is mapped guarded"
	fi
	[ "$rc" = 0 ]
	point $? "$name guest: exit status 0"
}

echo "# robust futex check: $(date -u)"
step deps "$top/scripts/deps.sh"
step tree "$top/scripts/tree.sh" || broken="$broken kernel-x86_64 kernel-arm64"
for arch in x86_64 arm64; do
	case " $broken " in *" tree "*) continue ;; esac
	step "kernel-$arch" "$top/scripts/kernel.sh" "$arch"
done
for abi in x86_64 ia32 arm64 arm; do
	case $abi in x86_64|ia32) k=x86_64 ;; *) k=arm64 ;; esac
	case " $broken " in *" kernel-$k "*) broken="$broken selftests-$abi"; continue ;; esac
	step "selftests-$abi" "$top/scripts/selftests.sh" "$abi"
done
step rootfs "$top/scripts/rootfs.sh"

# checkpatch --strict on every patch of the series.  Its "does
# MAINTAINERS need updating?" fires on every added file whatever
# MAINTAINERS says, so it is ignored there and checked properly below.
while read -r p; do
	perl "$tree/scripts/checkpatch.pl" --strict --no-tree -q \
		--ignore FILE_PATH_CHANGES "$p" >"$logs/check-checkpatch.log" 2>&1
	point $? "checkpatch --strict $(basename "$p")"
	[ -s "$logs/check-checkpatch.log" ] && sed 's/^/#   /' "$logs/check-checkpatch.log"
done < <(series_files)
case " $broken " in *" tree "*) ;; *)
	uncovered=
	for f in $(git -C "$tree" diff --name-only --diff-filter=A base HEAD); do
		(cd "$tree" && perl scripts/get_maintainer.pl --nogit --nogit-fallback \
			--subsystem --noemail --nol --f "$f") 2>/dev/null |
			grep -qv '^THE REST$' || uncovered="$uncovered $f"
	done
	[ -z "$uncovered" ]
	point $? "every file the series adds has a MAINTAINERS entry${uncovered:+ (not:$uncovered)}"
	;;
esac

guest x86_64 x86_64 "" "" "" x86_64 ia32
guest arm64-a57 arm64 cortex-a57 no "" arm64 arm
guest arm64-a76 arm64 cortex-a76 yes "" arm64 arm
# qemu's "max" CPU has BTI: the kernel maps the vDSO guarded there.  Its
# pointer authentication is made cheap to emulate.
guest arm64-max arm64 max,pauth-impdef=on yes yes arm64

echo "# check finished in $((SECONDS / 60)) min $((SECONDS % 60)) s"
summary=$(cd "$logs" && touch check-points.log &&
	"$top/scripts/tap.sh" check-points.log $(ls guest-*/*.tap 2>/dev/null))
# tap.sh prints "# N skipped" (if any) and then "N passed, N failed".
grep '^#' <<<"$summary" || true
read -r pass _ nfail _ <<<"$(tail -n 1 <<<"$summary" | tr -d ,)"
nfail=$((nfail + fails))
echo "$pass passed, $nfail failed"
[ "$nfail" = 0 ]
