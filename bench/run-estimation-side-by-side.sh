#!/usr/bin/env bash
# The estimation study's least-squares grid (every catalog family with at least 3 sizes, both token
# cuts, every distinct training window) fitted by C# (Levenberg-Marquardt, in parallel) and by the
# study's own kind of pipeline (scipy curve_fit, one window after another), and the costs compared.
#
#   bash bench/run-estimation-side-by-side.sh [--no-build]
#
# Needs the .NET 10 SDK and Debian's /usr/bin/python3 with python3-scipy.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$repo/bench/ScalingLaws.Benchmarks"
[[ "${1:-}" == "--no-build" ]] || dotnet build "$project" -c Release --nologo -v quiet >&2
windows="$(mktemp --suffix=.jsonl)"
trap 'rm -f "$windows"' EXIT

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
# The shipped `scaling` is compiled ahead of time (NativeAOT), every method fully optimised once. Under the JIT's
# tiered compilation the hot methods are still being recompiled (instrumented, then optimised) during the timed
# second pass, on the same two cores; without tiers each method is compiled once, optimised, in the first pass.
echo "csharp: $(DOTNET_TieredCompilation=0 dotnet "$project/bin/Release/net10.0/linux-x64/ScalingLaws.Benchmarks.dll" --export-windows "$windows")"
echo "scipy: $(/usr/bin/python3 "$repo/bench/scipy/estimation_grid_fit.py" "$windows")"
