using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Cli.Rendering;

// The {predictions: [...]} and {fits: [...]} documents commands print when they have several results.

/// <summary><c>scaling predict --json</c>; <c>heldOut</c> when FILE's rows have losses to score the intervals on.</summary>
[OmitNulls]
internal sealed record PredictionsJson(IReadOnlyList<PredictedLoss> Predictions, HeldOutCoverageJson? HeldOut = null);

/// <summary><c>heldOut</c> of <c>scaling predict --json</c>: <see cref="HeldOutCoverage"/> in the order scripts have read it since it came.</summary>
internal sealed record HeldOutCoverageJson(int Rows, int Covered, double MeanRelativeError, double MeanRelativeHalfWidth, int Runs, double Coverage, double WidthRatio)
{
    public static HeldOutCoverageJson? Of(HeldOutCoverage? c) =>
        c is null ? null : new(c.Rows, c.Covered, c.MeanRelativeError, c.MeanRelativeHalfWidth, (int)c.Runs, c.Coverage, c.WidthRatio);
}

/// <summary><c>scaling curve predict --json</c> with several curves.</summary>
internal sealed record CurvePredictionsJson(IReadOnlyList<CurvePredictView.CurvePredictJson> Predictions);

/// <summary><c>scaling curve fit --json</c> with one fit per run.</summary>
internal sealed record CurveFitsJson(IReadOnlyList<CurveLawDocument> Fits);

/// <summary><c>scaling downstream fit --json</c> with several tasks.</summary>
internal sealed record AccuracyFitsJson(IReadOnlyList<AccuracyLawDocument> Fits);

/// <summary><c>scaling downstream predict --json</c>.</summary>
internal sealed record AccuracyPredictionsJson(string Task, string Metric, string Law, IReadOnlyList<DownstreamPredictView.AccuracyPointJson> Predictions);

/// <summary><c>scaling hparams --sweep --json</c> without a point to read the laws at.</summary>
internal sealed record SweepOnlyJson(SweepFitView? Sweep);
