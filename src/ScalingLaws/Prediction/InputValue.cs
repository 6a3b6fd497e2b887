using ScalingLaws.Data;

namespace ScalingLaws.Prediction;

/// <summary>A law input of a row, with compute filled in as C = 6ND when the row has no FLOPs of its own.</summary>
internal static class InputValue
{
    /// <summary>The row's value of the law input <paramref name="input"/>.</summary>
    public static double Of(Observation row, Field input)
    {
        var value = ObservationTable.Value(row, input);
        return input == Field.Flops && !double.IsFinite(value) ? Compute.Flops(row.Params, row.Tokens) : value;
    }
}
