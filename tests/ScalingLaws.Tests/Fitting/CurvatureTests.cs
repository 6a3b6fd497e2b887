using MathNet.Numerics.LinearAlgebra;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Optimization;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// The curvature diagnostic comes from the analytic Gauss–Newton matrix, so it calls a direction flat only when it is:
/// central differences of the Huber objective's gradient cross the loss's kinks and used to report well-determined
/// fits as "flat or a saddle".
/// </summary>
public sealed class CurvatureTests
{
    [Fact]
    public void A_well_determined_huber_fit_that_finite_differences_call_flat_is_positive_definite()
    {
        // Chinchilla, 5 highest losses dropped, α held at Muennighoff's 0.3527: the fit the old diagnostic flagged.
        var table = ChinchillaEpoch.Shared.Table;
        var options = FitOptions.Default with { Constraints = ParameterConstraints.None.Fix("alpha", 0.3527) };
        var fit = new LawFitter(ChinchillaLaw.Instance, options).Fit(table);
        var problem = FitProblem.Create(ChinchillaLaw.Instance, table, options);
        var optimum = problem.Layout.Compress(ChinchillaLaw.Instance.ToInternal(fit.Values.AsSpan()));

        var differenced = DifferencedHessian(problem.CreateObjective(), optimum);

        Assert.False(PositiveDefinite(differenced), "the finite-difference Hessian was expected to look indefinite here");
        Assert.Equal(FitStatus.Converged, fit.Status);
        Assert.True(fit.Curvature.PositiveDefinite);
        Assert.DoesNotContain(fit.Diagnostics, d => d is FlatDirection);
        Assert.All(fit.Estimates.Where(e => e.Role == ParameterRole.Free), e => Assert.True(e.StandardError > 0 && double.IsFinite(e.StandardError), e.Name));
    }

    [Fact]
    public void A_genuinely_flat_direction_is_flagged_as_ill_determined()
    {
        // y = (b1 + b2)·x: only the sum is determined, whatever the data.
        double[] x = [1, 2, 3, 4, 5, 6];
        double[] y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.0];
        var model = new FunctionModel("sum", ["b1", "b2"], y, (b, i, g) =>
        {
            (g[0], g[1]) = (x[i], x[i]);
            return (b[0] + b[1]) * x[i];
        });

        var fit = new ModelFitter(FitOptions.Default with { Objective = FitObjective.LeastSquares, Start = [1.0, 0.5] }).Fit(model);

        Assert.Equal(FitStatus.IllDetermined, fit.Status);
        Assert.False(fit.Curvature.PositiveDefinite);
        var flat = Assert.Single(fit.Diagnostics.OfType<FlatDirection>());
        Assert.Equal(["b1", "b2"], flat.Parameters.Order());
        Assert.All(fit.Parameters, p => Assert.True(double.IsNaN(p.StandardError)));
        // The sum itself is the least-squares slope Σxy/Σx².
        Assert.Equal(x.Zip(y, (a, b) => a * b).Sum() / x.Sum(a => a * a), fit.Values[0] + fit.Values[1], 1e-9);
    }

    [Fact]
    public void Least_squares_standard_errors_are_curve_fits_and_huber_ones_the_sandwich()
    {
        // With δ above every residual the Huber objective is least squares on ln y, and the sandwich reduces to
        // H⁻¹(Σr²JJᵀ)H⁻¹ with H = JᵀJ: checked against that formula computed here from the model's Jacobian.
        var problem = NistProblem.Read("Misra1a");
        var model = NistModels.For(problem);
        var fit = new ModelFitter(FitOptions.Default with { Objective = FitObjective.HuberLog, Delta = 10, Start = problem.Start2 }).Fit(model);
        var b = fit.Values.ToArray();
        var jacobian = Matrix<double>.Build.Dense(problem.X.Length, 2);
        var residuals = new double[problem.X.Length];
        var gradient = new double[2];
        for (var i = 0; i < problem.X.Length; i++)
        {
            var prediction = Misra1a(b, problem.X[i], gradient);
            residuals[i] = Math.Log(problem.Y[i]) - Math.Log(prediction);
            for (var j = 0; j < 2; j++)
                jacobian[i, j] = gradient[j] / prediction;
        }
        var bread = (jacobian.TransposeThisAndMultiply(jacobian)).Inverse();
        var meat = jacobian.Transpose() * Matrix<double>.Build.DenseOfDiagonalArray([.. residuals.Select(r => r * r)]) * jacobian;
        var sandwich = bread * meat * bread;

        for (var j = 0; j < 2; j++)
            Assert.Equal(1, fit.Parameters[j].StandardError / Math.Sqrt(sandwich[j, j]), 1e-6);
    }

    private static double Misra1a(double[] b, double x, double[] g)
    {
        var e = Math.Exp(-b[1] * x);
        (g[0], g[1]) = (1 - e, b[0] * x * e);
        return b[0] * (1 - e);
    }

    // The former diagnostic, now the Newton finish's Hessian: central differences of the analytic gradient, symmetrised.
    private static Matrix<double> DifferencedHessian(IDifferentiableFunction objective, double[] optimum) =>
        NewtonPolish.DifferencedHessian(objective, optimum);

    private static bool PositiveDefinite(Matrix<double> hessian) =>
        hessian.Diagonal().All(d => d > 0) && hessian.Evd(Symmetricity.Symmetric).EigenValues.All(v => v.Real > 0);
}
