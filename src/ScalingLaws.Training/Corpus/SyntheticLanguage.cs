namespace ScalingLaws.Training.Corpus;

/// <summary>
/// A synthetic language with an exactly known entropy: each sequence picks a topic z with Zipf weights
/// w_z ∝ 1/z, then follows that topic's sparse random Markov chain (each token has a few possible successors,
/// Dirichlet(1) probabilities), starting from the chain's stationary distribution. Bigger models learn more of
/// the topics' tables; later positions pin down the topic, so the loss falls along the context.
/// <para>
/// The entropy rate lim H(X_n | X_&lt;n) = Σ_z w_z Σ_v π_z(v)·H(P_z(v, ·)) is computed exactly from the
/// stationary distributions; <see cref="BayesLosses"/> gives the loss of the exact Bayes predictor (topic
/// posterior by forward filtering) at each position, the best any model can do with that much context.
/// </para>
/// </summary>
public sealed class SyntheticLanguage : ITrainingData
{
    private const ulong BuildStream = 0, TrainStream = 1, HeldOutStream = 2;
    private readonly long _seed;
    private readonly double[] _topicWeights;
    private readonly int[][] _successors;       // [topic·V + v] → successor tokens
    private readonly double[][] _probabilities; // [topic·V + v] → their probabilities
    private readonly double[][] _stationary;    // [topic] → π over tokens

    /// <summary>A language of <paramref name="vocabulary"/> tokens, <paramref name="topics"/> topics and <paramref name="successors"/> likely successors per token, fixed by <paramref name="seed"/>.</summary>
    public SyntheticLanguage(int vocabulary = 64, int topics = 8, int successors = 4, long seed = 1)
    {
        if (vocabulary < 2 || topics < 1 || successors < 1 || successors > vocabulary)
            throw new ScalingLawsException($"synthetic language: need vocabulary ≥ 2, topics ≥ 1 and 1 ≤ successors ≤ vocabulary; got {vocabulary}, {topics}, {successors}.");
        (Vocabulary, Topics, Successors, _seed) = (vocabulary, topics, successors, seed);
        var random = SplitMix64.For(seed, 0, BuildStream);
        var weights = Enumerable.Range(1, topics).Select(z => 1.0 / z).ToArray();
        _topicWeights = [.. weights.Select(w => w / weights.Sum())];
        _successors = new int[topics * vocabulary][];
        _probabilities = new double[topics * vocabulary][];
        for (var row = 0; row < _successors.Length; row++)
            (_successors[row], _probabilities[row]) = RandomRow(row % vocabulary, ref random);
        _stationary = [.. Enumerable.Range(0, topics).Select(Stationary)];
        EntropyRate = Enumerable.Range(0, topics).Sum(z => _topicWeights[z] * TopicEntropyRate(z));
    }

    /// <inheritdoc/>
    public int Vocabulary { get; }

    /// <summary>Topics: each sequence keeps one, which shapes its transitions.</summary>
    public int Topics { get; }

    /// <summary>Likely successors of each token within a topic.</summary>
    public int Successors { get; }

    /// <summary>The exact entropy rate in nats per token: the loss of a perfect model with unbounded context.</summary>
    public double EntropyRate { get; }

    /// <inheritdoc/>
    public string Description => $"synthetic topic-Markov language: {Vocabulary} tokens, {Topics} topics, {Successors} successors per token, entropy rate {EntropyRate:F4} nats";

    /// <inheritdoc/>
    public void TrainingBatch(long batch, int sequences, int length, Span<int> tokens)
    {
        var random = SplitMix64.For(_seed, batch, TrainStream);
        for (var s = 0; s < sequences; s++)
            Sample(ref random, tokens.Slice(s * length, length));
    }

    /// <inheritdoc/>
    public void HeldOut(int sequences, int length, Span<int> tokens)
    {
        var random = SplitMix64.For(_seed, 0, HeldOutStream);
        for (var s = 0; s < sequences; s++)
            Sample(ref random, tokens.Slice(s * length, length));
    }

    /// <summary>
    /// The mean loss of the exact Bayes predictor at each position of the given sequences: element i − 1 is
    /// the mean of −ln p(x_{i+1} | x_1 … x_i), matching the trainer's per-position losses (position i predicts from i tokens).
    /// </summary>
    public double[] BayesLosses(ReadOnlySpan<int> tokens, int sequences, int length)
    {
        var losses = new double[length - 1];
        var posterior = new double[Topics];
        for (var s = 0; s < sequences; s++)
        {
            var sequence = tokens.Slice(s * length, length);
            for (var z = 0; z < Topics; z++)
                posterior[z] = _topicWeights[z] * _stationary[z][sequence[0]];
            Normalize(posterior);
            for (var i = 1; i < length; i++)
            {
                var predictive = 0.0;
                for (var z = 0; z < Topics; z++)
                {
                    posterior[z] *= Transition(z, sequence[i - 1], sequence[i]);
                    predictive += posterior[z];
                }
                losses[i - 1] -= Math.Log(predictive);
                Normalize(posterior);
            }
        }
        for (var i = 0; i < losses.Length; i++)
            losses[i] /= sequences;
        return losses;
    }

    private void Sample(ref SplitMix64 random, Span<int> sequence)
    {
        var topic = Draw(_topicWeights, ref random);
        sequence[0] = Draw(_stationary[topic], ref random);
        for (var i = 1; i < sequence.Length; i++)
        {
            var row = topic * Vocabulary + sequence[i - 1];
            sequence[i] = _successors[row][Draw(_probabilities[row], ref random)];
        }
    }

    private double Transition(int topic, int from, int to)
    {
        var row = topic * Vocabulary + from;
        var at = Array.IndexOf(_successors[row], to);
        return at < 0 ? 0 : _probabilities[row][at];
    }

    // The next token (v + 1) is always a possible successor, so every chain is irreducible; the others are random.
    private (int[] Successors, double[] Probabilities) RandomRow(int token, ref SplitMix64 random)
    {
        var chosen = new List<int> { (token + 1) % Vocabulary };
        while (chosen.Count < Successors)
        {
            var candidate = random.Next(Vocabulary);
            if (!chosen.Contains(candidate))
                chosen.Add(candidate);
        }
        var gammas = new double[Successors];
        for (var k = 0; k < Successors; k++)
            gammas[k] = -Math.Log(1 - random.NextDouble());
        var total = gammas.Sum();
        return ([.. chosen], [.. gammas.Select(g => g / total)]);
    }

    private double[] Stationary(int topic)
    {
        var pi = Enumerable.Repeat(1.0 / Vocabulary, Vocabulary).ToArray();
        var next = new double[Vocabulary];
        for (var iteration = 0; iteration < 1_000_000; iteration++)
        {
            Array.Clear(next);
            for (var v = 0; v < Vocabulary; v++)
            {
                var row = topic * Vocabulary + v;
                for (var k = 0; k < Successors; k++)
                    next[_successors[row][k]] += pi[v] * _probabilities[row][k];
            }
            // Averaging with the previous iterate (a lazy chain) has the same stationary distribution and converges even if the chain is periodic.
            var change = 0.0;
            for (var v = 0; v < Vocabulary; v++)
            {
                var updated = 0.5 * (pi[v] + next[v]);
                change += Math.Abs(updated - pi[v]);
                pi[v] = updated;
            }
            if (change < 1e-15)
                return pi;
        }
        throw new ScalingLawsException($"synthetic language: the stationary distribution of topic {topic} did not converge; try another seed.");
    }

    private double TopicEntropyRate(int topic)
    {
        var rate = 0.0;
        for (var v = 0; v < Vocabulary; v++)
            rate += _stationary[topic][v] * -_probabilities[topic * Vocabulary + v].Sum(p => p > 0 ? p * Math.Log(p) : 0);
        return rate;
    }

    private static int Draw(double[] probabilities, ref SplitMix64 random)
    {
        var u = random.NextDouble();
        for (var k = 0; k < probabilities.Length - 1; k++)
        {
            u -= probabilities[k];
            if (u < 0)
                return k;
        }
        return probabilities.Length - 1;
    }

    private static void Normalize(double[] values)
    {
        var total = values.Sum();
        for (var i = 0; i < values.Length; i++)
            values[i] /= total;
    }
}
