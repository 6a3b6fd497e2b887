using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using ScalingLaws.Estimation;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// Writes every distinct training window of the least-squares estimation grid (every catalog family
/// with at least 3 sizes, both token cuts) as JSON lines, each with the C# fit, for the SciPy
/// curve_fit reference (bench/scipy/estimation_grid_fit.py). Prints the C# time for the same fits,
/// run in parallel as the study runs them: wall seconds and the process's CPU seconds (which a shared machine
/// inflates less) of a second pass after a first that compiles the code, and the first pass's wall seconds.
/// </summary>
internal static class EstimationWindows
{
    public static int Export(string path)
    {
        var windows = All();
        var method = EstimationMethod.LeastSquares;
        var fits = new Fitting.FitResult?[windows.Length];
        // The first pass is timed as it comes (the JIT compiles the fitting code while it runs); the second, over the
        // same windows, is the fits themselves, as a native process runs them when the JIT compiles each method once,
        // fully optimised (the script sets DOTNET_TieredCompilation=0): under tiered compilation the JIT would still be
        // recompiling the hot methods during the second pass, on the same cores. The methods compiled while it ran are
        // counted, to show it.
        var first = Time(method, windows, fits);
        var jitted = JitInfo.GetCompiledMethodCount();
        var (seconds, cpuSeconds) = Time(method, windows, fits);
        var jittedWhileTimed = JitInfo.GetCompiledMethodCount() - jitted;
        using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i < windows.Length; i++)
                writer.WriteLine(JsonSerializer.Serialize(Line(windows[i], fits[i]), Json));
        }
        Console.WriteLine(JsonSerializer.Serialize(new { windows = windows.Length, seconds, cpuSeconds, firstSeconds = first.Seconds, jittedWhileTimed, threads = Environment.ProcessorCount }));
        return 0;
    }

    /// <summary>Every distinct least-squares window of the catalog, in the grid's order.</summary>
    public static Window[] All() =>
        DatasetCatalog.All
            .Select(d => DatasetCatalog.Load(d.Name, BenchmarkData.SharedData))
            .SelectMany(ModelFamily.Split).Where(f => f.Sizes.Length >= ModelFamily.MinimumSizes)
            .SelectMany(family => new[] { 1e10, 0.0 }.SelectMany(cut => Windows(family, cut)))
            .DistinctBy(w => w.Key).ToArray();

    // Wall and process CPU seconds of one pass, scheduled as the study schedules its windows (CellBatch).
    private static (double Seconds, double CpuSeconds) Time(EstimationMethod method, Window[] windows, Fitting.FitResult?[] fits)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        LargestFirst.Run(windows.Length, i => windows[i].Train.Count, new ParallelOptions(), i => fits[i] = TryFit(method, windows[i].Train));
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (seconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    internal sealed record Window(string Key, ObservationTable Train);

    private static IEnumerable<Window> Windows(ModelFamily family, double cut) =>
        new EvaluationStudy(new EvaluationSettings { MinTokens = cut }).Plans(family)
            .Select(plan => family.Indices(plan.Train))
            .Select(rows => new Window($"{family.Name}:{string.Join(',', rows)}", family.Rows(rows)))
            .Where(w => CellRunner.Unidentified(w.Train, EstimationMethod.LeastSquares) is null);

    internal static Fitting.FitResult? TryFit(EstimationMethod method, ObservationTable train)
    {
        try
        {
            return method.Fit(train);
        }
        catch (ScalingLawsException)
        {
            return null;
        }
    }

    private static object Line(Window window, Fitting.FitResult? fit) => new
    {
        key = window.Key,
        n = window.Train.Rows.Select(r => r.Params),
        d = window.Train.Rows.Select(r => r.Tokens),
        loss = window.Train.Rows.Select(r => r.Loss),
        csharp = fit is null ? null : new { objective = fit.ObjectiveValue, values = fit.Values },
    };
}
