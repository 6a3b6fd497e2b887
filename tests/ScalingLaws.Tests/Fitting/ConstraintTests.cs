using ScalingLaws.Cli.Options;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>Fixed and tied parameters in a fit (--fix, --tie), and the errors for impossible constraints.</summary>
public sealed class ConstraintTests
{
    private static readonly double[] Truth = Synthetic.Chinchilla;

    private static FitResult Fit(ParameterConstraints constraints, IReadOnlyList<double>? start = null) =>
        new LawFitter(ChinchillaLaw.Instance, new FitOptions { Constraints = constraints, Start = start })
            .Fit(Synthetic.Sweep(ChinchillaLaw.Instance, Truth, 0.005));

    /// <summary>Hoffmann's rounded values: a single start keeps the fits that need no grid fast.</summary>
    private static double[] Hoffmann => [1.69, 406.4, 410.7, 0.34, 0.28];

    [Fact]
    public void Fixed_alpha_is_held_exactly()
    {
        var fit = Fit(ParameterConstraints.None.Fix("alpha", 0.3527));

        Assert.Equal(0.3527, fit["alpha"]); // exactly: a linear-scale value is never transformed
        Assert.Equal(ParameterRole.Fixed, fit.Roles[ChinchillaLaw.Alpha]);
        Assert.Equal(4, fit.FreeCount);
        // The grid spans only the free parameters: 5 × 6 × 6 × 5.
        Assert.Equal(900, fit.Starts);
        // β is untouched by the constraint (truth 0.3) and the fit still matches the data.
        Assert.Equal(0.3, fit["beta"], 0.01);
        Assert.True(fit.Metrics.R2 > 0.99);
    }

    [Fact]
    public void Fixed_coefficient_is_held_to_rounding()
    {
        // A is fitted as ln A; exp(ln 400) returns 400 to within an ulp or two.
        var fit = Fit(ParameterConstraints.None.Fix("A", 400), Hoffmann);

        Assert.Equal(400, fit["A"], 1e-12 * 400);
        Assert.Equal(ParameterRole.Fixed, fit.Roles[ChinchillaLaw.A]);
    }

    [Fact]
    public void Tied_alpha_and_beta_are_equal()
    {
        var fit = Fit(ParameterConstraints.None.Tie("alpha", "beta"), Hoffmann);

        Assert.Equal(fit["beta"], fit["alpha"]); // one slot, so bit-for-bit equal
        Assert.Equal(ParameterRole.Tied, fit.Roles[ChinchillaLaw.Alpha]);
        Assert.Equal(ParameterRole.Free, fit.Roles[ChinchillaLaw.Beta]);
        Assert.Equal(4, fit.FreeCount);
        Assert.Equal(1, fit.Starts);
        Assert.Equal(1, fit.ConvergedStarts);
        // A common exponent for truth 0.33 / 0.3 lands near them.
        Assert.InRange(fit["alpha"], 0.27, 0.36);
    }

    [Fact]
    public void Parameter_names_are_case_insensitive()
    {
        var layout = ParameterLayout.Create(ChinchillaLaw.Instance.Parameters, ParameterConstraints.None.Fix("ALPHA", 0.3).Tie("Beta", "ALPHA"));

        Assert.Equal(ParameterRole.Fixed, layout.Roles[ChinchillaLaw.Alpha]);
        Assert.Equal(ParameterRole.Tied, layout.Roles[ChinchillaLaw.Beta]);
    }

    private static ScalingLawsException Error(ParameterConstraints constraints)
    {
        var error = Assert.Throws<ScalingLawsException>(() => Fit(constraints));
        Messages.AssertOneLine(error.Message);
        return error;
    }

    [Fact]
    public void Unknown_parameter_names_the_valid_ones()
    {
        var error = Error(ParameterConstraints.None.Fix("gamma", 0.3));

        Assert.Contains("'gamma'", error.Message);
        Assert.Contains("E, A, B, alpha, beta", error.Message);
    }

    [Fact]
    public void Unknown_tie_target_names_the_valid_ones()
    {
        var error = Error(ParameterConstraints.None.Tie("alpha", "delta"));

        Assert.Contains("'delta'", error.Message);
        Assert.Contains("E, A, B, alpha, beta", error.Message);
    }

    [Fact]
    public void Tie_across_scales_is_an_error()
    {
        var error = Error(ParameterConstraints.None.Tie("A", "alpha"));

        Assert.Contains("different scales", error.Message);
    }

    [Fact]
    public void Tie_to_itself_is_an_error()
    {
        Assert.Contains("itself", Error(ParameterConstraints.None.Tie("beta", "beta")).Message);
    }

    [Fact]
    public void Fixing_and_tying_the_same_parameter_is_an_error()
    {
        Assert.Contains("already fixed or tied", Error(ParameterConstraints.None.Fix("alpha", 0.3).Tie("alpha", "beta")).Message);
    }

    [Theory]
    [InlineData("A", 0.0)]
    [InlineData("E", -1.7)]
    [InlineData("B", double.PositiveInfinity)]
    [InlineData("alpha", double.NaN)]
    public void Fixed_value_must_be_finite_and_positive_on_the_log_scale(string name, double value)
    {
        var error = Error(ParameterConstraints.None.Fix(name, value));

        Assert.Contains($"--fix {name}=", error.Worded());
        Assert.Contains("finite", error.Message);
    }

    [Fact]
    public void Negative_exponent_may_be_fixed()
    {
        // Exponents are linear-scale: any finite value is allowed (the fit itself may be poor).
        var layout = ParameterLayout.Create(ChinchillaLaw.Instance.Parameters, ParameterConstraints.None.Fix("beta", -0.1));

        Assert.Equal(ParameterRole.Fixed, layout.Roles[ChinchillaLaw.Beta]);
    }
}
