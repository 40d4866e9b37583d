namespace PaperGraph.App.Tests.Tools;

/// <summary>A fact that drives headless Chromium; skipped, saying so, where chromium or chromedriver is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Debian's chromium binary, or one on PATH.</summary>
    public static string? Browser { get; } = ExternalTool.AtOrOnPath("/usr/bin/chromium", "/usr/bin/chromium-browser");

    /// <summary>Debian's chromedriver, or one on PATH.</summary>
    public static string? Driver { get; } = ExternalTool.AtOrOnPath("/usr/bin/chromedriver");

    /// <summary>Sets the skip reason when the browser or its driver cannot be found.</summary>
    public ChromiumFactAttribute()
    {
        if (Browser is null || Driver is null)
            Skip = $"chromium ({Browser ?? "missing"}) and chromedriver ({Driver ?? "missing"}) are both needed: apt-get install chromium chromium-driver (.ci/run does)";
    }
}
