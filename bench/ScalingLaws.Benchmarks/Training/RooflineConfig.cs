using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ScalingLaws.Benchmarks.Training;

/// <summary>Adds GFLOP/s (and tokens/s for training steps) next to the times: the numbers a roofline compares.</summary>
public sealed class RooflineConfig : ManualConfig
{
    public RooflineConfig()
    {
        AddColumn(new RateColumn("GFLOP/s", c => Work.Flops(c) / 1e9));
        AddColumn(new RateColumn("tokens/s", Work.Tokens));
    }

    private sealed class RateColumn(string name, Func<BenchmarkCase, double> perInvoke) : IColumn
    {
        public string Id => "Roofline." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"{name}: work per invocation / mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var work = perInvoke(benchmarkCase);
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return work > 0 && mean is > 0 ? (work / (mean.Value * 1e-9)).ToString("N1") : "–";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
