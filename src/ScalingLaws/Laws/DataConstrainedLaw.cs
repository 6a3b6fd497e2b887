namespace ScalingLaws.Laws;

/// <summary>
/// Muennighoff et al. (2023), "Scaling Data-Constrained Language Models": Chinchilla's law on effective
/// sizes, L = E + A/N'^alpha + B/D'^beta. Tokens repeated beyond the first epoch are worth less and less:
/// D' = U + U·R_D*·(1 − e^(−R_D/R_D*)) with R_D = max(D/U − 1, 0). Parameters beyond what the unique data
/// supports are discounted the same way: N' = U_N + U_N·R_N*·(1 − e^(−R_N/R_N*)) with U_N = min(N, M),
/// M = (U·G)^(beta/alpha)·G the Chinchilla-optimal size for U tokens, G = (alpha·A/(beta·B))^(1/(alpha+beta)),
/// and R_N = max(N/U_N − 1, 0). Inputs N, D, U; E, A, B, R_D* and R_N* are fitted on the log scale.
/// U here is the unique tokens seen, so a run that stops before its first epoch ends (D &lt; U) counts U = D:
/// the published formula assumes D ≥ U, and without the clamp it would credit tokens never trained on.
/// </summary>
public sealed class DataConstrainedLaw : ScalingLaw
{
    /// <summary>Indices of the parameters in <see cref="Parameters"/>.</summary>
    public const int E = 0, A = 1, B = 2, Alpha = 3, Beta = 4, RD = 5, RN = 6;

    /// <summary>The law.</summary>
    public static DataConstrainedLaw Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "data-constrained";

    /// <inheritdoc/>
    public override string Formula => "L = E + A/N'^alpha + B/D'^beta, D' = U + U*RD*(1 - exp(-(D/U - 1)/RD)), N' likewise with RN";

    /// <inheritdoc/>
    public override ImmutableArray<Field> Inputs { get; } = [Field.Params, Field.Tokens, Field.UniqueTokens];

    /// <inheritdoc/>
    public override ImmutableArray<LawParameter> Parameters { get; } =
    [
        new("E", ParameterScale.Log, LawParameter.Range(-1, 1, 0.5)),
        new("A", ParameterScale.Log, LawParameter.Range(0, 15, 5)),
        new("B", ParameterScale.Log, LawParameter.Range(0, 15, 5)),
        new("alpha", ParameterScale.Linear, [0.2, 0.4, 0.6]),
        new("beta", ParameterScale.Linear, [0.2, 0.4, 0.6]),
        new("RD", ParameterScale.Log, [Math.Log(5), Math.Log(50)]),
        new("RN", ParameterScale.Log, [Math.Log(5), Math.Log(50)]),
    ];

    /// <inheritdoc/>
    public override IReadOnlyList<int> ParametersOn(int input) => input switch
    {
        0 => [A, Alpha],
        1 => [B, Beta],
        _ => [RD, RN],
    };

    /// <inheritdoc/>
    public override void LogPredict(ReadOnlySpan<double> theta, LogInputs inputs, Span<double> lnPrediction, Span<double> jacobian)
    {
        var n = inputs.Length;
        var row = new RowKernel(theta);
        for (var i = 0; i < n; i++)
            row.Evaluate(inputs.First[i], inputs.Second[i], inputs.Third[i], i, n, lnPrediction, jacobian);
    }

    /// <summary>The constants of one evaluation, and the per-row value and gradient of ln L.</summary>
    private readonly struct RowKernel
    {
        private readonly double _e, _a, _b, _alpha, _beta, _rd, _rn, _lnG, _ratio;
        private readonly double _dLnGdAlpha, _dLnGdBeta, _sum;

        public RowKernel(ReadOnlySpan<double> theta)
        {
            (_e, _a, _b) = (Math.Exp(theta[E]), theta[A], theta[B]);
            (_alpha, _beta) = (theta[Alpha], theta[Beta]);
            (_rd, _rn) = (Math.Exp(theta[RD]), Math.Exp(theta[RN]));
            _sum = _alpha + _beta;
            _ratio = _beta / _alpha;
            _lnG = (Math.Log(_alpha) + _a - Math.Log(_beta) - _b) / _sum;
            _dLnGdAlpha = (1 / _alpha - _lnG) / _sum;
            _dLnGdBeta = (-1 / _beta - _lnG) / _sum;
        }

        public void Evaluate(double lnN, double lnD, double lnUnique, int i, int n, Span<double> lnPrediction, Span<double> jacobian)
        {
            var lnU = Math.Min(lnUnique, lnD);
            var (lnDEff, dLnDdRd) = Effective(Math.Exp(lnU), Math.Exp(lnD - lnU) - 1, _rd);
            var pB = Math.Exp(_b - _beta * lnDEff);

            // ln N' and its derivatives in a, b, alpha, beta (through M) and ln R_N*.
            double lnNEff = lnN, dA = 0, dB = 0, dAlpha = 0, dBeta = 0, dRn = 0;
            var lnM = _ratio * (lnU + _lnG) + _lnG;
            if (lnN > lnM)
            {
                var m = Math.Exp(lnM);
                var repeats = Math.Exp(lnN - lnM) - 1;
                (lnNEff, dRn) = Effective(m, repeats, _rn);
                // ∂N'/∂ln M at fixed N, divided by N'.
                var y = repeats / _rn;
                var dLnNdLnM = (m * (1 + _rn * -double.ExpM1(-y)) - Math.Exp(-y) * Math.Exp(lnN)) / Math.Exp(lnNEff);
                var k = _ratio + 1;
                dA = dLnNdLnM * k / _sum;
                dB = -dA;
                dAlpha = dLnNdLnM * (k * _dLnGdAlpha - _ratio / _alpha * (lnU + _lnG));
                dBeta = dLnNdLnM * (k * _dLnGdBeta + (lnU + _lnG) / _alpha);
            }
            var pA = Math.Exp(_a - _alpha * lnNEff);

            var total = _e + pA + pB;
            lnPrediction[i] = Math.Log(total);
            jacobian[E * n + i] = _e / total;
            jacobian[A * n + i] = pA * (1 - _alpha * dA) / total;
            jacobian[B * n + i] = (pB - pA * _alpha * dB) / total;
            jacobian[Alpha * n + i] = -pA * (lnNEff + _alpha * dAlpha) / total;
            jacobian[Beta * n + i] = (-pB * lnDEff - pA * _alpha * dBeta) / total;
            jacobian[RD * n + i] = -pB * _beta * dLnDdRd / total;
            jacobian[RN * n + i] = -pA * _alpha * dRn / total;
        }

        // ln of U + U·R*·(1 − e^(−R/R*)) for R = max(repeats, 0), and its derivative in ln R*.
        private static (double Log, double DLogDLnRStar) Effective(double unique, double repeats, double rStar)
        {
            var x = Math.Max(repeats, 0) / rStar;
            var decay = Math.Exp(-x);
            var gain = -double.ExpM1(-x);
            var effective = unique * (1 + rStar * gain);
            return (Math.Log(effective), unique * rStar * (gain - x * decay) / effective);
        }
    }
}
