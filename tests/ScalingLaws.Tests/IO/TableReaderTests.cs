using ScalingLaws.Data;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

public sealed class TableReaderTests : WithTempFolder
{
    private static string Chinchilla => ChinchillaEpoch.Path;

    [Fact]
    public void Reads_the_chinchilla_extraction()
    {
        var table = TableReader.Read(Chinchilla);

        Assert.Equal(245, table.Count);
        Assert.Equal(Chinchilla, table.Source);
        var first = table[0];
        Assert.Equal(6795600349.289497, first.Params);
        Assert.Equal(9.993852799709755e+18, first.Flops);
        Assert.Equal(5.005581996196243, first.Loss);
        Assert.Equal(1, first.SourceRow);
        Assert.Equal(245, table[^1].SourceRow);
    }

    [Fact]
    public void Chinchilla_tokens_are_derived_from_compute()
    {
        var table = TableReader.Read(Chinchilla);

        var tokens = table.Column(Field.Tokens);
        Near.Relative(2.45e8, tokens.Min(), 0.01);
        Near.Relative(3.18e11, tokens.Max(), 0.01);
        Near.Relative(5.73e7, table.Column(Field.Params).Min(), 0.01);
        Near.Relative(1.62e10, table.Column(Field.Params).Max(), 0.01);
        Assert.All(table.Rows, r => Near.Relative(r.Flops / (6 * r.Params), r.Tokens, 0.01));
        Assert.Contains(table.Notes, n => n.Contains("tokens derived as D = C/(6N) for 245 of 245 rows"));
    }

    [Fact]
    public void Chinchilla_unmapped_columns_are_kept_verbatim()
    {
        var table = TableReader.Read(Chinchilla);

        Assert.Equal(["color", "hex_color", "x", "y"], table.Extra.Keys.Order());
        Assert.Equal("154.03592", table.Extra["x"][0]);
        Assert.Equal("140.63364", table.Extra["y"][0]);
        Assert.Equal("#faebdd", table.Extra["color"][0]);
        Assert.Equal("#faebdd", table.Extra["hex_color"][0]);
    }

    [Fact]
    public void Handles_bom_crlf_quotes_suffixes_and_no_final_newline()
    {
        var path = temp.Write("opt.csv",
            "\uFEFF\"model\",\"params\",\"tokens\",\"loss\"\r\n\"opt-125m\",\"125m\",\"2.8B\",\"3.5\"\r\n\r\n\"opt-1.3b\",\"1.3b\",\"1e10\",\"2.9\"");

        var table = TableReader.Read(path);

        Assert.Equal(2, table.Count);
        Assert.Equal(new Observation(125e6, 2.8e9, 6 * 125e6 * 2.8e9, 3.5, "opt-125m", SourceRow: 1), table[0]);
        Assert.Equal(1.3e9, table[1].Params);
        Assert.Equal(1e10, table[1].Tokens);
        Assert.Equal(3, table[1].SourceRow);
        Assert.Contains(table.Notes, n => n.Contains("flops derived as C = 6ND for 2 of 2 rows"));
        Assert.Empty(table.Extra);
    }

    [Theory]
    [InlineData("sep=;\r\n", ';')]
    [InlineData("sep=\t\n", '\t')]
    [InlineData("SEP=|||\n", '|')]
    public void Excel_separator_line_names_the_delimiter_and_rows_still_count_it(string line, char delimiter)
    {
        var path = temp.Write("excel.csv", line + $"params{delimiter}tokens{delimiter}loss\n1e8{delimiter}2e9{delimiter}3.9\n2e8{delimiter}2e9{delimiter}3.7\n");

        var table = TableReader.Read(path);

        Assert.Equal([1e8, 2e8], table.Column(Field.Params));
        Assert.Equal([3.9, 3.7], table.Column(Field.Loss));
        Assert.Equal([2, 3], table.Rows.Select(r => r.SourceRow));
    }

    [Fact]
    public void A_delimiter_given_reads_the_table_over_the_separator_line_and_a_header_starting_with_s_is_given_back()
    {
        var excel = temp.Write("excel.csv", "sep=,\nsize;tokens;loss\n1e8;2e9;3.9\n");
        var plain = temp.Write("plain.csv", "size,tokens,loss\n1e8,2e9,3.9\n");

        var read = TableReader.Read(excel, new ReadOptions { Delimiter = ';' });

        Assert.Equal((1e8, 2e9, 3.9, 2), (read[0].Params, read[0].Tokens, read[0].Loss, read[0].SourceRow));
        Assert.Equal((1e8, 1), (TableReader.Read(plain)[0].Params, TableReader.Read(plain)[0].SourceRow));
    }

    [Fact]
    public void Reads_tab_separated_values()
    {
        var path = temp.Write("runs.tsv", "family\tN\tD\tloss\tstep\nllama\t7B\t1T\t1.9\t1000\nllama\t13B\t1T\t1.8\t\n");

        var table = TableReader.Read(path);

        Assert.Equal([7e9, 13e9], table.Column(Field.Params));
        Assert.Equal([1e12, 1e12], table.Column(Field.Tokens));
        Assert.Equal("llama", table[0].Family);
        Assert.Equal(1000, table[0].Step);
        Assert.True(double.IsNaN(table[1].Step));
    }

    [Fact]
    public void Reads_cells_off_the_plain_number_path_as_before()
    {
        // Blanks, suffixes, grouped sizes, padding and steps of 0 or below skip the one-parse path and take the checks.
        var path = temp.Write("runs.csv", "params,tokens,loss,step\n\" 7,000,000,000\",1.4T, 2.5 ,0\n7e9 ,2.8e12,2.25e0,-5\n7.5E+9,1e12,0.5,\n");

        var table = TableReader.Read(path);

        Assert.Equal([(7e9, 1.4e12, 2.5), (7e9, 2.8e12, 2.25), (7.5e9, 1e12, 0.5)], table.Rows.Select(r => (r.Params, r.Tokens, r.Loss)));
        Assert.Equal(0, table[0].Step);
        Assert.Equal(-5, table[1].Step);
        Assert.True(double.IsNaN(table[2].Step));
    }

    [Fact]
    public void Round_trip_numbers_read_back_to_the_bit()
    {
        double[] awkward = [5e-324, 2.2250738585072009e-308, 0.1 + 0.2, 1 / 3.0, 9007199254740993, 1.7976931348623157e308, 3.622363685511207e20];
        // Sizes are counts, at least one (a smaller one is refused as a unit left out); losses take every positive double.
        double[] counts = [1, 1.0000000000000002, 1e15 + 0.1 + 0.2, 10 / 3.0, 9007199254740993, 1.7976931348623157e308, 3.622363685511207e20];
        var rows = awkward.Select((x, i) => new Observation(counts[i], counts[^(i + 1)], 1, x, SourceRow: i + 1));
        var path = Path.Combine(temp.FullName, "awkward.csv");
        TableWriter.WriteCsv(path, new ObservationTable(rows));

        var table = TableReader.Read(path);

        Assert.Equal(counts, table.Column(Field.Params));
        Assert.Equal(counts.Reverse(), table.Column(Field.Tokens));
        Assert.Equal(awkward, table.Column(Field.Loss));
    }

    [Fact]
    public void Reads_json_lines_with_numbers_strings_and_late_keys()
    {
        var path = temp.Write("runs.jsonl", string.Join("\n",
            """{"model": "a", "params": 7e7, "tokens": "1.4B", "loss": 3.2}""",
            "",
            """{"loss": 2.9, "tokens": 2.8e9, "params": "160M", "model": "b", "lr": 3e-4, "tag": null}""",
            """{"model": "c", "params": 4.1e8, "flops": 5e19, "loss": 2.7, "lr": 1E-4}"""));

        var table = TableReader.Read(path);

        Assert.Equal(3, table.Count);
        Assert.Equal([7e7, 160e6, 4.1e8], table.Column(Field.Params));
        Assert.Equal(1.4e9, table[0].Tokens);
        Assert.Equal(5e19 / (6 * 4.1e8), table[2].Tokens);
        Assert.Equal(6 * 7e7 * 1.4e9, table[0].Flops);
        Assert.Equal([1, 3, 4], table.Rows.Select(r => r.SourceRow));
        Assert.Equal(["", "3e-4", "1E-4"], table.Extra["lr"].ToArray());
        Assert.Equal(["", "", ""], table.Extra["tag"].ToArray());
        Assert.Equal("b", table[1].Model);
    }

    [Fact]
    public void Explicit_map_picks_columns_and_leaves_the_rest_as_extras()
    {
        var path = temp.Write("custom.csv",
            "Model Parameters,Tokens Seen,Eval Loss,train_loss\n1.5e8,3e9,3.1,3.0\n4e8,8e9,2.8,2.75\n");
        var options = new ReadOptions { Map = ColumnMap.Parse(["params=Model Parameters", "tokens=Tokens Seen", "loss=Eval Loss"]) };

        var table = TableReader.Read(path, options);

        Assert.Equal([1.5e8, 4e8], table.Column(Field.Params));
        Assert.Equal([3e9, 8e9], table.Column(Field.Tokens));
        Assert.Equal([3.1, 2.8], table.Column(Field.Loss));
        Assert.Equal(["3.0", "2.75"], table.Extra["train_loss"].ToArray());
        Assert.Single(table.Extra);
    }

    [Fact]
    public void With_both_columns_a_row_needs_only_one_of_tokens_and_flops()
    {
        var path = temp.Write("mixed.csv", "params,tokens,flops,loss\n1e8,2e9,,3.0\n1e8,,1.2e18,3.1\n1e8,2e9,1.3e18,2.9\n");

        var table = TableReader.Read(path);

        Assert.Equal([2e9, 2e9, 2e9], table.Column(Field.Tokens));
        Assert.Equal([1.2e18, 1.2e18, 1.3e18], table.Column(Field.Flops));
        Assert.Equal("tokens derived as D = C/(6N) for 1 of 3 rows; flops derived as C = 6ND for 1 of 3 rows", Assert.Single(table.Notes));
    }

    [Fact]
    public void The_input_file_is_left_unchanged()
    {
        const string content = "params,flops,loss\r\n1e8,1.2e18,3.0";
        var path = temp.Write("keep.csv", content);
        var written = File.GetLastWriteTimeUtc(path);

        TableReader.Read(path);

        Assert.Equal(content, File.ReadAllText(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_unit_in_a_header_scales_its_column_and_a_loss_in_bits_is_turned_into_nats()
    {
        var path = temp.Write("units.csv", "params [M],tokens (B),loss (bits)\n125,2.5,4\n0.5,20,3\n");

        var table = TableReader.Read(path);

        Assert.Equal(1.25e8, table[0].Params, 1e-6);
        Assert.Equal(2.5e9, table[0].Tokens, 1e-3);
        Assert.Equal(4 * Math.Log(2), table[0].Loss, 1e-12); // 2.7726 nats
        Assert.Equal(5e5, table[1].Params, 1e-9);            // 0.5 M: below one as written, half a million as meant
        Assert.Equal(6 * 1.25e8 * 2.5e9, table[0].Flops, 1e6);
        Assert.Contains("read column 'loss (bits)' as a loss in bits, turned into nats (× ln 2)", table.Notes);
    }

    [Fact]
    public void A_unit_as_the_header_s_last_word_or_in_a_loss_s_name_is_read_and_noted()
    {
        var path = temp.Write("suffix.csv", "params_m,Dataset Size (B tokens),val_bpb\n125,2.5,4\n350,20,3\n");

        var table = TableReader.Read(path);

        Assert.Equal([1.25e8, 3.5e8], table.Column(Field.Params));
        Assert.Equal([2.5e9, 2e10], table.Column(Field.Tokens));
        Assert.Equal(4 * Math.Log(2), table[0].Loss, 1e-12);
        Assert.Equal(
            ["read column 'params_m' as params in units of 1e6 (each value × 1e6)", "read column 'Dataset Size (B tokens)' as tokens in units of 1e9 (each value × 1e9)",
             "read column 'val_bpb' as a loss in bits, turned into nats (× ln 2)"],
            table.Notes.Where(n => n.StartsWith("read column", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_tracker_s_nested_keys_are_read_by_their_last_part_and_noted()
    {
        var path = temp.Write("wandb.csv", "run,config/n_params,model/tokens,eval/loss\na,1e8,2e9,3.5\nb,4e8,8e9,3.1\n");

        var table = TableReader.Read(path);

        Assert.Equal([1e8, 4e8], table.Column(Field.Params));
        Assert.Equal([2e9, 8e9], table.Column(Field.Tokens));
        Assert.Equal(["read column 'config/n_params' as params", "read column 'model/tokens' as tokens"],
            table.Notes.Where(n => n.StartsWith("read column", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_a_params_column_the_model_names_give_the_sizes_and_a_note_says_so()
    {
        var path = temp.Write("named.csv", "Model,Tokens (B),Final loss\npythia-70m,10,3.9\npythia-1.4b,10,3.1\nopt-125M,20,3.6\n");

        var table = TableReader.Read(path);

        Assert.Equal([7e7, 1.4e9, 1.25e8], table.Column(Field.Params));
        Assert.Equal(6 * 7e7 * 1e10, table[0].Flops, 1e6);
        Assert.Equal("read params from the model names in column 'Model' ('pythia-70m' as 70M); no params column", table.Notes[0]);
    }

    [Fact]
    public void Loose_header_names_are_read_where_no_usual_one_is_and_each_guess_is_noted()
    {
        var path = temp.Write("tracker.csv", "run_id,num_parameters,tokens_seen,validation_loss\nsmall,1e8,2e9,3.5\nlarge,4e8,8e9,3.1\n");

        var table = TableReader.Read(path);

        Assert.Equal([1e8, 4e8], table.Column(Field.Params));
        Assert.Equal([2e9, 8e9], table.Column(Field.Tokens));
        Assert.Equal([3.5, 3.1], table.Column(Field.Loss));
        Assert.Equal("large", table[1].Model);
        Assert.Equal(
            ["read column 'run_id' as model", "read column 'num_parameters' as params", "read column 'tokens_seen' as tokens", "read column 'validation_loss' as loss"],
            table.Notes.Where(n => n.StartsWith("read column", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_usual_name_wins_over_a_loose_one_and_a_mapped_loose_name_is_not_noted()
    {
        var path = temp.Write("both.csv", "params,tokens,total_tokens,loss\n1e8,2e9,5e9,3.5\n4e8,8e9,9e9,3.1\n");

        var usual = TableReader.Read(path);
        var mapped = TableReader.Read(path, new ReadOptions { Map = ColumnMap.Parse(["tokens=total_tokens"]) });

        Assert.Equal([2e9, 8e9], usual.Column(Field.Tokens));
        Assert.True(usual.Extra.ContainsKey("total_tokens"));
        Assert.Equal([5e9, 9e9], mapped.Column(Field.Tokens));
        Assert.DoesNotContain(mapped.Notes, n => n.StartsWith("read column", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_loose_names_for_one_field_are_refused_as_ambiguous()
    {
        var path = temp.Write("two.csv", "params,tokens_seen,num_train_tokens,loss\n1e8,2e9,2e9,3.5\n");

        var error = Assert.Throws<DataFileException>(() => TableReader.Read(path));

        Assert.Contains("columns 'tokens_seen', 'num_train_tokens' could each be tokens; pick one with --map tokens=COLUMN", error.Message);
    }

    [Fact]
    public void A_perplexity_column_where_the_loss_should_be_is_named_with_both_ways_on()
    {
        var path = temp.Write("ppl.csv", "params,tokens,val_ppl\n1e8,2e9,33.1\n");

        var error = Assert.Throws<DataFileException>(() => TableReader.Read(path));

        Assert.Contains("('val_ppl' looks like a perplexity, whose natural log is the loss); add a loss column holding ln(val_ppl), or fit the perplexity as it is with --map loss=\"val_ppl\"", error.Message);
    }
}
