namespace PaperGraph.Graph.Model;

/// <summary>What writing one paper did to the store.</summary>
public enum UpsertOutcome
{
    /// <summary>The paper was not in the store and was added.</summary>
    New,

    /// <summary>The paper was in the store with other content; its facts were replaced.</summary>
    Updated,

    /// <summary>The paper was in the store with the same content; nothing was written.</summary>
    Unchanged,
}
