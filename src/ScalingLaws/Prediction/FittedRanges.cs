using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>The range of each of a law's inputs over the rows it was fitted to: what "beyond the data" is measured against.</summary>
public sealed record FittedRanges(ImmutableArray<InputRange> Inputs)
{
    /// <summary>The ranges of the law's inputs over the rows of <paramref name="table"/>.</summary>
    public static FittedRanges Of(ObservationTable table, ScalingLaw law) =>
        new([.. law.Inputs.Select(input => InputRange.Of(table, input))]);

    /// <summary>How far a point with these input values (in the law's input order) lies beyond the fitted rows.</summary>
    public ExtrapolationDistance DistanceOf(IReadOnlyList<double> values)
    {
        if (values.Count != Inputs.Length)
            throw new ArgumentException($"expected {Inputs.Length} input values, got {values.Count}.", nameof(values));
        return new ExtrapolationDistance([.. Inputs.Select((range, i) => new InputFactor(range.Input, range.Factor(values[i]), values[i] > range.Max, range.SpanDecades))]);
    }

    /// <summary>The distance of a table row, reading the law's inputs from it.</summary>
    public ExtrapolationDistance DistanceOf(Observation row) =>
        DistanceOf([.. Inputs.Select(range => InputValue.Of(row, range.Input))]);
}
