using ScalingLaws.Training.Store;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The runs of a finished study: shape, size, tokens and the last held-out loss, and where the tables are.</summary>
internal static class StudyRunView
{
    public static void Write(IAnsiConsole console, StudyDirectory directory)
    {
        var manifest = directory.Manifest;
        console.MarkupLine($"[bold]Study[/] in {Markup.Escape(directory.Path)}: {Markup.Escape(manifest.Data)}");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("run").AddColumn("shape")
            .AddColumn(new TableColumn("N (non-emb.)").RightAligned()).AddColumn(new TableColumn("N (total)").RightAligned())
            .AddColumn(new TableColumn("tokens").RightAligned()).AddColumn(new TableColumn("peak lr").RightAligned())
            .AddColumn(new TableColumn("held-out loss").RightAligned());
        foreach (var run in directory.Runs)
        {
            var last = directory.Checkpoints(run.Name) is { Count: > 0 } c ? Numbers.Value(c[^1].Loss) : "–";
            table.AddRow(run.Name, run.Config.ToString(), Quantity.Format(run.Config.NonEmbeddingParams), Quantity.Format(run.Config.TotalParams),
                Quantity.Format(run.Settings.Tokens), Numbers.Value(run.Settings.PeakLearningRate), last);
        }
        console.Write(table);
        if (manifest.EntropyRate is { } entropy)
            console.MarkupLine(Markup.Escape($"true entropy rate {Numbers.Value(entropy)} nats/token; exact Bayes predictor on the held-out set {Numbers.Value(manifest.BayesLoss ?? double.NaN)} (mean over positions)"));
        console.MarkupLine(Markup.Escape($"tables: {StudyDirectory.ResultsFile} (fit, isoflop), {StudyDirectory.CheckpointsFile} (envelope, curves), {StudyDirectory.PositionsFile} (per position); next: scaling study summarize {directory.Path}"));
    }
}
