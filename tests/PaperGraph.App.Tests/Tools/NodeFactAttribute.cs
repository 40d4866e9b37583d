namespace PaperGraph.App.Tests.Tools;

/// <summary>A fact that needs node on PATH; skipped, saying so, where node is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when node cannot be found.</summary>
    public NodeFactAttribute()
    {
        if (ExternalTool.OnPath("node") is null)
            Skip = "node is not on PATH: the graphql-http audit needs node (and ./run-tests to npm ci its packages)";
    }
}
