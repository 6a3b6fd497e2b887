using System.Globalization;

namespace ScalingLaws.Tests.Fitting;

/// <summary>
/// One NIST StRD nonlinear regression problem read from its .dat file in shared/data/nist-strd: the data, the two
/// starts, the certified parameters and standard deviations, and the certified residual standard deviation.
/// </summary>
internal sealed record NistProblem(
    string Name, double[] X, double[] Y, double[] Start1, double[] Start2, double[] Certified, double[] CertifiedErrors, double ResidualDeviation)
{
    public int ParameterCount => Certified.Length;

    public string[] Names => [.. Enumerable.Range(1, ParameterCount).Select(j => $"b{j}")];

    public static NistProblem Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(TestData.SharedData, "nist-strd", name + ".dat"));
        var parameters = lines.Select(l => l.Trim()).Where(l => l.StartsWith('b') && l.Contains('=')).Select(Numbers).ToArray();
        var deviation = Numbers(lines.Single(l => l.StartsWith("Residual Standard Deviation", StringComparison.Ordinal)))[0];
        var header = Array.FindIndex(lines, l => l.StartsWith("Data:", StringComparison.Ordinal) && l.Contains('y') && l.Contains('x') && !l.Contains("Response"));
        var rows = lines.Skip(header + 1).Where(l => l.Trim().Length > 0).Select(Numbers).ToArray();
        return new NistProblem(
            name, [.. rows.Select(r => r[1])], [.. rows.Select(r => r[0])],
            [.. parameters.Select(p => p[0])], [.. parameters.Select(p => p[1])], [.. parameters.Select(p => p[2])], [.. parameters.Select(p => p[3])],
            deviation);
    }

    // Every number on a line, after the "b1 =" or label part.
    private static double[] Numbers(string line)
    {
        var text = line.Contains('=') ? line[(line.IndexOf('=') + 1)..] : line.Contains(':') ? line[(line.IndexOf(':') + 1)..] : line;
        return [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => double.Parse(t, CultureInfo.InvariantCulture))];
    }
}
