using ScalingLaws.Fitting;
using ScalingLaws.Curves;

namespace ScalingLaws.Tests.Curves;

/// <summary>Every curve law's analytic Jacobian of ln L̂, and the fit objective's gradient, against central differences.</summary>
public sealed class CurveLawGradientTests
{
    public static TheoryData<string, double[]> Laws => new()
    {
        { "power", [2.5, 30, 0.45] },
        { "tissue", [2.4, 0.6, 0.45, 0.5] },
        { "multipower", [2.4, 0.6, 0.45, 500, 2, 0.6, 0.65] },
        { "multipower-exact", [2.4, 0.6, 0.45, 500, 2, 0.6, 0.65] },
        { "multipower-initial", [2.4, 0.6, 0.45, 500] },
    };

    private static CurveLaw Law(string name) => name switch
    {
        "multipower-exact" => new MultiPowerLaw(tolerance: 0),
        "multipower-initial" => MultiPowerInitialLaw.Instance,
        _ => CurveLawCatalog.Find(name),
    };

    private static LossCurve[] Curves(CurveLaw law, double[] values) =>
    [
        SyntheticCurves.Curve("cosine", law, values, SyntheticCurves.Cosine(3000), first: 250, every: 50),
        SyntheticCurves.Curve("wsd", law, values, SyntheticCurves.Wsd(3000, decay: 600), first: 250, every: 50),
    ];

    [Theory]
    [MemberData(nameof(Laws))]
    public void Jacobian_matches_central_differences(string name, double[] values)
    {
        var law = Law(name);
        foreach (var curve in Curves(law, values))
        {
            var features = law.Prepare(curve);
            var n = curve.Count;
            var theta = law.ToInternal(values);
            var jacobian = new double[n * law.ParameterCount];
            var scratch = new double[features.ScratchLength];
            law.LogPredict(theta, features, new double[n], jacobian, scratch);
            for (var j = 0; j < law.ParameterCount; j++)
            {
                var h = 1e-6 * Math.Max(1, Math.Abs(theta[j]));
                var (plus, minus) = (new double[n], new double[n]);
                var shifted = (double[])theta.Clone();
                shifted[j] = theta[j] + h;
                law.LogPredict(shifted, features, plus, new double[n * law.ParameterCount], scratch);
                shifted[j] = theta[j] - h;
                law.LogPredict(shifted, features, minus, new double[n * law.ParameterCount], scratch);
                for (var i = 0; i < n; i++)
                {
                    var numeric = (plus[i] - minus[i]) / (2 * h);
                    Assert.True(Math.Abs(jacobian[j * n + i] - numeric) <= 1e-6 * Math.Max(1, Math.Abs(numeric)),
                        $"{name} {curve.Name}: ∂lnL/∂{law.Parameters[j].InternalName} at step {curve.Steps[i]}: analytic {jacobian[j * n + i]:G8}, numeric {numeric:G8}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void Objective_gradient_matches_central_differences(string name, double[] values)
    {
        var law = Law(name);
        // Perturbed data so that residuals fall on both sides of the Huber threshold.
        var curves = Curves(law, values).Select(c => new LossCurve(c.Name, c.Steps, c.Loss.Select((l, i) => l * (1 + 0.004 * Math.Sin(i))), c.Schedule)).ToArray();
        var objective = new ModelObjective(new CurveModel(law, curves, [.. curves.Select(law.Prepare)]), ParameterLayout.Create(law.Parameters, ParameterConstraints.None), FitObjective.HuberLog, 1e-3);
        var theta = law.ToInternal(values);
        var gradient = new double[law.ParameterCount];
        objective.Evaluate(theta, gradient);
        for (var j = 0; j < theta.Length; j++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(theta[j]));
            var shifted = (double[])theta.Clone();
            shifted[j] += h;
            var plus = objective.Evaluate(shifted, new double[theta.Length]);
            shifted[j] -= 2 * h;
            var minus = objective.Evaluate(shifted, new double[theta.Length]);
            var numeric = (plus - minus) / (2 * h);
            Assert.True(Math.Abs(gradient[j] - numeric) <= 1e-6 * Math.Max(1e-3, Math.Abs(numeric)),
                $"{name}: ∂f/∂{law.Parameters[j].InternalName}: analytic {gradient[j]:G8}, numeric {numeric:G8}");
        }
    }
}
