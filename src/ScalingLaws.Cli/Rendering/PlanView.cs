using System.Globalization;
using ScalingLaws.Estimation.SweepPlanning;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The sweep plan: a table of runs, the expected error, the reasoning and any warnings. JSON has the same numbers (errors as fractions).</summary>
internal static class PlanView
{
    public static void Write(IAnsiConsole console, SweepPlan plan, CostSettings? cost = null)
    {
        var r = plan.Request;
        console.MarkupLine(Markup.Escape(
            $"Sweep to predict a {Quantity.Format(r.TargetParams)}-parameter model trained on {Quantity.Format(r.TargetTokens)} tokens, within {Quantity.FormatScientific(r.Budget)} FLOPs"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("run")
            .AddColumn(new TableColumn("params N").RightAligned()).AddColumn(new TableColumn("tokens D").RightAligned())
            .AddColumn(new TableColumn("FLOPs 6ND").RightAligned()).AddColumn(new TableColumn("share of budget").RightAligned());
        var i = 0;
        foreach (var run in plan.Runs)
        {
            var name = run.IsTarget ? "target (partial)" : $"model {++i}";
            table.AddRow(name, Quantity.Format(run.Params), Quantity.Format(run.Tokens), Quantity.FormatScientific(run.Flops), Percent(run.Flops / r.Budget));
        }
        table.AddRow("total", "", "", Quantity.FormatScientific(plan.TotalFlops), Percent(plan.TotalFlops / r.Budget));
        console.Write(table);
        if (plan.Expected is { } e)
            console.MarkupLine(Markup.Escape($"expected ARE ≈ {Percent(e.Are)} (the study's measured average at {e.Models} sizes, p = 1{(e.TargetFraction is { } f ? $", target to {Percent(f)}" : "")}; {e.Source})"));
        console.MarkupLine("why:");
        foreach (var line in plan.Reasoning)
            NoteLine.Write(console, line);
        foreach (var warning in plan.Warnings)
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        if (cost is null)
            return;
        var (sweep, target) = (cost.Of(plan.TotalFlops), cost.Of(r.TargetFlops));
        console.MarkupLine(Markup.Escape($"The sweep costs {CostBasis.Describe(sweep)}; the target's whole run {CostBasis.Describe(target)}."));
        console.MarkupLine(Markup.Escape(CostBasis.Of(cost)!.Describe()));
    }


    public static PlanJson Json(SweepPlan plan, CostSettings? cost = null) => new PlanJson(
        plan.Request.TargetParams,
        plan.Request.TargetTokens,
        plan.Request.TargetFlops,
        plan.Request.Budget,
        [.. plan.Runs.Select(x => new PlanRunJson(x.Params, x.Tokens, x.Flops, x.IsTarget))],
        plan.TotalFlops,
        plan.Expected is { } e ? new ExpectedJson(e.Are, e.Models, e.Fraction, e.TargetFraction, e.Families, e.Source) : null,
        plan.Reasoning,
        plan.Warnings)
    {
        Cost = cost is null ? null : new PlanCostJson(CostBasis.Of(cost)!, cost.Of(plan.TotalFlops), cost.Of(plan.Request.TargetFlops)),
    };

    private static string Percent(double f) => (100 * f).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    internal sealed record PlanJson(
        double TargetParams, double TargetTokens, double TargetFlops, double Budget, IReadOnlyList<PlanRunJson> Runs, double TotalFlops,
        ExpectedJson? Expected, IReadOnlyList<string> Reasoning, IReadOnlyList<string> Warnings)
    {
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public PlanCostJson? Cost { get; init; }
    }

    /// <summary>What the sweep and the target's full run cost on the GPU given.</summary>
    internal sealed record PlanCostJson(CostBasis Basis, TrainingCost Sweep, TrainingCost Target);

    internal sealed record PlanRunJson(double Params, double Tokens, double Flops, bool Target);

    internal sealed record ExpectedJson(double Are, int Models, double Fraction, double? TargetFraction, int Families, string Source);
}
