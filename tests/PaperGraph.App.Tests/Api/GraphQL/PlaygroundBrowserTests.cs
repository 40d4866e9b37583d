using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using PaperGraph.App.Tests.Tools;
using Xunit.Abstractions;

namespace PaperGraph.App.Tests.Api.GraphQL;

/// <summary>
/// GraphiQL in a real browser: headless Chromium opens /graphql, runs the default query (question 1)
/// and must show LongIns in the result pane; the page is kept as a screenshot artefact.
/// </summary>
[Collection(SampleServerCollection.Name)]
public sealed class PlaygroundBrowserTests(GraphQLServer server, ITestOutputHelper output)
{
    [ChromiumFact]
    public void Question_1_runs_in_graphiql_and_shows_LongIns()
    {
        using var driver = StartChromium();
        driver.Navigate().GoToUrl(new Uri(server.Http.BaseAddress!, "/graphql"));
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(60));

        var run = wait.Until(d => d.FindElements(By.CssSelector(".graphiql-execute-button")).FirstOrDefault(e => e.Displayed));
        Assert.Contains("GPT-4", driver.FindElement(By.CssSelector(".graphiql-query-editor")).Text, StringComparison.Ordinal);
        run!.Click();
        var result = wait.Until(d => d.FindElements(By.CssSelector(".result-window")).FirstOrDefault(e => e.Text.Contains("LongIns", StringComparison.Ordinal)));

        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "graphiql-question1.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        driver.GetScreenshot().SaveAsFile(screenshot);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.Contains("LongIns", result!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AG News", result.Text, StringComparison.Ordinal);
    }

    private static ChromeDriver StartChromium()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromiumFactAttribute.Driver)!, Path.GetFileName(ChromiumFactAttribute.Driver)!);
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumFactAttribute.Browser };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
    }
}
