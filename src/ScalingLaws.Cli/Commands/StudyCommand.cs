using ScalingLaws.Cli.Commands.Study;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling study</c>: train a sweep of small transformers on this machine and analyse it, subcommands under Commands/Study/.</summary>
internal static class StudyCommand
{
    public static Command Create(CliConsole console) => new Command("study", "Run a real scaling study: train small transformers on this machine, then fit laws to what they measured.\n\nExample:\n  scaling study run --params 50K,100K,200K --tokens 1M,2M --synthetic --out study\n  scaling study summarize study")
    {
        StudyRunCommand.Create(console), StudySummarizeCommand.Create(console)
    };
}
