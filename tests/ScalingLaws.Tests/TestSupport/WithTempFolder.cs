namespace ScalingLaws.Tests;

/// <summary>
/// The base of a test class whose tests write files: xUnit makes one instance per test, so each test gets its own
/// <see cref="TempFolder"/>, deleted when the test ends.
/// </summary>
public abstract class WithTempFolder : IDisposable
{
    private protected readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();
}
