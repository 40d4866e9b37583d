using System.Reflection;

namespace PaperGraph.GraphQL.Tests;

/// <summary>The public surface of the engine, compared with the checked-in PublicApi.txt so changes are deliberate.</summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_snapshot()
    {
        var actual = Describe(typeof(GraphQLEngine).Assembly);
        var snapshotPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.txt");
        var expected = File.ReadAllText(snapshotPath).ReplaceLineEndings("\n").TrimEnd();
        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "PublicApi.actual.txt"), actual + "\n");
        }
        Assert.Equal(expected, actual);
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !(m is MethodInfo mi && mi.DeclaringType!.IsEnum))
                .Select(m => "  " + Member(m)).Distinct().Order(StringComparer.Ordinal);
            lines.AddRange(members);
        }
        return string.Join("\n", lines);
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : "class";

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{(p.SetMethod?.IsPublic == true ? " set;" : "")} }}",
        FieldInfo f => $"{(f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {e.Name}",
        _ => member.Name,
    };

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
