#!/bin/bash
# Build every prefix of the series on its own, as a bisection would: for
# each patch in turn, check out the work tree at that patch and build the
# x86_64 and arm64 kernels and the futex selftests (x86_64).  Incremental,
# in the usual build directories; the work tree is put back afterwards.
# Prints one line per patch and arch; exits non-zero if any build failed.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
"$top/scripts/tree.sh" || exit 1
logs=$build/logs
mkdir -p "$logs"
head=$(git -C "$tree" rev-parse HEAD)
trap 'git -C "$tree" checkout -q main' EXIT
rc=0
n=0
for commit in $(git -C "$tree" rev-list --reverse base.."$head"); do
	n=$((n + 1))
	git -C "$tree" checkout -q "$commit" || exit 1
	subject=$(git -C "$tree" log -1 --format=%s "$commit")
	for job in x86_64 arm64 selftests; do
		log=$logs/bisect-$n-$job.log
		case $job in
		selftests) cmd=("$top/scripts/selftests.sh" x86_64) ;;
		*) cmd=("$top/scripts/kernel.sh" "$job") ;;
		esac
		if "${cmd[@]}" >"$log" 2>&1; then
			echo "ok   $n $job: $subject"
		else
			echo "FAIL $n $job: $subject (log: $log)"
			rc=1
		fi
	done
done
exit $rc
