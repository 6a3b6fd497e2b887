using ScalingLaws.Training.Store;

namespace ScalingLaws.Cli.Commands.Study;

/// <summary>
/// <c>scaling study summarize DIR</c>: the Chinchilla law fitted to the study's intermediate checkpoints (the
/// estimation guide's way, with its early cut scaled to the study) and to the last checkpoint of each run, its
/// IsoFLOP exponents, E against the true entropy, and the per-position losses. Every analysis the runs
/// support is reported; each one they do not support says why.
/// </summary>
internal static class StudySummarizeCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR") { Description = "A directory written by 'scaling study run'." };
        var json = CommonOptions.Json();
        var command = new Command("summarize", "Fit the Chinchilla law L = E + A/N^α + B/D^β to a study's finished runs (N = non-embedding parameters): to their intermediate checkpoints after an early cut (the estimation guide's 10B tokens, scaled to the study's longest run) and to each run's last checkpoint; find the IsoFLOP exponents, compare E with the true entropy, and analyse the per-position losses of each run (position laws, uniform learning, the temporal law's forecast of the second half from the first). Analyses the runs cannot support say why.\n\nExample:\n  scaling study summarize study")
        {
            directory, json
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var path = parse.GetValue(directory)!;
            var manifest = StudyDirectory.ReadManifest(path);
            StudyDirectory.Verify(path, manifest);
            if (StudyDirectory.FinishedLogs(path).Count == 0)
                throw new ScalingLawsException($"{path}: no run of the study has finished yet; run 'scaling study run' with the same options to resume it.");
            var study = StudyDirectory.ReadMeasurements(path, manifest);
            var summary = StudySummary.Of(study, cancellation);
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(StudySummaryView.Json(manifest, summary)),
                ansi => StudySummaryView.Write(ansi, manifest, study, summary));
            return 0;
        });
    }
}
