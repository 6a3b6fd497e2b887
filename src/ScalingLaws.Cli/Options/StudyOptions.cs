using System.CommandLine;
using ScalingLaws.Data;
using ScalingLaws.Estimation;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Cli.Options;

/// <summary>The options of the commands that rerun the estimation study on a public dataset: which data, which family, which fit.</summary>
internal sealed class StudyOptions
{
    public Option<string> Dataset { get; } = new("--dataset")
    {
        HelpName = "NAME",
        Description = "The public dataset to study, e.g. opt or gpt3 (see 'scaling datasets list').",
        Required = true,
    };

    public Option<string?> DataDir { get; } = new("--data-dir")
    {
        HelpName = "DIR",
        Description = $"Folder holding the datasets ({DataDirectory.Default}).",
    };

    public Option<string?> Family { get; } = new("--family") { Description = "One family of the dataset (default: every family)." };

    public Option<string> Objective { get; } = new("--objective")
    {
        Description = "least-squares (the study) or huber-log (Hoffmann: Huber on ln L from a start grid).",
        DefaultValueFactory = _ => "least-squares",
    };

    public Option<int> StartStride { get; } = new("--start-stride")
    {
        Description = "huber-log: keep every k-th value of each start-grid axis; 2 (243 starts) by default, 1 for the full 4,500.",
        DefaultValueFactory = _ => EstimationMethod.HuberGrid.Options.StartStride,
    };

    public Option<string> MinTokens { get; } = new("--min-tokens")
    {
        Description = "Train only on checkpoints with more than T tokens; 0 keeps them all.",
        DefaultValueFactory = _ => "10B",
    };

    /// <param name="tokenCut">Whether the command lets the user choose the token cut (findings compares both itself).</param>
    public void AddTo(Command command, bool tokenCut = true)
    {
        foreach (var option in new Option[] { Dataset, DataDir, Family, Objective, StartStride })
            command.Options.Add(option);
        if (tokenCut)
            command.Options.Add(MinTokens);
    }

    /// <summary>The token cut: checkpoints at or below it are not trained on; 0 keeps them all.</summary>
    public double TokenCut(ParseResult parse)
    {
        var text = parse.GetValue(MinTokens)!;
        var value = OptionValues.Number(text, $"--min-tokens {text}");
        return value >= 0 ? value : throw new ScalingLawsException($"--min-tokens {text}: give 0 (keep every checkpoint) or a positive count such as 10B.");
    }

    /// <summary>The dataset's name and its rows, narrowed to --family when given.</summary>
    public (string Name, ObservationTable Table) Load(ParseResult parse)
    {
        var info = DatasetCatalog.Find(parse.GetValue(Dataset)!);
        var table = DatasetCatalog.Load(info.Name, DataDirectory.Resolve(parse.GetValue(DataDir)));
        return (info.Name, FamilySelection.Select(table, parse.GetValue(Family)));
    }

    public EstimationMethod Method(ParseResult parse)
    {
        var stride = Stride(parse);
        return parse.GetValue(Objective) switch
        {
            "least-squares" => EstimationMethod.LeastSquares,
            "huber-log" => EstimationMethod.HuberGrid with { Options = EstimationMethod.HuberGrid.Options with { StartStride = stride } },
            var other => throw new ScalingLawsException($"--objective {other}: choose least-squares or huber-log."),
        };
    }

    // Checked here: inside the study a bad stride would fail every cell instead of stopping with one line.
    private int Stride(ParseResult parse)
    {
        var k = parse.GetValue(StartStride);
        return k >= 1 ? k : throw new ScalingLawsException($"--start-stride {k}: keep every k-th start-grid value with k ≥ 1 (1 is the full grid, 2 the default).");
    }
}
