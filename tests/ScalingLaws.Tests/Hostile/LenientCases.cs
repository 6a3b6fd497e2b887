namespace ScalingLaws.Tests.Hostile;

/// <summary>Inputs a person writes and means, which are read as meant: spaced suffixes, thousands separators, a tracker's step-0 row.</summary>
internal static class LenientCases
{
    public static IEnumerable<HostileCase> Write(string folder)
    {
        var files = new (string Name, string Content, Func<string, string[]> Args)[]
        {
            ("spaced-suffixes.csv", "params,tokens,loss\n100 M,2 B,3.9\n200 M,2 B,3.7\n400 M,2 B,3.55\n100 M,8 B,3.6\n200 M,8 B,3.4\n400 M,8 B,3.25\n800 M,8 B,3.15\n", f => ["fit", f]),
            ("thousands.csv", "params,tokens,loss\n\"100,000,000\",\"2,000,000,000\",3.9\n\"200,000,000\",2e9,3.7\n4e8,2e9,3.55\n1e8,8e9,3.6\n2e8,8e9,3.4\n4e8,8e9,3.25\n8e8,8e9,3.15\n", f => ["fit", f]),
            ("wandb-step0-zero.csv", "step,loss\n0,0\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n", f => ["curve", "fit", f, "--law", "power"]),
            ("wandb-step0-nan.csv", "step,loss\n0,NaN\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n", f => ["curve", "fit", f, "--law", "power"]),
            ("wandb-step0-blank.csv", "step,loss\n0,\n100,3.2\n200,3.0\n400,2.9\n800,2.8\n1600,2.75\n", f => ["curve", "fit", f, "--law", "power"]),
        };
        foreach (var (name, content, args) in files)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            yield return HostileCase.Lenient(name, args(path));
        }
        var late = Path.Combine(folder, "nan-after-start.csv");
        File.WriteAllText(late, "step,loss\n0,4.5\n100,NaN\n200,3.0\n400,2.9\n");
        yield return HostileCase.Refused("a NaN loss after step 0 is still refused", late, ["curve", "fit", late, "--law", "power"]);
    }
}
