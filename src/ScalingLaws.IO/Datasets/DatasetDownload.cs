using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace ScalingLaws.IO.Datasets;

/// <summary>
/// Downloads the files of a dataset into a data folder: HTTP GET from each file's public URL (or from a mirror that
/// serves a copy of a data folder), into <c>FILE.part</c>, resumed with a Range request when a <c>.part</c> is left
/// from an interrupted transfer, checked against the recorded SHA-256, then renamed into place: a file is there whole
/// and verified, or not at all. A file already there with the recorded SHA-256 is kept; one with another is refused.
/// </summary>
/// <param name="http">The client; the caller owns it (a test points it at a local server).</param>
/// <param name="progress">Told of the bytes of the current file so far (stage "download"), or null.</param>
public sealed class DatasetDownload(HttpClient http, IProgress<WorkProgress>? progress = null)
{
    private const int BufferSize = 81920;

    /// <summary>What happened to one file.</summary>
    /// <param name="File">The file.</param>
    /// <param name="Url">Where it came from (null when it was already there).</param>
    /// <param name="ResumedFrom">Bytes kept from an earlier interrupted transfer (0 when none).</param>
    public sealed record Outcome(PublicFile File, string? Url, long ResumedFrom);

    /// <summary>
    /// Gets every file of <paramref name="dataset"/> into <paramref name="folder"/> (created when missing), from
    /// <paramref name="mirror"/> + the file's path when given, else from its public URL.
    /// </summary>
    /// <exception cref="ScalingLawsException">
    /// A converted file and no mirror, an HTTP error, a transfer that stopped (run again to resume), a SHA-256 that
    /// differs from the recorded one, or a different file already in the way. Files finished before stay.
    /// </exception>
    public IReadOnlyList<Outcome> Get(DatasetInfo dataset, string folder, string? mirror = null, CancellationToken cancellation = default)
    {
        var files = dataset.Published;
        if (mirror is null && files.FirstOrDefault(f => f.Url is null) is { } derived)
            throw new ScalingLawsException(
                $"dataset '{dataset.Name}': {derived.Path} was {derived.Derived}, so there is no public copy to download; build it as shared/data/README.md " +
                "describes, or download from a copy of a data folder served over HTTP with --mirror URL.");
        Directory.CreateDirectory(folder);
        return [.. files.Select(file => GetFile(file, folder, mirror, cancellation))];
    }

    private Outcome GetFile(PublicFile file, string folder, string? mirror, CancellationToken cancellation)
    {
        var target = Path.Combine(folder, file.Path);
        if (File.Exists(target))
        {
            var found = Sha256Of(target);
            return found == file.Sha256
                ? new Outcome(file, null, 0)
                : throw new ScalingLawsException(
                    $"{target}: already there but its SHA-256 is {found}, not the recorded {file.Sha256}; move it away to download the published file (nothing was changed).");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var url = mirror is null ? file.Url! : $"{mirror.TrimEnd('/')}/{string.Join('/', file.Path.Split('/').Select(Uri.EscapeDataString))}";
        var part = target + ".part";
        var resumedFrom = Transfer(file, url, part, cancellation);
        var got = Sha256Of(part);
        if (got != file.Sha256)
        {
            File.Delete(part);
            throw new ScalingLawsException(
                $"{url}: the SHA-256 of the file received is {got}, not the recorded {file.Sha256}; the download was deleted. " +
                "The source changed or the transfer was corrupted: run again, and if it repeats, check the source against shared/data/README.md.");
        }
        File.Move(part, target);
        return new Outcome(file, url, resumedFrom);
    }

    // Fills PART up to the file's size, resuming after the bytes a stopped transfer left; returns how many bytes were kept.
    private long Transfer(PublicFile file, string url, string part, CancellationToken cancellation)
    {
        var kept = File.Exists(part) ? new FileInfo(part).Length : 0;
        if (kept >= file.Bytes)
            return kept; // complete (or overlong): the checksum decides
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (kept > 0)
            request.Headers.Range = new RangeHeaderValue(kept, null);
        using var response = Send(request, url, cancellation);
        if (response.StatusCode != HttpStatusCode.PartialContent)
            kept = 0; // the server sent the whole file
        using var output = new FileStream(part, kept > 0 ? FileMode.Append : FileMode.Create, FileAccess.Write);
        var written = kept;
        try
        {
            using var input = response.Content.ReadAsStream(cancellation);
            var buffer = new byte[BufferSize];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                output.Write(buffer, 0, read);
                written += read;
                progress?.Report(new WorkProgress("download", (int)written, (int)file.Bytes));
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw Stopped(url, part, written, file.Bytes, e.Message);
        }
        if (written < file.Bytes)
            throw Stopped(url, part, written, file.Bytes, "the server closed the connection");
        return kept;
    }

    private HttpResponseMessage Send(HttpRequestMessage request, string url, CancellationToken cancellation)
    {
        HttpResponseMessage response;
        try
        {
            response = http.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new ScalingLawsException($"{url}: cannot connect ({e.Message}); check the network, or download from a copy of the data folder with --mirror URL.");
        }
        if (response.IsSuccessStatusCode)
            return response;
        var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        response.Dispose();
        throw new ScalingLawsException(
            $"{url}: {status}; the server does not give this file (nothing was written): check the address, or the source in shared/data/README.md.");
    }

    private static ScalingLawsException Stopped(string url, string part, long written, long total, string reason) =>
        new($"{url}: the transfer stopped after {written:N0} of {total:N0} bytes ({reason}); run the same command again to resume from {part}.");

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
