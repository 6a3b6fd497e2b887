using static ScalingLaws.Tests.ScalingProcess;

namespace ScalingLaws.Tests.Cli;

/// <summary>`scaling plot ...` writes real PNG, SVG and PDF figures from the Chinchilla runs, and refuses bad output names and figure options in one line.</summary>
public sealed class PlotCommandTests : IDisposable
{
    private const string HoffmannLaw = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("isoloss", "png")]
    [InlineData("isoloss", "svg")]
    [InlineData("frontier", "png")]
    public void Law_figures_are_written_in_the_format_of_the_extension(string figure, string extension)
    {
        var path = Path.Combine(_folder.FullName, $"{figure}.{extension}");

        var result = Run("plot", figure, Chinchilla, "--law-spec", HoffmannLaw, "--out", path).AssertSuccess();

        Assert.Contains($"wrote {path}", result.Stdout);
        AssertFigure(path, extension);
        Assert.Single(Directory.GetFiles(_folder.FullName)); // no temporary file left behind
    }

    [Fact]
    public void Isoflop_profiles_of_the_nine_chinchilla_budgets()
    {
        var path = Path.Combine(_folder.FullName, "isoflop.svg");

        Run("plot", "isoflop", Chinchilla, "--budgets", "6e18,1e19,3e19,6e19,1e20,3e20,6e20,1e21,3e21", "--drop-highest-loss", "5", "--out", path)
            .AssertSuccess();

        AssertFigure(path, "svg");
        var svg = File.ReadAllText(path);
        Assert.Contains("C = 6e18 FLOPs", svg);
        Assert.Contains("C = 3e21 FLOPs", svg);
    }

    [Fact]
    public void Isoloss_needs_no_runs()
    {
        var path = Path.Combine(_folder.FullName, "law-only.png");

        Run("plot", "isoloss", "--law-spec", HoffmannLaw, "--levels", "2.2", "2.5", "--budgets", "1e20,1e22", "--out", path).AssertSuccess();

        AssertFigure(path, "png");
    }

    [Fact]
    public void Fit_figure_fits_the_runs_or_reads_a_saved_law()
    {
        var lawFile = Path.Combine(_folder.FullName, "fit.json");
        Run("fit", Chinchilla, "--drop-highest-loss", "5", "--out", lawFile, "--json").AssertSuccess();
        var fitted = Path.Combine(_folder.FullName, "fitted.svg");
        var saved = Path.Combine(_folder.FullName, "saved.png");

        Run("plot", "fit", Chinchilla, "--drop-highest-loss", "5", "--out", fitted).AssertSuccess();
        Run("plot", "fit", Chinchilla, "--law-file", lawFile, "--out", saved).AssertSuccess();

        AssertFigure(fitted, "svg");
        AssertFigure(saved, "png");
        // The legend carries the fit's RMSE; 0.0218 nats is the Epoch-data fit's (see the fit tests).
        Assert.Contains("RMSE = 0.0218", File.ReadAllText(fitted));
    }

    [Fact]
    public void A_pdf_figure_is_vector_with_its_labels_as_text()
    {
        var path = Path.Combine(_folder.FullName, "fit.pdf");

        var result = Run("plot", "fit", Chinchilla, "--drop-highest-loss", "5", "--out", path).AssertSuccess();

        Assert.Contains($"wrote {path} (PDF, 800×600, ", result.Stdout);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        var shown = Plotting.PdfText.Shown(bytes);
        Assert.Contains("Observed loss (nats)", shown);
        Assert.Contains("Predicted loss (nats)", shown);
    }

    [Fact]
    public void Every_figure_option_is_read_by_a_plot_command()
    {
        var path = Path.Combine(_folder.FullName, "frontier.png");

        var result = Run("plot", "frontier", Chinchilla, "--law-spec", HoffmannLaw, "--out", path,
            "--dpi", "192", "--xlim", "1e19:1e21", "--ylim", "2.0:3.0", "--font-scale", "1.2", "--style", "screen").AssertSuccess();

        Assert.Contains("(PNG, 1600×1200, ", result.Stdout); // 800×600 at twice 96 dpi
        AssertFigure(path, "png");
    }

    [Theory]
    [InlineData("--xlim", "3:2", "--xlim 3:2: the lower end must come first")]
    [InlineData("--ylim", "2.5", "--ylim 2.5: give the span as LO:HI")]
    [InlineData("--xlim", "a:b", "--xlim a:b: 'a' is not a quantity")]
    [InlineData("--font-scale", "0", "--font-scale 0: every value must be a positive number")]
    [InlineData("--dpi", "0", "--dpi 0: give a resolution from 1 to 2,400")]
    [InlineData("--dpi", "2000", "--dpi 2000: the PNG would be 20,833×12,500 pixels")]
    [InlineData("--style", "print", "--style 'print': unknown choice; give one of paper, screen")]
    [InlineData("--xlim", "0:1e21", "--xlim 0:1e21: the horizontal axis of this figure is logarithmic; give limits above zero, e.g. --xlim 1e18:1e21.")]
    public void A_bad_figure_option_is_one_line_and_writes_nothing(string option, string value, string expected)
    {
        var path = Path.Combine(_folder.FullName, "frontier.png");

        Run("plot", "frontier", Chinchilla, "--law-spec", HoffmannLaw, "--out", path, "--width", "1000", option, value).AssertInputError(expected);

        Assert.Empty(Directory.GetFiles(_folder.FullName));
    }

    [Fact]
    public void An_unknown_image_format_is_refused_before_any_work()
    {
        var path = Path.Combine(_folder.FullName, "figure.bmp");

        Run("plot", "fit", Chinchilla, "--out", path).AssertInputError("--out", "'.bmp'", ".png, .svg or .pdf");

        Assert.Empty(Directory.GetFiles(_folder.FullName));
    }

    [Fact]
    public void A_missing_folder_is_one_line()
    {
        var path = Path.Combine(_folder.FullName, "no-such-folder", "figure.png");

        Run("plot", "isoloss", "--law-spec", HoffmannLaw, "--out", path).AssertInputError("figure.png");
    }

    [Fact]
    public void Plots_of_a_chinchilla_law_refuse_other_laws()
    {
        var path = Path.Combine(_folder.FullName, "figure.png");

        Run("plot", "isoloss", "--law-spec", "kaplan:Nc=6.4e13,Dc=1.8e13,alphaN=0.076,alphaD=0.103", "--out", path)
            .AssertInputError("needs a chinchilla law", "kaplan");
    }

    private static void AssertFigure(string path, string extension)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes");
        if (extension == "png")
            Assert.Equal(PngSignature, bytes[..8]);
        else
            Assert.Equal("svg", System.Xml.Linq.XDocument.Load(path).Root!.Name.LocalName);
    }
}
