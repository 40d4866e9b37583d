using PaperGraph.App.Api.Filtering;

namespace PaperGraph.App.Tests.Api;

public class FilterTypeTests
{
    private sealed record Run(string Model, double? Length);

    private sealed record Bench(string Name, List<Run> Runs, Bench? Parent = null);

    private static readonly FilterType<Run> RunFilter = new FilterType<Run>("RunFilterInput")
        .String("model", r => r.Model)
        .Comparable("length", r => r.Length)
        .Custom("named", input => r => string.Equals(r.Model.Replace("-", "", StringComparison.Ordinal), ((string)input!).Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));

    private static readonly FilterType<Bench> BenchFilter = new FilterType<Bench>("BenchFilterInput")
        .String("name", b => b.Name)
        .List("runs", b => b.Runs, () => RunFilter)
        .Object("parent", b => b.Parent, () => BenchFilter!); // self-reference: the lambda runs after initialisation

    private static readonly Bench[] Benches =
    [
        new("LongIns", [new("GPT-4", 128_000), new("GPT-4", 16_000)]),
        new("AG News", [new("GPT-4", null)]),
        new("WNLI", [new("LLaMA-2", 4_000)], new Bench("GLUE", [])),
        new("Empty", []),
    ];

    private static string[] Names(string where) => [.. Benches.Where(BenchFilter.Compile(InputValues.Parse(where))).Select(b => b.Name)];

    [Fact]
    public void Some_over_a_relationship_with_its_properties_answers_the_long_context_question() =>
        Assert.Equal(["LongIns"], Names("""{"runs": {"some": {"named": "gpt4", "length": {"gte": 128000}}}}"""));

    [Fact]
    public void All_none_and_any_follow_their_meaning_on_empty_lists_too()
    {
        Assert.Equal(["LongIns", "AG News", "Empty"], Names("""{"runs": {"all": {"model": {"eq": "GPT-4"}}}}"""));
        Assert.Equal(["WNLI", "Empty"], Names("""{"runs": {"none": {"model": {"eq": "GPT-4"}}}}"""));
        Assert.Equal(["Empty"], Names("""{"runs": {"any": false}}"""));
    }

    [Theory]
    [InlineData("eq", "WNLI", new[] { "WNLI" })]
    [InlineData("neq", "WNLI", new[] { "LongIns", "AG News", "Empty" })]
    [InlineData("contains", "N", new[] { "AG News", "WNLI" })]
    [InlineData("ncontains", "N", new[] { "LongIns", "Empty" })]
    [InlineData("startsWith", "Lo", new[] { "LongIns" })]
    [InlineData("endsWith", "s", new[] { "LongIns", "AG News" })]
    [InlineData("nendsWith", "s", new[] { "WNLI", "Empty" })]
    public void String_operations_compare_ordinally(string operation, string operand, string[] expected) =>
        Assert.Equal(expected, Names($$$"""{"name": {"{{{operation}}}": "{{{operand}}}"}}"""));

    [Fact]
    public void In_nin_and_or_combine_as_in_hot_chocolate()
    {
        Assert.Equal(["AG News", "WNLI"], Names("""{"name": {"in": ["WNLI", "AG News"]}}"""));
        Assert.Equal(["LongIns", "Empty"], Names("""{"name": {"nin": ["WNLI", "AG News"]}}"""));
        Assert.Equal(["LongIns", "WNLI"], Names("""{"or": [{"name": {"eq": "WNLI"}}, {"name": {"eq": "LongIns"}}]}"""));
        Assert.Empty(Names("""{"and": [{"name": {"eq": "WNLI"}}, {"name": {"eq": "LongIns"}}]}"""));
    }

    [Fact]
    public void A_null_value_fails_ordering_tests_and_matches_eq_null()
    {
        Assert.Equal(["AG News"], Names("""{"runs": {"some": {"length": {"eq": null}}}}"""));
        Assert.Equal(["LongIns", "WNLI"], Names("""{"runs": {"some": {"length": {"gt": 0}}}}"""));
        Assert.Equal(["LongIns", "AG News"], Names("""{"runs": {"some": {"length": {"nlt": 16000}}}}"""));
    }

    [Fact]
    public void A_related_object_filter_skips_items_without_it() =>
        Assert.Equal(["WNLI"], Names("""{"parent": {"name": {"eq": "GLUE"}}}"""));

    [Fact]
    public void An_unknown_field_is_an_error_naming_its_path()
    {
        var error = Assert.Throws<FilterException>(() => Names("""{"runs": {"some": {"score": {"gt": 1}}}}"""));

        Assert.Equal("where.runs.some.score: RunFilterInput has no field 'score'", error.Message);
    }

    [Fact]
    public void And_and_or_nest_inside_an_operation_input()
    {
        Assert.Equal(["AG News", "WNLI"], Names("""{"name": {"or": [{"eq": "WNLI"}, {"startsWith": "AG"}]}}"""));
        Assert.Equal(["LongIns"], Names("""{"name": {"and": [{"contains": "n"}, {"endsWith": "s"}]}}"""));
        Assert.Equal(["LongIns"], Names("""{"runs": {"some": {"length": {"or": [{"gt": 100000}, {"eq": -1}]}}}}"""));
    }

    [Fact]
    public void Lists_of_scalars_take_some_all_none_and_any()
    {
        var tagged = new FilterType<Bench>("TaggedFilterInput").StringList("tags", b => b.Name.Split(' '));

        string[] Tagged(string where) => [.. Benches.Where(tagged.Compile(InputValues.Parse(where))).Select(b => b.Name)];

        Assert.Equal(["AG News"], Tagged("""{"tags": {"some": {"eq": "News"}}}"""));
        Assert.Equal(["LongIns", "WNLI", "Empty"], Tagged("""{"tags": {"all": {"ncontains": " "}, "none": {"eq": "AG"}}}"""));
        Assert.Equal(["LongIns", "AG News", "WNLI", "Empty"], Tagged("""{"tags": {"any": true}}"""));
    }
}
