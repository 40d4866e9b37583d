using PaperGraph.App.Api.Schema;
using PaperGraph.Extraction.Tests;
using PaperGraph.GraphQL;

namespace PaperGraph.App.Tests.Api.GraphQL;

public class SchemaFileTests
{
    [Fact]
    public void The_schema_the_server_runs_prints_exactly_as_schema_graphql()
    {
        var file = File.ReadAllText(RepoPaths.InRepo("schema.graphql")).ReplaceLineEndings("\n");
        var printed = SchemaPrinter.Print(ApiSchema.Build());

        if (printed.TrimEnd() != file.TrimEnd())
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "schema.printed.graphql"), printed);
        Assert.Equal(file.TrimEnd(), printed.TrimEnd());
    }
}
