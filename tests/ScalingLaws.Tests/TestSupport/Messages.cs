namespace ScalingLaws.Tests;

/// <summary>Assertions on the messages the libraries give for bad input (the CLI's own contract is <see cref="CliResult.AssertInputError"/>).</summary>
internal static class Messages
{
    /// <summary>Asserts a ScalingLawsException message is a single line that contains each of <paramref name="fragments"/>.</summary>
    public static void AssertOneLine(string message, params string[] fragments)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        foreach (var fragment in fragments)
            Assert.Contains(fragment, message);
    }
}
