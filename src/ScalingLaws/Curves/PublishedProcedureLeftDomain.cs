namespace ScalingLaws.Curves;

/// <summary>
/// The published Multi-Power procedure took a parameter out of the law's domain (a value ≤ 0) after this many AdamW
/// steps and stopped: its fixed learning rates suit runs like the repository's (losses near 3 nats, peak rate near 3e-4).
/// </summary>
public sealed record PublishedProcedureLeftDomain(int Steps) : FitDiagnostic;
