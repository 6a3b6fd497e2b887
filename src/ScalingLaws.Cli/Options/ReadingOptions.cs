using System.CommandLine;
using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// How every command that takes FILE reads it: the file argument or a public dataset by name (--dataset NAME,
/// from --data-dir), column mapping and row rules. Shared so that all commands read data the same way.
/// </summary>
internal sealed class ReadingOptions
{
    private readonly bool optional;

    /// <param name="optional">Whether the data may be left out (e.g. a plot that can show runs but needs none).</param>
    public ReadingOptions(bool optional = false)
    {
        this.optional = optional;
        // Optional for the parser in every case: --dataset NAME may stand in for FILE. Load checks that exactly one is given.
        File = new Argument<string>("FILE")
        {
            Description = "Table of runs: CSV, TSV or JSON Lines, one row per model or checkpoint (or give --dataset NAME instead).",
            Arity = ArgumentArity.ZeroOrOne,
        };
    }

    public Argument<string> File { get; }

    public Option<string?> Dataset { get; } = new("--dataset")
    {
        HelpName = "NAME",
        Description = "Read a public dataset instead of FILE, e.g. --dataset chinchilla (see 'scaling datasets list').",
    };

    public Option<string?> DataDir { get; } = new("--data-dir")
    {
        HelpName = "DIR",
        Description = $"Folder holding the datasets, for --dataset (default: ${DataDirectory.EnvironmentVariable}, else ../shared/data beside the repository).",
    };

    public Option<string[]> Map { get; } = new("--map")
    {
        Description = "Column for a field, e.g. --map params=\"Model Size\" (fields: model, family, params, tokens, flops, loss, step). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Delimiter { get; } = DelimiterOption.Create();

    public Option<int> DropHighestLoss { get; } = new("--drop-highest-loss")
    {
        Description = "Drop the K highest-loss rows first (Epoch drops 5 from the Chinchilla data).",
    };

    public Option<string?> MinTokens { get; } = new("--min-tokens")
    {
        Description = "Keep only rows trained on at least T tokens, e.g. 10B.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(File);
        command.Options.Add(Dataset);
        command.Options.Add(DataDir);
        command.Options.Add(Map);
        command.Options.Add(Delimiter);
        command.Options.Add(DropHighestLoss);
        command.Options.Add(MinTokens);
    }

    /// <summary>Reads FILE or --dataset when one is given; null when neither is (a lone --data-dir is still an error).</summary>
    public ObservationTable? LoadIfGiven(ParseResult parse) =>
        parse.GetValue(File) is null && parse.GetValue(Dataset) is null && parse.GetValue(DataDir) is null ? null : Load(parse);

    /// <summary>Reads FILE or --dataset (exactly one) and applies the row rules in order: minimum tokens, then highest losses.</summary>
    public ObservationTable Load(ParseResult parse)
    {
        var table = Read(parse);
        if (parse.GetValue(MinTokens) is { } minTokens)
            table = RowRules.MinTokens(table, OptionValues.Number(minTokens, $"--min-tokens {minTokens}"));
        var drop = parse.GetValue(DropHighestLoss);
        if (drop < 0)
            throw new ScalingLawsException($"--drop-highest-loss {drop}: give a number of rows, 0 or more.");
        return RowRules.DropHighestLoss(table, drop);
    }

    /// <summary>Reads FILE or --dataset (exactly one) without the row rules; <paramref name="remap"/> adds to FILE's --map (e.g. a column option of the command's own).</summary>
    public ObservationTable Read(ParseResult parse, Func<ColumnMap, ColumnMap>? remap = null)
    {
        var file = parse.GetValue(File);
        var dataset = parse.GetValue(Dataset);
        var help = $"see '{HelpCommand(parse)} --help'";
        if (file is not null && dataset is not null)
            throw new ScalingLawsException($"give FILE or --dataset NAME, not both ('{file}' and --dataset {dataset}); {help}.");
        if (dataset is null)
        {
            if (parse.GetValue(DataDir) is not null)
                throw new ScalingLawsException($"--data-dir is used only with --dataset NAME; give --dataset, or leave --data-dir out; {help}.");
            if (file is null)
                throw new ScalingLawsException(optional
                    ? $"no data given; {help}."
                    : $"missing FILE (or --dataset NAME); {help}.");
            var map = ColumnMap.Parse(parse.GetValue(Map) ?? []);
            return TableReader.Read(file, new ReadOptions { Map = remap is null ? map : remap(map), Delimiter = DelimiterOption.Parse(parse.GetValue(Delimiter)) });
        }
        if (parse.GetValue(Map) is { Length: > 0 })
            throw new ScalingLawsException($"--map applies to FILE; the columns of --dataset {dataset} are already mapped. Leave --map out.");
        var info = DatasetCatalog.Find(dataset); // an unknown name fails before the data folder is looked for
        return DatasetCatalog.Load(info.Name, DataDirectory.Resolve(parse.GetValue(DataDir)));
    }

    // "scaling fit", "scaling plot fit": the path of the command that was run.
    private static string HelpCommand(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(result.Command is RootCommand ? "scaling" : result.Command.Name);
        names.Reverse();
        return string.Join(" ", names);
    }
}
