#!/bin/bash
# Count the TAP test points in the given logs and print
#   [# N skipped]
#   N passed, N failed
# Leaf points are the nested ones ("# ok 3 ..."); a top-level "not ok" (a
# test program that crashed or timed out) counts as one more failure.
# With -q, print nothing and only set the exit status (non-zero if any
# point failed or there was none).  A nested plan ("# 1..N") with fewer
# points reported than planned counts the missing ones as failures, a
# "Bail out!" counts as a failure and a program that skips as a whole
# ("1..0 # SKIP") as one skip.
set -euo pipefail
quiet=0
[ "${1:-}" = -q ] && { quiet=1; shift; }
# A log that is not there (its guest died) is one failure.
missing=0
logs=()
for f; do
	if [ -r "$f" ]; then logs+=("$f"); else missing=$((missing + 1)); fi
done
read -r pass fail skip < <(awk '
	# A test program that planned more points than it reported (it
	# died half way) fails once for each missing point.
	function close_plan() { if (plan > seen) fail += plan - seen; plan = seen = 0 }
	FNR == 1 || /^# TAP version/ || /^(not )?ok [0-9]+/ { close_plan() }
	/^# 1\.\.[0-9]+/ { plan = substr($2, 4) + 0 }
	# A program that skips as a whole, or bails out (before its plan,
	# say, because an expected feature is missing).
	/^(# )+1\.\.0 # SKIP/ { skip++ }
	/^(# )+Bail out!/ { fail++ }
	/^# (not )?ok [0-9]+/ { seen++ }
	/^(# )+ok [0-9]+/ { if ($0 ~ /# SKIP/) skip++; else pass++; next }
	/^(# )+not ok [0-9]+/ { if ($0 ~ /# SKIP/) skip++; else fail++; next }
	/^not ok [0-9]+/ { fail++ }
	END { close_plan(); printf "%d %d %d\n", pass, fail, skip }
' "${logs[@]}" /dev/null)
fail=$((fail + missing))
if [ "$quiet" = 0 ]; then
	[ "$skip" = 0 ] || echo "# $skip skipped"
	echo "$pass passed, $fail failed"
fi
[ "$fail" = 0 ] && [ $((pass + skip)) -gt 0 ]
