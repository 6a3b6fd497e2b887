using System.Collections.Immutable;
using ScalingLaws.Analysis;
using ScalingLaws.Data;
using ScalingLaws.Laws;
using ScalingLaws.Temporal;
using Xunit;

namespace ScalingLaws.Tests.Analysis;

/// <summary>
/// The study summary's analyses on tables drawn exactly from <see cref="Synthetic.Chinchilla"/> (E = 1.8): which law fits a
/// study supports, the typed reason a fit is missing, and the per-position summary's positions (1, √T, T).
/// </summary>
public class StudySummaryTests
{
    private static readonly double[] Floor = [1.8, 1.8];

    [Fact]
    public void Four_runs_miss_the_free_fit_for_too_few_rows_and_add_the_fit_with_E_fixed_at_the_floor()
    {
        var results = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, 0, sizes: 2, tokenCounts: 2);
        var checkpoints = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, 0, sizes: 2, tokenCounts: 8);

        var laws = StudyLawFit.Of(Study(results, checkpoints));

        Assert.Equal([StudyFitKind.Checkpoints, StudyFitKind.LastCheckpoints, StudyFitKind.LastCheckpointsFixedE], laws.Select(l => l.Kind));
        // The cut is the longest run's 1e11 tokens × 10B / 300B; 4 of each size's 8 token counts (log-spaced 1e8..1e11) lie above it.
        Assert.Equal(1e11 / 30, laws[0].TokenCut!.Value, 1e-6);
        Assert.Equal(8, laws[0].Table.Count);
        Assert.Equal((StudyFitShortfall?)StudyFitShortfall.TooFewRows, laws[1].Shortfall);
        Assert.Null(laws[1].Fit);
        Assert.Equal(4, laws[2].FreeParameters);
        Assert.Equal(1.8, laws[2].Fit!["E"]);
    }

    [Fact]
    public void One_model_size_is_a_shortfall_and_adds_no_fit_with_E_fixed()
    {
        var sweep = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, 0, sizes: 2, tokenCounts: 6);
        var oneSize = sweep.Where(r => r.Params < 1e8, "the smaller size");

        var laws = StudyLawFit.Of(Study(oneSize, oneSize));

        Assert.Equal(2, laws.Count);
        Assert.Equal((StudyFitShortfall?)StudyFitShortfall.OneModelSize, laws[1].Shortfall);
    }

    [Fact]
    public void The_position_summary_reads_positions_1_the_rounded_root_and_T_of_each_last_checkpoint()
    {
        var losses = Enumerable.Range(1, 9).Select(i => 3.0 - 0.1 * i).ToImmutableArray();
        var run = new PositionLosses("r", "runs/r.positions.csv", [new PositionCheckpoint(1, 100, null, losses), new PositionCheckpoint(2, 200, null, losses)]);
        var bayes = Enumerable.Range(1, 9).Select(i => 1.0 + 0.01 * i).ToArray();
        var table = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, 0, sizes: 2, tokenCounts: 2);

        var positions = StudyPositions.Of(new StudyMeasurements(table, table, [run], bayes, "positions.csv"));

        Assert.Equal((2, 9), (positions.Rows, positions.Positions));
        Assert.Equal([1, 3, 9], positions.Runs[0].At);
        Assert.Equal([losses[0], losses[2], losses[8]], positions.Runs[0].Loss);
        Assert.Equal([bayes[0], bayes[2], bayes[8]], positions.Runs[0].Bayes!);
    }

    private static StudyMeasurements Study(ObservationTable results, ObservationTable checkpoints) => new(results, checkpoints, [], Floor, "positions.csv");
}
