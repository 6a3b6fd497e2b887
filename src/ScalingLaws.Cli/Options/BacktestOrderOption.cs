namespace ScalingLaws.Cli.Options;

/// <summary>How a backtest orders the table: <c>params</c>, <c>tokens</c>, <c>flops</c>, <c>run-length</c> or <c>tokens-per-param</c> (and for fit, <c>none</c>).</summary>
internal static class BacktestOrderOption
{
    /// <summary>One name in <c>fit</c> (where --out backtests the law) and in the backtest commands.</summary>
    public const string Name = "--backtest-by";

    public const string Choices = "params, tokens, flops, run-length or tokens-per-param";

    /// <summary>fit's main orders: tokens-per-param is not one, since --out measures it beside the main model, for predictions below the fitted D/N only.</summary>
    public const string FitChoices = "params, tokens, flops or run-length";

    // The orders by the names law files store them under; fit's none (no backtest) is the one without an order.
    private static readonly Choice<BacktestOrder?>[] Orders =
        [.. Enum.GetValues<BacktestOrder>().Select(order => new Choice<BacktestOrder?>(ExtrapolationDocument.OrderName(order), order))];

    /// <param name="forFit">fit's --out: <c>none</c>, the Hitchhiker prior instead of a backtest, is a choice too, and tokens-per-param
    /// is not (its model, measured against D/N alone, would leave every other excursion at σ0).</param>
    public static Option<Choice<BacktestOrder?>> Create(string description, bool forFit = false) =>
        ChoiceOption.Create(Name, description, forFit ? [.. Orders.Where(o => o.Value != BacktestOrder.TokensPerParam), new("none", null)] : Orders);

    /// <summary>Whether <c>none</c> was chosen: no backtest.</summary>
    public static bool IsNone(ParseResult parse, Option<Choice<BacktestOrder?>> option) => parse.GetValue(option) is { Value: null };

    /// <summary>The order given, or the law's default (model size; a one-variable law's own input) when none is.</summary>
    public static BacktestOrder Parse(ParseResult parse, Option<Choice<BacktestOrder?>> option, ScalingLaw law) =>
        parse.GetValue(option)?.Value ?? PredictiveModel.DefaultOrder(law);

    /// <summary>An order given as <paramref name="text"/> under the option <paramref name="name"/> (an old spelling).</summary>
    public static BacktestOrder Parse(string text, string name) => ChoiceOption.Find(text, name, Orders).GetValueOrDefault(); // each of Orders has one
}
