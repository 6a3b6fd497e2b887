using ScalingLaws.Optimization;

namespace ScalingLaws.Curves;

/// <summary>
/// The fitting procedure of the Multi-Power Law repository (Luo et al. 2025, thu-yao-01-luo/MultiPowerLaw), step for step:
/// <list type="number">
/// <item>fit the four-parameter <see cref="MultiPowerInitialLaw"/> from its 135-point grid, for L0, A, alpha and B;</item>
/// <item>add C = 1, beta = 0.5, gamma = 0.5 and run AdamW (PyTorch defaults, weight decay 0.01) on the summed
/// Huber(δ) of log residuals in natural units, learning rate 5e-2 for L0, A, B, C and 5e-3 for alpha, beta, gamma,
/// at most 200 steps, patience 20.</item>
/// </list>
/// The second stage stops far from the objective's minimum on purpose: the published parameters and accuracies come
/// from this early stop, which keeps the fit close to the simplified law's and predicts long runs better.
/// </summary>
internal static class MultiPowerPublishedFit
{
    /// <summary>The repository's AdamW: PyTorch's defaults, two learning rates, 200 steps, patience 20.</summary>
    public static AdamWSettings Steps { get; } = new()
    {
        LearningRates = [5e-2, 5e-2, 5e-3, 5e-2, 5e-2, 5e-3, 5e-3], // L0, A, alpha, B, C, beta, gamma
    };

    /// <summary>The parameters (fitting scale), the AdamW run (its value: the objective where it stopped) and the initial fit's starts.</summary>
    public sealed record Outcome(double[] Theta, MinimizationResult Result, int Starts, int ConvergedStarts);

    public static Outcome Run(MultiPowerLaw law, IReadOnlyList<LossCurve> curves, CurveFitOptions options, CancellationToken cancellation)
    {
        var features = curves.Select(law.Prepare).ToArray(); // first, so that a run without a schedule is named for this law
        var initial = new CurveFitter(MultiPowerInitialLaw.Instance, options with { Procedure = CurveFitProcedure.Minimum }).Fit(curves, cancellation);
        var peak = curves.Max(c => AnnealingLaw.MaxRate(c.Schedule!));
        // C·η^(−gamma)·S grows as η^(1 − gamma) per step: C = 1 at the repository's peak rate 3e-4, scaled for others.
        var c = Math.Pow(3e-4 / peak, 0.5);
        double[] start = [initial.Values[0], initial.Values[1], initial.Values[2], initial.Values[3], c, 0.5, 0.5];
        var model = new CurveModel(law, curves, features);
        var identity = ParameterLayout.Create(law.Parameters, ParameterConstraints.None, law.Name);
        var objective = new NaturalUnits(new ModelObjective(model, identity, FitObjective.HuberLog, options.Delta, options.MaxDegreeOfParallelism), law);
        var values = new double[law.ParameterCount];
        var result = new AdamW(Steps).Minimize(objective, start, values);
        if (!double.IsFinite(result.Value))
            throw new ScalingLawsException($"the {law.Name} law's published fitting procedure reached a non-finite objective; fit it to the minimum instead.");
        return new Outcome(law.ToInternal(values), result, initial.Starts, initial.ConvergedStarts);
    }

    /// <summary>The objective in natural units, as the repository's AdamW sees it: ∂f/∂v = (∂f/∂ln v)/v on log-scaled parameters.</summary>
    private sealed class NaturalUnits(IDifferentiableFunction inner, CurveLaw law) : IDifferentiableFunction
    {
        private readonly double[] theta = new double[law.ParameterCount];
        private readonly ImmutableArray<Laws.LawParameter> parameters = law.Parameters;

        public int Dimension => theta.Length;

        public double Evaluate(ReadOnlySpan<double> x, Span<double> gradient)
        {
            for (var j = 0; j < theta.Length; j++)
                theta[j] = parameters[j].ToInternal(x[j]);
            var value = inner.Evaluate(theta, gradient);
            for (var j = 0; j < theta.Length; j++)
            {
                if (parameters[j].Scale == Laws.ParameterScale.Log)
                    gradient[j] /= x[j];
            }
            return value;
        }
    }
}
