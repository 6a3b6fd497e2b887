using System.Text.Json;
using System.Text.Json.Serialization;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// One predicted loss: <c>ci95</c> is the predictive 95% interval (the parameters' uncertainty plus the
/// law's own extrapolation error) when the law file carries an extrapolation model; <c>paramCi95</c>
/// the bootstrap interval of the parameters alone; <c>extrapolation</c> how far beyond the fitted data
/// each input lies, as a factor (1 inside), for a law of N and D how far D/N lies outside the fitted runs' range of it
/// (<c>tokensPerParam</c>), and the product of the input factors (<c>combined</c>); <c>undetermined</c> the inputs beyond the data along
/// which the fit does not determine the law, where there is no <c>ci95</c>; <c>errorModels</c> which error models gave <c>ci95</c>.
/// </summary>
[OmitNulls]
internal sealed record PredictedLoss(double Params, double Tokens, double Flops, double Loss,
    double[]? Ci95,
    double[]? ParamCi95,
    Dictionary<string, double>? Extrapolation,
    string[]? Undetermined = null)
{
    /// <summary>The unique tokens U of a data-constrained prediction, and the epochs D/U they are seen for.</summary>
    public double? UniqueTokens { get; init; }

    public double? Epochs => UniqueTokens is { } unique ? Tokens / unique : null;

    /// <summary>
    /// The error models behind <see cref="Ci95"/>: the law file's main one by its backtest order (<c>params</c>, …, or <c>prior</c>),
    /// or <c>run-length</c> for a fitted size trained longer; <c>tokens-per-param</c> added below the fitted D/N; and <c>edge</c> where
    /// the upper end reaches up to the loss at the edge of the data, the fit's E having collapsed (<see cref="UnseenFloor"/>).
    /// </summary>
    public string[]? ErrorModels { get; init; }

    /// <summary>The loss a held-out row of FILE observed, when it has one.</summary>
    public double? Observed { get; init; }

    /// <summary>Whether <see cref="Observed"/> lies inside <see cref="Ci95"/>; null without either.</summary>
    public bool? Covered => Observed is { } observed && Ci95 is [var lower, var upper] ? observed >= lower && observed <= upper : null;

    /// <summary>The run a held-out row of FILE belongs to, when it names one.</summary>
    public string? Model { get; init; }

    /// <summary>The distance behind <see cref="Extrapolation"/>, for the text output.</summary>
    [JsonIgnore]
    public ExtrapolationDistance? Distance { get; init; }

    public static PredictedLoss At(ScalingLaw law, double[] values, BootstrapResult? bootstrap, PredictiveModel? predictive, Observation point)
    {
        var inputs = law.Inputs.Select(f => ObservationTable.Value(point, f)).ToArray();
        var loss = law.Predict(values, inputs);
        var parameters = bootstrap?.Prediction(inputs[0], ScalingLaw.InputAt(inputs, 1), ScalingLaw.InputAt(inputs, 2));
        var interval = predictive?.Interval(law, values, inputs, bootstrap);
        var distance = predictive?.Ranges.DistanceOf(inputs);
        return new PredictedLoss(
            point.Params, point.Tokens, point.Flops, loss,
            interval is null ? null : [interval.Lower, interval.Upper],
            parameters is null || !double.IsFinite(parameters.Lower) ? null : [parameters.Lower, parameters.Upper],
            distance is null ? null : Factors(distance),
            predictive is null || interval is not null ? null : [.. predictive.Undetermined.Select(InputName)])
        {
            Distance = distance,
            ErrorModels = interval is null ? null : [.. ErrorModelsOf(predictive!, interval.Distance), .. interval.ReachesEdge ? ["edge"] : Array.Empty<string>()],
            UniqueTokens = double.IsFinite(point.UniqueTokens) ? point.UniqueTokens : null,
            Observed = double.IsFinite(point.Loss) ? point.Loss : null,
            Model = point.Model,
        };
    }

    private static string[] ErrorModelsOf(PredictiveModel predictive, ExtrapolationDistance distance) =>
    [
        predictive.UsesCostlierErrors(distance) ? ExtrapolationDocument.OrderName(BacktestOrder.Flops)
            : predictive.UsesLongerErrors(distance) ? ExtrapolationDocument.OrderName(BacktestOrder.RunLength)
            : predictive.Order is { } order && predictive.Errors.Source == ErrorModelSource.Backtest ? ExtrapolationDocument.OrderName(order) : "prior",
        .. predictive.UsesUndertrainedErrors(distance) ? [ExtrapolationDocument.OrderName(BacktestOrder.TokensPerParam)] : Array.Empty<string>(),
    ];

    /// <summary>The <c>extrapolation</c> JSON of a distance: each input's factor, D/N's and compute's where they count, and their product.</summary>
    internal static Dictionary<string, double> Factors(ExtrapolationDistance distance)
    {
        var factors = distance.Factors.ToDictionary(f => InputName(f.Input), f => f.Factor);
        if (distance.TokensPerParam is { } ratio)
            factors["tokensPerParam"] = ratio.Factor;
        if (distance.Compute is { } compute)
            factors["compute"] = compute.Factor;
        factors["combined"] = distance.Combined;
        return factors;
    }

    private static string InputName(Field input) => JsonNamingPolicy.CamelCase.ConvertName(input.ToString());
}
