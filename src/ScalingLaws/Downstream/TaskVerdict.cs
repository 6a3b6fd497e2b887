namespace ScalingLaws.Downstream;

/// <summary>
/// Why a task cannot be predicted from the fitted runs, as a typed value (front ends word it). Null verdicts mean it can.
/// </summary>
public abstract record TaskVerdict;

/// <summary>
/// The fitted rows are indistinguishable from chance: fewer than <paramref name="Required"/> rows stand
/// <see cref="Predictability.Sigmas"/> standard errors above the chance level, or the fitted law's highest accuracy
/// on the fitted rows does not (<paramref name="LawRise"/> in standard errors). A sigmoid through points at chance is
/// ill-determined: emergence, if it comes, is not in these runs.
/// </summary>
public sealed record AtChance(int RowsAbove, int Required, int Rows, double LawRise, NoiseSource Noise) : TaskVerdict;

/// <summary>Every fitted score is at or below the chance level: there is no rise to fit.</summary>
public sealed record ChanceAtOrAboveScores(double Chance, double BestScore) : TaskVerdict;

/// <summary>
/// Every fitted row has the same score <paramref name="Score"/> (above chance): a law's rise fitted to a flat line is
/// any rise at all, and the flat line's zero scatter would call it predictable.
/// </summary>
public sealed record FlatScores(double Score) : TaskVerdict;

/// <summary>A verdict read back from a law file, as the file words it.</summary>
public sealed record RecordedVerdict(string Text) : TaskVerdict;
