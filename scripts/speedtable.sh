#!/usr/bin/env bash
# speedtable.sh prints the README's speed table: for the example app and
# for a large generated module (internal/bench/genlarge: 12,500 functions
# using stripe-go v85, one file of 1 MB), it runs scripts/benchratios.sh
# (the suite standalone vs a no-op analyzer, and warm go vet -vettool vs a
# no-op vettool) and then measures, over the same packages, the suite
# against staticcheck (v0.8.2) and errcheck (latest), both built from the
# module proxy into a temporary directory. staticcheck keeps a cache of its
# results (a rerun on unchanged code is mostly cache hits): it is measured
# warm (its cache filled by an untimed run), as users rerun it, and cold
# (a new, empty STATICCHECK_CACHE for each run), as in CI; stripeerrlint
# has no result cache.
#
# Every number is the median of N interleaved runs (wall time; CPU time,
# user+system, from GNU time when it is there). On a loaded machine the
# wall times and ratios move; the CPU ratios are steadier. The load
# average is printed before and after.
#
# Goals: standalone <= 1.3x the no-op, warm vet <= 1.05x the no-op vettool,
# and faster than staticcheck.
#
# Usage: scripts/speedtable.sh [-n runs]
set -euo pipefail

runs=5
while [[ $# -gt 0 ]]; do
	case "$1" in
	-n) runs="$2"; shift 2 ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "speedtable.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin="$tmp/bin"
mkdir -p "$bin"
echo "building stripeerrlint, staticcheck v0.8.2 and errcheck into $bin ..." >&2
(cd "$root" && go build -o "$bin/stripeerrlint" ./cmd/stripeerrlint && go build -o "$bin/genlarge" ./internal/bench/genlarge)
GOBIN="$bin" GOFLAGS='' go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
GOBIN="$bin" GOFLAGS='' go install github.com/kisielk/errcheck@latest

# staticcheck with an empty cache on every run.
cat >"$bin/staticcheck-cold" <<EOF
#!/bin/sh
d=\$(mktemp -d)
STATICCHECK_CACHE="\$d" "$bin/staticcheck" "\$@"
s=\$?
rm -rf "\$d"
exit \$s
EOF
chmod +x "$bin/staticcheck-cold"

large="$tmp/large"
"$bin/genlarge" -gosum "$root/testdata/modules/v85/go.sum" "$large"
(cd "$large" && go mod download github.com/stripe/stripe-go/v85)

gnutime=""
if /usr/bin/time -f %e true >/dev/null 2>&1; then gnutime=/usr/bin/time; fi
median() { sort -g | awk '{v[NR]=$1} END{m=int((NR+1)/2); print v[m]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a/b }'; }

# measure DIR NAME... : each command cmd_NAME once untimed, then $runs
# times interleaved; sets NAME_t (wall, s) and NAME_c (CPU, s) to medians.
measure() {
	local dir="$1" name i out t u s
	shift
	for name in "$@"; do
		local -n cmd="cmd_$name"
		(cd "$dir" && "${cmd[@]}" >/dev/null 2>&1) || true
		: >"$tmp/$name.t"
		: >"$tmp/$name.c"
	done
	for ((i = 0; i < runs; i++)); do
		for name in "$@"; do
			local -n cmd="cmd_$name"
			if [[ -n "$gnutime" ]]; then
				out=$(cd "$dir" && { "$gnutime" -f '%e %U %S' "${cmd[@]}" >/dev/null 2>"$tmp/err" || true; tail -1 "$tmp/err"; })
				read -r t u s <<<"$out"
				echo "$t" >>"$tmp/$name.t"
				awk -v u="$u" -v s="$s" 'BEGIN{printf "%.2f\n", u+s}' >>"$tmp/$name.c"
			else
				local t0 t1
				t0=$(date +%s%N)
				(cd "$dir" && "${cmd[@]}" >/dev/null 2>&1) || true
				t1=$(date +%s%N)
				awk -v n=$((t1 - t0)) 'BEGIN{printf "%.3f\n", n/1e9}' >>"$tmp/$name.t"
				echo - >>"$tmp/$name.c"
			fi
		done
	done
	for name in "$@"; do
		printf -v "${name}_t" '%s' "$(median <"$tmp/$name.t")"
		printf -v "${name}_c" '%s' "$(median <"$tmp/$name.c")"
	done
}

# field ROW COLUMN: column COLUMN (1 = wall, 2 = cpu) of the benchratios
# row that starts with ROW.
field() { awk -v p="$1" -v c="$2" 'index($0, p) == 1 { split(substr($0, length(p) + 1), f, " "); print f[c]; exit }' "$tmp/ratios"; }

rows=()
for target in example large; do
	if [[ $target == example ]]; then dir="$root/example"; else dir="$large"; fi
	echo "== $target: scripts/benchratios.sh -n $runs $dir" >&2
	"$root/scripts/benchratios.sh" -n "$runs" "$dir" | tee "$tmp/ratios" >&2
	npkgs=$(cd "$dir" && go list ./... | wc -l)
	floor_t=$(field "noopcheck ./..." 1)
	floor_c=$(field "noopcheck ./..." 2)
	suite_t=$(field "stripeerrlint ./..." 1)
	suite_c=$(field "stripeerrlint ./..." 2)
	vfloor_t=$(field "go vet -vettool=noopvet ./... (warm)" 1)
	vsuite_t=$(field "go vet -vettool=stripeerrlint ./... (warm)" 1)

	# shellcheck disable=SC2034 # used through namerefs
	{
		cmd_sc=("$bin/stripeerrlint" ./...)
		cmd_static=("$bin/staticcheck" ./...)
		cmd_cold=("$bin/staticcheck-cold" ./...)
		cmd_errcheck=("$bin/errcheck" ./...)
	}
	echo "== $target: stripeerrlint vs staticcheck vs errcheck ($runs runs)" >&2
	measure "$dir" sc static cold errcheck
	# shellcheck disable=SC2154 # set by measure
	rows+=("| $target | $npkgs | $floor_t | $suite_t | $(ratio "$suite_t" "$floor_t") (cpu $(ratio "$suite_c" "$floor_c")) | $vfloor_t | $vsuite_t | $(ratio "$vsuite_t" "$vfloor_t") | $static_t / $cold_t | $errcheck_t | $(ratio "$sc_t" "$static_t") / $(ratio "$sc_t" "$cold_t") (cpu $(ratio "$sc_c" "$static_c") / $(ratio "$sc_c" "$cold_c")) |")
done

mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo "?")
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) CPUs, $mem, $(go version | awk '{print $3, $4}'); load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); medians of $runs runs, wall seconds."
echo
echo "| module | packages | no-op standalone | stripeerrlint | ratio (goal ≤ 1.3) | no-op vettool, warm | go vet -vettool=stripeerrlint, warm | ratio (goal ≤ 1.05) | staticcheck warm / cold | errcheck | stripeerrlint / staticcheck warm / cold (goal < 1) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
