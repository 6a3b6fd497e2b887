namespace ScalingLaws.Estimation;

/// <summary>Fits one training window and scores the law on the target's test rows.</summary>
internal static class CellRunner
{
    /// <summary>What a window's fit gives every cell that trains on it.</summary>
    public sealed record Outcome(CellStatus Status, double Are, string? Reason, FitResult? Fit);

    public static Outcome Run(ObservationTable train, EstimationMethod method, ObservationTable test, CancellationToken cancellation)
    {
        if (Unidentified(train, method) is { } reason)
            return new Outcome(CellStatus.TooFewRows, double.NaN, reason, null);
        FitResult fit;
        try
        {
            fit = method.Fit(train, cancellation);
        }
        // The study's fit is its own design, which no option of the study changes: a fit that did not converge is reported
        // as such, without the remedies (fix a parameter, raise the iteration limit) a fit of one's own would take.
        catch (FitDidNotConverge e)
        {
            return new Outcome(CellStatus.Failed, double.NaN, e.Finding + ".", null);
        }
        catch (ScalingLawsException e)
        {
            return new Outcome(CellStatus.Failed, double.NaN, e.Message, null);
        }
        var are = RelativeError.Mean(fit, test);
        return double.IsFinite(are)
            ? new Outcome(CellStatus.Ok, are, Pinned(fit), fit)
            : new Outcome(CellStatus.Failed, double.NaN, "the fitted law's prediction for the target is not finite.", fit);
    }

    // Checked before fitting so that a window too small to identify the law is reported as such rather than as a failed fit.
    internal static string? Unidentified(ObservationTable train, EstimationMethod method)
    {
        if (train.Count < method.FreeCount)
            return $"{QuantityFormat.Counted(train.Count, "training row")} for {method.FreeCount} free parameters.";
        if (train.Rows.Select(r => r.Params).Distinct().Count() < 2 && !method.FixesSizeTerms)
            return "a single model size in the window, so A and alpha cannot be identified.";
        return train.Rows.Select(r => r.Tokens).Distinct().Count() < 2
            ? "a single token count in the window, so B and beta cannot be identified."
            : null;
    }

    // Names the exponents that ended on their bound 0.
    private static string? Pinned(FitResult fit)
    {
        var pinned = new[] { ChinchillaLaw.Alpha, ChinchillaLaw.Beta }
            .Where(j => fit.Estimates[j].Bound != BoundHit.None)
            .Select(j => fit.Law.Parameters[j].Name).ToArray();
        return pinned.Length == 0 ? null : $"{string.Join(" and ", pinned)} held at the bound 0.";
    }
}
