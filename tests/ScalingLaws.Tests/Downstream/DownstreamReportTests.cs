using ScalingLaws.Analysis;
using ScalingLaws.Fitting;
using ScalingLaws.IO.Datasets;
using ScalingLaws.IO.Downstream;
using ScalingLaws.Laws;
using ScalingLaws.Report;
using ScalingLaws.Report.Sections;
using ScalingLaws.Tests.Report;

namespace ScalingLaws.Tests.Downstream;

/// <summary>The report's benchmark-accuracy section: every task of a table with task columns, and a note for a table without.</summary>
public sealed class DownstreamReportTests
{
    [Fact]
    public void A_table_with_task_columns_gets_a_row_per_task_with_its_verdict()
    {
        var table = DatasetCatalog.Load("pythia-tasks", SharedDatasets.Directory);
        var small = table.Where(r => r.Params <= 1.5e9 && r.Tokens >= 1e10);
        var (tasks, note) = DownstreamTasks.Run(small, TaskColumns.All);

        Assert.Null(note);
        Assert.Equal(9, tasks.Count);
        Assert.Equal(["arc_challenge", "logiqa", "wsc"], tasks.Where(t => t.Verdict is not null).Select(t => t.Task.Task).Order());
        var page = ReportPage.Build(ReportFixtures.Demo with { Downstream = tasks }, [new DownstreamSection()]);
        Assert.Contains("Benchmark accuracy", page);
        Assert.Contains("no: cannot be predicted: every score is at or below the chance level 0.25 (best 0.24)", page);
    }

    [Fact]
    public void A_table_without_task_columns_says_so()
    {
        Assert.Empty(ReportFixtures.Demo.Downstream);
        var page = ReportPage.Build(ReportFixtures.Demo, [new DownstreamSection()]);
        Assert.Contains("No benchmark scores: the table has no task columns", page);
    }

    [Fact]
    public void A_report_given_no_task_reader_says_the_table_was_not_read_rather_than_that_it_has_no_task_columns()
    {
        // The final checkpoints only, fitted by a power law in N: no training curves, so the other analyses stay cheap.
        var all = DatasetCatalog.Load("pythia-tasks", SharedDatasets.Directory);
        var last = all.Rows.Max(r => r.Tokens);
        var table = all.Where(r => r.Tokens == last);

        var data = ReportAnalysis.Run(table, new ReportSettings { Fitter = new LawFitter(LawCatalog.Create("power", ScalingLaws.Data.Field.Params)), Backtest = null });

        Assert.Empty(data.Downstream);
        Assert.Equal("No benchmark-accuracy analysis: no task reader was given (ReportSettings.Tasks), so the table was not read for task columns.", data.DownstreamNote);
        Assert.NotEmpty(DownstreamTasks.Run(table, TaskColumns.All).Tasks);
    }
}
