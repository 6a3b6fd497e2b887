using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>A grey "  · note" line under a report's title: what was read, left out, assumed or measured.</summary>
internal static class NoteLine
{
    public static void Write(IAnsiConsole console, string note) => console.MarkupLine($"  [grey]· {Markup.Escape(note)}[/]");
}
