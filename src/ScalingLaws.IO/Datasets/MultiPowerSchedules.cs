namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The per-step learning-rate schedules of the Multi-Power Law runs, rebuilt from the file name exactly as the
/// repository's loader does (it ignores the lr column): a linear warm-up numpy.linspace(0, 3e-4, 2160), then
/// cosine_T (to 3e-5 at T), constant_T, wsd_20000_24000 (geometric decay to 3e-5 from step 20,000),
/// wsdld_20000_24000 (linear decay) or wsdcon_X (3e-4 until step 8,000, then X·1e-5 until 16,000).
/// The rates are the repository's to the last bit, which the core's <see cref="WarmupSchedule"/> cannot give: its one
/// WarmupSteps both ends the ramp and starts the decay, while linspace peaks at step 2,159 and the decay counts from
/// 2,160; its final rate is Peak × FinalFraction, and no double times 3e-4 is 3e-5; it forms the cosine's phase as
/// π·((k − W)/(T − W)), not (π·(k − W))/(T − W), which alone changes 4,521 of cosine_24000's 24,000 rates (by at most
/// 9.8e-16 relative); and it has no geometric decay (wsd) or two-stage constant (wsdcon). Where it has the shape it
/// agrees to 2.5e-15 (MultiPowerSchedulesTests).
/// </summary>
internal static class MultiPowerSchedules
{
    public const int Warmup = 2160;
    public const double Peak = 3e-4, End = 3e-5;
    private const int DecayStart = 20_000, DecayEnd = 24_000, StageChange = 8_000, TwoStageEnd = 16_000;

    public static readonly string[] Names =
        ["constant_24000", "constant_72000", "cosine_24000", "cosine_72000", "wsd_20000_24000", "wsdld_20000_24000", "wsdcon_3", "wsdcon_9", "wsdcon_18"];

    public static LearningRateSchedule For(string name)
    {
        var parts = name.Split('_');
        var (rule, total) = parts[0] switch
        {
            "cosine" => (Cosine(int.Parse(parts[1])), int.Parse(parts[1])),
            "constant" => (_ => Peak, int.Parse(parts[1])),
            "wsd" => (k => Math.Pow(Peak, (double)(DecayEnd - k) / (DecayEnd - DecayStart)) * Math.Pow(End, (double)(k - DecayStart) / (DecayEnd - DecayStart)), DecayEnd),
            "wsdld" => (k => Peak * (1 - Fraction(k)) + End * Fraction(k), DecayEnd),
            "wsdcon" => (k => k < StageChange ? Peak : int.Parse(parts[1]) * 1e-5, TwoStageEnd),
            _ => ((Func<int, double>, int))(null!, 0),
        };
        if (rule is null)
            throw new ScalingLawsException($"multipower run '{name}': unknown schedule; the runs are {string.Join(", ", Names)}.");
        Func<int, double> stable = parts[0] is "wsd" or "wsdld" ? k => k < DecayStart ? Peak : rule(k) : rule;
        return LearningRateSchedule.FromFunction(total - 1, k => k < Warmup ? Peak * k / (Warmup - 1) : stable(k),
            "rebuilt from the file name as the Multi-Power Law repository does (warm-up 0→3e-4 over 2,160 steps, then the named schedule)");
    }

    private static Func<int, double> Cosine(int total) =>
        k => End + 0.5 * (Peak - End) * (1 + Math.Cos(Math.PI * (k - Warmup) / (total - Warmup)));

    private static double Fraction(int k) => (double)(k - DecayStart) / (DecayEnd - DecayStart);
}
