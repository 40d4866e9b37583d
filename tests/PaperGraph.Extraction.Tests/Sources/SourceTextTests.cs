using PaperGraph.Extraction.Sources;

namespace PaperGraph.Extraction.Tests.Sources;

public class SourceTextTests
{
    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 32, 10, 10 }, "the file is empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01 }, "the file is binary")]
    [InlineData(new byte[] { 0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0xE9, 0x74, 0xE9 }, "the file is not UTF-8 text (invalid byte at line 2")]
    public void Unusable_files_are_refused_with_a_reason_naming_the_file(byte[] bytes, string expected)
    {
        var result = PaperSource.ReadBytes("input.txt", bytes);

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("input.txt", problem.Location.File);
        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var result = PaperSource.ReadFile("/no/such/file.jsonl");

        Assert.Contains("cannot read the file", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
