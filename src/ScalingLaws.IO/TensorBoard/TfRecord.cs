using System.Buffers.Binary;

namespace ScalingLaws.IO.TensorBoard;

/// <summary>
/// TFRecord framing, the container of TensorBoard event files: each record is a little-endian uint64 length, the masked
/// CRC-32C of those 8 bytes, the data, and the masked CRC-32C of the data. Both checksums are verified.
/// </summary>
internal static class TfRecord
{
    private const int HeaderBytes = 12, FooterBytes = 4;
    private const string Remedy = "copy the file again, or move it out of the run folder";

    /// <summary>Whether the bytes begin with a record header whose length checksum holds: how an event file is told by content.</summary>
    public static bool StartsWithRecord(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= HeaderBytes && BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]) == Crc32C.Masked(bytes[..8]);

    /// <summary>The records' data in file order; a cut-short record or a checksum that does not match is a one-line error.</summary>
    public static List<ReadOnlyMemory<byte>> Read(ReadOnlyMemory<byte> file, string path)
    {
        var records = new List<ReadOnlyMemory<byte>>();
        var (offset, index) = (0, 1);
        while (offset < file.Length)
        {
            var rest = file.Span[offset..];
            if (rest.Length < HeaderBytes)
                throw Error(path, index, offset, $"is cut short: the file ends inside its {HeaderBytes}-byte header");
            if (BinaryPrimitives.ReadUInt32LittleEndian(rest[8..]) != Crc32C.Masked(rest[..8]))
                throw Error(path, index, offset, "has a length whose checksum does not match (the file is corrupt, or not a TFRecord file)");
            var length = BinaryPrimitives.ReadUInt64LittleEndian(rest);
            if (length > (ulong)(rest.Length - HeaderBytes - FooterBytes) || rest.Length < HeaderBytes + FooterBytes)
                throw Error(path, index, offset, $"is cut short: it announces {length} bytes of data, and the file has {Math.Max(0, rest.Length - HeaderBytes)} left");
            var data = file.Slice(offset + HeaderBytes, (int)length);
            if (BinaryPrimitives.ReadUInt32LittleEndian(rest[(HeaderBytes + (int)length)..]) != Crc32C.Masked(data.Span))
                throw Error(path, index, offset, "has data whose checksum does not match (the file is corrupt)");
            records.Add(data);
            offset += HeaderBytes + (int)length + FooterBytes;
            index++;
        }
        return records;
    }

    private static DataFileException Error(string path, int index, int offset, string problem) =>
        new(path, $"record {index} (at byte {offset}) {problem}", Remedy);
}
