using ScalingLaws.Data;

namespace ScalingLaws.Training.Model;

/// <summary>
/// The shape for a target number of non-embedding parameters N = 12·L·d²: depth grows with size at the
/// aspect ratio d ≈ 32·L (Kaplan et al. found loss nearly flat over a wide range of aspect ratios), the width
/// is a multiple of 16, heads are 16 wide. Of the widths around the ideal, the one nearest N in log wins.
/// </summary>
internal static class ModelSizing
{
    /// <summary>The width of every attention head.</summary>
    public const int HeadWidth = 16;
    private const int AspectRatio = 32;

    /// <summary>The largest target: with embeddings its parameters stay well within one array's 2,147,483,647 numbers.</summary>
    public const double Largest = 1e9;

    /// <summary>The shape whose non-embedding parameters 12·L·d² are nearest <paramref name="nonEmbeddingParams"/>.</summary>
    public static ModelConfig ForTarget(double nonEmbeddingParams, int vocabulary, int context)
    {
        const int smallest = 12 * HeadWidth * HeadWidth;
        if (!(nonEmbeddingParams >= smallest / 2.0))
            throw new ScalingLawsException($"model size {QuantityFormat.Count(nonEmbeddingParams)}: too small; the smallest shape (1 layer, d = {HeadWidth}) has {smallest:N0} non-embedding parameters; give sizes of at least {QuantityFormat.Count(smallest / 2.0)}.");
        // A model's parameters are one array indexed by int; beyond that its shape's width wrapped negative ("got -16" for 1e308).
        if (nonEmbeddingParams > Largest)
            throw new ScalingLawsException($"model size {QuantityFormat.Count(nonEmbeddingParams)}: too large; a study trains on this machine's processors and holds each model's parameters in one array, so give sizes of at most {QuantityFormat.Count(Largest)}.");
        var layers = Math.Max(1, (int)Math.Round(Math.Cbrt(nonEmbeddingParams / (12.0 * AspectRatio * AspectRatio))));
        var ideal = Math.Sqrt(nonEmbeddingParams / (12.0 * layers)) / HeadWidth;
        var width = new[] { Math.Floor(ideal), Math.Ceiling(ideal) }
            .Where(units => units >= 1)
            .Select(units => (int)units * HeadWidth)
            .MinBy(w => Math.Abs(Math.Log(12.0 * layers * w * w / nonEmbeddingParams)));
        return new ModelConfig(vocabulary, context, layers, width, width / HeadWidth);
    }
}
