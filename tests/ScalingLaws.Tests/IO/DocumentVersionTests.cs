using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ScalingLaws.Downstream;
using ScalingLaws.IO;
using ScalingLaws.IO.Curves;
using ScalingLaws.IO.Downstream;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Training.Store;

namespace ScalingLaws.Tests.IO;

/// <summary>
/// Every document the tool writes and reads back (law, curve-law and accuracy-law files, the study manifest and run
/// logs) is written with "version": 1 first; read back without a version it is version 1 (files from older builds);
/// with a version this build does not know it is refused in one line naming the file, the version and what to do.
/// </summary>
public sealed class DocumentVersionTests : WithTempFolder
{
    [Fact]
    public void Law_file()
    {
        var path = Path.Combine(temp.FullName, "fit.json");
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--out", path, "--backtest-by", "none").AssertSuccess();

        AssertVersioned(path, () => Assert.Equal(1, LawFile.Read(path).Version), () => LawFile.Read(path), "a law file");
        var line = ScalingProcess.Run("predict", "--law-file", path, "--params", "1e9", "--tokens", "2e10").AssertInputError(path, "format version 99");
        Assert.Contains("update scaling", line);
    }

    [Fact]
    public void Curve_law_file()
    {
        var curve = temp.Write("curve.csv", "step,loss\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n");
        var path = Path.Combine(temp.FullName, "curve-law.json");
        ScalingProcess.Run("curve", "fit", curve, "--law", "power", "--out", path).AssertSuccess();

        AssertVersioned(path, () => Assert.Equal("power", CurveLawFile.Read(path).Law.Name), () => CurveLawFile.Read(path), "a curve-law file");
    }

    [Fact]
    public void Accuracy_law_file()
    {
        var table = new StringBuilder("params,tokens,loss,quiz,quiz_chance\n");
        foreach (var row in SyntheticTasks.Draw(SigmoidAccuracyLaw.Instance, [0.25, 0.85, 3, 3.0], 0.25, 2000, seed: 7).Rows)
            table.AppendLine(string.Join(",", new[] { row.Params, row.Tokens, row.Loss, row.Score, 0.25 }.Select(c => c.ToString("R", CultureInfo.InvariantCulture))));
        var data = temp.Write("tasks.csv", table.ToString());
        var path = Path.Combine(temp.FullName, "quiz.json");
        ScalingProcess.Run("downstream", "fit", data, "--task", "quiz", "--law", "sigmoid", "--out", path).AssertSuccess();

        AssertVersioned(path, () => Assert.Equal("quiz", AccuracyLawFile.Read(path).Task), () => AccuracyLawFile.Read(path), "an accuracy-law file");
    }

    [Fact]
    public void Study_manifest_and_run_logs()
    {
        var study = Path.Combine(temp.FullName, "study");
        ScalingProcess.Run("study", "run", "--params", "3K", "--tokens", "8K", "--context", "16", "--batch", "8", "--eval-sequences", "16",
            "--checkpoints", "2", "--seed", "3", "--quiet", "--out", study).AssertSuccess();

        var manifest = Path.Combine(study, StudyDirectory.ManifestFile);
        AssertVersioned(manifest, () => Assert.Single(StudyDirectory.ReadManifest(study).Runs), () => StudyDirectory.ReadManifest(study), "a study manifest");
        var log = Assert.Single(Directory.GetFiles(Path.Combine(study, "runs"), "*.json"));
        AssertVersioned(log, () => Assert.Single(StudyDirectory.FinishedLogs(study)), () => StudyDirectory.FinishedLogs(study), "a run log");
    }

    // Written with version 1 as the first field; read without one; refused at 0 (which no build wrote) and, left so, at 99.
    private static void AssertVersioned(string path, Action readsAsVersionOne, Action read, string kind)
    {
        var written = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal(("version", 1), (written.First().Key, (int)written.First().Value!));

        written.Remove("version");
        File.WriteAllText(path, written.ToJsonString());
        readsAsVersionOne();

        written["version"] = 0;
        File.WriteAllText(path, written.ToJsonString());
        Assert.Contains("format version 0", Assert.Throws<DataFileException>(read).Message);

        written["version"] = 99;
        File.WriteAllText(path, written.ToJsonString());
        var newer = Assert.Throws<DataFileException>(read);
        Assert.Equal($"{path}: {kind} of format version 99, but this build of scaling reads version 1; update scaling to read it, or ", newer.Message[..(newer.Message.IndexOf(" or ") + 4)]);
        Messages.AssertOneLine(newer.Message);
    }
}
