namespace ScalingLaws.Cli.Options;

/// <summary>Lets a command's collection initializer take an <see cref="IOptionGroup"/> as it takes an option.</summary>
internal static class CommandExtensions
{
    public static void Add(this Command command, IOptionGroup group) => group.AddTo(command);
}
