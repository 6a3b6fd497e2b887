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

    [Theory]
    [InlineData("model/tokens", Field.Tokens)]
    [InlineData("data.num_tokens", Field.Tokens)]
    [InlineData("config/params", Field.Params)]
    [InlineData("train/global_step", Field.Step)]
    public void A_tracker_s_nested_key_is_a_loose_name_of_the_field_its_last_part_names(string header, Field field) =>
        Assert.True(FieldNames.IsLooseAlias(field, header) && !FieldNames.IsAlias(field, header));

    [Fact]
    public void A_nested_key_that_is_a_usual_name_as_it_stands_is_no_loose_one() =>
        Assert.False(FieldNames.IsLooseAlias(Field.Loss, "eval/loss")); // 'eval_loss': read without a note, as before

    [Theory]
    [InlineData("batch/size")]      // 'size' is a model's size only when nothing else is said
    [InlineData("optimizer/name")]
    [InlineData("model/n")]
    [InlineData("train/c")]
    [InlineData("run1 - train/tokens")] // a W&B panel export's column, not a key
    public void A_nested_key_whose_last_part_says_too_little_is_no_name(string header) =>
        Assert.False(FieldNames.IsAnyName(header));

    [Fact]
    public void A_name_of_one_field_is_never_offered_as_a_misspelling_of_another()
    {
        Assert.Null(FieldNames.Misspelt(Field.Flops, ["run", "lr", "train/loss"])); // before, "'train/loss' looks like 'flops' misspelt"
        Assert.Equal("lsos", FieldNames.Misspelt(Field.Loss, ["params", "lsos"]));
    }

    [Fact]
    public void A_header_is_a_name_of_one_field_at_most()
    {
        string[] headers = ["n", "params", "num_parameters", "tokens_seen", "num_token", "d", "l", "loss", "validation_loss", "run_id", "series", "train_step", "total_flops", "unique_data_tokens", "#params", "final_eval_loss", "dataset_tokens", "model/tokens", "train/global_step"];

        foreach (var header in headers)
        {
            var fields = Enum.GetValues<Field>().Where(f => FieldNames.IsAlias(f, header) || FieldNames.IsLooseAlias(f, header)).ToList();
            Assert.Single(fields);
        }
    }
}
