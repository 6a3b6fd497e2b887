using System.Security.Cryptography;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>
/// <c>scaling datasets get --mirror</c> from a local HTTP server on 127.0.0.1 over ../shared/data (nothing is downloaded from
/// anywhere else): whole verified files, a wrong checksum, a truncated transfer resumed with a Range request, a 404.
/// </summary>
public sealed class DatasetDownloadTests : IDisposable
{
    private readonly LocalFileServer server = new(TestData.SharedData);
    private readonly TempFolder temp = new();

    private const string Opt = "colpret/opt_trajectories.csv";

    public void Dispose()
    {
        server.Dispose();
        temp.Dispose();
    }

    private string Target(string file) => Path.Combine(temp.FullName, file);

    private CliResult Get(string dataset, string? mirror = null) =>
        ScalingProcess.Run("datasets", "get", dataset, "--to", temp.FullName, "--mirror", mirror ?? server.Url);

    [Fact]
    public void Every_file_has_the_checksum_and_size_of_the_shared_file_and_every_catalog_file_is_listed()
    {
        var catalog = DatasetCatalog.All.Concat(CurveDatasetCatalog.All).Concat(FileDatasets.All).SelectMany(d => d.Files).ToHashSet();

        Assert.Equal(42, PublicFiles.All.Count); // every file of shared/data but nist-strd
        Assert.Subset(PublicFiles.All.Keys.ToHashSet(), catalog);
        foreach (var file in PublicFiles.All.Values)
        {
            var path = Path.Combine(TestData.SharedData, file.Path);
            Assert.Equal(new FileInfo(path).Length, file.Bytes);
            Assert.True(Sha256(path) == file.Sha256, $"{file.Path}: recorded SHA-256 {file.Sha256}, shared file {Sha256(path)}");
            Assert.True(file.Url is null || file.Url.StartsWith("https://github.com/"), file.Url);
        }
        Assert.Equal(["colpret/gpt3_metadata.csv", "porian/isoflop_points.csv", "pythia/pythia_v0_wikitext.csv", "pythia/pythia_v1_lambada.csv", "pythia/pythia_v1_tasks.csv"],
            PublicFiles.All.Values.Where(f => f.Url is null).Select(f => f.Path).Order());
        Assert.All(PublicFiles.All.Values.Where(f => f.Url is null), f => Assert.False(string.IsNullOrEmpty(f.Derived)));
    }

    [Fact]
    public void A_dataset_arrives_whole_and_checked_and_loads_from_the_folder()
    {
        var output = Get("multipower-25M").AssertSuccess().Stdout;

        var names = CurveDatasetCatalog.Find("multipower-25M").Files;
        Assert.All(names, name => Assert.Equal(File.ReadAllBytes(Path.Combine(TestData.SharedData, name)), File.ReadAllBytes(Target(name))));
        Assert.Empty(Directory.GetFiles(temp.FullName, "*.part", SearchOption.AllDirectories));
        Assert.Contains($"got multipower/25M/cosine_24000.csv: 6,135 bytes from {server.Url}/multipower/25M/cosine_24000.csv", output);
        Assert.Contains($"multipower-25M: 9 files in {temp.FullName}, SHA-256 checked", output);
        Assert.Contains("multipower-25M", ScalingProcess.Run("datasets", "show", "multipower-25M", "--data-dir", temp.FullName).AssertSuccess().Stdout);

        var again = Get("multipower-25M").AssertSuccess().Stdout;
        Assert.Contains("kept multipower/25M/cosine_24000.csv: already there", again);
        Assert.Equal(9, server.Requests.Count);
    }

    [Fact]
    public void A_wrong_checksum_leaves_nothing_behind()
    {
        server.Corrupt.Add(Opt);

        Get("opt").AssertInputError($"{server.Url}/{Opt}", "SHA-256", "not the recorded c3a53ccc7a412f0caff4179ce484acf1c2aab36b25677473658f094362449ff5", "the download was deleted");

        Assert.False(File.Exists(Target(Opt)));
        Assert.False(File.Exists(Target(Opt) + ".part"));
    }

    [Fact]
    public void A_truncated_transfer_resumes_with_a_range_request()
    {
        server.CutOnce(Opt);

        Get("opt").AssertInputError($"{server.Url}/{Opt}", "the transfer stopped after 5,022 of 10,044 bytes", "run the same command again to resume");
        Assert.False(File.Exists(Target(Opt)));
        Assert.Equal(5022, new FileInfo(Target(Opt) + ".part").Length);

        var output = Get("opt").AssertSuccess().Stdout;
        Assert.Contains($"got {Opt}: 10,044 bytes from {server.Url}/{Opt}, resumed after 5,022", output);
        Assert.Equal([Opt, $"{Opt} bytes=5022-"], server.Requests);
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestData.SharedData, Opt)), File.ReadAllBytes(Target(Opt)));
        Assert.False(File.Exists(Target(Opt) + ".part"));
    }

    [Fact]
    public void A_missing_file_is_one_line_with_the_status()
    {
        Get("opt", server.Url + "/nowhere").AssertInputError($"{server.Url}/nowhere/{Opt}: HTTP 404 Not Found", "nothing was written");

        Assert.Empty(Directory.GetFiles(temp.FullName, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_converted_file_is_not_fetched_from_a_source_that_lacks_it()
    {
        ScalingProcess.Run("datasets", "get", "pythia", "--to", temp.FullName)
            .AssertInputError("dataset 'pythia': pythia/pythia_v1_lambada.csv was flattened from EleutherAI/pythia's evaluation JSONs", "no public copy");

        Assert.Empty(server.Requests);
    }

    [Fact]
    public void A_different_file_in_the_way_is_not_replaced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Target(Opt))!);
        File.WriteAllText(Target(Opt), "mine");

        Get("opt").AssertInputError(Target(Opt), "already there but its SHA-256 is", "move it away");

        Assert.Equal("mine", File.ReadAllText(Target(Opt)));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void The_default_folder_is_the_variable_else_the_per_user_folder()
    {
        Assert.Equal(Path.GetFullPath("/data/x"), DataDirectory.DownloadFolder(n => n == DataDirectory.EnvironmentVariable ? "/data/x" : null));
        Assert.Equal("/home/u/.local/share/scaling", DataDirectory.DownloadFolder(n => n == "HOME" ? "/home/u" : null));
        Assert.Equal("/xdg/scaling", DataDirectory.DownloadFolder(n => n is "HOME" or "XDG_DATA_HOME" ? (n == "HOME" ? "/home/u" : "/xdg") : null));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
