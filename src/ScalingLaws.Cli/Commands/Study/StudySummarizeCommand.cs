using System.CommandLine;
using System.Text.Json;
using ScalingLaws.Cli.Options;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.Fitting;
using ScalingLaws.IO;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.IO.Study;
using ScalingLaws.Laws;
using ScalingLaws.Planning;

namespace ScalingLaws.Cli.Commands.Study;

/// <summary><c>scaling study summarize DIR</c>: the Chinchilla law fitted to the study's runs, its IsoFLOP exponents, E against the true entropy, and the per-position losses.</summary>
internal static class StudySummarizeCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR") { Description = "A directory written by 'scaling study run'." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };
        var command = new Command("summarize", "Fit the Chinchilla law L = E + A/N^α + B/D^β to a study's finished runs (N = non-embedding parameters), find the IsoFLOP exponents, compare E with the true entropy, and analyse the per-position losses of each run (position laws, uniform learning, the temporal law's forecast of the second half from the first).\n\nExample:\n  scaling study summarize study");
        command.Arguments.Add(directory);
        command.Options.Add(json);
        command.SetAction(parse => CommandRunner.Run(console, cancellation =>
        {
            var path = parse.GetValue(directory)!;
            var manifest = StudyDirectory.ReadManifest(path);
            var table = TableReader.Read(Path.Combine(path, StudyDirectory.ResultsFile));
            var fit = new LawFitter(ChinchillaLaw.Instance).Fit(table, cancellation);
            var (isoFlop, isoFlopNote) = IsoFlop(table);
            var positions = PositionSummary.Read(path, manifest);
            var order = manifest.Runs.Select(r => r.Name).ToList();
            var temporal = TemporalSummary.Of(path, cancellation).OrderBy(t => order.IndexOf(t.Run)).ToList();
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(StudySummaryView.Json(manifest, fit, isoFlop, isoFlopNote, positions, temporal), LawFile.JsonOptions));
            else
            {
                FitReportView.Write(console.Ansi, table.Source, fit, null, null);
                console.Out.WriteLine();
                if (isoFlop is not null)
                    IsoFlopView.Write(console.Ansi, table, new IsoFlopAnalysis(), isoFlop, null);
                StudySummaryView.Write(console.Ansi, manifest, fit, isoFlopNote, positions, temporal);
            }
            return 0;
        }));
        return command;
    }

    // Approach 2 needs three sizes at each of two budgets; a small sweep may not have them, which is a finding, not an error.
    private static (IsoFlopResult? Result, string? Note) IsoFlop(ScalingLaws.Data.ObservationTable table)
    {
        try
        {
            return (new IsoFlopAnalysis().Run(table), null);
        }
        catch (ScalingLawsException e)
        {
            return (null, e.Worded());
        }
    }
}
