using ScalingLaws.Fitting;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// NIST StRD nonlinear least squares on the engine: from NIST's Start 1 (far) and Start 2 (near), each solver must
/// reach the certified parameters to 6 significant figures and the certified standard deviations and residual
/// standard deviation to 4 (the covariance s²(JᵀJ)⁻¹ of scipy's curve_fit).
/// </summary>
public sealed class NistTests
{
    public static TheoryData<string, int, FitSolver> Cases()
    {
        var cases = new TheoryData<string, int, FitSolver>();
        foreach (var name in new[] { "Misra1a", "Thurber", "MGH09", "Eckerle4" })
        {
            foreach (var start in new[] { 1, 2 })
            {
                foreach (var solver in new[] { FitSolver.LevenbergMarquardt, FitSolver.Lbfgs })
                {
                    // L-BFGS from MGH09's far start stops in a local minimum: see the test below.
                    if (!(name == "MGH09" && start == 1 && solver == FitSolver.Lbfgs))
                        cases.Add(name, start, solver);
                }
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reaches_the_certified_values(string name, int start, FitSolver solver)
    {
        var problem = NistProblem.Read(name);

        var fit = new ModelFitter(Options(problem, start, solver)).Fit(NistModels.For(problem));

        Assert.Equal(FitStatus.Converged, fit.Status);
        for (var j = 0; j < problem.ParameterCount; j++)
        {
            AssertSignificant(problem.Certified[j], fit.Parameters[j].Value, 6, $"{name} b{j + 1}");
            AssertSignificant(problem.CertifiedErrors[j], fit.Parameters[j].StandardError, 4, $"{name} SE(b{j + 1})");
        }
        AssertSignificant(problem.ResidualDeviation, fit.ResidualStandardDeviation, 4, $"{name} residual SD");
    }

    [Fact]
    public void From_MGH09s_far_start_lbfgs_reaches_the_certified_minimum_or_stops_where_the_diagnostics_flag()
    {
        // MGH09 from Start 1 is NIST's known trap: a quasi-Newton method may reach a local minimum with about three
        // times the certified residual sum of squares (3.0750560385E-04), where the parameters are almost collinear.
        // Whether L-BFGS falls in depends on the last bits of its sums (it does with 512-bit vector lanes, not with
        // 256-bit ones); what must hold is that it either reaches the certified minimum or says it is in the trap.
        var problem = NistProblem.Read("MGH09");

        var lbfgs = new ModelFitter(Options(problem, 1, FitSolver.Lbfgs)).Fit(NistModels.For(problem));
        var marquardt = new ModelFitter(Options(problem, 1, FitSolver.LevenbergMarquardt)).Fit(NistModels.For(problem));

        if (lbfgs.ObjectiveValue > 5e-4)
        {
            Assert.InRange(lbfgs.ObjectiveValue, 9.0e-4, 9.8e-4);
            Assert.Contains(lbfgs.Diagnostics, d => d is StrongCorrelation { Rho: < -0.9999 });
        }
        else
        {
            AssertSignificant(3.0750560385E-04, lbfgs.ObjectiveValue, 6, "L-BFGS's residual sum of squares");
        }
        AssertSignificant(3.0750560385E-04, marquardt.ObjectiveValue, 6, "Levenberg–Marquardt's residual sum of squares");
    }

    [Fact]
    public void The_files_are_read_as_NIST_states_them()
    {
        var misra = NistProblem.Read("Misra1a");

        Assert.Equal(14, misra.X.Length);
        Assert.Equal((77.6, 10.07), (misra.X[0], misra.Y[0]));
        Assert.Equal([500, 1e-4], misra.Start1);
        Assert.Equal([2.3894212918E+02, 5.5015643181E-04], misra.Certified);
        Assert.Equal(1.0187876330E-01, misra.ResidualDeviation);
        Assert.Equal(37, NistProblem.Read("Thurber").X.Length);
        Assert.Equal(11, NistProblem.Read("MGH09").X.Length);
        Assert.Equal(35, NistProblem.Read("Eckerle4").X.Length);
    }

    private static FitOptions Options(NistProblem problem, int start, FitSolver solver) => FitOptions.Default with
    {
        Objective = FitObjective.LeastSquares,
        Solver = solver,
        Start = start == 1 ? problem.Start1 : problem.Start2,
        Optimizer = FitOptions.Default.Optimizer with { MaxIterations = 20_000 },
        SearchOptimizer = FitOptions.Default.SearchOptimizer with { MaxIterations = 20_000 },
    };

    /// <summary>Agreement to <paramref name="digits"/> significant figures: |actual − expected| ≤ ½·10^(1−digits)·|expected|.</summary>
    internal static void AssertSignificant(double expected, double actual, int digits, string what)
    {
        var tolerance = 0.5 * Math.Pow(10, 1 - digits) * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: expected {expected:R}, got {actual:R} ({digits} significant figures)");
    }
}
