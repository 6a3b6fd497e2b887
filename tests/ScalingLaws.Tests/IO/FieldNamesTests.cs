using ScalingLaws.Data;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

public class FieldNamesTests
{
    [Theory]
    [InlineData("params", Field.Params)]
    [InlineData(" FLOPS ", Field.Flops)]
    [InlineData("Step", Field.Step)]
    public void Find_accepts_canonical_names_in_any_case(string name, Field expected) =>
        Assert.Equal(expected, FieldNames.Find(name));

    [Theory]
    [InlineData("2")]
    [InlineData("n")]
    [InlineData("parameters")]
    public void Find_rejects_numbers_and_aliases(string name) => Assert.Null(FieldNames.Find(name));

    [Fact]
    public void All_lists_every_field() =>
        Assert.Equal("model, family, params, tokens, flops, loss, step, unique_tokens", FieldNames.All);
}
