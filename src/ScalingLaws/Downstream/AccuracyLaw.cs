namespace ScalingLaws.Downstream;

/// <summary>
/// A law of benchmark accuracy in one input (a model's loss, or its training compute), fitted by least squares on the
/// raw accuracy. Each law evaluates itself with its analytic gradient on the fitting scale, says how it is held to the
/// task's chance level (fixed parameters and bounds) and where its fit starts.
/// </summary>
public abstract class AccuracyLaw
{
    private protected AccuracyLaw(AccuracyForm form, string formula, AccuracyInput input, ImmutableArray<LawParameter> parameters) =>
        (Form, Formula, Input, Parameters) = (form, formula, input, parameters);

    /// <summary>Which form this is.</summary>
    public AccuracyForm Form { get; }

    /// <summary>The form's name in lower case, as the command line and files spell it.</summary>
    public string Name => Form.ToString().ToLowerInvariant();

    /// <summary>The formula in the parameters' names.</summary>
    public string Formula { get; }

    /// <summary>What the law reads: the loss or the compute.</summary>
    public AccuracyInput Input { get; }

    /// <summary>The parameters in order.</summary>
    public ImmutableArray<LawParameter> Parameters { get; }

    /// <summary>The law at input <paramref name="x"/>; writes ∂acc/∂θ_j (θ on the fitting scale) to <paramref name="gradient"/> unless it is empty. Does not allocate.</summary>
    public abstract double Evaluate(ReadOnlySpan<double> theta, double x, Span<double> gradient);

    /// <summary>The law at <paramref name="x"/> from natural-unit <paramref name="values"/>.</summary>
    public double Predict(IReadOnlyList<double> values, double x) => Evaluate(Parameters.ToInternal([.. values]), x, []);

    /// <summary>The fixed parameters and bounds that hold the law to a task with this chance level.</summary>
    public abstract ParameterConstraints Constraints(double chance);

    /// <summary>Starts in natural units, from the data (variable projection where the law is linear in some parameters).</summary>
    internal abstract IReadOnlyList<IReadOnlyList<double>> Starts(double chance, double[] x, double[] scores);

    /// <summary>The law of <paramref name="form"/>.</summary>
    public static AccuracyLaw Of(AccuracyForm form) => form switch
    {
        AccuracyForm.Sigmoid => SigmoidAccuracyLaw.Instance,
        AccuracyForm.Exponential => ExponentialErrorLaw.Instance,
        _ => DirectComputeLaw.Instance,
    };

    /// <summary>The form called <paramref name="name"/> (any case).</summary>
    public static AccuracyForm Parse(string name) =>
        Enum.TryParse<AccuracyForm>(name.Trim(), ignoreCase: true, out var form) && !int.TryParse(name, out _)
            ? form
            : throw new ScalingLawsException($"unknown accuracy law '{name}'; the laws are sigmoid, exponential and direct.");
}
