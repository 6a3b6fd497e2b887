using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ScalingLaws.Tests;

/// <summary>What one run of the <c>scaling</c> tool produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Standard output parsed as one JSON object.</summary>
    public JsonNode Json => JsonNode.Parse(Stdout) ?? throw new InvalidOperationException("stdout is JSON null");

    /// <summary>Exit 0 and nothing on standard error.</summary>
    public CliResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}; stderr: {Stderr}");
        Assert.Equal("", Stderr);
        return this;
    }

    /// <summary>
    /// The contract of a command's --help: exit 0, an example containing <paramref name="example"/>, and each of
    /// <paramref name="options"/> listed at the start of a line. Returns the help text.
    /// </summary>
    public string AssertHelp(string example, params string[] options)
    {
        var output = AssertSuccess().Stdout;
        Assert.Contains("Example:", output);
        Assert.Contains(example, output);
        foreach (var option in options)
            Assert.Matches(new Regex($@"^\s+{Regex.Escape(option)}\s", RegexOptions.Multiline), output);
        return output;
    }

    /// <summary>
    /// The contract for every input problem: exit 2, nothing on standard output and exactly one
    /// line on standard error that starts with "error:" and contains each fragment.
    /// </summary>
    public string AssertInputError(params string[] fragments)
    {
        Assert.True(ExitCode == 2, $"exit code {ExitCode}; stdout: {Stdout}; stderr: {Stderr}");
        Assert.Equal("", Stdout);
        var line = Assert.Single(StderrLines);
        Assert.StartsWith("error: ", line);
        foreach (var fragment in fragments)
            Assert.Contains(fragment, line);
        return line;
    }
}
