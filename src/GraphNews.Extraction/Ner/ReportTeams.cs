using GraphNews.Extraction.KnowledgeBase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// A sports report read as a whole: the names the sentence rules made teams (<see cref="SportsTeams"/>, <see cref="ResultsLines"/>,
/// <see cref="PlayerLines"/>) are those teams wherever the document names them, by their short names too, and one word read
/// as a place is a player where no team, list or preposition makes it one.
/// </summary>
internal sealed class ReportTeams(Knowledge knowledge, KnownNames names)
{
    /// <summary>The names the sports rules made organisations in this sentence: teams of a fixture, a results line or a ranking.</summary>
    public static void Collect(IReadOnlyList<string> tokens, string[] before, string[] after, HashSet<string> teams)
    {
        foreach (var span in SpanReader.Read(after))
        {
            if (EntityLabels.Types[span.Type] == "ORG" && !(before[span.Start] == "B-ORG" && (span.End == before.Length || !before[span.End].StartsWith("I-", StringComparison.Ordinal))))
            {
                teams.Add(SpanReader.Text(tokens, span.Start, span.End));
            }
        }
    }

    /// <summary>
    /// In a sports report, the short names of a club named in full are the club's too: the last word of a club's name of two
    /// words or more ("Villa" of "Aston Villa", "Dortmund" of "Borussia Dortmund"), unless it is a day, a known first name, a
    /// head word any club may end in ("United", "City"), a country ("Tour of Spain") or the surname of a person the report
    /// names in full; and the town a club's name starts with ("Chicago" of "Chicago Bulls", "New York" of "New York Knicks").
    /// </summary>
    public void AddShortNames(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags, HashSet<string> teams, HashSet<string> surnames)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in SpanReader.Read(tags[s]))
            {
                if (span.Length < 2 || EntityLabels.Types[span.Type] != "ORG" || !Enumerable.Range(span.Start, span.Length).All(i => TokenCase.IsCapitalised(tokens[i]) && !TokenCase.IsAllCapitals(tokens[i])))
                {
                    continue;
                }

                var last = tokens[span.End - 1];
                if (!names.IsCountry(tokens, span.End - 1, span.End) && !surnames.Contains(last) && !knowledge.DateWords.Contains(last)
                    && !knowledge.FirstNames.ContainsKey(last) && !knowledge.Words.Contains("org-word", last))
                {
                    teams.Add(last);
                }

                for (var townEnd = span.End - 1; townEnd > span.Start; townEnd--)
                {
                    if (names.IsPlace(tokens, span.Start, townEnd) && !names.IsCountry(tokens, span.Start, townEnd))
                    {
                        teams.Add(SpanReader.Text(tokens, span.Start, townEnd));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A team the sports rules found is that team wherever the document names it ("Leeds beat Chelsea 2-1 … the winner for
    /// Leeds … Chelsea, who spent …"), where the model read the town as a place or the club as a person; after a locative
    /// preposition the town is the place ("the match in Hamburg").
    /// </summary>
    public void NameAsTeams(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags, HashSet<string> teams)
    {
        if (teams.Count == 0)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            // A dateline names where the story was filed: "NEWCASTLE 1996-08-25" is the town, whatever its team did.
            foreach (var span in Datelines.IsDateline(sentences[s]) ? [] : SpanReader.Read(tags[s]))
            {
                if (EntityLabels.Types[span.Type] is "PER" or "LOC" && teams.Contains(SpanReader.Text(sentences[s], span.Start, span.End))
                    && !(span.Start > 0 && knowledge.Words.Contains("locative", sentences[s][span.Start - 1])))
                {
                    SpanReader.Write(tags[s], span.Start, span.End, "ORG");
                }
            }
        }
    }

    /// <summary>
    /// In a sports report (a wire slug heads it: "SOCCER - CHELSEA HELD BY SOUTHAMPTON"), one word the model read as a place
    /// that no locative preposition, "of" or "the" leads and no team or dateline holds is a player named by surname alone
    /// when no list knows it as a place ("Zola 's free kick", "a foul on Magilton", "a header from Leboeuf": <c>scoring-noun</c>;
    /// the towns and grounds of sports reports are in the place lists or follow "in", "at" or "to") or when the report names
    /// the player in full ("Jordan scored eight" after "Michael Jordan").
    /// </summary>
    public void PlayersNamedAsPlaces(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> tags, HashSet<string> teams, HashSet<string> surnames)
    {
        if (!names.HasLists)
        {
            return;
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            foreach (var span in Datelines.IsDateline(tokens) ? [] : SpanReader.Read(tags[s]))
            {
                var word = tokens[span.Start];
                if (span.Length == 1 && EntityLabels.Types[span.Type] == "LOC" && char.IsUpper(word[0]) && !TokenCase.IsAllCapitals(word)
                    && !teams.Contains(word) && !(span.Start > 0 && (names.IsLocativeHere(tokens, span.Start - 1) || tokens[span.Start - 1] is "of" or "the"))
                    && (surnames.Contains(word) || (!names.IsKnownOrListed(tokens, span.Start, span.End) && !EnglishWords.Contains(word))))
                {
                    SpanReader.Write(tags[s], span.Start, span.End, "PER");
                }
            }
        }
    }
}
