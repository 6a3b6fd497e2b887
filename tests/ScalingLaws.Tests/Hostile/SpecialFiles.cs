using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace ScalingLaws.Tests.Hostile;

/// <summary>Files that are not regular files: a FIFO, a socket, a folder, a read-only file, a symbolic link.</summary>
internal static class SpecialFiles
{
    public static string Fifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]) ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    // .NET removes a bound socket's file when the socket is closed, so the sockets stay open until the test process ends.
    private static readonly ConcurrentBag<Socket> Sockets = [];

    /// <summary>A bound Unix socket, kept open so that its file stays.</summary>
    public static string Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        Sockets.Add(socket);
        return path;
    }

    public static string Folder(string path) => Directory.CreateDirectory(path).FullName;

    public static string ReadOnly(string path, string content)
    {
        File.WriteAllText(path, content);
        File.SetAttributes(path, FileAttributes.ReadOnly);
        return path;
    }

    public static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }
}
