namespace PaperGraph.Graph.Search;

/// <summary>Where a search matched best.</summary>
public enum SearchField
{
    /// <summary>An entity's canonical name.</summary>
    Name,

    /// <summary>Another name of an entity.</summary>
    Alias,

    /// <summary>A paper's title.</summary>
    Title,

    /// <summary>A paper's abstract.</summary>
    Abstract,
}

/// <summary>One hit: the node (a <c>PaperNode</c> or <c>EntityNode</c>), its score, and the text that matched best.</summary>
public sealed record SearchHit(object Node, double Score, SearchField MatchedIn, string Snippet);
