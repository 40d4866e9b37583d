using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static string KitchenSink => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "kitchen-sink.graphql"));

    [Fact]
    public void Kitchen_sink_prints_and_reparses_to_the_same_text()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        Assert.Contains("query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_query_prints_in_short_form()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
    }

    [Theory]
    [InlineData("{ a(x: 01) }", 1, 9)]
    [InlineData("{\n  a(x: \"abc) }", 2, 15)]
    [InlineData("query", 1, 6)]
    [InlineData("{ ...on }", 1, 9)]
    [InlineData("{ a(x: 1.) }", 1, 10)]
    public void Syntax_errors_carry_line_and_column(string text, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text));
        Assert.Equal(new SourceLocation(line, column), error.Location);
        Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_depth_stops_hostile_nesting()
    {
        var text = string.Concat(Enumerable.Repeat("{ a ", 40)) + new string('}', 40);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, new ParserOptions { MaxDepth = 20 }));
        Assert.Contains("maximum depth of 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_tokens_stops_huge_documents()
    {
        var text = "{ " + string.Join(" ", Enumerable.Range(0, 200).Select(i => "f" + i)) + " }";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(text, new ParserOptions { MaxTokens = 100 }));
        Assert.Contains("more than 100 tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_strings_are_dedented()
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"\n    hello\n      world\n  \"\"\""));
        Assert.Equal("hello\n  world", value.Value);
        Assert.True(value.Block);
    }

    [Fact]
    public void String_escapes_are_decoded()
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"a\\n\\u0041\\u{1F600}\\\"\""));
        Assert.Equal("a\nA\U0001F600\"", value.Value);
    }

    [Fact]
    public void Type_system_documents_round_trip()
    {
        const string sdl = "\"\"\"Desc\"\"\"\ntype A implements B & C @d {\n  \"field\"\n  f(a: Int = 1, b: [String!]!): [A]\n}\n\nextend union U = X | Y\n\ndirective @d(x: Int) repeatable on OBJECT | FIELD";
        Assert.Equal(sdl, Printer.Print(Parser.Parse(sdl)));
    }
}
