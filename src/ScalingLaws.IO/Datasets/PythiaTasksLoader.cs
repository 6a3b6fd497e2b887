using System.Collections.Immutable;

namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Zero-shot benchmark scores of the 16 Pythia v1 runs (shared/data/README.md, pythia_v1_tasks.csv), long format: one
/// row per (run, checkpoint, task, metric), with the task, metric, value, stderr and chance columns kept for
/// <c>scaling downstream</c>. The file has no training loss, so every row's loss is its checkpoint's log2(LAMBADA
/// perplexity), the <c>pythia</c> dataset's loss, so that a law from <c>scaling fit --dataset pythia</c> chains into these.
/// </summary>
internal sealed class PythiaTasksLoader() : OneFileLoader("pythia-tasks", "pythia/pythia_v1_tasks.csv")
{
    private static readonly string[] Kept = ["size", "deduped", "task", "metric", "value", "stderr", "chance"];

    protected override ObservationTable Read(DatasetFile file)
    {
        var (model, parameters, step, tokens, task, metric, value, deduped) =
            (file.Column("model"), file.Column("params"), file.Column("step"), file.Column("tokens"), file.Column("task"), file.Column("metric"), file.Column("value"), file.Column("deduped"));
        var losses = file.Rows
            .Where(r => file.Text(r, task) == "lambada_openai" && file.Text(r, metric) == "ppl")
            .ToDictionary(r => (file.Text(r, model), file.Number(r, step)), r => Math.Log2(file.Number(r, value)));
        var trained = file.Rows.Where(r => file.Number(r, step) > PythiaLoader.LastUntrainedStep).ToList();
        var rows = trained.Select(r =>
        {
            var name = file.Text(r, model).Trim();
            var loss = losses.TryGetValue((name, file.Number(r, step)), out var bits)
                ? bits
                : throw file.Error(r, model, "this checkpoint has no lambada_openai ppl row to take the loss from");
            var family = file.Text(r, deduped).Trim() is "true" or "True" ? "Pythia-deduped" : "Pythia";
            return DatasetRows.Row(file.Number(r, parameters), file.Number(r, tokens), loss, name, family, file.Number(r, step), r.Number);
        }).ToList();
        var extra = Kept.ToImmutableDictionary(h => h, h => trained.Select(r => file.Text(r, file.Column(h))).ToImmutableArray());
        return new ObservationTable(rows, $"dataset {Info.Name}", extra,
            [$"dropped {file.Rows.Count - trained.Count} untrained rows (steps 0–2); loss = log2(lambada_openai ppl) of each row's checkpoint"]);
    }
}
