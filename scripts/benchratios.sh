#!/usr/bin/env bash
# benchratios.sh measures how much stripeerrlint costs over a no-op
# analysis of the same packages, as ratios:
#
#   (a) standalone: stripeerrlint ./...  vs  noopcheck ./...
#       (noopcheck: singlechecker with a no-op analyzer without facts, the
#       floor: it loads only the requested packages from source)
#   (b) go vet, warm: go vet -vettool=stripeerrlint ./...  vs
#       go vet -vettool=noopvet ./...  (noopvet: unitchecker with a no-op
#       analyzer), each after one untimed run, so that both hit go's cache
#
# Each number is the median of N interleaved runs: wall time, and CPU time
# (user+system) and max RSS when GNU time (/usr/bin/time) is there. On a
# busy machine, the CPU ratio is the steadier one; the targets are read on
# wall time. The same is measured with fakelint (the
# driver with internal/driver's fakecharge analyzer, which uses facts), to
# see the driver's cost apart from the rules'.
#
# Goals: (a) <= 1.3, (b) <= 1.05 (issue 16's). With --check,
# the script exits 1 if stripeerrlint misses a target.
#
# Usage: scripts/benchratios.sh [-n runs] [--check] [module-dir [pattern]]
#   module-dir defaults to example/, or testdata/modules/v85 until
#   example/ exists; pattern defaults to ./...
set -euo pipefail

runs=7
check=false
while [[ $# -gt 0 ]]; do
	case "$1" in
	-n) runs="$2"; shift 2 ;;
	--check) check=true; shift ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	-*) echo "benchratios.sh: unknown flag $1" >&2; exit 2 ;;
	*) break ;;
	esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-}
if [[ -z "$dir" ]]; then
	if [[ -f "$root/example/go.mod" ]]; then dir="$root/example"; else dir="$root/testdata/modules/v85"; fi
fi
dir=$(cd "$dir" && pwd)
pattern=${2:-./...}

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
echo "building tools into $bin ..."
(cd "$root" && go build -o "$bin/stripeerrlint" ./cmd/stripeerrlint \
	&& go build -o "$bin/noopcheck" ./internal/bench/noopcheck \
	&& go build -o "$bin/noopvet" ./internal/bench/noopvet \
	&& go build -o "$bin/fakelint" ./internal/driver/testdata/fakelint)

gnutime=""
if /usr/bin/time -f %e true >/dev/null 2>&1; then gnutime=/usr/bin/time; fi

# The commands measured, by name (used through namerefs).
# shellcheck disable=SC2034
{
	cmd_floor=("$bin/noopcheck" "$pattern")
	cmd_suite=("$bin/stripeerrlint" "$pattern")
	cmd_fake=("$bin/fakelint" "$pattern")
	cmd_vfloor=(go vet -vettool="$bin/noopvet" "$pattern")
	cmd_vsuite=(go vet -vettool="$bin/stripeerrlint" "$pattern")
	cmd_vfake=(go vet -vettool="$bin/fakelint" "$pattern")
}

# measure NAME...: runs each command once untimed, then $runs times,
# interleaved (so that a change in the machine's load hits all alike), in
# $dir; then sets NAME_t, NAME_c and NAME_m to the median wall time (s),
# CPU time (user+system, s) and max RSS (KB); the last two are "-" without
# GNU time.
measure() {
	local name i out t0 t1 t m u sy
	for name in "$@"; do
		local -n cmd="cmd_$name"
		(cd "$dir" && "${cmd[@]}" >/dev/null 2>&1) || true
		: >"$bin/$name.t"
		: >"$bin/$name.m"
		: >"$bin/$name.c"
	done
	for ((i = 0; i < runs; i++)); do
		for name in "$@"; do
			local -n cmd="cmd_$name"
			if [[ -n "$gnutime" ]]; then
				out=$(cd "$dir" && { "$gnutime" -f '%e %M %U %S' "${cmd[@]}" >/dev/null 2>"$bin/err" || true; tail -1 "$bin/err"; })
				read -r t m u sy <<<"$out"
				echo "$t" >>"$bin/$name.t"
				echo "$m" >>"$bin/$name.m"
				awk -v u="$u" -v s="$sy" 'BEGIN{printf "%.2f\n", u+s}' >>"$bin/$name.c"
			else
				t0=$(date +%s%N)
				(cd "$dir" && "${cmd[@]}" >/dev/null 2>&1) || true
				t1=$(date +%s%N)
				awk -v n=$((t1 - t0)) 'BEGIN{printf "%.3f\n", n/1e9}' >>"$bin/$name.t"
				echo - >>"$bin/$name.m"
				echo - >>"$bin/$name.c"
			fi
		done
	done
	for name in "$@"; do
		printf -v "${name}_t" '%s' "$(median <"$bin/$name.t")"
		printf -v "${name}_m" '%s' "$(median <"$bin/$name.m")"
		printf -v "${name}_c" '%s' "$(median <"$bin/$name.c")"
	done
}

median() { sort -g | awk '{v[NR]=$1} END{m=int((NR+1)/2); print v[m]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a/b }'; }
within() { awk -v r="$1" -v t="$2" 'BEGIN{exit !(r != "-" && r <= t)}'; }

# Sanity: the tools must load the packages (exit 1 means an error).
for tool in stripeerrlint fakelint; do
	code=0
	(cd "$dir" && "$bin/$tool" "$pattern" >/dev/null 2>"$bin/err") || code=$?
	if [[ $code == 1 ]]; then
		echo "benchratios.sh: $tool $pattern failed in $dir:" >&2
		cat "$bin/err" >&2
		exit 1
	fi
done

echo "module: $dir  pattern: $pattern  runs: $runs (medians)"
echo

measure floor suite fake
measure vfloor vsuite vfake

printf '%-44s %7s %7s %10s %7s %7s %7s\n' "command" "wall(s)" "cpu(s)" "maxRSS(KB)" "wall-x" "cpu-x" "rss-x"
row() { # name, then the prefixes of the command and of its floor
	local -n t="$2_t" c="$2_c" m="$2_m" ft="$3_t" fc="$3_c" fm="$3_m"
	printf '%-44s %7s %7s %10s %7s %7s %7s\n' "$1" "$t" "$c" "$m" "$(ratio "$t" "$ft")" "$(ratio "$c" "$fc")" "$(ratio "$m" "$fm")"
}
row "noopcheck $pattern" floor floor
row "stripeerrlint $pattern" suite floor
row "fakelint $pattern" fake floor
row "go vet -vettool=noopvet $pattern (warm)" vfloor vfloor
row "go vet -vettool=stripeerrlint $pattern (warm)" vsuite vfloor
row "go vet -vettool=fakelint $pattern (warm)" vfake vfloor
echo

# shellcheck disable=SC2154 # NAME_t variables are set by measure
a=$(ratio "$suite_t" "$floor_t")
# shellcheck disable=SC2154
b=$(ratio "$vsuite_t" "$vfloor_t")
ok=true
if within "$a" 1.3; then verdict=ok; else verdict=MISSED; ok=false; fi
echo "(a) standalone ratio $a: goal <= 1.3 $verdict"
if within "$b" 1.05; then verdict=ok; else verdict=MISSED; ok=false; fi
echo "(b) warm go vet ratio $b: goal <= 1.05 $verdict"

if $check && ! $ok; then
	exit 1
fi
