using System.Buffers.Binary;
using System.IO.Compression;

namespace ScalingLaws.IO;

/// <summary>gzip-compressed input, told by its magic bytes (1f 8b) whatever the file is called.</summary>
internal static class Gzip
{
    public static bool IsCompressed(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    /// <summary>The decompressed bytes; a corrupt or cut-short stream is one clear line, never a half-read table.</summary>
    public static byte[] Decompress(byte[] compressed, string path)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            // .NET stops quietly where a cut-short stream ends; the trailer's length (mod 2^32) tells a whole file.
            // (A file of several concatenated gzip members carries only the last one's length, and is refused.)
            if (compressed.Length < 18 || BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4)) != (uint)plain.Length)
                throw new InvalidDataException();
            return plain.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new DataFileException(path, "the gzip data is corrupt or cut short, or is several gzip files joined end to end (not read)",
                "compress the file again as one stream (zcat FILE | gzip > NEW.gz), or give it uncompressed");
        }
    }
}
