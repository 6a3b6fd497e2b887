using Spectre.Console;

namespace ScalingLaws.Cli;

/// <summary>
/// Where a command writes and what it knows of the terminal: standard output and error, a Spectre console on standard
/// output for tables, whether standard error is a terminal (for the progress bar) and Ctrl-C as a token. The program
/// passes <see cref="SystemConsole"/>'s; the tests pass one over StringWriters and run commands in their own process,
/// in parallel. Nothing else in the CLI touches <c>System.Console</c> or <c>AnsiConsole.Console</c> (a test enforces it).
/// <para>
/// A command takes the console in <c>Create(CliConsole console)</c> and passes it on: <c>CommandRunner.Run(console, ...)</c>,
/// <c>console.Out.WriteLine(...)</c> instead of <c>Console.Out</c>, <c>console.Error</c> instead of <c>Console.Error</c>,
/// <c>ProgressBar.For(console, json)</c>, and <c>SomeView.Write(console.Ansi, ...)</c>, where the view takes
/// <c>IAnsiConsole console</c> as its first parameter instead of reading <c>AnsiConsole.Console</c>; a command that
/// answers in JSON or text says both through <see cref="Answer"/>.
/// </para>
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, IAnsiConsole ansi, bool errorIsTerminal, CancellationToken interrupt)
{
    /// <summary>Standard output: results, JSON, tables (through <see cref="Ansi"/>).</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error: the one <c>error:</c> line, progress.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Spectre.Console on <see cref="Out"/>, for tables and markup.</summary>
    public IAnsiConsole Ansi { get; } = ansi;

    /// <summary>Whether standard error is a terminal: only then is a progress bar drawn.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>Cancelled by Ctrl-C (SIGINT) in the real program; whatever the caller chooses elsewhere.</summary>
    public CancellationToken Interrupt { get; } = interrupt;

    /// <summary>
    /// A command's answer on standard output: its JSON <paramref name="document"/> with --json, else its text
    /// <paramref name="report"/> on <see cref="Ansi"/>. Only the one asked for is built.
    /// </summary>
    public void Answer(bool json, Func<string> document, Action<IAnsiConsole> report)
    {
        if (json)
            Out.WriteLine(document());
        else
            report(Ansi);
    }

    /// <summary>
    /// A console writing to files or pipes rather than a terminal (the tests' StringWriters): no colour or escape codes,
    /// tables wrapped at <paramref name="width"/> columns, no progress bar.
    /// </summary>
    public static CliConsole Redirected(TextWriter output, TextWriter error, int width, CancellationToken interrupt = default) =>
        new(output, error, Plain(output, width), errorIsTerminal: false, interrupt);

    /// <summary>Spectre.Console on a writer that is no terminal: plain text, <paramref name="width"/> columns wide.</summary>
    public static IAnsiConsole Plain(TextWriter output, int width)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        ansi.Profile.Width = width;
        return ansi;
    }
}
