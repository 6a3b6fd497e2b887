using ScalingLaws.Planning;

namespace ScalingLaws.Analysis;

/// <summary>
/// What a training study shows: the Chinchilla law fitted to its checkpoints after the scaled early cut and to each run's
/// last checkpoint, the IsoFLOP exponents, and the per-position losses of each run. Every analysis the runs support is
/// made; each one they do not support says why, as a finding rather than an error.
/// </summary>
/// <param name="Laws">The law fits, in the order of <see cref="StudyLawFit.Of"/>.</param>
/// <param name="IsoFlop">Approach 2 on the last checkpoints, or null when the design does not allow it.</param>
/// <param name="IsoFlopProblem">Why Approach 2 was not applied, or null.</param>
/// <param name="Positions">The last per-position losses of each run.</param>
/// <param name="Temporal">The per-position analysis of each run, in the study's run order.</param>
public sealed record StudySummary(
    IReadOnlyList<StudyLawFit> Laws, IsoFlopResult? IsoFlop, ScalingLawsException? IsoFlopProblem, StudyPositions Positions, IReadOnlyList<StudyTemporalRun> Temporal)
{
    /// <summary>Every analysis of <paramref name="study"/>.</summary>
    /// <param name="study">The study's measurements.</param>
    /// <param name="cancellation">Stops the fits.</param>
    public static StudySummary Of(StudyMeasurements study, CancellationToken cancellation = default)
    {
        var laws = StudyLawFit.Of(study, cancellation);
        var (isoFlop, problem) = IsoFlopOf(study.Results);
        return new StudySummary(laws, isoFlop, problem, StudyPositions.Of(study), [.. study.Runs.Select(run => StudyTemporalRun.Of(run, cancellation))]);
    }

    // Approach 2 needs three sizes at each of two budgets; a small sweep may not have them.
    private static (IsoFlopResult? Result, ScalingLawsException? Problem) IsoFlopOf(ObservationTable results)
    {
        try
        {
            return (new IsoFlopAnalysis().Run(results), null);
        }
        catch (ScalingLawsException problem)
        {
            return (null, problem);
        }
    }
}
