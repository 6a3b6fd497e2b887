namespace ScalingLaws.Fitting;

/// <summary>
/// A law bound to the rows it is fitted to: everything the engine needs from any law. The rows are split into blocks
/// (chunks of a table, one loss curve each, …) and the engine asks for one block at a time, so a law can precompute
/// per-block quantities and evaluate with vector arithmetic. Implementations are immutable and thread-safe: all
/// working memory is passed in by the caller (one set per thread). A new law is one such class plus its parameters:
/// see <see cref="ScalingLawModel"/> (table rows), <c>CurveModel</c> (one block per loss curve) and <c>SingleSeriesModel</c>
/// (one series on the raw scale: a task's scores, a checkpoint's positions) for the three kinds on the engine today.
/// </summary>
public interface IFitModel
{
    /// <summary>The model's name, for messages (e.g. "chinchilla").</summary>
    string Name { get; }

    /// <summary>The parameters θ in order: name, fitting scale and default start grid.</summary>
    ImmutableArray<LawParameter> Parameters { get; }

    /// <summary>Whether <see cref="Predict"/> writes ŷ or ln ŷ (and the Jacobian of which).</summary>
    PredictionScale Scale { get; }

    /// <summary>The observed y of every row, block after block, on the raw scale.</summary>
    ReadOnlyMemory<double> Observed { get; }

    /// <summary>ln y of every row (NaN where y ≤ 0), computed once: the objectives on the log scale read it.</summary>
    ReadOnlyMemory<double> LogObserved { get; }

    /// <summary>Independent blocks of points (runs or checkpoints).</summary>
    int BlockCount { get; }

    /// <summary>The first row and the number of rows of block <paramref name="block"/>; blocks are contiguous and in order.</summary>
    (int Start, int Length) Block(int block);

    /// <summary>
    /// 0 (the default) when <see cref="Predict"/> writes the full Jacobian. A positive q says that the rows of a block
    /// depend on θ only through q per-block quantities (e.g. a law's parameters at one checkpoint, each a function of
    /// time): <see cref="Predict"/> then writes ∂prediction_i/∂q_m at <c>jacobian[m·n + i]</c> and the chain ∂q_m/∂θ_j at
    /// <c>jacobian[q·n + m·k + j]</c>, k the parameter count, and the engine multiplies them out only where it needs
    /// (q dot products per block instead of k). See <see cref="ModelJacobian"/>.
    /// </summary>
    int Factors => 0;

    /// <summary>Working memory one <see cref="Predict"/> call needs (0 for most laws).</summary>
    int ScratchLength { get; }

    /// <summary>
    /// Writes the prediction of every row of <paramref name="block"/> (on <see cref="Scale"/>) and the Jacobian
    /// <c>jacobian[j·n + i] = ∂ prediction_i / ∂θ_j</c>, n the block's length, θ on the fitting scale (or its factors,
    /// see <see cref="Factors"/>). A θ outside the law's domain gives NaN predictions. Must not allocate.
    /// </summary>
    void Predict(ReadOnlySpan<double> theta, int block, Span<double> prediction, Span<double> jacobian, Span<double> scratch);
}
