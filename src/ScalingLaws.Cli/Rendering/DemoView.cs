using System.Collections.Immutable;
using ScalingLaws.Analysis;
using ScalingLaws.Fitting;
using ScalingLaws.IO;
using ScalingLaws.Planning;
using ScalingLaws.Report;
using ScalingLaws.Simulation;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>What <c>scaling demo</c> prints: the simulated sweep, the true law beside the recovered one, a plan, and the files.</summary>
internal static class DemoView
{
    public static void Write(IAnsiConsole console, Demo.Outcome outcome, TimeSpan elapsed)
    {
        var (design, table, data, budget, files) = (outcome.Design, outcome.Table, outcome.Data, outcome.PlanBudget, outcome.Files);
        var truth = design.Truth;
        var isoflop = table.Rows.Count(r => r.Family == SweepSimulator.IsoFlopFamily);
        console.MarkupLine(Markup.Escape(
            $"Simulated {Numbers.Count(table.Count)} rows from L = {truth[0]:G4} + {truth[1]:G4}/N^{truth[3]:G4} + {truth[2]:G4}/D^{truth[4]:G4} (Hoffmann et al.) with {design.Noise:P1} noise:"));
        console.MarkupLine(Markup.Escape(
            $"  {isoflop} IsoFLOP runs at {design.Budgets.Length} budgets ({Quantity.FormatScientific(design.Budgets.Min())}–{Quantity.FormatScientific(design.Budgets.Max())} FLOPs), " +
            $"and {design.LadderSizes.Length} models ({Quantity.Format(design.LadderSizes.Min())}–{Quantity.Format(design.LadderSizes.Max())}) with {design.Checkpoints} checkpoints each up to {Quantity.Format(design.LadderTokens)} tokens"));
        console.WriteLine();
        console.MarkupLine("[bold]The recovered law[/] (fitted as [italic]scaling fit[/] does, bootstrap intervals)");
        console.Write(LawTable(data, truth));
        if (data.Law is { } law)
        {
            console.MarkupLine($"[bold]A plan[/] for C = {Quantity.FormatScientific(budget)} FLOPs, {budget / design.Budgets.Max():0}× the largest sweep budget");
            console.Write(PlanTable(new ComputeOptimal(truth), law, data.Spread, budget));
        }
        foreach (var file in files)
            console.MarkupLine($"wrote {Markup.Escape(file)}");
        console.MarkupLine(Markup.Escape($"in {elapsed.TotalSeconds:0.0} s. Open {files[^1]} in a browser, or try: scaling fit {files[0]} --bootstrap 1000"));
    }

    private static Table LawTable(ReportData data, ImmutableArray<double> truth)
    {
        var table = NewTable();
        var fit = data.Fit;
        for (var j = 0; j < fit.Law.ParameterCount; j++)
            AddRow(table, fit.Law.Parameters[j].Name, truth[j], fit.Values[j], data.Bootstrap?.Parameter(j), Numbers.Value);
        foreach (var quantity in DerivedQuantities.For(fit.Law))
            AddRow(table, quantity.Name, quantity.Compute(truth), quantity.Compute(fit.Values), data.Bootstrap?.Derived(quantity.Compute), Numbers.Value);
        return table;
    }

    private static Table PlanTable(ComputeOptimal truth, ComputeOptimal fitted, AllocationUncertainty? spread, double budget)
    {
        var (exact, found, range) = (truth.ForFlops(budget), fitted.ForFlops(budget), spread?.ForFlops(budget));
        var table = NewTable();
        AddRow(table, "N* (params)", exact.Params, found.Params, range?.Params, v => Quantity.Format(v));
        AddRow(table, "D* (tokens)", exact.Tokens, found.Tokens, range?.Tokens, v => Quantity.Format(v));
        AddRow(table, "D*/N*", exact.TokensPerParam, found.TokensPerParam, range?.TokensPerParam, v => Numbers.Format(v, 3));
        AddRow(table, "L* (nats)", exact.Loss, found.Loss, range?.Loss, Numbers.Value);
        return table;
    }

    private static Table NewTable() => new Table().Border(TableBorder.Rounded)
        .AddColumn("").AddColumn(new TableColumn("truth").RightAligned()).AddColumn(new TableColumn("recovered").RightAligned())
        .AddColumn(new TableColumn("error").RightAligned()).AddColumn(new TableColumn("95% interval").RightAligned()).AddColumn("truth inside?");

    private static void AddRow(Table table, string name, double truth, double recovered, Uncertainty.Uncertainty? spread, Func<double, string> format)
    {
        var inside = spread is null ? "" : truth >= spread.Lower && truth <= spread.Upper ? "yes" : "no";
        table.AddRow(
            new Text(name), new Text(format(truth)), new Text(format(recovered)), new Text($"{(recovered / truth - 1) * 100:+0.0;-0.0}%"),
            new Text(spread is null ? "" : $"[{format(spread.Lower)}, {format(spread.Upper)}]"), new Text(inside));
    }
}
