using ScalingLaws.Curves;
using ScalingLaws.Fitting;
using ScalingLaws.IO.Curves;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.Curves;

/// <summary>
/// The Multi-Power Law against the figures in shared/data/README.md (the repository's "updated" table): its published
/// best parameters reproduce the published test metrics; the repository's own fitting procedure, run here, reproduces
/// those parameters and metrics; the objective's minimum reaches the published accuracy at 25M and 100M only.
/// </summary>
public sealed class MultiPowerDataTests
{
    private static readonly Dictionary<string, double[]> Published = new()
    {
        ["25M"] = [3.04045406, 0.52468604, 0.50786857, 363.78751622, 2.06560812, 0.58279013, 0.64142257],
        ["100M"] = [2.6514477, 0.60115152, 0.45295811, 437.9464276, 2.13245612, 0.59785199, 0.65523644],
        ["400M"] = [2.37474466, 0.65421216, 0.42878731, 523.42464371, 2.02462735, 0.59350493, 0.63472457],
    };

    private static CurveTask Task(string size)
    {
        var name = $"multipower-{size}";
        return CurveDatasetCatalog.Protocol(name).Tasks(CurveDatasetCatalog.Load(name, TestData.SharedData)).Single();
    }

    private static FitMetrics Average(CurveLaw law, double[] values, CurveTask task) =>
        CurveMetrics.Average([.. task.Targets.Select(t => CurvePrediction.Of(law, values, t).Metrics)]);

    [Theory]
    [InlineData("25M", 0.9988, 0.00376, 0.00465, 0.00110, 0.00409)]
    [InlineData("100M", 0.9983, 0.00435, 0.00592, 0.00142, 0.00583)]
    [InlineData("400M", 0.9978, 0.00484, 0.00730, 0.00168, 0.00995)]
    public void Published_parameters_reproduce_the_published_test_metrics(string size, double r2, double mae, double rmse, double predE, double worstE)
    {
        var m = Average(MultiPowerLaw.Instance, Published[size], Task(size));

        // The table rounds to 4 decimals (R²) and 3 significant figures.
        Assert.Equal(r2, m.R2, 0.00006);
        Near.Relative(mae, m.Mae, 0.002, "MAE");
        Near.Relative(rmse, m.Rmse, 0.002, "RMSE");
        Near.Relative(predE, m.Mre, 0.005, "PredE");
        Near.Relative(worstE, m.MaxRe, 0.002, "WorstE");
    }

    [Theory]
    [InlineData("constant_72000", 0.9983, 0.00145, 0.0108)]
    [InlineData("cosine_72000", 0.9981, 0.00202, 0.0091)]
    [InlineData("wsd_20000_24000", 0.9978, 0.00165, 0.0080)]
    [InlineData("wsdld_20000_24000", 0.9985, 0.00134, 0.0087)]
    [InlineData("wsdcon_3", 0.9943, 0.00278, 0.0179)]
    [InlineData("wsdcon_18", 0.99956, 0.00084, 0.0052)]
    public void Published_parameters_reproduce_the_400M_log_per_curve(string curve, double r2, double predE, double worstE)
    {
        var m = CurvePrediction.Of(MultiPowerLaw.Instance, Published["400M"], Task("400M").Targets.Single(t => t.Name == curve)).Metrics;

        Assert.Equal(r2, m.R2, r2 > 0.9995 ? 0.000006 : 0.00006);
        Near.Relative(predE, m.Mre, 0.006, "PredE");
        Near.Relative(worstE, m.MaxRe, 0.006, "WorstE");
    }

    /// <summary>
    /// The repository's procedure (four-parameter initialisation, then AdamW for at most 200 steps) lands on the published
    /// parameters to 0.1 % (C differs most, by 0.02–0.05 %) and so on the published test-set averages, to the table's digits.
    /// </summary>
    [Theory]
    [InlineData("25M", 0.9988, 0.00376, 0.00465, 0.00110, 0.00409)]
    [InlineData("100M", 0.9983, 0.00435, 0.00592, 0.00142, 0.00583)]
    [InlineData("400M", 0.9978, 0.00484, 0.00730, 0.00168, 0.00995)]
    public void Published_procedure_reproduces_the_published_parameters_and_accuracy(string size, double r2, double mae, double rmse, double predE, double worstE)
    {
        var options = CurveFitOptions.Default with { Procedure = CurveFitProcedure.Published };

        var outcome = CurveOutcome.Run(MultiPowerLaw.Instance, Task(size), options);

        Assert.Equal(CurveFitProcedure.Published, outcome.Fit.Procedure);
        for (var j = 0; j < 7; j++)
            Near.Relative(Published[size][j], outcome.Fit.Values[j], 0.001, $"{size} {MultiPowerLaw.Instance.Parameters[j].Name}");
        var m = outcome.Average;
        Assert.Equal(r2, m.R2, 0.00006);
        Near.Relative(mae, m.Mae, 0.002, "MAE");
        Near.Relative(rmse, m.Rmse, 0.002, "RMSE");
        Near.Relative(predE, m.Mre, 0.005, "PredE");
        Near.Relative(worstE, m.MaxRe, 0.003, "WorstE");
        Assert.Equal(CurveFitProcedure.Published, CurveDatasetCatalog.Procedure($"multipower-{size}"));
    }

    /// <summary>
    /// The objective's minimum (all points of the three fitted runs) reaches the published accuracy at 25M and 100M. At 400M it
    /// predicts five of the six test schedules better than the published parameters but cosine_72000 worse, for an average
    /// R² of 0.9964 and mean relative error 0.216 % (published 0.9978 and 0.168 %). Its objective on the fitted runs is far
    /// below the published parameters' at every size: the published fit (AdamW, at most 200 steps) is not this objective's
    /// minimum.
    /// </summary>
    [Theory]
    [InlineData("25M", 0.9970, 0.0020)]
    [InlineData("100M", 0.9970, 0.0020)]
    [InlineData("400M", 0.9960, 0.0022)]
    public void Fitted_law_predicts_the_test_schedules(string size, double minimumR2, double maximumMre)
    {
        var task = Task(size);

        var outcome = CurveOutcome.Run(MultiPowerLaw.Instance, task);

        Assert.True(outcome.Average.R2 >= minimumR2, $"{size}: R² {outcome.Average.R2:F4} < {minimumR2}");
        Assert.True(outcome.Average.Mre <= maximumMre, $"{size}: mean relative error {outcome.Average.Mre:P3} > {maximumMre:P2}");
        var published = new ModelObjective(new CurveModel(MultiPowerLaw.Instance, task.Fit, [.. task.Fit.Select(MultiPowerLaw.Instance.Prepare)]), ParameterLayout.Create(MultiPowerLaw.Instance.Parameters, ParameterConstraints.None), FitObjective.HuberLog, 1e-3)
            .Evaluate(MultiPowerLaw.Instance.ToInternal(Published[size]), new double[7]);
        Assert.True(outcome.Fit.ObjectiveValue < 0.6 * published, $"{size}: objective {outcome.Fit.ObjectiveValue:G4}, published parameters {published:G4}");
    }

    [Fact]
    public void Schedules_rebuilt_from_file_names_match_the_logged_lr_column()
    {
        foreach (var size in new[] { "25M", "100M", "400M" })
        {
            var logged = LossCurveReader.Read(Path.Combine(TestData.SharedData, "multipower", size));
            foreach (var curve in CurveDatasetCatalog.Load($"multipower-{size}", TestData.SharedData))
            {
                var file = logged.Single(c => c.Name == curve.Name);
                Assert.Equal(file.Steps.ToArray(), curve.Steps.ToArray());
                Assert.Equal(file.Loss.ToArray(), curve.Loss.ToArray());
                foreach (var step in curve.Steps)
                    Near.Relative(file.Schedule!.Rate(step), curve.Schedule!.Rate(step), 1e-9, $"{size} {curve.Name} lr at step {step}");
            }
        }
    }
}
