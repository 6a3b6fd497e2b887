using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// Bounds enforced by the solver, not by pinning and refitting: through lmfit's change of variables, or by
/// Levenberg–Marquardt's projected steps (<see cref="BoundHandling.Projected"/>).
/// </summary>
public sealed class BoundsTests
{
    private static readonly NistProblem Misra1a = NistProblem.Read("Misra1a");

    public static TheoryData<double, double> Kinds() => new()
    {
        { 0.0, 5.0 },                       // both ends
        { -2.0, double.PositiveInfinity },  // lower only
        { double.NegativeInfinity, 3.0 },   // upper only
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_transform_round_trips_and_its_derivative_matches_central_differences(double lower, double upper)
    {
        var bounds = new ParameterBounds(lower, upper);
        foreach (var theta in new[] { -1.5, 0.2, 1.0, 2.9 })
        {
            if (!bounds.Contains(theta))
                continue;
            var u = bounds.ToUnbounded(theta);
            Assert.Equal(theta, bounds.ToBounded(u), 1e-12);
            const double h = 1e-6;
            var numeric = (bounds.ToBounded(u + h) - bounds.ToBounded(u - h)) / (2 * h);
            Assert.Equal(numeric, bounds.Derivative(u), 1e-8);
        }
        // Any u maps inside the interval.
        foreach (var u in new[] { -1e3, -3.0, 0.0, 7.0, 1e3 })
            Assert.True(bounds.Contains(bounds.ToBounded(u)));
    }

    [Theory]
    [InlineData(FitObjective.LeastSquares)]
    [InlineData(FitObjective.HuberLog)]
    public void The_objectives_gradient_through_the_bounds_matches_central_differences(FitObjective kind)
    {
        var model = NistModels.For(Misra1a);
        var constraints = ParameterConstraints.None.Bound("b1", 100, 400).Bound("b2", 0, double.PositiveInfinity);
        var layout = ParameterLayout.Create(model.Parameters, constraints);
        var objective = new ModelObjective(model, layout, kind, 0.01);
        var z = layout.Compress([250.0, 5e-4]);
        var gradient = new double[2];
        objective.Evaluate(z, gradient);
        for (var s = 0; s < 2; s++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(z[s]));
            double[] plus = [.. z], minus = [.. z];
            plus[s] += h;
            minus[s] -= h;
            var numeric = (objective.Evaluate(plus, new double[2]) - objective.Evaluate(minus, new double[2])) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[s]) <= 1e-6 * Math.Max(1, Math.Abs(numeric)), $"slot {s}: analytic {gradient[s]:R}, numeric {numeric:R}");
        }
    }

    [Fact]
    public void An_optimum_beyond_a_bound_lands_on_it_and_is_flagged_with_levenberg_marquardt()
    {
        // The certified b1 is 238.9; held to at most 200 it must end on 200, with b2 the best for b1 = 200.
        var bounded = Fit(FitSolver.LevenbergMarquardt, ParameterConstraints.None.Bound("b1", 0, 200));
        var pinned = Fit(FitSolver.LevenbergMarquardt, ParameterConstraints.None.Fix("b1", 200));

        Assert.Equal(FitStatus.AtBound, bounded.Status);
        Assert.Equal(BoundHit.Upper, bounded["b1"].Bound);
        Assert.Equal(200, bounded["b1"].Value, 1e-6);
        Assert.True(double.IsNaN(bounded["b1"].StandardError));
        Assert.Contains(bounded.Diagnostics, d => d is ParameterAtBound { Parameter: "b1", Side: BoundHit.Upper });
        NistTests.AssertSignificant(pinned["b2"].Value, bounded["b2"].Value, 6, "b2 with b1 on its bound");
        Assert.Equal(BoundHit.None, bounded["b2"].Bound);
    }

    [Fact]
    public void An_optimum_beyond_a_bound_lands_on_it_and_is_flagged_with_lbfgs()
    {
        // Chinchilla's α is 0.347 unbounded; kept at most 0.3 it must end on 0.3, the other parameters those of the
        // fit with α held at 0.3. (Misra1a's b2 ~ 5e-4 is too badly scaled for L-BFGS's loose search tolerances to
        // reach the bound: its search stops 0.1% short of it, so that case runs with Levenberg–Marquardt above.)
        var table = ChinchillaEpoch.Shared.Table;
        var bounded = new LawFitter(ChinchillaLaw.Instance, FitOptions.Default with { Constraints = ParameterConstraints.None.Bound("alpha", 0, 0.3) }).Fit(table);
        var pinned = new LawFitter(ChinchillaLaw.Instance, FitOptions.Default with { Constraints = ParameterConstraints.None.Fix("alpha", 0.3) }).Fit(table);

        Assert.Equal(FitStatus.AtBound, bounded.Status);
        Assert.Equal(BoundHit.Upper, bounded.Estimates[ChinchillaLaw.Alpha].Bound);
        Assert.Equal(0.3, bounded["alpha"], 1e-9);
        Assert.Contains(bounded.Diagnostics, d => d is ParameterAtBound { Parameter: "alpha", Side: BoundHit.Upper });
        Assert.Equal(pinned.ObjectiveValue, bounded.ObjectiveValue, 1e-12);
        foreach (var name in new[] { "E", "A", "beta" })
            Assert.True(Math.Abs(bounded[name] / pinned[name] - 1) < 1e-4, $"{name}: bounded {bounded[name]:R}, pinned {pinned[name]:R}");
    }

    [Theory]
    [InlineData(0.0, 200.0, BoundHit.Upper)] // the certified b1 is 238.9
    [InlineData(260.0, 1000.0, BoundHit.Lower)]
    public void Projected_steps_end_exactly_on_the_bound_at_the_pinned_optimum(double lower, double upper, BoundHit side)
    {
        var face = side == BoundHit.Upper ? upper : lower;
        var bounded = Fit(FitSolver.LevenbergMarquardt, ParameterConstraints.None.Bound("b1", lower, upper), BoundHandling.Projected);
        var pinned = Fit(FitSolver.LevenbergMarquardt, ParameterConstraints.None.Fix("b1", face));

        Assert.Equal(FitStatus.AtBound, bounded.Status);
        Assert.Equal(side, bounded["b1"].Bound);
        Assert.Equal(face, bounded["b1"].Value); // exactly: the step is projected onto the face
        Assert.True(double.IsNaN(bounded["b1"].StandardError));
        Assert.Contains(bounded.Diagnostics, d => d is ParameterAtBound { Parameter: "b1" } a && a.Side == side);
        Assert.Equal(pinned.ObjectiveValue, bounded.ObjectiveValue, 1e-12 * pinned.ObjectiveValue);
        NistTests.AssertSignificant(pinned["b2"].Value, bounded["b2"].Value, 8, "b2 with b1 on its bound");
        // The residual variance divides by n − 2 with b1 on its bound (as with the transform), by n − 1 with it held.
        var rows = Misra1a.Y.Length;
        NistTests.AssertSignificant(pinned["b2"].StandardError * Math.Sqrt((rows - 1.0) / (rows - 2)), bounded["b2"].StandardError, 6, "SE(b2) with b1 on its bound");
    }

    [Fact]
    public void Without_bounds_the_projected_solver_takes_the_unconstrained_steps_to_the_bit()
    {
        var plain = Fit(FitSolver.LevenbergMarquardt, ParameterConstraints.None);
        var projected = Fit(FitSolver.LevenbergMarquardt, ParameterConstraints.None, BoundHandling.Projected);
        var loose = Fit(FitSolver.LevenbergMarquardt, ParameterConstraints.None.Bound("b1", 0, 1e4), BoundHandling.Projected);

        Assert.Equal(plain.Values.ToArray(), projected.Values.ToArray());
        Assert.Equal((plain.ObjectiveValue, plain.Iterations), (projected.ObjectiveValue, projected.Iterations));
        Assert.Equal(plain.Values.ToArray(), loose.Values.ToArray()); // a bound never reached leaves every step as it was
    }

    [Fact]
    public void A_start_outside_the_box_is_moved_onto_it_and_projected_bounds_need_levenberg_marquardt()
    {
        var fit = new ModelFitter(FitOptions.Default with
        {
            Objective = FitObjective.LeastSquares, Solver = FitSolver.LevenbergMarquardt, Bounds = BoundHandling.Projected,
            Start = [500, 1e-4], Constraints = ParameterConstraints.None.Bound("b1", 0, 200),
        }).Fit(NistModels.For(Misra1a));
        var refused = Assert.Throws<ScalingLawsException>(() =>
            new ModelFitter(FitOptions.Default with { Bounds = BoundHandling.Projected }).Fit(NistModels.For(Misra1a)));

        Assert.Equal((FitStatus.AtBound, 200.0), (fit.Status, fit["b1"].Value));
        Assert.Contains("Levenberg–Marquardt solver only", refused.Message);
    }

    [Theory]
    [InlineData(FitSolver.LevenbergMarquardt, BoundHandling.Transform)]
    [InlineData(FitSolver.LevenbergMarquardt, BoundHandling.Projected)]
    [InlineData(FitSolver.Lbfgs, BoundHandling.Transform)]
    public void Loose_bounds_leave_an_interior_optimum_and_its_errors_unchanged(FitSolver solver, BoundHandling handling)
    {
        var fit = Fit(solver, ParameterConstraints.None.Bound("b1", 100, 400).Bound("b2", 0, 0.01), handling);

        Assert.Equal(FitStatus.Converged, fit.Status);
        for (var j = 0; j < 2; j++)
        {
            Assert.Equal(BoundHit.None, fit.Parameters[j].Bound);
            NistTests.AssertSignificant(Misra1a.Certified[j], fit.Parameters[j].Value, 6, $"b{j + 1}");
            NistTests.AssertSignificant(Misra1a.CertifiedErrors[j], fit.Parameters[j].StandardError, 4, $"SE(b{j + 1})");
        }
    }

    [Fact]
    public void A_log_scaled_parameters_bounds_are_taken_in_natural_units()
    {
        var parameters = ChinchillaLaw.Instance.Parameters;
        var layout = ParameterLayout.Create(parameters, ParameterConstraints.None.Bound("E", 0, 2).Bound("alpha", 0.1, 0.5));

        Assert.Equal(new ParameterBounds(double.NegativeInfinity, Math.Log(2)), layout.BoundsOf(ChinchillaLaw.E));
        Assert.Equal(new ParameterBounds(0.1, 0.5), layout.BoundsOf(ChinchillaLaw.Alpha));
        Assert.True(layout.BoundsOf(ChinchillaLaw.A).IsNone);
    }

    [Theory]
    [InlineData("alpha", 1.0, 0.5, "below the upper bound")]
    [InlineData("E", -1.0, 0.0, "upper bound must be")]
    [InlineData("gamma", 0.0, 1.0, "unknown parameter 'gamma'")]
    public void Impossible_bounds_are_refused(string name, double lower, double upper, string fragment)
    {
        var error = Assert.Throws<ScalingLawsException>(() =>
            ParameterLayout.Create(ChinchillaLaw.Instance.Parameters, ParameterConstraints.None.Bound(name, lower, upper), "chinchilla"));
        Assert.Contains(fragment, error.Message);
    }

    private static ModelFit Fit(FitSolver solver, ParameterConstraints constraints, BoundHandling handling = BoundHandling.Transform) =>
        new ModelFitter(FitOptions.Default with
        {
            Objective = FitObjective.LeastSquares,
            Solver = solver,
            Bounds = handling,
            Start = Misra1a.Start2,
            Constraints = constraints,
            Optimizer = FitOptions.Default.Optimizer with { MaxIterations = 20_000 },
            SearchOptimizer = FitOptions.Default.SearchOptimizer with { MaxIterations = 20_000 },
        }).Fit(NistModels.For(Misra1a));
}
