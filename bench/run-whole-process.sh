#!/usr/bin/env bash
# Times whole processes, as a user runs them: the native `scaling` binary (NativeAOT) against SciPy's 4,500-start
# Chinchilla grid fit, and the commands issue 15 sets targets for, each against `dotnet scaling.dll` (the JIT build).
# Runs are interleaved (round r runs every command once, in turn), so a change in the machine's load hits them alike.
#
#   bash bench/run-whole-process.sh [--rounds K] [--scipy-rounds K] [--no-build] [--hyperfine]
#
#   --rounds K        timed rounds of the fast commands after one warm-up round (default 10; the median is reported)
#   --scipy-rounds K  rounds of the fit pair, native fit then SciPy (default 1; SciPy takes minutes per run)
#   --no-build        use the existing publish (src/ScalingLaws.Cli/bin/Release/net10.0/publish/scaling) and build
#   --hyperfine       also run hyperfine (apt-get install hyperfine) over the fast commands, one after the other
#
# Prints one line per command (median and min seconds of the whole process, target, met or not), then the fit
# pair's ratio and objectives. Exits 1 when the native fit's objective is above SciPy's (+1e-12).
# Needs the .NET 10 SDK, clang and zlib1g-dev (for the publish), and Debian's /usr/bin/python3 with python3-scipy.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python=/usr/bin/python3
rounds=10
scipy_rounds=1
build=1
hyperfine=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="${2:?--rounds needs a number}"; shift ;;
    --scipy-rounds) scipy_rounds="${2:?--scipy-rounds needs a number}"; shift ;;
    --no-build) build=0 ;;
    --hyperfine) hyperfine=1 ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

cli="$repo/src/ScalingLaws.Cli"
if [[ $build -eq 1 ]]; then
  dotnet publish "$cli" -c Release --nologo -v quiet >&2
  dotnet build "$cli" -c Release --nologo -v quiet >&2
fi
native="$cli/bin/Release/net10.0/publish/scaling"
dll="$cli/bin/Release/net10.0/scaling.dll"
[[ -x "$native" && -f "$dll" ]] || { echo "no $native or $dll: run without --no-build" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$repo"
chinchilla=../shared/data/chinchilla-epoch/svg_extracted_data.csv
export NO_COLOR=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# name | target seconds | arguments (run as "$native ARGS" and "dotnet $dll ARGS")
commands=(
  "version|0.030|--version"
  "evaluate|0.050|evaluate --dataset opt --json"
  "findings|0.050|findings --dataset opt --json"
  "predict|0.050|predict --law-spec chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28 --params 70B 1T --tokens 1.4T 20T --json"
  "optimal|0.050|optimal --law chinchilla --flops 5.88e23 1e24 --json"
  "report|0.5|report $chinchilla --drop-highest-loss 5 --bootstrap 1000 --out $work/report.html --force"
  "demo|0.5|demo --out $work/demo"
)

"$python" - "$native" "$dll" "$rounds" "$scipy_rounds" "$repo" "$chinchilla" "${commands[@]}" <<'PY'
import json, shlex, statistics, subprocess, sys, time

native, dll, rounds, scipy_rounds, repo, chinchilla = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
specs = [s.split("|", 2) for s in sys.argv[7:]]

def timed(argv):
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: a fit with warnings
        sys.exit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()}")
    return seconds, done.stdout

runs = {(name, kind): [] for name, _, _ in specs for kind in ("native", "jit")}
for r in range(rounds + 1):  # round 0 warms the file cache and is not counted
    for name, _, args in specs:
        for kind, prefix in (("native", [native]), ("jit", ["dotnet", dll])):
            seconds, _ = timed(prefix + shlex.split(args))
            if r > 0:
                runs[(name, kind)].append(seconds)

print(f"\nwhole process, median (min) of {rounds} interleaved rounds:")
print(f"{'command':<10} {'native s':>16} {'dotnet dll s':>16} {'target':>8}  met")
for name, target, _ in specs:
    n, j = runs[(name, "native")], runs[(name, "jit")]
    met = "yes" if statistics.median(n) <= float(target) else "NO"
    print(f"{name:<10} {statistics.median(n):>8.3f} ({min(n):.3f}) {statistics.median(j):>8.3f} ({min(j):.3f}) {float(target):>8.3f}  {met}")

fit_args = [native, "fit", chinchilla, "--drop-highest-loss", "5", "--json"]
scipy_args = ["/usr/bin/python3", f"{repo}/bench/scipy/chinchilla_grid_fit.py", "--gradient", "analytic"]
native_fit, scipy_fit = [], []
for r in range(scipy_rounds):
    seconds, out = timed(fit_args)
    native_fit.append((seconds, json.loads(out)))
    seconds, out = timed(scipy_args)
    scipy_fit.append((seconds, json.loads(out)))
ns = statistics.median(s for s, _ in native_fit)
ss = statistics.median(s for s, _ in scipy_fit)
cs_obj = native_fit[0][1]["objective"]
sp_obj = scipy_fit[0][1]["best"]["objective"]
print(f"\nfit, 240 Chinchilla runs, 4,500 starts, whole process, median of {scipy_rounds}:")
print(f"  native scaling fit: {ns:.3f} s, objective {cs_obj:.15e}, starts {native_fit[0][1]['starts']}")
print(f"  scipy (analytic gradient): {ss:.3f} s (its own timer: {scipy_fit[0][1]['seconds']:.3f} s), objective {sp_obj:.15e}")
print(f"  ratio scipy / native = {ss / ns:.1f} (target >= 100: {'yes' if ss / ns >= 100 else 'NO'})")
print(f"  native objective - scipy objective = {cs_obj - sp_obj:.3e} ({'same or lower' if cs_obj <= sp_obj + 1e-12 else 'HIGHER'})")
sys.exit(0 if cs_obj <= sp_obj + 1e-12 else 1)
PY

if [[ $hyperfine -eq 1 ]]; then
  command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }
  args=()
  for spec in "${commands[@]}"; do
    IFS='|' read -r name _ rest <<<"$spec"
    args+=(-n "native $name" "$native $rest" -n "dotnet $name" "dotnet $dll $rest")
  done
  hyperfine -N --warmup 1 --runs "$rounds" "${args[@]}"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
