namespace ScalingLaws.Training.Corpus;

/// <summary>Where training and held-out sequences come from. Batches are a function of their number, so a resumed run sees the same data.</summary>
public interface ITrainingData
{
    /// <summary>Distinct tokens: token ids are 0 … Vocabulary − 1.</summary>
    int Vocabulary { get; }

    /// <summary>One line for reports, e.g. "synthetic topic-Markov language, 64 tokens".</summary>
    string Description { get; }

    /// <summary>Fills <paramref name="tokens"/> with <paramref name="sequences"/> rows of <paramref name="length"/> training tokens: batch number <paramref name="batch"/>.</summary>
    void TrainingBatch(long batch, int sequences, int length, Span<int> tokens);

    /// <summary>Fills <paramref name="tokens"/> with <paramref name="sequences"/> rows of <paramref name="length"/> held-out tokens, never trained on.</summary>
    void HeldOut(int sequences, int length, Span<int> tokens);
}
