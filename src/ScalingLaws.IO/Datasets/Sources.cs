namespace ScalingLaws.IO.Datasets;

/// <summary>The public repositories the datasets come from (commits as in shared/data/README.md).</summary>
internal static class Sources
{
    public const string Epoch = "epoch-research/analyzing-chinchilla (commit 9225883)";
    public const string ColPret = "IBM/ColPret (commit 16f23bb)";
    public const string Pythia = "EleutherAI/pythia (commit a19eecb)";
    public const string MultiPower = "thu-yao-01-luo/MultiPowerLaw (commit 8da9f19)";
    public const string Porian = "formll/resolving-scaling-law-discrepancies (commit 0dc60d9)";

    public const string ColPretLicence = "MIT (© 2024 IBM); the numbers were collected from the publications named in the title";
}
