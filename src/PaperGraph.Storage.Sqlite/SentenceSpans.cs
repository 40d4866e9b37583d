using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Storage.Sqlite;

/// <summary>
/// Evidence sentences as spans of their paper's title or abstract: the store keeps the span
/// instead of a copy of the sentence for every fact, and reads the sentence back out of the text.
/// </summary>
internal sealed class SentenceSpans(StoredPaper paper)
{
    // A paper's facts mostly share a few sentences, often the very same string instance.
    private string? lastSentence;
    private TextField lastField;
    private (int Start, int End)? lastSpan;

    /// <summary>Where <paramref name="evidence"/>'s sentence lies in its field, or null when it is no span of it.</summary>
    public (int Start, int End)? Find(Evidence evidence)
    {
        if (ReferenceEquals(evidence.Sentence, lastSentence) && evidence.Field == lastField)
            return lastSpan;
        var text = FieldText(paper, evidence.Field);
        var at = evidence.Sentence.Length == 0 ? -1 : text.IndexOf(evidence.Sentence, StringComparison.Ordinal);
        (lastSentence, lastField, lastSpan) = (evidence.Sentence, evidence.Field, at < 0 ? null : (at, at + evidence.Sentence.Length));
        return lastSpan;
    }

    /// <summary>The sentence a stored span names; null when the span does not fit the text (the text changed since).</summary>
    public static string? Sentence(string title, string @abstract, TextField field, int start, int end)
    {
        var text = field == TextField.Title ? title : @abstract;
        return start >= 0 && end > start && end <= text.Length ? text[start..end] : null;
    }

    private static string FieldText(StoredPaper paper, TextField field) => field == TextField.Title ? paper.Title : paper.Abstract;
}
