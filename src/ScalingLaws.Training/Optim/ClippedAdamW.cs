namespace ScalingLaws.Training.Optim;

/// <summary>
/// AdamW (Loshchilov and Hutter): Adam on the gradient clipped to a global norm, and weight decay applied
/// to the weights directly (decoupled), only to matrices and embeddings, not to biases and norm gains.
/// </summary>
internal sealed class ClippedAdamW
{
    private readonly bool[] _decayed;
    private readonly Workers _workers;

    /// <summary>AdamW over the tensors of <paramref name="layout"/>; weight decay only on tensors marked for it.</summary>
    public ClippedAdamW(Workers workers, TensorLayout layout, double weightDecay = 0.1, double clipNorm = 1.0, double beta1 = 0.9, double beta2 = 0.95, double epsilon = 1e-8)
    {
        _workers = workers;
        (WeightDecay, ClipNorm, Beta1, Beta2, Epsilon) = (weightDecay, clipNorm, beta1, beta2, epsilon);
        First = new float[layout.Count];
        Second = new float[layout.Count];
        _decayed = new bool[layout.Count];
        foreach (var tensor in layout.Tensors.Where(t => t.Decay))
            _decayed.AsSpan(tensor.Offset, tensor.Length).Fill(true);
    }

    /// <summary>Decoupled weight decay per step, multiplied by the learning rate.</summary>
    public double WeightDecay { get; }

    /// <summary>The global gradient norm gradients are clipped to.</summary>
    public double ClipNorm { get; }

    /// <summary>The decay rate of the first moment.</summary>
    public double Beta1 { get; }

    /// <summary>The decay rate of the second moment.</summary>
    public double Beta2 { get; }

    /// <summary>The ε added to the root of the second moment.</summary>
    public double Epsilon { get; }

    /// <summary>The first moments, saved with a checkpoint.</summary>
    public float[] First { get; }

    /// <summary>The second moments, saved with a checkpoint.</summary>
    public float[] Second { get; }

    /// <summary>Applies update number <paramref name="step"/> (0-based) and returns the gradient norm before clipping.</summary>
    public double Update(float[] parameters, float[] gradients, long step, double learningRate)
    {
        var norm = GlobalNorm(gradients);
        var clip = norm > ClipNorm ? ClipNorm / norm : 1.0;
        var (correction1, correction2) = (1 - Math.Pow(Beta1, step + 1), 1 - Math.Pow(Beta2, step + 1));
        var (b1, b2, eps) = ((float)Beta1, (float)Beta2, (float)Epsilon);
        var (scale, stepSize, decay, rootCorrection) = ((float)clip, (float)(learningRate / correction1), (float)(1 - learningRate * WeightDecay), (float)Math.Sqrt(correction2));
        var (m, v, decayed) = (First, Second, _decayed);
        _workers.For(parameters.Length, 4096, (start, end, _) =>
        {
            for (var i = start; i < end; i++)
            {
                var g = gradients[i] * scale;
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                var p = decayed[i] ? parameters[i] * decay : parameters[i];
                parameters[i] = p - stepSize * m[i] / (MathF.Sqrt(v[i]) / rootCorrection + eps);
            }
        });
        return norm;
    }

    private static double GlobalNorm(float[] gradients)
    {
        var sum = 0.0;
        foreach (var g in gradients)
            sum += (double)g * g;
        return Math.Sqrt(sum);
    }
}
