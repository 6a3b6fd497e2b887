using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests;

/// <summary>Where the repository and the shared public datasets are, found from the test binaries.</summary>
internal static class TestData
{
    /// <summary>The folder holding ScalingLaws.slnx.</summary>
    public static string RepositoryRoot { get; } = DataDirectory.RepositoryAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {DataDirectory.SolutionFile} above {AppContext.BaseDirectory}.");

    /// <summary>The shared datasets described in shared/data/README.md, next to the repository.</summary>
    public static string SharedData => DataDirectory.BesideRepository(RepositoryRoot);

    /// <summary>The configuration the tests were built in, "Debug" or "Release", for the builds and packs they start.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
}
