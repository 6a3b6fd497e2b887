namespace ScalingLaws.Estimation;

/// <summary>
/// One scaled family (rows sharing a <see cref="Observation.Family"/>): its model sizes in
/// ascending order, each with its checkpoints. The grid study needs at least 3 sizes: 2 to fit from
/// and 1 to predict; the one-model variant needs one.
/// </summary>
public sealed class ModelFamily
{
    /// <summary>Sizes a family needs for the grid study: 2 to fit and 1 to predict.</summary>
    public const int MinimumSizes = 3;

    private readonly ObservationTable _table;

    private ModelFamily(string name, ObservationTable table)
    {
        Name = name;
        _table = table;
        Sizes = [.. table.Rows.Select(r => r.Params).Distinct().Order()];
        MaxTokens = Sizes.ToImmutableDictionary(n => n, n => table.Rows.Where(r => r.Params == n).Max(r => r.Tokens));
    }

    /// <summary>The family's name.</summary>
    public string Name { get; }

    /// <summary>Distinct parameter counts, smallest first.</summary>
    public ImmutableArray<double> Sizes { get; }

    /// <summary>The last checkpoint's tokens for each size.</summary>
    public ImmutableDictionary<double, double> MaxTokens { get; }

    /// <summary>Rows of the family.</summary>
    public int Count => _table.Count;

    /// <summary>Splits a table by family, in order of first appearance; rows without a family form one named after the table.</summary>
    public static IReadOnlyList<ModelFamily> Split(ObservationTable table) =>
        [.. table.Rows.Select((row, index) => (Name: row.Family ?? table.Source, index))
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .Select(g => new ModelFamily(g.Key, table.Select([.. g.Select(r => r.index)])))];

    /// <summary>Refuses a family the grid study cannot evaluate, naming it and its sizes, or its one loss.</summary>
    public ModelFamily RequireSizes()
    {
        if (Sizes.Length < MinimumSizes)
            throw new ScalingLawsException(
                $"{_table.Source}: family '{Name}' has {QuantityFormat.Counted(Sizes.Length, "model size")} ({string.Join(", ", Sizes.Select(Label))}); " +
                $"the study needs at least {MinimumSizes}: 2 to fit and 1 to predict.");
        // Before, every cell failed on its own ("every row has the same loss") and the study ended asking for more sizes.
        var loss = _table[0].Loss;
        if (_table.Rows.All(r => r.Loss.Equals(loss)))
            throw new ScalingLawsException(
                $"{_table.Source}: every row of family '{Name}' has the same loss ({loss:G6}), so no cell of the study has a scaling to fit; " +
                "check that the loss column holds each run's measured loss.");
        return this;
    }

    /// <summary>The model name of a size (its first row's), or the size in parameters.</summary>
    public string Label(double size) =>
        _table.Rows.Where(r => r.Params == size).Select(r => r.Model).FirstOrDefault(m => m is not null) ?? $"{QuantityFormat.Count(size)} parameters";

    /// <summary>
    /// The study's training window over <paramref name="sizes"/>: checkpoints with tokens above
    /// <paramref name="minTokens"/> (strictly; 0 keeps all) and below <paramref name="fraction"/>·T,
    /// where T is the largest token count over all of those sizes, one value for every size.
    /// </summary>
    public Func<Observation, bool> Window(IReadOnlyCollection<double> sizes, double fraction, double minTokens)
    {
        var limit = fraction * sizes.Max(n => MaxTokens[n]);
        return r => sizes.Contains(r.Params) && (minTokens <= 0 || r.Tokens > minTokens) && r.Tokens < limit;
    }

    /// <summary>The last (1 − <paramref name="start"/>) of a size's run: checkpoints with tokens ≥ start·max.</summary>
    public Func<Observation, bool> Tail(double size, double start)
    {
        var limit = start * MaxTokens[size];
        return r => r.Params == size && r.Tokens >= limit;
    }

    /// <summary>The family's rows that pass <paramref name="keep"/>.</summary>
    public ObservationTable Rows(Func<Observation, bool> keep) => _table.Where(keep);

    /// <summary>The positions of the rows that pass <paramref name="keep"/>: two windows with the same positions train the same fit.</summary>
    public int[] Indices(Func<Observation, bool> keep) => [.. Enumerable.Range(0, _table.Count).Where(i => keep(_table[i]))];

    /// <summary>The family's rows at <paramref name="indices"/>.</summary>
    public ObservationTable Rows(IReadOnlyList<int> indices) => _table.Select(indices);
}
