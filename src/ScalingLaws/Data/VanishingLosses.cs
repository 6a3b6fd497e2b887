namespace ScalingLaws.Data;

/// <summary>
/// Losses too small to be a language model's cross-entropy in nats, most likely a loss in another unit or scale (divided
/// by a constant, a difference from a baseline): text keeps an entropy of its own, and published losses are tenths of a
/// nat and more, so a loss below <see cref="Floor"/> is not one. The fit is of ln L, so its exponents are the same at any
/// scale, but E, A, B and the errors in loss units are not a model's (an RMSE of 1e-301 prints as 0): warned, not refused.
/// </summary>
public static class VanishingLosses
{
    /// <summary>A millionth of a nat: far below any language model's loss.</summary>
    public const double Floor = 1e-6;

    /// <summary>Why such a loss is warned about, for the front ends' messages.</summary>
    public const string Reason = "far below any language model's cross-entropy in nats (text keeps an entropy of its own): it looks like a loss in another unit or scale, " +
        "whose fitted exponents hold but whose E, A, B and errors are not a model's";

    /// <summary>The rows of <paramref name="table"/> whose loss is below <see cref="Floor"/>, or null when there are none.</summary>
    public static LossesOutOfScale? Find(ObservationTable table) => LossesOutOfScale.Find(table, Floor, above: false);
}
