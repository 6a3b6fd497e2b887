using ScalingLaws.Planning.Hyperparameters;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// What <c>scaling plan run</c> prints: the allocation (N, D, epochs, loss with its interval, cost, how far beyond the fitted runs), the learning rate
/// and batch size from Step Law with DeepSeek's beside them, the steps, and which law gave each number.
/// </summary>
[OmitNulls]
internal sealed record RunRecipe(
    OptimalRow Allocation,
    double LearningRate,
    double BatchTokens,
    int? Context,
    double? BatchSequences,
    double Steps,
    HyperparameterOptimum DeepSeek,
    IReadOnlyDictionary<string, string> Sources,
    CostBasis? Cost)
{
    public static RunRecipe Of(string lawSource, OptimalReport report, int? context)
    {
        var row = report.Rows[0];
        var step = StepLaw.Instance.At(row.Params, row.Tokens, row.Flops);
        var sources = new Dictionary<string, string>
        {
            ["allocation"] = lawSource,
            ["learningRate"] = StepLaw.Instance.Source,
            ["batch"] = StepLaw.Instance.Source,
            ["deepSeek"] = $"{DeepSeekHyperparameters.Instance.Source}; here C = 6ND",
        };
        if (report.Cost is { } cost)
            sources["cost"] = $"{cost.Gpu}: {cost.Source}";
        return new RunRecipe(
            row, step.LearningRate, step.BatchTokens, context, context is { } c ? step.BatchTokens / c : null,
            row.Tokens / step.BatchTokens, DeepSeekHyperparameters.Instance.At(row.Params, row.Tokens, row.Flops), sources, report.Cost);
    }

    public void Write(IAnsiConsole console)
    {
        var row = Allocation;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("quantity").AddColumn(new TableColumn("value").RightAligned()).AddColumn("from");
        void Add(string quantity, string value, string from) => table.AddRow(new Text(quantity), new Text(value), new Text(from));
        Add("compute C", Quantity.FormatScientific(row.Flops), row.Given == "loss" ? "the least compute reaching the target loss" : "the budget");
        Add("model size N", Quantity.Format(row.Params), Sources["allocation"]);
        Add("tokens D", Quantity.Format(row.Tokens) + (row.Epochs is { } e ? $" ({Numbers.Format(e, 3)} epochs of {Quantity.Format(row.UniqueTokens!.Value)})" : ""), "C = 6ND");
        Add("loss", Numbers.Format(row.Loss, 5) + (row.Ci95?.Loss is [var lower, var upper] ? $" [{Numbers.Value(lower)}, {Numbers.Value(upper)}]" : ""),
            row.Ci95?.Loss is null ? "the law (no interval: a law given by value)" : "the law, with its 95% interval");
        Add("learning rate", Numbers.Format(LearningRate, 3), "Step Law (Li et al. 2025)");
        Add("batch", Quantity.Format(BatchTokens) + " tokens" + (BatchSequences is { } s ? $" = {Numbers.Format(s, 4)} sequences of {Context}" : ""), "Step Law (Li et al. 2025)");
        Add("steps", Quantity.Format(Steps), "D / batch");
        if (row.GpuHours is { } hours)
        {
            Add("cost", CostBasis.Describe(new TrainingCost(hours, row.Days, row.Dollars)), $"{Cost!.Gpu} at MFU {Cost.Mfu:G3}" + (Cost.Gpus is { } n ? $" on {n} GPUs" : ""));
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape($"DeepSeek's laws at the same compute: learning rate {Numbers.Format(DeepSeek.LearningRate, 3)}, batch {Quantity.Format(DeepSeek.BatchTokens)} tokens ({Sources["deepSeek"]})."));
        if (row.Beyond is { } beyond)
            console.MarkupLine(Markup.Escape($"Beyond the fitted runs: {beyond}."));
        if (row.LossCost is > 0)
            console.MarkupLine(Markup.Escape($"The data limit costs {Numbers.Format(row.LossCost.Value, 3)} in loss against unlimited data (N* = {Quantity.Format(row.Unlimited!.Params)})."));
        if (Cost is not null)
            console.MarkupLine(Markup.Escape(Cost.Describe()));
    }
}
