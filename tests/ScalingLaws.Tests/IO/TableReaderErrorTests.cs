using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

public sealed class TableReaderErrorTests : WithTempFolder
{
    [Fact]
    public void Missing_file()
    {
        var path = Path.Combine(temp.FullName, "nope.csv");

        var error = ReadFails(path);

        Assert.Equal($"{path}: no such file; check the path", error.Message);
    }

    [Fact]
    public void Directory_instead_of_a_file()
    {
        var error = ReadFails(temp.FullName);

        Assert.StartsWith($"{temp.FullName}: this is a directory", error.Message);
    }

    [Fact]
    public void Unknown_extension()
    {
        var error = ReadFails(temp.Write("data.xlsx", "params,tokens,loss\n1,2,3\n"));

        Assert.Contains("unknown file type '.xlsx'", error.Message);
        Assert.Contains(".csv, .tsv, .jsonl, .ndjson or .parquet (any of them .gz)", error.Message);
        Assert.Contains("--format csv|tsv|jsonl|parquet", error.Message);
    }

    [Theory]
    [InlineData("empty.csv")]
    [InlineData("empty.jsonl")]
    public void Empty_file(string name)
    {
        var error = ReadFails(temp.Write(name, ""));

        Assert.Contains("the file is empty", error.Message);
    }

    [Fact]
    public void Header_without_rows()
    {
        var error = ReadFails(temp.Write("header.csv", "params,tokens,loss\r\n"));

        Assert.Contains("header but no data rows", error.Message);
    }

    [Fact]
    public void Missing_required_column_lists_the_headers_and_suggests_map()
    {
        var error = ReadFails(temp.Write("noloss.csv", "params,tokens,ppl\n1e8,2e9,20\n"));

        Assert.Contains("no loss column among the headers 'params', 'tokens', 'ppl'", error.Message);
        Assert.Contains("--map loss=COLUMN", error.Message);
    }

    [Theory]
    [InlineData("params,tokens,lsos", "lsos", "loss")]
    [InlineData("params,tokens,Val Los", "Val Los", "loss")]
    [InlineData("parms,tokens,loss", "parms", "params")]
    [InlineData("params,tokesn,loss", "tokesn", "tokens")]
    public void A_misspelt_header_is_named_with_the_fix(string header, string misspelt, string field)
    {
        var error = ReadFails(temp.Write("typo.csv", $"{header}\n1e8,2e9,3.5\n"));

        Assert.Contains($"('{misspelt}' looks like '{field}' misspelt)", error.Message);
        Assert.Contains($"rename the column to '{field}', or use --map {field}=\"{misspelt}\"", error.Message);
    }

    [Fact]
    public void Missing_tokens_and_flops()
    {
        var error = ReadFails(temp.Write("nodata.csv", "params,loss\n1e8,3\n"));

        Assert.Contains("no tokens or flops column", error.Message);
        Assert.Contains("--map tokens=COLUMN or --map flops=COLUMN", error.Message);
    }

    [Fact]
    public void Duplicated_header()
    {
        var error = ReadFails(temp.Write("dup.csv", "params,tokens,loss,tokens\n1e8,2e9,3,2e9\n"));

        AssertLocated(error, row: null, column: "tokens");
        Assert.Contains("duplicated column", error.Message);
    }

    [Fact]
    public void Ambiguous_automatic_match()
    {
        var error = ReadFails(temp.Write("gpt3.csv", "model,params,tokens,train_loss,val_loss\nsmall,1.25e8,1e10,,3.1\n"));

        Assert.Contains("'train_loss', 'val_loss'", error.Message);
        Assert.Contains("--map loss=COLUMN", error.Message);
    }

    [Fact]
    public void Non_numeric_cell()
    {
        var error = ReadFails(temp.Write("text.csv", "Model Size,tokens,loss\n1e8,2e9,3\n1e9,lots,2.5\n"));

        AssertLocated(error, row: 2, column: "tokens");
        Assert.Contains("'lots' is not a number", error.Message);
    }

    [Fact]
    public void Thousands_separators_are_read_in_sizes_but_not_in_the_loss()
    {
        Assert.Equal(1e6, TableReader.Read(temp.Write("comma.tsv", "params\ttokens\tloss\n1,000,000\t2e9\t3\n")).Rows[0].Params);

        var error = ReadFails(temp.Write("loss.tsv", "params\ttokens\tloss\n1e6\t2e9\t3,500\n"));

        AssertLocated(error, row: 1, column: "loss");
        Assert.Contains("'3,500' is not a number", error.Message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void Non_finite_value(string text)
    {
        var error = ReadFails(temp.Write("nan.csv", $"params,tokens,loss\n1e8,2e9,3\n1e8,2e9,2\n1e8,2e9,{text}\n"));

        AssertLocated(error, row: 3, column: "loss");
        Assert.Contains($"loss is '{text}', which is not finite", error.Message);
    }

    [Theory]
    [InlineData("params", "0")]
    [InlineData("tokens", "-2e9")]
    [InlineData("flops", "0")]
    [InlineData("loss", "-0.5")]
    public void Zero_or_negative_value(string column, string text)
    {
        string[] headers = ["params", "tokens", "flops", "loss"];
        var cells = headers.Select(h => h == column ? text : "1");
        var error = ReadFails(temp.Write("neg.csv", $"{string.Join(',', headers)}\n1,1,1,1\n{string.Join(',', cells)}\n"));

        AssertLocated(error, row: 2, column: column);
        Assert.Contains($"{column} is '{text}' but must be positive", error.Message);
    }

    [Theory]
    [InlineData("params,flops,loss\n1e8,1e18,3\n1e8,1e18,\n", 2, "loss")]
    [InlineData("params,flops,loss\n1e8,1e18,3\n \t,1e18,2\n", 2, "params")]
    [InlineData("params,tokens,loss\n1e8,,3\n", 1, "tokens")]
    [InlineData("params,tokens,flops,loss\n1e8,2e9,,3\n1e8,,,3\n", 2, "tokens")]
    public void Blank_cell_in_a_required_column(string content, int row, string column)
    {
        var error = ReadFails(temp.Write("blank.csv", content));

        AssertLocated(error, row, column);
        Assert.Contains("blank", error.Message);
    }

    [Fact]
    public void Short_row_leaves_a_blank_required_cell()
    {
        var error = ReadFails(temp.Write("short.csv", "params,flops,loss\r\n1e8,1e18,3\r\n1e8,1e18"));

        AssertLocated(error, row: 2, column: "loss");
    }

    [Fact]
    public void Row_with_more_fields_than_the_header()
    {
        var error = ReadFails(temp.Write("long.csv", "params,flops,loss\n1e8,1e18,3\n1e8,1,000,3\n"));

        AssertLocated(error, row: 2, column: null);
        Assert.Contains("4 fields but the header has 3", error.Message);
    }

    [Fact]
    public void Unclosed_quote()
    {
        var error = ReadFails(temp.Write("quote.csv", "params,flops,loss\n1e8,1e18,3\n\"1e8,1e18,3\n"));

        AssertLocated(error, row: 2, column: null);
    }

    [Fact]
    public void Json_line_that_is_not_an_object()
    {
        var error = ReadFails(temp.Write("runs.jsonl", "{\"params\": 1e8, \"flops\": 1e18, \"loss\": 3}\n[1e8, 1e18, 3]\n"));

        AssertLocated(error, row: 2, column: null);
        Assert.Contains("line 2 is a JSON array, not an object", error.Message);
    }

    [Fact]
    public void Json_line_that_is_not_json()
    {
        var error = ReadFails(temp.Write("runs.ndjson", "{\"params\": 1e8, \"flops\": 1e18, \"loss\": 3}\n\n{\"params\": 1e8,\n"));

        AssertLocated(error, row: 3, column: null);
        Assert.Contains("line 3 is not valid JSON", error.Message);
    }

    [Fact]
    public void Json_cell_errors_name_the_line_and_key()
    {
        var error = ReadFails(temp.Write("runs.jsonl", "{\"params\": 1e8, \"flops\": 1e18, \"loss\": 3}\n{\"params\": true, \"flops\": 1e18, \"loss\": 3}"));

        AssertLocated(error, row: 2, column: "params");
        Assert.Contains("'true' is not a number", error.Message);
    }

    [Fact]
    public void Data_errors_are_scaling_laws_exceptions() =>
        Assert.IsAssignableFrom<ScalingLawsException>(ReadFails(Path.Combine(temp.FullName, "nope.csv")));

    private static DataFileException ReadFails(string path)
    {
        var error = Assert.Throws<DataFileException>(() => TableReader.Read(path));
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
        Assert.Equal(path, error.FileName);
        return error;
    }

    private static void AssertLocated(DataFileException error, int? row, string? column)
    {
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        var location = error.FileName + (row is null ? "" : $", row {row}") + (column is null ? "" : $", column '{column}'") + ": ";
        Assert.StartsWith(location, error.Message);
        Assert.Contains("; ", error.Message);
    }
}
