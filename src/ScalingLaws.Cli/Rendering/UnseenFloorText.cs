namespace ScalingLaws.Cli.Rendering;

/// <summary>The one wording of a fit whose E collapsed (<see cref="UnseenFloor"/>), for fit, predict and optimal.</summary>
internal static class UnseenFloorText
{
    /// <summary>"The fit puts E … below 3% of its lowest loss on the fitted runs: they have not shown where the loss levels off".</summary>
    public static string Collapsed =>
        $"The fit puts E, the loss its law levels off at, below {UnseenFloor.CollapsedShare * 100:0}% of its lowest loss on the fitted runs: " +
        "they have not shown where the loss levels off";

    /// <summary>What an interval beyond the data does about it.</summary>
    public const string Reaches = "an interval beyond them reaches up to the law's loss at the edge of the data";
}
