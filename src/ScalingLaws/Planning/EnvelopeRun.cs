namespace ScalingLaws.Planning;

/// <summary>
/// One training run: the rows (checkpoints) of one model. Rows with a model name are grouped by
/// (family, model); rows without one by (family, params). Checkpoints are the rows with a positive
/// compute C (the flops column, else 6ND), a finite loss and a positive size; step-0 rows have
/// C = 0 and are not checkpoints.
/// </summary>
internal sealed class EnvelopeRun
{
    private EnvelopeRun(string? name, double parameters) => (Name, Params) = (name, parameters);

    /// <summary>family/model, or null when the run is told apart by its size.</summary>
    public string? Name { get; }

    public double Params { get; }

    /// <summary>Indices of the run's checkpoint rows in the table.</summary>
    public List<int> Rows { get; } = [];

    /// <summary>The smallest ln C of the run's checkpoints; +∞ without any.</summary>
    public double MinLogFlops { get; private set; } = double.PositiveInfinity;

    public double MaxLogFlops { get; private set; } = double.NegativeInfinity;

    /// <summary>Two checkpoints at different ln C: enough for a curve.</summary>
    public bool HasCurve => MinLogFlops < MaxLogFlops;

    /// <summary>ln C of a row: the flops column, else 6ND.</summary>
    public static double LogFlops(Observation row) =>
        Math.Log(double.IsFinite(row.Flops) ? row.Flops : Compute.Flops(row.Params, row.Tokens));

    public static List<EnvelopeRun> Group(ObservationTable table)
    {
        var index = new Dictionary<(string? Family, string? Model, double Params), EnvelopeRun>();
        var runs = new List<EnvelopeRun>();
        for (var i = 0; i < table.Count; i++)
        {
            var row = table[i];
            var key = (row.Family, row.Model, row.Model is null ? row.Params : 0);
            if (!index.TryGetValue(key, out var run))
            {
                index[key] = run = new EnvelopeRun(Label(row), row.Params);
                runs.Add(run);
            }
            run.Add(table, i);
        }
        return runs;
    }

    private static string? Label(Observation row) =>
        row.Model is null ? null : row.Family is null ? row.Model : $"{row.Family}/{row.Model}";

    private void Add(ObservationTable table, int row)
    {
        if (!table[row].Params.Equals(Params))
        {
            throw new ScalingLawsException(
                $"{table.Source}, row {table[row].SourceRow}: run '{Name}' has rows with different params ({Params:G4} and {table[row].Params:G4}); " +
                "give each model its own name in the model column (or add a family column).");
        }
        var logFlops = LogFlops(table[row]);
        if (!(double.IsFinite(logFlops) && double.IsFinite(table[row].Loss) && Params > 0))
            return;
        Rows.Add(row);
        MinLogFlops = Math.Min(MinLogFlops, logFlops);
        MaxLogFlops = Math.Max(MaxLogFlops, logFlops);
    }
}
