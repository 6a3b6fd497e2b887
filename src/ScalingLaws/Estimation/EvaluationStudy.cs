namespace ScalingLaws.Estimation;

/// <summary>
/// The Hitchhiker's guide's grid (Choshen et al. 2024): for each family, fit the law to the k
/// smallest model sizes trained on the first fraction p of their runs, and score it on the
/// largest model's last 30 %; every k × p cell of every family runs in parallel.
/// </summary>
/// <example><code>
/// var result = new EvaluationStudy().Run(table);
/// foreach (var cell in result.Families[0].Cells)
///     Console.WriteLine($"{cell.K} {cell.Fraction} {cell.Are:P2}");
/// </code></example>
public sealed class EvaluationStudy(EvaluationSettings? settings = null)
{
    /// <summary>The study's settings.</summary>
    public EvaluationSettings Settings { get; } = settings ?? new EvaluationSettings();

    /// <summary>Runs the grid of (models k, fraction p) cells over every family of <paramref name="table"/>.</summary>
    public StudyResult Run(ObservationTable table, CancellationToken cancellation = default)
    {
        Settings.Validate();
        var split = ModelFamily.Split(table);
        // A column of run or model names taken for the family: before, "family 'a' has 1 model size", of the first row.
        if (split.Count > 1 && split.All(f => f.Count == 1))
            throw new ScalingLawsException(
                $"{table.Source}: each of the {table.Count} rows is a family of its own, so no family has the {ModelFamily.MinimumSizes} model sizes the study needs: " +
                "the family column names each row (a run or a model), not a family of models; give the column that groups one family's runs, or none to study the table as one family.");
        var families = split.Select(f => f.RequireSizes()).ToArray();
        var evaluations = CellBatch.Run(families, Target, families.SelectMany(Plans), Settings.Method, Settings.MaxDegreeOfParallelism, Settings.Progress, cancellation);
        return new StudyResult(evaluations, AverageCell.Over(evaluations));
    }

    /// <summary>
    /// The k a family is evaluated at. By default the study's rule: every k from 2 to the number of
    /// sizes other than the target, thinned to about 5 rows above 20 sizes and to every 10th above
    /// 60 (ColPret's get_model_nums), so that families of extracted points stay tractable.
    /// </summary>
    public IReadOnlyList<int> ModelCounts(ModelFamily family)
    {
        var candidates = family.Sizes.Length - 1;
        if (Settings.ModelCounts is { } chosen)
        {
            foreach (var k in chosen.Where(k => k < EvaluationSettings.MinimumK || k > candidates))
                throw new ScalingLawsException(
                    $"{Setting.ModelCounts} {k}: k = {k} is out of range for family '{family.Name}': it has {family.Sizes.Length} model sizes, so k runs from {EvaluationSettings.MinimumK} to {candidates}.");
            return [.. chosen.Distinct().Order()];
        }
        var step = candidates > 60 ? 10 : candidates > 20 ? candidates / 5 : 1;
        return [.. Enumerable.Range(0, (candidates - EvaluationSettings.MinimumK) / step + 1).Select(i => EvaluationSettings.MinimumK + i * step)];
    }

    private double Target(ModelFamily family) => Settings.ScaleDown ? family.Sizes[0] : family.Sizes[^1];

    // The training sizes nearest the far end first: the k smallest, or with ScaleDown the k largest.
    private double[] Candidates(ModelFamily family) =>
        Settings.ScaleDown ? [.. family.Sizes.Skip(1).Reverse()] : [.. family.Sizes.SkipLast(1)];

    internal IEnumerable<CellPlan> Plans(ModelFamily family)
    {
        var candidates = Candidates(family);
        var target = Target(family);
        foreach (var k in ModelCounts(family))
        {
            var sizes = candidates.Take(k).ToArray();
            foreach (var p in Settings.Fractions)
                yield return new CellPlan(family, k, p, Train(family, sizes, p, target));
        }
    }

    private Func<Observation, bool> Train(ModelFamily family, double[] sizes, double p, double target)
    {
        var window = family.Window(sizes, p, Settings.MinTokens);
        if (Settings.TargetFraction is not { } own)
            return window;
        var head = family.Window([target], own, Settings.MinTokens);
        return r => window(r) || head(r);
    }
}
