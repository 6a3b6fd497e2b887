namespace ScalingLaws.Tests.Browser;

/// <summary>A test that needs a real browser: skipped, saying why, only when no chromium is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
            Skip = "chromium is not installed and these tests need a real browser; install it with 'apt-get install -y chromium' (.ci/run does).";
    }
}
