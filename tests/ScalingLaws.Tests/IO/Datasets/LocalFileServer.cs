using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 serving the files under a folder by their relative path, one request per
/// connection, with Range requests (206), 404 for anything else, and two faults for chosen files: bytes altered
/// (a wrong checksum) and a first transfer cut in half under a full Content-Length (a truncated transfer).
/// </summary>
internal sealed class LocalFileServer : IDisposable
{
    private readonly string _root;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, bool> _cutOnce = new();

    public LocalFileServer(string root)
    {
        _root = Path.GetFullPath(root);
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = Task.Run(Serve);
    }

    /// <summary>The server's base address, without a final '/'.</summary>
    public string Url { get; }

    /// <summary>Files (relative paths) served with their last byte changed.</summary>
    public HashSet<string> Corrupt { get; } = [];

    /// <summary>Every request as "PATH" or "PATH bytes=N-" when it asked for a range.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The next full transfer of <paramref name="path"/> stops after half its bytes.</summary>
    public void CutOnce(string path) => _cutOnce[path] = true;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => Answer(client));
        }
    }

    private async Task Answer(TcpClient client)
    {
        using (client)
        await using (var stream = client.GetStream())
        {
            var (path, from) = await ReadRequest(stream);
            Requests.Enqueue(from is null ? path : $"{path} bytes={from}-");
            var file = Path.GetFullPath(Path.Combine(_root, path));
            if (!file.StartsWith(_root + Path.DirectorySeparatorChar) || !File.Exists(file))
            {
                await Write(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                return;
            }
            var bytes = File.ReadAllBytes(file);
            if (Corrupt.Contains(path))
                bytes[^1] ^= 0x20;
            var start = (int)(from ?? 0);
            var body = bytes.AsMemory(start);
            await Write(stream, from is null
                ? $"HTTP/1.1 200 OK\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"
                : $"HTTP/1.1 206 Partial Content\r\nContent-Range: bytes {start}-{bytes.Length - 1}/{bytes.Length}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            var cut = from is null && _cutOnce.TryRemove(path, out _);
            await stream.WriteAsync(cut ? body[..(body.Length / 2)] : body);
        }
    }

    // The request line's path (URL-decoded, without the leading '/') and the first byte of a "Range: bytes=N-" header.
    private static async Task<(string Path, long? From)> ReadRequest(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n") && await stream.ReadAsync(buffer) == 1)
            head.Append((char)buffer[0]);
        var lines = head.ToString().Split("\r\n");
        var path = Uri.UnescapeDataString(lines[0].Split(' ')[1].TrimStart('/'));
        var range = lines.FirstOrDefault(l => l.StartsWith("Range: bytes=", StringComparison.OrdinalIgnoreCase));
        return (path, range is null ? null : long.Parse(range["Range: bytes=".Length..].TrimEnd('-')));
    }

    private static Task Write(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text)).AsTask();
}
