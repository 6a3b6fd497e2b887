using System.Runtime.InteropServices;

namespace ScalingLaws.IO;

/// <summary>What a path names on disk, following symbolic links.</summary>
public enum FileKind
{
    /// <summary>Nothing at the path.</summary>
    Missing,
    /// <summary>An ordinary file.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe.</summary>
    Fifo,
    /// <summary>A character device such as /dev/null.</summary>
    CharacterDevice,
    /// <summary>A block device.</summary>
    BlockDevice,
    /// <summary>A Unix socket.</summary>
    Socket,
}

/// <summary>Tells a regular file from a FIFO, a device or a socket without opening it (opening a FIFO blocks).</summary>
public static class FileKinds
{
    /// <summary>What <paramref name="path"/> is; links are followed.</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return UnixKind(path);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A runtime without the shim: tell folders from files at least.
            }
        }
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>How a message names a kind of file: "a directory", "a device", "a FIFO (named pipe)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice or FileKind.BlockDevice => "a device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "a file",
    };

    // .NET has no managed way to read the file type, so this asks the runtime's own native shim, whose
    // FileStatus struct is fixed by .NET (not by the C library): Flags then Mode, two 32-bit integers.
    private static FileKind UnixKind(string path)
    {
        var status = new byte[256];
        if (path.Length == 0 || Stat(path, status) != 0)
            return FileKind.Missing; // or unreachable (a dangling link, no permission on a folder): nothing to read or keep
        return (BitConverter.ToInt32(status, 4) & 0xF000) switch
        {
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x4000 => FileKind.Directory,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Regular,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
