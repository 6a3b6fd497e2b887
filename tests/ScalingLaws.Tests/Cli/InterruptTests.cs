namespace ScalingLaws.Tests.Cli;

/// <summary>Ctrl-C stops a long run with one line and exit 130, and leaves no output file behind.</summary>
public sealed class InterruptTests
{
    [Fact]
    public void Ctrl_C_during_a_bootstrap_stops_with_a_message_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), $"scaling-interrupt-{Guid.NewGuid():N}.json");

        // 100,000 resamples (the most --bootstrap allows) would take hours: the interrupt always lands mid-bootstrap.
        var result = ScalingProcess.RunInterrupted(TimeSpan.FromSeconds(4),
            "fit", ScalingProcess.Chinchilla, "--bootstrap", "100000", "--out", output);

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("error: stopped by Ctrl-C; nothing was written.", Assert.Single(result.StderrLines));
        Assert.Equal("", result.Stdout);
        Assert.False(File.Exists(output));
    }
}
