namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// What a hostile tester tried in round 14: a law whose constants put its loss beyond any model's at the asked point
/// (B = 1e300 predicted 1.3e297 nats, exit 0), refused naming the constant; and two setups of one grid whose token counts
/// differ in their last digits, which DivergentRepeats compared at exactly one (N, D) only and so never named.
/// </summary>
internal static class Round14Cases
{
    private const string Grid = "params,tokens,loss\n1e8,2e9,3.9\n2e8,2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n8e8,2e9,3.45\n";

    private static readonly string[] Fixed = ["--fix", "B=410.7", "--fix", "beta=0.28"];

    public static IEnumerable<HostileCase> Write(string folder)
    {
        string Save(string name, string content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            return path;
        }
        return [.. AbsurdLaws(Save), .. NearPoints(Save)];
    }

    // optimal, inference and plan run refused B = 1e300 (round 13); predict answered 1.305e297 nats with exit 0.
    private static IEnumerable<HostileCase> AbsurdLaws(Func<string, string, string> save)
    {
        const string Huge = "chinchilla:E=1.69,A=406.4,B=1e300,alpha=0.34,beta=0.28";
        yield return HostileCase.Refused("predict under B = 1e300",
            "--law-spec: B = 1e300 makes the law's loss 1.305e297 at N = 1B, D = 20B, where a loss is a few nats (above 0, never above 1e6); the constants look written wrong",
            "predict", "--law-spec", Huge, "--params", "1e9", "--tokens", "2e10");
        var edited = save("round14-law-b-edited.json", "{\"law\": \"chinchilla\", \"params\": {\"E\": 1.69, \"A\": 406.4, \"B\": 1e10, \"alpha\": 0.34, \"beta\": 0.28}}");
        yield return HostileCase.Refused("predict under a law file whose B was edited to 1e10", $"{edited}: B = 1e10 makes the law's loss 1.305e7 at N = 1B, D = 20B",
            "predict", "--law-file", edited, "--params", "1B", "--tokens", "20B");
        var rows = save("round14-heldout.csv", "params,tokens,loss\n1e9,2e10,2.6\n7e9,1.4e11,2.2\n");
        yield return HostileCase.Refused("predict FILE under a kaplan law with Nc = 1e300", "--law-spec: Nc = 1e300 makes the law's loss",
            "predict", "--law-spec", "kaplan:Nc=1e300,Dc=1.8e13,alphaN=0.076,alphaD=0.103", rows);
        yield return HostileCase.Refused("predict under a pure power law with xc = 1e300", "--law-spec: xc = 1e300 makes the law's loss 1e291 at N = 1B",
            "predict", "--law-spec", "pure-power:xc=1e300,alpha=1", "--params", "1e9");
        // The published law, and a large but possible loss (an undertrained tiny model), are answered as before.
        yield return HostileCase.Lenient("predict under the published law", "predict", "--law", "chinchilla", "--params", "1e9", "--tokens", "2e10");
        yield return HostileCase.Lenient("predict a model of 10 parameters on 10 tokens", "predict", "--law", "chinchilla", "--params", "10", "--tokens", "10");
    }

    // Two setups of one grid, the second's token counts 0.01% higher (steps × batch rounded): no (N, D) was given twice, so nothing was named.
    private static IEnumerable<HostileCase> NearPoints(Func<string, string, string> save)
    {
        var lines = Grid.Split('\n')[1..^1].Select(row => row.Split(',')).ToList();
        var table = save("round14-two-setups-near.csv", "model,params,tokens,loss\n" +
            string.Concat(lines.Select((c, i) => $"a{i},{c[0]},{c[1]},{c[2]}\n")) +
            string.Concat(lines.Select((c, i) => $"b{i},{c[0]},{Number(c[1]) * 1.0001:R},{Number(c[2]) + 0.6:R}\n")));
        yield return HostileCase.Warned("fit two setups whose tokens differ in the last digits",
            "8 of 8 (N, D) points given more than once have losses over 5% apart (row 7: 3.15, row 15: 3.75 at 800M params, 8B tokens: 19.05% apart)", ["fit", table, .. Fixed]);
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
