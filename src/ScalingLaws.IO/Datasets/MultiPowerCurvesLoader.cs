using System.Collections.Immutable;

namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The Multi-Power Law repository's training-loss curves of one model size (25M, 100M or 400M): nine schedules, one
/// file each, with the schedule rebuilt from the file name (<see cref="MultiPowerSchedules"/>). The default protocol is
/// the repository's: fit on cosine_24000, constant_24000 and wsdcon_9, predict the other six.
/// </summary>
internal sealed class MultiPowerCurvesLoader(string size) : ICurveDatasetLoader
{
    public static readonly ImmutableArray<string> FitRuns = ["cosine_24000", "constant_24000", "wsdcon_9"];

    public DatasetInfo Info { get; } = new(
        $"multipower-{size}",
        $"Multi-Power Law training-loss curves, {size} model, nine learning-rate schedules (Luo et al. 2025)",
        "training loss, nats (cross-entropy; the repository does not state the smoothing)",
        $"{Sources.MultiPower}, loss_curve_repo/csv_{size.TrimEnd('M')}/*.csv",
        "MIT (© 2025 Kairong Luo)",
        [.. MultiPowerSchedules.Names.Select(n => $"multipower/{size}/{n}.csv")],
        "One run per file, logged every 128 steps from the end of warm-up. The per-step schedule is rebuilt from the file name as the repository's loader does " +
        "(its lr column is not used): warm-up 0→3e-4 over 2,160 steps, then cosine to 3e-5, constant, WSD with geometric or linear decay from step 20,000 to 24,000, " +
        "or 3e-4 until step 8,000 then X·1e-5 (wsdcon_X). Default protocol: fit on cosine_24000, constant_24000 and wsdcon_9, predict " +
        "constant_72000, cosine_72000, wsd_20000_24000, wsdld_20000_24000, wsdcon_3 and wsdcon_18, with the repository's own fitting procedure.");

    public CurveProtocol Protocol { get; } = new RunsProtocol(FitRuns);

    /// <summary>The repository's own fitting procedure, whose early stop the published parameters and accuracies come from.</summary>
    public CurveFitProcedure Procedure => CurveFitProcedure.Published;

    public IReadOnlyList<LossCurve> Load(string dataDirectory) =>
        [.. MultiPowerSchedules.Names.Select(name =>
        {
            var file = DatasetFile.Read(dataDirectory, $"multipower/{size}/{name}.csv", Info);
            var (step, loss) = (file.Column("step"), file.Column("loss"));
            return new LossCurve(name, file.Rows.Select(r => (int)file.Number(r, step)), file.Rows.Select(r => file.Number(r, loss)),
                MultiPowerSchedules.For(name), source: $"dataset {Info.Name}");
        })];
}
