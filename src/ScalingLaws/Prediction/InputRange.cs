using ScalingLaws.Data;

namespace ScalingLaws.Prediction;

/// <summary>The smallest and largest value of one law input over the rows a law was fitted to.</summary>
public sealed record InputRange(Field Input, double Min, double Max) : ValueRange(Min, Max)
{
    /// <summary>The range of <paramref name="input"/> over the table's rows with a positive finite value.</summary>
    public static InputRange Of(ObservationTable table, Field input)
    {
        var values = table.Rows.Select(r => InputValue.Of(r, input)).Where(v => double.IsFinite(v) && v > 0).ToArray();
        if (values.Length == 0)
            throw new ScalingLawsException($"{table.Source}: no row has a positive {input.ToString().ToLowerInvariant()} to measure the fitted range on.");
        return new InputRange(input, values.Min(), values.Max());
    }
}
