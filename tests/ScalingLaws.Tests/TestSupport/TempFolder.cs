namespace ScalingLaws.Tests;

/// <summary>A unique folder under the system temp path, deleted on dispose, for files a test writes.</summary>
internal sealed class TempFolder : IDisposable
{
    public string FullName { get; } =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "scaling-io-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Writes UTF-8 text (no BOM) exactly as given and returns the file's path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}
