using ScalingLaws.Counting;

namespace ScalingLaws.Tests.Counting;

public sealed class TransformerShapeTests
{
    [Fact]
    public void Feed_forward_defaults_to_4d_and_head_size_to_d_over_heads()
    {
        var shape = new TransformerShape(layers: 80, dModel: 8192, heads: 64, vocabulary: 32_000, sequenceLength: 2048);

        Assert.Equal(4 * 8192, shape.FeedForward);
        Assert.Equal(128, shape.HeadSize);
        Assert.Equal(8192, shape.AttentionWidth);
    }

    [Fact]
    public void Explicit_sizes_are_kept()
    {
        var shape = new TransformerShape(layers: 24, dModel: 1280, heads: 10, vocabulary: 32_000, sequenceLength: 2048, feedForward: 5000, headSize: 64);

        Assert.Equal(5000, shape.FeedForward);
        Assert.Equal(640, shape.AttentionWidth);
    }

    [Fact]
    public void Widths_past_an_int_are_kept_whole()
    {
        // 65,536 heads of 65,536 and a default d_ff of 4 × 1e9 each pass int.MaxValue: before 2026-12-07 they wrapped to 0 and to a negative width.
        var wide = new TransformerShape(layers: 80, dModel: 65_536, heads: 65_536, vocabulary: 32_000, sequenceLength: 2048, headSize: 65_536);
        var deep = new TransformerShape(layers: 2, dModel: 1_000_000_000, heads: 1, vocabulary: 10, sequenceLength: 8);

        Assert.Equal(4_294_967_296L, wide.AttentionWidth);
        Assert.Equal(4_000_000_000L, deep.FeedForward);
    }

    [Fact]
    public void A_width_that_the_heads_do_not_divide_needs_a_head_size()
    {
        var error = Assert.Throws<ScalingLawsException>(() => new TransformerShape(layers: 2, dModel: 100, heads: 3, vocabulary: 10, sequenceLength: 8));

        Assert.Contains("not a multiple of 3 heads", error.Message);
    }

    [Theory]
    [InlineData(0, 64, 8, 10, 8, "number of layers")]
    [InlineData(2, -64, 8, 10, 8, "d_model")]
    [InlineData(2, 64, 0, 10, 8, "number of heads")]
    [InlineData(2, 64, 8, 0, 8, "vocabulary")]
    [InlineData(2, 64, 8, 10, 0, "context length n_ctx")]
    public void Sizes_must_be_positive(int layers, int dModel, int heads, int vocabulary, int sequence, string what)
    {
        var error = Assert.Throws<ScalingLawsException>(() => new TransformerShape(layers, dModel, heads, vocabulary, sequence));

        Assert.Contains(what, error.Message);
    }
}
