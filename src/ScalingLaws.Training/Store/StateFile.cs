using System.Runtime.InteropServices;
using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Training.Store;

/// <summary>A training state in binary: a header (magic, step, count) and the weights and both moments as raw floats. Written atomically.</summary>
internal static class StateFile
{
    private const int Magic = 0x31_54_53_4C; // "LST1"

    /// <summary>Writes a training state to <paramref name="path"/> whole or not at all.</summary>
    public static void Write(string path, TrainingState state)
    {
        var count = state.Parameters.Length;
        var bytes = new byte[16 + 3 * 4 * count];
        var header = MemoryMarshal.Cast<byte, long>(bytes.AsSpan(0, 16));
        header[0] = Magic | ((long)count << 32);
        header[1] = state.Step;
        var body = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(16));
        state.Parameters.CopyTo(body);
        state.First.CopyTo(body[count..]);
        state.Second.CopyTo(body[(2 * count)..]);
        AtomicFile.WriteAllBytes(path, bytes);
    }

    /// <summary>Reads a training state written by <see cref="Write"/>.</summary>
    public static TrainingState Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var header = bytes.Length >= 16 ? MemoryMarshal.Cast<byte, long>(bytes.AsSpan(0, 16)) : default;
        var count = header.IsEmpty ? -1 : (int)(header[0] >> 32);
        if (header.IsEmpty || (int)header[0] != Magic || bytes.Length != 16 + 12L * count)
            throw new DataFileException(path, "not a training state written by 'scaling study run'", "delete it to train the run again from its start");
        var body = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(16));
        return new TrainingState(header[1], body[..count].ToArray(), body[count..(2 * count)].ToArray(), body[(2 * count)..].ToArray());
    }
}
