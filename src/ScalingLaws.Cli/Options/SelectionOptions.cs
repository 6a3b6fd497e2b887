using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// Which rows of the table a command uses (<c>--family</c>, <c>--where</c>, <c>--exclude-model</c>) and whether pooling
/// several families or configurations into one law is intended (<c>--pool</c>). Part of <see cref="ReadingOptions"/>, so
/// every command that reads runs selects them the same way.
/// </summary>
internal sealed class SelectionOptions : IOptionGroup
{
    public Option<string[]> Family { get; } = new("--family")
    {
        HelpName = "NAME",
        Description = "Use only this family (the family column, any case). Repeatable.",
    };

    public Option<string[]> Where { get; } = new("--where")
    {
        HelpName = "FILTER",
        Description = "Keep rows where a column passes, e.g. --where \"params>=1B\", --where config_index=4, --where \"tokens<20B\" " +
            "(=, !=, <, <=, >, >=; sizes with K, M, B, T). Any column of the file, or params/N, tokens/D, flops/C, loss, step, model, family. Repeatable: all must pass.",
    };

    public Option<string[]> ExcludeModel { get; } = new("--exclude-model")
    {
        HelpName = "NAME",
        Description = "Leave out this model's rows (the model column). Repeatable.",
    };

    public Option<bool> Pool { get; } = new("--pool")
    {
        Description = "Fit several families or configurations as one law on purpose, without the warning.",
    };

    public void AddTo(Command command)
    {
        command.AddAll(Family, Where, ExcludeModel, Pool);
    }

    public RowSelection Create(ParseResult parse) => new(
        parse.GetValue(Family) ?? [],
        [.. (parse.GetValue(Where) ?? []).Select(RowFilter.Parse)],
        parse.GetValue(ExcludeModel) ?? []);

    /// <summary>
    /// The pooling check worded for the command line: an error when the families' losses are different quantities, a
    /// warning when several families or configurations are pooled without <c>--pool</c>, else nothing.
    /// </summary>
    public string? Pooling(ParseResult parse, ObservationTable table, IReadOnlyDictionary<string, string>? lossByFamily)
    {
        var diagnostic = PoolingCheck.Inspect(table, lossByFamily);
        if (diagnostic is null)
            return null;
        if (diagnostic.Kind == PoolingKind.DifferentLosses)
            throw new ScalingLawsException(PoolingText.DifferentLosses(table.Source, diagnostic));
        return parse.GetValue(Pool) ? null : PoolingText.Warning(diagnostic);
    }
}
