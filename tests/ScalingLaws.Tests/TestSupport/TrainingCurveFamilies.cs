using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests;

/// <summary>Small families of training curves with known losses, for the study's rules.</summary>
internal static class TrainingCurveFamilies
{
    /// <summary>E = 1.8, A = 400, B = 1500, α = 0.34, β = 0.30 (natural units, law order).</summary>
    public static readonly double[] Truth = [1.8, 400, 1500, 0.34, 0.30];

    /// <summary>
    /// Each size's checkpoints at tokens <paramref name="step"/>·1, 2, …, up to its last; loss exactly
    /// the law's (or <paramref name="loss"/> of N and D), model "m-" and N as 400M, family <paramref name="family"/>.
    /// </summary>
    public static ObservationTable Curves(string family, (double Params, double Last)[] sizes, double step = 1e10, Func<double, double, double>? loss = null)
    {
        loss ??= (n, d) => ChinchillaLaw.Instance.Predict(Truth, n, d);
        var rows = from size in sizes
                   from i in Enumerable.Range(1, (int)Math.Round(size.Last / step))
                   let d = i * step
                   select new Observation(size.Params, d, Compute.Flops(size.Params, d), loss(size.Params, d), "m-" + Quantity.Format(size.Params), family);
        return new ObservationTable(rows, family);
    }

    /// <summary>
    /// Three sizes with runs of different lengths: 1e8 to 1e11 tokens, 2e8 to 2e11 (every 2e10), 4e8
    /// (the target) to 1e11, checkpoints every 1e10 otherwise.
    /// </summary>
    public static ObservationTable Ladder(string family = "ladder")
    {
        var small = Curves(family, [(1e8, 1e11)]).Rows;
        var middle = Curves(family, [(2e8, 2e11)], step: 2e10).Rows;
        var target = Curves(family, [(4e8, 1e11)]).Rows;
        return new ObservationTable(small.Concat(middle).Concat(target), family);
    }

    /// <summary>Five sizes 1e8 … 1.6e10 (×4 apart), each trained to 2e11 tokens with a checkpoint every 1e10.</summary>
    public static ObservationTable Five(string family = "five", Func<double, double, double>? loss = null) =>
        Curves(family, [.. Enumerable.Range(0, 5).Select(i => (1e8 * Math.Pow(4, i), 2e11))], loss: loss);

    public static ObservationTable Join(params ObservationTable[] tables) => new(tables.SelectMany(t => t.Rows), "joined");
}
