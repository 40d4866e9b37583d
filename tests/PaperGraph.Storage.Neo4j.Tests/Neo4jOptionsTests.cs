namespace PaperGraph.Storage.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void The_environment_gives_the_server_user_password_and_database()
    {
        var options = Neo4jOptions.FromEnvironment(Env(("NEO4J_URI", "https://graph.example:7473"), ("NEO4J_USER", "team"), ("NEO4J_PASSWORD", "pw"), ("NEO4J_DATABASE", "papers")));

        Assert.Equal((new Uri("https://graph.example:7473"), "team", "pw", "papers"), (options.Uri, options.User, options.Password, options.Database));
    }

    [Fact]
    public void Unset_user_and_database_default_to_neo4j()
    {
        var options = Neo4jOptions.FromEnvironment(Env(("NEO4J_URI", "http://localhost:7474")));

        Assert.Equal(("neo4j", "neo4j", ""), (options.User, options.Database, options.Password));
    }

    [Fact]
    public void Command_line_values_win_over_the_environment_except_the_password()
    {
        var options = Neo4jOptions.FromEnvironment(Env(("NEO4J_URI", "http://a:7474"), ("NEO4J_USER", "a"), ("NEO4J_PASSWORD", "pw")), "http://b:7474", "b", "other");

        Assert.Equal(("http://b:7474/", "b", "other", "pw"), (options.Uri.ToString(), options.User, options.Database, options.Password));
    }

    [Theory]
    [InlineData(null, "no Neo4j server given: set NEO4J_URI")]
    [InlineData("localhost:7474", "uses localhost://")]
    [InlineData("bolt://localhost:7687", "uses bolt://, but PaperGraph speaks Neo4j's HTTP Query API")]
    [InlineData("not a uri", "is not an absolute address")]
    public void A_bad_server_address_says_what_to_write(string? uri, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.FromEnvironment(Env(("NEO4J_URI", uri))));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_name_with_a_slash_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jOptions.Create("http://localhost:7474", "neo4j", "", "a/b"));

        Assert.Contains("NEO4J_DATABASE 'a/b' is not a database name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_form_never_shows_the_password()
    {
        var options = Neo4jOptions.Create("http://localhost:7474", "neo4j", "s3cret", "neo4j");

        Assert.DoesNotContain("s3cret", options.ToString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost:7474 (database neo4j, user neo4j)", options.ToString());
    }

    private static Func<string, string?> Env(params (string Name, string? Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
