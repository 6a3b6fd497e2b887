using ScalingLaws.Data;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

/// <summary>Units a header gives (<see cref="HeaderUnit"/>): in brackets, as a last word, or in the loss's own name.</summary>
public sealed class HeaderUnitTests
{
    [Theory]
    [InlineData(Field.Params, "params (M)", 1e6)]
    [InlineData(Field.Tokens, "tokens [B]", 1e9)]
    [InlineData(Field.Params, "N (params)", 1)]
    [InlineData(Field.Tokens, "Dataset Size (B tokens)", 1e9)]
    [InlineData(Field.Params, "Model Size (M params)", 1e6)]
    [InlineData(Field.Params, "params (in millions)", 1e6)]
    [InlineData(Field.Tokens, "tokens (billions of tokens)", 1e9)]
    [InlineData(Field.Params, "params_m", 1e6)]
    [InlineData(Field.Tokens, "tokens_B", 1e9)]
    [InlineData(Field.Params, "params_millions", 1e6)]
    [InlineData(Field.Tokens, "train tokens billions", 1e9)]
    [InlineData(Field.Flops, "flops-t", 1e12)]
    [InlineData(Field.Loss, "loss_nats", 1)]
    [InlineData(Field.Loss, "loss (nats)", 1)]
    [InlineData(Field.Flops, "compute (PF-days)", 8.64e19)]
    [InlineData(Field.Tokens, "tokens (1e9)", 1e9)]
    [InlineData(Field.Flops, "Training FLOPs (×1e21)", 1e21)]
    [InlineData(Field.Flops, "flops (1e18 FLOPs)", 1e18)]
    public void A_known_unit_gives_the_factor_to_the_field_s_own(Field field, string header, double factor) =>
        Assert.Equal(factor, HeaderUnit.Factor(field, header));

    [Theory]
    [InlineData("loss (bits)")]
    [InlineData("loss_bits")]
    [InlineData("val_loss bits")]
    [InlineData("bits_per_token")]
    [InlineData("val_bpb")]
    [InlineData("Bits per byte")]
    public void A_loss_in_bits_is_turned_into_nats(string header) =>
        Assert.Equal(Math.Log(2), HeaderUnit.Factor(Field.Loss, header));

    [Theory]
    [InlineData(Field.Tokens, "tokens (x)")]          // an unknown unit leaves the header unrecognised
    [InlineData(Field.Tokens, "tokens (B params)")]   // the bracket names another field
    [InlineData(Field.Params, "params (M B)")]        // two units
    [InlineData(Field.Params, "n_m")]                 // one letter before the unit: no field's name here
    [InlineData(Field.Tokens, "d_model")]
    [InlineData(Field.Loss, "loss_m")]                // a loss has no scale
    [InlineData(Field.Loss, "bits")]                  // alone, as often a quantisation's bits as a loss's
    [InlineData(Field.Params, "model_size")]
    [InlineData(Field.Tokens, "tokens_per_epoch")]
    [InlineData(Field.Tokens, "tokens (2024)")]       // only a power of ten is a scale
    [InlineData(Field.Params, "params (PF-days)")]    // a unit of compute, not of a size
    public void Anything_else_gives_none(Field field, string header) =>
        Assert.Null(HeaderUnit.Factor(field, header));

    /// <summary>A power of ten in plain digits may be a label, so the column is read as written (before round 17, 'tokens_100' was × 100).</summary>
    [Theory]
    [InlineData(Field.Tokens, "tokens_100", "100", "1e2")]
    [InlineData(Field.Params, "params (1000)", "1000", "1e3")]
    [InlineData(Field.Flops, "flops-1000000", "1000000", "1e6")]
    public void A_plain_power_of_ten_is_read_as_written_with_a_note(Field field, string header, string number, string power)
    {
        Assert.Equal(1, HeaderUnit.Factor(field, header));
        Assert.EndsWith($"as written: '{number}' after the name may be a label rather than a scale, so the values are not multiplied by it; " +
            $"if each value is in units of {number}, write the header as {FieldNames.Name(field)} ({power})", HeaderUnit.Note(field, header, 1));
    }

    [Fact]
    public void The_note_says_how_the_column_was_read()
    {
        Assert.Equal("read column 'params_m' as params in units of 1e6 (each value × 1e6)", HeaderUnit.Note(Field.Params, "params_m", 1e6));
        Assert.Equal("read column 'val_bpb' as a loss in bits, turned into nats (× ln 2)", HeaderUnit.Note(Field.Loss, "val_bpb", Math.Log(2)));
        Assert.Equal("read column 'loss_nats' as loss", HeaderUnit.Note(Field.Loss, "loss_nats", 1));
    }
}
