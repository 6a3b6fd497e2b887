namespace ScalingLaws.Laws;

/// <summary>One-variable law with an irreducible term: L = E + A/x^α, x one of N, D or C.</summary>
public sealed class OffsetPowerLaw(Field input) : ScalingLaw
{
    /// <summary>Indices of the parameters in <see cref="Parameters"/>.</summary>
    public const int E = 0, A = 1, Alpha = 2;

    /// <inheritdoc/>
    public override string Name => "power";

    /// <inheritdoc/>
    public override string Formula => $"L = E + A/{Symbols.Of(input)}^alpha";

    /// <inheritdoc/>
    public override ImmutableArray<Field> Inputs { get; } = [input];

    /// <inheritdoc/>
    public override ImmutableArray<LawParameter> Parameters { get; } =
    [
        new("E", ParameterScale.Log, LawParameter.Range(-1, 1, 0.5)),
        new("A", ParameterScale.Log, LawParameter.Range(0, 25, 5)),
        new("alpha", ParameterScale.Linear, LawParameter.Range(0, 2, 0.5)),
    ];

    /// <inheritdoc/>
    public override void LogPredict(ReadOnlySpan<double> theta, LogInputs inputs, Span<double> lnPrediction, Span<double> jacobian)
    {
        var n = inputs.Length;
        var irreducible = Math.Exp(theta[E]);
        for (var i = 0; i < n; i++)
        {
            var term = Math.Exp(theta[A] - theta[Alpha] * inputs.First[i]);
            var sum = term + irreducible;
            lnPrediction[i] = Math.Log(sum);
            jacobian[E * n + i] = irreducible / sum;
            jacobian[A * n + i] = term / sum;
            jacobian[Alpha * n + i] = -term / sum * inputs.First[i];
        }
    }
}
