using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using ScalingLaws.Cli;
using ScalingLaws.Cli.Options;
using ScalingLaws.Tests.Documentation;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// One vocabulary (issue 13 §7), checked on the whole command tree Program builds: every option of every command is a
/// name of the table below (docs/reference.md "Option names" lists the same), one name per meaning, no aliases, no name that is
/// another's plural, a whole number (a count) never a list, and every old spelling refused with one line naming the new.
/// A new option must either reuse the name its meaning already has or add a row here and in docs/reference.md.
/// </summary>
public sealed class VocabularyTests
{
    /// <summary>What an option's value is: a switch, one whole number (a count, a seed), quantities (one or several), or text.</summary>
    private enum Form { Flag, Whole, Quantity, Text }

    private static readonly (string Name, string Meaning, Form Form)[] Vocabulary =
    [
        // Where the runs come from and which are used
        ("--dataset", "a bundled dataset instead of FILE", Form.Text),
        ("--data-dir", "the folder holding the datasets", Form.Text),
        ("--map", "FILE's column for a field", Form.Text),
        ("--delimiter", "FILE's field separator", Form.Text),
        ("--format", "what FILE holds, when its name and content do not tell", Form.Text),
        ("--tag", "the loss among a tracker's logged tags or metrics", Form.Text),
        ("--at-step", "a tracker's metrics at this step instead of their last", Form.Whole),
        ("--family-column", "FILE's column naming each row's family", Form.Text),
        ("--family", "use only these families", Form.Text),
        ("--where", "keep the rows that pass a filter on a column", Form.Text),
        ("--exclude-model", "leave out a model's rows", Form.Text),
        ("--pool", "fit several families or configurations as one law on purpose", Form.Flag),
        ("--min-tokens", "keep only rows trained on at least T tokens", Form.Quantity),
        ("--final", "keep only each run's last checkpoint", Form.Flag),
        ("--one-row-per-run", "read every row as a run of its own", Form.Flag),
        ("--token-cut", "the estimation guide's strict cut: fit only on checkpoints with more than T tokens", Form.Quantity),
        ("--drop-highest-loss", "drop the K highest-loss rows", Form.Whole),
        ("--evidence", "datasets or files whose estimation study gives a plan's expected error", Form.Text),
        ("--run", "the run (loss curve) of a file to analyse", Form.Text),
        ("--from-step", "leave out the checkpoints before this step", Form.Quantity),
        ("--to", "the data folder a dataset is downloaded into", Form.Text),
        ("--mirror", "a copy of a data folder served over HTTP, to download from", Form.Text),
        // Models, training and compute
        ("--params", "model size N in parameters (a target's, in plan)", Form.Quantity),
        ("--tokens", "training tokens D (a target's, in plan)", Form.Quantity),
        ("--flops", "training compute C in FLOPs", Form.Quantity),
        ("--target-loss", "a loss to reach", Form.Quantity),
        ("--inference-tokens", "tokens a model serves over its life", Form.Quantity),
        ("--unique-tokens", "unique tokens U the training data holds", Form.Quantity),
        ("--sweep", "a learning-rate and batch-size sweep to fit the hyperparameter laws to", Form.Text),
        // What a run costs
        ("--gpu", "the GPU a run is costed on", Form.Text),
        ("--mfu", "model FLOPs utilisation: the share of the GPU's peak a run achieves", Form.Quantity),
        ("--gpus", "how many GPUs train at once", Form.Whole),
        ("--price", "dollars per GPU-hour", Form.Quantity),
        ("--gpu-hours", "a compute budget in GPU-hours", Form.Quantity),
        ("--dollars", "a compute budget in dollars", Form.Quantity),
        ("--budgets", "the IsoFLOP budgets: the compute of each IsoFLOP line", Form.Quantity),
        ("--budget-column", "a column holding each run's IsoFLOP budget", Form.Text),
        ("--tolerance", "how far a run's compute may lie from its IsoFLOP budget, in dex", Form.Quantity),
        ("--sweep-budget", "a planned sweep's total compute: a fraction of the target's, or FLOPs", Form.Quantity),
        ("--models", "the number of model sizes k in a sweep or a study cell", Form.Whole),
        ("--spread", "a sweep's largest size over its smallest", Form.Quantity),
        ("--fit-fraction", "the leading fraction p of each run that is fitted", Form.Quantity),
        ("--target-fraction", "the fraction of the target's own run also trained on", Form.Quantity),
        ("--fit-runs", "the runs fitted together; the others are predicted", Form.Text),
        ("--levels", "loss levels of iso-loss contours", Form.Quantity),
        ("--points", "how many compute values the envelope is taken at", Form.Whole),
        ("--layers", "layers L of a transformer", Form.Whole),
        ("--d-model", "width d_model of a transformer", Form.Whole),
        ("--heads", "attention heads of a transformer", Form.Whole),
        ("--d-ff", "feed-forward width d_ff of a transformer", Form.Whole),
        ("--head-size", "key/query size per attention head", Form.Whole),
        ("--vocab", "vocabulary size V", Form.Whole),
        ("--context", "context length: tokens per sequence", Form.Whole),
        // Laws and fitting
        ("--law", "a law kind (with its published constants where a law is used, not fitted)", Form.Text),
        ("--law-spec", "a law by value", Form.Text),
        ("--law-file", "a law saved by a fit", Form.Text),
        ("--x", "the input of a one-variable law", Form.Text),
        ("--objective", "what the fit minimises", Form.Text),
        ("--delta", "the Huber threshold", Form.Quantity),
        ("--fix", "hold a parameter at a value", Form.Text),
        ("--tie", "make a parameter equal another", Form.Text),
        ("--bound", "keep a parameter within bounds", Form.Text),
        ("--solver", "the local optimiser from each start", Form.Text),
        ("--start-stride", "keep every k-th value of each start-grid axis", Form.Whole),
        ("--stop-early", "stop a start once it joins an optimum an earlier start found", Form.Flag),
        ("--max-iterations", "the iteration limit per start", Form.Whole),
        ("--procedure", "a loss-curve law's fitting procedure: the objective's minimum or the authors' own", Form.Text),
        ("--forms", "the temporal law's forms for a0, a1, a2", Form.Text),
        // Benchmark accuracy
        ("--task", "the benchmark task to fit, or all", Form.Text),
        ("--metric", "the benchmark score: acc, acc_norm, …", Form.Text),
        ("--loss-column", "where each row's loss is: a column, or a long table's TASK:METRIC rows", Form.Text),
        ("--chance", "a task's chance level: the accuracy of guessing", Form.Quantity),
        ("--questions", "a task's number of questions", Form.Whole),
        ("--loss", "losses to predict accuracy at", Form.Quantity),
        ("--law-file-loss", "a loss law saved by a fit: a two-step prediction's first step", Form.Text),
        ("--fit-up-to", "fit the models up to this size; the larger ones are held out", Form.Quantity),
        ("--bootstrap", "how many bootstrap resamples", Form.Whole),
        ("--seed", "the seed of everything random", Form.Whole),
        // Backtests and the estimation study
        ("--backtest-by", "the order a backtest cuts the table in", Form.Text),
        ("--cuts", "the most cut points of a backtest", Form.Whole),
        ("--min-train", "how many sizes a backtest's first cut fits at least", Form.Whole),
        ("--prior-without", "families left out of the Hitchhiker prior", Form.Text),
        ("--scale-down", "predict the smallest model from the largest instead", Form.Flag),
        ("--one-model", "the study's one-model variant", Form.Flag),
        // Training a study, synthetic curves
        ("--corpus", "a text file to train on", Form.Text),
        ("--synthetic", "train on the synthetic language", Form.Flag),
        ("--schedule", "the learning-rate schedule", Form.Text),
        ("--lr", "the peak learning rate (several: a learning-rate sweep)", Form.Quantity),
        ("--batch", "sequences per training step (several: a batch-size sweep)", Form.Whole),
        ("--eval-sequences", "held-out sequences per measurement", Form.Whole),
        ("--checkpoints", "how many checkpoints (measurements) per run", Form.Whole),
        ("--steps", "training steps", Form.Whole),
        ("--noise", "relative noise on each synthetic loss", Form.Quantity),
        ("--threads", "cores to train on", Form.Whole),
        ("--quiet", "no progress on standard error", Form.Flag),
        // Output
        ("--json", "print one JSON object instead of the report", Form.Flag),
        ("--rows", "with --json, also every held-out prediction", Form.Flag),
        ("--out", "the file or folder to write", Form.Text),
        ("--force", "write --out whatever its extension", Form.Flag),
        ("--strict", "exit with 3 on any warning, for scripts", Form.Flag),
        ("--width", "figure width in pixels", Form.Whole),
        ("--height", "figure height in pixels", Form.Whole),
        ("--title", "figure title", Form.Text),
        ("--xlim", "a figure's horizontal axis span, LO:HI in data units", Form.Text),
        ("--ylim", "a figure's vertical axis span, LO:HI in data units", Form.Text),
        ("--font-scale", "a factor on every text size of a figure", Form.Quantity),
        ("--dpi", "a PNG figure's resolution in dots per inch", Form.Whole),
        ("--style", "what a figure is sized for: paper or screen", Form.Text),
    ];

    /// <summary>The options that take several whole numbers: the study's k, one cell per value; a study's batch sizes, one run per value.</summary>
    private static readonly (string Command, string Option)[] SeveralWholeNumbers = [("evaluate", "--models"), ("study run", "--batch")];

    private static readonly RootCommand Root = Program.BuildRoot(CliConsole.Redirected(TextWriter.Null, TextWriter.Null, 80));

    // Every command with its path ("plot backtest") and its options, help and version aside; the hidden ones are old spellings.
    private static IEnumerable<(string Path, Command Command, Option Option)> Options() =>
        from command in Commands(Root, "")
        from option in command.Command.Options
        where option is not HelpOption and not VersionOption
        select (command.Path, command.Command, option);

    private static IEnumerable<(string Path, Command Command)> Commands(Command command, string path) =>
        command.Subcommands.SelectMany(c => Commands(c, (path + " " + c.Name).Trim())).Prepend((path, command));

    private static IEnumerable<(string Path, Option Option)> Shown() =>
        Options().Where(o => !o.Option.Hidden).Select(o => (o.Path, o.Option));

    [Fact]
    public void Every_option_of_every_command_is_a_name_of_the_vocabulary()
    {
        var names = Vocabulary.Select(v => v.Name).ToHashSet();

        var unknown = Shown().Where(o => !names.Contains(o.Option.Name)).Select(o => $"{o.Path} {o.Option.Name}").ToArray();

        Assert.True(unknown.Length == 0, "not in the vocabulary (reuse the name its meaning has, or add a row here and in docs/reference.md 'Option names'): " + string.Join(", ", unknown));
        Assert.True(Shown().Count() > 300, $"{Shown().Count()} options: the walk missed commands");
    }

    [Fact]
    public void Every_name_of_the_vocabulary_is_used_and_means_one_thing()
    {
        var used = Shown().Select(o => o.Option.Name).ToHashSet();

        Assert.Empty(Vocabulary.Where(v => !used.Contains(v.Name)).Select(v => v.Name));
        Assert.Equal(Vocabulary.Length, Vocabulary.Select(v => v.Name).Distinct().Count());
        Assert.Equal(Vocabulary.Length, Vocabulary.Select(v => v.Meaning).Distinct().Count());
    }

    [Fact]
    public void No_option_has_a_second_name()
    {
        Assert.Empty(Options().Where(o => o.Option.Aliases.Count > 0).Select(o => $"{o.Path} {o.Option.Name} ({string.Join(", ", o.Option.Aliases)})"));
    }

    /// <summary>
    /// --budget beside --budgets, --fraction beside --fractions: one meaning takes one name, with one value or several.
    /// The one pair allowed means two things: --gpu names the kind of GPU, --gpus counts them (the issue's spelling).
    /// </summary>
    [Fact]
    public void No_name_is_the_plural_of_another()
    {
        var names = Vocabulary.Select(v => v.Name).ToHashSet();

        Assert.Equal(["--gpu"], names.Where(n => names.Contains(n + "s")));
    }

    [Fact]
    public void A_switch_is_a_flag_and_a_whole_number_is_never_a_list()
    {
        var forms = Vocabulary.ToDictionary(v => v.Name, v => v.Form);
        var wrong = new List<string>();
        foreach (var (path, option) in Shown().Where(o => forms.ContainsKey(o.Option.Name)))
        {
            var form = forms[option.Name];
            var isSwitch = option is Option<bool> or Option<bool?>;
            var isList = option.Arity.MaximumNumberOfValues > 1 || option.AllowMultipleArgumentsPerToken;
            if (isSwitch != (form == Form.Flag))
                wrong.Add($"{path} {option.Name}: {(isSwitch ? "a switch" : "takes a value")}, but the vocabulary says {form}");
            if (form == Form.Whole && isList && !SeveralWholeNumbers.Contains((path, option.Name)))
                wrong.Add($"{path} {option.Name}: a count, yet it takes a list");
        }

        Assert.Empty(wrong);
    }

    /// <summary>
    /// Each hidden option is an old spelling: it names a current option of the same command, and using it fails with one line;
    /// only the spellings the issues themselves used are still read (below).
    /// </summary>
    [Fact]
    public void Every_old_spelling_is_refused_with_one_line_naming_the_new()
    {
        var renamed = Options().Where(o => o.Option.Hidden).ToArray();

        Assert.True(renamed.Length >= 12, $"{renamed.Length} old spellings");
        Assert.Equal(["backtest --by", "downstream fit --form", "evaluate --min-tokens", "findings --min-tokens", "plot are --min-tokens", "plot backtest --by"],
            renamed.Where(o => ((RenamedOption)o.Option).Accepted).Select(o => $"{o.Path} {o.Option.Name}").Order());
        foreach (var (path, command, option) in renamed)
        {
            var old = Assert.IsType<RenamedOption>(option);
            Assert.Contains(command.Options, o => !o.Hidden && o.Name == old.Current);
            if (old.Accepted)
                continue;
            var args = path.Split(' ').Append(old.Name).Append("1").ToArray();
            ScalingProcess.Run(args).AssertInputError($"{old.Name} is now spelt {old.Current}, ", $"see 'scaling {path} --help'");
        }
    }

    /// <summary>The spellings the issues used still work, read as the new name with a note, and the two together are refused.</summary>
    [Fact]
    public void The_spellings_the_issues_used_are_read_with_a_note()
    {
        string[] backtest = ["backtest", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--cuts", "4", "--json"];
        var old = ScalingProcess.Run([.. backtest, "--by", "tokens"]).AssertSuccess().Json;
        var current = ScalingProcess.Run([.. backtest, "--backtest-by", "tokens"]).AssertSuccess().Json;
        var text = ScalingProcess.Run("backtest", ScalingProcess.Chinchilla, "--cuts", "4", "--by", "tokens").AssertSuccess().Stdout;
        var form = ScalingProcess.Run("downstream", "fit", "--dataset", "pythia-tasks", "--task", "piqa", "--form", "sigmoid", "--json");

        Assert.Equal(current["summary"]!.ToJsonString(), old["summary"]!.ToJsonString());
        Assert.Contains("note: --by is now spelt --backtest-by; read as --backtest-by.", text);
        Assert.Equal(0, form.ExitCode);
        Assert.Equal("sigmoid", (string?)form.Json["law"]);
        Assert.Contains("note: --form is now spelt --law; read as --law.", form.Stderr);
        ScalingProcess.Run([.. backtest, "--by", "tokens", "--backtest-by", "params"]).AssertInputError("--backtest-by and --by, its old spelling, were both given; keep --backtest-by.");
        string[] evaluate = ["evaluate", "--dataset", "opt", "--models", "3", "--fit-fraction", "1"];
        Assert.Equal(
            ScalingProcess.Run([.. evaluate, "--token-cut", "20B", "--json"]).AssertSuccess().Stdout,
            ScalingProcess.Run([.. evaluate, "--min-tokens", "20B", "--json"]).AssertSuccess().Stdout);
        Assert.Contains("note: --min-tokens is now spelt --token-cut; read as --token-cut.", ScalingProcess.Run([.. evaluate, "--min-tokens", "20B"]).AssertSuccess().Stdout);
    }

    [Fact]
    public void The_reference_page_lists_the_same_vocabulary()
    {
        var reference = DocumentationPages.Read("docs/reference.md");
        var section = Regex.Match(reference, @"^## Option names\n(.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(section.Success, "docs/reference.md has no '## Option names' section");

        var rows = Regex.Matches(section.Groups[1].Value, @"^\| `(--[a-z-]+)` \| ([^|]+) \|", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim())).ToArray();

        Assert.Equal(Vocabulary.Select(v => (v.Name, v.Meaning)).Order(), rows.Order());
    }

    /// <summary>
    /// Every example a user can copy uses the current names: the commands' help examples, and each <c>$ scaling …</c> line of the
    /// README and the docs pages whose output is not an error, parse without an error (parsed only, not run).
    /// </summary>
    [Fact]
    public void The_examples_in_help_and_in_the_documentation_use_the_current_names()
    {
        var help = Commands(Root, "").SelectMany(c => Regex.Matches(c.Command.Description ?? "", @"^  (scaling .+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        var documented = DocumentationPages.All
            .SelectMany(page => Regex.Matches(page.Text, @"^\$ (scaling .+)\n(?!error:)", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
        var examples = help.Concat(documented).ToArray();

        var wrong = examples.Select(line => (line, Root.Parse(ShellWords(line).Skip(1).ToArray()).Errors))
            .Where(e => e.Errors.Count > 0).Select(e => $"{e.line}: {e.Errors[0].Message}").ToArray();

        Assert.True(examples.Length > 80, $"{examples.Length} examples");
        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }

    // The words of a shell command line: quotes group and are removed; a redirection, pipe or comment ends it.
    private static IEnumerable<string> ShellWords(string line)
    {
        var word = new System.Text.StringBuilder();
        var (quote, inWord) = ('\0', false);
        foreach (var c in line)
        {
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
                else
                    word.Append(c);
            }
            else if (c is '"' or '\'')
                (quote, inWord) = (c, true);
            else if (char.IsWhiteSpace(c) || c is '>' or '|' or '#')
            {
                if (inWord)
                    yield return word.ToString();
                (word, inWord) = (new System.Text.StringBuilder(), false);
                if (!char.IsWhiteSpace(c))
                    yield break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (inWord)
            yield return word.ToString();
    }

    /// <summary>Renamed meanings read the same in every command that has them.</summary>
    [Theory]
    [InlineData("plan", "--params 7B --tokens 2T --sweep-budget 0.1 --evidence none")]
    [InlineData("flops", "--layers 2 --d-model 64 --heads 2 --vocab 100 --context 64 --tokens 1M")]
    public void The_new_spellings_run(string command, string options)
    {
        ScalingProcess.Run([command, .. options.Split(' ')]).AssertSuccess();
    }
}
