namespace ScalingLaws.Downstream;

/// <summary>
/// One evaluated checkpoint of one run on one task: its size, tokens, loss (NaN when the table has none) and score, with
/// the score's reported standard error (NaN when not reported). <paramref name="Run"/> names the run, <paramref name="Family"/> its family (null when the table has none).
/// </summary>
/// <param name="SourceRow">1-based data row in its file, for messages.</param>
public readonly record struct TaskRow(
    double Params, double Tokens, double Loss, double Score, double StandardError, string? Run, double Step, int SourceRow = 0, string? Family = null)
{
    /// <summary>Training compute C = 6ND.</summary>
    public double Compute => Data.Compute.Flops(Params, Tokens);
}
