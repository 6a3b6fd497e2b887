#!/usr/bin/env python3
"""The estimation study's own kind of pipeline as a timing reference: scipy curve_fit on the raw
loss from Muennighoff et al.'s start, one window after another (Choshen et al. 2024 / ColPret).

Reads the windows written by `ScalingLaws.Benchmarks --export-windows FILE` (JSON lines with n, d,
loss and the C# fit) and prints one JSON line: windows, seconds (wall and CPU), how many fits failed, and how the
objectives compare with C#'s.

    /usr/bin/python3 bench/scipy/estimation_grid_fit.py FILE
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import curve_fit

START = [6.255414, 7.3049974, 0.6254804, 0.3526596, 0.3526596]  # a, b, e, alpha, beta
BOUNDS = ([-np.inf, -np.inf, -np.inf, 0.0, 0.0], [np.inf] * 5)     # the study's alpha, beta >= 0


def law(x, a, b, e, alpha, beta):
    n, d = x
    return np.exp(e) + np.exp(a) / n ** alpha + np.exp(b) / d ** beta


def main(path):
    windows = [json.loads(line) for line in open(path)]
    failed = 0
    costs = []
    clock, cpu = time.perf_counter(), time.process_time()
    for w in windows:
        x = (np.array(w["n"]), np.array(w["d"]))
        y = np.array(w["loss"])
        try:
            p, _ = curve_fit(law, x, y, p0=START, bounds=BOUNDS, maxfev=10000)
            costs.append(float(np.sum((law(x, *p) - y) ** 2)))
        except (RuntimeError, ValueError):
            failed += 1
            costs.append(None)
    seconds, cpu_seconds = time.perf_counter() - clock, time.process_time() - cpu
    both = [(c, w["csharp"]["objective"]) for c, w in zip(costs, windows) if c is not None and w["csharp"]]
    lower_or_equal = sum(cs <= sp * (1 + 1e-6) + 1e-15 for sp, cs in both)
    print(json.dumps({"windows": len(windows), "seconds": seconds, "cpuSeconds": cpu_seconds, "failed": failed,
                      "compared": len(both), "csharp_lower_or_equal": lower_or_equal}))


if __name__ == "__main__":
    main(sys.argv[1])
