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

    /// <summary>Problems of the whole file: the name, the content, then the fragments the one line must hold.</summary>
    [Theory]
    [InlineData("data.xlsx", "params,tokens,loss\n1,2,3\n", "unknown file type '.xlsx'", ".csv, .tsv, .jsonl, .ndjson or .parquet (any of them .gz)", "--format csv|tsv|jsonl|parquet")]
    [InlineData("empty.csv", "", "the file is empty")]
    [InlineData("empty.jsonl", "", "the file is empty")]
    [InlineData("header.csv", "params,tokens,loss\r\n", "header but no data rows")]
    [InlineData("noloss.csv", "params,tokens,ppl\n1e8,2e9,20\n", "no loss column among the headers 'params', 'tokens', 'ppl' ('ppl' looks like a perplexity", "add a loss column holding ln(ppl), or fit the perplexity as it is with --map loss=\"ppl\"")]
    [InlineData("nodata.csv", "params,loss\n1e8,3\n", "no tokens or flops column", "--map tokens=COLUMN or --map flops=COLUMN")]
    [InlineData("steps.csv", "model,params,step,loss\na,1e8,1000,3\n", "no tokens or flops column among the headers 'model', 'params', 'step', 'loss' ('step' counts optimiser steps, not tokens)", "add a tokens column holding each row's tokens seen (step × the tokens per step, batch size × sequence length), or a flops column")]
    [InlineData("names.csv", "model,tokens,loss\npythia-70m,1e9,3\nbaseline,1e9,3\n", "names.csv, row 2, column 'model': the table has no params column, and the model name 'baseline' gives no size (as 'pythia-70m' or 'opt-1.3b' do)", "add a params column, or name it with --map params=COLUMN")]
    [InlineData("wandb.csv", "\"Step\",\"ppl\",\"ppl__MIN\",\"ppl__MAX\"\n\"2\",\"23.4\",\"23.4\",\"23.4\"", "this is a W&B panel export: one metric ('ppl') along one run", "'scaling curve fit'")]
    [InlineData("gpt3.csv", "model,params,tokens,train_loss,val_loss\nsmall,1.25e8,1e10,,3.1\n", "'train_loss', 'val_loss'", "--map loss=COLUMN")]
    public void A_problem_of_the_whole_file_is_named(string name, string content, params string[] fragments)
    {
        var error = ReadFails(temp.Write(name, content));

        Assert.All(fragments, fragment => Assert.Contains(fragment, error.Message));
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

    /// <summary>Problems of one cell or line: the name, the content, the row and column the message must start with, then its fragments.</summary>
    [Theory]
    [InlineData("dup.csv", "params,tokens,loss,tokens\n1e8,2e9,3,2e9\n", null, "tokens", "duplicated column")]
    [InlineData("text.csv", "Model Size,tokens,loss\n1e8,2e9,3\n1e9,lots,2.5\n", 2, "tokens", "'lots' is not a number")]
    [InlineData("blank.csv", "params,flops,loss\n1e8,1e18,3\n1e8,1e18,\n", 2, "loss", "blank")]
    [InlineData("blank.csv", "params,flops,loss\n1e8,1e18,3\n \t,1e18,2\n", 2, "params", "blank")]
    [InlineData("blank.csv", "params,tokens,loss\n1e8,,3\n", 1, "tokens", "blank")]
    [InlineData("blank.csv", "params,tokens,flops,loss\n1e8,2e9,,3\n1e8,,,3\n", 2, "tokens", "blank")]
    [InlineData("short.csv", "params,flops,loss\r\n1e8,1e18,3\r\n1e8,1e18\r\n", 2, "loss")]
    [InlineData("cut.csv", "params,flops,loss\r\n1e8,1e18,3\r\n1e8,1e18", 2, null, "its last row has 2 of 3 fields: the file may be cut short")]
    [InlineData("long.csv", "params,flops,loss\n1e8,1e18,3\n1e8,1,000,3\n", 2, null, "4 fields but the header has 3")]
    [InlineData("quote.csv", "params,flops,loss\n1e8,1e18,3\n\"1e8,1e18,3\n", 2, null)]
    [InlineData("runs.jsonl", "{\"params\": 1e8, \"flops\": 1e18, \"loss\": 3}\n[1e8, 1e18, 3]\n", 2, null, "line 2 is a JSON array, not an object")]
    [InlineData("runs.ndjson", "{\"params\": 1e8, \"flops\": 1e18, \"loss\": 3}\n\n{\"params\": 1e8,\n", 3, null, "line 3 is not valid JSON")]
    [InlineData("runs.jsonl", "{\"params\": 1e8, \"flops\": 1e18, \"loss\": 3}\n{\"params\": true, \"flops\": 1e18, \"loss\": 3}", 2, "params", "'true' is not a number")]
    public void A_problem_of_one_cell_or_line_is_located(string name, string content, int? row, string? column, params string[] fragments)
    {
        var error = ReadFails(temp.Write(name, content));

        AssertLocated(error, row, column);
        Assert.All(fragments, fragment => Assert.Contains(fragment, error.Message));
    }

    [Fact]
    public void Rows_that_all_end_in_a_blank_optional_column_are_whole_to_the_last_one_without_a_line_break()
    {
        // Each row's blank step is how this file writes a final value, so the last one, which has no line break after it, is whole;
        // a blank after rows that all had a step would still be refused as cut (the 'cut.csv' and 'blank.csv' cases above).
        var path = temp.Write("optional.csv", "params,tokens,loss,step\n1e8,2e9,3.5,\n2e8,2e9,3.4,\n4e8,2e9,3.3,");

        var table = TableReader.Read(path);

        Assert.Equal([3.5, 3.4, 3.3], table.Rows.Select(r => r.Loss));
    }

    [Fact]
    public void Data_errors_are_scaling_laws_exceptions() =>
        Assert.IsAssignableFrom<ScalingLawsException>(ReadFails(Path.Combine(temp.FullName, "nope.csv")));

    [Theory]
    [InlineData("joined.csv", "params,tokens,loss\n1e8,2e9,3.5\n2e8,2e9,3.4\nparams,tokens,loss\n4e8,2e9,3.3\n", 3, null, "this row repeats the header, as where two tables were joined end to end; remove the repeated header line")]
    [InlineData("joined-bom.csv", "params,tokens,loss\n1e8,2e9,3.5\n\uFEFFParams, tokens ,LOSS\n4e8,2e9,3.3\n", 2, null, "this row repeats the header")]
    [InlineData("overflow.csv", "params,tokens,loss\n1e8,2e9,3.5\n1e300,1e9,3.4\n", 2, "params", "params 1e300 and tokens 1e9 make a compute C = 6ND beyond the largest number a double holds")]
    [InlineData("python.jsonl", "{\"params\": 1e8, \"tokens\": 2e9, \"loss\": 3.5}\n{\"params\": 2e8, \"tokens\": 2e9, \"loss\": -Infinity}\n", 2, null, "line 2 has -Infinity, which JSON has no value for")]
    [InlineData("pretty.jsonl", "{\n  \"params\": 1e8\n}\n", 1, null, "line 1 is a lone '{': the file holds JSON written over several lines (pretty-printed)")]
    [InlineData("switched.jsonl", "{\"N\": 1e8, \"tokens\": 2e9, \"loss\": 3.5}\n{\"params\": 2e8, \"tokens\": 4e9, \"loss\": 3.2}\n", 2, "params", "line 2 names the params key 'params' where line 1 names it 'N'; give it one name on every line")]
    public void What_joined_tables_overflowing_sizes_and_python_json_become_is_named(string name, string content, int row, string? column, string fragment)
    {
        var error = ReadFails(temp.Write(name, content));

        AssertLocated(error, row, column);
        Assert.Contains(fragment, error.Message);
    }

    [Fact]
    public void One_blank_field_after_the_header_s_is_read_and_a_filled_one_is_refused()
    {
        var table = TableReader.Read(temp.Write("trailing.csv", "params,tokens,loss\n1e8,2e9,3.5,\n2e8,2e9,3.4, \t\n4e8,2e9,3.3,"));

        Assert.Equal([3.5, 3.4, 3.3], table.Rows.Select(r => r.Loss));
        var error = ReadFails(temp.Write("extra.csv", "params,tokens,loss\n1e8,2e9,3.5,\n2e8,2e9,3.4,x\n"));
        AssertLocated(error, row: 2, column: null);
        Assert.Contains("4 fields but the header has 3", error.Message);
        Assert.Contains("5 fields but the header has 3", ReadFails(temp.Write("two.csv", "params,tokens,loss\n1e8,2e9,3.5,,\n")).Message);
    }

    [Fact]
    public void Invisible_characters_in_a_header_are_no_part_of_its_name()
    {
        var table = TableReader.Read(temp.Write("zero-width.csv", "\u200Bparams,tok\u200Dens,loss\u2060\n1e8,2e9,3.5\n"));

        Assert.Equal((1e8, 2e9, 3.5), (table[0].Params, table[0].Tokens, table[0].Loss));
    }

    [Fact]
    public void Params_mapped_away_are_said_so_and_not_read_from_the_model_names()
    {
        var path = temp.Write("mapped.csv", "name,params,tokens,loss\npythia-70m,7e7,1e9,3\n");

        var error = Assert.Throws<DataFileException>(() => TableReader.Read(path, new ReadOptions { Map = ColumnMap.Parse(["model=params"]) }));

        Assert.Contains("no params column: --map model=params gives the column 'params' to model", error.Message);
    }

    private static DataFileException ReadFails(string path)
    {
        var error = Assert.Throws<DataFileException>(() => TableReader.Read(path));
        Messages.AssertOneLine(error.Message);
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
