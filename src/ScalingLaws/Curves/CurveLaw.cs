using System.Numerics.Tensors;

namespace ScalingLaws.Curves;

/// <summary>
/// A law for the loss along one training run, L(step; schedule; parameters), with an analytic gradient. As for
/// <see cref="ScalingLaw"/>, fits work on ln L̂ as a function of the parameters on their fitting scale.
/// Everything that depends only on the run (logs of steps, areas under the schedule) is computed once per curve
/// by <see cref="Prepare"/>, so that an evaluation inside a fit allocates nothing.
/// </summary>
public abstract class CurveLaw
{
    private protected CurveLaw(string name, string formula, string description, bool needsSchedule, ImmutableArray<LawParameter> parameters) =>
        (Name, Formula, Description, NeedsSchedule, Parameters) = (name, formula, description, needsSchedule, parameters);

    /// <summary>The name used on the command line and in law files, e.g. "multipower".</summary>
    public string Name { get; }

    /// <summary>The formula in the parameters' names.</summary>
    public string Formula { get; }

    /// <summary>Where the law comes from and what its terms mean, one line.</summary>
    public string Description { get; }

    /// <summary>The parameters in order, with names, scales and start ranges.</summary>
    public ImmutableArray<LawParameter> Parameters { get; }

    /// <summary>Whether the law reads the learning-rate schedule (a curve without one cannot be fitted).</summary>
    public bool NeedsSchedule { get; }

    /// <summary>How many parameters the law has.</summary>
    public int ParameterCount => Parameters.Length;

    /// <summary>The run-only quantities the law needs at each point of <paramref name="curve"/>.</summary>
    internal abstract CurveFeatures Prepare(LossCurve curve);

    /// <summary>
    /// Writes ln L̂ at every point and <c>jacobian[j·n + i] = ∂ ln L̂ᵢ / ∂θⱼ</c>. Uses only <paramref name="scratch"/>
    /// (of length <see cref="CurveFeatures.ScratchLength"/>) as working memory.
    /// </summary>
    internal abstract void LogPredict(ReadOnlySpan<double> theta, CurveFeatures features, Span<double> lnPrediction, Span<double> jacobian, Span<double> scratch);

    /// <summary>Starting points in natural units for a fit to <paramref name="curves"/> (scaled to their losses and learning rates).</summary>
    internal abstract IReadOnlyList<double[]> Starts(IReadOnlyList<LossCurve> curves);

    /// <summary>The predicted loss at every point of <paramref name="curve"/>, parameters in natural units.</summary>
    public double[] Predict(ReadOnlySpan<double> values, LossCurve curve)
    {
        var features = Prepare(curve);
        var prediction = new double[curve.Count];
        LogPredict(ToInternal(values), features, prediction, new double[curve.Count * ParameterCount], new double[features.ScratchLength]);
        TensorPrimitives.Exp(prediction, prediction);
        return prediction;
    }

    /// <summary>The index of the parameter called <paramref name="name"/>, or −1.</summary>
    public int IndexOf(string name) => Parameters.IndexOf(name);

    /// <summary>Whether parameter <paramref name="index"/> is an exponent (held to the scaling laws' exponent domain when fixed): every linear-scale parameter unless a law says it is a signed coefficient.</summary>
    public virtual bool IsExponent(int index) => Parameters[index].Scale == ParameterScale.Linear;

    /// <summary>Natural values to the fitting scale (logs for log-scale parameters).</summary>
    public double[] ToInternal(ReadOnlySpan<double> values) => Parameters.ToInternal(values);

    /// <summary>Fitting-scale values back to natural units.</summary>
    public double[] ToNatural(ReadOnlySpan<double> theta) => Parameters.ToNatural(theta);

    /// <summary>The schedule of <paramref name="curve"/>, or a clear error naming the run.</summary>
    protected LearningRateSchedule ScheduleOf(LossCurve curve) => curve.Schedule
        ?? throw new ScalingLawsException($"{curve.Source}, run {curve.Name}: the {Name} law needs the learning rate, but there is no lr column; add one (learning rate per logged step), or use {Setting.Law} power.");

    /// <summary>ln of the area under the learning rate S1 at each point, or a clear error naming the run and step.</summary>
    private protected static double[] AreaLogs(LossCurve curve, LearningRateSchedule schedule) =>
        Logs(curve, i => schedule.Area(curve.Steps[i]), "the area under the learning rate S1", fromSchedule: true);

    /// <summary>
    /// ln of a positive per-point quantity, or a clear error naming the run and step; when even the last point's is not
    /// positive, no point is after training starts, which names the column it comes from (the lr column, <paramref name="fromSchedule"/>, or the step's).
    /// </summary>
    protected static double[] Logs(LossCurve curve, Func<int, double> value, string what, bool fromSchedule = false)
    {
        // Before, a learning rate of 0 throughout was told to "drop the points before training starts": every point.
        if (curve.Count > 0 && value(curve.Count - 1) is var last && !(last > 0 && double.IsFinite(last)))
        {
            var where = $"{curve.Source}, run {curve.Name}: {what} is {last} at the last logged step {curve.Steps[^1]}, so no point is after training starts";
            throw fromSchedule
                ? new ScalingLawsException($"{where}; check the lr column (a learning rate of 0 throughout trains nothing), or use {Setting.Law} power, which needs no schedule.")
                : new ScalingLawsException($"{where}; check the step column.");
        }
        var logs = new double[curve.Count];
        for (var i = 0; i < logs.Length; i++)
        {
            var v = value(i);
            logs[i] = v > 0 && double.IsFinite(v)
                ? Math.Log(v)
                : throw new ScalingLawsException($"{curve.Source}, run {curve.Name}, step {curve.Steps[i]}: {what} is {v}, but the law needs it positive; drop the points before training starts.");
        }
        return logs;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Formula}";
}

/// <summary>What a <see cref="CurveLaw"/> precomputed for one curve; immutable and shared by every start of a fit.</summary>
internal abstract class CurveFeatures(int count)
{
    public int Count { get; } = count;

    /// <summary>Working memory one evaluation needs.</summary>
    public virtual int ScratchLength => 0;
}
