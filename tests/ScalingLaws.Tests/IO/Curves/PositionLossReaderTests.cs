using ScalingLaws.IO;
using ScalingLaws.IO.Curves;
using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Tests.IO.Curves;

/// <summary>Per-position files in both agreed formats, round trips through the writer, and one-line errors naming file, row and column.</summary>
public sealed class PositionLossReaderTests : WithTempFolder
{
    [Fact]
    public void Reads_wide_csv_with_positions_in_any_column_order()
    {
        var path = temp.Write("p.csv", "step,tokens,lr,loss,pos_2,pos_1,pos_3\n100,3276800,0.001,3.2,3.1,4.5,2.9\n200,6.5M,0.0009,3.0,2.9,4.2,2.8\n");

        var run = Assert.Single(PositionLossReader.Read(path));

        Assert.Equal("p", run.Run);
        Assert.Equal(3, run.PositionCount);
        Assert.Equal([4.5, 3.1, 2.9], run[0].Losses.ToArray());
        Assert.Equal(6.5e6, run[1].Tokens);
        Assert.Equal(0.0009, run[1].LearningRate);
        Assert.True(run.HasLearningRate);
        Assert.Equal(2, run[1].SourceRow);
    }

    [Fact]
    public void Reads_json_lines_with_a_positions_array_and_several_runs()
    {
        var path = temp.Write("p.jsonl",
            "{\"run\": \"a\", \"step\": 100, \"tokens\": 3276800, \"loss\": 3.2, \"positions\": [4.5, 3.1, 2.9]}\n" +
            "{\"run\": \"b\", \"step\": 100, \"tokens\": 3276800, \"positions\": [4.4, 3.0, 2.8]}\n" +
            "{\"run\": \"a\", \"step\": 200, \"tokens\": 6553600, \"positions\": [4.2, 2.9, 2.8]}\n");

        var runs = PositionLossReader.Read(path);

        Assert.Equal(["a", "b"], runs.Select(r => r.Run));
        Assert.Equal(2, runs[0].Count);
        Assert.False(runs[0].HasLearningRate);
        Assert.Equal([4.2, 2.9, 2.8], runs[0][1].Losses.ToArray());
    }

    [Theory]
    [InlineData("s.csv")]
    [InlineData("s.tsv")]
    [InlineData("s.jsonl")]
    public void Writer_and_reader_round_trip(string name)
    {
        var run = PositionLossGenerator.Generate(new SyntheticRunSettings { Positions = 16, Checkpoints = 4 }).Losses;
        var path = Path.Combine(temp.FullName, name);

        PositionLossWriter.Write(path, run);
        var back = Assert.Single(PositionLossReader.Read(path));

        Assert.Equal(run.Run, back.Run);
        Assert.Equal(run.Checkpoints.Select(c => (c.Step, c.Tokens, c.LearningRate)), back.Checkpoints.Select(c => (c.Step, c.Tokens, c.LearningRate)));
        for (var k = 0; k < run.Count; k++)
        {
            for (var i = 0; i < 16; i++)
                Assert.Equal(run[k].Losses[i], back[k].Losses[i], 5e-6 * run[k].Losses[i]);
        }
    }

    [Theory]
    [InlineData("empty.csv", "", "the file is empty")]
    [InlineData("header.csv", "step,tokens,pos_1,pos_2,pos_3\n", "header but no data rows")]
    [InlineData("nostep.csv", "tokens,pos_1,pos_2,pos_3\n1e6,4,3,2\n", "no step column among the headers 'tokens', 'pos_1', 'pos_2', 'pos_3'")]
    [InlineData("notokens.csv", "step,pos_1,pos_2,pos_3\n1,4,3,2\n", "no tokens column")]
    [InlineData("nopos.csv", "step,tokens,loss\n1,1e6,3\n", "no per-position losses")]
    [InlineData("gap.csv", "step,tokens,pos_1,pos_2,pos_4\n1,1e6,4,3,2\n", "column 'pos_3' is missing")]
    [InlineData("badpos.csv", "step,tokens,pos_1,pos_x,pos_2\n1,1e6,4,3,2\n", "column 'pos_x': is not a position column")]
    [InlineData("two.csv", "step,tokens,pos_1,pos_2\n1,1e6,4,3\n", "row 1, column 'pos_1': only 2 position(s), fewer than the 3 parameters")]
    [InlineData("order.csv", "step,tokens,pos_1,pos_2,pos_3\n200,2e6,4,3,2\n100,1e6,4,3,2\n", "row 2, column 'step': step 100 does not increase on the previous row of run 'order' (step 200)")]
    [InlineData("repeat.csv", "step,tokens,pos_1,pos_2,pos_3\n100,1e6,4,3,2\n100,1e6,4,3,2\n", "row 2, column 'step': step 100 does not increase")]
    [InlineData("tokens.csv", "step,tokens,pos_1,pos_2,pos_3\n100,2e6,4,3,2\n200,1e6,4,3,2\n", "row 2, column 'tokens': tokens 1000000 do not increase")]
    [InlineData("nan.csv", "step,tokens,pos_1,pos_2,pos_3\n100,1e6,4,NaN,2\n", "row 1, column 'pos_2': loss at position 2 is 'NaN', which is not finite")]
    [InlineData("zero.csv", "step,tokens,pos_1,pos_2,pos_3\n100,1e6,4,0,2\n", "row 1, column 'pos_2': loss at position 2 is '0' but must be positive")]
    [InlineData("negative.csv", "step,tokens,pos_1,pos_2,pos_3\n100,1e6,4,-3,2\n", "row 1, column 'pos_2': loss at position 2 is '-3' but must be positive")]
    [InlineData("blank.csv", "step,tokens,pos_1,pos_2,pos_3\n100,1e6,4,,2\n", "row 1, column 'pos_2': loss at position 2 is blank")]
    [InlineData("text.csv", "step,tokens,pos_1,pos_2,pos_3\n100,1e6,4,abc,2\n", "row 1, column 'pos_2': 'abc' is not a number")]
    [InlineData("lr.csv", "step,tokens,lr,pos_1,pos_2,pos_3\n100,1e6,-1e-3,4,3,2\n", "row 1, column 'lr': lr is '-1e-3' but must be a finite number ≥ 0")]
    [InlineData("zerotokens.csv", "step,tokens,pos_1,pos_2,pos_3\n0,0,4,3,2\n", "row 1, column 'tokens': tokens is '0' but must be positive")]
    [InlineData("ragged.jsonl", "{\"step\": 1, \"tokens\": 1e6, \"positions\": [4, 3, 2]}\n{\"step\": 2, \"tokens\": 2e6, \"positions\": [4, 3]}\n", "row 2, column 'positions': 2 positions, but the first row has 3")]
    [InlineData("notarray.jsonl", "{\"step\": 1, \"tokens\": 1e6, \"positions\": 4}\n", "row 1, column 'positions': '4' is not an array")]
    [InlineData("element.jsonl", "{\"step\": 1, \"tokens\": 1e6, \"positions\": [4, \"x\", 2]}\n", "row 1, column 'positions': the loss at position 2 is \"x\", not a number")]
    [InlineData("jsonneg.jsonl", "{\"step\": 1, \"tokens\": 1e6, \"positions\": [4, 3, -2]}\n", "row 1, column 'positions': the loss at position 3 is '-2' but must be positive")]
    [InlineData("nopositions.jsonl", "{\"step\": 1, \"tokens\": 1e6, \"positions\": null}\n", "row 1, column 'positions': the positions array is missing")]
    public void Bad_files_give_one_line(string name, string content, string fragment)
    {
        var path = temp.Write(name, content);

        var e = Assert.Throws<DataFileException>(() => PositionLossReader.Read(path));

        Assert.StartsWith(path, e.Message);
        Messages.AssertOneLine(e.Message, fragment);
    }

    [Fact]
    public void A_file_of_many_columns_without_positions_names_the_first_headers_only()
    {
        // 64 columns 'loss_pos_0' … (0-based, under another prefix): before, all 69 headers were listed on the one line.
        var header = "run,step,tokens,lr,loss," + string.Join(",", Enumerable.Range(0, 64).Select(i => $"loss_pos_{i}"));
        var path = temp.Write("wide.csv", header + "\nr,100,1e6,1e-3,4," + string.Join(",", Enumerable.Repeat("4", 64)) + "\n");

        var error = Assert.Throws<DataFileException>(() => PositionLossReader.Read(path));

        Assert.Contains("among the headers 'run', 'step', 'tokens', 'lr', 'loss', 'loss_pos_0', 'loss_pos_1', 'loss_pos_2', 'loss_pos_3', 'loss_pos_4', 'loss_pos_5', 'loss_pos_6' and 57 more; write one column per position", error.Message);
    }
}
