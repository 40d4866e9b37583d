namespace PaperGraph.Extraction.Recognizers;

/// <summary>A recogniser for one entity kind: it weighs whether a mention is of its kind.</summary>
public interface IKindRecognizer
{
    /// <summary>Adds this recogniser's votes about <paramref name="mention"/> to <paramref name="votes"/>.</summary>
    void Vote(NameMention mention, NameContext context, KindVotes votes);
}
