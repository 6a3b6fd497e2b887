namespace ScalingLaws.Tests;

/// <summary>Where the repository and the shared public datasets are, found from the test binaries.</summary>
internal static class TestData
{
    /// <summary>The folder holding ScalingLaws.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared datasets described in shared/data/README.md, next to the repository.</summary>
    public static string SharedData => Path.Combine(RepositoryRoot, "..", "shared", "data");

    /// <summary>The configuration the tests were built in, "Debug" or "Release", for the builds and packs they start.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ScalingLaws.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No ScalingLaws.slnx above {AppContext.BaseDirectory}.");
    }
}
