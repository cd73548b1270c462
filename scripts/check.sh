#!/bin/bash
# All tests (what CI runs): build both kernels and the futex selftests for
# all four user ABIs, run the suite in an x86_64 guest (x86_64 and ia32
# binaries) and in two arm64 guests, one CPU without LSE atomics and one
# with (arm64 and AArch32 binaries), and run checkpatch --strict on every
# patch.  Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
logs=$build/logs
mkdir -p "$logs"
rm -f "$logs"/check-*.log
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

# guest NAME ARCH CPU HAS_LSE ABI...: boot and run the suite.
guest() {
	local name=$1 arch=$2 cpu=$3 lse=$4 log=$logs/check-guest-$1.log
	local start=$SECONDS rc abi
	shift 4
	for abi in "$@"; do
		case " $broken " in *" selftests-$abi "*|*" kernel-$arch "*|*" rootfs "*)
			point 1 "$name guest: not run (a step it needs failed)"
			return ;;
		esac
	done
	echo "# guest $name: $arch kernel, CPU ${cpu:-default}, ABIs $*"
	CPU=$cpu "$top/scripts/vm.sh" "$arch" \
		"scripts/guest-run.sh $*" 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	echo "# guest $name: exit $rc after $((SECONDS - start)) s"
	grep -q "^# guest: 6\.12\.117 " "$log"
	point $? "$name guest runs 6.12.117"
	[ "$(grep -c '^\(not \)\?ok [0-9]* selftests: futex: run.sh' "$log")" = $# ]
	point $? "$name guest: the suite ran once for each of $*"
	if [ -n "$lse" ]; then
		if [ "$lse" = yes ]; then
			grep -q "^# cpu features:.* atomics" "$log"
		else
			grep -q "^# cpu features:" "$log" && ! grep -q "^# cpu features:.* atomics" "$log"
		fi
		point $? "$name guest: CPU has LSE atomics: $lse"
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

# checkpatch --strict on every patch of the series.
while read -r p; do
	perl "$tree/scripts/checkpatch.pl" --strict --no-tree -q "$p" \
		>"$logs/check-checkpatch.log" 2>&1
	point $? "checkpatch --strict $(basename "$p")"
	[ -s "$logs/check-checkpatch.log" ] && sed 's/^/#   /' "$logs/check-checkpatch.log"
done < <(series_files)

guest x86_64 x86_64 "" "" x86_64 ia32
guest arm64-a57 arm64 cortex-a57 no arm64 arm
guest arm64-a76 arm64 cortex-a76 yes arm64 arm

echo "# check finished in $((SECONDS / 60)) min $((SECONDS % 60)) s"
summary=$(cd "$logs" && touch check-points.log &&
	"$top/scripts/tap.sh" check-points.log $(ls check-guest-*.log 2>/dev/null))
read -r pass _ nfail _ rest <<<"${summary//,/}"
nfail=$((nfail + fails))
echo "$pass passed, $nfail failed${rest:+, $rest}"
[ "$nfail" = 0 ]
