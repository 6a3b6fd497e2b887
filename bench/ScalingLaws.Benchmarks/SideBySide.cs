using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// `--side-by-side [--runs K]`: the 4,500-start Chinchilla fit of Epoch's 240 rows timed end to
/// end with a Stopwatch (one warm-up, then K runs, default 5), printed as one JSON object for
/// bench/run-side-by-side.sh to compare with the SciPy reference. Not BenchmarkDotNet.
/// </summary>
public static class SideBySide
{
    public static int Run(string[] args)
    {
        var runs = 5;
        if (args is ["--runs", var value] && int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            runs = parsed;
        else if (args.Length > 0)
        {
            Console.Error.WriteLine("usage: --side-by-side [--runs K]");
            return 2;
        }

        var table = BenchmarkData.Chinchilla();
        var fitter = new LawFitter(ChinchillaLaw.Instance);
        var fit = fitter.Fit(table); // warm-up: JIT, thread pool
        var seconds = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            fit = fitter.Fit(table);
            seconds[i] = stopwatch.Elapsed.TotalSeconds;
        }

        var sorted = seconds.Order().ToArray();
        var median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        var output = new
        {
            mode = "csharp",
            n = fit.Rows,
            starts = fit.Starts,
            converged = fit.ConvergedStarts,
            threads = fitter.Options.MaxDegreeOfParallelism,
            runs = seconds,
            seconds = median,
            best = new
            {
                A = fit["A"],
                B = fit["B"],
                E = fit["E"],
                alpha = fit["alpha"],
                beta = fit["beta"],
                objective = fit.ObjectiveValue,
            },
        };
        Console.WriteLine(JsonSerializer.Serialize(output));
        return 0;
    }
}
