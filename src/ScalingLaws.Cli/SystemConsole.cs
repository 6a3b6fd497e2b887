using Spectre.Console;

namespace ScalingLaws.Cli;

/// <summary>
/// The program's own console: the process's standard streams, Spectre's terminal detection on a terminal, and Ctrl-C.
/// The one place, with <see cref="Program.Main"/>, that reads <c>System.Console</c>.
/// </summary>
internal static class SystemConsole
{
    // Spectre wraps at 80 columns when output is redirected, which splits table rows and warnings in logs and pipes;
    // use $COLUMNS there, or a generous width.
    private const int RedirectedWidth = 160;

    public static CliConsole Create()
    {
        var interrupt = CtrlC();
        if (!Console.IsOutputRedirected)
            return new CliConsole(Console.Out, Console.Error, AnsiConsole.Console, !Console.IsErrorRedirected, interrupt);
        var width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : RedirectedWidth;
        return new CliConsole(Console.Out, Console.Error, CliConsole.Plain(Console.Out, width), !Console.IsErrorRedirected, interrupt);
    }

    // Ctrl-C cancels the token instead of killing the process, so that a command stops cleanly and writes nothing
    // half-done (CommandRunner turns the cancellation into one line and exit 130).
    private static CancellationToken CtrlC()
    {
        var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return cancellation.Token;
    }
}
