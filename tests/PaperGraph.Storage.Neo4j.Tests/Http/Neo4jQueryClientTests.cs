using System.Net;
using System.Text;
using System.Text.Json;
using PaperGraph.Storage.Neo4j.Http;
using PaperGraph.Storage.Neo4j.Tests.Fakes;

namespace PaperGraph.Storage.Neo4j.Tests.Http;

public sealed class Neo4jQueryClientTests
{
    private const string Success = """
        {"data":{"fields":["name","tokens","score","verified","aliases","missing"],
                 "values":[[{"$type":"String","_value":"GPT-4"},{"$type":"Integer","_value":"128000"},{"$type":"Float","_value":"61.7"},
                            {"$type":"Boolean","_value":true},{"$type":"List","_value":[{"$type":"String","_value":"GPT4"}]},{"$type":"Null","_value":null}]]},
         "bookmarks":["FB:kcwQ"]}
        """;

    private static Neo4jOptions Options => FakeNeo4j.Options;

    [Fact]
    public async Task A_statement_is_posted_to_the_query_api_with_basic_auth_and_typed_parameters()
    {
        var stub = StubHandler.Always(HttpStatusCode.Accepted, Success);
        using var client = new Neo4jQueryClient(Options with { Database = "papers" }, stub);

        await client.RunAsync("MATCH (m:Model {name: $name}) RETURN m.name AS name", new Dictionary<string, object?> { ["name"] = "GPT-4" });

        var sent = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("http://neo4j.test:7474/db/papers/query/v2", sent.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), sent.Authorization);
        Assert.Equal("application/vnd.neo4j.query", sent.Accept);
        Assert.Equal("application/vnd.neo4j.query", sent.ContentType);
        Assert.Equal("""{"statement":"MATCH (m:Model {name: $name}) RETURN m.name AS name","parameters":{"name":{"$type":"String","_value":"GPT-4"}}}""", sent.Body);
    }

    [Fact]
    public async Task A_success_payload_decodes_every_value_type_by_field_name()
    {
        using var client = new Neo4jQueryClient(Options, StubHandler.Always(HttpStatusCode.Accepted, Success));

        var record = Assert.Single((await client.RunAsync("RETURN 1")).Records);

        Assert.Equal("GPT-4", record.String("name"));
        Assert.Equal(128_000, record.Long("tokens"));
        Assert.Equal(61.7, record.Double("score"));
        Assert.True(record.Boolean("verified"));
        Assert.Equal(["GPT4"], record.Strings("aliases"));
        Assert.Null(record.NullableString("missing"));
        Assert.Null(record.NullableLong("missing"));
    }

    [Fact]
    public async Task A_base_address_with_a_path_keeps_it()
    {
        var stub = StubHandler.Always(HttpStatusCode.Accepted, Success);
        using var client = new Neo4jQueryClient(Neo4jOptions.Create("https://proxy.test/neo4j", "neo4j", "pw", "neo4j"), stub);

        await client.RunAsync("RETURN 1");

        Assert.Equal("https://proxy.test/neo4j/db/neo4j/query/v2", stub.Requests[0].Uri.ToString());
    }

    [Fact]
    public async Task A_neo4j_error_keeps_its_status_code_and_message_in_one_line()
    {
        var stub = StubHandler.Always(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'MATC'\n (line 1, column 1)"}]}""");
        using var client = new Neo4jQueryClient(Options, stub);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("MATC (n) RETURN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Equal("Neo4j at http://neo4j.test:7474 refused the request: Neo.ClientError.Statement.SyntaxError: Invalid input 'MATC' (line 1, column 1)", error.Message);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Wrong_credentials_give_one_line_naming_the_user_and_the_variables()
    {
        using var client = new Neo4jQueryClient(Options, StubHandler.Always(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}"""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal("Neo4j at http://neo4j.test:7474 refused the credentials of user 'neo4j' (401 Unauthorized): check NEO4J_USER and NEO4J_PASSWORD", error.Message);
    }

    [Fact]
    public async Task A_401_without_a_body_is_still_an_authentication_error()
    {
        using var client = new Neo4jQueryClient(Options, StubHandler.Always(HttpStatusCode.Unauthorized, ""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
    }

    [Fact]
    public async Task A_missing_database_is_named_with_the_variable_that_chooses_it()
    {
        using var client = new Neo4jQueryClient(Options with { Database = "nope" }, StubHandler.Always(HttpStatusCode.NotFound, """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Graph not found: nope"}]}"""));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Equal("Neo4j at http://neo4j.test:7474 has no database 'nope': create it or set NEO4J_DATABASE", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_naming_the_address()
    {
        var stub = new StubHandler((_, _) => throw new HttpRequestException("Connection refused (neo4j.test:7474)"));
        using var client = new Neo4jQueryClient(Options, stub);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal(Neo4jException.UnreachableCode, error.Code);
        Assert.Equal("cannot reach Neo4j at http://neo4j.test:7474: Connection refused (neo4j.test:7474)", error.Message);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_times_out_with_the_limit_in_the_message()
    {
        var stub = new StubHandler(async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return StubHandler.Json(HttpStatusCode.Accepted, Success);
        });
        using var client = new Neo4jQueryClient(Options with { RequestTimeout = TimeSpan.FromMilliseconds(200) }, stub);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo4j at http://neo4j.test:7474 did not answer within 0.2 s", error.Message);
    }

    [Fact]
    public async Task The_callers_cancellation_is_a_cancellation_not_a_timeout()
    {
        var stub = new StubHandler(async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return StubHandler.Json(HttpStatusCode.Accepted, Success);
        });
        using var client = new Neo4jQueryClient(Options, stub);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1", cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task A_transient_error_is_retried_until_it_succeeds()
    {
        var stub = StubHandler.Sequence(
            (HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}"""),
            (HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"Neo.TransientError.General.MemoryPoolOutOfMemoryError","message":"busy"}]}"""),
            (HttpStatusCode.Accepted, Success));
        using var client = new Neo4jQueryClient(Options, stub);

        var result = await client.RunAsync("RETURN 1");

        Assert.Equal("GPT-4", result.Records[0].String("name"));
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task A_transient_error_that_persists_is_reported_as_transient_after_the_retries()
    {
        var stub = StubHandler.Always(HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"Neo.TransientError.Cluster.NotALeader","message":"no leader"}]}""");
        using var client = new Neo4jQueryClient(Options with { MaxRetries = 2 }, stub);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.True(error.IsTransient);
        Assert.Equal("Neo.TransientError.Cluster.NotALeader", error.Code);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task A_unit_of_work_opens_runs_and_commits_one_transaction_sending_back_the_cluster_affinity()
    {
        var stub = new StubHandler((request, index) =>
        {
            var response = StubHandler.Json(HttpStatusCode.Accepted, index == 0
                ? """{"data":{"fields":[],"values":[]},"transaction":{"id":"lyU","expires":"2030-01-01T00:00:00Z"}}"""
                : Success);
            if (index == 0)
                response.Headers.Add("neo4j-cluster-affinity", "MTAuOC41");
            return Task.FromResult(response);
        });
        using var client = new Neo4jQueryClient(Options, stub);

        var name = await client.ExecuteAsync(async (transaction, token) => (await transaction.RunAsync("RETURN 1", cancellationToken: token)).Records[0].String("name"));

        Assert.Equal("GPT-4", name);
        Assert.Equal(
            [(HttpMethod.Post, "/db/neo4j/query/v2/tx", (string?)null), (HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU", "MTAuOC41"), (HttpMethod.Post, "/db/neo4j/query/v2/tx/lyU/commit", "MTAuOC41")],
            stub.Requests.Select(r => (r.Method, r.Uri.AbsolutePath, r.Affinity)));
    }

    [Fact]
    public async Task A_failing_unit_of_work_is_rolled_back_and_never_committed()
    {
        var stub = new StubHandler((request, index) => Task.FromResult(index switch
        {
            0 => StubHandler.Json(HttpStatusCode.Accepted, """{"transaction":{"id":"t1"}}"""),
            1 => StubHandler.Json(HttpStatusCode.Accepted, Success),
            2 => StubHandler.Json(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}"""),
            _ => StubHandler.Json(HttpStatusCode.OK, "{}"),
        }));
        using var client = new Neo4jQueryClient(Options, stub);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteAsync<int>(async (transaction, token) =>
        {
            await transaction.RunAsync("CREATE (:A)", cancellationToken: token);
            await transaction.RunAsync("CREATE (:B)", cancellationToken: token);
            return 0;
        }));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(HttpMethod.Delete, stub.Requests[^1].Method);
        Assert.Equal("/db/neo4j/query/v2/tx/t1", stub.Requests[^1].Uri.AbsolutePath);
        Assert.DoesNotContain(stub.Requests, r => r.Uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transient_error_inside_a_unit_of_work_rolls_back_and_runs_the_whole_work_again()
    {
        var runs = 0;
        var stub = new StubHandler((request, index) =>
        {
            if (request.Uri.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal))
                return Task.FromResult(StubHandler.Json(HttpStatusCode.Accepted, "{\"transaction\":{\"id\":\"t" + index + "\"}}"));
            if (request.Method == HttpMethod.Delete || request.Uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal))
                return Task.FromResult(StubHandler.Json(HttpStatusCode.OK, "{}"));
            return Task.FromResult(Interlocked.Increment(ref runs) == 1
                ? StubHandler.Json(HttpStatusCode.ServiceUnavailable, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
                : StubHandler.Json(HttpStatusCode.Accepted, Success));
        });
        using var client = new Neo4jQueryClient(Options, stub);

        await client.ExecuteAsync((transaction, token) => transaction.RunAsync("MERGE (:A)", cancellationToken: token));

        Assert.Equal(
            ["POST /tx", "POST /tx/t0", "DELETE /tx/t0", "POST /tx", "POST /tx/t3", "POST /tx/t3/commit"],
            stub.Requests.Select(r => r.Method + " " + r.Uri.AbsolutePath.Replace("/db/neo4j/query/v2", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_reported_by_its_status()
    {
        using var client = new Neo4jQueryClient(Options, StubHandler.Always(HttpStatusCode.BadGateway, "<html>bad gateway</html>"));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo4j at http://neo4j.test:7474 answered 502 BadGateway without an error code", error.Message);
    }

    [Fact]
    public void The_request_body_is_plain_utf8_json()
    {
        var body = QueryApiJson.Request("RETURN $x", new Dictionary<string, object?> { ["x"] = "é" });

        using var document = JsonDocument.Parse(body);
        Assert.Equal("é", document.RootElement.GetProperty("parameters").GetProperty("x").GetProperty("_value").GetString());
    }
}
