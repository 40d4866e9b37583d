using PaperGraph.App.Api.Paging;
using PaperGraph.App.Api.Sorting;

namespace PaperGraph.App.Tests.Api;

public class SortAndPageTests
{
    private sealed record Model(string Name, long? Params, Model? Base = null);

    private static readonly SortType<Model> Sort = new SortType<Model>("ModelSortInput")
        .Field("name", m => m.Name)
        .Field("params", m => m.Params)
        .Object("base", m => m.Base, () => Sort!); // self-reference: the lambda runs after initialisation

    private static readonly Model[] Models = [new("b", 7), new("a", null), new("c", 70), new("d", 7, new Model("z", 1))];


    [Fact]
    public void Order_applies_each_field_in_turn()
    {
        var sorted = Sort.Apply(Models, InputValues.Parse("""[{"params": "DESC"}, {"name": "DESC"}]"""));

        Assert.Equal(["c", "d", "b", "a"], sorted.Select(m => m.Name));
    }

    [Fact]
    public void Nulls_sort_first_ascending_and_nested_objects_sort_by_their_fields()
    {
        Assert.Equal(["a", "b", "d", "c"], Sort.Apply(Models, InputValues.Parse("""[{"params": "ASC"}, {"name": "ASC"}]""")).Select(m => m.Name));
        Assert.Equal("d", Sort.Apply(Models, InputValues.Parse("""[{"base": {"name": "DESC"}}]"""))[0].Name);
    }

    [Fact]
    public void An_unknown_sort_field_names_its_path() =>
        Assert.Equal("order[0].size: ModelSortInput has no field 'size'", Assert.Throws<SortException>(() => Sort.Apply(Models, InputValues.Parse("""[{"size": "ASC"}]"""))).Message);

    private static readonly Pager Pager = new(defaultPageSize: 2, maxPageSize: 3);
    private static readonly int[] Items = [0, 1, 2, 3, 4];

    [Fact]
    public void First_and_after_walk_forward_page_by_page()
    {
        var first = Pager.Page(Items, 2, null, null, null);
        var second = Pager.Page(Items, 2, first.PageInfo.EndCursor, null, null);

        Assert.Equal([0, 1], first.Nodes);
        Assert.Equal((true, false, 5), (first.PageInfo.HasNextPage, first.PageInfo.HasPreviousPage, first.TotalCount));
        Assert.Equal([2, 3], second.Nodes);
        Assert.True(second.PageInfo.HasPreviousPage);
        Assert.Equal("MA==", first.Edges[0].Cursor);
    }

    [Fact]
    public void Last_and_before_walk_backward()
    {
        var page = Pager.Page(Items, null, null, 2, Pager.Encode(4));

        Assert.Equal([2, 3], page.Nodes);
        Assert.True(page.PageInfo.HasPreviousPage);
    }

    [Fact]
    public void The_default_page_size_applies_without_first_or_last() =>
        Assert.Equal([0, 1], Pager.Page(Items, null, null, null, null).Nodes);

    [Theory]
    [InlineData(4, null, "the requested page size (4) is larger than the maximum of 3")]
    [InlineData(-1, null, "'first' must not be negative")]
    [InlineData(1, "bm90IGEgY3Vyc29y", "'after' is not a cursor of this list: bm90IGEgY3Vyc29y")]
    public void Bad_paging_arguments_are_errors_saying_why(int first, string? after, string message) =>
        Assert.Equal(message, Assert.Throws<PagingException>(() => Pager.Page(Items, first, after, null, null)).Message);
}
