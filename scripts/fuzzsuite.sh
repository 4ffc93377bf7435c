#!/usr/bin/env bash
# fuzzsuite.sh runs FuzzSuite (analyzer/suite/fuzz_test.go), or another
# fuzz target of that package (FuzzSuiteEdits), for a while
# and prints what it did: the inputs run (the fuzzing engine's execs and
# the harness's own count), and the share of them that parsed and that
# type-checked without hard errors, the inputs on which every rule ran.
# A crash the fuzzer finds is written, as usual, under
# analyzer/suite/testdata/fuzz/<target>/ and fails the script.
#
# Usage: scripts/fuzzsuite.sh [fuzztime [parallel [target]]]
#   fuzztime defaults to 60s, parallel (fuzzing processes) to 2, target
#   to FuzzSuite.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-60s}
parallel=${2:-2}
target=${3:-FuzzSuite}
stats=$(mktemp -d)
log=$stats.log
trap 'rm -rf "$stats" "$log"' EXIT

rc=0
FUZZSUITE_STATS=$stats go test -run='^$' -fuzz="^$target\$" -fuzztime="$fuzztime" \
	-parallel="$parallel" ./analyzer/suite/ 2>&1 | tee "$log" || rc=$?

execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
cat "$stats"/* 2>/dev/null | awk -v execs="${execs:-?}" -v fuzztime="$fuzztime" -v target="$target" '
	{ inputs += $1; parsed += $2; typed += $3 }
	END {
		if (inputs == 0) { print "fuzzsuite: no inputs counted"; exit }
		printf "fuzzsuite: %s %s: engine execs %s; harness inputs %d, parsed %d (%.1f%%), type-checked %d (%.1f%%)\n",
			target, fuzztime, execs, inputs, parsed, 100 * parsed / inputs, typed, 100 * typed / inputs
	}'
exit "$rc"
