namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Pythia v1's LAMBADA evaluations as loss curves, one run per model: loss = ln(LAMBADA perplexity) at each checkpoint
/// after warm-up (steps 3,000 … 143,000), with the published schedule (GPT-NeoX AnnealingLR: linear warm-up over 1 % = 1,430
/// steps, cosine to 0.1 × peak at step 143,000, the peak from each size's config). Default protocol: fit each run's first
/// 30 % of steps, predict the last 70 %.
/// </summary>
internal sealed class PythiaCurvesLoader : ICurveDatasetLoader
{
    public const int Warmup = 1_430, Steps = 143_000;

    /// <summary>Peak learning rate by size, from models/*.yml (1b: 2.5e-4 in the yml; the README table says 3e-4).</summary>
    public static readonly IReadOnlyDictionary<string, double> PeakRates = new Dictionary<string, double>
    {
        ["70m"] = 1e-3, ["160m"] = 6e-4, ["410m"] = 3e-4, ["1b"] = 2.5e-4, ["1.4b"] = 2e-4, ["2.8b"] = 1.6e-4, ["6.9b"] = 1.2e-4, ["12b"] = 1.2e-4,
    };

    public DatasetInfo Info { get; } = new(
        "pythia-curves",
        "Pythia v1 70m–12b, standard and deduped, as loss curves: ln LAMBADA perplexity per checkpoint (EleutherAI)",
        "ln(LAMBADA perplexity of the target word), nats; an evaluation loss, not the training loss",
        $"{Sources.Pythia}, evals/pythia-v1/*/zero-shot/*.json (flattened to CSV)",
        "Apache-2.0",
        [PythiaLoader.Lambada],
        "One run per model (16). Loss = ln(lambada_ppl); tokens = step × 2,097,152. Only checkpoints after warm-up are kept (steps 3,000 … 143,000, 15 per run): " +
        "at steps 0–2 the model is untrained (perplexity about 3.7e6), and through warm-up (steps 4–1,000) LAMBADA perplexity is still 4e3–6e8, before the model predicts the target word at all, a phase no loss-curve law describes. " +
        "Schedule from models/*.yml as GPT-NeoX's AnnealingLR computes it: η_k = peak·k/1,430 up to step 1,430, then cosine to 0.1 × peak at step 143,000; " +
        "peak 1e-3 (70m), 6e-4 (160m), 3e-4 (410m), 2.5e-4 (1b), 2e-4 (1.4b), 1.6e-4 (2.8b), 1.2e-4 (6.9b, 12b). " +
        "The v0 wikitext runs are not included: their schedules are not in the repository. Default protocol: fit each run's first 30 % of steps, predict the rest.");

    public CurveProtocol Protocol { get; } = new FractionProtocol(0.3);

    /// <summary>An evaluation loss: the loss-curve prior, measured on training losses, does not apply to it.</summary>
    public bool TrainingLoss => false;

    public IReadOnlyList<LossCurve> Load(string dataDirectory)
    {
        var file = DatasetFile.Read(dataDirectory, PythiaLoader.Lambada, Info);
        var (model, step, perplexity) = (file.Column("model"), file.Column("step"), file.Column("lambada_ppl"));
        return [.. file.Rows
            .Where(r => file.Number(r, step) > Warmup)
            .GroupBy(r => file.Text(r, model).Trim())
            .Select(run =>
            {
                var peak = PeakRates.TryGetValue(PythiaLoader.Size(run.Key), out var p)
                    ? p
                    : throw file.Error(run.First(), model, $"'{run.Key}' is not a Pythia size with a known learning rate");
                var steps = run.Select(r => (int)file.Number(r, step)).ToList();
                return new LossCurve(run.Key, steps, run.Select(r => Math.Log(file.Number(r, perplexity))), Schedule(peak),
                    steps.Select(s => s * PythiaLoader.Batch), $"dataset {Info.Name}");
            })];
    }

    public static LearningRateSchedule Schedule(double peak) => LearningRateSchedule.FromFunction(Steps,
        k => k <= Warmup ? peak * k / Warmup : 0.1 * peak + 0.45 * peak * (1 + Math.Cos(Math.PI * (k - Warmup) / (Steps - Warmup))),
        $"GPT-NeoX AnnealingLR: linear warm-up to {peak:G2} over 1,430 steps, cosine to {0.1 * peak:G2} at step 143,000");
}
