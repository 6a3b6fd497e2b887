namespace ScalingLaws.Prediction;

/// <summary>How a backtest orders the table before cutting it into a fitted smaller part and a held-out larger part.</summary>
public enum BacktestOrder
{
    /// <summary>Whole runs by model size N.</summary>
    Params,

    /// <summary>Whole runs by their largest token count D.</summary>
    Tokens,

    /// <summary>Whole runs by their largest compute C (6ND when the table has no FLOPs).</summary>
    Flops,

    /// <summary>Checkpoints by tokens: fit the early part of every run, predict the rest of the runs.</summary>
    RunLength,

    /// <summary>
    /// Whole runs by tokens per parameter D/N, most trained first: fit the runs trained longest for their size, predict the
    /// less trained ones (the undertrained corner of a sweep, where large models saw few tokens).
    /// </summary>
    TokensPerParam,
}
