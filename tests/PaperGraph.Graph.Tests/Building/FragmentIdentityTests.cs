using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.Tests.Building;

/// <summary>
/// Fact ids are stored, and curators' verified facts are kept by id, so the ids must not change
/// between versions; the content hash must change with any stored value and only with those.
/// </summary>
public sealed class FragmentIdentityTests
{
    [Fact]
    public void Fact_ids_are_the_sha256_of_their_identifying_values_as_earlier_versions_stored_them()
    {
        var fragment = SampleFacts.LongIns();

        // sha256("paper:arxiv:2406.17588|MENTIONS|paper:arxiv:2406.17588|model:gpt4|Abstract|0"), first 8 bytes.
        Assert.Contains(fragment.Relationships, r => r.Id == "rel:e2c225d1cd33fd79" && r.Type == RelationshipType.MENTIONS && r.ToId == "model:gpt4");
        // sha256("paper:arxiv:2406.17588|0|61.7|Abstract|0"), first 8 bytes.
        Assert.Equal("result:6ccef4f1c59eb8b6", Assert.Single(fragment.Results).Id);
    }

    [Fact]
    public void The_same_content_hashes_the_same_wherever_it_was_read_from()
    {
        var fragment = SampleFacts.LongIns();
        var elsewhere = fragment with { Paper = fragment.Paper with { Source = "other.jsonl:7" } };

        Assert.Equal(SampleFacts.LongIns().ContentHash, fragment.ContentHash);
        Assert.Equal(fragment.ContentHash, Rehash(elsewhere).ContentHash);
        Assert.Matches("^[0-9a-f]{32}$", fragment.ContentHash);
    }

    [Fact]
    public void Changing_any_stored_value_changes_the_content_hash()
    {
        var fragment = SampleFacts.LongIns();
        var relationship = fragment.Relationships[0];
        var result = fragment.Results[0];
        var variants = new[]
        {
            fragment with { Paper = fragment.Paper with { Authors = ["S. Gavin", "A. N. Other"] } },
            fragment with { Paper = fragment.Paper with { Url = "https://arxiv.org/abs/2406.17588" } },
            fragment with { Entities = [.. fragment.Entities.Select(e => e with { Name = e.Name + " " })] },
            fragment with { Relationships = [relationship with { Verified = true }, .. fragment.Relationships.Skip(1)] },
            fragment with { Relationships = [relationship with { Evidence = relationship.Evidence with { Rule = "other" } }, .. fragment.Relationships.Skip(1)] },
            fragment with { Relationships = [relationship with { Properties = relationship.Properties with { ContextLengths = [1] } }, .. fragment.Relationships.Skip(1)] },
            fragment with { Results = [result with { Value = 61.8 }] },
            fragment with { Results = [result with { Unit = null }] },
            fragment with { ContextLengths = [.. fragment.ContextLengths.Take(1)] },
            fragment with { Repos = [] },
        };

        Assert.All(variants, variant => Assert.NotEqual(fragment.ContentHash, Rehash(variant).ContentHash));
        Assert.Equal(variants.Length, variants.Select(v => Rehash(v).ContentHash).Distinct().Count());
    }

    [Fact]
    public void Values_that_only_move_between_neighbouring_fields_still_hash_differently()
    {
        var fragment = SampleFacts.LongIns();
        var paper = fragment.Paper;
        var a = fragment with { Paper = paper with { Url = "ab", Date = "c" } };
        var b = fragment with { Paper = paper with { Url = "a", Date = "bc" } };
        var c = fragment with { Paper = paper with { Url = null, Date = "" } };
        var d = fragment with { Paper = paper with { Url = "", Date = null } };

        Assert.NotEqual(Rehash(a).ContentHash, Rehash(b).ContentHash);
        Assert.NotEqual(Rehash(c).ContentHash, Rehash(d).ContentHash);
    }

    /// <summary>A <c>with</c> copy keeps the hash of its original, so tests build the copy anew.</summary>
    private static PaperFragment Rehash(PaperFragment fragment) =>
        new(fragment.Paper, fragment.Entities, fragment.Repos, fragment.Results, fragment.ContextLengths, fragment.Relationships);
}
