using System.Buffers.Binary;
using System.Numerics;

namespace ScalingLaws.IO.TensorBoard;

/// <summary>CRC-32C (Castagnoli), as TFRecord files check their lengths and records, with TensorFlow's mask.</summary>
internal static class Crc32C
{
    /// <summary>The CRC-32C of <paramref name="data"/> (hardware-accelerated where the CPU has the instruction).</summary>
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        for (; data.Length >= 8; data = data[8..])
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
        foreach (var b in data)
            crc = BitOperations.Crc32C(crc, b);
        return ~crc;
    }

    /// <summary>The masked CRC a TFRecord stores: rotated right by 15 bits plus a constant, so that a CRC of CRCs is not trivial.</summary>
    public static uint Masked(ReadOnlySpan<byte> data)
    {
        var crc = Compute(data);
        return ((crc >> 15) | (crc << 17)) + 0xa282ead8;
    }
}
