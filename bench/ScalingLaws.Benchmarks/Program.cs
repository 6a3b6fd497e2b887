using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ScalingLaws.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--side-by-side", .. var rest])
            return SideBySide.Run(rest);
        if (args is ["--export-windows", var path])
            return EstimationWindows.Export(path);
        // Results go next to this project whatever the working directory; --artifacts overrides.
        var config = DefaultConfig.Instance.WithArtifactsPath(
            Path.Combine(BenchmarkData.RepositoryRoot, "bench", "ScalingLaws.Benchmarks", "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
