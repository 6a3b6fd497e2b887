using ScalingLaws.Estimation;
using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary>
/// <c>scaling plot are FILE</c> or <c>--dataset NAME</c>: runs the estimation study (Choshen et al. 2024) and draws
/// each family's k × p table of errors as a heatmap. With several families, one figure per family
/// is written next to <c>--out</c> as NAME-&lt;family&gt;.png, unless <c>--family</c> picks one.
/// </summary>
internal static class PlotAreCommand
{
    public static Command Create(CliConsole console)
    {
        var study = new StudyOptions();
        var figure = new FigureOptions(console);
        var command = new Command("are",
            "The estimation study's error heatmap: ARE of the law fitted to the k smallest models on the first fraction p of their runs, predicting the largest.\n\n" +
            "Example:\n  scaling plot are my_runs.csv --out my-are.png\n  scaling plot are --dataset opt --out opt-are.png\n  scaling plot are --dataset opt --token-cut 0 --out opt-no-cut.svg")
        {
            study, figure
        };
        return figure.Draws(command, (parse, cancellation) =>
        {
            var settings = new EvaluationSettings
            {
                Method = study.Method(parse),
                MinTokens = study.Cut(parse),
            };
            var table = study.Load(parse).Runs.Table;
            var result = new EvaluationStudy(settings).Run(table, cancellation);
            var outPath = parse.GetValue(figure.Out)!;
            if (UnscoredStudy.Applies(result))
            {
                console.Error.WriteLine(UnscoredStudy.Warning(table, settings.MinTokens, outPath));
                return FitExit.Unusable;
            }
            var several = result.Families.Count > 1;
            foreach (var evaluation in result.Families)
            {
                var data = AreHeatmapPlotData.From(evaluation, settings.Fractions, parse.GetValue(figure.Title));
                var path = several ? FamilyPath(outPath, evaluation.Family) : outPath;
                figure.Save(parse, ScalingPlots.AreHeatmap(data), path);
            }
            return 0;
        });
    }

    internal static string FamilyPath(string path, string family)
    {
        var safe = new string([.. family.Trim().Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        var folder = Path.GetDirectoryName(path);
        var name = $"{Path.GetFileNameWithoutExtension(path)}-{safe}{Path.GetExtension(path)}";
        return string.IsNullOrEmpty(folder) ? name : Path.Combine(folder, name);
    }
}
