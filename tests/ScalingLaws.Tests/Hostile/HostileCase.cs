namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// One hostile input: the arguments of a <c>scaling</c> run and what must happen. A refusal is exit 2, nothing on standard
/// output and one <c>error:</c> line that contains <see cref="Names"/> (the file, option or value at fault); an accepted
/// input (where being lenient is right) is exit 0 and creates exactly <see cref="Creates"/>. A case that reads standard input
/// runs as a child process (<see cref="OwnProcess"/>), whose standard input is empty, not the test host's.
/// </summary>
internal sealed record HostileCase(string Name, string[] Args, bool Accepted = false, string? Names = null, string[]? Creates = null)
{
    public bool OwnProcess => Args.Contains("-");

    public static HostileCase Refused(string name, string names, params string[] args) => new(name, args, Names: names);

    public static HostileCase Lenient(string name, params string[] args) => new(name, args, Accepted: true);

    public override string ToString() => $"{Name}: scaling {string.Join(' ', Args.Select(a => a.Contains(' ') || a.Length == 0 ? $"\"{a}\"" : a))}";
}
