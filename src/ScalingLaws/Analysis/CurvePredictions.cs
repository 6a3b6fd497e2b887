using ScalingLaws.Curves;

namespace ScalingLaws.Analysis;

/// <summary>
/// The loss-curve predictions the report shows: for each family with training curves, its largest
/// model's curve fitted on the first <see cref="FitFraction"/> of its checkpoints by the power law in
/// training time, L∞ + A·t^(−α), and predicted over the rest. Observation tables carry no learning
/// rate, so the schedule-aware laws (scaling curve) cannot be used here. Time t is counted in millions
/// of tokens, which for a constant batch is proportional to the step; A absorbs the scale. Each predicted
/// checkpoint gets the predictive 95% interval of <c>scaling curve</c> (<see cref="CurveBacktest"/>, along the fitted checkpoints).
/// </summary>
public static class CurvePredictions
{
    /// <summary>The share of each curve's checkpoints the law is fitted on.</summary>
    public const double FitFraction = 0.3;

    /// <summary>One outcome per family that can be fitted, and a note for each that cannot.</summary>
    public static (IReadOnlyList<CurveOutcome> Outcomes, IReadOnlyList<string> Notes) Run(
        ObservationTable table, IReadOnlyList<string> families, CancellationToken cancellation)
    {
        var outcomes = new List<CurveOutcome>();
        var notes = new List<string>();
        foreach (var family in families)
        {
            var curve = LargestModel(table, family);
            try
            {
                var task = new FractionProtocol(FitFraction).Tasks([curve]).Single();
                outcomes.Add(CurveOutcome.Run(StepPowerLaw.Instance, task, cancellation: cancellation, intervals: new CurveBacktestSettings()));
            }
            catch (ScalingLawsException e)
            {
                notes.Add($"{family}: {e.Message}");
            }
        }
        return (outcomes, notes);
    }

    private static LossCurve LargestModel(ObservationTable table, string family)
    {
        var rows = table.Rows.Where(r => (r.Family ?? table.Source) == family).ToArray();
        var size = rows.Max(r => r.Params);
        var points = rows.Where(r => r.Params == size)
            .GroupBy(r => Math.Max(1, (int)Math.Round(r.Tokens / 1e6)))
            .Select(g => (Step: g.Key, Loss: g.Average(r => r.Loss), Tokens: g.Average(r => r.Tokens)))
            .OrderBy(p => p.Step).ToArray();
        var name = rows.First(r => r.Params == size).Model ?? $"{family} {size:G3}";
        return new LossCurve(name, points.Select(p => p.Step), points.Select(p => p.Loss), tokens: points.Select(p => p.Tokens), source: table.Source);
    }
}
