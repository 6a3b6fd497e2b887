using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The parameter counts and the training FLOPs of one shape, one table each.</summary>
internal static class FlopsView
{
    public static void Write(IAnsiConsole console, FlopsReport report)
    {
        var s = report.Shape;
        console.MarkupLine(Markup.Escape(
            $"{s.Layers} layers, d_model {s.DModel}, {s.Heads} heads of size {s.HeadSize}, d_ff {s.FeedForward}, " +
            $"vocabulary {s.Vocabulary}, context {s.SequenceLength}; {Quantity.Format(report.Tokens)} training tokens"));
        console.Write(Parameters(report.Params));
        console.Write(Flops(report));
        console.MarkupLine(Markup.Escape(
            "Hoffmann et al. Table A4's FLOPs/6ND ratios are reproduced by the layers-only Appendix F count; " +
            "the full count adds the embedding and logits terms (2·S·V·d each per sequence, forward)."));
    }

    private static Table Parameters(Counting.ParameterCount p)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("parameters").AddColumn(new TableColumn("count").RightAligned());
        AddRow(table, "non-embedding (Kaplan)", Quantity.Format(p.NonEmbedding));
        AddRow(table, "embedding (V·d)", Quantity.Format(p.Embedding));
        AddRow(table, "total (non-embedding + embedding)", Quantity.Format(p.Total));
        AddRow(table, "Chinchilla-style (Table A4: biases, norms, relative positions)", Quantity.Format(p.ChinchillaStyle));
        return table;
    }

    private static Table Flops(FlopsReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("FLOP convention").AddColumn("N used");
        foreach (var heading in new[] { "FLOPs/token", "training FLOPs", "ratio to 6ND" })
            table.AddColumn(new TableColumn(heading).RightAligned());
        foreach (var c in report.Conventions)
        {
            AddRow(table, c.Name, c.ParamsUsed, Quantity.FormatScientific(c.FlopsPerToken, 4),
                Quantity.FormatScientific(c.Flops, 4), Numbers.Format(c.RatioToSixND, 3));
        }
        return table;
    }

    // Plain text, not markup: Spectre would read a "[" in a cell as the start of a style.
    private static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)).ToArray());
}
