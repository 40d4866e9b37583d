namespace PaperGraph.Extraction.Text;

/// <summary>Looks a token up in a word set without first copying it into a string.</summary>
public static class WordSetExtensions
{
    /// <summary>True when <paramref name="set"/> holds <paramref name="word"/>, compared with the set's own comparer.</summary>
    public static bool Contains(this HashSet<string> set, ReadOnlySpan<char> word)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
