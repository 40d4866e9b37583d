using PaperGraph.Extraction.Lexicons;

namespace PaperGraph.Extraction.Tests.Lexicons;

public sealed class KeyPrefixFilterTests
{
    private static readonly string[] Keys = ["gpt4", "gpt4o", "llama2", "longbench", "needleinahaystack", "mistral7binstructv02"];

    [Fact]
    public void Every_prefix_of_every_key_may_be_contained()
    {
        var prefixes = Keys.SelectMany(k => Enumerable.Range(1, k.Length).Select(n => k[..n])).ToHashSet();
        var filter = new KeyPrefixFilter(prefixes);

        Assert.All(prefixes, p => Assert.True(filter.MayContain(p), p));
    }

    [Fact]
    public void Most_ordinary_words_are_ruled_out()
    {
        var prefixes = Keys.SelectMany(k => Enumerable.Range(1, k.Length).Select(n => k[..n])).ToHashSet();
        var filter = new KeyPrefixFilter(prefixes);
        string[] words = ["we", "propose", "model", "that", "which", "results", "show", "context", "window", "tokens", "over", "tasks"];

        Assert.True(words.Count(w => !filter.MayContain(w)) >= words.Length - 2);
    }

    [Fact]
    public void The_built_in_lexicon_still_finds_names_after_the_filter()
    {
        var lexicon = Lexicon.LoadBuiltIn();

        Assert.True(lexicon.TryFindPrefix("gpt", out _));
        Assert.True(lexicon.TryFindPrefix("gpt4", out var entry));
        Assert.Equal("GPT-4", entry?.Name);
        Assert.False(lexicon.TryFindPrefix("xqzzyv", out _));
    }
}
