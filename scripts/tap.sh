#!/bin/bash
# Count the TAP test points in the given logs and print
#   N passed, N failed[, N skipped]
# Leaf points are the nested ones ("# ok 3 ..."); a top-level "not ok" (a
# test program that crashed or timed out) counts as one more failure.
# With -q, print nothing and only set the exit status (non-zero if any
# point failed or there was none).
set -euo pipefail
quiet=0
[ "${1:-}" = -q ] && { quiet=1; shift; }
read -r pass fail skip < <(awk '
	/^(# )+ok [0-9]+/ { if ($0 ~ /# SKIP/) skip++; else pass++; next }
	/^(# )+not ok [0-9]+/ { if ($0 ~ /# SKIP/) skip++; else fail++; next }
	/^not ok [0-9]+/ { fail++ }
	END { printf "%d %d %d\n", pass, fail, skip }
' "$@")
if [ "$quiet" = 0 ]; then
	if [ "$skip" -gt 0 ]; then
		echo "$pass passed, $fail failed, $skip skipped"
	else
		echo "$pass passed, $fail failed"
	fi
fi
[ "$fail" = 0 ] && [ $((pass + skip)) -gt 0 ]
