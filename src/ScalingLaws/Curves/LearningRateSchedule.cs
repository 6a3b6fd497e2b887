namespace ScalingLaws.Curves;

/// <summary>
/// The learning rate η_k at every optimizer step k = 0 … <see cref="LastStep"/>, with its running area
/// P_k = η_0 + … + η_k computed once: the schedule-aware laws read areas, not single rates.
/// </summary>
public sealed class LearningRateSchedule
{
    private readonly double[] rates;
    private readonly double[] area;

    private LearningRateSchedule(double[] rates, string description)
    {
        this.rates = rates;
        Description = description;
        area = new double[rates.Length];
        var sum = 0.0;
        for (var k = 0; k < rates.Length; k++)
        {
            sum += rates[k];
            area[k] = sum;
        }
    }

    /// <summary>How the schedule was obtained, e.g. "rebuilt from the file name" or "lr column, interpolated".</summary>
    public string Description { get; }

    /// <summary>The last step with a rate.</summary>
    public int LastStep => rates.Length - 1;

    /// <summary>The rates η_0 … η_T.</summary>
    public ReadOnlySpan<double> Rates => rates;

    /// <summary>The running areas P_0 … P_T, P_k = Σ_{τ≤k} η_τ.</summary>
    public ReadOnlySpan<double> Areas => area;

    /// <summary>The rate η at <paramref name="step"/>.</summary>
    public double Rate(int step) => rates[Check(step)];

    /// <summary>S1(t) = Σ_{τ=0..t} η_τ: the area under the schedule up to and including step t (warm-up included).</summary>
    public double Area(int step) => area[Check(step)];

    /// <summary>The step at which the rate first reaches its maximum: the end of warm-up.</summary>
    public int PeakStep
    {
        get
        {
            var peak = 0;
            for (var k = 1; k < rates.Length; k++)
            {
                if (rates[k] > rates[peak])
                    peak = k;
            }
            return peak;
        }
    }

    /// <summary>
    /// Tissue et al.'s annealing area S2(t) = Σ_{i≤t} m_i with momentum m_i = λ m_{i−1} + (η_{i−1} − η_i), for every step.
    /// The sum starts at the end of warm-up (<see cref="PeakStep"/>): warm-up raises the rate and is not annealing.
    /// </summary>
    public double[] AnnealingAreas(double momentum)
    {
        var s2 = new double[rates.Length];
        double m = 0, sum = 0;
        for (var k = PeakStep + 1; k < rates.Length; k++)
        {
            m = momentum * m + (rates[k - 1] - rates[k]);
            sum += m;
            s2[k] = sum;
        }
        return s2;
    }

    /// <summary>A schedule from a rule for each step 0 … <paramref name="lastStep"/>.</summary>
    public static LearningRateSchedule FromFunction(int lastStep, Func<int, double> rate, string description)
    {
        if (lastStep < 1)
            throw new ScalingLawsException($"a learning-rate schedule needs at least 2 steps, got {lastStep + 1}.");
        var rates = new double[lastStep + 1];
        for (var k = 0; k <= lastStep; k++)
            rates[k] = CheckRate(rate(k), k);
        return new LearningRateSchedule(rates, description);
    }

    /// <summary>
    /// A per-step schedule from rates logged at some steps: linear between logged steps (rows every k steps give
    /// every step in between), and before the first logged step a linear warm-up from 0 at step 0, the usual start of
    /// a run; after the last logged step there is nothing to predict.
    /// </summary>
    /// <param name="steps">Strictly increasing, the first one at least 1 or exactly 0.</param>
    public static LearningRateSchedule FromPoints(IReadOnlyList<int> steps, IReadOnlyList<double> rates, string description)
    {
        if (steps.Count == 0 || steps.Count != rates.Count)
            throw new ArgumentException("one rate per logged step is needed.");
        var per = new double[steps[^1] + 1];
        var (previousStep, previousRate) = steps[0] == 0 ? (0, rates[0]) : (0, 0.0);
        for (var i = 0; i < steps.Count; i++)
        {
            var (step, rate) = (steps[i], CheckRate(rates[i], steps[i]));
            for (var k = previousStep; k <= step; k++)
                per[k] = step == previousStep ? rate : previousRate + (rate - previousRate) * (k - previousStep) / (step - previousStep);
            (previousStep, previousRate) = (step, rate);
        }
        if (per.Length < 2)
            throw new ScalingLawsException("a learning-rate schedule needs at least 2 steps; log the rate beyond step 0.");
        return new LearningRateSchedule(per, description);
    }

    // A subnormal rate is refused too: the schedule-aware laws' starts scale with 1/η_max, which overflows on it.
    private static double CheckRate(double rate, int step) => double.IsFinite(rate) && rate >= 0 && !double.IsSubnormal(rate)
        ? rate
        : throw new ScalingLawsException($"the learning rate at step {step} is {rate:G4}; it must be 0 or a finite number of at least 2.2e-308.");

    private int Check(int step) => step >= 0 && step < rates.Length
        ? step
        : throw new ScalingLawsException($"step {step} is outside the learning-rate schedule, which covers steps 0 to {LastStep}.");
}
