namespace ScalingLaws.Uncertainty;

/// <summary>What a bootstrap resample draws with replacement.</summary>
public enum BootstrapKind
{
    /// <summary>Rows: each row is an independent run (a table of final values).</summary>
    Rows,

    /// <summary>Whole runs (a cluster bootstrap): every row of a drawn run counts as often as the run was drawn.</summary>
    Runs,
}
