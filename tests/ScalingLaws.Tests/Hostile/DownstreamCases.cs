using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Benchmark scores for <c>downstream fit</c> and accuracy-law files for <c>downstream predict</c> as careless users and
/// hand edits give them: percentages, one score on every row, a single row, a negative standard error, a chance level in
/// percent or above every score; a law file with a ceiling above 1, a negative slope, a chance level above 1, a floor
/// other than its chance level, a negative scatter, a broken covariance, or a loss law in its place. Each is refused in one
/// line naming the file (and row); a table with one task in long form and the law as written are read.
/// </summary>
internal static class DownstreamCases
{
    // 18 runs on a known sigmoid of loss: chance 0.25, ceiling 0.85, k = 3, L0 = 3.
    private static readonly (double N, double D, double L, double Acc)[] Runs =
        [.. from n in new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9, 3.2e9 } from d in new[] { 2e9, 8e9, 3.2e10 }
            let l = Math.Round(1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28), 5)
            select (n, d, l, Math.Round(0.25 + 0.6 / (1 + Math.Exp(3 * (l - 3))), 4))];

    public static IEnumerable<HostileCase> Write(string folder) => [.. Tables(folder), .. LawFiles(folder)];

    private static IEnumerable<HostileCase> Tables(string folder)
    {
        string Wide(string name, Func<double, string> score, string chance = "0.25", string extra = "", int rows = 18) =>
            Save(folder, $"scores-{name}.csv", $"params,tokens,loss,quiz,quiz_chance{(extra.Length > 0 ? ",quiz_stderr" : "")}\n"
                + string.Concat(Runs.Take(rows).Select(r => $"{F(r.N)},{F(r.D)},{F(r.L)},{score(r.Acc)},{chance}{(extra.Length > 0 ? "," + extra : "")}\n")));
        var refused = new (string Name, string Path, string Names)[]
        {
            ("percentages", Wide("percentages", a => F(100 * a)), "outside [0, 1]; give accuracies as fractions (0.62, not 62)"),
            ("chance in percent", Wide("chance-percent", F, chance: "25"), "task 'quiz' has chance level 25"),
            ("percent signs", Wide("percent-signs", a => (100 * a).ToString("0.00", CultureInfo.InvariantCulture) + "%"), "row 1, column 'quiz': '36.33%' is not a number"),
            ("one score on every row", Wide("flat", _ => "0.5"), "task 'quiz' acc is 0.5 on every row, so how it changes with the loss cannot be fitted"),
            ("every score perfect", Wide("perfect", _ => "1.0"), "acc is 1 on every row"),
            ("a single row", Wide("single", F, rows: 1), "task 'quiz' has 1 row, which cannot determine the 3 free parameters of the exponential law"),
            ("negative standard errors", Wide("negative-stderr", F, extra: "-0.01"), "row 1: task 'quiz' has standard error -0.01, below 0"),
            ("chance above every score", Wide("high-chance", F, chance: "0.9"), "never rises above its chance level 0.9"),
        };
        foreach (var (name, path, names) in refused)
            yield return HostileCase.Refused($"downstream fit {name}", names, "downstream", "fit", path, "--task", "quiz");
        var single = Save(folder, "scores-single-direct.csv", "params,tokens,quiz,quiz_chance\n1e8,2e9,0.3,0.25\n");
        yield return HostileCase.Refused("downstream fit a single row, direct law", "has 1 row, which cannot determine the 3 free parameters of the direct law",
            "downstream", "fit", single, "--task", "quiz", "--law", "direct");
        // Among several tasks, a flat one is listed as not predictable, and the others are still fitted.
        var two = Save(folder, "scores-flat-among-two.csv", "params,tokens,loss,quiz,quiz_chance,flat,flat_chance\n" + string.Concat(Runs.Select(r => $"{F(r.N)},{F(r.D)},{F(r.L)},{F(r.Acc)},0.25,0.5,0.25\n")));
        yield return HostileCase.Warned("downstream fit --task all with one task flat", "flat: cannot be predicted: every score is 0.5, so there is no rise to fit",
            "downstream", "fit", two, "--task", "all");
        var scores = Wide("plain", F);
        yield return HostileCase.Refused("downstream fit --out its input", "which the command reads", "downstream", "fit", scores, "--task", "quiz", "--out", scores, "--force");
        yield return HostileCase.Refused("downstream fit --out in a missing folder", "there is no folder", "downstream", "fit", scores, "--task", "quiz", "--out", Path.Combine(folder, "no-such-folder", "quiz.json"));
        var longForm = Save(folder, "scores-long-one-task.csv", "params,tokens,loss,task,metric,value,chance\n" + string.Concat(Runs.Select(r => $"{F(r.N)},{F(r.D)},{F(r.L)},quiz,acc,{F(r.Acc)},0.25\n")));
        yield return HostileCase.Lenient("downstream fit a long table of one task", "downstream", "fit", longForm, "--task", "quiz");
        yield return HostileCase.Refused("downstream fit a long table of one task, another asked", "task 'quizz' is not in the file", "downstream", "fit", longForm, "--task", "quizz");
    }

    private static IEnumerable<HostileCase> LawFiles(string folder)
    {
        var refused = new (string Name, Action<JsonObject> Edit, string Names)[]
        {
            ("ceiling above one", law => law["params"]!["u"] = 1.7, "u = 1.7 is outside the sigmoid law's domain: the law keeps it between 0.25 and 1"),
            ("ceiling below chance", law => law["params"]!["u"] = 0.1, "u = 0.1 is outside the sigmoid law's domain"),
            ("negative slope", law => law["params"]!["k"] = -3, "k = -3 is outside the sigmoid law's domain: it must be positive"),
            ("chance above one", law => law["chance"] = 1.5, "chance level 1.5 is outside [0, 1)"),
            ("floor other than the chance level", law => law["params"]!["c"] = 0.5, "c = 0.5 is outside the sigmoid law's domain: the law holds it at the task's chance level 0.25"),
            ("negative scatter", law => law["scatter"] = -1, "scatter -1 is negative"),
            ("negative variance", law => law["covariance"] = Covariance(-1, 0), "the covariance has a negative variance (-1 in row 1)"),
            ("correlation beyond one", law => law["covariance"] = Covariance(1, 5), "gives rows 3 and 4 a correlation of 5, beyond ±1"),
            ("NaN as a string", law => law["params"]!["k"] = "NaN", "'params.k' is the text \"NaN\" at line 1, where a number belongs; write a number there"),
            ("a newer version", law => law["version"] = 2, "format version 2"),
        };
        foreach (var (name, edit, names) in refused)
        {
            var law = Law();
            edit(law);
            var path = Save(folder, $"accuracy-{name.Replace(' ', '-')}.json", law.ToJsonString());
            yield return HostileCase.Refused($"downstream predict law file {name}", names, "downstream", "predict", "--law-file", path, "--loss", "2.5");
        }
        var lossLaw = Save(folder, "accuracy-a-loss-law.json", "{\"law\": \"chinchilla\", \"params\": {\"E\": 1.69, \"A\": 406.4, \"B\": 410.7, \"alpha\": 0.34, \"beta\": 0.28}}");
        yield return HostileCase.Refused("downstream predict a loss law", "not an accuracy-law file: 'chinchilla' is a law of size and data: give the file to 'scaling predict --law-file'",
            "downstream", "predict", "--law-file", lossLaw, "--loss", "2.5");
        var good = Save(folder, "accuracy-good.json", Law().ToJsonString());
        yield return HostileCase.Lenient("downstream predict law file as written", "downstream", "predict", "--law-file", good, "--loss", "2.5");
        yield return HostileCase.Refused("predict an accuracy law", "not a law of size and data: 'sigmoid' is an accuracy law: give the file to 'scaling downstream predict --law-file'",
            "predict", "--law-file", good, "--params", "1e9", "--tokens", "2e10");
        yield return HostileCase.Refused("optimal an accuracy law", "'sigmoid' is an accuracy law", "optimal", "--law-file", good, "--flops", "1e22");
    }

    // The sigmoid law a fit of the runs writes, with a diagonal covariance.
    private static JsonObject Law() => new()
    {
        ["version"] = 1, ["kind"] = "downstream", ["task"] = "quiz", ["metric"] = "acc", ["chance"] = 0.25, ["law"] = "sigmoid",
        ["input"] = "loss", ["loss"] = "loss",
        ["params"] = new JsonObject { ["c"] = 0.25, ["u"] = 0.85, ["k"] = 3.0, ["L0"] = 3.0 },
        ["covariance"] = Covariance(1e-8, 0), ["scatter"] = 0.01, ["inputRange"] = new JsonArray(2.4, 3.5), ["rows"] = 18,
        ["status"] = "converged", ["predictable"] = true,
    };

    // A 4×4 covariance: the first variance <paramref name="first"/> (c's, 0 in a fit, as c is held), the others 1e-8, and k and L0 given <paramref name="cross"/> × 1e-8.
    private static JsonArray Covariance(double first, double cross) =>
        [.. Enumerable.Range(0, 4).Select(i => (JsonNode)new JsonArray([.. Enumerable.Range(0, 4).Select(j =>
            (JsonNode)(i == j ? (i == 0 ? first : 1e-8) : (i, j) is (2, 3) or (3, 2) ? cross * 1e-8 : 0.0))]))];

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Save(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }
}
