using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Runs the whole hostile-input corpus through the CLI, in parallel and in process (those that read standard input as a process): every refusal is exit 2 with one <c>error:</c> line naming
/// what is at fault and no stack trace (<see cref="ScalingProcess"/> checks that, and that no run is an internal error); every
/// lenient case exits 0; no file of the corpus is changed and none is created but the intended outputs; /dev/null and /dev/full
/// are still devices; no run hangs.
/// </summary>
public sealed class HostileCorpusTests : WithTempFolder
{
    private const int MinimumCases = 1_170;

    [Fact]
    public void Every_hostile_input_is_refused_clearly_or_read_as_meant_and_nothing_is_destroyed()
    {
        var cases = HostileCorpus.Write(temp.FullName);
        Assert.True(cases.Count >= MinimumCases, $"the corpus has {cases.Count} cases, fewer than {MinimumCases}");
        var before = Snapshot();

        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, hostile =>
        {
            try
            {
                Check(hostile, hostile.OwnProcess ? ScalingProcess.RunProcess(hostile.Args) : ScalingProcess.Run(hostile.Args));
            }
            catch (Exception e)
            {
                failures.Add($"{hostile}\n    {e.Message.ReplaceLineEndings(" ")}");
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} cases failed:\n{string.Join("\n", failures.Order())}");
        var created = cases.SelectMany(c => c.Creates ?? []).ToHashSet();
        var after = Snapshot();
        Assert.Equal(before.Where(f => f.Value is not null), after.Where(f => !created.Contains(f.Key) && f.Value is not null));
        Assert.Equal(created.Order(), after.Keys.Except(before.Keys).Order());
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/full"));
    }

    private static void Check(HostileCase hostile, CliResult result)
    {
        if (hostile.Accepted)
        {
            Assert.True(result.ExitCode == hostile.Exit, $"exit {result.ExitCode}: {result.Stderr}");
            Assert.DoesNotContain(result.StderrLines, line => line.StartsWith("error:", StringComparison.Ordinal));
            if (hostile.Warns is { } warning)
                Assert.Contains(warning, Regex.Replace(result.Stdout + result.Stderr, @"\s+", " "));
            return;
        }
        result.AssertInputError(hostile.Names!);
    }

    // Every entry under the corpus with the hash of its content: null for folders, FIFOs, sockets and links' targets that are not files.
    private Dictionary<string, string?> Snapshot() =>
        Directory.EnumerateFileSystemEntries(temp.FullName, "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, path => FileKinds.Of(path) == FileKind.Regular ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : null);
}
