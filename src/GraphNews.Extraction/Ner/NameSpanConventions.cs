using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Span conventions on which CoNLL-2003, GUM and wikigold agree, applied to BIO tags after the model
/// and the knowledge overlay:
/// a name does not start or end with lower-case words ("the Netherlands", "eastern Sudan", "US navy"),
/// punctuation or a possessive 's, and a comma ends it ("Washington , D.C." is two places); a name
/// that starts with a person's title followed by a bare name ("Justice Scalia", "Ms Bauchtman") is that person, even when the model typed it as an organisation
/// (a habit learned from the silver GMB data, which tags "General Mladic" org); a name after an
/// event prefix ("Cyclone Phailin", "Hurricane Katrina") is an event; a law, treaty or award
/// ("HEROES Act", "Nobel Prize", which GMB tags org) is MISC. Word classes are data: the
/// <c>person-particle</c>, <c>event-prefix</c>, <c>misc-word</c>, <c>org-word</c>, <c>location-word</c>,
/// <c>event-word</c>, <c>connector</c> and <c>title-in-name</c> lists of Data/names.tsv and the model's title words.
/// </summary>
public sealed class NameSpanConventions(WordLists words, PersonTitles titles)
{
    private const string Person = "PER";
    private const string Event = "EVENT";
    private const string Misc = "MISC";

    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            var original = EntityLabels.Types[span.Type];
            var pieceStart = span.Start;
            var rewritten = false;
            for (var i = span.Start; i <= span.End; i++)
            {
                if (i < span.End && tokens[i] != ",")
                {
                    continue;
                }

                // A comma ends a name ("Washington , D.C." is two places); a piece that is only a
                // company suffix ("… Corporation , Inc.") is not a name of its own.
                var split = pieceStart != span.Start || i != span.End;
                var (start, end) = Trim(tokens, pieceStart, i);
                var type = end > start ? TypeOf(tokens, ref start, end, original) : original;
                if (split && end > start && OnlyCompanyWords(tokens, start, end))
                {
                    end = start;
                }

                if (!rewritten && (start != span.Start || end != span.End || type != original))
                {
                    Array.Fill(tags, EntityLabels.OutsideTag, span.Start, span.End - span.Start);
                    rewritten = true;
                }

                if (rewritten && end > start)
                {
                    tags[start] = "B-" + type;
                    Array.Fill(tags, "I-" + type, start + 1, end - start - 1);
                }

                pieceStart = i + 1;
            }
        }
    }

    private string TypeOf(IReadOnlyList<string> tokens, ref int start, int end, string type)
    {
        if (type != Event && words.StartsWith("event-prefix", tokens, start, end) is var prefix && prefix > 0 && prefix < end - start)
        {
            return Event;
        }

        if (type != Event && type != Misc && words.EndsWith("misc-word", tokens, start, end))
        {
            return Misc;
        }

        if (type != Person && TitledPersonStart(tokens, start, end) is var name && name > start)
        {
            start = name;
            return Person;
        }

        return type;
    }

    private bool OnlyCompanyWords(IReadOnlyList<string> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!words.Contains("org-word", tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The span without lower-case words, punctuation and possessives at its edges.</summary>
    private (int Start, int End) Trim(IReadOnlyList<string> tokens, int start, int end)
    {
        var hasCapital = false;
        for (var i = start; i < end && !hasCapital; i++)
        {
            hasCapital = tokens[i].Any(char.IsUpper);
        }

        // In all-lower-case text every name is lower case; only punctuation can be trimmed there.
        while (start < end && IsEdgeNoise(tokens[start], hasCapital, leading: true))
        {
            start++;
        }

        while (end > start && IsEdgeNoise(tokens[end - 1], hasCapital, leading: false))
        {
            end--;
        }

        return (start, end);
    }

    private bool IsEdgeNoise(string token, bool lowerCaseIsNoise, bool leading)
    {
        if (token.Length == 0 || !token.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        if (token is "'s" or "’s" or "'S" or "’S")
        {
            return true;
        }

        return lowerCaseIsNoise && token.All(char.IsLower) && !(leading && words.Contains("person-particle", token));
    }

    /// <summary>
    /// Where the name starts when the span is titles followed by a bare name, or <paramref name="start"/>
    /// when it is not one: no title that also begins organisation names ("General Motors", "Supreme Court"),
    /// no organisation, place or event word, no connector ("Prince of Wales").
    /// </summary>
    private int TitledPersonStart(IReadOnlyList<string> tokens, int start, int end)
    {
        if (titles.Words.Count == 0 || words.Contains("title-in-name", tokens[start]))
        {
            return start;
        }

        var name = start;
        while (name < end && titles.Words.Contains(tokens[name].ToLowerInvariant()))
        {
            name++;
        }

        if (name == start || name == end)
        {
            return start;
        }

        for (var i = name; i < end; i++)
        {
            var token = tokens[i];
            if (token.Length == 0 || !char.IsUpper(token[0]) || words.Contains("connector", token) ||
                words.Contains("org-word", token) || words.Contains("location-word", token) || words.Contains("event-word", token))
            {
                return start;
            }
        }

        return name;
    }
}
