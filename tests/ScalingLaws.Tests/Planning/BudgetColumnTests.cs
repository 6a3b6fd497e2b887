using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Planning;

/// <summary>Grouping runs by a column that names each run's budget, and the errors around it.</summary>
public sealed class BudgetColumnTests
{
    private static readonly double[] Budgets = [1e18, 1e19, 1e20, 1e21];

    // Compute that strays ±0.2 dex from the budget: too far for --tolerance 0.08, but the column says where each run belongs.
    private static ObservationTable Jittered() => IsoFlopData.Profiles(Budgets, jitter: i => Math.Pow(10, 0.2 * Math.Sin(i)));

    [Fact]
    public void Runs_are_grouped_by_the_column_value_whatever_their_compute()
    {
        var byColumn = new IsoFlopAnalysis(budgetColumn: "budget").Run(Jittered());
        var exact = new IsoFlopAnalysis(Budgets).Run(IsoFlopData.Profiles(Budgets));

        Assert.Equal(Budgets, byColumn.Budgets.Select(b => b.Flops));
        Assert.All(byColumn.Budgets, b => Assert.Equal(9, b.Runs.Count));
        Assert.Equal(exact.ParamsExponent, byColumn.ParamsExponent, 1e-12);
    }

    [Fact]
    public void Column_names_match_ignoring_case()
    {
        Assert.Equal(4, new IsoFlopAnalysis(budgetColumn: "BUDGET").Run(Jittered()).Budgets.Count);
    }

    [Fact]
    public void A_missing_column_names_the_columns_there_are()
    {
        var error = Assert.Throws<ScalingLawsException>(() => new IsoFlopAnalysis(budgetColumn: "bucket").Run(Jittered()));

        Assert.StartsWith("synthetic-isoflop: no column 'bucket' to take budgets from (the file has 'budget';", error.Message);
    }

    [Fact]
    public void A_cell_that_is_not_a_number_names_its_row()
    {
        var table = Jittered();
        var labels = table.Extra["budget"].SetItem(4, "lots");
        var broken = new ObservationTable(table.Rows, table.Source, new Dictionary<string, ImmutableArray<string>> { ["budget"] = labels });

        var error = Assert.Throws<ScalingLawsException>(() => new IsoFlopAnalysis(budgetColumn: "budget").Run(broken));

        Assert.Equal("synthetic-isoflop, row 5, column 'budget': 'lots' is not a positive number of FLOPs; fix the cell or name another column.", error.Message);
    }

    [Fact]
    public void A_column_and_a_list_of_budgets_together_are_an_error()
    {
        var error = Assert.Throws<ScalingLawsException>(() => new IsoFlopAnalysis(Budgets, budgetColumn: "budget").Run(Jittered()));

        Assert.Contains("not both", error.Message);
    }
}
