namespace ScalingLaws.IO.Downstream;

/// <summary>
/// What to read of a task table: the metric (<c>acc</c>, <c>acc_norm</c>, …), where each row's loss comes from (a
/// column, or in a long table <c>TASK:METRIC</c> rows such as <c>lambada_openai:ppl</c>; null for the table's loss
/// column if it has one), and the chance level and question count when the table does not give them. <paramref name="TableLoss"/> says what the table's own loss column is (a dataset's definition), for the output.
/// </summary>
public sealed record TaskRequest(string Metric = "acc", string? LossColumn = null, double? Chance = null, int? Questions = null, string? TableLoss = null);
