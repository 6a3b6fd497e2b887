using System.CommandLine;
using ScalingLaws.Cli;

namespace ScalingLaws.Tests.Cli.Options;

/// <summary>
/// The shared options (--json, --data-dir, --dataset, --seed, --threads, --quiet) are declared once, in
/// Options/CommonOptions.cs, and read the same in every command: one type, one help text, numbers typed as numbers,
/// and a dataset name checked by the parser.
/// </summary>
public sealed class CommonOptionsTests
{
    private static readonly string[] Shared = ["--json", "--data-dir", "--dataset", "--seed", "--threads", "--quiet"];

    private static readonly RootCommand Root = Program.BuildRoot(CliConsole.Redirected(TextWriter.Null, TextWriter.Null, 80));

    private static IEnumerable<(string Path, Option Option)> Options(Command command, string path) =>
        command.Options.Select(o => (path, o)).Concat(command.Subcommands.SelectMany(c => Options(c, (path + " " + c.Name).Trim())));

    [Fact]
    public void Each_shared_name_has_exactly_one_declaration()
    {
        var cli = Path.Combine(TestData.RepositoryRoot, "src", "ScalingLaws.Cli");
        var declarations = SourceLines.Of(cli).SelectMany(line => Shared.Where(name => line.Code.Contains($"(\"{name}\")")).Select(name => (name, line.Where))).ToArray();

        Assert.All(Shared, name => Assert.Equal([$"Options{Path.DirectorySeparatorChar}CommonOptions.cs"],
            declarations.Where(d => d.name == name).Select(d => d.Where.Split(':')[0])));
    }

    [Fact]
    public void Each_shared_option_has_one_type_and_one_help_text_in_every_command()
    {
        var uses = Options(Root, "").Where(o => Shared.Contains(o.Option.Name)).ToArray();

        Assert.All(Shared, name => Assert.Contains(uses, u => u.Option.Name == name));
        foreach (var group in uses.GroupBy(u => u.Option.Name).Where(g => g.Key != "--dataset"))
        {
            Assert.Single(group.Select(u => u.Option.ValueType).Distinct());
            Assert.Single(group.Select(u => u.Option.Description).Distinct());
        }
        Assert.Equal([typeof(int)], uses.Where(u => u.Option.Name is "--seed" or "--threads").Select(u => u.Option.ValueType).Distinct());
        // --dataset lists the names of its catalog (tables, loss curves or task scores) in one sentence.
        Assert.All(uses.Where(u => u.Option.Name == "--dataset"), u => Assert.Matches(@"^Read a public dataset instead of FILE: [A-Za-z0-9-]+(, [A-Za-z0-9-]+)* \(see 'scaling datasets list'\)\.$", u.Option.Description));
    }

    [Theory]
    [InlineData("fit", "optt", "unknown dataset 'optt' (did you mean 'opt'?)")]
    [InlineData("curve fit", "multipower-1B", "unknown loss-curve dataset 'multipower-1B'")]
    [InlineData("downstream fit", "pythia-taks", "unknown dataset 'pythia-taks'")]
    public void An_unknown_dataset_is_a_parse_error(string command, string dataset, string line)
    {
        var parse = Root.Parse([.. command.Split(' '), "--dataset", dataset]);

        Assert.Contains(parse.Errors, e => e.Message.StartsWith(line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_seed_that_is_not_a_whole_number_is_refused_by_the_parser()
    {
        ScalingProcess.Run("demo", "--seed", "1.5").AssertInputError("--seed 1.5: '1.5' is not a whole number this option takes; give a whole number in digits");
    }
}
