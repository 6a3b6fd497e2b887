namespace ScalingLaws.Data;

/// <summary>How <see cref="RunIndex"/> recognised the runs of a table.</summary>
public enum RunGrouping
{
    /// <summary>Every row is its own run: a table of final values.</summary>
    FinalValues,

    /// <summary>The table has a step column: rows of one model (label, N and run columns) are its checkpoints.</summary>
    Steps,

    /// <summary>No step column, but each model/run label has a single N: a label's rows are one run.</summary>
    Labels,

    /// <summary>Consecutive rows of one model at increasing tokens are checkpoints of one run.</summary>
    ConsecutiveTokens,
}
