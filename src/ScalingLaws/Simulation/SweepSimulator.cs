using ScalingLaws.Planning;

namespace ScalingLaws.Simulation;

/// <summary>
/// Draws the runs of a <see cref="SweepDesign"/> from its true law with seeded noise: the same
/// design and seed give the same table. Checkpoints follow the law at their token count, the
/// assumption the Hitchhiker's guide makes when it fits laws to partial runs.
/// </summary>
public static class SweepSimulator
{
    /// <summary>The family of the IsoFLOP runs.</summary>
    public const string IsoFlopFamily = "IsoFLOP";
    /// <summary>The family of the ladder runs.</summary>
    public const string LadderFamily = "Ladder";

    /// <summary>Simulated final losses of the design's runs under its law and noise, seeded by <paramref name="seed"/>.</summary>
    public static ObservationTable Simulate(SweepDesign design, int seed)
    {
        ArgumentNullException.ThrowIfNull(design);
        design.Validate();
        var truth = new ComputeOptimal(design.Truth);
        var random = new Random(seed);
        var rows = new List<Observation>();
        double Noisy(double loss) => loss * Math.Exp(design.Noise * StandardNormal.Draw(random));

        foreach (var flops in design.Budgets)
        {
            var optimum = truth.ForFlops(flops).Params;
            for (var i = 0; i < design.SizesPerBudget; i++)
            {
                var n = optimum * Math.Pow(design.SizeSpan, 2.0 * i / (design.SizesPerBudget - 1) - 1);
                var d = Compute.Tokens(flops, n);
                rows.Add(new Observation(n, d, flops, Noisy(truth.Loss(n, d)), $"iso-{flops:0e0}-{Label(n)}", IsoFlopFamily, SourceRow: rows.Count + 1));
            }
        }
        foreach (var n in design.LadderSizes)
        {
            for (var k = 1; k <= design.Checkpoints; k++)
            {
                var d = design.LadderTokens * k / design.Checkpoints;
                rows.Add(new Observation(n, d, Compute.Flops(n, d), Noisy(truth.Loss(n, d)), $"ladder-{Label(n)}", LadderFamily,
                    Math.Round(d / design.TokensPerStep), rows.Count + 1));
            }
        }
        return new ObservationTable(rows, $"simulated sweep (seed {seed})",
            notes: [$"simulated from L = {design.Truth[0]:G4} + {design.Truth[1]:G4}/N^{design.Truth[3]:G4} + {design.Truth[2]:G4}/D^{design.Truth[4]:G4} with {design.Noise:P1} noise, seed {seed}"]);
    }

    // 70M, 1.4B: model names as people write them.
    private static string Label(double n) => n >= 1e9 ? $"{n / 1e9:0.##}B" : $"{n / 1e6:0.#}M";
}
