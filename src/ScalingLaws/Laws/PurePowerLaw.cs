namespace ScalingLaws.Laws;

/// <summary>Kaplan's one-variable form L = (xc/x)^α, x one of N, D or C; linear in log space.</summary>
public sealed class PurePowerLaw(Field input) : ScalingLaw
{
    /// <summary>Indices of the parameters in <see cref="Parameters"/>.</summary>
    public const int Xc = 0, Alpha = 1;

    /// <inheritdoc/>
    public override string Name => "pure-power";

    /// <inheritdoc/>
    public override string Formula => $"L = (xc/{Symbols.Of(input)})^alpha";

    /// <inheritdoc/>
    public override ImmutableArray<Field> Inputs { get; } = [input];

    /// <inheritdoc/>
    public override ImmutableArray<LawParameter> Parameters { get; } =
    [
        new("xc", ParameterScale.Log, LawParameter.Range(10, 50, 10)),
        new("alpha", ParameterScale.Linear, [0.05, 0.1, 0.2, 0.5, 1.0]),
    ];

    /// <inheritdoc/>
    public override void LogPredict(ReadOnlySpan<double> theta, LogInputs inputs, Span<double> lnPrediction, Span<double> jacobian)
    {
        var n = inputs.Length;
        for (var i = 0; i < n; i++)
        {
            var logRatio = theta[Xc] - inputs.First[i];
            lnPrediction[i] = theta[Alpha] * logRatio;
            jacobian[Xc * n + i] = theta[Alpha];
            jacobian[Alpha * n + i] = logRatio;
        }
    }
}
