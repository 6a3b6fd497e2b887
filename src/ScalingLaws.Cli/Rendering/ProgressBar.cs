using System.Diagnostics;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// A one-line progress bar with the time left, redrawn in place on standard error at most ten
/// times a second. Only for a terminal: <see cref="For"/> gives null when standard error is
/// redirected, the output is JSON or --quiet is given, so piped and scripted runs see nothing extra. Written by hand
/// because Spectre.Console's live progress must own the call stack of the work it shows, while
/// here the library reports from its worker threads.
/// </summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<WorkProgress>, IDisposable
{
    private const int Width = 24;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _stage = "";
    private int _done;
    private TimeSpan _stageStart, _lastDraw = -Interval;
    private bool _drawn;

    /// <summary>A bar on the terminal, or null when nothing should be drawn.</summary>
    public static ProgressBar? For(CliConsole console, bool quiet) => quiet || !console.ErrorIsTerminal ? null : new ProgressBar(console.Error);

    public void Report(WorkProgress value)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            if (value.Stage != _stage || value.Done < _done) // a new stage, or the same kind of work begun again
                (_stage, _stageStart) = (value.Stage, now);
            _done = value.Done;
            if (now - _lastDraw < Interval && value.Done < value.Total)
                return;
            _lastDraw = now;
            Draw(value, now - _stageStart);
        }
    }

    private void Draw(WorkProgress value, TimeSpan elapsed)
    {
        var fraction = value.Total > 0 ? Math.Clamp((double)value.Done / value.Total, 0, 1) : 0;
        var filled = (int)Math.Round(fraction * Width);
        var left = value.Done > 0 && value.Done < value.Total
            ? $" · {Remaining(elapsed * ((value.Total - value.Done) / (double)value.Done))} left"
            : "";
        error.Write($"\r{value.Stage,-9} [{new string('#', filled)}{new string('-', Width - filled)}] {fraction,4:P0} {value.Done:N0}/{value.Total:N0}{left}\u001b[K");
        _drawn = true;
    }

    private static string Remaining(TimeSpan t) => t.TotalSeconds < 60 ? $"{Math.Ceiling(t.TotalSeconds):0} s" : $"{(int)t.TotalMinutes} min {t.Seconds:00} s";

    /// <summary>Clears the bar so that the report starts on a clean line.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_drawn)
                error.Write("\r\u001b[K");
            _drawn = false;
        }
    }
}
