using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Laws;

/// <summary>
/// Analytic derivatives against central finite differences: the Jacobian of ln L̂ on the fitting
/// scale (<see cref="ScalingLaw.LogPredict"/>), the natural-unit gradient of L
/// (<see cref="ScalingLaw.Gradient"/>) and the gradient of the fit objective (<see cref="ModelObjective"/>).
/// </summary>
public sealed class LawGradientTests
{
    // Central differences have truncation error h²/6·|f'''|. With h = 1e-6 on the fitting scale and
    // third derivatives of ln L̂ of at most ~1e4 (exponents multiply ln N ≈ 20 three times) that is
    // ~2e-9, and round-off is ~eps·|ln L̂|/h ≈ 3e-10. A tolerance of 1e-6·(1 + |J|) is three orders
    // above both, while a wrong term (missing factor, wrong sign, entry in the wrong row or column)
    // is off by O(|J|).
    private const double Step = 1e-6;
    private const double Tolerance = 1e-6;

    /// <summary>A law with parameter values (natural units) in a regime where every term matters.</summary>
    private static (ScalingLaw Law, double[] Values) Case(string name) => name switch
    {
        // A/N^α ≈ 0.4 and B/D^β ≈ 1.5 at N = 1e9, D = 1e10: both terms and E are comparable.
        "chinchilla" => (ChinchillaLaw.Instance, Synthetic.Chinchilla),
        "kaplan" => (KaplanLaw.Instance, Synthetic.Kaplan),
        "power-params" => (new OffsetPowerLaw(Field.Params), [1.8, 400, 0.33]),
        "pure-power-tokens" => (new PurePowerLaw(Field.Tokens), [1.8e13, 0.095]),
        _ => throw new ArgumentException(name),
    };

    public static TheoryData<string, int> LawsAndBlockSizes()
    {
        var data = new TheoryData<string, int>();
        // 1 and 3 rows run only ChinchillaLaw's scalar tail, 4 exactly one 256-bit vector,
        // 7 and 9 a vector plus a tail of 3 and two vectors plus a tail of 1.
        foreach (var law in new[] { "chinchilla", "kaplan", "power-params", "pure-power-tokens" })
        {
            foreach (var size in new[] { 1, 3, 4, 7, 9 })
                data.Add(law, size);
        }
        return data;
    }

    /// <summary>Log inputs spread over N ∈ [1e7, 1e11], D ∈ [1e8, 1e12], deterministic.</summary>
    private static (double[] First, double[] Second) Inputs(ScalingLaw law, int rows, int seed = 3)
    {
        var random = new Random(seed);
        var first = new double[rows];
        var second = law.Inputs.Length > 1 ? new double[rows] : [];
        for (var i = 0; i < rows; i++)
        {
            first[i] = law.Inputs[0] == Field.Tokens
                ? Math.Log(1e8) + random.NextDouble() * Math.Log(1e4)
                : Math.Log(1e7) + random.NextDouble() * Math.Log(1e4);
            if (second.Length > 0)
                second[i] = Math.Log(1e8) + random.NextDouble() * Math.Log(1e4);
        }
        return (first, second);
    }

    [Theory]
    [MemberData(nameof(LawsAndBlockSizes))]
    public void LogPredict_jacobian_matches_finite_differences(string name, int rows)
    {
        var (law, values) = Case(name);
        var theta = law.ToInternal(values);
        var (first, second) = Inputs(law, rows);
        var k = law.ParameterCount;
        var lnPrediction = new double[rows];
        var jacobian = new double[k * rows];
        law.LogPredict(theta, new LogInputs(first, second), lnPrediction, jacobian);

        var plus = new double[rows];
        var minus = new double[rows];
        var scratch = new double[k * rows];
        for (var j = 0; j < k; j++)
        {
            var shifted = (double[])theta.Clone();
            shifted[j] = theta[j] + Step;
            law.LogPredict(shifted, new LogInputs(first, second), plus, scratch);
            shifted[j] = theta[j] - Step;
            law.LogPredict(shifted, new LogInputs(first, second), minus, scratch);
            for (var i = 0; i < rows; i++)
            {
                var numeric = (plus[i] - minus[i]) / (2 * Step);
                var analytic = jacobian[j * rows + i];
                Assert.True(
                    Math.Abs(analytic - numeric) <= Tolerance * (1 + Math.Abs(analytic)),
                    $"{name}, {rows} rows: d ln L / d {law.Parameters[j].InternalName} at row {i} is {analytic}, finite differences give {numeric}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(LawsAndBlockSizes))]
    public void LogPredict_value_matches_the_formula(string name, int rows)
    {
        var (law, values) = Case(name);
        var (first, second) = Inputs(law, rows);
        var lnPrediction = new double[rows];
        law.LogPredict(law.ToInternal(values), new LogInputs(first, second), lnPrediction, new double[law.ParameterCount * rows]);

        for (var i = 0; i < rows; i++)
        {
            var x = Math.Exp(first[i]);
            var expected = name switch
            {
                "chinchilla" => values[0] + values[1] / Math.Pow(x, values[3]) + values[2] / Math.Pow(Math.Exp(second[i]), values[4]),
                "kaplan" => Math.Pow(Math.Pow(values[0] / x, values[2] / values[3]) + values[1] / Math.Exp(second[i]), values[3]),
                "power-params" => values[0] + values[1] / Math.Pow(x, values[2]),
                _ => Math.Pow(values[0] / x, values[1]),
            };
            // Same formula evaluated in a different order: agreement to a few ulps of ln L ≈ 1.
            Assert.Equal(Math.Log(expected), lnPrediction[i], 1e-12);
        }
    }

    [Fact]
    public void Chinchilla_vector_and_scalar_paths_agree()
    {
        // Nine rows at once go through two 256-bit vectors and a scalar tail; one row at a time is
        // always the scalar kernel. Vector256.Exp/Log are within a few ulps of Math.Exp/Log, so the
        // two must agree to ~1e-13 relative.
        var law = ChinchillaLaw.Instance;
        var theta = law.ToInternal(Synthetic.Chinchilla);
        var (first, second) = Inputs(law, 9, seed: 11);
        var lnBlock = new double[9];
        var jacobianBlock = new double[5 * 9];
        law.LogPredict(theta, new LogInputs(first, second), lnBlock, jacobianBlock);

        for (var i = 0; i < 9; i++)
        {
            var lnOne = new double[1];
            var jacobianOne = new double[5];
            law.LogPredict(theta, new LogInputs(first.AsSpan(i, 1), second.AsSpan(i, 1)), lnOne, jacobianOne);
            Assert.Equal(lnOne[0], lnBlock[i], 1e-13);
            for (var j = 0; j < 5; j++)
                Assert.True(Math.Abs(jacobianOne[j] - jacobianBlock[j * 9 + i]) <= 1e-13 * (1 + Math.Abs(jacobianOne[j])), $"row {i}, parameter {j}");
        }
    }

    [Theory]
    [InlineData("chinchilla")]
    [InlineData("kaplan")]
    [InlineData("power-params")]
    [InlineData("pure-power-tokens")]
    public void Natural_unit_gradient_matches_finite_differences_of_Predict(string name)
    {
        var (law, values) = Case(name);
        var (first, second) = Inputs(law, 5, seed: 7);
        var gradient = new double[law.ParameterCount];
        for (var i = 0; i < first.Length; i++)
        {
            var x = Math.Exp(first[i]);
            var y = second.Length > 0 ? Math.Exp(second[i]) : double.NaN;
            law.Gradient(values, x, y, gradient);
            for (var j = 0; j < values.Length; j++)
            {
                // Relative step: parameters range from 0.076 to 6.4e13. Truncation is ~h²·|p²·∂³L/∂p³|
                // relative, round-off ~eps·L/(h·|∂L/∂p|) ≲ 1e-8; both far below 1e-6 relative.
                var h = 1e-6 * Math.Abs(values[j]);
                var shifted = (double[])values.Clone();
                shifted[j] = values[j] + h;
                var up = law.Predict(shifted, x, y);
                shifted[j] = values[j] - h;
                var down = law.Predict(shifted, x, y);
                var numeric = (up - down) / (2 * h);
                Assert.True(
                    Math.Abs(gradient[j] - numeric) <= 1e-6 * Math.Abs(gradient[j]),
                    $"{name}: dL/d{law.Parameters[j].Name} is {gradient[j]}, finite differences give {numeric}");
            }
        }
    }

    public static TheoryData<string, FitObjective, bool> ObjectiveCases()
    {
        var data = new TheoryData<string, FitObjective, bool>();
        foreach (var law in new[] { "chinchilla", "kaplan", "power-params", "pure-power-tokens" })
        {
            foreach (var kind in new[] { FitObjective.HuberLog, FitObjective.LeastSquares })
            {
                data.Add(law, kind, false);
                data.Add(law, kind, true);
            }
        }
        return data;
    }

    // Log residuals of the objective test data: some inside the Huber threshold δ = 1e-3, some
    // beyond, all at least 4e-4 from ±δ. A step of 1e-6 moves ln L̂ by at most ~3e-5, so no
    // residual crosses the kink of Huber's second derivative during the finite differences.
    private static readonly double[] Residuals = [0, 3e-4, -6e-4, 4e-3, -2e-2, 1e-2, -1.5e-3];

    /// <summary>
    /// 2,501 rows at the law's values with the residual pattern above: three blocks of the
    /// objective (1,024 + 1,024 + 453), the last with a scalar tail of one row.
    /// </summary>
    private static ObservationTable ObjectiveTable(ScalingLaw law, double[] values)
    {
        var random = new Random(17);
        var rows = new List<Observation>();
        for (var i = 0; i < 2501; i++)
        {
            var n = Math.Exp(Math.Log(1e7) + random.NextDouble() * Math.Log(300));
            var d = Math.Exp(Math.Log(1e8) + random.NextDouble() * Math.Log(1000));
            var loss = Synthetic.Predict(law, values, n, d) * Math.Exp(Residuals[i % Residuals.Length]);
            rows.Add(new Observation(n, d, 6 * n * d, loss));
        }
        return new ObservationTable(rows, "objective");
    }

    [Theory]
    [MemberData(nameof(ObjectiveCases))]
    public void Objective_gradient_matches_finite_differences(string name, FitObjective kind, bool weighted)
    {
        var (law, values) = Case(name);
        var options = new FitOptions { Objective = kind };
        var problem = FitProblem.Create(law, ObjectiveTable(law, values), options);
        var objective = new ModelObjective(problem.Model(), problem.Layout, kind, options.Delta);
        if (weighted)
        {
            // Bootstrap-style counts, including zeros.
            var random = new Random(5);
            objective.Weights = [.. Enumerable.Range(0, problem.Data.Count).Select(_ => (double)random.Next(4))];
        }
        // At the generating values the residuals are the pattern above. For least squares (smooth
        // everywhere) also test away from them.
        var z = law.ToInternal(values);
        if (kind == FitObjective.LeastSquares)
            z[^1] += 0.01;
        var gradient = new double[z.Length];
        objective.Evaluate(z, gradient);

        var scale = gradient.Max(Math.Abs);
        Assert.True(scale > 0);
        var scratch = new double[z.Length];
        for (var j = 0; j < z.Length; j++)
        {
            var shifted = (double[])z.Clone();
            shifted[j] = z[j] + Step;
            var up = objective.Evaluate(shifted, scratch);
            shifted[j] = z[j] - Step;
            var down = objective.Evaluate(shifted, scratch);
            var numeric = (up - down) / (2 * Step);
            // Components can nearly cancel over rows, so the tolerance is relative to the largest one.
            Assert.True(
                Math.Abs(gradient[j] - numeric) <= Tolerance * scale,
                $"{name} {kind} weighted={weighted}: d f/d {law.Parameters[j].InternalName} is {gradient[j]}, finite differences give {numeric} (scale {scale})");
        }
    }
}
