using ScalingLaws.IO;
using ScalingLaws.IO.Curves;

namespace ScalingLaws.Tests.IO.Curves;

public sealed class LossCurveReaderTests : WithTempFolder
{
    [Fact]
    public void One_file_holds_several_runs_with_their_schedules()
    {
        var path = temp.Write("runs.csv", "run,step,tokens,lr,loss\na,100,1e8,1e-3,4.0\na,200,2e8,5e-4,3.5\nb,100,1e8,1e-3,4.1\nb,300,3e8,1e-3,3.4\n");

        var curves = LossCurveReader.Read(path);

        Assert.Equal(["a", "b"], curves.Select(c => c.Name));
        Assert.Equal([100, 200], curves[0].Steps.ToArray());
        Assert.Equal([2e8, 3e8], curves.Select(c => c.Tokens[^1]));
        Assert.Equal(7.5e-4, curves[0].Schedule!.Rate(150), 15);
        Assert.Equal(5e-4, curves[0].Schedule!.Rate(50), 15);
        Assert.Equal(300, curves[1].Schedule!.LastStep);
    }

    [Fact]
    public void A_folder_holds_one_run_per_file_named_by_the_file()
    {
        temp.Write("cosine.csv", "step,lr,loss\r\n10,1e-3,4.0\r\n20,1e-3,3.8\r\n");
        temp.Write("constant.tsv", "step\tloss\n10\t4.0\n20\t3.9\n");

        var curves = LossCurveReader.Read(temp.FullName);

        Assert.Equal(["constant", "cosine"], curves.Select(c => c.Name));
        Assert.Null(curves[0].Schedule);
        Assert.NotNull(curves[1].Schedule);
    }

    [Theory]
    [InlineData("step,loss\n100,3.5\n100,3.4\n", "row 2, column 'step': step 100 does not increase on the previous row of run 'bad' (step 100)")]
    [InlineData("step,loss\n200,3.5\n100,3.4\n", "row 2, column 'step': step 100 does not increase")]
    [InlineData("step,loss\n1.5,3.5\n", "row 1, column 'step': step '1.5' is not a whole number")]
    [InlineData("step,loss\n100,-3.5\n", "row 1, column 'loss': loss is '-3.5', but must be a finite number above 0")]
    [InlineData("step,lr,loss\n100,,3.5\n", "row 1, column 'lr': lr is blank")]
    [InlineData("iteration,value\n100,3.5\n", "no loss column among the headers 'iteration', 'value'")]
    [InlineData("loss\n3.5\n", "no step column among the headers 'loss'")]
    [InlineData("step,lr,learning_rate,loss\n1,1,1,1\n", "could each be the learning rate")]
    public void Bad_files_name_file_row_and_column(string content, string fragment)
    {
        var path = temp.Write("bad.csv", content);

        var error = Assert.Throws<DataFileException>(() => LossCurveReader.Read(path));

        Assert.StartsWith(path, error.Message);
        Assert.Contains(fragment, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
