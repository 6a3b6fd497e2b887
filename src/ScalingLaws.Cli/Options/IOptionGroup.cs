namespace ScalingLaws.Cli.Options;

/// <summary>
/// Options (and arguments) that commands take together, such as <see cref="ReadingOptions"/>: a command lists the group
/// in its collection initializer beside single options, <c>new Command("fit", "…") { reading, json }</c>, and the group
/// adds its own in help order.
/// </summary>
internal interface IOptionGroup
{
    void AddTo(Command command);
}
