using System.CommandLine.Invocation;
using System.Reflection;

namespace ScalingLaws.Cli;

/// <summary>What <c>scaling --version</c> prints and what reports name as their maker: "scaling 0.1.0 (commit f975a58)".</summary>
internal static class ProductVersion
{
    public static string Text { get; } = Describe(
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");

    /// <summary>"0.1.0+f975a583…" (the SDK appends the commit) as "scaling 0.1.0 (commit f975a58)".</summary>
    public static string Describe(string informational)
    {
        var parts = informational.Split('+', 2);
        var commit = parts.Length == 2 && parts[1].Length > 0 ? $" (commit {parts[1][..Math.Min(7, parts[1].Length)]})" : "";
        return $"scaling {parts[0]}{commit}";
    }

    /// <summary>Makes the root command's --version print <see cref="Text"/> and the .NET runtime it runs on.</summary>
    public static void Configure(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
            option.Action = new Print();
    }

    private sealed class Print : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"{Text} on .NET {Environment.Version}");
            return 0;
        }
    }
}
