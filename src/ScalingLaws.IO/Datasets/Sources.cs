namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The public repositories the curve datasets come from (commits as in shared/data/README.md); the other datasets
/// name theirs in <c>datasets.json</c>.
/// </summary>
internal static class Sources
{
    public const string Pythia = "EleutherAI/pythia (commit a19eecb)";
    public const string MultiPower = "thu-yao-01-luo/MultiPowerLaw (commit 8da9f19)";
}
