namespace ScalingLaws.Optimization;

/// <summary>
/// Asked by <see cref="Lbfgs"/> after every accepted iteration whether the run may end there, e.g. because a multi-start
/// run has joined a basin another start already found. The run then ends with <see cref="ExitCondition.EarlyStop"/>.
/// </summary>
internal interface IEarlyStop
{
    /// <summary>True to end the run at <paramref name="x"/>, whose value is <paramref name="value"/>. Must not allocate.</summary>
    bool ShouldStop(ReadOnlySpan<double> x, double value);
}
