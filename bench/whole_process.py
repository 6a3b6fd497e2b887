#!/usr/bin/env python3
"""Whole-process timing, run by `bash bench/run-side-by-side.sh --whole-process` (see its --help).

The native `scaling` (NativeAOT) against `dotnet scaling.dll` on the commands issue 15 sets targets for, and the native
4,500-start Chinchilla fit against SciPy's, each as a whole process. Rounds are interleaved (each round runs every
command once, in turn), so a change in the shared machine's load hits every command alike.

usage: whole_process.py NATIVE DLL ROUNDS SCIPY_ROUNDS REPO CHINCHILLA NAME|TARGET|ARGS...
"""
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
