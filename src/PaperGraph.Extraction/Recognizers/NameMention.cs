using PaperGraph.Extraction.Lexicons;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Recognizers;

/// <summary>How sure the finder is that a span is a name before any context is weighed.</summary>
public enum NameStrength
{
    /// <summary>A capitalised word or run that is a name only if the text types it ("the Alfworld benchmark").</summary>
    Weak,

    /// <summary>A coined word, a lexicon name or an acronym's expansion: a name unless it is a generic term.</summary>
    Strong,
}

/// <summary>One occurrence of a possible name in a sentence, covering tokens <see cref="First"/> to <see cref="Last"/>.</summary>
public sealed class NameMention(Sentence sentence, int first, int last, NameStrength strength, string rule)
{
    /// <summary>The sentence holding the mention.</summary>
    public Sentence Sentence { get; } = sentence;

    /// <summary>Index of the first token.</summary>
    public int First { get; } = first;

    /// <summary>Index of the last token (inclusive).</summary>
    public int Last { get; } = last;

    /// <summary>Character span in the field's text.</summary>
    public TextSpan Span => new(Sentence.Tokens[First].Start, Sentence.Tokens[Last].End);

    /// <summary>The text as written.</summary>
    public string Surface => _surface ??= Sentence.FieldText.Substring(Span.Start, Span.Length);

    /// <summary>The comparison key of the surface.</summary>
    public string Key => _key ??= NameKey.Of(Surface);

    /// <summary>Whether the span is a name on its own or needs a typing cue.</summary>
    public NameStrength Strength { get; } = strength;

    /// <summary>The finder rule that proposed the span.</summary>
    public string Rule { get; } = rule;

    /// <summary>The lexicon entry the span matched, if any.</summary>
    public LexiconEntry? Entry { get; init; }

    /// <summary>True when the whole mention is a lexicon form, not a lexicon name extended by a size or part ("LLaMA-2 7B").</summary>
    public bool EntryIsExact { get; init; }

    /// <summary>For an expansion, the acronym mention it spells out ("NIAH" for "Needle-In-A-Haystack").</summary>
    public NameMention? Acronym { get; init; }

    private string? _surface;
    private string? _key;

    /// <summary>True when the mention shares a token with <paramref name="other"/> in the same sentence.</summary>
    public bool Overlaps(NameMention other) =>
        other.Sentence == Sentence && First <= other.Last && other.First <= Last;

    /// <inheritdoc />
    public override string ToString() => $"{Surface} [{Rule}]";
}
