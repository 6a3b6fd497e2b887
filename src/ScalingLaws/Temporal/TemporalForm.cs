namespace ScalingLaws.Temporal;

/// <summary>
/// A candidate shape for how one parameter of the reciprocal law (a0, a1 or a2) evolves with training,
/// after Xiong et al. (2024), who describe logarithmic, hyperbolic and learning-rate-shaped patterns.
/// Each form is a function p(z; point) of its coefficients z with an analytic gradient.
/// </summary>
public abstract class TemporalForm
{
    /// <summary>The parameter moves linearly in ln t.</summary>
    public static TemporalForm Logarithmic { get; } = new LogarithmicForm();
    /// <summary>The parameter moves hyperbolically in t.</summary>
    public static TemporalForm Hyperbolic { get; } = new HyperbolicForm();
    /// <summary>The parameter follows the schedule: its area and the current learning rate.</summary>
    public static TemporalForm Schedule { get; } = new ScheduleForm(annealing: true);
    /// <summary>The parameter follows the area under the schedule only.</summary>
    public static TemporalForm Area { get; } = new ScheduleForm(annealing: false);

    /// <summary>Every form, in the order they are reported.</summary>
    public static ImmutableArray<TemporalForm> All { get; } = [Logarithmic, Hyperbolic, Schedule, Area];

    /// <summary>The form with this name (any case), or null.</summary>
    public static TemporalForm? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"logarithmic", "hyperbolic", "schedule" or "area".</summary>
    public abstract string Name { get; }

    /// <summary>The formula of a parameter p in x = t/t_ref, S = S1/S1_ref and r = η/η_ref.</summary>
    public abstract string Formula { get; }

    /// <summary>The coefficient names in natural units, e.g. c0, c1, tau.</summary>
    public abstract ImmutableArray<string> CoefficientNames { get; }

    /// <summary>Coefficients of the form.</summary>
    public int CoefficientCount => CoefficientNames.Length;

    /// <summary>True when the form reads the learning rate (it needs an lr column).</summary>
    public virtual bool NeedsSchedule => false;

    /// <summary>p at a point and ∂p/∂z into <paramref name="gradient"/> (z on the fitting scale). Allocates nothing.</summary>
    internal abstract double Evaluate(ReadOnlySpan<double> z, TemporalPoint point, Span<double> gradient);

    /// <summary>Starting coefficients from a least-squares fit to a series of parameter values, best first.</summary>
    internal abstract IReadOnlyList<double[]> Starts(IReadOnlyList<TemporalPoint> points, IReadOnlyList<double> values);

    /// <summary>How coefficient <paramref name="coefficient"/> is fitted: itself, or ln of a positive one (the hyperbolic form's τ).</summary>
    internal virtual ParameterScale ScaleOf(int coefficient) => ParameterScale.Linear;

    /// <summary>The coefficients in natural units (the fitting scale differs only for log-scaled ones).</summary>
    public double[] ToNatural(ReadOnlySpan<double> z)
    {
        var values = new double[z.Length];
        for (var c = 0; c < values.Length; c++)
            values[c] = ScaleOf(c) == ParameterScale.Log ? Math.Exp(z[c]) : z[c];
        return values;
    }

    /// <summary>The form's value at <paramref name="point"/> for coefficients <paramref name="z"/>.</summary>
    public double Value(ReadOnlySpan<double> z, TemporalPoint point) => Evaluate(z, point, stackalloc double[CoefficientCount]);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
