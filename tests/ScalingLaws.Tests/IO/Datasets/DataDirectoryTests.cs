using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>
/// The resolution order --data-dir, $SCALING_DATA, the per-user folder, ../shared/data beside the repository, on temporary folders.
/// The environment is passed as a lookup, so no test changes the process environment (classes run in parallel).
/// </summary>
public sealed class DataDirectoryTests : WithTempFolder
{
    private string Folder(params string[] parts) => Directory.CreateDirectory(Path.Combine([temp.FullName, .. parts])).FullName;

    private static Func<string, string?> Environment(string? value) =>
        name => name == DataDirectory.EnvironmentVariable ? value : null;

    // temp/repo/ScalingLaws.slnx and temp/shared/data, like /work/main and /work/shared/data.
    private (string Repo, string Data) Repository()
    {
        var repo = Folder("repo");
        File.WriteAllText(Path.Combine(repo, DataDirectory.SolutionFile), "<Solution />");
        return (repo, Folder("shared", "data"));
    }

    [Fact]
    public void The_option_comes_first()
    {
        var (repo, _) = Repository();
        var option = Folder("option");

        Assert.Equal(option, DataDirectory.Resolve(option, Environment(Folder("env")), [repo]));
    }

    [Fact]
    public void Then_the_environment_variable()
    {
        var (repo, _) = Repository();
        var env = Folder("env");

        Assert.Equal(env, DataDirectory.Resolve(null, Environment(env), [repo]));
        Assert.Equal(env, DataDirectory.Resolve("  ", Environment(env), [repo])); // a blank option is no option
    }

    [Fact]
    public void Then_shared_data_beside_the_repository_found_from_a_subfolder()
    {
        var (repo, data) = Repository();
        var deep = Folder("repo", "src", "bin", "Debug");

        Assert.Equal(data, DataDirectory.Resolve(null, Environment(null), [deep]));
        Assert.Equal(data, DataDirectory.Resolve(null, Environment(""), [Folder("elsewhere"), repo]));
    }

    [Fact]
    public void The_per_user_folder_comes_after_the_variable_and_before_the_repository()
    {
        var (repo, data) = Repository();
        var xdg = Folder("xdg", "scaling");
        var home = Folder("home", ".local", "share", "scaling");
        Func<string, string?> Env(string? variable, string? xdgHome, string? homeFolder) => name => name switch
        {
            DataDirectory.EnvironmentVariable => variable,
            "XDG_DATA_HOME" => xdgHome,
            "HOME" => homeFolder,
            _ => null,
        };

        Assert.Equal(xdg, DataDirectory.Resolve(null, Env(null, Path.Combine(temp.FullName, "xdg"), Path.Combine(temp.FullName, "home")), [repo]));
        Assert.Equal(home, DataDirectory.Resolve(null, Env(null, null, Path.Combine(temp.FullName, "home")), [repo]));
        Assert.Equal(data, DataDirectory.Resolve(null, Env(null, null, Path.Combine(temp.FullName, "nobody")), [repo])); // a missing per-user folder is skipped
        var env = Folder("env");
        Assert.Equal(env, DataDirectory.Resolve(null, Env(env, null, Path.Combine(temp.FullName, "home")), [repo]));
    }

    [Fact]
    public void Places_are_listed_in_the_order_they_are_tried()
    {
        var (repo, data) = Repository();
        var outside = Folder("outside");

        var places = DataDirectory.Places(null, name => name == "HOME" ? Path.Combine(temp.FullName, "home") : null, [outside, repo]);

        Assert.Equal(["--data-dir", "$" + DataDirectory.EnvironmentVariable, "per-user folder", "beside the repository", "beside the repository"], places.Select(p => p.From));
        Assert.Equal([null, null, Path.Combine(temp.FullName, "home", ".local", "share", "scaling"), null, data], places.Select(p => p.Path));
        Assert.Equal($"no {DataDirectory.SolutionFile} above {outside}", places[3].Given);
        Assert.Equal([false, false, false, false, true], places.Select(p => p.Exists));
    }

    [Fact]
    public void The_real_repository_finds_the_real_data()
    {
        Assert.Equal(SharedDatasets.Directory, DataDirectory.Resolve(null, Environment(null), [TestData.RepositoryRoot]));
    }

    [Fact]
    public void A_missing_option_is_an_error_and_does_not_fall_back()
    {
        var (repo, _) = Repository();
        var missing = Path.Combine(temp.FullName, "missing");

        var e = Assert.Throws<ScalingLawsException>(() => DataDirectory.Resolve(missing, Environment(Folder("env")), [repo]));

        Assert.Contains($"--data-dir {missing}: no such folder", e.Message);
        Assert.Contains("shared/data/README.md", e.Message);
    }

    [Fact]
    public void An_option_naming_a_file_says_it_is_a_file()
    {
        var (repo, _) = Repository();
        var file = Path.Combine(Folder("data"), "svg_extracted_data.csv");
        File.WriteAllText(file, "x\n");

        var e = Assert.Throws<ScalingLawsException>(() => DataDirectory.Resolve(file, Environment(null), [repo]));

        Assert.Equal($"--data-dir {file}: a file, not a folder ({file}); give the folder that holds the datasets' files, not one of them.", e.Message);
    }

    [Fact]
    public void A_missing_environment_folder_is_an_error()
    {
        var (repo, _) = Repository();
        var missing = Path.Combine(temp.FullName, "missing");

        var e = Assert.Throws<ScalingLawsException>(() => DataDirectory.Resolve(null, Environment(missing), [repo]));

        Assert.Contains($"$SCALING_DATA {missing}: no such folder", e.Message);
    }

    [Fact]
    public void Nothing_found_names_every_place_and_the_sources()
    {
        var repo = Folder("repo");
        File.WriteAllText(Path.Combine(repo, DataDirectory.SolutionFile), ""); // a repository without shared/data beside it
        var outside = Folder("outside");

        var e = Assert.Throws<ScalingLawsException>(() => DataDirectory.Resolve(null, Environment(null), [repo, outside]));

        Messages.AssertOneLine(e.Message,
            "--data-dir was not given", "$SCALING_DATA is not set", Path.Combine(temp.FullName, "shared", "data"), $"no ScalingLaws.slnx above {outside}",
            "epoch-research/analyzing-chinchilla", "IBM/ColPret", "EleutherAI/pythia");
    }
}
