using System.Globalization;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// The loss-curve intervals on curves nobody tuned them on, read as a user reads them (docs/curves.md, "Held out: LLM360
/// Amber and Pythia"): the Amber W&amp;B exports of eval perplexity, each fitted on its first 10, 20, 30 and 50 % by the power
/// law and asked for the rest; Pythia's LAMBADA and wikitext perplexities per checkpoint.
/// </summary>
public sealed class HeldOutCurveIntervalTests
{
    private static string Amber(string stamp) => Path.Combine(TestData.SharedData, "wandb-export-examples", $"wandb_export_2023-12-27T{stamp}.csv");

    // (export, fit fraction, predicted points, coverage, mean relative error, width ratio), measured 2026-12-06.
    public static TheoryData<string, double, int, double, double, double> AmberCells => new()
    {
        { "16_36_43.397-05_00", 0.1, 160, 1.0000, 0.02134, 10.912 }, // Wikipedia (en)
        { "16_36_43.397-05_00", 0.2, 142, 0.9930, 0.04365, 2.174 },
        { "16_36_43.397-05_00", 0.3, 124, 0.9919, 0.03455, 1.834 },
        { "16_36_43.397-05_00", 0.5, 89, 0.8652, 0.03505, 1.366 },
        { "16_38_04.242-05_00", 0.1, 160, 1.0000, 0.04103, 2.323 }, // average per doc
        { "16_38_04.242-05_00", 0.2, 142, 0.9859, 0.03874, 2.083 },
        { "16_38_04.242-05_00", 0.3, 124, 0.9919, 0.00910, 6.817 },
        { "16_38_04.242-05_00", 0.5, 89, 0.9888, 0.01492, 2.008 },
        { "16_39_20.563-05_00", 0.1, 160, 1.0000, 0.02947, 4.786 }, // Pile-CC
        { "16_39_20.563-05_00", 0.2, 142, 1.0000, 0.03899, 2.065 },
        { "16_39_20.563-05_00", 0.3, 124, 1.0000, 0.02657, 2.206 },
        { "16_39_20.563-05_00", 0.5, 89, 0.7640, 0.02534, 1.158 },
    };

    private static JsonNode Coverage(string stamp, double fraction) =>
        ScalingProcess.Run(["curve", "predict", Amber(stamp), "--law", "power", "--fit-fraction", fraction.ToString(CultureInfo.InvariantCulture), "--json"])
            .AssertSuccess().Json["curves"]![0]!["coverage"]!;

    [Theory]
    [MemberData(nameof(AmberCells))]
    public void Each_Amber_cell_measures_as_recorded(string stamp, double fraction, int points, double coverage, double error, double ratio)
    {
        var measured = Coverage(stamp, fraction);

        Assert.Equal(points, Near.Number(measured["points"]));
        Assert.Equal(coverage, Near.Number(measured["coverage"]), 0.0015);
        Near.Relative(error, Near.Number(measured["meanRelativeError"]), 0.01, "mean relative error");
        Near.Relative(ratio, Near.Number(measured["widthRatio"]), 0.01, "half-width over error");
    }

    [Fact]
    public void Pooled_over_the_twelve_Amber_cells_the_interval_covers_88_to_98_percent_within_3x_the_error()
    {
        var cells = AmberCells.Select(row => Coverage((string)row[0], (double)row[1])).ToList();

        var coverage = cells.Average(c => Near.Number(c["coverage"]));
        var ratio = cells.Average(c => Near.Number(c["meanRelativeHalfWidth"])) / cells.Average(c => Near.Number(c["meanRelativeError"]));
        Assert.InRange(coverage, 0.88, 0.98); // 0.965
        Assert.InRange(ratio, 1, 3); // 2.83
    }

    [Theory]
    [InlineData("pythia_v1_lambada.csv", "lambada_ppl")]
    [InlineData("pythia_v0_wikitext.csv", "word_perplexity")]
    public void Pythia_perplexities_too_short_to_backtest_get_no_interval_rather_than_the_training_loss_prior(string file, string column)
    {
        string[] args = ["curve", "predict", Path.Combine(TestData.SharedData, "pythia", file), "--map", $"loss={column}", "--from-step", "1430", "--law", "power", "--fit-fraction", "0.5"];

        var json = ScalingProcess.Run([.. args, "--json"]).AssertSuccess().Json;
        var text = ScalingProcess.Run(args).AssertSuccess().Stdout;

        foreach (var prediction in json["predictions"]!.AsArray())
            Assert.Null(prediction!["curves"]![0]!["coverage"]);
        Assert.Contains("no predictive interval: the fitted part is too short to backtest", text);
    }
}
