namespace ScalingLaws.Cli.Rendering;

/// <summary>The bootstrap behind a fitted sweep's intervals at a point: replicates asked for, replicates used (every cell had a bowl), seed.</summary>
internal sealed record SweepBootstrapView(int Requested, int Used, int Seed)
{
    public string Describe() =>
        $"bootstrap of the runs within each cell, refitting every bowl and both power laws: {Used} of {Requested} replicates, seed {Seed}";
}
