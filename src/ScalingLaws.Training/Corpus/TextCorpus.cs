namespace ScalingLaws.Training.Corpus;

/// <summary>
/// Byte-level tokens of a text: the first 90% for training (windows at random offsets), the last 10% held
/// out (consecutive windows).
/// </summary>
public sealed class TextCorpus : ITrainingData
{
    /// <summary>The share of the text held out, taken from its end.</summary>
    public const double HeldOutFraction = 0.1;
    private readonly byte[] _bytes;
    private readonly int _trainLength;
    private readonly long _seed;

    /// <param name="name">The file, for messages.</param>
    /// <param name="sequences">Sequences per batch, to check the text is long enough.</param>
    public TextCorpus(string name, byte[] bytes, int sequences, int length, long seed)
    {
        _bytes = bytes;
        _seed = seed;
        _trainLength = (int)(bytes.Length * (1 - HeldOutFraction));
        var batch = sequences * length;
        var needed = (int)Math.Ceiling(batch / (1 - HeldOutFraction));
        if (_trainLength < batch || bytes.Length - _trainLength < length)
            throw new ScalingLawsException($"{name}: the corpus has {bytes.Length:N0} bytes, shorter than one batch ({sequences} sequences of {length} tokens) plus the 10% held out; give a text of at least {needed:N0} bytes.");
        Description = $"{name}, {bytes.Length:N0} bytes as byte tokens";
    }

    /// <inheritdoc/>
    public int Vocabulary => 256;

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public void TrainingBatch(long batch, int sequences, int length, Span<int> tokens)
    {
        var random = SplitMix64.For(_seed, batch);
        for (var s = 0; s < sequences; s++)
        {
            var start = random.Next(_trainLength - length + 1);
            Copy(start, tokens.Slice(s * length, length));
        }
    }

    /// <summary>Consecutive windows of the held-out tail, wrapping around if more are asked than it holds.</summary>
    public void HeldOut(int sequences, int length, Span<int> tokens)
    {
        var windows = (_bytes.Length - _trainLength) / length;
        for (var s = 0; s < sequences; s++)
            Copy(_trainLength + s % windows * length, tokens.Slice(s * length, length));
    }

    private void Copy(int start, Span<int> target)
    {
        for (var i = 0; i < target.Length; i++)
            target[i] = _bytes[start + i];
    }
}
