using ScalingLaws.Estimation;
using ScalingLaws.Estimation.SweepPlanning;

namespace ScalingLaws.Tests.Estimation.SweepPlanning;

/// <summary>The sweep planner (pure) and <c>scaling plan</c>; compute C = 6ND is checked to 1e-9 relative.</summary>
public sealed class SweepPlanTests
{
    private static readonly SweepEvidence Evidence = new(
        "test",
        [new AverageCell(4, 1.0, 0.08, 2), new AverageCell(5, 1.0, 0.06, 2)],
        [new AverageCell(5, 1.0, 0.04, 2)],
        0.3);

    [Fact]
    public void Ten_percent_of_a_7B_2T_target_gives_5_log_spaced_sizes_that_spend_the_budget()
    {
        var request = new SweepRequest(7e9, 2e12, 0.1 * 6 * 7e9 * 2e12);

        var plan = SweepPlanner.Plan(request, Evidence);

        Assert.Equal(5, plan.Runs.Count);
        Assert.DoesNotContain(plan.Runs, r => r.IsTarget); // 30 % of the target is 3× the budget
        Assert.Equal(request.Budget, plan.TotalFlops, 1e-9 * request.Budget);
        Assert.All(plan.Runs, r => Assert.Equal(6 * r.Params * r.Tokens, r.Flops, 1e-9 * r.Flops));
        var ratios = plan.Runs.Zip(plan.Runs.Skip(1), (a, b) => b.Params / a.Params).ToArray();
        Assert.All(ratios, q => Assert.Equal(ratios[0], q, 1e-9));
        Assert.True(plan.Runs[0].Params >= SweepPlanner.MinUsefulParams * 0.999);
        Assert.True(plan.Runs[^1].Params < 7e9);
        Assert.Equal(0.06, plan.Expected!.Are);
    }

    [Fact]
    public void A_large_budget_trains_the_target_to_30_percent_and_reads_the_with_target_cell()
    {
        var request = new SweepRequest(7e9, 2e12, 0.8 * 6 * 7e9 * 2e12);

        var plan = SweepPlanner.Plan(request, Evidence);

        var target = Assert.Single(plan.Runs, r => r.IsTarget);
        Assert.Equal(0.3 * 2e12, target.Tokens, 1.0);
        Assert.Equal(request.Budget, plan.TotalFlops, 1e-9 * request.Budget);
        Assert.Equal((0.04, 0.3), (plan.Expected!.Are, plan.Expected.TargetFraction));
    }

    [Fact]
    public void A_tiny_budget_warns_that_the_sweep_is_far_below_the_target()
    {
        var plan = SweepPlanner.Plan(new SweepRequest(70e9, 1.4e12, 0.001 * 6 * 70e9 * 1.4e12));

        Assert.Contains(plan.Warnings, w => w.Contains("smaller than the target", StringComparison.Ordinal));
        Assert.Null(plan.Expected);
    }

    [Fact]
    public void Evidence_that_scored_no_cell_is_named_as_the_reason_for_no_expected_error()
    {
        var unscored = new SweepEvidence("my_runs.csv; least squares, 10B cut", [new AverageCell(4, 1.0, double.NaN, 0)], [], null);

        var plan = SweepPlanner.Plan(new SweepRequest(7e9, 2e12, 0.1 * 6 * 7e9 * 2e12), unscored);

        Assert.Null(plan.Expected);
        Assert.Contains(plan.Warnings, w => w.StartsWith("the evidence (my_runs.csv; least squares, 10B cut) scored no cell on every checkpoint (p = 1), so there is no expected error", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_requests_are_refused()
    {
        Assert.Throws<ScalingLawsException>(() => SweepPlanner.Plan(new SweepRequest(7e9, 2e12, 1e21, Models: 1)));
        Assert.Throws<ScalingLawsException>(() => SweepPlanner.Plan(new SweepRequest(7e9, 2e12, -1)));
    }

    [Fact]
    public void Cli_plan_json_uses_the_opt_and_gpt3_study_for_the_expected_error()
    {
        var json = ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--json").AssertSuccess().Json;

        Assert.Equal(5, json["runs"]!.AsArray().Count);
        Assert.Equal(8.4e21, (double)json["totalFlops"]!, 1e12);
        // The mean of OPT's 7.42 % and GPT-3's 5.10 % at k = 5, p = 1 (shared/data/README.md, last-30 % test).
        Assert.Equal(0.0626, (double)json["expected"]!["are"]!, 0.0005);
        Assert.NotEmpty(json["reasoning"]!.AsArray());
    }

    [Fact]
    public void Cli_plan_table_and_input_errors()
    {
        var text = ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "1e22", "--evidence", "none").AssertSuccess().Stdout;
        Assert.Contains("model 5", text);
        Assert.Contains("why:", text);

        ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "lots").AssertInputError("--sweep-budget lots");
        ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence", "nope").AssertInputError("nope");
    }
}
