using PaperGraph.App.Api.Mutations;

namespace PaperGraph.App.Tests.Api;

public class MutationValidatorsTests
{
    private static readonly AbstractInput Good = new("A title", "An abstract.", null, null, null, []);

    private static string[] Failures<T>(FluentValidation.IValidator<T> validator, T input, string? prefix = null) =>
        [.. validator.Validate(input).Errors.Select(e => MutationValidators.InputPath(prefix, e.PropertyName) + ": " + e.ErrorMessage)];

    [Fact]
    public void A_good_ingest_passes() =>
        Assert.Empty(Failures(MutationValidators.Ingest, new IngestInput([Good, Good with { Url = "https://arxiv.org/abs/2406.17588", Authors = ["A. Author"] }])));

    [Fact]
    public void Each_bad_field_is_reported_with_its_input_path()
    {
        var failures = Failures(MutationValidators.Ingest, new IngestInput([Good, Good with { Title = " ", Url = "ftp://x", Authors = ["ok", ""] }]));

        Assert.Equal(
        [
            "abstracts[1].title: the title is empty",
            "abstracts[1].url: 'ftp://x' is not an http or https address",
            "abstracts[1].authors[1]: an author name is empty",
        ], failures);
    }

    [Fact]
    public void An_empty_or_oversized_ingest_is_refused()
    {
        Assert.Equal(["abstracts: give at least one abstract"], Failures(MutationValidators.Ingest, new IngestInput([])));
        Assert.Contains("abstracts: at most 1000 abstracts per call", Failures(MutationValidators.Ingest, new IngestInput([.. Enumerable.Repeat(Good, 1001)])));
        Assert.Equal(["abstracts[0].abstract: the abstract is longer than 20000 characters"],
            Failures(MutationValidators.Ingest, new IngestInput([Good with { Abstract = new string('a', 20_001) }])));
    }

    [Fact]
    public void A_correction_needs_a_field_and_sane_numbers()
    {
        var empty = new CorrectFactInput("evaluation:x", null, null, null, null, null, null);
        Assert.Equal(["input: give at least one field to correct"], Failures(MutationValidators.CorrectFact, empty, "input"));

        var bad = empty with { ContextLengths = [128_000, 0], Value = double.NaN, Parameters = -7 };
        Assert.Equal(
        [
            "input.contextLengths[1]: '0' is not a token count between 1 and 100000000000000",
            "input.value: the value must be a finite number",
            "input.parameters: '-7' is not a parameter count between 1 and 100000000000000",
        ], Failures(MutationValidators.CorrectFact, bad, "input"));
    }

    [Fact]
    public void A_merge_needs_distinct_ids_other_than_the_kept_one()
    {
        Assert.Empty(Failures(MutationValidators.MergeEntities, new MergeEntitiesInput("model:gpt4", ["model:gpt4turbo"])));
        Assert.Equal(
        [
            "remove: an id is listed twice",
            "remove[0]: 'model:gpt4' is the entity being kept",
            "remove[1]: 'model:gpt4' is the entity being kept",
        ], Failures(MutationValidators.MergeEntities, new MergeEntitiesInput("model:gpt4", ["model:gpt4", "model:gpt4"])));
    }
}
