namespace PaperGraph.Extraction.Model;

/// <summary>A token length stated in the text ("128K" is 128,000 tokens), with the model or benchmark it belongs to when the text says so.</summary>
public sealed record ContextLengthMention(string Text, long Tokens, string? Subject, Evidence Evidence);
