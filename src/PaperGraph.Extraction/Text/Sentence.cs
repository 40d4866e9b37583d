using PaperGraph.Extraction.Model;

namespace PaperGraph.Extraction.Text;

/// <summary>One sentence of a paper's title or abstract with its tokens, all as offsets into the field's text.</summary>
public sealed class Sentence(int index, TextField field, string fieldText, TextSpan span, IReadOnlyList<TextSpan> tokens)
{
    // The hot accessors below index this array directly rather than calling through the list interface.
    private readonly TextSpan[] _tokens = [.. tokens];
    private string? _text;

    /// <summary>Position of the sentence in the paper (the title is 0).</summary>
    public int Index { get; } = index;

    /// <summary>Whether the sentence is the title or part of the abstract.</summary>
    public TextField Field { get; } = field;

    /// <summary>The whole text of the field the offsets point into.</summary>
    public string FieldText { get; } = fieldText;

    /// <summary>Where the sentence lies in <see cref="FieldText"/>.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>The word tokens of the sentence.</summary>
    public IReadOnlyList<TextSpan> Tokens => _tokens;

    /// <summary>True for the paper's title.</summary>
    public bool IsTitle => Field == TextField.Title;

    /// <summary>The sentence's text.</summary>
    public string Text => _text ??= FieldText.Substring(Span.Start, Span.Length);

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Token(int i) => FieldText.AsSpan(_tokens[i].Start, _tokens[i].Length);

    /// <summary>The characters of any span of the field.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => FieldText.AsSpan(span.Start, span.Length);

    /// <summary>The characters between the end of token <paramref name="i"/> and the start of the next one.</summary>
    public ReadOnlySpan<char> GapAfter(int i) =>
        i + 1 < _tokens.Length ? FieldText.AsSpan(_tokens[i].End, _tokens[i + 1].Start - _tokens[i].End) : FieldText.AsSpan(_tokens[i].End, Span.End - _tokens[i].End);

    /// <summary>The characters between the start of the sentence or the previous token and token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int i) =>
        i > 0 ? FieldText.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End) : FieldText.AsSpan(Span.Start, _tokens[i].Start - Span.Start);

    /// <summary>True when token <paramref name="i"/> equals <paramref name="word"/>, ignoring case.</summary>
    public bool TokenIs(int i, string word) =>
        i >= 0 && i < _tokens.Length && Token(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the evidence for a span of this sentence.</summary>
    public Evidence EvidenceFor(TextSpan span, string rule) => new(Field, span.Start, span.End, Text, rule);
}
