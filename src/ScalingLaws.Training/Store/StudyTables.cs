using ScalingLaws.Training.Study;

namespace ScalingLaws.Training.Store;

/// <summary>
/// The CSV tables a study writes. Measurements: <c>run, step, tokens, lr, loss, train_loss, params (Kaplan's
/// non-embedding N), params_total, flops, layers, width, heads, peak_lr, batch_tokens</c>, which <c>fit</c>,
/// <c>isoflop</c>, <c>envelope</c>, the curve laws and (a learning-rate and batch sweep) <c>hparams --sweep</c> read. Per position: <c>run, step, tokens, lr, loss, pos_1 … pos_T</c>.
/// </summary>
internal static class StudyTables
{
    private const string MeasurementHeader = "run,step,tokens,lr,loss,train_loss,params,params_total,flops,layers,width,heads,peak_lr,batch_tokens";

    /// <summary>The measurement table as CSV text.</summary>
    public static string Measurements(IEnumerable<(PlannedRun Run, Checkpoint Checkpoint)> rows)
    {
        var text = new DelimitedText().Row(MeasurementHeader);
        foreach (var (run, c) in rows)
        {
            var config = run.Config;
            text.Row(run.Name, Number(c.Step), Number(c.Tokens), Number(c.LearningRate), Number(c.Loss), Number(c.TrainLoss),
                Number(config.NonEmbeddingParams), Number(config.TotalParams), Number(c.Flops), Number(config.Layers), Number(config.Width), Number(config.Heads),
                Number(run.Settings.PeakLearningRate), Number((double)run.Settings.Sequences * config.Context));
        }
        return text.ToString();
    }

    /// <summary>The per-position table as CSV text, one column per position up to <paramref name="context"/>.</summary>
    public static string Positions(IEnumerable<(PlannedRun Run, Checkpoint Checkpoint)> rows, int context)
    {
        var text = new DelimitedText().Row(new[] { "run", "step", "tokens", "lr", "loss" }.Concat(Enumerable.Range(1, context).Select(i => $"pos_{i}")));
        foreach (var (run, c) in rows)
        {
            text.Row(new[] { run.Name, Number(c.Step), Number(c.Tokens), Number(c.LearningRate), Number(c.Loss) }
                .Concat(c.PositionLosses.Select(loss => Number(loss))));
        }
        return text.ToString();
    }

    private static string Number(double value) => DelimitedText.Number(value);
}
