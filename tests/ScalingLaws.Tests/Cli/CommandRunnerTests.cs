using ScalingLaws.Cli;

namespace ScalingLaws.Tests.Cli;

/// <summary>How a command body's end becomes the exit code and the one line on standard error.</summary>
public sealed class CommandRunnerTests
{
    private readonly StringWriter _output = new(), _error = new();

    private CliConsole Console(CancellationToken interrupt = default) => CliConsole.Redirected(_output, _error, 80, interrupt);

    [Fact]
    public void A_bug_is_one_internal_error_line_and_exit_70()
    {
        var code = CommandRunner.Run(Console(), _ => throw new InvalidOperationException("boom"));

        Assert.Equal(CommandRunner.InternalError, code);
        Assert.Equal("error: internal error (InvalidOperationException: boom); please report it with the command you ran.\n", _error.ToString());
        Assert.Equal("", _output.ToString());
    }

    [Fact]
    public void An_input_problem_is_exit_2()
    {
        var code = CommandRunner.Run(Console(), _ => throw new ScalingLawsException("--bootstrap 1: use at least 2 resamples."));

        Assert.Equal(CommandRunner.InputError, code);
        Assert.Equal("error: --bootstrap 1: use at least 2 resamples.\n", _error.ToString());
    }

    [Fact]
    public void The_console_interrupt_reaches_the_body_and_is_exit_130()
    {
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();

        var code = CommandRunner.Run(Console(interrupt.Token), cancellation =>
        {
            cancellation.ThrowIfCancellationRequested();
            return 0;
        });

        Assert.Equal(CommandRunner.Interrupted, code);
        Assert.Equal("error: stopped by Ctrl-C; nothing was written.\n", _error.ToString());
    }
}
