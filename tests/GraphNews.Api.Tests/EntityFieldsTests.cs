using System.Text;
using GraphNews.Domain;
using GraphNews.Domain.Storage;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Api.Tests;

public sealed class EntityFieldsTests
{
    private static IEnumerable<ArticleGraph> Seed()
    {
        var roles = Article("r1", "Russian President Vladimir Putin spoke.", new DateOnly(2025, 1, 5), "Putin speaks");
        yield return Graph(roles, [Putin, Russia], Relation(roles, "LEADS", Putin, Russia, role: "President"));
        yield return TrumpCallsPutin("a1", new DateOnly(2025, 2, 9));
        var met = Article("m1", "Putin met Khamenei.", new DateOnly(2025, 3, 1), "Putin meets Khamenei");
        yield return Graph(met, [Putin, Khamenei], Relation(met, "MET_WITH", Putin, Khamenei, date: new DateOnly(2025, 2, 28)));
    }

    [Fact]
    public async Task Relationships_roles_timeline_and_mentions_of_an_entity()
    {
        await using var server = await ApiServer.StartAsync(Seed());

        var putin = (await server.PostAsync(
            """
            { entity(name: "Putin") { ... on Person {
                relationships(first: 10) { totalCount nodes { type } }
                outgoing: relationships(direction: OUTGOING, types: [LEADS]) { nodes { type role target { name } } }
                byConfidence: relationships(orderBy: CONFIDENCE_DESC, first: 1) { nodes { type } }
                roles { title type of { name } since until }
                timeline(first: 5) { type date }
                mentionedIn(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } } } }
            """)).Body["data"]!["entity"]!;

        Assert.Equal(3, putin["relationships"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Russia", putin["outgoing"]!["nodes"]![0]!["target"]!["name"]!.GetValue<string>());
        var role = Assert.Single(putin["roles"]!.AsArray())!;
        Assert.Equal(("President", "LEADS", "Russia", "2025-01-05"), (role["title"]!.GetValue<string>(), role["type"]!.GetValue<string>(), role["of"]!["name"]!.GetValue<string>(), role["since"]!.GetValue<string>()));
        Assert.Equal(["LEADS", "SPOKE_WITH", "MET_WITH"], putin["timeline"]!.AsArray().Select(f => f!["type"]!.GetValue<string>()));
        Assert.Equal(3, putin["mentionedIn"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["m1", "a1"], putin["mentionedIn"]!["nodes"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.True(putin["mentionedIn"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Identity_candidates_hold_the_recorded_ones_and_names_stored_under_two_labels()
    {
        var place = new GraphEntity("location:nakilat", EntityLabel.Location, "Nakilat", []);
        var company = new GraphEntity("organization:nakilat", EntityLabel.Organization, "Nakilat", []);
        var kellogg = new GraphEntity("person:kellogg", EntityLabel.Person, "Kellogg", []);
        var sailed = Article("n1", "Tankers sailed from Nakilat.", new DateOnly(2025, 3, 1), "Tankers sail");
        var said = Article("n2", "Nakilat said the tankers sailed.", new DateOnly(2025, 3, 2), "Nakilat speaks");
        var spoke = Article("k1", "Kellogg spoke with Putin.", new DateOnly(2025, 3, 3), "Kellogg speaks");
        await using var server = await ApiServer.StartAsync(
        [
            TrumpCallsPutin("a1"), Graph(sailed, [place]), Graph(said, [company]),
            Graph(spoke, [kellogg, Putin]) with { Candidates = [new IdentityCandidate(kellogg.Id, Trump.Id, 0.6, "test candidate")] },
        ]);

        var data = (await server.PostAsync(
            """
            { all: identityCandidates { score entity { name } candidate { name } }
              nakilat: identityCandidates(entity: "Nakilat") { score } }
            """)).Body["data"]!;

        Assert.Equal([0.6, IdentityCandidateRecord.LabelSplitScore], data["all"]!.AsArray().Select(c => c!["score"]!.GetValue<double>()));
        Assert.Equal("Nakilat", data["all"]![1]!["candidate"]!["name"]!.GetValue<string>());
        Assert.Equal(IdentityCandidateRecord.LabelSplitScore, Assert.Single(data["nakilat"]!.AsArray())!["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task Entities_and_articles_filter_with_where()
    {
        await using var server = await ApiServer.StartAsync(Seed());

        var data = (await server.PostAsync(
            """
            { people: entities(where: { labels: [Person], nameContains: "vla" }) { totalCount nodes { name } }
              countries: entities(where: { labels: [Country] }) { nodes { name } }
              march: articles(where: { since: "2025-03-01" }) { nodes { id } }
              titled: articles(where: { titleContains: "SPEAKS" }) { nodes { id } } }
            """)).Body["data"]!;

        Assert.Equal("Vladimir Putin", Assert.Single(data["people"]!["nodes"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(["Russia", "Ukraine"], data["countries"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.Equal("m1", Assert.Single(data["march"]!["nodes"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal("r1", Assert.Single(data["titled"]!["nodes"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_thousand_aliases_of_a_list_field_are_rejected_before_execution()
    {
        await using var server = await ApiServer.StartAsync(Seed());
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 1000; i++)
        {
            query.Append($"a{i}: searchEntities(query: \"putin\") {{ id }} ");
        }

        var (status, body, _) = await server.PostAsync(query.Append('}').ToString());

        Assert.Equal(422, status);
        Assert.Null(body["data"]);
        Assert.Contains("complexity", body["errors"]![0]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }
}
