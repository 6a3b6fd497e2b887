using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.IO;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests;

/// <summary>
/// Epoch's Chinchilla extraction (shared/data/chinchilla-epoch) with the 5 highest-loss rows
/// dropped, and the default 4,500-start fit of it. The fit takes a second or two, so it is made
/// once per test run and shared by the replication and bootstrap fixtures.
/// </summary>
public sealed class ChinchillaEpoch
{
    private static readonly Lazy<ChinchillaEpoch> Instance = new(() => new ChinchillaEpoch(), LazyThreadSafetyMode.ExecutionAndPublication);

    private ChinchillaEpoch()
    {
        All = TableReader.Read(Path);
        Table = RowRules.DropHighestLoss(All, 5);
        Fitter = new LawFitter(ChinchillaLaw.Instance);
        Fit = Fitter.Fit(Table);
    }

    public static ChinchillaEpoch Shared => Instance.Value;

    public static string Path => System.IO.Path.Combine(TestData.SharedData, "chinchilla-epoch", "svg_extracted_data.csv");

    /// <summary>All 245 rows as read (tokens derived from compute).</summary>
    public ObservationTable All { get; }

    /// <summary>The 240 rows Epoch fits.</summary>
    public ObservationTable Table { get; }

    public LawFitter Fitter { get; }

    public FitResult Fit { get; }

    /// <summary>Hoffmann et al.'s unrounded Approach-3 values in law order (E, A, B, α, β), natural units.</summary>
    public static double[] HoffmannUnrounded =>
        [Math.Exp(0.5267228), Math.Exp(6.0073404), Math.Exp(6.0179186), 0.33917084, 0.2849083];
}
