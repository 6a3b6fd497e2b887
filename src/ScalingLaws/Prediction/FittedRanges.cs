using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// The range of each of a law's inputs over the rows it was fitted to, and for a law of both N and D the range of
/// their ratio D/N (tokens per parameter): what "beyond the data" is measured against.
/// </summary>
public sealed record FittedRanges(ImmutableArray<InputRange> Inputs)
{
    /// <summary>The range of D/N over the fitted rows; null for a law without both N and D, and in law files written before it was stored.</summary>
    public ValueRange? TokensPerParam { get; init; }

    /// <summary>The ranges of the law's inputs over the rows of <paramref name="table"/>.</summary>
    public static FittedRanges Of(ObservationTable table, ScalingLaw law) =>
        new([.. law.Inputs.Select(input => InputRange.Of(table, input))]) { TokensPerParam = RatioOf(table, law) };

    /// <summary>How far a point with these input values (in the law's input order) lies beyond the fitted rows.</summary>
    public ExtrapolationDistance DistanceOf(IReadOnlyList<double> values)
    {
        if (values.Count != Inputs.Length)
            throw new ArgumentException($"expected {Inputs.Length} input values, got {values.Count}.", nameof(values));
        return new ExtrapolationDistance([.. Inputs.Select((range, i) => new InputFactor(range.Input, range.Factor(values[i]), values[i] > range.Max, range.SpanDecades))])
        {
            TokensPerParam = RatioFactorOf(values),
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

    private int? IndexOf(Field input)
    {
        var index = Inputs.Select(r => r.Input).ToList().IndexOf(input);
        return index < 0 ? null : index;
    }

    private static ValueRange? RatioOf(ObservationTable table, ScalingLaw law)
    {
        if (!law.Inputs.Contains(Field.Params) || !law.Inputs.Contains(Field.Tokens))
            return null;
        var ratios = table.Rows.Select(r => r.Tokens / r.Params).Where(ratio => double.IsFinite(ratio) && ratio > 0).ToArray();
        return ratios.Length == 0 ? null : new ValueRange(ratios.Min(), ratios.Max());
    }
}
