namespace ScalingLaws.Laws;

/// <summary>The letters the literature uses for the inputs: N parameters, D tokens, C compute, U unique tokens.</summary>
public static class Symbols
{
    /// <summary>The symbol of <paramref name="field"/> in formulas: N, D, C, …</summary>
    public static string Of(Field field) => field switch
    {
        Field.Params => "N",
        Field.Tokens => "D",
        Field.Flops => "C",
        Field.UniqueTokens => "U",
        _ => field.ToString(),
    };
}
