namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// One compute-optimal allocation of <c>scaling optimal</c>: what was given (<c>flops</c>, a
/// target <c>loss</c> or a model size, <c>params</c>), the allocation, and with bootstrap
/// resamples the 95% intervals of the other quantities. Under the data-constrained law it also carries the
/// unique tokens, the epochs and the unlimited-data allocation beside it; with a GPU, what the run costs.
/// </summary>
/// <param name="UniqueTokens">The unique tokens U the allocation was limited to.</param>
/// <param name="Epochs">D*/U: how many times the unique data is seen.</param>
/// <param name="Unlimited">The allocation with unlimited fresh data at the same budget.</param>
/// <param name="LossCost">The loss the data limit adds: loss − unlimited.loss.</param>
/// <param name="CostCi95">The 95% intervals of the cost, from the compute's interval (rows given a target loss, with resamples).</param>
[OmitNulls]
internal sealed record OptimalRow(
    string Given,
    double Flops, double Params, double Tokens, double Loss, double TokensPerParam,
    OptimalRow.Intervals? Ci95,
    double? UniqueTokens = null, double? Epochs = null, Allocation? Unlimited = null, double? LossCost = null,
    double? GpuHours = null, double? Days = null, double? Dollars = null, OptimalRow.CostIntervals? CostCi95 = null)
{
    /// <summary>How far N* and D* lie beyond the fitted runs, per input, as a factor (1 inside), as <c>predict</c> gives it; null for a law by value.</summary>
    public Dictionary<string, double>? Extrapolation { get; init; }

    /// <summary>How far beyond the fitted runs, in words ("N is 2.6× the largest fitted run; …"); null inside them.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Beyond { get; init; }

    /// <summary>
    /// Percentile intervals over the resamples that have an allocation; none for the given quantity. Without resamples, only the
    /// loss's predictive interval, as <c>predict</c> gives it (<c>Resamples</c> null).
    /// </summary>
    /// <remarks>
    /// <c>Loss</c> is the predictive interval (parameters plus the law's own extrapolation error) when the law
    /// file carries an extrapolation model, and <c>ParamLoss</c> then keeps the parameters-only interval.
    /// </remarks>
    [OmitNulls]
    internal sealed record Intervals(
        double[]? Flops,
        double[]? Params,
        double[]? Tokens,
        double[]? Loss,
        int? Resamples)
    {
        public double[]? ParamLoss { get; init; }
    }

    [OmitNulls]
    internal sealed record CostIntervals(
        double[] GpuHours,
        double[]? Days,
        double[]? Dollars);

    /// <summary>The row with what training it costs on <paramref name="cost"/>'s GPUs, with intervals where the compute has one.</summary>
    public OptimalRow WithCost(CostSettings? cost)
    {
        if (cost is null)
            return this;
        var training = cost.Of(Flops);
        return this with { GpuHours = training.GpuHours, Days = training.Days, Dollars = training.Dollars, CostCi95 = IntervalsOf(cost) };
    }

    private CostIntervals? IntervalsOf(CostSettings cost)
    {
        if (Ci95?.Flops is not [var lower, var upper])
            return null;
        var (low, high) = (cost.Of(lower), cost.Of(upper));
        return new CostIntervals([low.GpuHours, high.GpuHours], Pair(low.Days, high.Days), Pair(low.Dollars, high.Dollars));
    }

    private static double[]? Pair(double? lower, double? upper) => lower is { } l && upper is { } u ? [l, u] : null;

    /// <summary>The allocation for a budget under the data-constrained law, with the unlimited one beside it.</summary>
    public static OptimalRow ForConstrained(string given, ConstrainedAllocation allocation) =>
        Of(given, allocation.Constrained, null) with
        {
            UniqueTokens = allocation.UniqueTokens,
            Epochs = allocation.Epochs,
            Unlimited = allocation.Unlimited,
            LossCost = allocation.LossCost,
        };

    /// <summary>
    /// The row with its loss interval made predictive: the parameters' spread (the bootstrap's, else by the delta method from
    /// the fit's curvature, as <c>predict</c> takes it) plus the law's own extrapolation error at (N*, D*), reaching up to the loss
    /// at the edge of the data where the fit's E collapsed (<see cref="UnseenFloor"/>). A given loss has none.
    /// </summary>
    public OptimalRow WithPredictiveLoss(PredictiveModel predictive, ScalingLaw law, double[] values)
    {
        if (Given == "loss")
            return this;
        if (Ci95 is not { Loss: [var lower, var upper] } ci)
            return Ci95 is null && predictive.Interval(law, values, [Params, Tokens]) is { } alone
                ? this with { Ci95 = new Intervals(null, null, null, [alone.Lower, alone.Upper], null) }
                : this;
        var parameterSigma = ParameterUncertainty.LogSigma(new Uncertainty.Uncertainty(Loss, double.NaN, lower, upper));
        var distance = predictive.Ranges.DistanceOf([Params, Tokens]);
        if (!predictive.Determines(distance))
            return this with { Ci95 = ci with { Loss = null, ParamLoss = ci.Loss } };
        var interval = UnseenFloor.Raise(predictive.IntervalAround(Loss, distance, parameterSigma), law, values, predictive.Ranges, [Params, Tokens]);
        return this with { Ci95 = ci with { Loss = [interval.Lower, interval.Upper], ParamLoss = ci.Loss } };
    }

    /// <summary>How far N* and D* (and U, under the data-constrained law) lie beyond the runs the law was fitted on (<see cref="Extrapolation"/>).</summary>
    public OptimalRow WithDistance(PredictiveModel predictive)
    {
        var distance = AllocationDistance.Of(predictive, UniqueTokens is { } unique ? [Params, Tokens, unique] : [Params, Tokens]);
        return this with { Beyond = distance.Beyond, Extrapolation = distance.Factors };
    }

    public static OptimalRow ForFlops(double flops, ComputeOptimal law, AllocationUncertainty? spread) =>
        Of("flops", law.ForFlops(flops), spread?.ForFlops(flops));

    /// <summary>The least compute that reaches <paramref name="loss"/>; refused when the optimal model there holds less than one parameter or token.</summary>
    public static OptimalRow ForLoss(double loss, ComputeOptimal law, AllocationUncertainty? spread) =>
        Of("loss", Reachable(loss, law), spread?.ForLoss(loss));

    /// <summary>The compute-optimal allocation that reaches <paramref name="loss"/>; refused when it holds less than one parameter or token (optimal, plan run and inference alike).</summary>
    public static Allocation Reachable(double loss, ComputeOptimal law)
    {
        var allocation = law.ForLoss(loss);
        return allocation.Params >= 1 && allocation.Tokens >= 1
            ? allocation
            : throw new ScalingLawsException(
                $"--target-loss {Numbers.Value(loss)}: the law reaches it with N* = {Numbers.Error(allocation.Params)} parameters on D* = {Numbers.Error(allocation.Tokens)} tokens, less than one of each, " +
                "where no model exists and the law says nothing; give a target loss below your runs' losses.");
    }

    public static OptimalRow ForParams(double parameters, ComputeOptimal law, AllocationUncertainty? spread) =>
        Of("params", law.ForParams(parameters), spread?.ForParams(parameters));

    private static OptimalRow Of(string given, Allocation a, AllocationSpread? spread) =>
        new(given, a.Flops, a.Params, a.Tokens, a.Loss, a.TokensPerParam, spread is null ? null : IntervalsOf(given, spread));

    // The given quantity has no interval; resamples without an allocation (a target loss at or below
    // their E) are left out, and Intervals.Resamples says how many remained.
    private static Intervals IntervalsOf(string given, AllocationSpread spread)
    {
        static double[] Interval(Uncertainty.Uncertainty u) => [u.Lower, u.Upper];
        return new Intervals(
            given == "flops" ? null : Interval(spread.Flops),
            given == "params" ? null : Interval(spread.Params),
            Interval(spread.Tokens),
            given == "loss" ? null : Interval(spread.Loss),
            spread.Resamples);
    }
}
