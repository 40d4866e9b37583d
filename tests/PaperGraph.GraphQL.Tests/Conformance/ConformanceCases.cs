using System.Text.Json.Nodes;

namespace PaperGraph.GraphQL.Tests.Conformance;

/// <summary>The differential cases: every one runs through graphql-js and through this engine.</summary>
internal static class ConformanceCases
{
    public const string CoercionSchema = """
        enum Color { RED GREEN BLUE }
        input Point { x: Int! y: Int = 0 nested: Point label: String }
        input One @oneOf { a: Int b: String }
        type Query {
          echoInt(v: Int): String
          echoFloat(v: Float): String
          echoString(v: String): String
          echoId(v: ID): String
          echoBool(v: Boolean): String
          echoEnum(v: Color): String
          echoList(v: [Int]): String
          echoNonNullList(v: [Int!]!): String
          echoPoint(v: Point): String
          echoDefault(v: Int! = 3): String
          echoOne(v: One): String
          echoNested(v: [[Int]]): String
        }
        """;

    public static IEnumerable<ConformanceCase> All() =>
        Printing().Concat(StarWarsQueries()).Concat(Validation()).Concat(Coercion()).Concat(SkipInclude()).Concat(SchemaPrinting()).DistinctBy(c => c.Name);

    private static ConformanceCase Exec(string name, string query, JsonNode? variables = null, string? operationName = null) => new()
    {
        Name = name,
        Schema = StarWars.Schema,
        Query = query,
        Root = JsonNode.Parse(StarWars.Root),
        Variables = variables,
        OperationName = operationName,
    };

    private static IEnumerable<ConformanceCase> Printing()
    {
        var kitchenSink = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "kitchen-sink.graphql"));
        yield return new ConformanceCase { Name = "print: kitchen sink", Kind = "print", Query = kitchenSink };
        string[] documents =
        [
            "{a}", "query Q($a: [Int!]! = [1, 2]) @d { a(x: $a) }", "{ a(obj: {b: {c: [1, 2.5e3, \"s\", null, true, ENUM]}}) }",
            "fragment F on T @d(x: 1) { a ... on U { b } ...G @skip(if: true) }", "{ a: b(c: \"\"\"block\n  text\"\"\") }",
            "mutation { m(input: {x: 1}) { id } }", "subscription S { s }", "{ ... @include(if: $v) { a } }",
            "{ a(x: \"line\\nbreak \\u00e9 \\\\ \\\"q\\\"\") }", "query ($v: Int = 3 @dir) { a }",
            "{ longFieldNameNumberOne(argumentNumberOne: 123456789, argumentNumberTwo: \"a long string value here\", three: 3) }",
            "\"\"\"Doc\"\"\" type A implements B & C @x { f(a: Int = 1 @y): [String!]! @deprecated }", "schema @a { query: Q mutation: M }",
            "extend type A implements I { f: Int }", "union U @d = A | B", "enum E { \"d\" A B @deprecated(reason: \"x\") }",
            "input I { a: Int = 1, b: [I!] }", "directive @d(\"arg\" a: Int) repeatable on FIELD | QUERY", "extend schema @d",
            "scalar Date @specifiedBy(url: \"https://example.com\")", "interface I implements J { a: Int }", "extend union U = C",
            "extend enum E { C }", "extend input I { c: Int }", "extend scalar S @d", "extend interface I @d",
            "type T { f(\n\"desc\"\na: Int): Int }", "{ a(b: []) { c(d: {}) } }", "query Q { a, b, c }", "{ alias: field @a @b(c: 1) }",
        ];
        for (var i = 0; i < documents.Length; i++)
        {
            yield return new ConformanceCase { Name = $"print {i}: {documents[i]}", Kind = "print", Query = documents[i] };
        }
    }

    private static IEnumerable<ConformanceCase> StarWarsQueries()
    {
        string[] queries =
        [
            "{ hero { name } }",
            "{ hero { id name friends { name } } }",
            "{ hero { name ... on Droid { primaryFunction } ... on Human { homePlanet } } }",
            "{ hero { __typename name friends { __typename ... on Human { homePlanet } ... on Droid { primaryFunction } } } }",
            "{ hero { ...CharacterFields } } fragment CharacterFields on Character { id name appearsIn }",
            "{ human(id: \"1000\") { name mass homePlanet friends { name } } }",
            "{ luke: human(id: \"1000\") { name } r2: droid(id: \"2001\") { name } }",
            "{ search(text: \"a\") { __typename ... on Human { name } ... on Droid { name primaryFunction } ... on Starship { name length } } }",
            "{ search { ... on Character { id name } ... on Starship { id } } }",
            "{ characters { name } }",
            "{ starship { id name } }",
            "{ starship { id length } }",
            "{ strictName }",
            "{ strictName hero { name } }",
            "{ nonNullList }",
            "{ listOfNonNull }",
            "{ listOfNonNull hero { name } }",
            "{ deep { a b { a b { a } } } }",
            "{ deep { b { nn { a } } } }",
            "{ deep { nn { a value } } }",
            "{ deep { list { a value } } }",
            "{ deep { list { a } value } }",
            "{ deep { value b { value } } }",
            "{ oldField }",
            "{ __typename hero { __typename } }",
            "query Q { hero { name } } query R { droid(id: \"1\") { name } }",
            "{ hero(episode: EMPIRE) { name } }",
            "query ($e: Episode) { hero(episode: $e) { name } }",
            "query ($id: ID!) { human(id: $id) { name } }",
            "mutation { createReview(episode: JEDI, review: {stars: 5}) { stars commentary } }",
            "mutation ($r: ReviewInput!) { createReview(review: $r) { stars } }",
            "{ hero { name } hero { id } }",
            "{ hero { friends { name } friends { id } } }",
            "{ a: hero { name } b: hero { name } }",
            "{ __type(name: \"Human\") { name kind fields { name type { name kind ofType { name } } } } }",
            "{ __type(name: \"Episode\") { enumValues { name isDeprecated deprecationReason } } }",
            "{ __type(name: \"Episode\") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }",
            "{ __type(name: \"Query\") { fields(includeDeprecated: true) { name isDeprecated args { name defaultValue type { kind name ofType { kind name } } } } } }",
            "{ __type(name: \"ReviewInput\") { kind inputFields { name defaultValue type { kind ofType { name } } } } }",
            "{ __type(name: \"SearchResult\") { kind possibleTypes { name } } }",
            "{ __type(name: \"Character\") { kind description possibleTypes { name } interfaces { name } } }",
            "{ __type(name: \"Nope\") { name } }",
            "{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }",
            "{ __schema { types { name kind } } }",
            "{ __schema { directives { name locations isRepeatable args { name defaultValue } } } }",
            "{ __type(name: \"String\") { name kind description specifiedByURL } }",
            "{ hero { ... on Human { friends { name } } ... on Droid { friends { id } } } }",
            "{ hero { ...H ...D } } fragment H on Human { homePlanet } fragment D on Droid { primaryFunction }",
            "{ search { ...N } } fragment N on SearchResult { __typename ... on Starship { length } }",
            "{ deep { list { ... on Deep { value } } } }",
            "{ deep { b { ...V } } } fragment V on Deep { value nn { value } }",
            "{ deep { nn { ... on Deep { a } } } }",
            "{ characters { ... on Droid { primaryFunction } ... on Human { mass } } }",
            "{ search { __typename } hero { ... on Character { ... on Droid { name } } } }",
            "{ a: deep { value } b: deep { value: a } }",
            "{ deep { list { a } list { value } } }",
            "{ nonNullList listOfNonNull }",
            "{ hero { friends { ... on Droid { friends { name } } } } }",
            "query ($skip: Boolean = true) { hero { name @skip(if: $skip) id } }",
            "query ($inc: Boolean = false) { hero { ... @include(if: $inc) { name } id } }",
            "{ __type(name: \"Deep\") { fields { name type { kind ofType { kind ofType { kind name } } } } } }",
        ];
        for (var i = 0; i < queries.Length; i++)
        {
            yield return Exec($"starwars {i}: {queries[i]}", queries[i]);
        }
        yield return Exec("starwars: operation name picks", "query Q { hero { name } } query R { droid(id: \"1\") { name } }", operationName: "R");
        yield return Exec("starwars: unknown operation name", "query Q { hero { name } }", operationName: "Nope");
        yield return Exec("starwars: enum variable", "query ($e: Episode) { hero(episode: $e) { name } }", JsonNode.Parse("{\"e\": \"JEDI\"}"));
        yield return Exec("starwars: bad enum variable", "query ($e: Episode) { hero(episode: $e) { name } }", JsonNode.Parse("{\"e\": \"NOPE\"}"));
        yield return Exec("starwars: missing required variable", "query ($id: ID!) { human(id: $id) { name } }");
        yield return Exec("starwars: id variable from int", "query ($id: ID!) { human(id: $id) { name } }", JsonNode.Parse("{\"id\": 1000}"));
        yield return Exec("starwars: input object variable", "mutation ($r: ReviewInput!) { createReview(review: $r) { stars } }", JsonNode.Parse("{\"r\": {\"stars\": 4, \"tags\": \"one\"}}"));
        yield return Exec("starwars: input object variable missing field", "mutation ($r: ReviewInput!) { createReview(review: $r) { stars } }", JsonNode.Parse("{\"r\": {\"commentary\": \"x\"}}"));
        yield return Exec("starwars: input object variable unknown field", "mutation ($r: ReviewInput!) { createReview(review: $r) { stars } }", JsonNode.Parse("{\"r\": {\"stars\": 1, \"nope\": 1}}"));
        yield return Exec("starwars: null for non-null variable", "query ($id: ID!) { human(id: $id) { name } }", JsonNode.Parse("{\"id\": null}"));
    }

    private static IEnumerable<ConformanceCase> Validation()
    {
        string[] documents =
        [
            "type Foo { a: Int } { hero { name } }",
            "query A { hero { name } } query A { hero { id } }",
            "{ hero { name } } query B { hero { id } }",
            "{ hero { name } } { hero { id } }",
            "subscription S { a: hero { name } b: hero { id } }",
            "subscription { __typename }",
            "{ hero { ... on Nope { name } } }",
            "query ($x: Nope) { hero { name } }",
            "{ hero { ... on Episode { name } } }",
            "fragment F on Episode { a } { hero { ...F } }",
            "query ($x: Character) { hero { name } }",
            "query ($x: ReviewInput) { hero { name } }",
            "{ hero { name { first } } }",
            "{ hero }",
            "{ human(id: \"1\") }",
            "{ hero { nope } }",
            "{ search { name } }",
            "{ search { __typename } }",
            "fragment F on Human { name } fragment F on Human { id } { hero { ...F } }",
            "{ hero { ...Nope } }",
            "fragment Unused on Human { name } { hero { name } }",
            "{ hero { ... on Starship { name } } }",
            "fragment S on Starship { name } { hero { ...S } }",
            "{ search { ... on Human { name } ... on Droid { name } } }",
            "fragment A on Human { ...B } fragment B on Human { ...A } { human(id: 1) { ...A } }",
            "fragment A on Human { ...A } { human(id: 1) { ...A } }",
            "fragment A on Human { ...B } fragment B on Human { ...C } fragment C on Human { ...A } { human(id: 1) { ...A } }",
            "query ($a: Int, $a: Int) { hero { name } }",
            "{ human(id: $id) { name } }",
            "query Q { human(id: $id) { name } }",
            "query ($id: ID!) { human(id: $id) { ...F } } fragment F on Human { friends { ... on Human { name } } }",
            "query ($unused: Int) { hero { name } }",
            "query Q($unused: Int) { hero { name } }",
            "query ($id: ID!) { ...F } fragment F on Query { human(id: $id) { name } }",
            "{ hero @nope { name } }",
            "{ hero @deprecated { name } }",
            "query @skip(if: true) { hero { name } }",
            "{ hero @skip(if: true) @skip(if: false) { name } }",
            "{ hero(nope: 1) { name } }",
            "{ hero @skip(if: true, unless: false) { name } }",
            "{ human(id: 1, id: 2) { name } }",
            "{ hero(episode: 1) { name } }",
            "{ hero(episode: \"NEWHOPE\") { name } }",
            "{ hero(episode: NOPE) { name } }",
            "{ human(id: 1.5) { name } }",
            "{ human(id: true) { name } }",
            "{ human(id: null) { name } }",
            "mutation { createReview(review: {stars: \"5\"}) { stars } }",
            "mutation { createReview(review: {commentary: \"x\"}) { stars } }",
            "mutation { createReview(review: {stars: 1, nope: 2}) { stars } }",
            "mutation { createReview(review: {stars: 1, stars: 2}) { stars } }",
            "mutation { createReview(review: {stars: 99999999999}) { stars } }",
            "mutation { createReview(review: {stars: 1, tags: [1]}) { stars } }",
            "mutation { createReview(review: {stars: 1, tags: \"single\"}) { stars } }",
            "mutation { createReview(review: [1]) { stars } }",
            "{ human { name } }",
            "{ hero @include { name } }",
            "query ($e: String) { hero(episode: $e) { name } }",
            "query ($id: ID) { human(id: $id) { name } }",
            "query ($id: ID = \"1\") { human(id: $id) { name } }",
            "query ($stars: Int) { a: hero { name } } mutation M($s: Int) { createReview(review: {stars: $s}) { stars } }",
            "{ hero { name: id name } }",
            "{ hero { name } hero { name: id } }",
            "{ human(id: 1) { name } human(id: 2) { name } }",
            "{ hero { ... on Human { x: homePlanet } ... on Droid { x: primaryFunction } } }",
            "{ hero { ... on Human { x: mass } ... on Droid { x: primaryFunction } } }",
            "{ hero { ... on Human { friends { name } } ... on Droid { friends: appearsIn } } }",
            "{ hero { friends { name } friends { name: id } } }",
            "{ hero { ...A ...B } } fragment A on Character { x: name } fragment B on Character { x: id }",
            "{ deep { b { a } } deep { b { a: value } } }",
            "{ hero { name } } fragment F on Human { name }",
            "{ a: hero { name } a: droid(id: 1) { name } }",
            "query Q($v: Boolean!) { hero @skip(if: $v) { name } }",
            "query Q($v: Boolean) { hero @skip(if: $v) { name } }",
            "query Q($v: [Int]) { hero { name } }",
            "{ __schema { nope } }",
            "{ __type { name } }",
            "{ hero { __typename(x: 1) } }",
            "{ hero { ...F @include(if: true) } } fragment F on Character { name }",
            "{",
            "{ hero { name }",
            "query { hero(episode: $) { name } }",
            "{ hero(episode: NEWHOPE, episode: EMPIRE) { name } }",
            "query ($e: Episode = JEDI) { hero(episode: $e) { name } }",
            "query ($e: Episode = \"JEDI\") { hero(episode: $e) { name } }",
            "query ($i: Int = \"x\") { hero { name } droid(id: $i) { name } }",
            "{ hero { ...A ...A } } fragment A on Character { x: name }",
            "{ hero { ...A } ...B } fragment A on Character { name } fragment B on Query { hero { name: id } }",
            "{ hero { x: name ...A } } fragment A on Character { x: id }",
            "{ hero { ...A } } fragment A on Character { x: name ...B } fragment B on Character { x: id }",
            "{ hero { ... on Human { mass } ... on Droid { mass: primaryFunction } } }",
            "{ deep { b { a } } ... on Query { deep { b { a: value } } } }",
            "{ hero(episode: JEDI) { name } hero(episode: EMPIRE) { name } }",
            "query ($e: Episode) { hero(episode: $e) { name } hero(episode: JEDI) { name } }",
            "{ x: hero { name } x: human(id: 1) { name } }",
            "{ deep { list { a } list: b { a } } }",
            "fragment A on Human { name } fragment B on Human { ...A } { human(id: 1) { ...B } }",
            "{ hero { ...F } } fragment F on Character { ...G } fragment G on Character { ...F }",
            "query ($a: Boolean!) { hero @include(if: $a) @skip(if: $a) { name } }",
            "query ($v: ReviewInput = {stars: 1}) { hero { name } }",
            "query ($v: [Episode!] = [JEDI, 1]) { hero { name } }",
            "{ hero { ... { name } ... @skip(if: true) { id } } }",
            "{ __typename @skip(if: true) }",
            "mutation { __typename }",
            "{ human(id: 1) { ... on Character { ... on Human { homePlanet } } } }",
        ];
        for (var i = 0; i < documents.Length; i++)
        {
            yield return Exec($"validation {i}: {documents[i]}", documents[i]);
        }
    }

    private static IEnumerable<ConformanceCase> Coercion()
    {
        (string Field, string Type, string[] Literals, string[] Json)[] table =
        [
            ("echoInt", "Int", ["1", "-0", "2147483647", "2147483648", "-2147483649", "1.0", "1.5", "\"1\"", "true", "null", "ENUM", "[1]"], ["1", "2147483648", "1.0", "1.5", "\"1\"", "true", "null", "[1]", "1e3"]),
            ("echoFloat", "Float", ["1", "1.5", "-1.5e2", "\"1.5\"", "true", "null", "[1.5]"], ["1", "1.5", "\"1.5\"", "null", "1e400"]),
            ("echoString", "String", ["\"abc\"", "\"\"\"block\"\"\"", "1", "true", "null", "ABC", "[\"a\"]"], ["\"abc\"", "1", "true", "null", "[\"a\"]", "{\"a\": 1}"]),
            ("echoId", "ID", ["\"abc\"", "123", "1.5", "true", "null"], ["\"abc\"", "123", "1.5", "true", "null"]),
            ("echoBool", "Boolean", ["true", "false", "1", "\"true\"", "null"], ["true", "false", "1", "\"true\"", "null"]),
            ("echoEnum", "Color", ["RED", "GREEN", "\"RED\"", "red", "1", "null", "[RED]"], ["\"RED\"", "\"red\"", "1", "null"]),
            ("echoList", "[Int]", ["[1, 2]", "1", "[]", "null", "[null]", "[1, \"a\"]", "[[1]]"], ["[1, 2]", "1", "[]", "null", "[null]", "[1, \"a\"]"]),
            ("echoNonNullList", "[Int!]!", ["[1]", "1", "[null]", "[]"], ["[1]", "1", "[null]", "null"]),
            ("echoPoint", "Point", ["{x: 1}", "{x: 1, y: 2}", "{y: 2}", "{x: 1, nested: {x: 2}}", "{x: 1, nested: {y: 1}}", "{x: null}", "{x: 1, z: 1}", "1"], ["{\"x\": 1}", "{\"x\": 1, \"y\": null}", "{\"y\": 2}", "{\"x\": 1, \"nested\": {\"x\": 2, \"label\": \"n\"}}", "{\"x\": 1, \"z\": 1}", "1", "{\"x\": \"1\"}"]),
            ("echoDefault", "Int!", ["5", "null"], ["5", "null"]),
            ("echoOne", "One", ["{a: 1}", "{b: \"x\"}", "{a: 1, b: \"x\"}", "{a: null}", "{}"], ["{\"a\": 1}", "{\"a\": 1, \"b\": \"x\"}", "{\"a\": null}", "{}"]),
            ("echoNested", "[[Int]]", ["[[1], [2, 3]]", "[1, 2]", "1", "[[null]]"], ["[[1], [2, 3]]", "[1, 2]", "1", "[[null]]"]),
        ];
        foreach (var (field, type, literals, json) in table)
        {
            foreach (var literal in literals)
            {
                yield return new ConformanceCase { Name = $"coercion literal {field}({literal})", Schema = CoercionSchema, Query = $"{{ {field}(v: {literal}) }}" };
            }
            foreach (var value in json)
            {
                yield return new ConformanceCase
                {
                    Name = $"coercion variable {field}: {type} = {value}",
                    Schema = CoercionSchema,
                    Query = $"query ($v: {type}) {{ {field}(v: $v) }}",
                    Variables = JsonNode.Parse($"{{\"v\": {value}}}"),
                };
            }
        }
        yield return new ConformanceCase { Name = "coercion default used", Schema = CoercionSchema, Query = "{ echoDefault }" };
        yield return new ConformanceCase { Name = "coercion missing variable uses default", Schema = CoercionSchema, Query = "query ($v: Int) { echoDefault(v: $v) }" };
        yield return new ConformanceCase { Name = "coercion variable default", Schema = CoercionSchema, Query = "query ($v: Int = 7) { echoInt(v: $v) }" };
        yield return new ConformanceCase { Name = "coercion variable in nested input", Schema = CoercionSchema, Query = "query ($y: Int) { echoPoint(v: {x: 1, y: $y, nested: {x: $y}}) }", Variables = JsonNode.Parse("{\"y\": 9}") };
        yield return new ConformanceCase { Name = "coercion missing variable in nested input", Schema = CoercionSchema, Query = "query ($y: Int) { echoPoint(v: {x: 1, y: $y}) }" };
        yield return new ConformanceCase { Name = "coercion variable in list", Schema = CoercionSchema, Query = "query ($a: Int) { echoList(v: [1, $a, 3]) }", Variables = JsonNode.Parse("{\"a\": 2}") };
        yield return new ConformanceCase { Name = "coercion missing variable in list", Schema = CoercionSchema, Query = "query ($a: Int) { echoList(v: [1, $a]) }" };
    }

    private static IEnumerable<ConformanceCase> SkipInclude()
    {
        string[] forms = ["@skip(if: {0})", "@include(if: {0})", "@skip(if: {0}) @include(if: {1})", "@include(if: {0}) @skip(if: {1})"];
        string[] values = ["true", "false"];
        foreach (var form in forms)
        {
            foreach (var a in values)
            {
                foreach (var b in form.Contains("{1}", StringComparison.Ordinal) ? values : values[..1])
                {
                    var directives = string.Format(System.Globalization.CultureInfo.InvariantCulture, form, a, b);
                    yield return Exec($"directives field {directives}", $"{{ hero {{ name {directives} id }} }}");
                    yield return Exec($"directives fragment {directives}", $"{{ hero {{ ... on Droid {directives} {{ primaryFunction }} ...F {directives} }} }} fragment F on Character {{ name }}");
                    yield return Exec($"directives variables {directives}", "query ($a: Boolean!, $b: Boolean!) { hero { name " + string.Format(System.Globalization.CultureInfo.InvariantCulture, form, "$a", "$b") + " id } }", JsonNode.Parse($"{{\"a\": {a}, \"b\": {b}}}"));
                }
            }
        }
        yield return Exec("directives merge: skipped and included copies", "{ hero { name @skip(if: true) name } }");
        yield return Exec("directives on root field", "{ hero @skip(if: true) { name } droid(id: 1) @include(if: true) { name } }");
    }

    private static IEnumerable<ConformanceCase> SchemaPrinting()
    {
        string[] schemas =
        [
            StarWars.Schema,
            CoercionSchema,
            "schema { query: Root mutation: Mut } type Root { a: Int } type Mut { b: Int }",
            "\"\"\"Schema desc\"\"\" schema { query: Query } type Query { a: Int }",
            "type Query { a(x: Float = 1, y: [Int] = 1, z: String = \"s\", e: E = A, i: In = {a: 1}): Int } enum E { A B } input In { a: Int b: [E!] = [A] }",
            "type Query { a: Int } directive @d(\"the arg\" x: Int = 1) repeatable on FIELD_DEFINITION | OBJECT",
            "type Query { \"single\" a: Int \"\"\"multi\nline\"\"\" b: Int \"  leading space\" c: Int }",
            "interface A { a: Int } interface B implements A { a: Int b: Int } type Query implements B & A { a: Int b: Int }",
            "scalar Date @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\") type Query { d: Date }",
            "type Query { a: Int } extend type Query { b: String } enum E { A } extend enum E { B } type X { e: E }",
            "type Query { a(x: Int @deprecated(reason: \"gone\")): Int @deprecated(reason: \"No longer supported\") b: Int @deprecated(reason: \"\") }",
            "union U = A | B type A { a: Int } type B { b: Int } type Query { u: U }",
            "input O @oneOf { a: Int b: String } type Query { o(o: O): Int }",
            "type Query { f(\"described\" a: Int, b: Int): Int }",
            "\"Quote \\\" and backslash \\\\\" type Query { a: Int }",
        ];
        for (var i = 0; i < schemas.Length; i++)
        {
            yield return new ConformanceCase { Name = $"printSchema {i}", Kind = "printSchema", Schema = schemas[i] };
            yield return new ConformanceCase { Name = $"clientSchema {i}", Kind = "clientSchema", Schema = schemas[i] };
            yield return new ConformanceCase { Name = $"introspection query {i}", Schema = schemas[i], Query = PaperGraph.GraphQL.Utilities.IntrospectionQuery.Text };
        }
    }
}
