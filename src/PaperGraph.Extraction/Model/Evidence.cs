namespace PaperGraph.Extraction.Model;

/// <summary>
/// Where a fact came from: the sentence that states it, the character span of the
/// mention in the title or abstract (<see cref="Start"/> inclusive, <see cref="End"/> exclusive),
/// and the name of the rule that produced it.
/// </summary>
public sealed record Evidence(TextField Field, int Start, int End, string Sentence, string Rule);
