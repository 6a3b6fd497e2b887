using System.Globalization;

namespace ScalingLaws.Estimation.SweepPlanning;

/// <summary>
/// Plans a sweep of smaller models from which to predict a target's loss, following the Hitchhiker's
/// guide (Choshen et al. 2024): about 5 sizes spread log-evenly, each trained on the target's token
/// count with its intermediate checkpoints kept (those before 10B tokens dropped from the fit), and
/// the target itself trained to about 30 % when the budget allows. Compute is C = 6ND. Pure: the
/// expected error is read from measured <see cref="SweepEvidence"/>.
/// </summary>
public static class SweepPlanner
{
    /// <summary>The target's partial run is planned only when it takes at most this share of the budget.</summary>
    public const double MaxTargetShare = 0.5;

    /// <summary>Below about this many parameters the law fits poorly; the planner narrows the spread to stay above it.</summary>
    public const double MinUsefulParams = 1e7;

    /// <summary>The planner never narrows the spread below this factor.</summary>
    public const double MinSpread = 10;

    /// <summary>The sweep that meets the request: sizes, budgets and cost, using the evidence when given.</summary>
    public static SweepPlan Plan(SweepRequest request, SweepEvidence? evidence = null)
    {
        Validate(request);
        var reasons = new List<string>();
        var warnings = new List<string>();
        var (nT, dT, budget, k) = (request.TargetParams, request.TargetTokens, request.Budget, request.Models);
        reasons.Add($"target {QuantityFormat.Count(nT)} parameters × {QuantityFormat.Count(dT)} tokens costs 6ND = {Flops(request.TargetFlops)} FLOPs; the sweep may spend {Flops(budget)} ({Share(budget / request.TargetFlops)}).");

        PlannedSweepRun? target = null;
        if (request.TargetFraction is { } pt)
        {
            var cost = pt * request.TargetFlops;
            if (cost <= MaxTargetShare * budget)
            {
                target = new PlannedSweepRun(nT, pt * dT, cost, IsTarget: true);
                reasons.Add($"the budget allows training the target itself to {Percent(pt)} of its run ({Flops(cost)} FLOPs, {Percent(cost / budget)} of the budget): the study finds the target's own early checkpoints cut the error most.");
            }
            else
            {
                reasons.Add($"training the target to {Percent(pt)} would cost {Flops(cost)} FLOPs, over {Percent(MaxTargetShare)} of the budget, so the sweep uses smaller models only.");
            }
        }

        // Sizes N_max·step^(−j), j = 0 … k−1, all trained on D_T tokens, spending what the target's partial run leaves.
        var remaining = budget - (target?.Flops ?? 0);
        var tokens = dT;
        var spread = request.SizeSpread;
        var (step, weights, largest) = Sizes(spread, k, remaining, tokens);
        // Narrow the spread so that the smallest model stays at or above MinUsefulParams, when the budget allows it.
        for (var i = 0; i < 20 && largest / spread < MinUsefulParams && largest / MinUsefulParams > MinSpread; i++)
        {
            spread = Math.Max(MinSpread, largest / MinUsefulParams);
            (step, weights, largest) = Sizes(spread, k, remaining, tokens);
        }
        if (spread < request.SizeSpread)
            reasons.Add($"the spread is narrowed from {QuantityFormat.Factor(request.SizeSpread)} to {QuantityFormat.Factor(spread)} so that the smallest model keeps at least {QuantityFormat.Count(MinUsefulParams)} parameters.");
        if (largest >= nT)
        {
            largest = nT / step;
            reasons.Add($"the budget would reach the target's size; the largest sweep model is capped one step below it ({QuantityFormat.Count(largest)}).");
        }
        var runs = weights.Reverse().Select(w => new PlannedSweepRun(largest * w, tokens, 6 * largest * w * tokens, IsTarget: false)).ToList();
        reasons.Add($"{k} sizes log-spaced over a factor of {QuantityFormat.Factor(spread)} ({QuantityFormat.Factor(step)}× apart), from {QuantityFormat.Count(runs[0].Params)} to {QuantityFormat.Count(runs[^1].Params)}: " +
            "spread sizes give the size term leverage, and about 5 models is the study's safe bet.");
        reasons.Add($"each trained on the target's {QuantityFormat.Count(tokens)} tokens, with intermediate checkpoints kept: the study fits every checkpoint of the run (p = 1), not only the final one.");
        reasons.Add($"drop checkpoints at or before {QuantityFormat.Count(request.MinTokens)} tokens from the fit: early checkpoints are far from the law and raise the error.");
        if (target is not null)
            runs.Add(target);

        if (tokens <= request.MinTokens)
            warnings.Add($"the runs are {QuantityFormat.Count(tokens)} tokens long, no longer than the {QuantityFormat.Count(request.MinTokens)}-token cut: no checkpoint would survive it.");
        else if (tokens < 3 * request.MinTokens)
            warnings.Add($"the runs are only {QuantityFormat.Count(tokens)} tokens long: few checkpoints remain after the {QuantityFormat.Count(request.MinTokens)}-token cut.");
        var gap = nT / runs.Where(r => !r.IsTarget).Max(r => r.Params);
        if (gap > 30)
            warnings.Add($"the largest sweep model is {QuantityFormat.Factor(gap)}× smaller than the target (the study's families extrapolate about 6×, 30B to 175B); expect more error than the study measured, or raise the budget.");
        if (runs.Where(r => !r.IsTarget).Min(r => r.Params) < MinUsefulParams * 0.999)
            warnings.Add($"the smallest model has {QuantityFormat.Count(runs[0].Params)} parameters; below about 10M the law fits poorly. Use fewer models or a smaller spread.");

        ExpectedError? expected = null;
        if (evidence is not null)
        {
            expected = (target is not null ? evidence.Lookup(k, 1.0, withTarget: true) : null) ?? evidence.Lookup(k, 1.0, withTarget: false);
            if (expected is not null)
                reasons.Add($"expected ARE ≈ {Percent(expected.Are)}: the study's average over {expected.Families} famil{(expected.Families == 1 ? "y" : "ies")} ({expected.Source}) at {expected.Models} sizes, p = 1" +
                    (expected.TargetFraction is { } f ? $", target trained to {Percent(f)}" : "") + ".");
            else
                warnings.Add($"the evidence ({evidence.Source}) scored no cell on every checkpoint (p = 1), so there is no expected error: " +
                    "a family needs 3 or more sizes with checkpoints past the token cut (give evidence with more sizes or longer runs).");
        }

        var total = runs.Sum(r => r.Flops);
        reasons.Add($"total {Flops(total)} FLOPs ({Percent(total / request.TargetFlops)} of the target's compute).");
        return new SweepPlan(request, runs, total, expected, reasons, warnings);
    }

    // Sizes N_max·step^(−j), j = 0 … k−1, step = spread^(1/(k−1)), each trained on `tokens`, spending `flops` in total.
    private static (double Step, double[] Weights, double Largest) Sizes(double spread, int k, double flops, double tokens)
    {
        var step = Math.Pow(spread, 1.0 / (k - 1));
        double[] weights = [.. Enumerable.Range(0, k).Select(j => Math.Pow(step, -j))];
        return (step, weights, flops / (6 * tokens * weights.Sum()));
    }

    private static void Validate(SweepRequest r)
    {
        if (!(r.TargetParams > 0 && double.IsFinite(r.TargetParams)))
            throw new ScalingLawsException($"target parameters {r.TargetParams:G3}: give a positive count, e.g. 7B.");
        if (!(r.TargetTokens > 0 && double.IsFinite(r.TargetTokens)))
            throw new ScalingLawsException($"target tokens {r.TargetTokens:G3}: give a positive count, e.g. 2T.");
        if (!(r.Budget > 0 && double.IsFinite(r.Budget)))
            throw new ScalingLawsException($"budget {r.Budget:G3}: give a positive number of FLOPs, e.g. 1e22.");
        if (r.Models < 2)
            throw new ScalingLawsException($"{r.Models} models: a sweep needs at least 2 sizes to fit the size term.");
        if (!(r.SizeSpread > 1 && double.IsFinite(r.SizeSpread)))
            throw new ScalingLawsException($"size spread {r.SizeSpread:G3}: give the largest size over the smallest, above 1, e.g. 100.");
        if (r.TargetFraction is { } pt && !(pt > 0 && pt <= 1))
            throw new ScalingLawsException($"target fraction {pt:G3}: give a fraction of the run above 0 and at most 1, e.g. 0.3.");
    }

    private static string Flops(double c) => c.ToString("0.##e0", CultureInfo.InvariantCulture);

    private static string Percent(double f) => (100 * f).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    // Beyond a hundred times the target a percentage is a row of digits (--sweep-budget 1e308 printed 300 of them).
    private static string Share(double f) => f <= 100 ? $"{Percent(f)} of it" : $"{Flops(f)} times it";
}
