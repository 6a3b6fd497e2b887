using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// Tables whose rows × starts exceed <see cref="FitOptions.ScreeningBudget"/>: the grid is screened on a
/// seeded random subsample and only the best distinct optima are refined on all rows.
/// </summary>
public sealed class LargeTableTests
{
    [Fact]
    public void Fifty_thousand_rows_are_screened_then_refined_and_recover_the_law()
    {
        // Random N in 1e7..3e9 and D in 1e8..1e11 (log-uniform), 0.5 % log-normal noise.
        var truth = Synthetic.Chinchilla;
        var table = Synthetic.Scattered(truth, 50_000, 0.005, seed: 7);
        // Screening on 500 rows (the smallest subsample) and refining the best 2 optima keeps this test to a few seconds: 500
        // rows still single out the basin, and the refinement and polish then use all 50,000 rows.
        var fit = new LawFitter(ChinchillaLaw.Instance, new FitOptions { ScreeningBudget = 4500 * 250, RefinedStarts = 2 }).Fit(table);

        Assert.Equal(50_000, fit.Rows);
        Assert.Equal(4500, fit.Starts);
        Assert.Contains(fit.Notes, n => n.Contains("4,500 starts screened on 500 randomly drawn rows (seed 0)") && n.Contains("refined on all 50,000 rows"));
        // 50,000 rows carry ~30× less noise per parameter than the 48-row sweeps of RecoveryTests
        // (√(50000/48) ≈ 32), whose RMS errors were ln E 0.019, ln A 0.17, ln B 0.031, α 0.011,
        // β 0.0018; these bounds are still ≥ 5× the scaled RMS.
        Assert.Equal(0.0, Math.Log(fit["E"] / truth[0]), 0.01);
        Assert.Equal(0.0, Math.Log(fit["A"] / truth[1]), 0.05);
        Assert.Equal(0.0, Math.Log(fit["B"] / truth[2]), 0.01);
        Assert.Equal(truth[3], fit["alpha"], 0.003);
        Assert.Equal(truth[4], fit["beta"], 0.0005);
    }

    [Fact]
    public void Small_tables_are_not_screened_and_a_screened_fit_ends_at_the_same_optimum()
    {
        var law = new OffsetPowerLaw(Field.Params);
        double[] truth = [1.8, 400, 0.33];
        var table = Synthetic.Sweep(law, truth, 0.005);

        var plain = new LawFitter(law).Fit(table);
        var screened = new LawFitter(law, new FitOptions { ScreeningBudget = 150 * 12, ScreeningRows = 12 }).Fit(table);

        Assert.DoesNotContain(plain.Notes, n => n.Contains("screened"));
        Assert.Contains(screened.Notes, n => n.Contains("150 starts screened on 12 randomly drawn rows"));
        // Both end at the same optimum of the full data: refinement and polish use all 48 rows.
        Assert.Equal(plain.ObjectiveValue, screened.ObjectiveValue, 1e-9 * plain.ObjectiveValue);
        for (var j = 0; j < 3; j++)
            Assert.Equal(plain.Values[j], screened.Values[j], 1e-5 * Math.Abs(plain.Values[j]));
    }

    [Fact]
    public void A_screened_fit_does_not_depend_on_the_number_of_threads()
    {
        var law = new OffsetPowerLaw(Field.Params);
        var table = Synthetic.Sweep(law, [1.8, 400, 0.33], 0.005);
        var options = new FitOptions { ScreeningBudget = 150 * 12, ScreeningRows = 12, ScreeningSeed = 9 };

        var one = new LawFitter(law, options with { MaxDegreeOfParallelism = 1 }).Fit(table);
        var two = new LawFitter(law, options with { MaxDegreeOfParallelism = 2 }).Fit(table);

        Assert.Contains(one.Notes, n => n.Contains("on 12 randomly drawn rows (seed 9)"));
        Assert.Equal(one.Values.ToArray(), two.Values.ToArray()); // bit for bit
        Assert.Equal(one.ObjectiveValue, two.ObjectiveValue);
    }

    [Theory]
    [InlineData(666, 4500, null)]   // 3.0e6 row-starts: within the budget, searched on all rows
    [InlineData(667, 4500, 666)]  // just over: screened on all but one row, so no cliff in time
    [InlineData(20_000, 4500, 666)]
    [InlineData(20_001, 4500, 666)]
    [InlineData(1_000_000, 4500, 666)]
    [InlineData(30_000, 243, 12_345)] // a coarse grid screens later, on more rows
    [InlineData(1_000_000, 3, null)]  // no more starts than are refined: nothing to screen
    public void Screening_starts_where_rows_times_starts_exceed_the_budget(int rows, int starts, int? expected)
    {
        Assert.Equal(expected, new LawFitter(ChinchillaLaw.Instance).ScreeningRows(rows, starts));
    }

    // 60 rows (6 sizes × 10 token counts, 1 % noise) repeated in order: an evenly spaced subsample of 500
    // rows picks 10 distinct rows of 21,000 (stride 42) and a single row of 300,000 (stride 600).
    private static readonly ObservationTable Pattern = Synthetic.Sweep(ChinchillaLaw.Instance, Synthetic.Chinchilla, 0.01, seed: 3, tokenCounts: 10);

    private static readonly Lazy<FitResult> PatternFit = new(() => new LawFitter(ChinchillaLaw.Instance).Fit(Pattern));

    private static ObservationTable Cycled(int rows) =>
        new(Enumerable.Range(0, rows).Select(i => Pattern[i % Pattern.Count]), $"cycled-{rows}");

    [Theory]
    [InlineData(21_000)]
    [InlineData(300_000)]
    public void Rows_in_a_repeating_pattern_fit_like_the_pattern_itself(int rows)
    {
        var unrepeated = PatternFit.Value;
        var copies = rows / Pattern.Count;

        var fit = new LawFitter(ChinchillaLaw.Instance).Fit(Cycled(rows));

        Assert.Contains(fit.Notes, n => n.Contains("randomly drawn rows"));
        // Whole copies: the objective is the pattern's times the copies, with the same optimum. The
        // optimum of the repeated table is no worse than the pattern's own (relative 1e-9), and the
        // parameters agree to the optimiser's tolerance (B, the flattest direction, to 1e-3).
        Assert.InRange(fit.ObjectiveValue, 0, copies * unrepeated.ObjectiveValue * (1 + 1e-9));
        Assert.Equal(copies * unrepeated.ObjectiveValue, fit.ObjectiveValue, 1e-6 * copies * unrepeated.ObjectiveValue);
        AssertSameLaw(unrepeated, fit, 1e-3);
    }

    [Fact]
    public void Shuffled_and_cycled_orders_give_the_same_fit()
    {
        var cycled = Cycled(21_000);
        var random = new Random(11);
        var shuffled = new ObservationTable(cycled.Rows.OrderBy(_ => random.Next()), "shuffled");

        var a = new LawFitter(ChinchillaLaw.Instance).Fit(cycled);
        var b = new LawFitter(ChinchillaLaw.Instance).Fit(shuffled);

        Assert.Equal(a.ObjectiveValue, b.ObjectiveValue, 1e-6 * a.ObjectiveValue);
        AssertSameLaw(a, b, 1e-3);
    }

    // Same law: every parameter within a relative tolerance (E, A, B) or absolute (α, β).
    private static void AssertSameLaw(FitResult expected, FitResult actual, double tolerance)
    {
        for (var j = 0; j < 3; j++)
            Assert.Equal(1.0, actual.Values[j] / expected.Values[j], tolerance);
        for (var j = 3; j < 5; j++)
            Assert.Equal(expected.Values[j], actual.Values[j], tolerance / 10);
    }
}
