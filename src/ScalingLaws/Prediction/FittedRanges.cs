using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// The range of each of a law's inputs over the rows it was fitted to, and for a law of both N and D the ranges of their
/// ratio D/N (tokens per parameter) and of compute C = 6ND: what "beyond the data" is measured against.
/// </summary>
public sealed record FittedRanges(ImmutableArray<InputRange> Inputs)
{
    /// <summary>The range of D/N over the fitted rows; null for a law without both N and D, and in law files written before it was stored.</summary>
    public ValueRange? TokensPerParam { get; init; }

    /// <summary>The range of compute C = 6ND over the fitted rows; null for a law without both N and D, and in law files written before it was stored.</summary>
    public ValueRange? Compute { get; init; }

    /// <summary>The ranges of the law's inputs over the rows of <paramref name="table"/>.</summary>
    public static FittedRanges Of(ObservationTable table, ScalingLaw law) =>
        new([.. law.Inputs.Select(input => InputRange.Of(table, input))])
        {
            TokensPerParam = RangeOver(table, law, r => r.Tokens / r.Params),
            Compute = RangeOver(table, law, r => 6 * r.Params * r.Tokens),
        };

    /// <summary>How far a point with these input values (in the law's input order) lies beyond the fitted rows.</summary>
    public ExtrapolationDistance DistanceOf(IReadOnlyList<double> values)
    {
        if (values.Count != Inputs.Length)
            throw new ArgumentException($"expected {Inputs.Length} input values, got {values.Count}.", nameof(values));
        return new ExtrapolationDistance([.. Inputs.Select((range, i) => new InputFactor(range.Input, range.Factor(values[i]), values[i] > range.Max, range.SpanDecades))])
        {
            TokensPerParam = RatioFactorOf(values),
            Compute = ComputeFactorOf(values),
        };
    }

    /// <summary>The distance of a table row, reading the law's inputs from it.</summary>
    public ExtrapolationDistance DistanceOf(Observation row) =>
        DistanceOf([.. Inputs.Select(range => InputValue.Of(row, range.Input))]);

    // D/N of the point against the fitted D/N range, for a law of both.
    private RatioFactor? RatioFactorOf(IReadOnlyList<double> values) =>
        TokensPerParam is { } fitted && IndexOf(Field.Params) is { } n && IndexOf(Field.Tokens) is { } d
            ? new RatioFactor(values[d] / values[n], fitted)
            : null;

    // C = 6ND of the point against the fitted compute range, for a law of both.
    private InputFactor? ComputeFactorOf(IReadOnlyList<double> values)
    {
        if (Compute is not { } fitted || IndexOf(Field.Params) is not { } n || IndexOf(Field.Tokens) is not { } d)
            return null;
        var compute = 6 * values[n] * values[d];
        return new InputFactor(Field.Flops, fitted.Factor(compute), compute > fitted.Max, fitted.SpanDecades);
    }

    private int? IndexOf(Field input)
    {
        var index = Inputs.Select(r => r.Input).ToList().IndexOf(input);
        return index < 0 ? null : index;
    }

    // The range of a quantity of N and D over the fitted rows, for a law of both.
    private static ValueRange? RangeOver(ObservationTable table, ScalingLaw law, Func<Observation, double> quantity)
    {
        if (!law.Inputs.Contains(Field.Params) || !law.Inputs.Contains(Field.Tokens))
            return null;
        var values = table.Rows.Select(quantity).Where(v => double.IsFinite(v) && v > 0).ToArray();
        return values.Length == 0 ? null : new ValueRange(values.Min(), values.Max());
    }
}
