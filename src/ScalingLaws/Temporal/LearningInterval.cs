namespace ScalingLaws.Temporal;

/// <summary>
/// How much each position learned between two checkpoints: the relative loss reduction
/// rᵢ = (Lᵢ(from) − Lᵢ(to))/Lᵢ(from), and its spread across positions.
/// </summary>
public sealed record LearningInterval(PositionCheckpoint From, PositionCheckpoint To, ImmutableArray<double> Reductions)
{
    /// <summary>The per-position loss reductions from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static LearningInterval Between(PositionCheckpoint from, PositionCheckpoint to) =>
        new(from, to, [.. from.Losses.Zip(to.Losses, (a, b) => (a - b) / a)]);

    /// <summary>The mean reduction.</summary>
    public double Mean => Reductions.Average();

    /// <summary>The sample standard deviation across positions.</summary>
    public double StandardDeviation
    {
        get
        {
            var mean = Mean;
            return Reductions.Length < 2 ? 0 : Math.Sqrt(Reductions.Sum(r => (r - mean) * (r - mean)) / (Reductions.Length - 1));
        }
    }

    /// <summary>Standard deviation over |mean|: 0 when every position learned alike.</summary>
    public double CoefficientOfVariation => StandardDeviation / Math.Abs(Mean);

    /// <summary>The mean reduction of the first tenth of the positions (at least one).</summary>
    public double EarlyMean => Reductions.Take(Tenth).Average();

    /// <summary>The mean reduction of the last tenth of the positions (at least one).</summary>
    public double LateMean => Reductions.TakeLast(Tenth).Average();

    /// <summary>How many positions make a tenth: the first positions 1..this and the last ones.</summary>
    public int Tenth => Math.Max(1, Reductions.Length / 10);
}
