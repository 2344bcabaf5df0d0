using System.Security.Cryptography;
using System.Text;

namespace GraphNews.Domain;

/// <summary>
/// The identity of a fact across articles: the same relationship between the same entities, with the
/// same modality and date, is one fact, and every article that reports it adds evidence to it.
/// For symmetric types the ends are ordered so "A met B" and "B met A" are the same fact.
/// </summary>
public static class FactIds
{
    public static string For(GraphRelation relation, RelationOntology ontology)
    {
        var (a, b) = (relation.Source, relation.Target);
        if (ontology.IsSymmetric(relation.Type) && string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }

        var key = string.Join('\u001f', relation.Type, a, b, relation.Modality, relation.Date?.ToString("yyyy-MM-dd") ?? "", relation.Role ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "fact:" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
