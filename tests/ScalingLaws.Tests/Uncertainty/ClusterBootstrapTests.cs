using ScalingLaws.Simulation;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Tests.Uncertainty;

/// <summary>
/// The bootstrap over whole runs on checkpoint tables from a known Chinchilla law, where each run's
/// checkpoints share a random offset (its seed, data order and schedule), so rows within a run are correlated.
/// </summary>
public sealed class ClusterBootstrapTests(ITestOutputHelper output)
{
    private static readonly double[] Truth = Synthetic.Chinchilla; // E, A, B, α, β

    /// <summary>
    /// <paramref name="runs"/> runs with N log-spaced over 1e7..1e9, each evaluated at <paramref name="checkpoints"/>
    /// token counts over 1e9..1e11; ln L = ln L_true + u_run + ε_row, u ~ N(0, 0.02²), ε ~ N(0, 0.003²).
    /// </summary>
    private static ObservationTable Sweep(int seed, int runs = 24, int checkpoints = 8)
    {
        var random = new Random(seed);
        var rows = new List<Observation>();
        for (var run = 0; run < runs; run++)
        {
            var n = 1e7 * Math.Pow(100, run / (double)(runs - 1));
            var offset = 0.02 * StandardNormal.Draw(random);
            for (var k = 0; k < checkpoints; k++)
            {
                var d = 1e9 * Math.Pow(100, k / (double)(checkpoints - 1));
                var loss = ChinchillaLaw.Instance.Predict(Truth, n, d) * Math.Exp(offset + 0.003 * StandardNormal.Draw(random));
                rows.Add(new Observation(n, d, 6 * n * d, loss, SourceRow: rows.Count + 1));
            }
        }
        return new ObservationTable(rows, $"checkpoints-{seed}");
    }

    // One start at the truth keeps each of the 100 fits fast; the bootstrap refits from the fit.
    private static LawFitter Fitter(int threads = 0) => new(ChinchillaLaw.Instance, FitOptions.Default with
    {
        Start = Truth,
        MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount,
    });

    [Fact]
    public void Run_intervals_cover_the_truth_about_95_percent_of_the_time_and_row_intervals_do_not()
    {
        // 100 simulated sweeps × 100 resamples of each kind. Measured (seeds 1000–1099): runs cover
        // E, A and α in 98 %, 98 %, 98 %; rows in 75 %, 55 %, 55 %. A 95 % interval over 100 sweeps
        // covers 95 ± 2.2 % (binomial SD), so 85–99 % is a wide band for the run intervals.
        const int sweeps = 100, resamples = 100;
        int[] parameters = [ChinchillaLaw.E, ChinchillaLaw.A, ChinchillaLaw.Alpha];
        var coveredByRuns = new int[parameters.Length];
        var coveredByRows = new int[parameters.Length];
        for (var sweep = 0; sweep < sweeps; sweep++)
        {
            var table = Sweep(1000 + sweep);
            var fitter = Fitter();
            var fit = fitter.Fit(table);
            var byRuns = new Bootstrap(resamples, sweep).Run(fitter, table, fit);
            var byRows = new Bootstrap(resamples, sweep).Run(fitter, table, fit, runs: RunIndex.Singletons(table.Count));
            Assert.Equal(BootstrapKind.Runs, byRuns.Kind);
            Assert.Equal(BootstrapKind.Rows, byRows.Kind);
            for (var p = 0; p < parameters.Length; p++)
            {
                coveredByRuns[p] += Covers(byRuns.Parameter(parameters[p]), Truth[parameters[p]]);
                coveredByRows[p] += Covers(byRows.Parameter(parameters[p]), Truth[parameters[p]]);
            }
        }

        output.WriteLine($"coverage of E, A, alpha over {sweeps} sweeps: runs {string.Join(", ", coveredByRuns)} %; rows {string.Join(", ", coveredByRows)} %");
        for (var p = 0; p < parameters.Length; p++)
        {
            Assert.InRange(coveredByRuns[p], 85, 99);
            Assert.True(coveredByRows[p] <= coveredByRuns[p] - 15, $"parameter {parameters[p]}: rows cover {coveredByRows[p]} %, runs {coveredByRuns[p]} %");
        }
        // The exponent on N is set by the runs, not the checkpoints: a row bootstrap covers it far less.
        Assert.InRange(coveredByRows[2], 0, 70);
    }

    private static int Covers(ScalingLaws.Uncertainty.Uncertainty u, double truth) => u.Lower <= truth && truth <= u.Upper ? 1 : 0;

    [Fact]
    public void A_checkpoint_table_resamples_its_runs_and_says_how_many()
    {
        var table = Sweep(1, runs: 12, checkpoints: 5);
        var fitter = Fitter();

        var result = new Bootstrap(50, 3).Run(fitter, table, fitter.Fit(table));

        Assert.Equal(BootstrapKind.Runs, result.Kind);
        Assert.Equal(12, result.Units);
    }

    [Fact]
    public void A_table_of_final_values_resamples_its_rows()
    {
        var data = ChinchillaEpoch.Shared;

        var result = new Bootstrap(20, 42).Run(data.Fitter, data.Table, data.Fit);

        Assert.Equal(BootstrapKind.Rows, result.Kind);
        Assert.Equal(240, result.Units);
    }

    [Fact]
    public void Run_resamples_do_not_depend_on_the_number_of_threads()
    {
        var table = Sweep(2, runs: 12, checkpoints: 5);
        var fit = Fitter().Fit(table);

        var one = new Bootstrap(40, 5).Run(Fitter(threads: 1), table, fit);
        var many = new Bootstrap(40, 5).Run(Fitter(threads: 2), table, fit);

        Assert.Equal(one.Samples.Length, many.Samples.Length);
        Assert.True(one.Samples.Length >= 38, $"{one.Samples.Length} of 40 converged");
        for (var i = 0; i < one.Samples.Length; i++)
            Assert.Equal(one.Samples[i].ToArray(), many.Samples[i].ToArray()); // bit for bit
    }

    [Fact]
    public void A_run_index_for_another_table_is_an_error()
    {
        var table = Sweep(1, runs: 12, checkpoints: 5);
        var fitter = Fitter();

        var error = Assert.Throws<ScalingLawsException>(() =>
            new Bootstrap(10).Run(fitter, table, fitter.Fit(table), runs: RunIndex.Singletons(10)));

        Assert.Contains("covers 10 rows, but the table has 60", error.Message);
    }
}
