namespace ScalingLaws.Tests;

/// <summary>Assertions on the messages the libraries give for bad input (the CLI's own contract is <see cref="CliResult.AssertInputError"/>).</summary>
internal static class Messages
{
    /// <summary>Asserts a ScalingLawsException message is a single line.</summary>
    public static void AssertOneLine(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
    }
}
