using System.Buffers.Binary;
using ScalingLaws.IO.TensorBoard;

namespace ScalingLaws.Tests.IO.TensorBoard;

/// <summary>
/// Writes TensorBoard event files as TensorFlow does, for the reader's tests: TFRecord framing (length, masked CRC-32C of
/// the length, data, masked CRC-32C of the data) around <c>Event</c> protobuf messages, encoded here field by field from
/// event.proto, summary.proto and tensor.proto. A scalar is written the legacy way (<c>simple_value</c>, as tensorboardX and
/// PyTorch do) or as a TF2 scalar tensor (dtype float with <c>float_val</c>, or dtype double in <c>tensor_content</c>).
/// </summary>
public sealed class EventFileWriter
{
    public enum Scalar { Simple, FloatTensor, DoubleTensor }

    private readonly MemoryStream file = new();

    public EventFileWriter()
    {
        // Every event file starts with an event holding only the wall time and file_version.
        Record(Message(w => { w.Fixed64(1, BitConverter.DoubleToInt64Bits(1.7e9)); w.Text(3, "brain.Event:2"); }));
    }

    /// <summary>One event at <paramref name="step"/> with these tag values.</summary>
    public EventFileWriter Add(long step, Scalar kind, params (string Tag, double Value)[] values)
    {
        Record(Message(e =>
        {
            e.Fixed64(1, BitConverter.DoubleToInt64Bits(1.7e9 + step));
            e.Varint(2, (ulong)step);
            e.Bytes(5, Message(s =>
            {
                foreach (var (tag, value) in values)
                    s.Bytes(1, Message(v => { v.Text(1, tag); WriteValue(v, kind, value); }));
            }));
        }));
        return this;
    }

    /// <summary>A record holding any bytes (a message that is not an Event).</summary>
    public EventFileWriter Raw(byte[] data)
    {
        Record(data);
        return this;
    }

    public byte[] ToArray() => file.ToArray();

    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, ToArray());
        return path;
    }

    private static void WriteValue(ProtoWriter value, Scalar kind, double number)
    {
        switch (kind)
        {
            case Scalar.Simple:
                value.Fixed32(2, BitConverter.SingleToInt32Bits((float)number));
                break;
            case Scalar.FloatTensor:
                value.Bytes(8, Message(t =>
                {
                    t.Varint(1, 1); // DT_FLOAT
                    t.Bytes(2, []); // shape [] (a scalar)
                    var packed = new byte[4];
                    BinaryPrimitives.WriteSingleLittleEndian(packed, (float)number);
                    t.Bytes(5, packed); // float_val, packed
                }));
                break;
            case Scalar.DoubleTensor:
                value.Bytes(8, Message(t =>
                {
                    t.Varint(1, 2); // DT_DOUBLE
                    t.Bytes(2, []);
                    var content = new byte[8];
                    BinaryPrimitives.WriteDoubleLittleEndian(content, number);
                    t.Bytes(4, content); // tensor_content
                }));
                break;
        }
    }

    private void Record(byte[] data)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)data.Length);
        var crc = new byte[4];
        file.Write(header);
        BinaryPrimitives.WriteUInt32LittleEndian(crc, Crc32C.Masked(header));
        file.Write(crc);
        file.Write(data);
        BinaryPrimitives.WriteUInt32LittleEndian(crc, Crc32C.Masked(data));
        file.Write(crc);
    }

    private static byte[] Message(Action<ProtoWriter> write)
    {
        var writer = new ProtoWriter();
        write(writer);
        return writer.ToArray();
    }

    /// <summary>The protobuf wire format: a key (field number and wire type) before each value.</summary>
    private sealed class ProtoWriter
    {
        private readonly MemoryStream bytes = new();

        public void Varint(int field, ulong value)
        {
            Key(field, 0);
            RawVarint(value);
        }

        public void Fixed64(int field, long value)
        {
            Key(field, 1);
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(b, value);
            bytes.Write(b);
        }

        public void Fixed32(int field, int value)
        {
            Key(field, 5);
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(b, value);
            bytes.Write(b);
        }

        public void Bytes(int field, byte[] value)
        {
            Key(field, 2);
            RawVarint((ulong)value.Length);
            bytes.Write(value);
        }

        public void Text(int field, string value) => Bytes(field, System.Text.Encoding.UTF8.GetBytes(value));

        public byte[] ToArray() => bytes.ToArray();

        private void Key(int field, int wireType) => RawVarint((ulong)(field << 3 | wireType));

        private void RawVarint(ulong value)
        {
            for (; value >= 0x80; value >>= 7)
                bytes.WriteByte((byte)(value | 0x80));
            bytes.WriteByte((byte)value);
        }
    }
}
