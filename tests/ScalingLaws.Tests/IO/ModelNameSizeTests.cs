using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

/// <summary>The size a model's name gives (<see cref="ModelNameSize"/>), read as params where a table has none.</summary>
public sealed class ModelNameSizeTests
{
    [Theory]
    [InlineData("pythia-70m", 70e6)]
    [InlineData("opt-1.3b", 1.3e9)]
    [InlineData("70M", 70e6)]
    [InlineData("Llama 2 7B", 7e9)]
    [InlineData("gpt_125M_v2", 125e6)]
    [InlineData("pythia-160m-deduped", 160e6)]
    [InlineData("tiny-12k", 12e3)]
    public void The_one_size_in_a_name_is_its_params(string name, double size) =>
        Assert.Equal(size, ModelNameSize.Of(name)!.Value, size * 1e-12);

    [Theory]
    [InlineData("small")]
    [InlineData("run-17")]
    [InlineData("chinchilla-400M-20B")] // two sizes: one may be its tokens
    [InlineData("m125")]
    [InlineData("v1.5b2")]
    [InlineData("lr3e-4")]
    public void A_name_with_no_size_or_two_gives_none(string name) => Assert.Null(ModelNameSize.Of(name));
}
