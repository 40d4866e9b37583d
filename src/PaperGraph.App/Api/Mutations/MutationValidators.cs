using FluentValidation;

namespace PaperGraph.App.Api.Mutations;

/// <summary>
/// The rules mutation inputs must meet before anything is written. A failure's property path
/// (<c>Abstracts[2].Title</c>) becomes the GraphQL input path with <see cref="InputPath"/>.
/// </summary>
internal static class MutationValidators
{
    /// <summary>The most abstracts one <c>ingest</c> call takes.</summary>
    public const int MaxAbstracts = 1_000;

    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 1_000;

    /// <summary>The longest abstract accepted.</summary>
    public const int MaxAbstractLength = 20_000;

    /// <summary>The largest token count or parameter count a correction may state.</summary>
    public const long MaxCount = 100_000_000_000_000;

    /// <summary>The GraphQL input path of a failure: <c>Abstracts[2].Title</c> becomes <c>abstracts[2].title</c>, under <paramref name="prefix"/> when given.</summary>
    public static string InputPath(string? prefix, string propertyName)
    {
        var path = string.Join('.', propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => char.ToLowerInvariant(segment[0]) + segment[1..]));
        return (prefix, path) switch
        {
            (null or "", _) => path,
            (_, "") => prefix,
            _ => prefix + "." + path,
        };
    }

    public static IValidator<IngestInput> Ingest { get; } = new IngestValidator();

    public static IValidator<CorrectFactInput> CorrectFact { get; } = new CorrectFactValidator();

    public static IValidator<MergeEntitiesInput> MergeEntities { get; } = new MergeEntitiesValidator();

    private sealed class IngestValidator : AbstractValidator<IngestInput>
    {
        public IngestValidator()
        {
            RuleFor(i => i.Abstracts).NotEmpty().WithMessage("give at least one abstract")
                .Must(a => a.Count <= MaxAbstracts).WithMessage($"at most {MaxAbstracts} abstracts per call");
            RuleForEach(i => i.Abstracts).SetValidator(new AbstractValidator());
        }
    }

    private sealed class AbstractValidator : AbstractValidator<AbstractInput>
    {
        public AbstractValidator()
        {
            RuleFor(a => a.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("the title is empty")
                .MaximumLength(MaxTitleLength).WithMessage($"the title is longer than {MaxTitleLength} characters");
            RuleFor(a => a.Abstract).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("the abstract is empty")
                .MaximumLength(MaxAbstractLength).WithMessage($"the abstract is longer than {MaxAbstractLength} characters");
            RuleFor(a => a.Url)
                .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                .When(a => a.Url is not null).WithMessage("'{PropertyValue}' is not an http or https address");
            RuleFor(a => a.Id).Must(id => !string.IsNullOrWhiteSpace(id)).When(a => a.Id is not null).WithMessage("the id is empty");
            RuleForEach(a => a.Authors).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("an author name is empty");
        }
    }

    private sealed class CorrectFactValidator : AbstractValidator<CorrectFactInput>
    {
        public CorrectFactValidator()
        {
            RuleFor(c => c.Id).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("the fact id is empty");
            RuleFor(c => c)
                .Must(c => c.ContextLengths is not null || c.Value is not null || c.Unit is not null || c.Metric is not null || c.Parameters is not null || c.ContextWindow is not null)
                .WithMessage("give at least one field to correct");
            RuleFor(c => c.ContextLengths).NotEmpty().When(c => c.ContextLengths is not null)
                .WithMessage("give at least one context length");
            RuleForEach(c => c.ContextLengths).InclusiveBetween(1, MaxCount)
                .WithMessage("'{PropertyValue}' is not a token count between 1 and " + MaxCount);
            RuleFor(c => c.Value).Must(v => double.IsFinite(v!.Value)).When(c => c.Value is not null)
                .WithMessage("the value must be a finite number");
            RuleFor(c => c.Unit).MaximumLength(32).WithMessage("the unit is longer than 32 characters");
            RuleFor(c => c.Metric).Must(m => !string.IsNullOrWhiteSpace(m)).When(c => c.Metric is not null)
                .WithMessage("the metric is empty").MaximumLength(100).WithMessage("the metric is longer than 100 characters");
            RuleFor(c => c.Parameters).InclusiveBetween(1, MaxCount).When(c => c.Parameters is not null)
                .WithMessage("'{PropertyValue}' is not a parameter count between 1 and " + MaxCount);
            RuleFor(c => c.ContextWindow).InclusiveBetween(1, MaxCount).When(c => c.ContextWindow is not null)
                .WithMessage("'{PropertyValue}' is not a token count between 1 and " + MaxCount);
        }
    }

    private sealed class MergeEntitiesValidator : AbstractValidator<MergeEntitiesInput>
    {
        public MergeEntitiesValidator()
        {
            RuleFor(m => m.Keep).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("the id to keep is empty");
            RuleFor(m => m.Remove).NotEmpty().WithMessage("name at least one entity to remove")
                .Must(r => r.Distinct(StringComparer.Ordinal).Count() == r.Count).WithMessage("an id is listed twice");
            RuleForEach(m => m.Remove).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("an id is empty")
                .Must((m, id) => id != m.Keep).WithMessage("'{PropertyValue}' is the entity being kept");
        }
    }
}
