using PaperGraph.Graph.ReadModel;
using PaperGraph.Graph.Search;

namespace PaperGraph.Graph.Tests.Search;

public class SearchIndexTests
{
    private static readonly GraphReadModel Graph = SampleFacts.Graph(SampleFacts.LongIns(), SampleFacts.ShortContext());

    private static string Describe(SearchHit hit) => hit.Node switch
    {
        EntityNode e => $"{e.Kind}:{e.Name}",
        PaperNode p => "Paper:" + p.Title,
        _ => hit.Node.ToString()!,
    };

    [Fact]
    public void A_whole_name_in_any_spelling_ranks_the_entity_first()
    {
        var hits = Graph.Search("gpt4");

        Assert.Equal("Model:GPT-4", Describe(hits[0]));
        Assert.Equal(SearchField.Name, hits[0].MatchedIn);
    }

    [Fact]
    public void Every_word_must_match_and_a_title_outranks_an_abstract()
    {
        var hits = Graph.Search("LongIns exam");

        var hit = Assert.Single(hits);
        Assert.Equal("Paper:" + SampleFacts.LongInsTitle, Describe(hit));
        Assert.Equal(SearchField.Title, hit.MatchedIn);
    }

    [Fact]
    public void A_word_matches_the_start_of_longer_words()
    {
        var hits = Graph.Search("challeng");

        Assert.Contains(hits, h => Describe(h) == "Paper:" + SampleFacts.LongInsTitle);
    }

    [Fact]
    public void Filtering_keeps_only_accepted_nodes_and_no_words_finds_nothing()
    {
        Assert.All(Graph.Search("GPT", n => n is PaperNode), h => Assert.IsType<PaperNode>(h.Node));
        Assert.Empty(Graph.Search("  --  "));
        Assert.Empty(Graph.Search("zebra"));
    }

    [Fact]
    public void Scores_are_ordered_best_first()
    {
        var scores = Graph.Search("GPT").Select(h => h.Score).ToList();

        Assert.True(scores.Count >= 2);
        Assert.Equal(scores.OrderDescending(), scores);
    }
}
