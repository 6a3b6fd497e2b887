namespace ScalingLaws.Tests.Cli;

/// <summary>
/// One vocabulary for laws: <c>--law</c> is a law kind everywhere (with its published constants where a law is
/// used rather than fitted), <c>--law-spec</c> a law by value, <c>--law-file</c> a saved law.
/// </summary>
public sealed class LawKindTests
{
    private const string HoffmannSpec = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    [Fact]
    public void A_kind_uses_its_published_constants_exactly_as_the_same_law_given_by_value()
    {
        var kind = ScalingProcess.Run("predict", "--law", "chinchilla", "--params", "70B", "--tokens", "1.4T", "--json").AssertSuccess().Json;
        var spec = ScalingProcess.Run("predict", "--law-spec", HoffmannSpec, "--params", "70B", "--tokens", "1.4T", "--json").AssertSuccess().Json;
        var loss = (double)kind["predictions"]![0]!["loss"]!;
        Assert.Equal((double)spec["predictions"]![0]!["loss"]!, loss, 12);
        // Hoffmann et al.'s law at Chinchilla's 70B parameters and 1.4T tokens: 1.69 + 406.4/70e9^0.34 + 410.7/1.4e12^0.28.
        Assert.Equal(1.69 + 406.4 / Math.Pow(70e9, 0.34) + 410.7 / Math.Pow(1.4e12, 0.28), loss, 9);
    }

    [Fact]
    public void Kaplans_published_law_is_a_kind_too()
    {
        var loss = (double)ScalingProcess.Run("predict", "--law", "kaplan", "--params", "1B", "--tokens", "20B", "--json").AssertSuccess().Json["predictions"]![0]!["loss"]!;
        // Kaplan et al. 2020, eq. 1.5: L = ((Nc/N)^(αN/αD) + Dc/D)^αD with Nc = 6.4e13, Dc = 1.8e13, αN = 0.076, αD = 0.103.
        Assert.Equal(Math.Pow(Math.Pow(6.4e13 / 1e9, 0.076 / 0.103) + 1.8e13 / 20e9, 0.103), loss, 9);
    }

    [Fact]
    public void The_old_spelling_and_a_kind_without_constants_get_one_line_that_says_what_to_type()
    {
        ScalingProcess.Run("optimal", "--law", HoffmannSpec, "--flops", "1e21")
            .AssertInputError($"a law by value is now given with --law-spec \"{HoffmannSpec}\"");
        ScalingProcess.Run("predict", "--law", "power", "--flops", "1e21")
            .AssertInputError("the power law has no published constants", "--law-spec \"power:x=flops,E=…,A=…,alpha=…\"");
        ScalingProcess.Run("predict", "--law", "chinchilla", "--law-spec", HoffmannSpec, "--params", "1B", "--tokens", "20B")
            .AssertInputError("give exactly one of --law-file FIT.json, --law-spec");
    }
}
