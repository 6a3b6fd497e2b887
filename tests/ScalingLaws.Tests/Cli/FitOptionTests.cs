using System.Globalization;
using System.Text;

namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling fit</c> with other laws, constraints, objectives, row rules and column maps.</summary>
public sealed class FitOptionTests : WithTempFolder
{
    [Theory]
    [InlineData("kaplan", null, "L = [(Nc/N)^(alphaN/alphaD) + Dc/D]^alphaD", "Nc,Dc,alphaN,alphaD")]
    [InlineData("power", "flops", "L = E + A/C^alpha", "E,A,alpha")]
    [InlineData("pure-power", "params", "L = (xc/N)^alpha", "xc,alpha")]
    public void Other_laws_fit_the_chinchilla_data(string law, string? x, string formula, string parameters)
    {
        string[] args = ["fit", ScalingProcess.Chinchilla, "--law", law, "--json"];
        if (x is not null)
            args = [.. args, "--x", x];

        var fit = ScalingProcess.Run(args).AssertSuccess().Json;

        Assert.Equal(law, (string?)fit["law"]);
        Assert.Equal(formula, (string?)fit["formula"]);
        Assert.Equal(x, (string?)fit["x"]);
        Assert.Equal(245, (int?)fit["n"]);
        var values = fit["params"]!.AsObject();
        Assert.Equal(parameters.Split(','), values.Select(kv => kv.Key));
        Assert.All(values, kv => Assert.True(double.IsFinite(Near.Number(kv.Value, kv.Key)) && Near.Number(kv.Value) > 0, $"{kv.Key} = {kv.Value}"));
        Assert.True((int)fit["converged"]! > 0);
        Assert.InRange(Near.Number(fit["metrics"]!["r2"]), 0.1, 1); // N alone explains little of these losses (R² 0.19); C and (N, D) more
    }

    [Fact]
    public void Fix_holds_a_parameter_at_exactly_the_given_value()
    {
        var fit = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--fix", "alpha=0.3527", "--json")
            .AssertSuccess().Json;

        Assert.Equal(0.3527, Near.Number(fit["params"]!["alpha"]));
        Assert.Equal("""{"alpha":"fixed"}""", fit["constraints"]!.ToJsonString());
        Assert.Equal(4500 / 5, (int?)fit["starts"]); // alpha's axis leaves the start grid
        Near.Relative(0.3672, Near.Number(fit["params"]!["beta"]), 0.01, "beta");
        Assert.Equal(240, (int?)fit["n"]);
    }

    [Fact]
    public void With_alpha_fixed_the_fit_is_well_determined_and_the_json_has_curvature_errors()
    {
        // Differences of the gradient across the Huber kinks used to call this fit "flat or a saddle"; the
        // Gauss–Newton curvature is positive definite, so every free parameter has a standard error.
        var fit = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--fix", "alpha=0.3527", "--json")
            .AssertSuccess().Json;

        Assert.Equal("converged", (string)fit["status"]!);
        Assert.DoesNotContain(fit["warnings"]!.AsArray(), w => ((string)w!).Contains("flat"));
        Assert.Null(fit["standardErrors"]!["alpha"]);
        foreach (var name in new[] { "E", "A", "B", "beta" })
            Assert.True(Near.Number(fit["standardErrors"]![name]) > 0, name);
        var rows = fit["correlation"]!["matrix"]!.AsArray();
        for (var i = 0; i < rows.Count; i++)
            Assert.Equal(1, Near.Number(rows[i]![i]), 12);
    }

    [Fact]
    public void Tie_makes_two_parameters_equal()
    {
        var fit = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--tie", "alpha=beta", "--json")
            .AssertSuccess().Json;

        var alpha = Near.Number(fit["params"]!["alpha"]);
        Assert.Equal(alpha, Near.Number(fit["params"]!["beta"]));
        Assert.InRange(alpha, 0.3473, 0.3672); // between the free exponents
        Assert.Equal("""{"alpha":"tied"}""", fit["constraints"]!.ToJsonString());
        // One fewer free parameter can only fit worse than the free fit's 1.018e-3.
        Assert.True(Near.Number(fit["objective"]) >= 1.0182e-3);
    }

    [Fact]
    public void Least_squares_minimises_the_sum_of_squared_loss_residuals()
    {
        var fit = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--objective", "least-squares", "--json")
            .AssertSuccess().Json;

        Assert.Equal("least-squares", (string?)fit["objectiveKind"]);
        Assert.Null(fit["delta"]);
        var n = (int)fit["n"]!;
        var rmse = Near.Number(fit["metrics"]!["rmse"]);
        Near.Relative(n * rmse * rmse, Near.Number(fit["objective"]), 1e-9, "objective = n·RMSE²");
        // Least squares on raw loss minimises RMSE, so it beats the Huber fit's 0.0218.
        Assert.True(rmse < 0.0218, $"rmse {rmse}");
    }

    [Fact]
    public void Min_tokens_drops_rows_trained_on_fewer_tokens_and_says_so()
    {
        var expected = ChinchillaCsv.Rows().Count(r => r.Flops / (6 * r.Params) >= 10e9);

        var fit = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--min-tokens", "10B", "--json").AssertSuccess().Json;

        Assert.InRange(expected, 1, 244);
        Assert.Equal(expected, (int?)fit["n"]);
        Assert.Contains(fit["notes"]!.AsArray(), n => ((string)n!).StartsWith($"dropped {245 - expected} rows with fewer than") && ((string)n!).EndsWith($"{expected} remain"));
    }

    [Fact]
    public void Map_chooses_a_column_the_headers_would_not()
    {
        // Both 'final loss' and 'loss' are names of the loss field; unmapped, the canonical 'loss'
        // (here a decoy, one nat too high) would win.
        var lines = ChinchillaCsv.Rows()
            .Select(r => string.Join(',', F(r.Params), F(r.Flops), F(r.Loss), F(r.Loss + 1)));
        var path = temp.Write("custom.csv", "Model Size,Training FLOP,final loss,loss\n" + string.Join('\n', lines) + "\n");

        var fit = ScalingProcess.Run("fit", path, "--map", "loss=final loss", "--drop-highest-loss", "5", "--json").AssertSuccess().Json;

        Assert.Equal(240, (int?)fit["n"]);
        Near.Relative(1.8172, Near.Number(fit["params"]!["E"]), 1e-3, "E");
        Near.Relative(0.34731, Near.Number(fit["params"]!["alpha"]), 1e-3, "alpha");
    }

    [Fact]
    public void Map_names_every_column_of_a_tsv()
    {
        var text = new StringBuilder("run\tN (parameters)\tD (tokens)\tloss at end\n");
        var i = 0;
        foreach (var n in new[] { 1e8, 3e8, 1e9, 3e9 })
        {
            foreach (var d in new[] { 2e9, 2e10, 2e11 })
                text.Append(CultureInfo.InvariantCulture, $"r{i++}\t{F(n)}\t{F(d)}\t{F(1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28))}\n");
        }
        var path = temp.Write("runs.tsv", text.ToString());

        var fit = ScalingProcess.Run("fit", path, "--map", "params=N (parameters)", "--map", "tokens=D (tokens)", "--map", "loss=loss at end",
            "--law", "power", "--x", "tokens", "--json").AssertSuccess().Json;

        Assert.Equal(12, (int?)fit["n"]);
        Assert.Equal("tokens", (string?)fit["x"]);
        Assert.Contains(fit["notes"]!.AsArray(), n => ((string)n!).StartsWith("flops derived as C = 6ND for 12 of 12 rows"));
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [Fact]
    public void An_absurd_fit_prints_its_errors_in_exponent_form()
    {
        // A held at 1e300 or more with alpha fixed: every prediction is off by about 1e297 nats, whose squares overflow.
        var result = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--bound", "A=1e300:", "--fix", "alpha=0.34");

        var line = result.Stdout.Split('\n').Single(l => l.Contains("mean rel. error"));
        Assert.Matches(@"RMSE \d\.\d+e29\d, R² undefined, mean rel. error \d\.\d\de29\d%, max rel. error \d\.\d\de29\d%", line);
    }
}
