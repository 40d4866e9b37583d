namespace PaperGraph.GraphQL.Language;

/// <summary>What a visitor wants after entering a node.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children.</summary>
    Continue,
    /// <summary>Do not visit the node's children (Leave is still called).</summary>
    SkipChildren,
}

/// <summary>Receives enter and leave calls while <see cref="Visitor"/> walks a document depth-first.</summary>
public abstract class ASTVisitor
{
    /// <summary>Called before a node's children; <paramref name="parent"/> is the nearest enclosing node.</summary>
    public virtual VisitAction Enter(ASTNode node, ASTNode? parent) => VisitAction.Continue;

    /// <summary>Called after a node's children.</summary>
    public virtual void Leave(ASTNode node, ASTNode? parent)
    {
    }
}
