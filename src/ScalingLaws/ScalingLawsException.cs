namespace ScalingLaws;

/// <summary>
/// A problem the user can fix: bad data, a bad option, a fit that cannot be determined.
/// The message is one line that says what is wrong and what to do. Settings it points to are kept
/// typed (<see cref="Wording"/>), so that a front end can name them its own way with <see cref="Describe"/>.
/// </summary>
public class ScalingLawsException : Exception
{
    private readonly ImmutableArray<object> _parts;

    /// <summary>An error with a plain message.</summary>
    public ScalingLawsException(string message) : base(message) => _parts = [message];

    /// <summary>An error whose message names settings, rendered by each front end.</summary>
    public ScalingLawsException(Wording message) : this(message.Parts)
    {
    }

    private ScalingLawsException(ImmutableArray<object> parts) : base(Wording.Render(parts, s => s.LibraryName())) => _parts = parts;

    /// <summary>The message with each setting it mentions spelled by <paramref name="name"/>.</summary>
    public string Describe(Func<Setting, string> name) => Wording.Render(_parts, name);
}
