using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Pipeline;
using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Rules that join or retype names by the words around them, after the knowledge overlay: a name of generic words
/// finishes the name before it ("San Isidro" + "Air Base") or joins the name after "of (the)" ("National Library of the
/// Netherlands"), an en dash joins a compound name ("Export–Import Bank"), a demonym joins the organisation name after it
/// ("Syrian Democratic Forces"), and a ship's prefix makes
/// a ship ("USS Abraham Lincoln"). The word classes are data in Data/names.tsv.
/// </summary>
/// <param name="titles">Person title words: a name that starts with one is a person with a role, no organisation.</param>
internal sealed class NameJoins(Knowledge knowledge, PersonTitles titles)
{
    private const int MaxHeadedTail = 3;

    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        JoinGenericTails(tokens, tags);
        JoinUntaggedHeadsAfterPlaces(tokens, tags);
        JoinHeadsAfterPeople(tokens, tags);
        TagUntaggedHeadsBeforeNames(tokens, tags);
        JoinGenericOfNames(tokens, tags);
        JoinUntaggedOfTails(tokens, tags);
        JoinEnDashCompounds(tokens, tags);
        JoinDemonymNames(tokens, tags);
        JoinAmpersandNames(tokens, tags);
        JoinGivenNamesBeforePeople(tokens, tags);
        MarkVessels(tokens, tags);
        NamePeopleAfterKin(tokens, tags);
    }

    /// <summary>
    /// A name right after a relative of someone ("his wife, Carole", "Ghosn's son Anthony": <c>kin-noun</c> in Data/names.tsv,
    /// after "his", "her", "their" or a possessive) is a person, whatever type the model gave an unknown name there. A name
    /// the knowledge base knows keeps its type.
    /// </summary>
    private void NamePeopleAfterKin(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags).ToList())
        {
            var kin = span.Start - (span.Start >= 1 && tokens[span.Start - 1] == "," ? 2 : 1);
            if (EntityLabels.Types[span.Type] is "PER" || kin < 1 || !knowledge.Words.Contains("kin-noun", tokens[kin])
                || tokens[kin - 1] is not ("his" or "her" or "their" or "His" or "Her" or "Their" or "'s" or "’s")
                || knowledge.Entities.Gazetteer.Match(tokens, span.Start, span.End) is { } known && known.End == span.End)
            {
                continue;
            }

            SpanReader.Write(tags, span.Start, span.End, "PER");
        }
    }

    /// <summary>
    /// A known given name the model left untagged right before a person's name is its first word: "Alessandro" + "Del
    /// Piero"; so are a name word and a title word that is also a word of names (<c>honorific-in-name</c>: "Sharif" +
    /// "Sheikh" + "Ahmed", where the model's title rule cut the person after the title). Not a word that is also an English
    /// word ("Will", "Grant"), a day ("Tuesday") or a title.
    /// </summary>
    private void JoinGivenNamesBeforePeople(IReadOnlyList<string> tokens, string[] tags)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tags[i] != EntityLabels.OutsideTag || !IsCapitalised(tokens[i]) || IsAllCapitals(tokens[i])
                || EnglishWords.Contains(tokens[i]) || titles.IsTitleWord(tokens[i]) || knowledge.DateWords.Contains(tokens[i]))
            {
                continue;
            }

            // Given names of the languages that write "Sheikh" inside names are mostly missing from the lists of given names.
            var titleInside = i + 2 < tokens.Count && tags[i + 1] == EntityLabels.OutsideTag && knowledge.Words.Contains("honorific-in-name", tokens[i + 1]);
            var name = titleInside ? i + 2 : i + 1;
            if (tags[name] == "B-PER" && (titleInside || knowledge.GivenNames.ContainsKey(tokens[i])))
            {
                SpanReader.Write(tags, i, SpanReader.EndOf(tags, name), "PER");
            }
        }
    }

    /// <summary>
    /// Two names joined by an organisation joiner (<c>org-joiner</c>: "&amp;") are one organisation: "Goldman Sachs &amp; Co",
    /// "Marks &amp; Spencer", whatever the model made of each side. Not two authors cited with a year ("Dye &amp; Bavelier ,
    /// 2010"), nor two people the model named in full ("David Christison &amp; Lee Tate").
    /// </summary>
    private void JoinAmpersandNames(IReadOnlyList<string> tokens, string[] tags) =>
        SpanReader.JoinNeighbours(tags, (first, second) =>
            second.Start == first.End + 1 && knowledge.Words.Contains("org-joiner", tokens[first.End])
            && !IsCitation(tokens, second.End) && !(IsFullPersonName(first) && IsFullPersonName(second))
                ? "ORG"
                : null);

    /// <summary>A year after the names, perhaps after a comma or bracket, cites a work: "( Miller &amp; Robertson , 2010 )".</summary>
    private static bool IsCitation(IReadOnlyList<string> tokens, int end)
    {
        var at = end < tokens.Count && tokens[end] is "," or "(" ? end + 1 : end;
        return at < tokens.Count && tokens[at].Length >= 4 && tokens[at][..4].All(char.IsAsciiDigit) && tokens[at][4..].All(char.IsAsciiLetterLower)
            && int.Parse(tokens[at][..4], System.Globalization.CultureInfo.InvariantCulture) is >= 1500 and <= 2100;
    }

    private static bool IsFullPersonName(EntitySpan span) => span.Length >= 2 && EntityLabels.Types[span.Type] == "PER";

    /// <summary>
    /// A name right after another that is only generic words ending in a head word ("Air Base", "International Airport",
    /// "Nuclear Power Plant") finishes it: "San Isidro" + "Air Base" is the place "San Isidro Air Base", typed by its head;
    /// a party's adjective does not ("the Republican Senate" is the Senate).
    /// </summary>
    private void JoinGenericTails(IReadOnlyList<string> tokens, string[] tags) =>
        SpanReader.JoinNeighbours(tags, (before, tail) =>
            before.End == tail.Start && IsHeadWord(tokens[tail.End - 1]) && !(before.Length == 1 && knowledge.Words.Contains("party-adjective", tokens[before.Start]))
            && Enumerable.Range(tail.Start, tail.Length).All(i => IsHeadWord(tokens[i]) || knowledge.Words.Contains("name-modifier", tokens[i]))
                ? HeadType(tokens[tail.End - 1])
                : null);

    /// <summary>
    /// An organisation head word the model left untagged right after a place finishes the name as an organisation: "New York
    /// City" + "Council" is the New York City Council, "Kenya" + "Airways" Kenya Airways (the knowledge base had typed the place).
    /// </summary>
    private void JoinUntaggedHeadsAfterPlaces(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags).ToList())
        {
            var end = span.End;
            while (end < tokens.Count && tags[end] == EntityLabels.OutsideTag && IsCapitalised(tokens[end]) && knowledge.Words.Contains("org-word", tokens[end]))
            {
                end++;
            }

            if (end > span.End && EntityLabels.Types[span.Type] == "LOC")
            {
                SpanReader.Write(tags, span.Start, end, "ORG");
            }
        }
    }

    /// <summary>
    /// A place or organisation named after a person: a person's name, then capitalised words ending in a head word that the
    /// model left untagged or read as a name of their own, is one name typed by the head ("Richard J. Donovan Correctional" +
    /// "Facility", "Doris" + "Day Animal Foundation", "John F. Kennedy" + "International Airport").
    /// </summary>
    private void JoinHeadsAfterPeople(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags).ToList())
        {
            if (EntityLabels.Types[span.Type] != "PER" || span.End >= tokens.Count || (span.Length == 1 && knowledge.Words.Contains("not-a-name", tokens[span.Start])))
            {
                continue;
            }

            var end = span.End;
            if (tags[end].StartsWith("B-", StringComparison.Ordinal) && tags[end][2..] is "ORG" or "LOC" && knowledge.Entities.Gazetteer.Match(tokens, end, tokens.Count) is null)
            {
                // Not before a known name: "Bill Clinton" + "White House Press Secretary" are a person and the White House.
                end = SpanReader.EndOf(tags, end);
            }
            else
            {
                while (end < Math.Min(tokens.Count, span.End + MaxHeadedTail) && tags[end] == EntityLabels.OutsideTag && IsCapitalised(tokens[end])
                       && !knowledge.Words.Contains("function", tokens[end]))
                {
                    end++;
                }
            }

            if (end > span.End && end - span.End <= MaxHeadedTail && IsHeadWord(tokens[end - 1]))
            {
                SpanReader.Write(tags, span.Start, end, HeadType(tokens[end - 1]));
            }
        }
    }

    /// <summary>
    /// Capitalised words the model left untagged that are only generic words ending in a head word, right before "for" or
    /// "of" (perhaps with "the") and a name, are one name with it: "Observatory" + "for" + "Human Rights" is the organisation
    /// "Observatory for Human Rights" (and with the demonym before it, the Syrian Observatory for Human Rights), "Alliance
    /// for the Future of Kosovo", "Church of the Nativity". Not in a headline of capitalised words.
    /// </summary>
    private void TagUntaggedHeadsBeforeNames(IReadOnlyList<string> tokens, string[] tags)
    {
        // In a headline of capitalised words ("Earthquake Shakes Region of Kermadec") a capital says nothing: there, more
        // capitalised words than the sentence's first are no part of any name. Titles are capitalised in any sentence.
        if (Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Count(k => tags[k] == EntityLabels.OutsideTag && IsCapitalised(tokens[k]) && !titles.IsTitleWord(tokens[k])) >= 3)
        {
            return;
        }

        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i] is not ("for" or "of") || i == 0 || tags[i - 1] != EntityLabels.OutsideTag || !IsCapitalised(tokens[i - 1]) || !IsHeadWord(tokens[i - 1]))
            {
                continue;
            }

            var nameStart = tokens[i + 1].Equals("the", StringComparison.Ordinal) ? i + 2 : i + 1;
            if (nameStart >= tokens.Count || !tags[nameStart].StartsWith("B-", StringComparison.Ordinal) || tags[nameStart][2..] is not ("ORG" or "LOC"))
            {
                continue;
            }

            var start = i - 1;
            while (true)
            {
                if (start > 0 && tags[start - 1] == EntityLabels.OutsideTag && IsCapitalised(tokens[start - 1])
                    && (IsHeadWord(tokens[start - 1]) || knowledge.Words.Contains("name-modifier", tokens[start - 1]) || knowledge.Words.Contains("generic-adjective", tokens[start - 1])))
                {
                    start--;
                }
                else if (start > 1 && tokens[start - 1] is "'" or "’" or "'s" or "’s" && tags[start - 2] == EntityLabels.OutsideTag && knowledge.Words.Contains("possessive-name-word", tokens[start - 2]))
                {
                    // "Workers ' Party of Korea", "People 's Liberation Army of …": the possessive stays inside the name.
                    start -= 2;
                }
                else
                {
                    break;
                }
            }

            SpanReader.Write(tags, start, SpanReader.EndOf(tags, nameStart), HeadType(tokens[i - 1]));
        }
    }

    /// <summary>
    /// A name of only generic words ending in a head word, then "of" or "of the" and another name, is one name with it:
    /// "National Library" + "of the" + "Netherlands", "Cape" + "of" + "Good Hope", typed by the head. A name of its own
    /// ("Hebrew University", "Standard Oil Company") stays apart from the place that follows it, as the corpora tag it.
    /// </summary>
    private void JoinGenericOfNames(IReadOnlyList<string> tokens, string[] tags) =>
        SpanReader.JoinNeighbours(tags, (head, tail) =>
        {
            var gap = tail.Start - head.End;
            var joined = gap is 1 or 2 && tokens[head.End] == "of" && (gap == 1 || tokens[head.End + 1].Equals("the", StringComparison.OrdinalIgnoreCase))
                && EntityLabels.Types[head.Type] is "ORG" or "LOC" && EntityLabels.Types[tail.Type] is "ORG" or "LOC"
                && IsHeadWord(tokens[head.End - 1])
                && Enumerable.Range(head.Start, head.Length).All(i => IsHeadWord(tokens[i]) || knowledge.Words.Contains("name-modifier", tokens[i]) || knowledge.Words.Contains("generic-adjective", tokens[i]));
            return joined ? HeadType(tokens[head.End - 1]) : null;
        });

    /// <summary>
    /// An organisation's name of two words or more ending in an organisation word, then "of" (perhaps "of the") and
    /// capitalised words the model left untagged, is one name: "Chicago Board" + "of Trade", "Paris Chamber" + "of Commerce".
    /// </summary>
    private void JoinUntaggedOfTails(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags).ToList())
        {
            var of = span.End;
            if (span.Length < 2 || EntityLabels.Types[span.Type] != "ORG" || of + 1 >= tokens.Count || tokens[of] != "of" || !knowledge.Words.Contains("org-word", tokens[of - 1]))
            {
                continue;
            }

            var start = tokens[of + 1] == "the" ? of + 2 : of + 1;
            var end = start;
            while (end < Math.Min(tokens.Count, start + MaxHeadedTail) && tags[end] == EntityLabels.OutsideTag && IsCapitalised(tokens[end]) && !IsAllCapitals(tokens[end])
                   && !knowledge.Words.Contains("function", tokens[end].ToLowerInvariant()))
            {
                end++;
            }

            if (end > start && (end == tokens.Count || !IsCapitalised(tokens[end])))
            {
                SpanReader.Write(tags, span.Start, end, "ORG");
            }
        }
    }

    /// <summary>
    /// A name of two words or more ending in a head word, joined by an en dash to a capitalised word or a name before it, is
    /// one name with it, as compound names are written: "Export–Import Bank" (with the demonym before it, the African
    /// Export–Import Bank), "San Francisco–Oakland Bay Bridge", "Warmian–Masurian Voivodeship". A hyphen standing alone
    /// separates names in wire text ("China - European Union"), so only the en dash joins, and a known organisation keeps its
    /// branch apart ("Islamic State – Khorasan Province").
    /// </summary>
    private void JoinEnDashCompounds(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            var dash = span.Start - 1;
            if (dash < 1 || tokens[dash] != "–" || span.Length < 2 || !IsHeadWord(tokens[span.End - 1]) || !IsCapitalised(tokens[dash - 1]))
            {
                continue;
            }

            var start = SpanReader.StartOf(tags, dash - 1);

            if (knowledge.Entities.Gazetteer.Match(tokens, start, dash) is { } known && known.End == dash && known.Values[0].Entity.Label == EntityLabel.Organization)
            {
                continue;
            }

            SpanReader.Write(tags, start, span.End, EntityLabels.Types[span.Type]);
        }
    }

    /// <summary>
    /// A demonym right before an organisation's name is part of it: "Syrian" + "Democratic Forces" is the organisation
    /// "Syrian Democratic Forces", as GUM and wikigold tag "American Medical Association" or "German Air Force" (a
    /// country's generic institution is then named with its country by the linking stage: "Israeli Air Force" → Israel Air Force).
    /// A name that starts with a title stays apart: "Iranian" + "Supreme Leader Ayatollah Ali Khamenei" is a person with a role.
    /// A contest's word makes the whole an event: "Dutch" + "Open" is the Dutch Open, "Italian" + "Cup" the Italian Cup.
    /// </summary>
    private void JoinDemonymNames(IReadOnlyList<string> tokens, string[] tags) =>
        SpanReader.JoinNeighbours(tags, (demonym, name) =>
            demonym.Length == 1 && demonym.End == name.Start && EntityLabels.Types[demonym.Type] == "MISC"
            && (EntityLabels.Types[name.Type] is "ORG" or "EVENT" || knowledge.Words.Contains("org-word", tokens[name.End - 1]))
            && !titles.IsTitleWord(tokens[name.Start])
            && knowledge.Entities.Gazetteer.Match(tokens, demonym.Start, demonym.End) is { } match && match.End == demonym.End
            && match.Values[0].Form == MentionForm.Demonym
                ? knowledge.Words.Contains("contest-word", tokens[name.End - 1]) ? "EVENT" : EntityLabels.Types[name.Type] == "EVENT" ? null : "ORG"
                : null);

    /// <summary>
    /// A ship's prefix and the capitalised name after it are one name, MISC as the corpora tag vessels: "USS Abraham
    /// Lincoln" and "HMS Prince of Wales" are neither a person nor a place (<c>vessel-prefix</c> in Data/names.tsv).
    /// </summary>
    private void MarkVessels(IReadOnlyList<string> tokens, string[] tags)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsCapitalised(tokens[i + 1]) || !knowledge.Words.Contains("vessel-prefix", tokens[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && (IsCapitalised(tokens[end]) || (tokens[end] is "of" or "the" && end + 1 < tokens.Count && IsCapitalised(tokens[end + 1]))))
            {
                end++;
            }

            SpanReader.Write(tags, i, end, "MISC");
            if (end < tags.Length && tags[end].StartsWith("I-", StringComparison.Ordinal))
            {
                tags[end] = "B-" + tags[end][2..];
            }

            i = end - 1;
        }
    }

    private bool IsHeadWord(string word) => knowledge.Words.Contains("org-word", word) || knowledge.Words.Contains("location-word", word);

    /// <summary>The type a head word gives its name: an organisation word makes an organisation, a place word a place.</summary>
    private string HeadType(string head) => knowledge.Words.Contains("org-word", head) ? "ORG" : "LOC";
}
