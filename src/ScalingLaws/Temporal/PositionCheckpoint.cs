namespace ScalingLaws.Temporal;

/// <summary>
/// One checkpoint of a run: when it was taken and its mean loss at each context position.
/// </summary>
/// <param name="Step">Optimizer steps trained so far.</param>
/// <param name="Tokens">Tokens trained so far (the time axis of the temporal law).</param>
/// <param name="LearningRate">The learning rate at this step; null when the file does not say.</param>
/// <param name="Losses">Mean loss at positions i = 1..T: <c>Losses[i − 1]</c> is L_i.</param>
/// <param name="SourceRow">The row (CSV) or line (JSON Lines) it came from, for messages; 0 when built in code.</param>
public sealed record PositionCheckpoint(double Step, double Tokens, double? LearningRate, ImmutableArray<double> Losses, int SourceRow = 0)
{
    /// <summary>Positions.</summary>
    public int PositionCount => Losses.Length;

    /// <summary>The sequence loss: the mean over positions, the number a loss curve would show.</summary>
    public double SequenceLoss => Losses.Average();
}
