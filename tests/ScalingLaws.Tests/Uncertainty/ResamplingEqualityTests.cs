using ScalingLaws.Curves;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Simulation;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Tests.Uncertainty;

/// <summary>
/// Both bootstraps (scaling laws: rows or whole runs; loss curves: whole runs or blocks of one run) run on one
/// resampling loop. On seeded cases every refitted value is the one the separate loops gave before they were merged:
/// the fingerprints below (converged resamples and Σ (i+1)(j+1)·value over sample i, parameter j) were recorded from
/// those loops. They are compared to 1e-6 relative, not to the last bit: the refits' last digits depend on the
/// processor's vector width (AVX-512 or 256-bit lanes, which .ci/run uses so that the JIT agrees with the native binary).
/// </summary>
public sealed class ResamplingEqualityTests(ITestOutputHelper output)
{
    private static double Fingerprint(IReadOnlyList<IReadOnlyList<double>> samples)
    {
        var sum = 0.0;
        for (var i = 0; i < samples.Count; i++)
        {
            for (var j = 0; j < samples[i].Count; j++)
                sum += (i + 1) * (j + 1) * samples[i][j];
        }
        return sum;
    }

    private (int Converged, double Fingerprint) Print(string what, IEnumerable<System.Collections.Immutable.ImmutableArray<double>> samples)
    {
        var list = samples.Select(s => (IReadOnlyList<double>)s).ToList();
        var print = (list.Count, Fingerprint(list));
        output.WriteLine($"{what}: {print.Count} {print.Item2:R}");
        return print;
    }

    [Fact]
    public void Scaling_law_rows_and_runs_are_resampled_as_before()
    {
        var data = ChinchillaEpoch.Shared;
        var rows = new Bootstrap(24, seed: 7).Run(data.Fitter, data.Table, data.Fit, ChinchillaEpoch.HoffmannUnrounded);
        var table = Checkpoints();
        var fitter = new LawFitter(ChinchillaLaw.Instance, FitOptions.Default with { Start = Synthetic.Chinchilla });
        var runs = new Bootstrap(24, seed: 11).Run(fitter, table, fitter.Fit(table));

        var (byRows, byRuns) = (Print("rows", rows.Samples), Print("runs", runs.Samples));

        Assert.Equal((BootstrapKind.Rows, BootstrapKind.Runs), (rows.Kind, runs.Kind));
        Same(Expected.Rows, byRows);
        Same(Expected.Runs, byRuns);
    }

    [Fact]
    public void Loss_curve_runs_and_blocks_are_resampled_as_before()
    {
        var law = StepPowerLaw.Instance;
        double[] truth = [2.5, 30, 0.45];
        var curves = new[] { 3000, 5000 }.Select((end, r) => Noisy(SyntheticCurves.Curve($"run{r}", law, truth, SyntheticCurves.Cosine(end), first: 100, every: 50), seed: r)).ToList();
        var fitter = new CurveFitter(law);
        var blocks = new CurveBootstrap(24, seed: 5).Run(fitter, [curves[1]], fitter.Fit([curves[1]]));
        var runs = new CurveBootstrap(24, seed: 6).Run(fitter, curves, fitter.Fit(curves));

        var (byBlocks, byRuns) = (Print("blocks", blocks.Samples), Print("curve runs", runs.Samples));

        Assert.Equal((false, true), (blocks.ResampledRuns, runs.ResampledRuns));
        Same(Expected.Blocks, byBlocks);
        Same(Expected.CurveRuns, byRuns);
    }

    private static void Same((int Converged, double Fingerprint) expected, (int Converged, double Fingerprint) actual)
    {
        Assert.Equal(expected.Converged, actual.Converged);
        if (expected.Fingerprint > 1e200) // a resample left B unbounded: its size, or overflow, is all the digits say
            Assert.True(actual.Fingerprint > 1e200, $"fingerprint {actual.Fingerprint:R}: no resample left B unbounded");
        else
            Near.Relative(expected.Fingerprint, actual.Fingerprint, 1e-6, "fingerprint");
    }

    private static class Expected
    {
        public static readonly (int, double) Rows = (24, 3022667.341408001);
        public static readonly (int, double) Runs = (24, 1.6186364037349448E+238); // some resamples leave B unbounded along its flat valley
        public static readonly (int, double) Blocks = (24, 19009.445728804505);
        public static readonly (int, double) CurveRuns = (24, 19264.236790111845);
    }

    // 8 runs × 4 checkpoints from Synthetic.Chinchilla, each run with its own offset.
    private static ObservationTable Checkpoints()
    {
        var random = new Random(3);
        var rows = new List<Observation>();
        for (var run = 0; run < 8; run++)
        {
            var n = 1e7 * Math.Pow(100, run / 7.0);
            var offset = 0.02 * StandardNormal.Draw(random);
            for (var k = 0; k < 4; k++)
            {
                var d = 1e9 * Math.Pow(100, k / 3.0);
                var loss = ChinchillaLaw.Instance.Predict(Synthetic.Chinchilla, n, d) * Math.Exp(offset + 0.003 * StandardNormal.Draw(random));
                rows.Add(new Observation(n, d, 6 * n * d, loss, SourceRow: rows.Count + 1));
            }
        }
        return new ObservationTable(rows, "checkpoints");
    }

    private static LossCurve Noisy(LossCurve clean, int seed)
    {
        var random = new Random(seed);
        return new LossCurve(clean.Name, clean.Steps, [.. clean.Loss.Select(l => l * (1 + 0.004 * StandardNormal.Draw(random)))], clean.Schedule);
    }
}
