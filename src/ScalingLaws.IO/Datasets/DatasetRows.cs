namespace ScalingLaws.IO.Datasets;

/// <summary>Helpers shared by the loaders.</summary>
internal static class DatasetRows
{
    /// <summary>A checkpoint with FLOPs = 6ND.</summary>
    public static Observation Row(double parameters, double tokens, double loss, string model, string family, double step, int sourceRow) =>
        new(parameters, tokens, Compute.Flops(parameters, tokens), loss, model, family, step, sourceRow);

    /// <summary>The table named for its dataset, e.g. <c>dataset opt</c>, with the loader's notes.</summary>
    public static ObservationTable Table(DatasetInfo info, IEnumerable<Observation> rows, params string[] notes) =>
        new(rows, $"dataset {info.Name}", notes: notes);
}
