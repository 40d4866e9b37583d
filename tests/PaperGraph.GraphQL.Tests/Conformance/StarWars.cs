namespace PaperGraph.GraphQL.Tests.Conformance;

/// <summary>A Star Wars-style schema and data shared by the conformance cases.</summary>
internal static class StarWars
{
    public const string Schema = """
        "A character in the saga"
        interface Character { id: ID! name: String friends: [Character] appearsIn: [Episode] }
        type Human implements Character { id: ID! name: String friends: [Character] appearsIn: [Episode] homePlanet: String mass: Float }
        type Droid implements Character { id: ID! name: String friends: [Character] appearsIn: [Episode] primaryFunction: String }
        type Starship { id: ID! name: String! length: Float }
        union SearchResult = Human | Droid | Starship
        enum Episode { NEWHOPE EMPIRE JEDI @deprecated(reason: "Use RETURN") RETURN }
        input ReviewInput { stars: Int! commentary: String tags: [String!] = ["none"] }
        type Review { stars: Int! commentary: String }
        type Query {
          hero(episode: Episode = NEWHOPE): Character
          human(id: ID!): Human
          droid(id: ID!): Droid
          search(text: String): [SearchResult]
          characters: [Character!]!
          starship(id: ID): Starship
          strictName: String!
          nonNullList: [String!]
          listOfNonNull: [String]!
          deep: Deep
          oldField: String @deprecated
        }
        type Deep { a: Int b: Deep nn: Deep! list: [Deep!] value: String! }
        type Mutation { createReview(episode: Episode, review: ReviewInput!): Review }
        """;

    public const string Root = """
        {
          "hero": {"__typename": "Droid", "id": "2001", "name": "R2-D2", "appearsIn": ["NEWHOPE", "EMPIRE", "JEDI"], "primaryFunction": "Astromech",
                   "friends": [{"__typename": "Human", "id": "1000", "name": "Luke", "homePlanet": "Tatooine"}, {"__typename": "Human", "id": "1002", "name": "Han", "homePlanet": null}, {"__typename": "Droid", "id": "2000", "name": "C-3PO", "primaryFunction": "Protocol"}]},
          "human": {"id": "1000", "name": "Luke", "homePlanet": "Tatooine", "mass": 77, "appearsIn": ["NEWHOPE"], "friends": [{"__typename": "Droid", "id": "2001", "name": "R2-D2"}]},
          "droid": {"id": "2000", "name": "C-3PO", "primaryFunction": "Protocol", "friends": []},
          "search": [{"__typename": "Human", "id": "1000", "name": "Luke", "homePlanet": "Tatooine"}, {"__typename": "Starship", "id": "3000", "name": "Falcon", "length": 34.37}, {"__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech"}, null],
          "characters": [{"__typename": "Human", "id": "1", "name": "A"}, {"__typename": "Droid", "id": "2", "name": null}],
          "starship": {"id": 3000, "name": null, "length": 12},
          "strictName": null,
          "nonNullList": ["a", null, "c"],
          "listOfNonNull": null,
          "deep": {"a": 1, "b": {"a": 2, "b": null, "nn": null, "value": "x"}, "nn": {"a": 3, "value": null}, "list": [{"a": 4, "value": "ok"}, {"a": 5, "value": null}], "value": "top"},
          "oldField": "old",
          "createReview": {"stars": 5, "commentary": "Great"}
        }
        """;
}
