namespace ScalingLaws.Tests.Cli;

/// <summary>
/// The loss-curve, per-position and temporal commands on the fitting engine: --fix/--tie/--bound, the engine's status
/// (at-bound, the published procedure's stopped-early) in text and JSON, --bootstrap, and --strict's exit 3.
/// </summary>
public sealed class CurveConstraintCommandTests : WithTempFolder
{
    private static readonly string[] TissueOnCosine = ["curve", "fit", "--dataset", "multipower-400M", "--law", "tissue", "--fit-runs", "cosine_24000"];

    [Fact]
    public void A_bound_that_holds_a_parameter_is_reported_and_strict_exits_3()
    {
        var json = ScalingProcess.Run([.. TissueOnCosine, "--bound", "alpha=0:0.3", "--fix", "L0=2.3", "--json"]).AssertSuccess().Json;
        var strict = ScalingProcess.Run([.. TissueOnCosine, "--bound", "alpha=0:0.3", "--strict"]);

        Assert.Equal("at-bound", (string)json["fit"]!["status"]!);
        Assert.Equal(0.3, Near.Number(json["params"]!["alpha"]), 9);
        Assert.Equal(2.3, Near.Number(json["params"]!["L0"]), 12);
        Assert.Null(json["fit"]!["standardErrors"]!["alpha"]);
        Assert.Null(json["fit"]!["standardErrors"]!["L0"]);
        Assert.InRange(Near.Number(json["fit"]!["standardErrors"]!["C"]), 1e-4, 0.1);
        Assert.Contains(json["warnings"]!.AsArray(), w => ((string)w!).Contains("alpha = 0.3 is on its upper bound"));
        Assert.Equal(3, strict.ExitCode);
        Assert.Contains("converged with a parameter on its bound", strict.Stdout);
        Assert.Contains("at upper bound", strict.Stdout);
        Assert.Contains("Loosen --bound alpha", strict.Stdout);
    }

    [Fact]
    public void Tied_parameters_share_one_value()
    {
        var json = ScalingProcess.Run("curve", "fit", "--dataset", "multipower-400M", "--law", "multipower", "--procedure", "minimum",
            "--fit-runs", "cosine_24000,constant_24000", "--tie", "gamma=beta", "--json").AssertSuccess().Json;

        Assert.Equal(Near.Number(json["params"]!["beta"]), Near.Number(json["params"]!["gamma"]), 12);
        Assert.Equal("converged", (string)json["fit"]!["status"]!);
        Assert.Equal(Near.Number(json["fit"]!["standardErrors"]!["beta"]), Near.Number(json["fit"]!["standardErrors"]!["gamma"]), 12);
    }

    [Theory]
    [InlineData("--fix", "zeta=1", "--fix: unknown parameter 'zeta' for the tissue law; its parameters are L0, A, alpha, C.")]
    [InlineData("--bound", "beta=0:1", "--bound: unknown parameter 'beta' for the tissue law; its parameters are L0, A, alpha, C.")]
    [InlineData("--tie", "alpha=A", "on different scales")]
    [InlineData("--bound", "alpha=1:0", "the lower bound must be below the upper bound")]
    [InlineData("--bootstrap", "1", "--bootstrap 1: use at least 2 resamples")]
    public void Impossible_constraints_are_input_errors(string option, string value, string fragment) =>
        ScalingProcess.Run([.. TissueOnCosine, option, value]).AssertInputError(fragment);

    [Fact]
    public void The_published_procedure_says_it_stopped_early_and_refuses_constraints_and_the_bootstrap()
    {
        string[] published = ["curve", "fit", "--dataset", "multipower-400M", "--law", "multipower"];
        var json = ScalingProcess.Run([.. published, "--json"]).AssertSuccess().Json;

        Assert.Equal("stopped-early", (string)json["fit"]!["status"]!);
        Assert.Equal("published", (string)json["fit"]!["procedure"]!);
        ScalingProcess.Run([.. published, "--fix", "beta=0.5"]).AssertInputError("the multipower law's published procedure", "Add --procedure minimum");
        ScalingProcess.Run([.. published, "--bootstrap", "20"]).AssertInputError("stops early by design", "add --procedure minimum");
    }

    /// <summary>One run: blocks of consecutive points, their length stated; the same seed gives the same intervals.</summary>
    [Fact]
    public void Bootstrap_of_one_run_resamples_blocks_states_their_length_and_repeats_with_its_seed()
    {
        string[] args = [.. TissueOnCosine, "--bootstrap", "200", "--seed", "3"];
        var first = ScalingProcess.Run([.. args, "--json"]).AssertSuccess().Json;
        var again = ScalingProcess.Run([.. args, "--json"]).AssertSuccess().Json;
        var text = ScalingProcess.Run(args).AssertSuccess().Stdout;

        var bootstrap = first["bootstrap"]!;
        Assert.Equal("blocks", (string)bootstrap["resampled"]!);
        Assert.Equal(171, (int)bootstrap["units"]!);
        var block = (int)bootstrap["blockLength"]!;
        Assert.InRange(block, 5, 40);
        Assert.InRange((int)bootstrap["converged"]!, 190, 200);
        foreach (var name in new[] { "L0", "A", "alpha", "C" })
        {
            var ci = bootstrap["params"]![name]!["ci95"]!.AsArray();
            var value = Near.Number(first["params"]![name]);
            Assert.InRange(value, Near.Number(ci[0]) * 0.999, Near.Number(ci[1]) * 1.001);
            Assert.True(Near.Number(ci[1]) > Near.Number(ci[0]), name);
        }
        Assert.Equal(bootstrap.ToJsonString(), again["bootstrap"]!.ToJsonString());
        Assert.Contains($"blocks of {block} consecutive points of the 171", text);
        Assert.Contains("95% bootstrap interval", text);
    }

    [Fact]
    public void Bootstrap_of_few_runs_resamples_them_whole_and_says_the_intervals_are_coarse()
    {
        var result = ScalingProcess.Run("curve", "fit", "--dataset", "multipower-400M", "--law", "tissue", "--fit-runs", "cosine_24000,constant_24000",
            "--bootstrap", "50", "--json").AssertSuccess().Json;

        Assert.Equal("runs", (string)result["bootstrap"]!["resampled"]!);
        Assert.Equal(2, (int)result["bootstrap"]!["units"]!);
        Assert.Null(result["bootstrap"]!["blockLength"]);
        Assert.Contains(result["warnings"]!.AsArray(), w => ((string)w!).Contains("2 runs allow only 3 distinct whole-run resamples"));
    }

    [Fact]
    public void Predict_fits_with_constraints_and_reports_the_status()
    {
        string[] args = ["curve", "predict", "--dataset", "multipower-400M", "--law", "tissue", "--fit-runs", "cosine_24000", "--bound", "alpha=0:0.3"];
        var text = ScalingProcess.Run(args).AssertSuccess().Stdout;
        var json = ScalingProcess.Run([.. args, "--json"]).AssertSuccess().Json;

        Assert.Contains("status: converged with a parameter on its bound", text);
        Assert.Contains("Loosen --bound alpha", text);
        var first = json["predictions"]![0]!;
        Assert.Equal("at-bound", (string)first["status"]!);
        Assert.Equal(0.3, Near.Number(first["params"]!["alpha"]), 9);
    }

    [Fact]
    public void Positions_and_temporal_report_the_engines_status_and_strict_turns_warnings_into_exit_3()
    {
        var path = Path.Combine(temp.FullName, "positions.csv");
        ScalingProcess.Run("curve", "synth", "--out", path, "--context", "128", "--seed", "1").AssertSuccess();

        var positions = ScalingProcess.Run("curve", "positions", path, "--json").AssertSuccess().Json;
        var strictPositions = ScalingProcess.Run("curve", "positions", path, "--strict");
        var temporal = ScalingProcess.Run("curve", "temporal", path, "--json").AssertSuccess().Json;
        var strictTemporal = ScalingProcess.Run("curve", "temporal", path, "--strict");

        Assert.Equal(40, (int)positions["laws"]![0]!["statuses"]!["converged"]!);
        Assert.Equal("converged", (string)positions["fits"]![0]!["hyperbolic"]!["status"]!);
        // The power law's a0 and c are strongly correlated at most checkpoints of this run: a warning, so --strict exits 3.
        Assert.Contains(positions["fits"]!.AsArray(), f => f!["power"]!["warnings"]!.AsArray().Any(w => ((string)w!).Contains("strongly correlated")));
        Assert.Equal(3, strictPositions.ExitCode);
        Assert.Contains("status: hyperbolic 40 converged; power 40 converged", strictPositions.Stdout);
        Assert.Equal("converged", (string)temporal["status"]!);
        Assert.Empty(temporal["warnings"]!.AsArray());
        Assert.True(strictTemporal.ExitCode == 0, strictTemporal.Stdout + strictTemporal.Stderr);
        Assert.Contains("status of the final fit: converged", strictTemporal.Stdout);
    }

    [Fact]
    public void Positions_and_temporal_take_fix_tie_and_bound_and_refuse_unknown_names()
    {
        var path = Path.Combine(temp.FullName, "positions.csv");
        ScalingProcess.Run("curve", "synth", "--out", path, "--context", "128", "--seed", "1").AssertSuccess();

        var positions = ScalingProcess.Run("curve", "positions", path, "--bound", "a1=0.3:1", "--fix", "a2=3.4", "--json").AssertSuccess().Json;
        var positionsText = ScalingProcess.Run("curve", "positions", path, "--bound", "a1=0.3:1", "--strict");
        var tied = ScalingProcess.Run("curve", "positions", path, "--tie", "a0=a2", "--json").AssertSuccess().Json;
        var temporal = ScalingProcess.Run("curve", "temporal", path, "--bound", "a1.tau=0.5:2", "--json").AssertSuccess().Json;
        var viaFit = ScalingProcess.Run("curve", "fit", path, "--law", "temporal", "--fix", "a1.tau=0.5", "--json").AssertSuccess().Json;

        Assert.All(positions["fits"]!.AsArray(), f =>
        {
            Assert.Equal(3.4, Near.Number(f!["hyperbolic"]!["params"]!["a2"]), 12);
            Assert.Equal(3.4, Near.Number(f["power"]!["params"]!["a2"]), 12);
            Assert.InRange(Near.Number(f["hyperbolic"]!["params"]!["a1"]), 0.3, 1);
        });
        Assert.True((int)positions["laws"]![0]!["statuses"]!["at-bound"]! > 0);
        Assert.Equal(3, positionsText.ExitCode);
        Assert.Contains("a1 = 0.3 is on its lower bound", positionsText.Stdout);
        Assert.Contains("Loosen --bound a1", positionsText.Stdout);
        Assert.All(tied["fits"]!.AsArray(), f => Assert.Equal(Near.Number(f!["power"]!["params"]!["a0"]), Near.Number(f["power"]!["params"]!["a2"])));
        Assert.Equal("at-bound", (string)temporal["status"]!);
        Assert.Equal(0.5, Near.Number(temporal["law"]!["a1"]!["coefficients"]!["tau"]), 1e-6);
        Assert.Contains(temporal["warnings"]!.AsArray(), w => ((string)w!).Contains("a1.tau = 0.5 is on its lower bound") && ((string)w!).Contains("Loosen --bound a1.tau"));
        Assert.Equal(0.5, Near.Number(viaFit["law"]!["a1"]!["coefficients"]!["tau"]), 12);
        ScalingProcess.Run("curve", "positions", path, "--fix", "zeta=1").AssertInputError("--fix: unknown parameter 'zeta' for the hyperbolic or power law; its parameters are a0, a1, a2, c.");
        ScalingProcess.Run("curve", "temporal", path, "--tie", "a1=a2").AssertInputError("--tie: unknown parameter 'a1' for the temporal law; its parameters are a0.c0,");
        ScalingProcess.Run("curve", "temporal", path, "--forms", "logarithmic,logarithmic,logarithmic", "--fix", "a1.tau=1")
            .AssertInputError("--fix: unknown parameter 'a1.tau' for the temporal law; its parameters are a0.c0, a0.c1, a1.c0, a1.c1, a2.c0, a2.c1.");
    }

    [Fact]
    public void Predict_and_compare_take_the_bootstrap_for_the_parameters_share_of_their_intervals()
    {
        string[] predict = ["curve", "predict", "--dataset", "multipower-400M", "--law", "tissue", "--fit-runs", "cosine_24000"];
        var plain = ScalingProcess.Run([.. predict, "--json"]).AssertSuccess().Json["predictions"]![0]!;
        var first = ScalingProcess.Run([.. predict, "--bootstrap", "50", "--seed", "3", "--json"]).AssertSuccess().Json["predictions"]!;
        var again = ScalingProcess.Run([.. predict, "--bootstrap", "50", "--seed", "3", "--json"]).AssertSuccess().Json["predictions"]!;
        var text = ScalingProcess.Run([.. predict, "--bootstrap", "50", "--seed", "3"]).AssertSuccess().Stdout;
        var compare = ScalingProcess.Run("curve", "compare", "--dataset", "multipower-400M", "--fit-runs", "cosine_24000", "--bootstrap", "50", "--json")
            .AssertSuccess().Json["curves"]![0]!["laws"]!.AsArray();

        var bootstrapped = first[0]!;
        Assert.Equal("blocks", (string)bootstrapped["bootstrap"]!["resampled"]!);
        Assert.Equal(50, (int)bootstrapped["bootstrap"]!["resamples"]!);
        var (points, before) = (bootstrapped["curves"]![0]!["points"]!.AsArray(), plain["curves"]![0]!["points"]!.AsArray());
        for (var i = 0; i < points.Count; i++)
        {
            var (ci, parameters, narrower) = (points[i]!["ci95"]!.AsArray(), points[i]!["paramCi95"]!.AsArray(), before[i]!["ci95"]!.AsArray());
            Assert.Equal(Near.Number(before[i]!["predicted"]), Near.Number(points[i]!["predicted"]), 12);
            Assert.True(Near.Number(ci[0]) <= Near.Number(narrower[0]) && Near.Number(ci[1]) >= Near.Number(narrower[1]), $"point {i}: the bootstrap only widens");
            Assert.True(Near.Number(parameters[1]) > Near.Number(parameters[0]));
        }
        Assert.Null(before[0]!["paramCi95"]);
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Contains("bootstrap: 50 resamples of blocks", text);
        Assert.Equal("blocks", (string)compare.Single(l => (string)l!["law"]! == "tissue")!["bootstrap"]!["resampled"]!);
        Assert.Null(compare.Single(l => (string)l!["law"]! == "multipower")!["bootstrap"]); // the published procedure is not refitted
        ScalingProcess.Run("curve", "predict", "--dataset", "multipower-400M", "--law", "multipower", "--fit-runs", "cosine_24000", "--bootstrap", "20")
            .AssertInputError("add --procedure minimum to bootstrap it");
        ScalingProcess.Run("curve", "predict", "--dataset", "multipower-400M", "--law-file", "law.json", "--bootstrap", "20")
            .AssertInputError("--bootstrap applies when predict fits the law");
    }
}
