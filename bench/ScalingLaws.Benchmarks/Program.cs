using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ScalingLaws.IO;

namespace ScalingLaws.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--side-by-side", .. var rest])
            return SideBySide.Run(rest);
        if (args is ["--export-windows", var path])
            return EstimationWindows.Export(path);
        if (args is ["--profile-windows", var profile])
            return WindowProfile.Run(profile);
        if (args is ["--write-synthetic", var table, var rows])
            return WriteSynthetic(table, int.Parse(rows, CultureInfo.InvariantCulture));
        // Results go next to this project whatever the working directory; --artifacts overrides.
        var config = DefaultConfig.Instance.WithArtifactsPath(
            Path.Combine(BenchmarkData.RepositoryRoot, "bench", "ScalingLaws.Benchmarks", "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    // The table TableReadBenchmark reads, written where a whole `scaling fit` process can be timed on it.
    private static int WriteSynthetic(string path, int rows)
    {
        TableWriter.WriteCsv(path, BenchmarkData.Synthetic(rows));
        return 0;
    }
}
