using GraphNews.Domain;
using static GraphNews.Store.Contract.ContractGraphs;

namespace GraphNews.Api.Tests.Browser;

/// <summary>
/// A small graph to click through: Putin is linked to Trump (a call about Ukraine, and a planned
/// meeting) and to Khamenei, and Khamenei's own neighbourhood adds the United States.
/// </summary>
internal static class ExplorerGraphs
{
    public const string PutinId = "person:vladimir-putin";
    public const string KhameneiId = "person:ali-khamenei";
    public const string CallSentence = "Trump spoke with Putin about Ukraine.";
    public const string CallArticleTitle = "Trump and Putin talk by phone";

    public static IEnumerable<ArticleGraph> All()
    {
        var call = Article("call", CallSentence, new DateOnly(2025, 2, 9), CallArticleTitle) with { Url = "https://example.org/call" };
        yield return Graph(call, [Trump, Putin, Ukraine], Relation(call, "SPOKE_WITH", Trump, Putin, date: new DateOnly(2025, 2, 9), topics: Ukraine));

        var plan = Article("plan", "Trump plans to meet Putin in Munich.", new DateOnly(2025, 2, 12));
        yield return Graph(plan, [Trump, Putin, Munich], Relation(plan, "MET_WITH", Trump, Putin, Modality.Planned, new DateOnly(2025, 3, 1), 0.8));

        var met = Article("met", "Putin met Khamenei.", new DateOnly(2025, 2, 10));
        yield return Graph(met, [Putin, Khamenei], Relation(met, "MET_WITH", Putin, Khamenei, date: new DateOnly(2025, 2, 10)));

        yield return KhameneiRebuffs();
    }
}
