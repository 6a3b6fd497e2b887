namespace ScalingLaws.Cli;

/// <summary>
/// Runs a command body and turns every failure into one line on standard error and a non-zero
/// exit: 2 for a problem with the input or options the user can fix, 130 for Ctrl-C, 70 for a bug.
/// Never a stack trace.
/// </summary>
internal static class CommandRunner
{
    public const int InputError = 2;
    public const int Interrupted = 130;
    public const int InternalError = 70;

    public static int Run(CliConsole console, Func<CancellationToken, int> body)
    {
        try
        {
            return body(console.Interrupt);
        }
        catch (ScalingLawsException e)
        {
            return Fail(console, e.Worded(), InputError);
        }
        catch (OperationCanceledException)
        {
            return Fail(console, "stopped by Ctrl-C; nothing was written.", Interrupted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(console, e.Message, InputError);
        }
        catch (Exception e)
        {
            return Fail(console, $"internal error ({e.GetType().Name}: {e.Message}); please report it with the command you ran.", InternalError);
        }
    }

    private static int Fail(CliConsole console, string message, int code)
    {
        console.Error.WriteLine($"error: {OneLine(message)}");
        return code;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
