using System.Globalization;
using System.Text;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Loss curves whose steps or runs no law can use, through <c>curve fit</c>, <c>predict</c>, <c>compare</c> and
/// <c>rank</c>: steps in tokens or in units of 1e15 (past any run's step count), steps as fractions, rows out of order,
/// losses all NaN, learning rates negative or zero throughout, and a run of one point among longer ones, which a
/// fit fraction or a ranking cannot fit: each is one line naming the file and the row or run. A loss that rises is
/// fitted, with a warning (and exit 3 under --strict).
/// </summary>
internal static class CurveShapeCases
{
    public static IEnumerable<HostileCase> Write(string folder)
    {
        var steps = Enumerable.Range(1, 10).Select(i => i * 100).ToArray();
        string Curve(string name, Func<int, string> step, Func<int, string>? loss = null, string? lr = null) =>
            Save(folder, name, $"step,{(lr is null ? "" : "lr,")}loss\n" + string.Concat(steps.Select(s => $"{step(s)},{(lr is null ? "" : lr + ",")}{loss?.Invoke(s) ?? Loss(s, 0)}\n")));
        string[] Fit(string path, string law = "power") => ["curve", "fit", path, "--law", law];
        var refused = new (string Name, string[] Args, string Names)[]
        {
            ("steps past 2^31", Fit(Curve("steps-huge.csv", s => $"{s}000000000000000")), "row 1, column 'step': step '100000000000000000' is beyond 2,147,483,647, more optimizer steps than any run takes"),
            ("steps in exponent form past 2^31", Fit(Curve("steps-1e18.csv", s => $"{s / 100}e18")), "step '1e18' is beyond 2,147,483,647"),
            ("steps as fractions", Fit(Curve("steps-fractions.csv", s => $"{s / 100}.5")), "row 1, column 'step': step '1.5' is not a whole number of optimizer steps"),
            ("steps falling", Fit(Curve("steps-falling.csv", s => $"{1100 - s}")), "row 2, column 'step': step 900 does not increase on the previous row"),
            ("every loss NaN", Fit(Curve("loss-all-nan.csv", s => $"{s}", _ => "NaN")), "row 1, column 'loss': loss is 'NaN'"),
            ("negative learning rate", Fit(Curve("lr-negative.csv", s => $"{s}", lr: "-3e-4"), "tissue"), "row 1, column 'lr': lr is '-3e-4', but must be a finite number of at least 0"),
            ("zero learning rate throughout", Fit(Curve("lr-zero.csv", s => $"{s}", lr: "0"), "tissue"), "the area under the learning rate S1 is 0"),
        };
        foreach (var (name, args, names) in refused)
            yield return HostileCase.Refused($"curve {name}", names, args);

        // A loss that rises by 0.1 every 100 steps (an accuracy, or a run diverging): the power law fits it exactly with alpha = -1.
        var rising = Curve("loss-rising.csv", s => $"{s}", s => (2 + 0.001 * s).ToString("R", CultureInfo.InvariantCulture));
        yield return HostileCase.Warned("curve a rising loss", "alpha = -1 is negative: the fitted loss rises as training goes on, which no training loss does", Fit(rising));
        yield return new HostileCase("curve a rising loss under --strict", [.. Fit(rising), "--strict"], Accepted: true, Warns: "the fitted loss rises", Exit: 3);

        // Runs a, b, c of 20 points and run d of one point at step 100.
        var runs = Save(folder, "runs-one-short.csv", "run,step,loss\n"
            + string.Concat(new[] { "a", "b", "c" }.SelectMany((r, k) => Enumerable.Range(1, 20).Select(i => $"{r},{i * 100},{Loss(i * 100, 0.1 * k)}\n"))) + "d,100,3.0\n");
        var short_ = "runs-one-short.csv, run d: no point lies within the first 0.5 of the run (through step 50; its first logged step is 100), so nothing is left to fit";
        yield return HostileCase.Refused("curve predict --fit-fraction with a run of one point", short_, "curve", "predict", runs, "--law", "power", "--fit-fraction", "0.5");
        yield return HostileCase.Refused("curve compare --fit-fraction with a run of one point", short_, "curve", "compare", runs, "--fit-fraction", "0.5");
        yield return HostileCase.Refused("curve rank --fit-fraction with a run of one point", short_, "curve", "rank", runs, "--law", "power", "--fit-fraction", "0.5");
        yield return HostileCase.Refused("curve rank --steps with a run of one point",
            "runs-one-short.csv, run d: 1 fitted point cannot determine the 3 parameters of the power law; leave the run out of the ranking", "curve", "rank", runs, "--law", "power", "--steps", "4000");
        yield return HostileCase.Lenient("curve rank --steps without the short run", "curve", "rank", runs, "--law", "power", "--steps", "4000", "--run", "a,b,c");
    }

    private static string Loss(int step, double offset) => (2 + offset + 5 * Math.Pow(step, -0.3)).ToString("R", CultureInfo.InvariantCulture);

    private static string Save(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }
}
