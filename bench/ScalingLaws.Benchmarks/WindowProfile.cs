using System.Diagnostics;
using ScalingLaws.Estimation;
using ScalingLaws.Fitting;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// Where the estimation windows' time goes: every window of <see cref="EstimationWindows"/> fitted on this one thread,
/// three passes, then three in parallel as the study runs them, each window timed in its thread's CPU time; writes
/// each window's rows, iterations, evaluations, status and objective with its CPU time in the last pass of each kind.
/// </summary>
internal static class WindowProfile
{
    public static int Run(string path)
    {
        var windows = EstimationWindows.All();
        var fits = new FitResult?[windows.Length];
        var cpu = new double[windows.Length];
        void FitTimed(int i)
        {
            var before = ThreadCpu.Seconds();
            fits[i] = EstimationWindows.TryFit(EstimationMethod.LeastSquares, windows[i].Train);
            cpu[i] = ThreadCpu.Seconds() - before;
        }
        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < windows.Length; i++)
                FitTimed(i);
            Console.Error.WriteLine($"pass {pass + 1}: {cpu.Sum():F3} CPU s");
        }
        var sequential = (double[])cpu.Clone();
        for (var pass = 0; pass < 3; pass++)
        {
            var process = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            LargestFirst.Run(windows.Length, i => windows[i].Train.Count, new ParallelOptions(), FitTimed);
            Console.Error.WriteLine($"parallel pass {pass + 1}: {clock.Elapsed.TotalSeconds:F3} s wall, {(Environment.CpuUsage.TotalTime - process).TotalSeconds:F3} process CPU s, fits {cpu.Sum():F3} thread CPU s");
        }
        using var writer = new StreamWriter(path);
        writer.WriteLine("key\trows\titerations\tevaluations\tstatus\tobjective\tcpu_us\tparallel_cpu_us");
        for (var i = 0; i < windows.Length; i++)
        {
            var f = fits[i];
            writer.WriteLine($"{windows[i].Key}\t{windows[i].Train.Count}\t{f?.Iterations}\t{f?.SearchEvaluations}\t{f?.Status}\t{f?.ObjectiveValue:R}\t{sequential[i] * 1e6:F1}\t{cpu[i] * 1e6:F1}");
        }
        return 0;
    }
}
