using ScalingLaws.Estimation;
using ScalingLaws.Fitting;
using ScalingLaws.Planning;

namespace ScalingLaws.Report;

/// <summary>How the analyses behind a report run: the fit, its bootstrap, Approach 2 and the estimation study.</summary>
public sealed record ReportSettings
{
    public required LawFitter Fitter { get; init; }

    /// <summary>Bootstrap resamples of the rows for intervals; 0 for none.</summary>
    public int Resamples { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>How runs are grouped into compute budgets for the IsoFLOP profiles.</summary>
    public IsoFlopAnalysis IsoFlop { get; init; } = new();

    /// <summary>The estimation study run on the families that have training curves.</summary>
    public EvaluationSettings Study { get; init; } = new();

    /// <summary>What made the page, for its footer, e.g. "scaling 0.1.0".</summary>
    public string Generator { get; init; } = "scaling";
}
