using System.Text.Json;
using ScalingLaws.Analysis;
using ScalingLaws.IO.Curves;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Training.Study;

namespace ScalingLaws.Training.Store;

/// <summary>
/// A study on disk. Every file is written whole or not at all (temporary file, then rename), in an order that
/// makes a kill at any moment safe: a run's measurements before its state, so a resumed run drops measurements
/// past its state and repeats them exactly. Finished runs are never touched again.
/// <code>
/// DIR/study.json                  settings, data, true entropy, planned runs
/// DIR/results.csv                 the last measurement of each finished run (for fit, isoflop)
/// DIR/checkpoints.csv             every measurement of the finished runs (for envelope, curve laws)
/// DIR/positions.csv               the per-position losses of the finished runs (for the temporal law)
/// DIR/runs/NAME.json              a run's measurements and whether it is finished
/// DIR/runs/NAME.csv, .positions.csv   the same as tables
/// DIR/runs/NAME.state             the state to resume from (removed when the run finishes)
/// DIR/runs/NAME.at-STEP.state     a state other runs branch from
/// </code>
/// </summary>
public sealed class StudyDirectory : IRunStore
{
    /// <summary>File names inside the study folder.</summary>
    public const string ManifestFile = "study.json", ResultsFile = "results.csv", CheckpointsFile = "checkpoints.csv", PositionsFile = "positions.csv";
    private readonly Dictionary<string, PlannedRun> _runs;

    private StudyDirectory(string path, StudyManifest manifest, IReadOnlyList<PlannedRun> runs)
    {
        (Path, Manifest, _runs) = (path, manifest, runs.ToDictionary(r => r.Name));
        Runs = runs;
    }

    /// <summary>The study folder.</summary>
    public string Path { get; }

    /// <summary>The study's settings and planned runs.</summary>
    public StudyManifest Manifest { get; }

    /// <summary>The planned runs, in training order.</summary>
    public IReadOnlyList<PlannedRun> Runs { get; }

    private string RunsPath => System.IO.Path.Combine(Path, "runs");

    /// <summary>Creates the directory, or opens it to resume if it holds the same study; refuses a different one.</summary>
    public static StudyDirectory Open(string path, StudyManifest manifest, IReadOnlyList<PlannedRun> runs)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.Combine(path, "runs"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScalingLawsException($"{path}: cannot create the study directory ({e.Message}); choose a writable --out.");
        }
        var file = System.IO.Path.Combine(path, ManifestFile);
        if (File.Exists(file))
        {
            var existing = ReadManifest(path);
            if (Json(existing.Settings) != Json(manifest.Settings) || existing.Data != manifest.Data)
                throw new ScalingLawsException($"{path}: holds another study ({existing.Settings}; {existing.Data}); resume it with the same options, or give a new --out.");
            // Run names follow QuantityFormat (three significant figures, 65.5K) since issue 19; an older study's (65.54K) would not match its logs.
            if (!existing.Runs.Select(r => r.Name).Order(StringComparer.Ordinal).SequenceEqual(manifest.Runs.Select(r => r.Name).Order(StringComparer.Ordinal)))
                throw new ScalingLawsException($"{path}: its runs have other names ({string.Join(", ", existing.Runs.Take(2).Select(r => r.Name))}, …), given by an older version of scaling; resume it with that version, or give a new --out.");
        }
        else
            AtomicFile.WriteAllText(file, Json(manifest) + "\n");
        return new StudyDirectory(path, manifest, runs);
    }

    /// <summary>Reads the manifest of the study folder at <paramref name="path"/>.</summary>
    public static StudyManifest ReadManifest(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ScalingLawsException("an empty folder name was given; give the study folder written by 'scaling study run --out DIR'.");
        if (FileKinds.Of(path) is not (FileKind.Directory or FileKind.Missing) and var kind)
            throw new DataFileException(path, $"this is {FileKinds.Describe(kind)}, not a study folder", "give the folder written by 'scaling study run --out DIR'");
        if (FileKinds.Of(path) == FileKind.Missing)
            throw new DataFileException(path, "no such folder", "check the path, or run 'scaling study run ... --out DIR' first");
        var file = System.IO.Path.Combine(path, ManifestFile);
        if (!File.Exists(file))
            throw new DataFileException(path, $"no {ManifestFile}: not a study directory", "run 'scaling study run ... --out DIR' first");
        StudyManifest manifest;
        var text = InputFile.ReadAllText(file, "a study manifest");
        try
        {
            manifest = DocumentJson.Deserialize<StudyManifest>(text, Documents)
                ?? throw new DataFileException(file, "empty", "delete the directory and run the study again");
        }
        catch (JsonException e)
        {
            throw new DataFileException(file, $"not a study manifest ({JsonProblem.Describe(e, text)})", "delete the directory and run the study again");
        }
        DocumentVersion.Check(file, "a study manifest", manifest.Version, StudyManifest.CurrentVersion, "run the study again into a new --out");
        return manifest;
    }

    /// <summary>
    /// Refuses a study folder whose run files do not match its manifest, rather than summarising half of it: a
    /// run log the manifest does not plan (two studies mixed in one folder), or a finished run missing its tables.
    /// </summary>
    public static void Verify(string path, StudyManifest manifest)
    {
        var runs = System.IO.Path.Combine(path, "runs");
        if (!Directory.Exists(runs))
            return;
        var planned = manifest.Runs.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var log in Directory.GetFiles(runs, "*.json").Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(log);
            if (!planned.Contains(name))
                throw new DataFileException(log, $"run '{name}' is not one of the {planned.Count} runs planned in {ManifestFile}", "move it out of the folder, or run that study into its own --out");
            if (ReadLog(log) is not { Finished: true })
                continue;
            var missing = new[] { ".csv", ".positions.csv" }.Select(e => System.IO.Path.Combine(runs, name + e)).FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
                throw new DataFileException(missing, $"missing, though run '{name}' finished: the study folder is incomplete", $"delete {log} and run 'scaling study run' with the same options to train it again");
        }
    }

    /// <summary>The logs of the finished runs in a study directory, by name.</summary>
    public static IReadOnlyList<RunLog> FinishedLogs(string path)
    {
        var runs = System.IO.Path.Combine(path, "runs");
        return !Directory.Exists(runs)
            ? []
            : [.. Directory.GetFiles(runs, "*.json").Order(StringComparer.Ordinal).Select(ReadLog).OfType<RunLog>().Where(l => l.Finished && l.Checkpoints.Count > 0)];
    }

    /// <summary>The per-position table of one run in a study directory.</summary>
    private static string RunPositionsFile(string path, string run) => System.IO.Path.Combine(path, "runs", run + ".positions.csv");

    /// <summary>
    /// What the finished runs of the study folder at <paramref name="path"/> measured, for <see cref="StudySummary"/>: the tables of
    /// last and of all checkpoints, and each run's per-position losses in the manifest's run order.
    /// </summary>
    public static StudyMeasurements ReadMeasurements(string path, StudyManifest manifest)
    {
        var results = TableReader.Read(System.IO.Path.Combine(path, ResultsFile));
        var checkpoints = TableReader.Read(System.IO.Path.Combine(path, CheckpointsFile));
        var order = manifest.Runs.Select(r => r.Name).ToList();
        var runs = FinishedLogs(path).OrderBy(l => order.IndexOf(l.Run)).Select(l => PositionLossReader.Read(RunPositionsFile(path, l.Run))[0]);
        return new StudyMeasurements(results, checkpoints, [.. runs], manifest.BayesLosses, System.IO.Path.Combine(path, PositionsFile));
    }

    /// <summary>Whether the run has finished.</summary>
    public bool IsFinished(string run) => Log(run)?.Finished == true;

    /// <summary>The run's measurements up to its saved state (all of them when finished).</summary>
    public IReadOnlyList<Checkpoint> Checkpoints(string run)
    {
        var checkpoints = Log(run)?.Checkpoints ?? [];
        // Measurements past the saved state were taken by a process killed before it saved the state: they will be repeated.
        var stateStep = State(run)?.Step ?? 0;
        return IsFinished(run) ? checkpoints : [.. checkpoints.Where(c => c.Step <= stateStep)];
    }

    /// <summary>The run's saved state, or null when it has none.</summary>
    public TrainingState? State(string run) => File.Exists(StatePath(run)) ? StateFile.Read(StatePath(run)) : null;

    /// <summary>The saved state another run branches from.</summary>
    public TrainingState BranchState(BranchPoint point)
    {
        var path = BranchPath(point.Run, point.Step);
        return File.Exists(path)
            ? StateFile.Read(path)
            : throw new ScalingLawsException($"{path}: missing; run {point.Run} did not keep its state at step {point.Step}. Delete {RunFile(point.Run, ".json")} to train it again.");
    }

    /// <summary>Saves the run's measurements, then its state (and a copy to branch from when asked).</summary>
    public void Save(PlannedRun run, IReadOnlyList<Checkpoint> checkpoints, TrainingState state, bool keepForBranch)
    {
        WriteLog(run, checkpoints, finished: false);
        if (keepForBranch)
            StateFile.Write(BranchPath(run.Name, state.Step), state);
        StateFile.Write(StatePath(run.Name), state);
    }

    /// <summary>Marks the run finished and rewrites the study's tables.</summary>
    public void Finish(PlannedRun run, IReadOnlyList<Checkpoint> checkpoints)
    {
        WriteLog(run, checkpoints, finished: true);
        File.Delete(StatePath(run.Name));
        WriteTables();
    }

    /// <summary>Rewrites the study-wide tables from the finished runs.</summary>
    public void WriteTables()
    {
        var finished = Runs.Select(r => (Run: r, Log: Log(r.Name))).Where(x => x.Log?.Finished == true).ToList();
        AtomicFile.WriteAllText(Combine(ResultsFile), StudyTables.Measurements(finished.Select(x => (x.Run, x.Log!.Checkpoints[^1]))));
        var all = finished.SelectMany(x => x.Log!.Checkpoints.Select(c => (x.Run, c))).ToList();
        AtomicFile.WriteAllText(Combine(CheckpointsFile), StudyTables.Measurements(all));
        AtomicFile.WriteAllText(Combine(PositionsFile), StudyTables.Positions(all, Runs[0].Config.Context));
    }

    private void WriteLog(PlannedRun run, IReadOnlyList<Checkpoint> checkpoints, bool finished)
    {
        AtomicFile.WriteAllText(RunFile(run.Name, ".json"), Json(new RunLog(run.Name, finished, checkpoints) { Version = RunLog.CurrentVersion }));
        var rows = checkpoints.Select(c => (run, c)).ToList();
        AtomicFile.WriteAllText(RunFile(run.Name, ".csv"), StudyTables.Measurements(rows));
        AtomicFile.WriteAllText(RunFile(run.Name, ".positions.csv"), StudyTables.Positions(rows, run.Config.Context));
    }

    private RunLog? Log(string run) => ReadLog(RunFile(run, ".json"));

    private static RunLog? ReadLog(string path)
    {
        if (!File.Exists(path))
            return null;
        RunLog? log;
        var text = InputFile.ReadAllText(path, "a run log");
        try
        {
            log = DocumentJson.Deserialize<RunLog>(text, Documents);
        }
        catch (JsonException e)
        {
            throw new DataFileException(path, $"not a run log ({JsonProblem.Describe(e, text)})", "delete it to train the run again");
        }
        if (log is not null)
            DocumentVersion.Check(path, "a run log", log.Version, RunLog.CurrentVersion, "delete it to train the run again");
        return log;
    }

    private string Combine(string file) => System.IO.Path.Combine(Path, file);

    private string RunFile(string run, string extension) => System.IO.Path.Combine(RunsPath, run + extension);

    private string StatePath(string run) => RunFile(run, ".state");

    private string BranchPath(string run, long step) => RunFile(run, $".at-{step}.state");

    private static string Json<T>(T value) => DocumentJson.Serialize(value, Documents);

    // The law files' document options over this store's generated metadata.
    private static JsonSerializerOptions Documents { get; } = DocumentJson.Options(StoreJsonContext.Default);
}
