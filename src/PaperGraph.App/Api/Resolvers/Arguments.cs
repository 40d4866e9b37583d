using PaperGraph.App.Api.Filtering;
using PaperGraph.App.Api.Paging;
using PaperGraph.App.Api.Sorting;
using PaperGraph.GraphQL;

namespace PaperGraph.App.Api.Resolvers;

/// <summary>Reading arguments the way every list field of the schema takes them.</summary>
internal static class Arguments
{
    /// <summary>The request's shared context.</summary>
    public static ApiRequestContext Api(this ResolveContext context) =>
        context.UserContext as ApiRequestContext ?? throw new InvalidOperationException("the request has no PaperGraph context");

    /// <summary>A list field as a connection: <c>where</c>, then <c>order</c>, then the page.</summary>
    public static Connection<T> Connection<T>(this ResolveContext context, IEnumerable<T> items, FilterType<T> filter, SortType<T> sort)
    {
        try
        {
            var where = context.Arguments.GetValueOrDefault("where");
            IReadOnlyList<T> list = where is null ? items as IReadOnlyList<T> ?? [.. items] : [.. items.Where(filter.Compile(where))];
            var sorted = sort.Apply(list, context.Arguments.GetValueOrDefault("order"));
            return context.Page(sorted);
        }
        catch (FilterException e)
        {
            throw BadInput(e.Message);
        }
        catch (SortException e)
        {
            throw BadInput(e.Message);
        }
    }

    /// <summary>A list as a connection page by <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c>.</summary>
    public static Connection<T> Page<T>(this ResolveContext context, IReadOnlyList<T> items)
    {
        try
        {
            return context.Api().Pager.Page(items, context.GetArgument<int?>("first"), context.GetArgument<string>("after"), context.GetArgument<int?>("last"), context.GetArgument<string>("before"));
        }
        catch (PagingException e)
        {
            throw BadInput(e.Message);
        }
    }

    /// <summary>A list argument of strings, or null when not given.</summary>
    public static IReadOnlyList<string>? Strings(this ResolveContext context, string name) =>
        context.Arguments.GetValueOrDefault(name) is IEnumerable<object?> list ? [.. list.OfType<string>()] : null;

    /// <summary>An error in what the client asked for, with code <c>BAD_USER_INPUT</c>.</summary>
    public static GraphQLException BadInput(string message, string? field = null) => new(message, field is null
        ? new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" }
        : new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT", ["field"] = field });
}
