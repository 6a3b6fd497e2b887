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

    /// <summary>A bound Unix socket; the socket file stays after the listener is closed.</summary>
    public static string Socket(string path)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
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
