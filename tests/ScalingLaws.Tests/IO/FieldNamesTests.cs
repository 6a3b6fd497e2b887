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

    [Theory]
    [InlineData("#params", Field.Params)]
    [InlineData("# tokens", Field.Tokens)]
    [InlineData("final_eval_loss", Field.Loss)]
    [InlineData("Final Val Loss", Field.Loss)]
    [InlineData("dataset_tokens", Field.Tokens)]
    public void Headers_as_tables_write_them_name_their_field(string header, Field field) =>
        Assert.True(FieldNames.IsAlias(field, header) || FieldNames.IsLooseAlias(field, header));

    [Fact]
    public void A_header_is_a_name_of_one_field_at_most()
    {
        string[] headers = ["n", "params", "num_parameters", "tokens_seen", "num_token", "d", "l", "loss", "validation_loss", "run_id", "series", "train_step", "total_flops", "unique_data_tokens", "#params", "final_eval_loss", "dataset_tokens"];

        foreach (var header in headers)
        {
            var fields = Enum.GetValues<Field>().Where(f => FieldNames.IsAlias(f, header) || FieldNames.IsLooseAlias(f, header)).ToList();
            Assert.Single(fields);
        }
    }
}
