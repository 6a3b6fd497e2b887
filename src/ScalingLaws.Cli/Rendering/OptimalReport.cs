using System.Text.Json.Serialization;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// What <c>scaling optimal --json</c> prints: the exponents a, b and the constant G of
/// N* = G·(C/6)^a, the rows, and Kaplan's allocation at each row's budget.
/// </summary>
[OmitNulls]
internal sealed record OptimalReport(
    [property: JsonPropertyName("a")] double A,
    [property: JsonPropertyName("b")] double B,
    [property: JsonPropertyName("G")] double G,
    IReadOnlyList<OptimalRow> Rows,
    IReadOnlyList<OptimalReport.KaplanRow> Kaplan)
{
    /// <summary>The GPU and settings the rows' cost was computed on, when a GPU was given.</summary>
    public CostBasis? Cost { get; init; }

    /// <summary>Kaplan et al.'s N_opt (non-embedding parameters) and the tokens D = C/(6N) it leaves.</summary>
    internal sealed record KaplanRow(double Flops, double Params, double Tokens);

    public static OptimalReport Of(ComputeOptimal law, IReadOnlyList<OptimalRow> rows) => new(
        law.ParamsExponent,
        law.TokensExponent,
        law.G,
        rows,
        [.. rows.Select(r => KaplanAllocation.ForFlops(r.Flops)).Select(k => new KaplanRow(k.Flops, k.Params, k.Tokens))]);
}
