#!/bin/bash
# A/B wall time of `leakscan history -q` builds against the git floor, interleaved rounds, medians.
# usage: bench/history-ab.sh REPO ROUNDS CLI_A [CLI_B ...]   (CLI_* = path to a built dist/cli.js)
set -u
REPO=$1 ROUNDS=$2; shift 2
CLIS=(); for cli in "$@"; do CLIS+=("$(realpath "$cli")"); done
cd "$REPO" || exit 2
declare -A T
now() { date +%s.%N; }
for _ in $(seq "$ROUNDS"); do
  s=$(now); git log -p -U0 --all >/dev/null; e=$(now); T[git-floor]+="$(echo "$e - $s" | bc) "
  for cli in "${CLIS[@]}"; do s=$(now); node "$cli" history -q >/dev/null 2>&1; e=$(now); T[$cli]+="$(echo "$e - $s" | bc) "; done
done
for k in "${!T[@]}"; do
  sorted=$(echo ${T[$k]} | tr ' ' '\n' | sort -n)
  echo "$k: median $(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s; all: $(echo $sorted)"
done
