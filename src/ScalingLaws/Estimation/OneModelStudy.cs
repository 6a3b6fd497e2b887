namespace ScalingLaws.Estimation;

/// <summary>
/// The Hitchhiker's one-model variant (paper App. A): a and α held at Muennighoff's values, b, e
/// and β fitted to a single model's checkpoints with minTokens &lt; tokens &lt; p·(that model's
/// last), scored on the largest model's last 30 %. Every size is a row, the target included, so
/// the last row shows how well a model predicts the rest of its own run.
/// </summary>
public sealed class OneModelStudy(EvaluationSettings? settings = null)
{
    /// <summary>The study's settings.</summary>
    public EvaluationSettings Settings { get; } = settings ?? new EvaluationSettings();

    /// <summary>The method each cell uses: the settings' method with a and α fixed.</summary>
    public EstimationMethod Method => Settings.Method.OneModel();

    /// <summary>Runs the one-model variant: each model of every family alone, at every fraction.</summary>
    public StudyResult Run(ObservationTable table, CancellationToken cancellation = default)
    {
        Settings.Validate();
        // One size suffices: every size is a training row, and the largest is also the target.
        var families = ModelFamily.Split(table);
        return new StudyResult(CellBatch.Run(families, f => f.Sizes[^1], families.SelectMany(Plans), Method, Settings.MaxDegreeOfParallelism, Settings.Progress, cancellation), []);
    }

    private IEnumerable<CellPlan> Plans(ModelFamily family) =>
        from size in family.Sizes
        from p in Settings.Fractions
        select new CellPlan(family, 1, p, family.Window([size], p, Settings.MinTokens), family.Label(size));
}
