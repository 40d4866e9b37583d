using PaperGraph.Extraction.Model;
using PaperGraph.Graph.Model;

namespace PaperGraph.Graph.Tests.Building;

public class NodeIdsTests
{
    [Theory]
    [InlineData("GPT-4", "GPT4")]
    [InlineData("LLaMA-2-7B", "LLaMA2-7B")]
    [InlineData("Mistral-7B-Instruct-v0.2", "mistral 7b instruct v0.2")]
    public void Spellings_of_one_name_share_an_id(string a, string b) =>
        Assert.Equal(NodeIds.Entity(EntityKind.Model, a), NodeIds.Entity(EntityKind.Model, b));

    [Fact]
    public void The_kind_is_part_of_an_entity_id() =>
        Assert.NotEqual(NodeIds.Entity(EntityKind.Benchmark, "GQA"), NodeIds.Entity(EntityKind.Method, "GQA"));

    [Fact]
    public void A_paper_is_identified_by_arxiv_id_when_known_else_by_its_title()
    {
        Assert.Equal("paper:arxiv:2406.17588", NodeIds.Paper("2406.17588", "Anything"));
        Assert.Equal("paper:longins-a-challenging-exam-for-llms", NodeIds.Paper(null, "LongIns: A Challenging  Exam for LLMs"));
    }
}
