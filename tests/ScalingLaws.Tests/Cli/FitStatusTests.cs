using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling fit</c>: the status, the curvature's standard errors and 95% intervals, --bound, --strict and --stop-early (on by default for the full grid).</summary>
public sealed class FitStatusTests
{
    [Fact]
    public void A_converged_fit_reports_its_status_and_curvature_standard_errors()
    {
        var result = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--json").AssertSuccess();
        var fit = result.Json;

        Assert.Equal("converged", (string)fit["status"]!);
        foreach (var name in new[] { "E", "A", "B", "alpha", "beta" })
        {
            var error = Near.Number(fit["standardErrors"]![name], name);
            Assert.InRange(error / Near.Number(fit["params"]![name]), 1e-3, 1.0);
            var interval = fit["intervals95"]![name]!.AsArray();
            Assert.InRange(Near.Number(fit["params"]![name]), Near.Number(interval[0]), Near.Number(interval[1]));
        }
        // α is fitted on its own scale: ± t·SE with t on 240 − 5 rows' degrees of freedom (1.970).
        var alpha = fit["intervals95"]!["alpha"]!.AsArray();
        Assert.Equal(1.970, (Near.Number(alpha[1]) - Near.Number(alpha[0])) / 2 / Near.Number(fit["standardErrors"]!["alpha"]), 3);
        Assert.Null(fit["atBound"]);
    }

    [Fact]
    public void The_full_grid_stops_early_by_default_says_how_many_and_reaches_the_every_start_optimum()
    {
        string[] fit = ["fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--json"];
        var early = ScalingProcess.Run(fit).AssertSuccess().Json;
        var full = ScalingProcess.Run([.. fit, "--stop-early", "false"]).AssertSuccess().Json;
        var coarse = ScalingProcess.Run([.. fit, "--start-stride", "2"]).AssertSuccess().Json;
        var coarseEarly = ScalingProcess.Run([.. fit, "--start-stride", "2", "--stop-early"]).AssertSuccess().Json;

        // Measured 2,216 of 4,500 starts stopped; the winner is finished by Newton steps either way (13+ digits agree).
        Assert.Matches(@"^\d,\d{3} of 4,500 starts stopped early", StoppedNote(early));
        Assert.Null(StoppedNote(full));
        // A stride-2 grid (243 starts) runs every start unless asked.
        Assert.Null(StoppedNote(coarse));
        Assert.Matches(@"^\d+ of 243 starts stopped early", StoppedNote(coarseEarly));
        foreach (var name in new[] { "E", "A", "B", "alpha", "beta" })
            Near.Relative(Near.Number(full["params"]![name], name), Near.Number(early["params"]![name], name), 1e-10, name);
    }

    private static string? StoppedNote(JsonNode fit) =>
        fit["notes"]!.AsArray().Select(n => (string)n!).SingleOrDefault(n => n.Contains("stopped early"));

    [Fact]
    public void A_parameter_held_by_its_bound_is_reported_and_strict_turns_it_into_exit_3()
    {
        var json = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--bound", "alpha=0:0.3", "--json").AssertSuccess().Json;
        var strict = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--bound", "alpha=0:0.3", "--strict");

        Assert.Equal("at-bound", (string)json["status"]!);
        Assert.Equal("upper", (string)json["atBound"]!["alpha"]!);
        Assert.Equal(0.3, Near.Number(json["params"]!["alpha"]), 9);
        Assert.Null(json["standardErrors"]!["alpha"]);
        Assert.Null(json["intervals95"]!["alpha"]);
        Assert.Contains(json["warnings"]!.AsArray(), w => ((string)w!).Contains("alpha = 0.3 is on its upper bound"));
        Assert.Equal(3, strict.ExitCode);
        Assert.Contains("status: converged with a parameter on its bound", strict.Stdout);
        Assert.Contains("Loosen --bound alpha", strict.Stdout);
    }

    [Fact]
    public void Strict_passes_a_fit_without_warnings()
    {
        // With the coefficients A and B borrowed, E, α and β are determined without a strongly correlated pair.
        var result = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--fix", "A=477.8", "--fix", "B=2143", "--strict");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("status: converged", result.Stdout);
        Assert.Contains("SE (curvature)", result.Stdout);
        Assert.DoesNotContain("warning", result.Stdout);
    }

    /// <summary>
    /// Levenberg–Marquardt keeps a bounded parameter in its box itself: held by its bound it ends exactly on it; with no
    /// bound reached it finds the optimum L-BFGS finds.
    /// </summary>
    [Fact]
    public void Levenberg_Marquardt_ends_exactly_on_a_bound_and_matches_lbfgs_without_one()
    {
        string[] leastSquares = ["fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--objective", "least-squares", "--start-stride", "2", "--json"];
        var bounded = ScalingProcess.Run([.. leastSquares, "--solver", "levenberg-marquardt", "--bound", "alpha=:0.3"]).AssertSuccess().Json;
        var free = ScalingProcess.Run([.. leastSquares, "--solver", "levenberg-marquardt"]).AssertSuccess().Json;
        var lbfgs = ScalingProcess.Run(leastSquares).AssertSuccess().Json;

        Assert.Equal("at-bound", (string)bounded["status"]!);
        Assert.Equal(0.3, Near.Number(bounded["params"]!["alpha"]), 12);
        Assert.True(Near.Number(bounded["objective"]) > Near.Number(free["objective"]), "the bound costs objective");
        Assert.Equal("converged", (string)free["status"]!);
        Near.Relative(Near.Number(lbfgs["objective"]), Near.Number(free["objective"]), 1e-8, "objective");
        Near.Relative(Near.Number(lbfgs["params"]!["alpha"]), Near.Number(free["params"]!["alpha"]), 1e-4, "alpha");
    }

    [Theory]
    [InlineData("alpha=1", "write it as P=LOW:HIGH")]
    [InlineData("alpha=:", "write it as P=LOW:HIGH")]
    [InlineData("alpha=1:0", "the lower bound must be below the upper bound")]
    [InlineData("alpha=a:1", "not a quantity")]
    [InlineData("gamma=0:1", "unknown parameter 'gamma'")]
    public void Impossible_bounds_are_input_errors(string bound, string fragment) =>
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--bound", bound).AssertInputError(fragment);

    [Fact]
    public void A_law_file_named_like_the_data_is_refused_before_anything_is_written()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var data = Path.Combine(folder.FullName, "runs.csv");
            File.Copy(ChinchillaEpoch.Path, data);
            var before = File.ReadAllBytes(data);

            ScalingProcess.Run("fit", data, "--out", data).AssertInputError($"--out {data}: this is {data}, which the command reads");

            Assert.Equal(before, File.ReadAllBytes(data));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--bound", "alpha=0:1", "alpha=0:2")]
    [InlineData("--fix", "alpha=0.3", "Alpha=0.4")]
    [InlineData("--tie", "alpha=beta", "alpha=beta")]
    public void A_parameter_given_twice_is_an_input_error(string option, string first, string second) =>
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, option, first, option, second).AssertInputError("is given twice; give each parameter once");
}
