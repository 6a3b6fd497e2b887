using System.Collections.Immutable;
using System.Text.Json.Serialization;
using ScalingLaws.Prediction;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// What <c>scaling predict</c> needs for predictive intervals, as a law file stores it: the range of
/// each input over the fitted rows, and the extrapolation-error model σ(d) = sqrt(σ0² + (k·d)²) with
/// its 95% multiplier (a loss-curve law's adds (m·u)², <see cref="DecaySlope"/>). Law files written before it existed have none and still load.
/// </summary>
/// <param name="Ranges">Per input (params, tokens, flops): [smallest, largest] fitted value; for a law of N and D also
/// <c>tokensPerParam</c>, the range of D/N (absent in files written before it was stored, which then report no D/N factor).</param>
/// <param name="Order">How the backtest ordered the rows (params, tokens, flops, run-length), or null for the prior.</param>
[OmitNulls]
public sealed record ExtrapolationDocument(
    Dictionary<string, double[]> Ranges,
    double Sigma0,
    double Slope,
    double Multiplier,
    string Source,
    // Written even when null: null says the error model is the prior's, fitted by no backtest order.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Order,
    int CutPoints,
    double Runs)
{
    /// <summary>The fit's covariance of the parameters (fitting scale, law order) for the delta method; absent when not every parameter is determined.</summary>
    public double[][]? Covariance { get; init; }

    /// <summary>A loss-curve law's growth of σ per unit of unseen learning-rate decay (m of σ(d, u)); absent for a scaling law and in older files (0).</summary>
    public double? DecaySlope { get; init; }

    /// <summary>
    /// The error model measured by backtesting the fitted table by run length, for predictions at fitted sizes trained on more
    /// tokens than any fitted row (<see cref="PredictiveModel.LongerErrors"/>); absent when not measured and in older files.
    /// </summary>
    public DirectionalErrorsDocument? Longer { get; init; }

    /// <summary>
    /// The error model measured by backtesting the fitted table by tokens per parameter, for predictions at a D/N below every
    /// fitted run's (<see cref="PredictiveModel.UndertrainedErrors"/>); absent when not measured and in older files.
    /// </summary>
    public DirectionalErrorsDocument? Undertrained { get; init; }

    /// <summary>
    /// The error model measured by backtesting the fitted table by compute, for predictions beyond every fitted run's C = 6ND
    /// (<see cref="PredictiveModel.CostlierErrors"/>); absent when not measured and in older files.
    /// </summary>
    public DirectionalErrorsDocument? Costlier { get; init; }

    /// <summary>Inputs (params, tokens, flops) along which the fit did not determine the law: no interval beyond the data there.</summary>
    public string[]? Undetermined { get; init; }

    /// <summary>The document for a predictive model: its fitted ranges and error model.</summary>
    public static ExtrapolationDocument From(PredictiveModel model) => new(
        RangesOf(model.Ranges),
        model.Errors.Sigma0,
        model.Errors.Slope,
        model.Errors.Multiplier,
        model.Errors.Source == ErrorModelSource.Backtest ? "backtest" : "prior",
        model.Order is { } order ? OrderName(order) : null,
        model.Errors.CutPoints,
        model.Errors.Runs)
    {
        Covariance = model.Covariance is { } c
            ? [.. Enumerable.Range(0, c.GetLength(0)).Select(i => Enumerable.Range(0, c.GetLength(1)).Select(j => c[i, j]).ToArray())]
            : null,
        Undetermined = model.Undetermined.IsDefaultOrEmpty ? null : [.. model.Undetermined.Select(Name)],
        DecaySlope = model.Errors.DecaySlope > 0 ? model.Errors.DecaySlope : null,
        Longer = model.LongerErrors is { } longer ? DirectionalErrorsDocument.From(longer) : null,
        Undertrained = model.UndertrainedErrors is { } undertrained ? DirectionalErrorsDocument.From(undertrained) : null,
        Costlier = model.CostlierErrors is { } costlier ? DirectionalErrorsDocument.From(costlier) : null,
    };

    /// <summary>The model for <paramref name="inputs"/> (the law's inputs, in order) of a law of <paramref name="parameters"/> parameters.</summary>
    public PredictiveModel ToModel(IReadOnlyList<Field> inputs, int parameters, string source)
    {
        // A saved law of the other kind with the same name (power) is told by what its ranges measure: steps or sizes.
        var curve = inputs.Contains(Field.Step);
        if (Ranges.Count > 0 && curve != Ranges.ContainsKey(Name(Field.Step)))
            throw new ScalingLawsException(curve
                ? $"{source}: not a curve-law file: its extrapolation block ranges over sizes, so it is a law of size and data: give the file to 'scaling predict --law-file'."
                : $"{source}: not a law of size and data: its extrapolation block ranges over steps, so it is a loss-curve law: give the file to 'scaling curve predict --law-file'.");
        var ranges = inputs.Select(input => Ranges.TryGetValue(Name(input), out var r) && r is [var min, var max] && min > 0 && max >= min
            ? new InputRange(input, min, max)
            : throw new ScalingLawsException($"{source}: the extrapolation block has no valid range for {Name(input)}; refit with 'scaling fit DATA --out FIT.json'.")).ToImmutableArray();
        var decaySlope = DecaySlope ?? 0;
        var errors = new ExtrapolationErrorModel(Sigma0, Slope, Multiplier, StoredSource(source), CutPoints, Runs, decaySlope);
        if (!errors.IsValid)
            throw new ScalingLawsException($"{source}: the extrapolation error model (sigma0 {QuantityFormat.Constant(Sigma0)}, slope {QuantityFormat.Constant(Slope)}, multiplier {QuantityFormat.Constant(Multiplier)}, decaySlope {QuantityFormat.Constant(decaySlope)}, cutPoints {CutPoints}, runs {QuantityFormat.Constant(Runs)}) is not valid; refit with 'scaling fit DATA --out FIT.json'.");
        return new PredictiveModel(new FittedRanges(ranges) { TokensPerParam = StoredRange(TokensPerParamKey, source), Compute = StoredRange(ComputeKey, source) }, errors, Order is null ? null : StoredOrder(source))
        {
            Covariance = Matrix(parameters, source),
            Undetermined = [.. (Undetermined ?? []).Select(name => InputNamed(inputs, name, source))],
            LongerErrors = Longer?.ToModel(source, "run-length"),
            UndertrainedErrors = Undertrained?.ToModel(source, "tokens-per-parameter", ExtrapolationAxis.Undertraining),
            CostlierErrors = Costlier?.ToModel(source, "compute"),
        };
    }

    // Where the error model came from, in any case; one the tool never writes is refused (before, "Prior" or "magic" was
    // read as a backtest, and the intervals were said to be measured on the fitted table).
    private ErrorModelSource StoredSource(string source) => Source?.Trim().ToLowerInvariant() switch
    {
        "prior" => ErrorModelSource.Prior,
        "backtest" => ErrorModelSource.Backtest,
        _ => throw new ScalingLawsException($"{source}: the extrapolation block's source '{Source}' is neither prior nor backtest; refit with 'scaling fit DATA --out FIT.json'."),
    };

    // The backtest order the block names, refused when it names none the tool writes (a hand-edited file).
    private BacktestOrder StoredOrder(string source) => ParseOrder(Order!) ?? throw new ScalingLawsException(
        $"{source}: the extrapolation block's order '{Order}' is none of params, tokens, flops, run-length, tokens-per-param; refit with 'scaling fit DATA --out FIT.json'.");

    /// <summary>The key of the D/N range in <see cref="Ranges"/>.</summary>
    public const string TokensPerParamKey = "tokensPerParam";

    /// <summary>The key of the range of compute C = 6ND in <see cref="Ranges"/>.</summary>
    public const string ComputeKey = "compute";

    private static Dictionary<string, double[]> RangesOf(FittedRanges ranges)
    {
        var stored = ranges.Inputs.ToDictionary(r => Name(r.Input), r => new[] { r.Min, r.Max });
        if (ranges.TokensPerParam is { } ratio)
            stored[TokensPerParamKey] = [ratio.Min, ratio.Max];
        if (ranges.Compute is { } compute)
            stored[ComputeKey] = [compute.Min, compute.Max];
        return stored;
    }

    // A stored range of D/N or C, or null in a file written before it was stored; a malformed one (a hand edit) is refused in words.
    private ValueRange? StoredRange(string key, string source) => !Ranges.TryGetValue(key, out var r) ? null
        : r is [var min, var max] && min > 0 && max >= min && double.IsFinite(max) ? new ValueRange(min, max)
        : throw new ScalingLawsException($"{source}: the extrapolation block's {key} range is not [smallest, largest] positive numbers; refit with 'scaling fit DATA --out FIT.json'.");

    private static Field InputNamed(IReadOnlyList<Field> inputs, string? name, string source)
    {
        foreach (var input in inputs)
        {
            if (string.Equals(Name(input), name?.Trim(), StringComparison.OrdinalIgnoreCase))
                return input;
        }
        throw new ScalingLawsException(
            $"{source}: the extrapolation block names '{name}' as undetermined, which is not an input of this law ({string.Join(", ", inputs.Select(Name))}); refit with 'scaling fit DATA --out FIT.json'.");
    }

    // The stored covariance as a matrix; one no fit could write (a hand edit) is refused in words. Its size is the law's:
    // before, a square one of another size was read, and the delta method used only its first rows.
    private double[,]? Matrix(int parameters, string source) =>
        Covariance is null ? null
        : StoredCovariance.Problem(Covariance, parameters) is { } problem
            ? throw new ScalingLawsException($"{source}: the extrapolation block's covariance {problem}; refit with 'scaling fit DATA --out FIT.json'.")
            : StoredCovariance.Matrix(Covariance);

    /// <summary>The order's name as written in files, e.g. <c>run-length</c>.</summary>
    public static string OrderName(BacktestOrder order) => order switch
    {
        BacktestOrder.RunLength => "run-length",
        BacktestOrder.TokensPerParam => "tokens-per-param",
        _ => order.ToString().ToLowerInvariant(),
    };

    /// <summary>The order named by <paramref name="text"/>, or null when it names none.</summary>
    public static BacktestOrder? ParseOrder(string text) => text.Trim().ToLowerInvariant() switch
    {
        "params" => BacktestOrder.Params,
        "tokens" => BacktestOrder.Tokens,
        "flops" => BacktestOrder.Flops,
        "run-length" => BacktestOrder.RunLength,
        "tokens-per-param" => BacktestOrder.TokensPerParam,
        _ => null,
    };

    private static string Name(Field input) => input.ToString().ToLowerInvariant();
}
