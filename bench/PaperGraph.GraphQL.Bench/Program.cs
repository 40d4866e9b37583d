using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PaperGraph.GraphQL;
using PaperGraph.GraphQL.Bench;

// Measures a cached two-field point lookup and a nested (~6 KB) query, in-process, then runs the same
// schema, data and queries through graphql-js execute() (bench/graphql-js/bench.js) and prints both.
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
var bindings = new SchemaBindings()
    .Resolve("Query", "paper", ctx => BenchData.ById.GetValueOrDefault(ctx.GetArgument<string>("id")!))
    .Resolve("Query", "papers", ctx => BenchData.Papers.Take(ctx.GetArgument<int>("first")).ToList());
var engine = new GraphQLEngine(BuildSchema.FromSdl(BenchData.Schema, bindings));
var buffer = new ArrayBufferWriter<byte>(16 * 1024);
using var writer = new Utf8JsonWriter(buffer);

double Measure(string query, int count, out int bytes)
{
    var request = new GraphQLRequest { Query = query };
    void RunOnce()
    {
        var result = engine.ExecuteAsync(request).GetAwaiter().GetResult();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        result.WriteTo(writer);
        writer.Flush();
    }
    for (var i = 0; i < Math.Max(1000, count / 10); i++)
    {
        RunOnce();
    }
    bytes = buffer.WrittenCount;
    var best = double.MaxValue;
    for (var round = 0; round < 5; round++)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            RunOnce();
        }
        best = Math.Min(best, watch.Elapsed.TotalMicroseconds / count);
    }
    return best;
}

var point = Measure(BenchData.PointQuery, iterations, out var pointBytes);
var nested = Measure(BenchData.NestedQuery, Math.Max(1000, iterations / 20), out var nestedBytes);
Console.WriteLine($"PaperGraph.GraphQL  point lookup: {point,8:0.000} us/op  ({pointBytes} bytes)");
Console.WriteLine($"PaperGraph.GraphQL  nested query: {nested,8:0.000} us/op  ({nestedBytes} bytes)");

var js = RunGraphQLJs(iterations);
if (js is { } j)
{
    Console.WriteLine($"graphql-js 16.9     point lookup: {j.Point,8:0.000} us/op  ({j.PointBytes} bytes)");
    Console.WriteLine($"graphql-js 16.9     nested query: {j.Nested,8:0.000} us/op  ({j.NestedBytes} bytes)");
    Console.WriteLine($"speed-up            point lookup: {j.Point / point,8:0.0}x   nested query: {j.Nested / nested:0.0}x");
}

static (double Point, double Nested, int PointBytes, int NestedBytes)? RunGraphQLJs(int iterations)
{
    var dir = FindBenchDirectory();
    if (dir is null || !Directory.Exists(Path.Combine(dir, "node_modules")))
    {
        Console.WriteLine("graphql-js: skipped (run `npm ci` in bench/graphql-js)");
        return null;
    }
    var dataFile = Path.Combine(Path.GetTempPath(), "papergraph-bench-data.json");
    File.WriteAllText(dataFile, BenchData.ToJson());
    var start = new ProcessStartInfo("node", ["bench.js", dataFile, iterations.ToString(CultureInfo.InvariantCulture), BenchData.Schema, BenchData.PointQuery, BenchData.NestedQuery])
    {
        WorkingDirectory = dir,
        RedirectStandardOutput = true,
    };
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    using var json = JsonDocument.Parse(output);
    var root = json.RootElement;
    return (root.GetProperty("point").GetDouble(), root.GetProperty("nested").GetDouble(), root.GetProperty("pointBytes").GetInt32(), root.GetProperty("nestedBytes").GetInt32());
}

static string? FindBenchDirectory()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "bench", "graphql-js");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }
    return null;
}
