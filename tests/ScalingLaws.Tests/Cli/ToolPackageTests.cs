namespace ScalingLaws.Tests.Cli;

/// <summary>
/// The dotnet tool package: packed from the built CLI (no rebuild), installed into a temporary tool path from a
/// temporary feed that holds only it (no internet), then run. Takes about a minute on a busy 2-core machine.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scaling-tool-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_packed_tool_installs_offline_and_fits_the_chinchilla_runs()
    {
        var feed = Path.Combine(_folder, "feed");
        var tools = Path.Combine(_folder, "tools");
        // Only the local feed: the package's dependencies are all inside it, so nothing is fetched.
        var config = Path.Combine(_folder, "nuget.config");
        File.WriteAllText(config, $"<configuration><packageSources><clear /><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>");

        // Packing a tool publishes it first: into this test's folder, not the repository's publish folder, where
        // .ci/run's native binary (SCALING_NATIVE) sits and other process tests are running it at the same time.
        Run("dotnet", "pack", Path.Combine(TestData.RepositoryRoot, "src", "ScalingLaws.Cli"), "-c", TestData.Configuration, "--no-build", "-o", feed,
            $"-p:PublishDir={Path.Combine(_folder, "publish")}{Path.DirectorySeparatorChar}");
        Run("dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "ScalingLaws.Cli");
        var scaling = Path.Combine(tools, "scaling");
        var version = Run(scaling, "--version");
        var fit = Run(scaling, "fit", Path.Combine(TestData.SharedData, "chinchilla-epoch", "svg_extracted_data.csv"), "--drop-highest-loss", "5", "--json");

        Assert.StartsWith("scaling 0.1.0", version);
        using var json = System.Text.Json.JsonDocument.Parse(fit);
        Assert.Equal(240, json.RootElement.GetProperty("n").GetInt32());
        Assert.Equal("converged", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(0.3478, json.RootElement.GetProperty("params").GetProperty("alpha").GetDouble(), 0.001); // Besiroglu et al.'s replication
    }

    private string Run(string program, params string[] arguments) => ToolRun.Succeeds(_folder, program, arguments);
}
