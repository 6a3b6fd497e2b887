using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.Tests.IO.Selection;

/// <summary><see cref="FittedPopulation"/>: held-out rows of another family or setting than the rows a law was fitted on.</summary>
public sealed class FittedPopulationTests
{
    // Two families, web and code, each with a 'dataset' column of the same name, at two sizes.
    private static readonly ObservationTable HeldOut = new(
        [.. new[] { "web", "code", "web", "code", "code" }.Select((f, i) => new Observation((i + 1) * 1e8, 2e9, double.NaN, 3.0, Family: f))],
        "heldout.csv",
        new Dictionary<string, ImmutableArray<string>> { ["dataset"] = ["web", "code", "web", "code", "code"] });

    private static SelectionSummary Fitted(string[] families, string[] where) => new(families, where, [], 10, 20);

    [Fact]
    public void Rows_of_a_family_the_fit_did_not_select_are_counted_with_their_names()
    {
        var population = FittedPopulation.Find(Fitted(["Web"], []), HeldOut);

        Assert.Equal((true, "Web", 3, 5), (population!.ByFamily, population.Selected, population.Outside, population.Of));
        Assert.Equal(["code"], population.Others);
        Assert.Equal("code", population.OthersListed);
    }

    [Fact]
    public void Rows_without_the_value_an_equality_filter_kept_are_counted()
    {
        var population = FittedPopulation.Find(Fitted([], ["dataset=code"]), HeldOut);

        Assert.Equal((false, "dataset=code", 2, 5), (population!.ByFamily, population.Selected, population.Outside, population.Of));
        Assert.Equal(["web"], population.Others);
    }

    [Theory]
    [InlineData("params<=1.5B")] // an ordering filter bounds the fitted range, which held-out rows are meant to leave
    [InlineData("seed=1")]       // a column the held-out table does not have cannot tell
    public void Ordering_filters_and_columns_the_table_lacks_say_nothing(string filter) =>
        Assert.Null(FittedPopulation.Find(Fitted([], [filter]), HeldOut));

    [Fact]
    public void Held_out_rows_all_of_the_fitted_family_or_without_families_say_nothing()
    {
        var web = new ObservationTable([.. HeldOut.Rows.Where(r => r.Family == "web")], "web.csv");
        var unnamed = new ObservationTable([.. HeldOut.Rows.Select(r => r with { Family = null })], "plain.csv");

        Assert.Null(FittedPopulation.Find(Fitted(["web"], []), web));
        Assert.Null(FittedPopulation.Find(Fitted(["web"], []), unnamed));
    }
}
