using GraphNews.Extraction.KnowledgeBase;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// An event prefix and the capitalised words after it are one event, whatever the model made of them: "Hurricane
/// Humberto strengthened" (left untagged), "Tropical Storm Imelda" (read as "Storm Imelda"), "Tropical Storm Humberto" (read
/// as the person "Humberto"), "Tropical Depression Three".
/// The prefixes are the <c>event-prefix</c> list of Data/names.tsv. A storm's name is a given name ("Maria"), a word no
/// English word list holds ("Humberto") or a number or Greek letter (<c>storm-name-word</c>: "Three", "Zeta"); the name of a
/// prefix of <c>event-prefix-any-words</c> may be any capitalised words ("Operation Desert Storm", "Battle of Belleau Wood").
/// Left alone: a prefix inside a longer name ("the National Hurricane Center"), words the model typed otherwise than as
/// an event ("Storm Shadow missiles", a weapon), and a prefix with no name after it ("Hurricane season").
/// </summary>
public sealed class EventPrefixNames(WordLists words, Func<string, bool> isGivenName)
{
    private const int MaxNameWords = 3;
    private const string EventType = "EVENT";

    /// <param name="tokens">A sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!IsCapitalised(tokens[start]))
            {
                continue;
            }

            var prefix = words.StartsWith("event-prefix", tokens, start, tokens.Count);
            if (prefix == 0 || InsideLongerName(tokens, start))
            {
                continue;
            }

            var anyName = words.StartsWith("event-prefix-any-words", tokens, start, tokens.Count) > 0;
            var end = NamedByModel(tokens, tags, start + prefix) ?? start + prefix;
            while (end < tokens.Count && end - start - prefix < MaxNameWords && IsNameWord(tokens[end], anyName) && IsOutsideOrEvent(tags[end]))
            {
                end++;
            }

            if (end == start + prefix || !Enumerable.Range(start, prefix).All(i => IsOutsideOrEvent(tags[i]))
                || (end < tags.Length && tags[end].StartsWith("I-", StringComparison.Ordinal)))
            {
                continue;
            }

            SpanReader.Write(tags, start, end, EventType);
            start = end - 1;
        }
    }

    /// <summary>
    /// Tokens [start, end) are an event prefix and a name after it ("Hurricane Humberto", "Operation Desert Storm"), not a prefix
    /// before English words ("Hurricane Hunters") nor a prefix alone ("a Tropical Depression").
    /// </summary>
    public bool IsEventName(IReadOnlyList<string> tokens, int start, int end)
    {
        var prefix = words.StartsWith("event-prefix", tokens, start, end);
        var anyName = words.StartsWith("event-prefix-any-words", tokens, start, end) > 0;
        return prefix > 0 && prefix < end - start && Enumerable.Range(start + prefix, end - start - prefix).All(i => IsNameWord(tokens[i], anyName));
    }

    /// <summary>
    /// The end of a person, place or organisation the model read right after the prefix, all of it capitalised words:
    /// "Tropical Storm" + "Humberto", read as a person; "Battle of" + "Britain", a place. A MISC name stays ("Storm Shadow").
    /// </summary>
    private static int? NamedByModel(IReadOnlyList<string> tokens, string[] tags, int at)
    {
        if (at >= tags.Length || !tags[at].StartsWith("B-", StringComparison.Ordinal) || tags[at].EndsWith("-MISC", StringComparison.Ordinal))
        {
            return null;
        }

        var end = SpanReader.EndOf(tags, at);
        return end - at <= MaxNameWords && Enumerable.Range(at, end - at).All(i => IsCapitalised(tokens[i])) ? end : null;
    }

    /// <summary>A capitalised word before the prefix makes it part of a longer name, but for a sentence's opening function word ("The").</summary>
    private bool InsideLongerName(IReadOnlyList<string> tokens, int start) =>
        start > 0 && IsCapitalised(tokens[start - 1]) && !(start == 1 && words.Contains("function", tokens[0].ToLowerInvariant()));

    private bool IsNameWord(string token, bool anyName) =>
        words.Contains("storm-name-word", token)
        || (IsCapitalised(token) && token.Any(char.IsLetter) && !words.Contains("function", token.ToLowerInvariant())
            && (anyName || !EnglishWords.Contains(token) || isGivenName(token)));

    private static bool IsOutsideOrEvent(string tag) => tag == EntityLabels.OutsideTag || tag.EndsWith("-" + EventType, StringComparison.Ordinal);
}
