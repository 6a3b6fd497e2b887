using System.Text.Json.Nodes;

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
