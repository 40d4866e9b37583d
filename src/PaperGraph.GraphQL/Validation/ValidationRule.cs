using PaperGraph.GraphQL.Language;

namespace PaperGraph.GraphQL.Validation;

/// <summary>Base of the rules: a visitor holding the validation context.</summary>
public abstract class ValidationRule(ValidationContext context) : ASTVisitor
{
    /// <summary>The context the rule reports to.</summary>
    protected ValidationContext Context { get; } = context;
}
