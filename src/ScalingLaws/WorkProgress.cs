namespace ScalingLaws;

/// <summary>How far a long computation has got: <paramref name="Done"/> of <paramref name="Total"/> units of <paramref name="Stage"/>.</summary>
/// <param name="Stage">What is being counted, e.g. "starts", "resamples", "windows".</param>
public readonly record struct WorkProgress(string Stage, int Done, int Total);
