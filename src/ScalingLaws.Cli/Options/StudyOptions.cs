using ScalingLaws.Estimation;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// The options of the commands that run the estimation study: which data (FILE or a public dataset, read as
/// every command reads tables), which column holds the families, which rows (--family, --where, --exclude-model, as
/// every command that reads runs selects them), which fit.
/// </summary>
internal sealed class StudyOptions : IOptionGroup
{
    private ReadingOptions Reading { get; } = new();

    /// <summary>FILE's column mapping, as every command that reads tables takes it.</summary>
    public Option<string[]> Map => Reading.Map;

    public Option<string?> FamilyColumn { get; } = new("--family-column")
    {
        HelpName = "COLUMN",
        Description = "FILE's column naming each row's model family (default: a column named family or model_family; without one, the whole file is one family named after it).",
    };

    public Option<Choice<FitObjective>> Objective { get; } = ChoiceOption.Create<FitObjective>(
        "--objective", "least-squares (the study) or huber-log (Hoffmann: Huber on ln L from a start grid).",
        [new("least-squares", FitObjective.LeastSquares), new("huber-log", FitObjective.HuberLog)], "least-squares");

    public Option<int> StartStride { get; } = new("--start-stride")
    {
        Description = "huber-log: keep every k-th value of each start-grid axis; 2 (243 starts) by default, 1 for the full 4,500.",
        DefaultValueFactory = _ => EstimationMethod.HuberGrid.Options.StartStride,
    };

    /// <summary>
    /// The guide's early-checkpoint cut. Not fit's --min-tokens: the guide's cut is strict (a checkpoint at exactly 10B
    /// tokens is dropped; OPT has one), fit's keeps rows at T, and each reproduces its own published results.
    /// </summary>
    public Option<string> TokenCut { get; } = new("--token-cut")
    {
        HelpName = "T",
        Description = "Fit only on checkpoints with more than T tokens (the guide's cut, strict: a checkpoint at exactly T is dropped); 0 keeps them all.",
        DefaultValueFactory = _ => "10B",
    };

    public void AddTo(Command command)
    {
        var selection = Reading.Selection;
        command.AddAll(Reading.File, Reading.Dataset, Reading.DataDir, Reading.Map, FamilyColumn, selection.Family, selection.Where, selection.ExcludeModel, Objective, StartStride, TokenCut);
        _oldCut = RenamedOption.Accept(command, "--min-tokens", "--token-cut");
    }

    // The study's cut was spelt --min-tokens before (issue 13 names it so): still read as --token-cut, with a note.
    private RenamedOption? _oldCut;

    /// <summary>The token cut: checkpoints at or below it are not trained on; 0 keeps them all.</summary>
    public double Cut(ParseResult parse)
    {
        var old = _oldCut?.OldValue(parse, TokenCut);
        var text = old ?? parse.GetValue(TokenCut)!;
        var value = OptionValues.Number(text, $"{(old is null ? "--token-cut" : "--min-tokens")} {text}");
        return value >= 0 ? value : throw new ScalingLawsException($"--token-cut {text}: give 0 (keep every checkpoint) or a positive count such as 10B.");
    }

    /// <summary>
    /// The data's name (FILE as given, or the dataset's) and its rows, narrowed by --family, --where and --exclude-model,
    /// with what was selected (the table also carries it as its note, for the text views).
    /// </summary>
    public (string Name, LoadedRuns Runs) Load(ParseResult parse)
    {
        var file = parse.GetValue(Reading.File);
        var column = parse.GetValue(FamilyColumn);
        if (file is null && column is not null && parse.GetValue(Reading.Dataset) is { } dataset)
            throw new ScalingLawsException($"--family-column applies to FILE; the families of --dataset {dataset} are already known. Leave --family-column out.");
        var table = Reading.Read(parse, map => WithFamilyColumn(map, column));
        var name = file ?? DatasetCatalog.Find(parse.GetValue(Reading.Dataset)!).Name;
        var (selected, summary) = Reading.Selection.Create(parse).Apply(file is null ? table : NameUnlabelled(table, file));
        if (file is not null)
            selected = WithBlankFamilies(selected, table, file);
        if (_oldCut?.OldValue(parse, TokenCut) is not null)
            selected = selected.WithNote(_oldCut.Note);
        if (parse.GetResult(TokenCut) is { Implicit: false } || _oldCut?.OldValue(parse, TokenCut) is not null)
            RefuseCutPastEveryRow(Cut(parse), selected, name);
        return (name, new LoadedRuns(selected, summary ?? SelectionSummary.Everything(selected.Count), []));
    }

    // A cut given at or past every checkpoint leaves nothing to fit: every cell of the study was empty and the findings
    // "inconclusive". The default cut (10B) on a small sweep still says so cell by cell, as docs/estimation.md describes.
    private static void RefuseCutPastEveryRow(double cut, ObservationTable table, string name)
    {
        if (cut > 0 && table.Count > 0 && table.Rows.Max(r => r.Tokens) is var most && most <= cut)
            throw new ScalingLawsException($"--token-cut {Quantity.FormatScientific(cut)}: {name} has no checkpoint past it (the most tokens of any row are {Quantity.Format(most)}), so nothing is left to fit; give a cut below that, or 0 to keep every checkpoint.");
    }

    /// <summary>A table of runs read from <paramref name="file"/> for the study, as <see cref="Load"/> reads FILE.</summary>
    public static ObservationTable ReadFile(string file, IEnumerable<string> map, string? familyColumn)
    {
        var table = TableReader.Read(file, new ReadOptions { Map = WithFamilyColumn(ColumnMap.Parse(map), familyColumn) });
        return WithBlankFamilies(NameUnlabelled(table, file), table, file);
    }

    private static ColumnMap WithFamilyColumn(ColumnMap map, string? column) =>
        column is null ? map : map.With(Field.Family, column, "--family-column");

    // Rows with no family form one family named after the file (its name without folder or extension).
    private static ObservationTable NameUnlabelled(ObservationTable table, string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return table.Rows.Any(r => r.Family is null)
            ? table.WithRows(table.Rows.Select(r => r.Family is null ? r with { Family = name } : r))
            : table;
    }

    // Blank cells of a family column that names the other rows' families: the study takes them as one more family, named
    // after the file, and averages it in; a warning names them (before, "Average over 2 families" said nothing of it).
    private static ObservationTable WithBlankFamilies(ObservationTable studied, ObservationTable read, string file)
    {
        var blank = read.Rows.Where(r => r.Family is null).Select(r => r.SourceRow).ToHashSet();
        var kept = studied.Rows.Where(r => blank.Contains(r.SourceRow)).ToList();
        if (blank.Count == read.Count || kept.Count == 0)
            return studied;
        var name = Path.GetFileNameWithoutExtension(file);
        return studied.WithNote($"warning: {kept.Count:N0} rows have no family (first, row {kept[0].SourceRow}) where the family column names the others', so they are studied as one more family, '{name}'; " +
            "fill their family in, or leave them out with --family NAME.");
    }

    public EstimationMethod Method(ParseResult parse)
    {
        var stride = Stride(parse);
        return parse.GetValue(Objective)!.Value == FitObjective.LeastSquares
            ? EstimationMethod.LeastSquares
            : EstimationMethod.HuberGrid with { Options = EstimationMethod.HuberGrid.Options with { StartStride = stride } };
    }

    // Checked here: inside the study a bad stride would fail every cell instead of stopping with one line.
    private int Stride(ParseResult parse)
    {
        var k = parse.GetValue(StartStride);
        return k >= 1 ? k : throw new ScalingLawsException($"--start-stride {k}: keep every k-th start-grid value with k ≥ 1 (1 is the full grid, 2 the default).");
    }
}
