namespace ScalingLaws.Data;

/// <summary>
/// Rows that repeat earlier ones in one way (see <see cref="RepeatedRows"/>): how many, and the first of them with the
/// earlier row it repeats, for a message that points at both.
/// </summary>
/// <param name="Count">Rows that repeat an earlier row.</param>
/// <param name="Row">The first such row.</param>
/// <param name="Earlier">The earlier row it repeats.</param>
public sealed record RowRepeat(int Count, Observation Row, Observation Earlier);
