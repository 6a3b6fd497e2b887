using ScalingLaws.Data;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

public class ColumnMapTests
{
    private static readonly string[] ChinchillaHeaders = ["x", "y", "color", "Model Size", "Training FLOP", "hex_color", "loss"];

    [Fact]
    public void Parse_reads_field_column_pairs()
    {
        var map = ColumnMap.Parse(["params=Model Size", " LOSS = val_loss", "model=a=b"]);

        Assert.Equal("Model Size", map.Explicit[Field.Params]);
        Assert.Equal("val_loss", map.Explicit[Field.Loss]);
        Assert.Equal("a=b", map.Explicit[Field.Model]);
        Assert.Equal(3, map.Explicit.Count);
    }

    [Fact]
    public void Parse_rejects_an_unknown_field_and_lists_the_valid_ones()
    {
        var error = Assert.Throws<ScalingLawsException>(() => ColumnMap.Parse(["parms=Model Size"]));

        Assert.Contains("'parms'", error.Message);
        Assert.Contains("model, family, params, tokens, flops, loss, step", error.Message);
    }

    [Theory]
    [InlineData("params")]
    [InlineData("params=")]
    public void Parse_rejects_a_pair_without_a_column(string pair)
    {
        var error = Assert.Throws<ScalingLawsException>(() => ColumnMap.Parse([pair]));
        Assert.Contains("FIELD=COLUMN", error.Message);
    }

    [Fact]
    public void Parse_rejects_a_field_mapped_twice()
    {
        var error = Assert.Throws<ScalingLawsException>(() => ColumnMap.Parse(["loss=a", "loss=b"]));
        Assert.Contains("'a' and 'b'", error.Message);
    }

    [Fact]
    public void Automatic_recognises_the_chinchilla_headers()
    {
        var columns = ColumnMap.Automatic.Resolve(ChinchillaHeaders, "svg.csv");

        Assert.Equal(3, columns.Count);
        Assert.Equal("Model Size", columns[Field.Params]);
        Assert.Equal("Training FLOP", columns[Field.Flops]);
        Assert.Equal("loss", columns[Field.Loss]);
    }

    [Theory]
    [InlineData("num_params", Field.Params)]
    [InlineData("N", Field.Params)]
    [InlineData("param-count", Field.Params)]
    [InlineData("Training Tokens", Field.Tokens)]
    [InlineData("token_num", Field.Tokens)]
    [InlineData("TRAIN-FLOPS", Field.Flops)]
    [InlineData("C", Field.Flops)]
    [InlineData("eval_loss", Field.Loss)]
    [InlineData("Validation Loss", Field.Loss)]
    [InlineData("model_name", Field.Model)]
    [InlineData("run", Field.Model)]
    [InlineData("Model_Family", Field.Family)]
    [InlineData("global_step", Field.Step)]
    [InlineData("iter", Field.Step)]
    [InlineData("eval/loss", Field.Loss)]      // a tracker's metric names
    [InlineData("train.loss", Field.Loss)]
    public void Automatic_ignores_case_spaces_underscores_hyphens_slashes_and_dots(string header, Field field)
    {
        var columns = ColumnMap.Automatic.Resolve([header, "unrelated"], "f.csv");

        Assert.Equal(header, Assert.Single(columns, kv => kv.Key == field).Value);
        Assert.Single(columns);
    }

    [Fact]
    public void Two_automatic_matches_are_ambiguous()
    {
        var error = Assert.Throws<DataFileException>(
            () => ColumnMap.Automatic.Resolve(["model", "step", "train_loss", "val_loss"], "gpt3.csv"));

        Assert.StartsWith("gpt3.csv: ", error.Message);
        Assert.Contains("'train_loss', 'val_loss'", error.Message);
        Assert.Contains("--map loss=COLUMN", error.Message);
    }

    [Fact]
    public void Tracker_metric_names_for_the_loss_are_ambiguous_together()
    {
        var error = Assert.Throws<DataFileException>(() => ColumnMap.Automatic.Resolve(["params", "tokens", "train/loss", "eval/loss"], "wandb.csv"));

        Assert.Equal("wandb.csv: columns 'train/loss', 'eval/loss' could each be loss; pick one with --map loss=COLUMN", error.Message);
    }

    [Fact]
    public void An_explicit_map_settles_an_ambiguity()
    {
        var columns = ColumnMap.Parse(["loss=val_loss"]).Resolve(["model", "step", "train_loss", "val_loss"], "gpt3.csv");

        Assert.Equal("val_loss", columns[Field.Loss]);
        Assert.Equal("model", columns[Field.Model]);
        Assert.Equal("step", columns[Field.Step]);
        Assert.DoesNotContain("train_loss", columns.Values);
    }

    [Fact]
    public void A_column_mapped_to_one_field_is_not_guessed_for_another()
    {
        var columns = ColumnMap.Parse(["tokens=n"]).Resolve(["n", "size", "loss"], "f.csv");

        Assert.Equal("n", columns[Field.Tokens]);
        Assert.Equal("size", columns[Field.Params]);
    }

    [Fact]
    public void The_canonical_name_wins_over_other_aliases()
    {
        var columns = ColumnMap.Automatic.Resolve(["param_count", "params", "tokens", "loss"], "porian.csv");

        Assert.Equal("params", columns[Field.Params]);
    }

    [Fact]
    public void A_duplicated_header_is_an_error()
    {
        var error = Assert.Throws<DataFileException>(() => ColumnMap.Automatic.Resolve(["loss", "params", "loss"], "d.csv"));

        Assert.Contains("column 'loss'", error.Message);
        Assert.Contains("duplicated column", error.Message);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_suggests_the_closest()
    {
        var map = ColumnMap.Parse(["params=model sise"]);

        var error = Assert.Throws<DataFileException>(() => map.Resolve(ChinchillaHeaders, "svg.csv"));

        Assert.Contains("column 'model sise'", error.Message);
        Assert.Contains("did you mean 'Model Size'?", error.Message);
        Assert.Contains("'x', 'y', 'color', 'Model Size', 'Training FLOP', 'hex_color', 'loss'", error.Message);
    }

    [Theory]
    [InlineData("los=val", "loss")]
    [InlineData("parms=Model Size", "params")]
    [InlineData("tokesn=D", "tokens")]
    public void A_misspelt_field_gets_did_you_mean(string pair, string suggestion)
    {
        var error = Assert.Throws<ScalingLawsException>(() => ColumnMap.Parse([pair]));

        Assert.Contains($"(did you mean '{suggestion}'?)", error.Message);
    }

    [Fact]
    public void A_field_unlike_any_other_gets_no_guess()
    {
        var error = Assert.Throws<ScalingLawsException>(() => ColumnMap.Parse(["perplexity=ppl"]));

        Assert.DoesNotContain("did you mean", error.Message);
        Assert.Contains("valid fields are", error.Message);
    }
}
