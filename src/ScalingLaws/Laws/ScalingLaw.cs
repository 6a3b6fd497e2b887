namespace ScalingLaws.Laws;

/// <summary>
/// A law L(inputs; parameters) with an analytic gradient. Fitting works on the logarithm of the
/// prediction as a function of the parameters on their fitting scale (see <see cref="LawParameter"/>),
/// evaluated for a block of rows at once.
/// </summary>
public abstract class ScalingLaw
{
    /// <summary>The name used on the command line and in law files, e.g. "chinchilla".</summary>
    public abstract string Name { get; }

    /// <summary>The formula in the parameters' names, e.g. "L = E + A/N^alpha + B/D^beta".</summary>
    public abstract string Formula { get; }

    /// <summary>The observation fields the law reads, in order (N then D for two-variable laws).</summary>
    public abstract ImmutableArray<Field> Inputs { get; }

    /// <summary>The parameters in order, with names, scales and start ranges.</summary>
    public abstract ImmutableArray<LawParameter> Parameters { get; }

    /// <summary>How many parameters.</summary>
    public int ParameterCount => Parameters.Length;

    /// <summary>
    /// Writes ln L̂ for every row of <paramref name="inputs"/> and the Jacobian
    /// <c>jacobian[j·n + i] = ∂ ln L̂ᵢ / ∂θⱼ</c>, θ on the fitting scale. Must not allocate.
    /// </summary>
    public abstract void LogPredict(ReadOnlySpan<double> theta, LogInputs inputs, Span<double> lnPrediction, Span<double> jacobian);

    /// <summary>
    /// The parameters whose effect depends on input <paramref name="input"/> (an index into
    /// <see cref="Inputs"/>): they cannot be identified when that input never varies.
    /// </summary>
    public virtual IReadOnlyList<int> ParametersOn(int input) => [.. Enumerable.Range(0, ParameterCount)];

    /// <summary>The index of a parameter by name (case-insensitive), or −1.</summary>
    public int IndexOf(string name) => Parameters.IndexOf(name);

    /// <summary>Natural values to the fitting scale (logs for log-scale parameters).</summary>
    public double[] ToInternal(ReadOnlySpan<double> values) => Parameters.ToInternal(values);

    /// <summary>Fitting-scale values back to natural units.</summary>
    public double[] ToNatural(ReadOnlySpan<double> theta) => Parameters.ToNatural(theta);

    /// <summary>
    /// L at one point, parameters in natural units (for one-variable laws pass only <paramref name="first"/>;
    /// <paramref name="third"/> is the data-constrained law's unique tokens).
    /// </summary>
    public double Predict(ReadOnlySpan<double> values, double first, double second = double.NaN, double third = double.NaN) =>
        PredictFitting(ToInternal(values), first, second, third);

    /// <summary>L at one point given the law's inputs in its order (<see cref="Inputs"/>).</summary>
    public double Predict(ReadOnlySpan<double> values, IReadOnlyList<double> inputs) =>
        Predict(values, inputs[0], InputAt(inputs, 1), InputAt(inputs, 2));

    /// <summary>
    /// L at one point given θ on the fitting scale (<see cref="ToInternal"/>): finite wherever ln L̂ is, also where a
    /// natural value overflows a double (a step-like fit between 2 sizes has α = 60 and A = e^800).
    /// </summary>
    public double PredictFitting(ReadOnlySpan<double> theta, double first, double second = double.NaN, double third = double.NaN) =>
        Math.Exp(LogPredictOne(theta, first, second, third, stackalloc double[ParameterCount]));

    /// <summary><see cref="PredictFitting(ReadOnlySpan{double}, double, double, double)"/> given the law's inputs in its order.</summary>
    public double PredictFitting(ReadOnlySpan<double> theta, IReadOnlyList<double> inputs) =>
        PredictFitting(theta, inputs[0], InputAt(inputs, 1), InputAt(inputs, 2));

    /// <summary>Input <paramref name="index"/> of a point, NaN past the law's inputs.</summary>
    public static double InputAt(IReadOnlyList<double> inputs, int index) => index < inputs.Count ? inputs[index] : double.NaN;

    /// <summary>∂L/∂p for each parameter p in natural units, at one point.</summary>
    public void Gradient(ReadOnlySpan<double> values, double first, double second, Span<double> gradient)
    {
        Span<double> jacobian = stackalloc double[ParameterCount];
        var prediction = Math.Exp(LogPredictOne(ToInternal(values), first, second, double.NaN, jacobian));
        for (var j = 0; j < ParameterCount; j++)
        {
            var chain = Parameters[j].Scale == ParameterScale.Log ? 1.0 / values[j] : 1.0;
            gradient[j] = prediction * jacobian[j] * chain;
        }
    }

    private double LogPredictOne(ReadOnlySpan<double> theta, double first, double second, double third, Span<double> jacobian)
    {
        Span<double> logs = [Math.Log(first), Math.Log(second), Math.Log(third)];
        Span<double> lnPrediction = stackalloc double[1];
        LogPredict(theta, LogInputs.Point(logs, Inputs.Length), lnPrediction, jacobian);
        return lnPrediction[0];
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Formula}";
}
