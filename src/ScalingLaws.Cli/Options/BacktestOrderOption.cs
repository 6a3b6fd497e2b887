namespace ScalingLaws.Cli.Options;

/// <summary>How a backtest orders the table: <c>params</c>, <c>tokens</c>, <c>flops</c> or <c>run-length</c> (and for fit, <c>none</c>).</summary>
internal static class BacktestOrderOption
{
    /// <summary>One name in <c>fit</c> (where --out backtests the law) and in the backtest commands.</summary>
    public const string Name = "--backtest-by";

    public const string Choices = "params, tokens, flops or run-length";

    public static Option<string?> Create(string description) => new(Name) { Description = description, HelpName = "ORDER" };

    /// <summary>The order given, or the law's default (model size; a one-variable law's own input) when none is.</summary>
    public static BacktestOrder Parse(ParseResult parse, Option<string?> option, ScalingLaw law) => parse.GetValue(option) is { } text
        ? Parse(text, option.Name)
        : PredictiveModel.DefaultOrder(law);

    /// <summary>An order given as <paramref name="text"/> under the option <paramref name="name"/>.</summary>
    public static BacktestOrder Parse(string text, string name) =>
        ExtrapolationDocument.ParseOrder(text) ?? throw new ScalingLawsException($"{name} {text}: choose {Choices}.");
}
