using System.Text;
using System.Text.Json;
using PaperGraph.Storage.Neo4j.Http;

namespace PaperGraph.Storage.Neo4j.Tests.Http;

public sealed class TypedJsonTests
{
    [Fact]
    public void Every_parameter_type_the_store_sends_is_written_with_its_neo4j_type()
    {
        var json = Write(new Dictionary<string, object?>
        {
            ["null"] = null,
            ["flag"] = true,
            ["int"] = 42,
            ["long"] = long.MaxValue,
            ["float"] = 61.0,
            ["text"] = "GPT-4 \"quoted\"",
            ["strings"] = new[] { "a", "b" },
            ["longs"] = new List<long> { 16_000, 128_000 },
        });

        Assert.Equal(
            """{"$type":"Map","_value":{"null":{"$type":"Null","_value":null},"flag":{"$type":"Boolean","_value":true},"int":{"$type":"Integer","_value":"42"},"long":{"$type":"Integer","_value":"9223372036854775807"},"float":{"$type":"Float","_value":"61"},"text":{"$type":"String","_value":"GPT-4 \u0022quoted\u0022"},"strings":{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"String","_value":"b"}]},"longs":{"$type":"List","_value":[{"$type":"Integer","_value":"16000"},{"$type":"Integer","_value":"128000"}]}}}""",
            json);
    }

    [Fact]
    public void A_float_that_is_a_whole_number_stays_a_float_and_reads_back_as_a_double()
    {
        var json = Write(61.0);

        Assert.Contains("\"Float\"", json, StringComparison.Ordinal);
        Assert.Equal(61.0, Read(json));
    }

    [Theory]
    [InlineData("""{"$type":"Null","_value":null}""", null)]
    [InlineData("""{"$type":"Boolean","_value":false}""", false)]
    [InlineData("""{"$type":"Integer","_value":"-9223372036854775808"}""", long.MinValue)]
    [InlineData("""{"$type":"Float","_value":"0.617"}""", 0.617)]
    [InlineData("""{"$type":"Float","_value":"-Infinity"}""", double.NegativeInfinity)]
    [InlineData("""{"$type":"String","_value":"LongIns"}""", "LongIns")]
    [InlineData("""{"$type":"Date","_value":"2024-06-25"}""", "2024-06-25")]
    public void Every_scalar_type_reads_as_its_clr_value(string json, object? expected) => Assert.Equal(expected, Read(json));

    [Fact]
    public void Lists_maps_and_bytes_read_recursively()
    {
        var value = Read("""{"$type":"Map","_value":{"lengths":{"$type":"List","_value":[{"$type":"Integer","_value":"16000"}]},"bytes":{"$type":"Base64","_value":"AQID"}}}""");

        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal([16_000L], Assert.IsType<List<object?>>(map["lengths"]));
        Assert.Equal(new byte[] { 1, 2, 3 }, map["bytes"]);
    }

    [Fact]
    public void A_plain_json_value_is_refused_rather_than_guessed()
    {
        var error = Assert.Throws<FormatException>(() => Read("42"));

        Assert.Contains("not a typed JSON value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_neo4j_cannot_take_is_refused_with_its_type()
    {
        var error = Assert.Throws<ArgumentException>(() => Write(new Uri("http://x")));

        Assert.Contains("Uri", error.Message, StringComparison.Ordinal);
    }

    private static string Write(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            TypedJson.Write(writer, value);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static object? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return TypedJson.Read(document.RootElement);
    }
}
