using ScalingLaws.IO;
using ScalingLaws.IO.Curves;
using ScalingLaws.IO.TensorBoard;
using static ScalingLaws.Tests.IO.TensorBoard.EventFileWriter;

namespace ScalingLaws.Tests.IO.TensorBoard;

/// <summary>TensorBoard event files written by <see cref="EventFileWriter"/> (the published record format), read back as loss curves.</summary>
public sealed class TensorBoardReaderTests : WithTempFolder
{
    // L = 2 + 10 t^-0.5, the power law the CLI test recovers.
    private static double Loss(int step) => 2 + 10 * Math.Pow(step, -0.5);

    private string Run(string folder, Scalar kind, bool rate = true, int steps = 40)
    {
        var writer = new EventFileWriter();
        for (var step = 50; step <= steps * 50; step += 50)
        {
            var values = new List<(string, double)> { ("train/loss", Loss(step)), ("eval/loss", Loss(step) + 0.1) };
            if (rate)
                values.Add(("train/lr", 3e-4));
            writer.Add(step, kind, [.. values]);
        }
        return writer.Save(Path.Combine(temp.FullName, folder, "events.out.tfevents.1700000000.host.1.0"));
    }

    [Fact]
    public void The_CRC32C_is_the_Castagnoli_checksum_TFRecord_masks()
    {
        Assert.Equal(0xE3069283u, Crc32C.Compute("123456789"u8)); // the standard check value of CRC-32C
        Assert.Equal(0u, Crc32C.Compute([]));
        var crc = 0xE3069283u;
        Assert.Equal(((crc >> 15) | (crc << 17)) + 0xa282ead8, Crc32C.Masked("123456789"u8));
    }

    [Theory]
    [InlineData(Scalar.Simple, 1e-6)] // float32 on the wire
    [InlineData(Scalar.FloatTensor, 1e-6)]
    [InlineData(Scalar.DoubleTensor, 1e-15)]
    public void Simple_values_and_scalar_tensors_are_read_by_step_and_tag(Scalar kind, double tolerance)
    {
        var file = Run("run-a", kind);

        var curve = Assert.Single(LossCurveReader.Read(file, ColumnMap.Parse(["loss=train/loss"])));

        Assert.Equal("run-a", curve.Name);
        Assert.Equal(40, curve.Count);
        Assert.Equal(50, curve.Steps[0]);
        Assert.Equal(2000, curve.Steps[^1]);
        for (var i = 0; i < curve.Count; i++)
            Assert.Equal(Loss(curve.Steps[i]), curve.Loss[i], Math.Max(tolerance, 1e-6 * Loss(curve.Steps[i])));
        Assert.NotNull(curve.Schedule);
        Assert.Equal(3e-4, curve.Schedule!.Rate(1000), 1e-9);
        Assert.Equal(3e-4 / 2, curve.Schedule.Rate(25), 1e-9); // the warm-up from 0 before the first logged step
    }

    [Fact]
    public void A_tree_of_run_folders_is_one_curve_per_folder_and_a_run_without_the_tag_is_left_out()
    {
        Run("logs/small", Scalar.Simple, steps: 10);
        Run("logs/large", Scalar.FloatTensor, steps: 20);
        new EventFileWriter().Add(100, Scalar.Simple, ("accuracy", 0.5)).Save(Path.Combine(temp.FullName, "logs", "probe", "events.out.tfevents.1.host"));

        var curves = LossCurveReader.Read(Path.Combine(temp.FullName, "logs"), ColumnMap.Parse(["loss=train/loss"]));

        Assert.Equal(["large", "small"], curves.Select(c => c.Name));
        Assert.Equal([20, 10], curves.Select(c => c.Count));
    }

    [Fact]
    public void Two_loss_tags_are_refused_until_one_is_chosen()
    {
        var file = Run("run-a", Scalar.Simple);

        var error = Assert.Throws<DataFileException>(() => LossCurveReader.Read(file));

        Assert.Contains("tags 'eval/loss', 'train/loss' could each be the loss; pick one with --tag TAG", error.Message);
    }

    [Fact]
    public void A_cut_short_record_and_a_wrong_checksum_are_one_line_each()
    {
        var bytes = File.ReadAllBytes(Run("run-a", Scalar.Simple));
        var cut = temp.Write("cut.tfevents", "");
        File.WriteAllBytes(cut, bytes[..^7]);
        var flipped = bytes.ToArray();
        flipped[^10] ^= 0x40; // inside the last record's data
        var corrupt = temp.Write("corrupt.tfevents", "");
        File.WriteAllBytes(corrupt, flipped);

        var short_ = Assert.Throws<DataFileException>(() => LossCurveReader.Read(cut));
        var checksum = Assert.Throws<DataFileException>(() => LossCurveReader.Read(corrupt));

        Assert.Matches(@"record 41 \(at byte \d+\) is cut short: it announces \d+ bytes of data, and the file has \d+ left", short_.Message);
        Assert.Matches(@"record 41 \(at byte \d+\) has data whose checksum does not match", checksum.Message);
    }

    [Fact]
    public void A_record_that_is_not_an_event_is_named()
    {
        var file = new EventFileWriter().Raw([0xff, 0xff]).Save(Path.Combine(temp.FullName, "bad", "events.out.tfevents.2.host"));

        var error = Assert.Throws<DataFileException>(() => LossCurveReader.Read(file));

        Assert.Contains("record 2 is not a TensorBoard Event message", error.Message);
    }

    [Fact]
    public void Curve_fit_on_a_run_folder_recovers_the_power_law_its_loss_tag_follows()
    {
        Run("run-a", Scalar.DoubleTensor);

        var json = ScalingProcess.Run("curve", "fit", Path.Combine(temp.FullName, "run-a"), "--tag", "train/loss", "--law", "power", "--json").AssertSuccess().Json;

        Assert.Equal(2.0, (double)json["params"]!["E"]!, 1e-4);
        Assert.Equal(10.0, (double)json["params"]!["A"]!, 1e-3);
        Assert.Equal(0.5, (double)json["params"]!["alpha"]!, 1e-5);
    }

    [Fact]
    public void An_event_file_is_told_by_its_content_on_standard_input_too()
    {
        var file = Run("run-a", Scalar.Simple);

        Assert.Equal(InputFormat.TensorBoard, InputFormats.FromContent(File.ReadAllBytes(file)));
        Assert.Null(InputFormats.FromContent("step,loss\n100,3.2\n"u8));
        var piped = ScalingProcess.RunWithInput(File.ReadAllBytes(file), "curve", "fit", "-", "--tag", "train/loss", "--law", "power", "--json").AssertSuccess().Json;
        Assert.Equal(0.5, (double)piped["params"]!["alpha"]!, 1e-3);
    }
}
