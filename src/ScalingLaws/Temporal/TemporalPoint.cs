namespace ScalingLaws.Temporal;

/// <summary>
/// Where a checkpoint sits in training, in the units the temporal forms use.
/// </summary>
/// <param name="Time">Tokens trained over the tokens at the last fitted checkpoint: x = t/t_ref.</param>
/// <param name="LogArea">ln(S1/S1_ref), S1 the area under the learning rate up to the checkpoint; NaN without learning rates.</param>
/// <param name="Rate">The learning rate over the largest fitted one, η/η_ref; NaN without learning rates.</param>
public readonly record struct TemporalPoint(double Time, double LogArea, double Rate);
