using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using PaperGraph.App.Server;
using PaperGraph.App.Tests.Cli;

namespace PaperGraph.App.Tests.Server;

/// <summary>The real server on a loopback port over a temp store seeded with the sample corpus.</summary>
public sealed class ServerTests : IAsyncLifetime
{
    private readonly TempFolder temp = new();
    private WebApplication? app;
    private HttpClient? client;

    private HttpClient Client => client!;

    public async Task InitializeAsync()
    {
        app = PaperGraphServer.Build(new Dictionary<string, string?>
        {
            ["PaperGraph:Database"] = temp.File("graph.db"),
            ["PaperGraph:Port"] = "0",
        });
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        await WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Health_is_ready_once_the_sample_corpus_is_ingested_on_first_start()
    {
        var health = await Client.GetFromJsonAsync<Dictionary<string, object>>("/health");

        Assert.Equal("ready", health!["status"].ToString());
        Assert.Equal("161", health["papers"].ToString());
    }

    [Fact]
    public void The_server_listens_on_loopback_only_by_default() =>
        Assert.StartsWith("http://127.0.0.1:", app!.Urls.First(), StringComparison.Ordinal);

    [Fact]
    public async Task The_comparison_table_is_exported_in_the_format_asked_for()
    {
        var response = await Client.GetAsync("/tables/comparison?format=latex");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-latex", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\\toprule", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tables/comparison?format=pdf", HttpStatusCode.BadRequest, "format 'pdf' is not one of csv, md, latex")]
    [InlineData("/tables/comparison?models=NoSuchModel-9000", HttpStatusCode.NotFound, "no model named 'NoSuchModel-9000'")]
    public async Task Bad_table_requests_get_a_problem_saying_what_is_wrong(string url, HttpStatusCode status, string detail)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(detail, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_fails_the_start_with_a_message_naming_it()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var bad = PaperGraphServer.Build(new Dictionary<string, string?> { ["PaperGraph:Port"] = "70000", ["PaperGraph:Database"] = temp.File("other.db") });
            await bad.StartAsync();
        });

        Assert.Contains("Port", error.Message, StringComparison.Ordinal);
    }

    private async Task WaitUntilReadyAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            if ((await Client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                return;
            await Task.Delay(100);
        }

        throw new TimeoutException("the server did not become ready in 60 s");
    }

    [Fact]
    public async Task A_browser_asking_for_graphql_gets_the_local_graphiql_page_and_its_scripts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        var page = await Client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var script = await Client.GetAsync("/playground/graphiql.min.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/playground/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
