namespace PaperGraph.Extraction.Model;

/// <summary>A GitHub repository linked from the text, as <c>owner/name</c>.</summary>
public sealed record RepoMention(string Name, Evidence Evidence);
