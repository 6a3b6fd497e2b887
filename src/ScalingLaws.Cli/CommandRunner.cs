using ScalingLaws.Cli.Options;
using ScalingLaws.IO;

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

    public static int Run(Func<CancellationToken, int> body)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return body(cancellation.Token);
        }
        catch (ScalingLawsException e)
        {
            return Fail(e.Worded(), InputError);
        }
        catch (OperationCanceledException)
        {
            return Fail("stopped by Ctrl-C; nothing was written.", Interrupted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message, InputError);
        }
        catch (Exception e)
        {
            return Fail($"internal error ({e.GetType().Name}: {e.Message}); please report it with the command you ran.", InternalError);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"error: {OneLine(message)}");
        return code;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
