using System.Globalization;
using System.Text;
using ScalingLaws.Training.Study;
using ScalingLaws.Training.Training;

namespace ScalingLaws.Training.Store;

/// <summary>
/// The CSV tables a study writes. Measurements: <c>run, step, tokens, lr, loss, train_loss, params (Kaplan's
/// non-embedding N), params_total, flops, layers, width, heads</c>, which <c>fit</c>, <c>isoflop</c>,
/// <c>envelope</c> and the curve laws read. Per position: <c>run, step, tokens, lr, loss, pos_1 … pos_T</c>.
/// </summary>
public static class StudyTables
{
    private const string MeasurementHeader = "run,step,tokens,lr,loss,train_loss,params,params_total,flops,layers,width,heads";

    public static string Measurements(IEnumerable<(PlannedRun Run, Checkpoint Checkpoint)> rows)
    {
        var text = new StringBuilder(MeasurementHeader).Append('\n');
        foreach (var (run, c) in rows)
        {
            var config = run.Config;
            text.AppendJoin(',', run.Name, Number(c.Step), Number(c.Tokens), Number(c.LearningRate), Number(c.Loss), Number(c.TrainLoss),
                Number(config.NonEmbeddingParams), Number(config.TotalParams), Number(c.Flops), Number(config.Layers), Number(config.Width), Number(config.Heads));
            text.Append('\n');
        }
        return text.ToString();
    }

    public static string Positions(IEnumerable<(PlannedRun Run, Checkpoint Checkpoint)> rows, int context)
    {
        var text = new StringBuilder("run,step,tokens,lr,loss");
        for (var i = 1; i <= context; i++)
            text.Append(",pos_").Append(i);
        text.Append('\n');
        foreach (var (run, c) in rows)
        {
            text.AppendJoin(',', run.Name, Number(c.Step), Number(c.Tokens), Number(c.LearningRate), Number(c.Loss));
            foreach (var loss in c.PositionLosses)
                text.Append(',').Append(Number(loss));
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
