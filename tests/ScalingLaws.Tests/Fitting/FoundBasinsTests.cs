using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// Starts that join a basin another start already found stop early (FitOptions.StopInFoundBasins; by default on grids of
/// at least 1,000 starts), and the fit still reports the optimum every start run to its end gives: on the 240 Chinchilla
/// rows and on a table with two basins, at 1 and 2 threads.
/// </summary>
public sealed class FoundBasinsTests
{
    // The winner is polished to its basin's minimiser, so the two runs agree beyond the 10 figures asked of them
    // (measured: 13 to 14 significant figures on Chinchilla, where the ln B–β valley is flat).
    private const double TenFigures = 1e-10;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Chinchilla_full_grid_stops_starts_early_by_default_and_reaches_the_full_runs_optimum(int threads)
    {
        var data = ChinchillaEpoch.Shared;
        var options = FitOptions.Default with { MaxDegreeOfParallelism = threads };
        var early = new LawFitter(ChinchillaLaw.Instance, options).Fit(data.Table);
        var full = new LawFitter(ChinchillaLaw.Instance, options with { StopInFoundBasins = false }).Fit(data.Table);

        Assert.Equal(0, full.StoppedStarts);
        // Measured 2,210 of 4,500 starts stopped and 108,485 evaluations against 161,516.
        Assert.True(early.StoppedStarts > 1500, $"{early.StoppedStarts} of 4500 starts stopped early");
        Assert.True(early.SearchEvaluations < 0.8 * full.SearchEvaluations, $"{early.SearchEvaluations} evaluations against {full.SearchEvaluations}");
        Assert.Equal(full.ConvergedStarts, early.ConvergedStarts);
        for (var j = 0; j < full.Values.Length; j++)
            Near.Relative(full.Values[j], early.Values[j], TenFigures, ChinchillaLaw.Instance.Parameters[j].Name);
        Near.Relative(full.ObjectiveValue, early.ObjectiveValue, 1e-12, "objective");
    }

    [Fact]
    public void A_stride_2_grid_runs_every_start_by_default_and_true_stops_it_early()
    {
        var data = ChinchillaEpoch.Shared;
        var coarse = FitOptions.Default with { StartStride = 2 };

        Assert.Equal(0, new LawFitter(ChinchillaLaw.Instance, coarse).Fit(data.Table).StoppedStarts);
        Assert.True(new LawFitter(ChinchillaLaw.Instance, coarse with { StopInFoundBasins = true }).Fit(data.Table).StoppedStarts > 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Two_basins_keep_the_lower_one_and_stop_starts_in_both_by_default(int threads)
    {
        // 41 × 41 = 1,681 starts: a grid the default options stop early on.
        var early = Search(stop: LeastSquares.StopsEarly(StartGrid.For(Layout, null).Count), threads);
        var full = Search(stop: false, threads);

        var stopped = early.Where(o => o.StoppedEarly).ToArray();
        Assert.True(stopped.Length > early.Length / 4, $"{stopped.Length} of {early.Length} starts stopped early");
        Assert.Contains(stopped, o => o.Solution[0] > 0);
        Assert.Contains(stopped, o => o.Solution[0] < 0);
        Assert.True(StartTally.Of(early).Evaluations < StartTally.Of(full).Evaluations);
        // The lower basin, b1 = 1 (objective 0), not b1 ≈ −1 (objective ≈ 0.36); polished to the same minimiser.
        var (fromEarly, fromFull) = (Polished(early), Polished(full));
        Assert.Equal(1.0, fromEarly[0], 1e-8);
        Assert.Equal(2.0, fromEarly[1], 1e-8);
        Assert.Equal(fromFull[0], fromEarly[0], 1e-12);
        Assert.Equal(fromFull[1], fromEarly[1], 1e-12);
    }

    [Fact]
    public void Which_starts_stop_does_not_depend_on_the_number_of_threads()
    {
        var one = Search(stop: true, threads: 1);
        var two = Search(stop: true, threads: 2);

        for (var i = 0; i < one.Length; i++)
        {
            Assert.Equal(one[i].Result, two[i].Result);
            Assert.Equal(one[i].Solution, two[i].Solution);
        }
    }

    private static readonly FunctionModel Model = TwoBasins();

    private static ParameterLayout Layout => ParameterLayout.Create(Model.Parameters, LeastSquares.Constraints, Model.Name, LeastSquares.Bounds);

    private static StartOutcome[] Search(bool stop, int threads)
    {
        var (options, layout) = (LeastSquares with { MaxDegreeOfParallelism = threads }, Layout);
        var grid = StartGrid.For(layout, null);
        return MultiStart.Run(
            options, options.SearchOptimizer, layout.FreeCount, () => SolverFactory.Create(Model, layout, options, options.SearchOptimizer),
            grid.Count, grid.Fill, stage: null, stopInFoundBasins: stop);
    }

    private static double[] Polished(StartOutcome[] outcomes) =>
        ModelFitter.Polish(Model, Layout, LeastSquares, MultiStart.Best(outcomes)!.Value, CancellationToken.None, finishWithNewton: true).Solution;

    private static FitOptions LeastSquares => FitOptions.Default with { Objective = FitObjective.LeastSquares };

    // Residuals b1² − 1, 0.3·(b1 − 1) and b2 − 2: a basin at b1 = 1 (objective 0) and a higher one near b1 = −1, each
    // reached from half of a 41 × 41 grid over [−3, 3]².
    private static FunctionModel TwoBasins() =>
        new("two basins", ["b1", "b2"], [1.0, 0.3, 2.0], (b, row, gradient) =>
        {
            gradient.Clear();
            switch (row)
            {
                case 0:
                    gradient[0] = 2 * b[0];
                    return b[0] * b[0];
                case 1:
                    gradient[0] = 0.3;
                    return 0.3 * b[0];
                default:
                    gradient[1] = 1;
                    return b[1];
            }
        }, [.. Enumerable.Range(0, 41).Select(i => -3 + 0.15 * i)]);
}
