namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// One hostile input: the arguments of a <c>scaling</c> run and what must happen. A refusal is exit 2, nothing on standard
/// output and one <c>error:</c> line that contains <see cref="Names"/> (the file, option or value at fault); an accepted
/// input (where being lenient is right) is exit <see cref="Exit"/> (0 unless the result is not usable) and creates exactly
/// <see cref="Creates"/>, and says <see cref="Warns"/> when it is a silent trap that must be named. A case that reads standard
/// input runs as a child process (<see cref="OwnProcess"/>), whose standard input is empty, not the test host's.
/// </summary>
internal sealed record HostileCase(string Name, string[] Args, bool Accepted = false, string? Names = null, string[]? Creates = null, string? Warns = null, int Exit = 0)
{
    public bool OwnProcess => Args.Contains("-");

    public static HostileCase Refused(string name, string names, params string[] args) => new(name, args, Names: names);

    public static HostileCase Lenient(string name, params string[] args) => new(name, args, Accepted: true);

    /// <summary>Read and answered, with a warning that contains <paramref name="warns"/> (words split by line wrapping are joined).</summary>
    public static HostileCase Warned(string name, string warns, params string[] args) => new(name, args, Accepted: true, Warns: warns);

    /// <summary>Answered with exit 4 (the result is not usable) and a warning that contains <paramref name="warns"/>; nothing created.</summary>
    public static HostileCase Unusable(string name, string warns, params string[] args) => new(name, args, Accepted: true, Warns: warns, Exit: 4);

    public override string ToString() => $"{Name}: scaling {string.Join(' ', Args.Select(a => a.Contains(' ') || a.Length == 0 ? $"\"{a}\"" : a))}";
}
