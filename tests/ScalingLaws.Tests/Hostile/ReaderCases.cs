using System.IO.Compression;
using Parquet;
using Parquet.Schema;
using ScalingLaws.Tests.IO.TensorBoard;

namespace ScalingLaws.Tests.Hostile;

/// <summary>
/// Damaged inputs of the readers beyond text tables: a TensorBoard file cut short or with a wrong checksum, an MLflow run
/// whose parameter is a word or whose metric is missing, a tracker folder with no runs, corrupt, joined or doubly compressed gzip,
/// JSON Lines written wrong (nested values, arrays, comments, a key twice, NaN), and a Parquet file
/// whose columns have the wrong types. Each is one line naming the file or run at fault.
/// </summary>
internal static class ReaderCases
{
    public static IEnumerable<HostileCase> Write(string folder)
    {
        var events = new EventFileWriter();
        for (var step = 100; step <= 1000; step += 100)
            events.Add(step, EventFileWriter.Scalar.Simple, ("loss", 2 + 5 * Math.Pow(step, -0.3)));
        var bytes = events.ToArray();
        var cut = Write(Path.Combine(folder, "cut", "events.out.tfevents.1.host"), bytes[..^3]);
        var flipped = bytes.ToArray();
        flipped[^8] ^= 1;
        var corrupt = Write(Path.Combine(folder, "crc", "events.out.tfevents.1.host"), flipped);
        yield return HostileCase.Refused("tensorboard cut short", "cut short", "curve", "fit", cut, "--law", "power");
        yield return HostileCase.Refused("tensorboard bad checksum", "checksum does not match", "curve", "fit", Path.GetDirectoryName(corrupt)!, "--law", "power");
        yield return HostileCase.Refused("tensorboard read as runs", "hold loss curves, not a table of runs", "fit", cut);

        var experiment = Path.Combine(folder, "mlruns", "1");
        Write(Path.Combine(experiment, "meta.yaml"), "name: sweep\n"u8.ToArray());
        for (var i = 0; i < 4; i++)
        {
            var run = Path.Combine(experiment, $"run{i}");
            Write(Path.Combine(run, "params", "n"), System.Text.Encoding.UTF8.GetBytes(i == 2 ? "big" : $"{(i + 1) * 1e8}"));
            Write(Path.Combine(run, "params", "d"), "2e9"u8.ToArray());
            if (i != 1)
                Write(Path.Combine(run, "metrics", "loss"), System.Text.Encoding.UTF8.GetBytes($"1700000000000 {3.5 - 0.1 * i} 100\n"));
        }
        yield return HostileCase.Refused("mlflow missing metric", "run 'run1' has no metric 'loss'", "fit", experiment, "--map", "loss=loss", "--map", "params=n", "--map", "tokens=d");
        yield return HostileCase.Refused("mlflow non-numeric param", "param 'n' of run 'run2' is 'big', not a number", "fit", experiment, "--map", "params=n", "--map", "tokens=d", "--map", "loss=loss");
        var noRuns = Path.Combine(folder, "mlruns", "2");
        Write(Path.Combine(noRuns, "meta.yaml"), "name: empty\n"u8.ToArray());
        yield return HostileCase.Refused("mlflow experiment without runs", "holds no MLflow run", "fit", noRuns);
        yield return HostileCase.Refused("mlflow bad metric line", "is not 'timestamp value step'", "curve", "fit",
            Path.GetDirectoryName(Write(Path.Combine(folder, "mlruns", "3", "run0", "metrics", "loss"), "1700000000000 three 100\n"u8.ToArray()))!.Replace("/metrics", ""), "--law", "power");

        var gzip = Write(Path.Combine(folder, "runs.csv.gz"), Gzip("params,tokens,loss\n1e8,2e9,3.5\n2e8,2e9,3.3\n4e8,2e9,3.1\n")[..^6]);
        yield return HostileCase.Refused("fit corrupt gzip", "gzip data is corrupt or cut short", "fit", gzip);
        yield return HostileCase.Refused("curve fit corrupt gzip", "gzip data is corrupt or cut short", "curve", "fit", gzip, "--law", "power");

        var whole = Gzip("params,tokens,loss\n1e8,2e9,3.5\n2e8,2e9,3.3\n4e8,2e9,3.1\n");
        foreach (var (name, content, names) in new (string, byte[], string)[]
        {
            ("header-only", whole[..5], "gzip data is corrupt or cut short"),
            ("two-members-joined", [.. whole, .. Gzip("1e8,8e9,3.2\n")], "several gzip files joined"),
            ("trailing-junk", [.. whole, .. "junkjunk"u8.ToArray()], "gzip data is corrupt or cut short"),
            ("compressed-twice", GzipBytes(whole), "not a text table"),
            ("of-nothing", Gzip(""), "the file is empty"),
        })
            yield return HostileCase.Refused($"gzip {name}", names, "fit", Write(Path.Combine(folder, $"gzip-{name}.csv.gz"), content));

        foreach (var (name, text, names) in JsonLines())
            yield return HostileCase.Refused($"jsonl {name}", names, "fit", Write(Path.Combine(folder, $"{name}.jsonl"), System.Text.Encoding.UTF8.GetBytes(text)));
        yield return HostileCase.Lenient("jsonl nested objects in other keys", "fit",
            Write(Path.Combine(folder, "nested-other.jsonl"), System.Text.Encoding.UTF8.GetBytes(Lines(i => $"\"meta\": {{\"tags\": [1, {i}]}}"))));
        yield return HostileCase.Lenient("jsonl sizes as strings with suffixes", "fit",
            Write(Path.Combine(folder, "suffix-strings.jsonl"), System.Text.Encoding.UTF8.GetBytes(string.Concat(JsonRuns.Select(r => $"{{\"params\": \"{r.N / 1e6:G}M\", \"tokens\": \"{r.D / 1e9:G}B\", \"loss\": {r.L:R}}}\n")))));
        yield return HostileCase.Lenient("jsonl with BOM and CRLF", "fit",
            Write(Path.Combine(folder, "bom-crlf.jsonl"), [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Lines(_ => "").Replace(", }", "}").Replace("\n", "\r\n"))]));

        var parquet = Path.Combine(folder, "runs.parquet");
        WriteParquet(parquet).GetAwaiter().GetResult();
        yield return HostileCase.Refused("parquet text where numbers belong", "column 'params'", "fit", parquet);
        yield return HostileCase.Refused("parquet cut short", "not a readable Parquet file", "fit", Write(Path.Combine(folder, "half.parquet"), File.ReadAllBytes(parquet)[..40]));
    }

    private static string Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(string text) => GzipBytes(System.Text.Encoding.UTF8.GetBytes(text));

    private static byte[] GzipBytes(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            gzip.Write(bytes);
        return output.ToArray();
    }

    private static readonly (double N, double D, double L)[] JsonRuns =
        [.. from n in new[] { 1e8, 2e8, 4e8, 8e8 } from d in new[] { 2e9, 8e9 } select (n, d, Math.Round(1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28), 5))];

    // One JSON object per run, with <paramref name="extra"/> (given the row's index) after the loss.
    private static string Lines(Func<int, string> extra) =>
        string.Concat(JsonRuns.Select((r, i) => $"{{\"params\": {r.N:R}, \"tokens\": {r.D:R}, \"loss\": {r.L:R}, {extra(i)}}}\n"));

    // JSON Lines a script or a hand writes wrong: each is one line naming the row and what is wrong.
    private static IEnumerable<(string Name, string Text, string Names)> JsonLines()
    {
        var good = string.Concat(JsonRuns.Select(r => $"{{\"params\": {r.N:R}, \"tokens\": {r.D:R}, \"loss\": {r.L:R}}}\n"));
        var rows = good.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string WithRow(int index, string row) => string.Concat(rows.Select((r, i) => (i == index ? row : r) + "\n"));
        yield return ("nested-loss", WithRow(0, "{\"params\": 1e8, \"tokens\": 2e9, \"loss\": {\"val\": 3.5}}"), "row 1, column 'loss'");
        yield return ("array-per-line", string.Concat(JsonRuns.Select(r => $"[{r.N:R}, {r.D:R}, {r.L:R}]\n")), "a JSON array, not an object");
        yield return ("one-json-array", "[" + string.Join(", ", rows) + "]", "a JSON array, not an object");
        yield return ("comment-line", "// exported by hand\n" + good, "row 1: line 1 is not valid JSON");
        yield return ("key-twice", WithRow(2, "{\"params\": 4e8, \"tokens\": 2e9, \"loss\": 3.1, \"loss\": 9}"), "duplicated key");
        yield return ("boolean-loss", WithRow(2, "{\"params\": 4e8, \"tokens\": 2e9, \"loss\": true}"), "row 3, column 'loss': 'true' is not a number");
        yield return ("missing-loss", WithRow(3, "{\"params\": 2e8, \"tokens\": 8e9}"), "row 4, column 'loss': loss is blank");
        yield return ("null-loss", WithRow(2, "{\"params\": 4e8, \"tokens\": 2e9, \"loss\": null}"), "row 3, column 'loss': loss is blank");
        yield return ("nan-literal", WithRow(2, "{\"params\": 4e8, \"tokens\": 2e9, \"loss\": NaN}"), "row 3: line 3 has NaN, which JSON has no value for");
        yield return ("cut-short-last-line", good + "{\"params\":", "row 9: the last line, 9, is not valid JSON at character 11 and the file does not end with a line break: the file may be cut short");
        yield return ("broken-last-line-then-a-line-break", good + "{\"params\":\n", "row 9: line 9 is not valid JSON");
        yield return ("deeply-nested", "{\"params\": " + new string('[', 10_000) + new string(']', 10_000) + ", \"tokens\": 1, \"loss\": 2}\n", "row 1: line 1 nests values deeper than 64 levels, which no row of a table does"); // "not valid JSON" before round 17
        yield return ("size-past-double", WithRow(0, "{\"params\": 1e309, \"tokens\": 2e9, \"loss\": 3.5}"), "row 1");
    }

    // params written as strings ("70M-ish"), as a careless pandas frame of object dtype would.
    private static async Task WriteParquet(string path)
    {
        var schema = new ParquetSchema(new DataField<string>("params"), new DataField<double>("tokens"), new DataField<double>("loss"));
        await using var file = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, file);
        using var group = writer.CreateRowGroup();
        var fields = schema.GetDataFields();
        await group.WriteAsync(fields[0], new[] { "70M-ish", "160M-ish" });
        await group.WriteAsync<double>(fields[1], new[] { 2e9, 2e9 });
        await group.WriteAsync<double>(fields[2], new[] { 3.5, 3.2 });
    }
}
