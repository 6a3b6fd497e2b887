#!/usr/bin/env bash
# Times the 4,500-start Chinchilla grid fit (Epoch's 240 rows) in C# and in the SciPy reference,
# one after the other on this machine, and compares speed and the objective reached.
#
#   bash bench/run-side-by-side.sh [--numeric] [--runs K] [--no-build]
#   bash bench/run-side-by-side.sh --whole-process [--runs K] [--scipy-runs K] [--no-build] [--hyperfine]
#
#   --numeric        also time SciPy with finite-difference gradients (as Epoch's notebook; slow: minutes)
#   --runs K         timed C# runs after one warm-up (default 5; the median is reported); with --whole-process,
#                    interleaved rounds of the fast commands after a warm-up round (default 10)
#   --no-build       use the existing Release build (and, with --whole-process, the existing publish)
#   --whole-process  time whole processes, as a user runs them (issue 15): the native `scaling` (published
#                    NativeAOT) fit against the SciPy script, and --version, evaluate, findings, predict, optimal,
#                    report --bootstrap 1000 and demo, native against `dotnet scaling.dll`, with their targets
#   --scipy-runs K   with --whole-process: rounds of the fit pair, native then SciPy (default 1; SciPy takes minutes)
#   --hyperfine      with --whole-process: also hyperfine (apt-get install hyperfine) over the fast commands
#
# Exits 1 when C#'s objective is above SciPy's (+1e-12) or SciPy found no converged start.
# Needs the .NET 10 SDK and Debian's /usr/bin/python3 with python3-scipy (apt-get install python3-scipy);
# --whole-process also clang and zlib1g-dev (apt-get install clang zlib1g-dev) for the publish.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python=/usr/bin/python3
numeric=0
runs=""
build=1
whole=0
scipy_runs=1
hyperfine=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --numeric) numeric=1 ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    --no-build) build=0 ;;
    --whole-process) whole=1 ;;
    --scipy-runs) scipy_runs="${2:?--scipy-runs needs a number}"; shift ;;
    --hyperfine) hyperfine=1 ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

machine() { echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"; }

whole_process() {
  local rounds="$1" cli="$repo/src/ScalingLaws.Cli"
  if [[ $build -eq 1 ]]; then
    dotnet publish "$cli" -c Release --nologo -v quiet >&2
    dotnet build "$cli" -c Release --nologo -v quiet >&2
  fi
  local native="$cli/bin/Release/net10.0/linux-x64/publish/scaling" dll="$cli/bin/Release/net10.0/scaling.dll"
  [[ -x "$native" && -f "$dll" ]] || { echo "no $native or $dll: run without --no-build" >&2; return 1; }
  local chinchilla=../shared/data/chinchilla-epoch/svg_extracted_data.csv
  # Global, not local: the EXIT trap runs after this function has returned.
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cd "$repo"
  export NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(machine)"
  # name|target seconds|arguments, each run as "$native ARGS" and as "dotnet $dll ARGS"
  local commands=(
    "version|0.030|--version"
    "evaluate|0.050|evaluate --dataset opt --json"
    "findings|0.050|findings --dataset opt --json"
    "predict|0.050|predict --law-spec chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28 --params 70B 1T --tokens 1.4T 20T --json"
    "optimal|0.050|optimal --law chinchilla --flops 5.88e23 1e24 --json"
    "report|0.5|report $chinchilla --drop-highest-loss 5 --bootstrap 1000 --out $work/report.html"
    "demo|0.5|demo --out $work/demo"
  )
  local status=0
  "$python" "$repo/bench/whole_process.py" "$native" "$dll" "$rounds" "$scipy_runs" "$repo" "$chinchilla" "${commands[@]}" || status=$?
  if [[ $hyperfine -eq 1 ]]; then
    command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; return 1; }
    local args=() spec name rest
    for spec in "${commands[@]}"; do
      IFS='|' read -r name _ rest <<<"$spec"
      args+=(-n "native $name" "$native $rest" -n "dotnet $name" "dotnet $dll $rest")
    done
    hyperfine -N --warmup 1 --runs "$rounds" "${args[@]}"
  fi
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  return $status
}

if [[ $whole -eq 1 ]]; then
  whole_process "${runs:-10}"
  exit
fi
runs="${runs:-5}"

project="$repo/bench/ScalingLaws.Benchmarks"
if [[ $build -eq 1 ]]; then
  dotnet build "$project" -c Release --nologo -v quiet >&2
fi
dll="$project/bin/Release/net10.0/linux-x64/ScalingLaws.Benchmarks.dll"
[[ -f "$dll" ]] || { echo "no build at $dll: run without --no-build" >&2; exit 1; }

machine >&2

echo "C#: 1 warm-up + $runs timed fits ..." >&2
csharp="$(dotnet "$dll" --side-by-side --runs "$runs")"
echo "csharp: $csharp"

echo "SciPy (analytic gradient) ..." >&2
scipy_analytic="$("$python" "$repo/bench/scipy/chinchilla_grid_fit.py" --gradient analytic)"
echo "scipy_analytic: $scipy_analytic"

scipy_numeric=""
if [[ $numeric -eq 1 ]]; then
  echo "SciPy (numeric gradient) ..." >&2
  scipy_numeric="$("$python" "$repo/bench/scipy/chinchilla_grid_fit.py" --gradient numeric)"
  echo "scipy_numeric: $scipy_numeric"
fi

"$python" - "$csharp" "$scipy_analytic" "$scipy_numeric" <<'PY'
import json, sys

cs = json.loads(sys.argv[1])
print()
print(f"C# median of {len(cs['runs'])}: {cs['seconds']:.3f} s on {cs['threads']} threads, "
      f"objective {cs['best']['objective']:.12e}")
ok = True
for text in sys.argv[2:]:
    if not text:
        continue
    sp = json.loads(text)
    if sp["best"] is None:
        print(f"scipy ({sp['mode']}): no start converged")
        ok = False
        continue
    ratio = sp["seconds"] / cs["seconds"]
    better = cs["best"]["objective"] <= sp["best"]["objective"] + 1e-12
    ok = ok and better
    print(f"scipy ({sp['mode']}): {sp['seconds']:.3f} s (1 thread), objective {sp['best']['objective']:.12e}")
    print(f"  ratio scipy_seconds / csharp_seconds = {ratio:.2f}")
    print(f"  C# objective <= scipy objective + 1e-12: {'yes' if better else 'NO'}")
    for key in ("A", "B", "E", "alpha", "beta"):
        print(f"  {key:>5}: C# {cs['best'][key]:.6g}  scipy {sp['best'][key]:.6g}")
sys.exit(0 if ok else 1)
PY
