namespace ScalingLaws.IO.TensorBoard;

/// <summary>
/// The scalars of one TensorBoard <c>Event</c> record: its step and each summary value's tag and number. Both ways a
/// scalar is logged are read: the legacy <c>simple_value</c> (TF1, tensorboardX, PyTorch's SummaryWriter) and a
/// scalar <c>TensorProto</c> of dtype float or double (TF2's <c>tf.summary.scalar</c>), from <c>float_val</c>,
/// <c>double_val</c> or <c>tensor_content</c>. Images, histograms, text and tensors of more than one element are skipped.
/// </summary>
internal static class EventScalars
{
    // Field numbers from tensorflow/core/util/event.proto, summary.proto, tensor.proto and tensor_shape.proto.
    private const int EventStep = 2, EventSummary = 5;
    private const int SummaryValue = 1;
    private const int ValueTag = 1, ValueSimple = 2, ValueTensor = 8;
    private const int TensorDtype = 1, TensorShape = 2, TensorContent = 4, TensorFloats = 5, TensorDoubles = 6;
    private const int ShapeDim = 2, DimSize = 1;
    private const int FloatType = 1, DoubleType = 2;

    /// <summary>Reads one record; <see cref="FormatException"/> when its bytes are not a protobuf message.</summary>
    public static (long Step, List<(string Tag, double Value)> Values) Read(ReadOnlySpan<byte> record)
    {
        var reader = new ProtoReader(record);
        var (step, values) = (0L, new List<(string, double)>());
        while (reader.Next(out var field, out var wire))
        {
            if (field == EventStep && wire == ProtoReader.Varint)
                step = (long)reader.ReadVarint();
            else if (field == EventSummary && wire == ProtoReader.LengthDelimited)
                Summary(reader.ReadBytes(), values);
            else
                reader.Skip(wire);
        }
        return (step, values);
    }

    private static void Summary(ReadOnlySpan<byte> summary, List<(string, double)> values)
    {
        var reader = new ProtoReader(summary);
        while (reader.Next(out var field, out var wire))
        {
            if (field == SummaryValue && wire == ProtoReader.LengthDelimited && Value(reader.ReadBytes()) is { } value)
                values.Add(value);
            else if (field != SummaryValue || wire != ProtoReader.LengthDelimited)
                reader.Skip(wire);
        }
    }

    private static (string, double)? Value(ReadOnlySpan<byte> value)
    {
        var reader = new ProtoReader(value);
        var (tag, number) = ((string?)null, (double?)null);
        while (reader.Next(out var field, out var wire))
        {
            if (field == ValueTag && wire == ProtoReader.LengthDelimited)
                tag = System.Text.Encoding.UTF8.GetString(reader.ReadBytes());
            else if (field == ValueSimple && wire == ProtoReader.Fixed32)
                number = reader.ReadFloat();
            else if (field == ValueTensor && wire == ProtoReader.LengthDelimited)
                number = Scalar(reader.ReadBytes());
            else
                reader.Skip(wire);
        }
        return tag is not null && number is { } n ? (tag, n) : null;
    }

    // A tensor of one float or double element, or null for any other tensor.
    private static double? Scalar(ReadOnlySpan<byte> tensor)
    {
        var reader = new ProtoReader(tensor);
        var (dtype, elements) = (0, 1L);
        var found = new List<double>();
        while (reader.Next(out var field, out var wire))
        {
            switch (field, wire)
            {
                case (TensorDtype, ProtoReader.Varint):
                    dtype = (int)reader.ReadVarint();
                    break;
                case (TensorShape, ProtoReader.LengthDelimited):
                    elements = Elements(reader.ReadBytes());
                    break;
                case (TensorContent, ProtoReader.LengthDelimited) when dtype is FloatType or DoubleType:
                    Packed(reader.ReadBytes(), dtype, found); // the raw little-endian array; TensorFlow writes dtype first
                    break;
                case (TensorFloats or TensorDoubles, ProtoReader.LengthDelimited):
                    Packed(reader.ReadBytes(), field == TensorDoubles ? DoubleType : FloatType, found);
                    break;
                case (TensorFloats, ProtoReader.Fixed32) or (TensorDoubles, ProtoReader.Fixed64):
                    found.Add(field == TensorDoubles ? reader.ReadDouble() : reader.ReadFloat()); // an unpacked repeated value
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }
        return dtype is FloatType or DoubleType && elements == 1 && found.Count == 1 ? found[0] : null;
    }

    // Packed floats or doubles: the values back to back, little-endian.
    private static void Packed(ReadOnlySpan<byte> bytes, int dtype, List<double> found)
    {
        for (var packed = new ProtoReader(bytes); packed.Remaining > 0;)
            found.Add(dtype == DoubleType ? packed.ReadDouble() : packed.ReadFloat());
    }

    private static long Elements(ReadOnlySpan<byte> shape)
    {
        var reader = new ProtoReader(shape);
        var elements = 1L;
        while (reader.Next(out var field, out var wire))
        {
            if (field == ShapeDim && wire == ProtoReader.LengthDelimited)
                elements *= DimensionSize(reader.ReadBytes());
            else
                reader.Skip(wire);
        }
        return elements;
    }

    private static long DimensionSize(ReadOnlySpan<byte> dimension)
    {
        var reader = new ProtoReader(dimension);
        var size = 0L;
        while (reader.Next(out var field, out var wire))
        {
            if (field == DimSize && wire == ProtoReader.Varint)
                size = (long)reader.ReadVarint();
            else
                reader.Skip(wire);
        }
        return size;
    }
}
