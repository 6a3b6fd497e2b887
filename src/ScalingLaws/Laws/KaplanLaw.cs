namespace ScalingLaws.Laws;

/// <summary>
/// Kaplan et al. (2020), eq. 1.5: L(N, D) = [(Nc/N)^(αN/αD) + Dc/D]^αD, fitted with Nc and Dc on the log scale.
/// </summary>
public sealed class KaplanLaw : ScalingLaw
{
    /// <summary>Indices of the parameters in <see cref="Parameters"/>.</summary>
    public const int Nc = 0, Dc = 1, AlphaN = 2, AlphaD = 3;

    /// <summary>The law.</summary>
    public static KaplanLaw Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "kaplan";

    /// <inheritdoc/>
    public override string Formula => "L = [(Nc/N)^(alphaN/alphaD) + Dc/D]^alphaD";

    /// <inheritdoc/>
    public override ImmutableArray<Field> Inputs { get; } = [Field.Params, Field.Tokens];

    /// <inheritdoc/>
    public override ImmutableArray<LawParameter> Parameters { get; } =
    [
        new("Nc", ParameterScale.Log, LawParameter.Range(20, 35, 5)),
        new("Dc", ParameterScale.Log, LawParameter.Range(20, 35, 5)),
        new("alphaN", ParameterScale.Linear, [0.05, 0.1, 0.2, 0.4]),
        new("alphaD", ParameterScale.Linear, [0.05, 0.1, 0.2, 0.4]),
    ];

    /// <inheritdoc/>
    public override IReadOnlyList<int> ParametersOn(int input) => input == 0 ? [Nc, AlphaN] : [Dc, AlphaD];

    // ln L = αD · LSE(u, v) with u = (αN/αD)(ln Nc − ln N) and v = ln Dc − ln D.
    /// <inheritdoc/>
    public override void LogPredict(ReadOnlySpan<double> theta, LogInputs inputs, Span<double> lnPrediction, Span<double> jacobian)
    {
        var n = inputs.Length;
        double nc = theta[Nc], dc = theta[Dc], alphaN = theta[AlphaN], alphaD = theta[AlphaD];
        var ratio = alphaN / alphaD;
        for (var i = 0; i < n; i++)
        {
            var logRatioN = nc - inputs.First[i];
            var u = ratio * logRatioN;
            var v = dc - inputs.Second[i];
            var max = Math.Max(u, v);
            double eu = Math.Exp(u - max), ev = Math.Exp(v - max);
            var lse = max + Math.Log(eu + ev);
            double wu = eu / (eu + ev), wv = ev / (eu + ev);
            lnPrediction[i] = alphaD * lse;
            jacobian[Nc * n + i] = alphaN * wu;
            jacobian[Dc * n + i] = alphaD * wv;
            jacobian[AlphaN * n + i] = wu * logRatioN;
            jacobian[AlphaD * n + i] = lse - wu * u;
        }
    }
}
