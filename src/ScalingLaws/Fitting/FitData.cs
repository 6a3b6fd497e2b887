namespace ScalingLaws.Fitting;

/// <summary>
/// The rows of a table as a fit sees them: ln of the law's inputs, the observed loss and its log.
/// Built once per fit and shared read-only by every start and resample.
/// </summary>
internal sealed class FitData(double[] logFirst, double[] logSecond, double[] logThird, double[] loss)
{
    public double[] LogFirst { get; } = logFirst;
    public double[] LogSecond { get; } = logSecond;
    public double[] LogThird { get; } = logThird;
    public double[] Loss { get; } = loss;
    public double[] LogLoss { get; } = [.. loss.Select(v => Math.Log(v))];
    public int Count => Loss.Length;

    public LogInputs Inputs => new(LogFirst, LogSecond, LogThird);

    /// <summary>Checks every value the law needs is a positive finite number, naming the row otherwise.</summary>
    public static FitData Create(ObservationTable table, ScalingLaw law)
    {
        if (table.Count == 0)
            throw new ScalingLawsException($"{table.Source}: no rows to fit (after the row rules); relax {Setting.MinTokens} or {Setting.DropHighestLoss}.");
        var fields = law.Inputs.Append(Field.Loss).ToArray();
        foreach (var field in fields)
            Validate(table, field);
        double[] LogColumn(int input) => input < law.Inputs.Length ? [.. table.Column(law.Inputs[input]).Select(v => Math.Log(v))] : [];
        return new FitData(LogColumn(0), LogColumn(1), LogColumn(2), table.Column(Field.Loss));
    }

    private static void Validate(ObservationTable table, Field field)
    {
        var name = field == Field.UniqueTokens ? "unique_tokens" : field.ToString().ToLowerInvariant();
        // A law input no row has is a missing column, not a bad row.
        if (field == Field.UniqueTokens && !table.Rows.Any(r => double.IsFinite(r.UniqueTokens)))
            throw new ScalingLawsException($"{table.Source}: the data-constrained law needs each run's unique tokens, and the table has no unique_tokens column; add one (tokens_per_epoch is also recognised).");
        for (var i = 0; i < table.Count; i++)
        {
            var value = ObservationTable.Value(table[i], field);
            if (double.IsFinite(value) && value > 0)
                continue;
            var row = table[i].SourceRow > 0 ? table[i].SourceRow : i + 1;
            var problem = double.IsNaN(value) ? "is missing" : $"is {value}, but must be a positive finite number";
            throw new ScalingLawsException($"{table.Source}, row {row}, {name}: the value {problem}; fix the row or drop it.");
        }
    }

    /// <summary>
    /// <paramref name="count"/> distinct rows drawn at random (seeded), in table order, for screening
    /// starts on a large table. A random draw cannot alias onto a few runs the way a regular stride does
    /// when rows repeat a pattern.
    /// </summary>
    public FitData Sample(int count, int seed)
    {
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        // The first `count` places of a partial Fisher–Yates shuffle.
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var rows = order[..count];
        Array.Sort(rows);
        return new FitData(
            Pick(LogFirst, rows),
            Pick(LogSecond, rows),
            Pick(LogThird, rows),
            [.. rows.Select(i => Loss[i])]);
    }

    private static double[] Pick(double[] column, int[] rows) => column.Length == 0 ? [] : [.. rows.Select(i => column[i])];
}
