using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// The estimation study on the user's own table: <c>evaluate</c>, <c>findings</c>, <c>plot are</c> and
/// <c>plan --evidence</c> given FILE. OPT's family, written out of the bundled dataset to a CSV, must give
/// exactly what <c>--dataset opt</c> gives; bad files and options are one-line errors.
/// </summary>
public sealed class StudyFileCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static ObservationTable Opt => DatasetCatalog.Load("opt", TestData.SharedData);

    public void Dispose() => _temp.Dispose();

    private string Write(string name, ObservationTable table)
    {
        var path = Path.Combine(_temp.FullName, name);
        TableWriter.WriteCsv(path, table);
        return path;
    }

    [Theory]
    [InlineData()]
    [InlineData("--one-model")]
    [InlineData("--token-cut", "0", "--models", "3,5", "--fit-fraction", "0.2,0.7")]
    [InlineData("--objective", "huber-log", "--models", "4", "--fit-fraction", "1")]
    public void Evaluate_on_OPT_written_to_a_file_equals_the_dataset_exactly(params string[] options)
    {
        var file = Write("opt.csv", Opt);

        var fromFile = ScalingProcess.Run(["evaluate", file, .. options, "--json"]).AssertSuccess();
        var fromDataset = ScalingProcess.Run(["evaluate", "--dataset", "opt", .. options, "--json"]).AssertSuccess();

        Assert.Equal(fromDataset.Stdout, fromFile.Stdout);
        var cells = fromFile.Json["cells"]!.AsArray();
        Assert.Contains(cells, c => (string?)c!["status"] == "ok" && (double)c["are"]! > 0);
    }

    [Fact]
    public void The_text_report_names_the_file_and_gives_the_published_cells()
    {
        var file = Write("opt.csv", Opt);

        var output = ScalingProcess.Run("evaluate", file, "--models", "3", "--fit-fraction", "0.1,1").AssertSuccess().Stdout;

        Assert.Contains($"on {file}: least-squares", output);
        Assert.Matches(@"│ 3 │\s+39\.99 │\s+5\.92 │", output);
    }

    [Fact]
    public void A_file_without_a_family_column_is_one_family_named_after_it()
    {
        var file = Write("my-runs.csv", Opt.WithRows(Opt.Rows.Select(r => r with { Family = null })));

        var json = ScalingProcess.Run("evaluate", file, "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess().Json;

        Assert.Equal(("my-runs", "OPT-175b"), ((string?)json["family"], (string?)json["target"]));
        Assert.Equal(0.0592, (double)json["cells"]![0]!["are"]!, 0.0001);
    }

    [Fact]
    public void The_family_column_option_reads_families_from_a_column_of_any_name()
    {
        var file = Write("opt.csv", Opt);
        File.WriteAllText(file, File.ReadAllText(file).Replace("model,family,", "model,config,", StringComparison.Ordinal));

        var named = ScalingProcess.Run("evaluate", file, "--family-column", "config", "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess().Json;
        var unnamed = ScalingProcess.Run("evaluate", file, "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess().Json;

        Assert.Equal("OPT", (string?)named["family"]);
        Assert.Equal("opt", (string?)unnamed["family"]);
        Assert.Equal((double)named["cells"]![0]!["are"]!, (double)unnamed["cells"]![0]!["are"]!);
    }

    [Fact]
    public void Several_families_in_a_file_are_studied_one_by_one_and_family_picks_them()
    {
        var shifted = Opt.Rows.Select(r => r with { Family = "OPT-shifted", Loss = r.Loss + 1 });
        var file = Write("two.csv", Opt.WithRows([.. Opt.Rows, .. shifted]));

        var both = ScalingProcess.Run("evaluate", file, "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess().Json;
        var one = ScalingProcess.Run("evaluate", file, "--family", "opt-shifted", "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess().Json;

        Assert.Equal(["OPT", "OPT-shifted"], both["families"]!.AsArray().Select(f => (string?)f!["family"]));
        Assert.Equal(0.0592, (double)both["families"]![0]!["cells"]![0]!["are"]!, 0.0001);
        Assert.Equal("OPT-shifted", (string?)one["family"]);
        // Repeatable, as --family is wherever runs are read.
        var two = ScalingProcess.Run("evaluate", file, "--family", "OPT", "--family", "opt-shifted", "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess().Json;
        Assert.Equal(["OPT", "OPT-shifted"], two["selection"]!["families"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(both["families"]!.ToJsonString(), two["families"]!.ToJsonString());
    }

    /// <summary>The study selects rows as every command that reads runs does: leaving out the largest model makes the next the target.</summary>
    [Fact]
    public void Where_and_exclude_model_select_the_study_rows()
    {
        var file = Write("opt.csv", Opt);

        var excluded = ScalingProcess.Run("evaluate", file, "--exclude-model", "OPT-175b", "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess();
        var filtered = ScalingProcess.Run("evaluate", file, "--where", "params<100B", "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess();

        var (byModel, byFilter) = (excluded.Json.AsObject(), filtered.Json.AsObject());
        Assert.Equal("OPT-30b", (string?)byModel["target"]);
        Assert.Equal("OPT-175b", (string?)byModel["selection"]!["excludedModels"]![0]);
        Assert.Equal("params<100B", (string?)byFilter["selection"]!["where"]![0]);
        Assert.Equal((int)byFilter["selection"]!["rows"]!, (int)byModel["selection"]!["rows"]!);
        byModel.Remove("selection");
        byFilter.Remove("selection");
        Assert.Equal(byModel.ToJsonString(), byFilter.ToJsonString());
    }

    /// <summary>The text says what was selected, as fit's does.</summary>
    [Theory]
    [InlineData("evaluate", "--models", "3")]
    [InlineData("findings")]
    public void The_study_says_what_was_selected(string command, params string[] options)
    {
        var file = Write("opt.csv", Opt);

        var output = ScalingProcess.Run([command, file, "--exclude-model", "OPT-175b", .. options]).AssertSuccess().Stdout;

        Assert.Matches(@"· selected without OPT-175b: [\d,]+ of [\d,]+ rows", output);
    }

    [Theory]
    [InlineData("evaluate", new[] { "--family", "nope" }, "--family nope: no such family in dataset opt; its families are OPT.")]
    [InlineData("findings", new[] { "--where", "confg=1" }, "--where confg=1: dataset opt has no column 'confg'; its columns are model, family, params")]
    [InlineData("evaluate", new[] { "--where", "params>=abc" }, "--where params>=abc: 'abc' is not a number, so it cannot be compared with >=")]
    [InlineData("findings", new[] { "--where", "params>1T" }, "--where params>1T: none of the 142 rows of dataset opt passes (params ranges 125M–175B); loosen or drop the filter.")]
    [InlineData("evaluate", new[] { "--exclude-model", "OPT-17" }, "--exclude-model OPT-17: no such model", "(did you mean 'OPT-13b'?)")]
    public void Bad_selection_of_the_study_is_one_error_line(string command, string[] options, params string[] fragments)
    {
        ScalingProcess.Run([command, "--dataset", "opt", .. options]).AssertInputError(fragments);
    }

    [Fact]
    public void The_one_model_variant_needs_one_size_only()
    {
        var olmo = ScalingProcess.Run("evaluate", "--dataset", "olmo", "--one-model", "--json").AssertSuccess().Json;
        var single = Write("175b.csv", Opt.Where(r => r.Params == 175e9));
        var alone = ScalingProcess.Run("evaluate", single, "--one-model", "--fit-fraction", "1", "--json").AssertSuccess().Json;

        var cells = olmo["cells"]!.AsArray();
        Assert.Equal(2 * 10, cells.Count);
        Assert.All(cells, c => Assert.Equal("ok", (string?)c!["status"]));
        var own = cells.Single(c => (string?)c!["model"] == "OLMo-7B" && (double)c["fraction"]! == 1.0)!;
        Assert.Equal(0.0121, (double)own["are"]!, 0.00005);
        // The target predicting the rest of its own run: the last row of OPT's one-model table (0.73 %).
        Assert.Equal(0.0073, (double)alone["cells"]!.AsArray().Single()!["are"]!, 0.00005);
    }

    [Fact]
    public void Findings_on_the_file_equal_those_on_the_dataset()
    {
        var file = Write("opt.csv", Opt);

        var fromFile = ScalingProcess.Run("findings", file, "--json").AssertSuccess().Json;
        var fromDataset = ScalingProcess.Run("findings", "--dataset", "opt", "--json").AssertSuccess().Json;

        Assert.Equal(Without(fromDataset, "dataset"), Without(fromFile, "dataset"));
        Assert.Contains("agrees", fromFile.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_are_of_the_file_draws_the_dataset_figure()
    {
        var file = Write("opt.csv", Opt);
        var (a, b) = (Path.Combine(_temp.FullName, "file.svg"), Path.Combine(_temp.FullName, "dataset.svg"));

        ScalingProcess.Run("plot", "are", file, "--out", a).AssertSuccess();
        ScalingProcess.Run("plot", "are", "--dataset", "opt", "--out", b).AssertSuccess();

        var drawn = Texts(File.ReadAllText(a));
        Assert.Equal(Texts(File.ReadAllText(b)), drawn);
        Assert.Contains("OPT: ARE predicting OPT-175b", drawn);
        Assert.Contains("5.9", drawn); // k = 3, p = 1.0: 5.92 %
    }

    // The figure's words and numbers in order: the title, the axes and every cell (element ids depend on what else the process drew).
    private static string[] Texts(string svg) => [.. Regex.Matches(svg, @"<text[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value.Trim())];

    [Fact]
    public void Plan_evidence_from_the_file_gives_the_datasets_expected_error()
    {
        var file = Write("opt.csv", Opt);
        string[] plan = ["plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--json", "--evidence"];

        var fromFile = ScalingProcess.Run([.. plan, file]).AssertSuccess().Json;
        var fromDataset = ScalingProcess.Run([.. plan, "opt"]).AssertSuccess().Json;

        Assert.Equal(fromDataset.ToJsonString().Replace("opt;", $"{file};", StringComparison.Ordinal), fromFile.ToJsonString());
        Assert.Contains($"{file}; least squares, 10B cut", fromFile.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("params", "no params column")]
    [InlineData("loss", "no loss column")]
    [InlineData("tokens", "no tokens or flops column")]
    public void A_file_without_a_needed_column_is_a_one_line_error(string column, string message)
    {
        var file = _temp.Write("runs.csv", Table(column));

        ScalingProcess.Run("evaluate", file).AssertInputError(file, message, "--map");
    }

    [Fact]
    public void A_family_with_too_few_sizes_for_k_is_a_one_line_error()
    {
        var file = Write("two-sizes.csv", Opt.Where(r => r.Params is 125e6 or 175e9));

        ScalingProcess.Run("evaluate", file).AssertInputError("family 'OPT' has 2 model sizes (OPT-125m, OPT-175b)", "at least 3");
        ScalingProcess.Run("evaluate", Write("opt.csv", Opt), "--models", "6").AssertInputError("k = 6 is out of range for family 'OPT'", "from 2 to 5");
    }

    [Fact]
    public void An_unknown_family_column_is_a_one_line_error()
    {
        var file = Write("opt.csv", Opt);

        ScalingProcess.Run("evaluate", file, "--family-column", "famly").AssertInputError(file, "--family-column names a column that is not in the header", "did you mean 'family'");
        ScalingProcess.Run("evaluate", file, "--family-column", "model", "--map", "family=model").AssertInputError("--family-column model and --map family=model", "keep one");
        ScalingProcess.Run("evaluate", "--dataset", "opt", "--family-column", "x").AssertInputError("--family-column applies to FILE");
        ScalingProcess.Run("evaluate", file, "--dataset", "opt").AssertInputError("give FILE or --dataset NAME, not both");
    }

    [Fact]
    public void Plan_evidence_options_for_files_are_refused_without_a_file()
    {
        ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence", "opt", "--family-column", "x")
            .AssertInputError("--family-column applies to table files in --evidence; --evidence opt names datasets only");
        // --evidence none reads no file either: --map was ignored in silence before the eleventh round of hostile inputs.
        ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence", "none", "--map", "loss=val_loss")
            .AssertInputError("--map applies to table files in --evidence; --evidence none reads no file");
        ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence", "missing.csv")
            .AssertInputError("missing.csv: no such file");
    }

    // Three sizes of two checkpoints each, without one column.
    private static string Table(string without)
    {
        string[] header = ["model", "params", "tokens", "loss"];
        var rows = new[] { ("a", "1e8"), ("b", "3e8"), ("c", "1e9") }
            .SelectMany(m => new[] { (m.Item1, m.Item2, "2e10", "3.1"), (m.Item1, m.Item2, "4e10", "3.0") })
            .Select(r => new[] { r.Item1, r.Item2, r.Item3, r.Item4 });
        var keep = Enumerable.Range(0, header.Length).Where(i => header[i] != without).ToArray();
        return string.Join('\n', [string.Join(',', keep.Select(i => header[i])), .. rows.Select(r => string.Join(',', keep.Select(i => r[i])))]) + "\n";
    }

    private static string Without(JsonNode json, string property)
    {
        var copy = json.DeepClone().AsObject();
        copy.Remove(property);
        return copy.ToJsonString();
    }
}
