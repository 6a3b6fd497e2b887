namespace ScalingLaws.Cli.Options;

/// <summary>One name a <see cref="ChoiceOption"/> takes and the value it stands for; shown by its name, as help prints a default.</summary>
internal sealed record Choice<T>(string Name, T Value)
{
    public override string ToString() => Name;
}
