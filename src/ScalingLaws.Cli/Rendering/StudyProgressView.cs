using System.Diagnostics;
using System.Globalization;
using ScalingLaws.Training.Study;

namespace ScalingLaws.Cli.Rendering;

/// <summary>Progress of a study on standard error: a line when a run starts or is skipped, then one every few seconds.</summary>
internal sealed class StudyProgressView(TextWriter writer)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _run;
    private TimeSpan _last;

    public void Report(StudyProgress p)
    {
        var run = p.Run;
        var prefix = $"[{p.RunIndex + 1}/{p.RunCount}] {run.Name} ({run.Config})";
        if (p.Skipped)
        {
            writer.WriteLine($"{prefix}: finished earlier, skipped");
            return;
        }
        var starting = _run != run.Name;
        if (!starting && p.Step < run.Steps && _clock.Elapsed - _last < Interval)
            return;
        (_run, _last) = (run.Name, _clock.Elapsed);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{prefix}: step {p.Step}/{run.Steps}, train loss {p.TrainLoss:F3}, {p.TokensPerSecond:N0} tokens/s, {_clock.Elapsed:hh\\:mm\\:ss} elapsed"));
    }
}
