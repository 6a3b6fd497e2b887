using Parquet;
using Parquet.Schema;

namespace ScalingLaws.IO;

/// <summary>
/// Reads a Parquet file (as pandas, polars and pyarrow write them) into cells: numeric columns of any width
/// (int8 to int64, float32, float64), booleans, timestamps and strings, plain or dictionary-encoded, nullable or not; a
/// null is a blank cell. Nested and list columns are left out (a table of runs has none). Numbers keep their shortest
/// round-trip text, so a float32 loss of 3.2 reads as 3.2.
/// </summary>
internal static class ParquetTable
{
    private const string Expected = "a Parquet file";

    public static RawTable Read(string path)
    {
        var bytes = InputFile.ReadAllBytes(path, Expected);
        // Said in words before the reader's own ("not a Parquet file (size too small)" of an empty one).
        if (!(Marked(bytes, 0) && Marked(bytes, bytes.Length - Mark.Length)))
            throw new DataFileException(path, bytes.Length == 0 ? "not a readable Parquet file: the file is empty"
                : $"not a readable Parquet file: it does not begin and end with Parquet's mark '{Mark}', so it is another kind of file or was cut short", Remedy);
        // The footer's length, the 4 bytes before the closing mark, must fit between the marks ("PAR1xxxxPAR1" ran the reader off the stream's start).
        var footer = bytes.Length >= 3 * Mark.Length ? System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bytes.Length - 2 * Mark.Length)) : -1;
        if (footer < 0 || footer > bytes.Length - 3 * Mark.Length)
            throw new DataFileException(path, $"not a readable Parquet file: its footer does not fit in its {bytes.Length:N0} bytes, so it was cut short or damaged", Remedy);
        try
        {
            return ReadAsync(bytes).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not DataFileException and not OutOfMemoryException)
        {
            // Parquet.Net throws many types on a damaged file; the user needs one line either way.
            throw new DataFileException(path, $"not a readable Parquet file ({e.Message.ReplaceLineEndings(" ")})", Remedy);
        }
    }

    private const string Mark = "PAR1", Remedy = "write it again with pandas' to_parquet or pyarrow, or give a CSV";

    private static bool Marked(byte[] bytes, int at) =>
        at >= 0 && bytes.Length >= 2 * Mark.Length && System.Text.Encoding.ASCII.GetString(bytes, at, Mark.Length) == Mark;

    private static async Task<RawTable> ReadAsync(byte[] bytes)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        var fields = reader.Schema.GetDataFields().Where(f => !f.IsArray && f.Path.ToList().Count == 1 && Readable(f.ClrType)).ToList();
        var columns = fields.Select(_ => new List<string?>()).ToList();
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            using var rowGroup = reader.OpenRowGroupReader(group);
            var rows = checked((int)rowGroup.RowCount);
            for (var i = 0; i < fields.Count; i++)
                columns[i].AddRange(await Cells(rowGroup, fields[i], rows));
        }
        var count = columns.Count == 0 ? 0 : columns[0].Count;
        return new RawTable([.. fields.Select(f => f.Name)],
            [.. Enumerable.Range(0, count).Select(r => new RawRow(r + 1, [.. columns.Select(c => c[r])]))]);
    }

    // Parquet.Net gives string columns as ReadOnlyMemory<char> (or string, by option).
    private static bool IsText(Type type) => type == typeof(string) || type == typeof(ReadOnlyMemory<char>);

    private static bool Readable(Type type) => IsText(type) || type == typeof(bool) || type == typeof(DateTime) || type == typeof(decimal)
        || type == typeof(double) || type == typeof(float) || type == typeof(long) || type == typeof(int) || type == typeof(short)
        || type == typeof(sbyte) || type == typeof(byte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong);

    private static async Task<IEnumerable<string?>> Cells(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (IsText(field.ClrType))
        {
            var text = new string?[rows];
            await group.ReadAsync(field, text.AsMemory());
            return text;
        }
        return field.ClrType switch
        {
            var t when t == typeof(double) => await Numbers<double>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture)),
            var t when t == typeof(float) => await Numbers<float>(group, field, rows, v => v.ToString("R", CultureInfo.InvariantCulture)),
            var t when t == typeof(long) => await Numbers<long>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(int) => await Numbers<int>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(short) => await Numbers<short>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(sbyte) => await Numbers<sbyte>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(byte) => await Numbers<byte>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(ushort) => await Numbers<ushort>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(uint) => await Numbers<uint>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(ulong) => await Numbers<ulong>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(decimal) => await Numbers<decimal>(group, field, rows, v => v.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(bool) => await Numbers<bool>(group, field, rows, v => v ? "true" : "false"),
            _ => await Numbers<DateTime>(group, field, rows, v => v.ToString("o", CultureInfo.InvariantCulture)),
        };
    }

    private static async Task<IEnumerable<string?>> Numbers<T>(ParquetRowGroupReader group, DataField field, int rows, Func<T, string> text) where T : struct
    {
        if (field.IsNullable)
        {
            var nullable = new T?[rows];
            await group.ReadAsync<T>(field, nullable.AsMemory());
            return nullable.Select(v => v is { } value ? text(value) : null);
        }
        var values = new T[rows];
        await group.ReadAsync<T>(field, values.AsMemory());
        return values.Select(text);
    }
}
