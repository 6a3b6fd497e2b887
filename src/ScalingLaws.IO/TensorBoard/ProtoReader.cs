using System.Buffers.Binary;

namespace ScalingLaws.IO.TensorBoard;

/// <summary>
/// A minimal reader of the protobuf wire format (varints, fixed 32/64-bit, length-delimited), enough for the few
/// TensorBoard messages read here; fields it is not asked for are skipped. Malformed bytes throw <see cref="FormatException"/>.
/// </summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    public const int Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    /// <summary>How many bytes are left: a packed repeated field is read until none are.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>Moves to the next field; false at the end of the message.</summary>
    public bool Next(out int field, out int wireType)
    {
        if (_position >= _data.Length)
        {
            (field, wireType) = (0, 0);
            return false;
        }
        var key = ReadVarint();
        (field, wireType) = ((int)(key >> 3), (int)(key & 7));
        return field > 0 ? true : throw new FormatException("field number 0");
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Take(1)[0];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
                return value;
        }
        throw new FormatException("varint longer than 10 bytes");
    }

    public float ReadFloat() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public ReadOnlySpan<byte> ReadBytes() => Take(checked((int)ReadVarint()));

    public void Skip(int wireType)
    {
        _ = wireType switch
        {
            Varint => ReadVarint(),
            Fixed64 => (ulong)Take(8).Length,
            LengthDelimited => (ulong)ReadBytes().Length,
            Fixed32 => (ulong)Take(4).Length,
            _ => throw new FormatException($"wire type {wireType}"),
        };
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _data.Length - _position)
            throw new FormatException("the message ends early");
        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}
