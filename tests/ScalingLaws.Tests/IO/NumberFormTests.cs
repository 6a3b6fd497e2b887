using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

/// <summary>
/// <see cref="NumberForm"/>: a last number written shorter than a fixed format writes every row is cut; one that merely
/// has fewer digits where nothing shows padding is whole. And through the reader, on files with no final line break.
/// </summary>
public sealed class NumberFormTests : WithTempFolder
{
    [Theory]
    // Padded decimals (a trailing zero shows "%.4f"): fewer decimals are cut.
    [InlineData("3.4871 3.2210", "3.48", true)]
    [InlineData("3.4871 3.2210", "3.5", true)]
    [InlineData("3.4871 3.2210", "3.5000", false)]
    [InlineData("3.4871 3.2210", "3.48712", false)]
    // Nothing padded (Python, pandas, G6 write 3.5 for 3.5000): fewer digits are whole.
    [InlineData("3.4871 3.2213", "3.5", false)]
    [InlineData("2.75131 2.70455 2.6822", "2.75", false)]
    // A point or exponent every earlier row has, missing: cut ('3' for '3.4871', '1.4' for '1.4e9').
    [InlineData("3.4871 3.2213", "3", true)]
    [InlineData("1.4e9 2e10", "1.4", true)]
    [InlineData("1.4e9 2e10", "5e9", false)]
    [InlineData("3.5 3.25", "3e0", false)]
    // Padded exponents (Python's 1e-05): an exponent with fewer digits is cut.
    [InlineData("1e-05 3e-06", "2e-0", true)]
    [InlineData("1e-05 3e-06", "2e-07", false)]
    [InlineData("1e-5 3e-6", "2e-7", false)]
    // Mixed forms, labels, or a single earlier row: no verdict.
    [InlineData("3.4871 3", "3", false)]
    [InlineData("run-a run-b", "3", false)]
    [InlineData("3.4870", "3.4", false)]
    public void A_last_number_is_cut_only_when_written_shorter_than_every_earlier_row(string earlier, string last, bool cut)
    {
        var form = new NumberForm();
        foreach (var cell in earlier.Split(' '))
            form.Add(cell);

        Assert.Equal(cut, form.WrittenShorter(last));
    }

    [Fact]
    public void A_whole_last_row_with_fewer_digits_is_read_without_a_final_line_break()
    {
        var path = temp.Write("short.csv", "params,tokens,loss\n1e8,2e9,3.4871\n2e8,2e9,3.2213\n4e8,2e9,3.5");

        var table = TableReader.Read(path);

        Assert.Equal(3.5, table[^1].Loss, 12);
    }

    [Fact]
    public void A_last_number_shorter_than_a_fixed_format_is_refused_with_its_row()
    {
        var path = temp.Write("padded.csv", "params,tokens,loss\n1e8,2e9,3.4871\n2e8,2e9,3.2210\n4e8,2e9,3.48");

        var error = Assert.Throws<DataFileException>(() => TableReader.Read(path));

        Assert.Equal($"{path}, row 3: the file does not end with a line break and its last row ends in 'loss' '3.48', which looks cut inside the number: the file may be cut short (a writer that stopped); write the file again whole, or, if the row is complete as it is, end the file with a line break", error.Message);
    }
}
