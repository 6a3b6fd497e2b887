namespace ScalingLaws.Data;

/// <summary>
/// One training run or checkpoint: parameters N, training tokens D, compute C (FLOPs) and loss.
/// Missing numbers are <see cref="double.NaN"/>.
/// </summary>
/// <param name="SourceRow">Where the row came from (1-based data row in its file), for error messages.</param>
/// <param name="UniqueTokens">Unique tokens U the run drew its D tokens from (D/U epochs); NaN when unlimited or unknown.</param>
public readonly record struct Observation(
    double Params,
    double Tokens,
    double Flops,
    double Loss,
    string? Model = null,
    string? Family = null,
    double Step = double.NaN,
    int SourceRow = 0,
    double UniqueTokens = double.NaN);
