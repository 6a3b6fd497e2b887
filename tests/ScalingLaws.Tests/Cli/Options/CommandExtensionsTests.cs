using System.CommandLine;
using ScalingLaws.Cli;
using ScalingLaws.Cli.Options;

namespace ScalingLaws.Tests.Cli.Options;

/// <summary>A command's action set by Runs: the body reads the parsed line, and its end is the exit code through CommandRunner.</summary>
public sealed class CommandExtensionsTests
{
    private readonly StringWriter _output = new(), _error = new();
    private readonly Option<int> _count = new("--count");

    private int Invoke(Func<ParseResult, CancellationToken, int> body, params string[] args)
    {
        var command = new RootCommand("test") { _count }.Runs(CliConsole.Redirected(_output, _error, 80), body);
        return command.Parse(args).Invoke(new InvocationConfiguration { Output = _output, Error = _error });
    }

    [Fact]
    public void The_body_reads_the_line_and_its_result_is_the_exit_code()
    {
        var code = Invoke((parse, _) => parse.GetValue(_count) + 1, "--count", "4");

        Assert.Equal(5, code);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public void A_refused_input_is_one_line_and_exit_2()
    {
        var code = Invoke((_, _) => throw new ScalingLawsException("--count 0: give at least 1."), "--count", "0");

        Assert.Equal(CommandRunner.InputError, code);
        Assert.Equal("error: --count 0: give at least 1.\n", _error.ToString());
    }
}
