using static GraphNews.Extraction.Ner.TokenCase;

namespace GraphNews.Extraction.Ner;

/// <summary>
/// Names that sports text shows to be teams, and a team named after its town is an organisation, as in news NER corpora:
/// in a sentence with a score or under a sport's wire slug ("RUGBY LEAGUE - WIGAN BEAT ST HELENS"), two names joined by a
/// result word or "v", or by a result verb, a score and a preposition ("Leeds beat Chelsea 2-1", "Leeds drew 1-1 with Chelsea", "Bayern Munich drew
/// with Dortmund 1-1") — a name the model left untagged there is a team too; and a town right before a player's or
/// coach's role and a person ("Leeds striker Alan Smith", "Chelsea manager Ruud Gullit"). The score keeps the verbs of
/// war out ("Russia crushed Grozny") and legal cases ("Biden v. Nebraska"). Countries keep their type (national teams
/// are tagged by their country), organisations stay organisations and people stay people ("Sampras beat Agassi 6-3"),
/// except a "person" not led by a known first name facing a team, which is a team too ("PSV Eindhoven beat Feyenoord 3-1");
/// scores of sets, or the slug of a sport of players ("TENNIS - SAMPRAS BEATS IVANISEVIC"), make the two sides players
/// ("Ivanisevic beat Kafelnikov 6-4 6-3"). In a sentence of scoring, a town after
/// "for" or "against" is its team ("scored twice for Newcastle").
/// The words are data (<c>fixture-verb</c>, <c>score-verb</c>, <c>score-preposition</c>, <c>result-noun</c>, <c>team-role</c>, <c>team-noun-before</c>, <c>goal-word</c>,
/// <c>sports-slug</c>, <c>contest-word</c> and <c>win-verb</c> in Data/names.tsv; <c>be</c> in Data/syntax.tsv).
/// </summary>
/// <param name="words">The word lists holding <c>fixture-verb</c>.</param>
/// <param name="isKnownCountry">Whether tokens [start, end) of a sentence are exactly a country the knowledge base knows.</param>
/// <param name="isFirstName">Whether a word is a known first name: a name led by one stays a person.</param>
/// <param name="isCommonWord">Whether a word is a common English word: one that starts the sentence ("Yesterday Hamburg beat …") is no part of a club's name.</param>
/// <param name="isDemonym">Whether a word is a known demonym: "English captain Harry Kane" names no club.</param>
/// <param name="isKnownName">Whether tokens [start, end) are exactly a name the knowledge base knows: "Ferrari won the Italian Grand Prix" stays a team.</param>
public sealed class SportsTeams(KnowledgeBase.WordLists words, Func<IReadOnlyList<string>, int, int, bool> isKnownCountry, Func<string, bool> isFirstName, Func<string, bool>? isCommonWord = null,
    Func<string, bool>? isDemonym = null, Func<IReadOnlyList<string>, int, int, bool>? isKnownName = null)
{

    private const string Location = "LOC";
    private const int MaxUntaggedWords = 3;

    /// <param name="tokens">One sentence.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void Apply(IReadOnlyList<string> tokens, string[] tags)
    {
        PlayersAfterTeamRoles(tokens, tags);
        WinnersOfPlayersContests(tokens, tags);
        TownsBeforeTeamRoles(tokens, tags);
        TownsScoredFor(tokens, tags);
        if (!tokens.Any(IsScore) && !HasSportsSlug(tokens))
        {
            return;
        }

        var sets = HasSetScores(tokens) || UnderPlayersSlug(tokens);
        for (var at = 1; at < tokens.Count - 1; at++)
        {
            var verb = words.StartsWith("fixture-verb", tokens, at, tokens.Count);
            if (verb == 0)
            {
                verb = ScoreBetween(tokens, at);
            }

            if (verb == 0 || NameEndingAt(tokens, tags, at) is not { } left || NameStartingAt(tokens, tags, at + verb) is not { } right)
            {
                continue;
            }

            if (sets)
            {
                Player(tokens, tags, left);
                Player(tokens, tags, right);
                at += verb;
                continue;
            }

            var leftPerson = EntityLabels.IsPersonTag(tags[left.Start]);
            var rightPerson = EntityLabels.IsPersonTag(tags[right.Start]);
            if ((leftPerson && !IsTeamFacingPerson(tokens, tags, right, left)) || (rightPerson && !IsTeamFacingPerson(tokens, tags, left, right)))
            {
                continue;
            }

            Retype(tokens, tags, left, leftPerson);
            if (!(tokens[at + verb - 1] == "at" && IsGround(tokens, right)))
            {
                Retype(tokens, tags, right, rightPerson);
            }

            at += verb;
        }
    }

    /// <summary>
    /// "Schumacher's Ferrari team-mate Irvine", "Leeds striker Yeboah": one name right after a player's role is the player,
    /// where the model read a surname alone as a place or an organisation; not a country nor a common word.
    /// </summary>
    private void PlayersAfterTeamRoles(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            if (span.Length == 1 && span.Start > 0 && IsTeamRole(tokens[span.Start - 1])
                && isCommonWord?.Invoke(tokens[span.Start]) != true)
            {
                Player(tokens, tags, (span.Start, span.End));
            }
        }
    }

    /// <summary>
    /// "Sampras won the U.S. Open", "Faldo won the British Open": one name that won a contest of players (<c>contest-word</c>
    /// value <c>players</c>: Open, Masters, Classic, Prix) is a player, where the model read a surname alone as an
    /// organisation or a place; not a country, a common word or a name the knowledge base knows.
    /// </summary>
    private void WinnersOfPlayersContests(IReadOnlyList<string> tokens, string[] tags)
    {
        var spans = SpanReader.Read(tags);
        for (var k = 0; k + 1 < spans.Count; k++)
        {
            var (winner, contest) = (spans[k], spans[k + 1]);
            var verb = winner.End;
            var contestStart = verb + 1 < tokens.Count && tokens[verb + 1] == "the" ? verb + 2 : verb + 1;
            if (winner.Length == 1 && verb < tokens.Count && words.Contains("win-verb", tokens[verb])
                && contest.Start == contestStart && words.ValueOf("contest-word", tokens[contest.End - 1]) == "players"
                && isKnownName?.Invoke(tokens, winner.Start, winner.End) != true && isCommonWord?.Invoke(tokens[winner.Start]) != true)
            {
                Player(tokens, tags, (winner.Start, winner.End));
            }
        }
    }

    /// <summary>
    /// "Leeds striker Alan Smith": a town, a team role, then a person; the club's name may be one the model left untagged
    /// ("Leicester prop Graham Rowntree and Wasps lock Lawrence Dallaglio") or read as a person (<see cref="IsClubReadAsPerson"/>:
    /// "Villa manager Brian Little"; not before a company's role, <c>team-role</c> value <c>company</c>), though not a common
    /// word opening the sentence ("Veteran striker …") nor a nationality ("English captain Harry Kane").
    /// </summary>
    private void TownsBeforeTeamRoles(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            var role = span.End;
            if (role + 1 < tokens.Count && IsTeamRole(tokens[role]) && tags[role + 1] == "B-PER"
                && (EntityLabels.Types[span.Type] == Location || (words.ValueOf("team-role", tokens[role]) != "company" && IsClubReadAsPerson(tokens, span))))
            {
                Retype(tokens, tags, (span.Start, span.End), personIsTeam: true);
            }
        }

        for (var role = 1; role + 1 < tokens.Count; role++)
        {
            if (tags[role] != EntityLabels.OutsideTag || tags[role - 1] != EntityLabels.OutsideTag || tags[role + 1] != "B-PER" || !IsTeamRole(tokens[role]))
            {
                continue;
            }

            var start = role;
            while (start > 0 && role - start < MaxUntaggedWords && tags[start - 1] == EntityLabels.OutsideTag && IsCapitalised(tokens[start - 1])
                   && !words.Contains("function", tokens[start - 1]) && isDemonym?.Invoke(tokens[start - 1]) != true)
            {
                start--;
            }

            if (start < role && (start > 0 || isCommonWord?.Invoke(tokens[0]) == false))
            {
                SpanReader.Write(tags, start, role, isKnownCountry(tokens, start, role) ? Location : "ORG");
            }
        }
    }

    /// <summary>
    /// In a sports report (a wire slug heads the document), a town or a club the model read as a person right after a noun that stands
    /// before clubs (<c>team-noun-before</c>: "behind leaders Liverpool", "visitors Roda") or after a result's noun and a
    /// preposition ("a 2-0 win over Deportivo Coruna", "the defeat by Perugia", "held 1-1 by Craiova"), after a score and "at" (<see cref="IsAwayGround"/>)
    /// or in a player's move (<see cref="IsClubLeft"/>) is the club; a country stays a place. A ground is a place (<see cref="IsVenue"/>).
    /// </summary>
    /// <param name="tokens">One sentence of a sports report.</param>
    /// <param name="tags">Its BIO tags, rewritten in place.</param>
    public void ApplyToSportsReport(IReadOnlyList<string> tokens, string[] tags)
    {
        foreach (var span in SpanReader.Read(tags))
        {
            var before = span.Start - 1;
            var afterResult = before >= 1 && tokens[before] != "at" && (words.Contains("score-preposition", tokens[before]) || tokens[before] == "by")
                && (words.Contains("result-noun", tokens[before - 1]) || IsScore(tokens[before - 1]));
            var cued = afterResult || (before >= 0 && words.Contains("team-noun-before", tokens[before])) || IsAwayGround(tokens, span) || IsWinnersPossessive(tokens, span);
            if ((cued && (EntityLabels.Types[span.Type] == Location || IsClubReadAsPerson(tokens, span)))
                || (IsClubLeft(tokens, before) && EntityLabels.Types[span.Type] == Location))
            {
                Retype(tokens, tags, (span.Start, span.End), personIsTeam: true);
            }
            else if (IsVenue(tokens, span))
            {
                SpanReader.Write(tags, span.Start, span.End, Location);
            }
        }
    }

    /// <summary>
    /// "at the Nou Camp", "at the Oval": an organisation the model read after "at the" is the ground, unless the knowledge base
    /// knows it or it ends in a contest's or an event's word ("at the Australian Open"); so is a listed ground (<c>venue</c>) anywhere.
    /// </summary>
    private bool IsVenue(IReadOnlyList<string> tokens, EntitySpan span) =>
        EntityLabels.Types[span.Type] is "ORG" or "PER" && IsListedVenue(tokens, (span.Start, span.End))
        || (EntityLabels.Types[span.Type] == "ORG" && span.Start >= 2 && tokens[span.Start - 2] is "at" or "At" && tokens[span.Start - 1] == "the"
            && isKnownName?.Invoke(tokens, span.Start, span.End) != true
            && !words.Contains("contest-word", tokens[span.End - 1]) && !words.Contains("event-word", tokens[span.End - 1]));

    private bool IsListedVenue(IReadOnlyList<string> tokens, (int Start, int End) name) =>
        name.End - name.Start == 1 && (words.Contains("venue", tokens[name.Start]) || (name.End < tokens.Count && tokens[name.End] is "'s" or "’s" && words.Contains("venue", tokens[name.Start] + "'s")));

    /// <summary>
    /// "drew 1-1 at Chelsea", "lost 2-1 at Nantes": a score, "at" and a town is the club the match was played against, not a
    /// listed ground ("2-0 at Wembley") nor a name ending in a place's or a ground's word (<c>venue-word</c>: "1-0 at Selhurst Park").
    /// </summary>
    private bool IsAwayGround(IReadOnlyList<string> tokens, EntitySpan span) =>
        span.Start >= 2 && tokens[span.Start - 1] == "at" && IsScore(tokens[span.Start - 2]) && !IsGround(tokens, (span.Start, span.End));

    /// <summary>A listed ground ("Wembley") or a name ending in a place's or a ground's word ("Selhurst Park").</summary>
    private bool IsGround(IReadOnlyList<string> tokens, (int Start, int End) name) =>
        IsListedVenue(tokens, name) || words.Contains("location-word", tokens[name.End - 1]) || words.Contains("venue-word", tokens[name.End - 1]);

    /// <summary>"Barcelona 's 3-1 win over Valencia": the possessive of a score and a result's noun is a club's.</summary>
    private bool IsWinnersPossessive(IReadOnlyList<string> tokens, EntitySpan span) =>
        span.End + 2 < tokens.Count && tokens[span.End] is "'s" or "’s" && IsScore(tokens[span.End + 1]) && words.Contains("result-noun", tokens[span.End + 2]);

    /// <summary>
    /// "signed from Blackburn", "acquired from Hartford", "joined Houston", "play for Port Adelaide": a player's move or play
    /// names the club he left, joined or plays for.
    /// </summary>
    private bool IsClubLeft(IReadOnlyList<string> tokens, int before) =>
        before >= 0 && (words.Contains("transfer-verb", tokens[before])
            || (before >= 1 && tokens[before] is "from" or "for" && words.Contains(tokens[before] == "from" ? "transfer-verb" : "play-verb", tokens[before - 1])));

    /// <summary>
    /// "Ravanelli scored twice for Middlesbrough", "35 points for Chicago", "a goal against Leeds": in a sentence of scoring
    /// (<c>goal-word</c>), a town right after "for" or "against" is its team.
    /// </summary>
    private void TownsScoredFor(IReadOnlyList<string> tokens, string[] tags)
    {
        bool? scored = null;
        for (var at = 0; at + 1 < tokens.Count; at++)
        {
            if (tokens[at] is "for" or "against" && tags[at + 1] == "B-LOC")
            {
                // Most sentences name no place after "for" or "against", so the goal words are looked for only when one does.
                scored ??= tokens.Any(t => words.Contains("goal-word", t));
                if (scored == false)
                {
                    return;
                }

                Retype(tokens, tags, (at + 1, SpanReader.EndOf(tags, at + 1)));
            }
        }
    }

    /// <summary>The tagged name, or up to three untagged capitalised words, ending right before <paramref name="end"/>; none when it is no team's.</summary>
    private (int Start, int End)? NameEndingAt(IReadOnlyList<string> tokens, string[] tags, int end)
    {
        var start = end;
        if (tags[end - 1] != EntityLabels.OutsideTag)
        {
            start = SpanReader.StartOf(tags, end - 1);

            // "Bayern Munich beat …": a club's first word that the model read as a name of its own or left out belongs to the club.
            while (start > 0 && end - start < MaxUntaggedWords && IsCapitalised(tokens[start - 1]) && !EntityLabels.IsPersonTag(tags[start - 1]) && !IsHyphenatedModifier(tokens[start - 1])
                   && (tags[start - 1] != EntityLabels.OutsideTag || start - 1 > 0 || isCommonWord?.Invoke(tokens[start - 1]) == false))
            {
                start--;
            }
        }
        else
        {
            while (start > 0 && end - start < MaxUntaggedWords && tags[start - 1] == EntityLabels.OutsideTag && IsCapitalised(tokens[start - 1]) && !IsHyphenatedModifier(tokens[start - 1]))
            {
                start--;
            }
        }

        return start < end && !IsMisc(tags[end - 1]) ? (start, end) : null;
    }

    /// <summary>"Second-placed", "Top-flight": a compound modifier, no club's word.</summary>
    private static bool IsHyphenatedModifier(string token) => token.IndexOf('-') is > 0 and var dash && dash + 1 < token.Length && char.IsLower(token[dash + 1]);

    /// <summary>The tagged name, or the untagged capitalised words, starting at <paramref name="start"/>; none when it is no team's.</summary>
    private static (int Start, int End)? NameStartingAt(IReadOnlyList<string> tokens, string[] tags, int start)
    {
        var end = start;
        if (end < tokens.Count && tags[end].StartsWith("B-", StringComparison.Ordinal))
        {
            end = SpanReader.EndOf(tags, end);

            // "… beat Bayern Munich 2-1": a name right after the club's first word, as the model read it, is the club's too.
            var firstEnd = end;
            while (end < tokens.Count && end - start < MaxUntaggedWords && tags[end].StartsWith("B-", StringComparison.Ordinal) && !EntityLabels.IsPersonTag(tags[end]) && !EntityLabels.IsPersonTag(tags[start]))
            {
                end = SpanReader.EndOf(tags, end);
            }

            return IsMisc(tags[start]) && end == firstEnd ? null : (start, end);
        }
        else
        {
            while (end < tokens.Count && end - start < MaxUntaggedWords && tags[end] == EntityLabels.OutsideTag && IsCapitalised(tokens[end]))
            {
                end++;
            }

            // "… beat Bayern Munich": the name the model read right after the untagged first word is the club's too.
            if (end > start && end < tokens.Count && tags[end].StartsWith("B-", StringComparison.Ordinal) && !EntityLabels.IsPersonTag(tags[end]) && !IsMisc(tags[end]))
            {
                end = SpanReader.EndOf(tags, end);
            }
        }

        return end > start && !IsMisc(tags[start]) ? (start, end) : null;
    }

    /// <summary>
    /// The "person" facing <paramref name="team"/> is a team too: the other side is a club (an organisation, or a town that
    /// is no country: a country may field a player's opponents, as in the Davis Cup), and the name is not led by a known first name.
    /// </summary>
    private bool IsTeamFacingPerson(IReadOnlyList<string> tokens, string[] tags, (int Start, int End) team, (int Start, int End) person) =>
        !EntityLabels.IsPersonTag(tags[team.Start]) && !isKnownCountry(tokens, team.Start, team.End) && !isFirstName(tokens[person.Start]);

    /// <summary>
    /// "Leeds drew 1-1 with Chelsea", "lost 2-1 to", "won 3-0 against": a result verb, a score and a preposition
    /// (<c>score-verb</c>, <c>score-preposition</c>) between two teams; the length of those words, or 0.
    /// </summary>
    private int ScoreBetween(IReadOnlyList<string> tokens, int at) =>
        at + 2 < tokens.Count && words.Contains("score-verb", tokens[at]) && IsScore(tokens[at + 1]) && words.Contains("score-preposition", tokens[at + 2]) ? 3 : ResultPhrase(tokens, at);

    /// <summary>
    /// "were held to a 1-1 draw by", "slumped to a 2-0 defeat against": a verb (perhaps after an auxiliary), "to a", a score,
    /// a result's noun (<c>result-noun</c>) and a preposition; its length, or 0.
    /// </summary>
    private int ResultPhrase(IReadOnlyList<string> tokens, int at)
    {
        var verb = at < tokens.Count && words.Contains("be", tokens[at]) ? at + 1 : at;
        var to = verb + 1;
        return to + 4 < tokens.Count && IsLowerCase(tokens[verb]) && tokens[to] == "to" && tokens[to + 1] is "a" or "an" && IsScore(tokens[to + 2])
               && words.Contains("result-noun", tokens[to + 3]) && (tokens[to + 4] == "by" || words.Contains("score-preposition", tokens[to + 4]))
            ? to + 5 - at
            : 0;
    }

    /// <summary>A wire headline under a sport's slug ("RUGBY LEAGUE - WIGAN BEAT ST HELENS"): the slug says what a score would.</summary>
    internal bool HasSportsSlug(IReadOnlyList<string> tokens)
    {
        var headline = HeadlineCasing.HeadlineStart(tokens);
        return headline > 0 && Enumerable.Range(0, headline - 1).All(i => words.Contains("sports-slug", tokens[i]));
    }

    /// <summary>"TENNIS - SAMPRAS BEATS IVANISEVIC": the slug of a sport of players (value <c>players</c>), whose sides are players.</summary>
    private bool UnderPlayersSlug(IReadOnlyList<string> tokens) =>
        HasSportsSlug(tokens) && Enumerable.Range(0, HeadlineCasing.HeadlineStart(tokens) - 1).Any(i => words.ValueOf("sports-slug", tokens[i]) == "players");

    /// <summary>A role written in lower case ("Leeds striker", "Waikato Valley chairman"); a capitalised one is a title ("Gazprom Deputy Chairman").</summary>
    private bool IsTeamRole(string word) => IsLowerCase(word) && words.Contains("team-role", word);

    /// <summary>
    /// A "person" of one to three words where a club stands: not led by a known first name nor a name the knowledge base
    /// knows ("Widzew Lodz", "Kashima Antlers", "Villa").
    /// </summary>
    private bool IsClubReadAsPerson(IReadOnlyList<string> tokens, EntitySpan span) =>
        span.Length <= MaxUntaggedWords && EntityLabels.Types[span.Type] == "PER" && !isFirstName(tokens[span.Start]) && isKnownName?.Invoke(tokens, span.Start, span.End) != true;

    /// <summary>Another kind of name (a nationality, a work) is no team.</summary>
    private static bool IsMisc(string tag) => tag.EndsWith("-MISC", StringComparison.Ordinal);

    /// <summary>"2-1", "3-0": two numbers of at most two digits joined by a hyphen or a dash (not a case number, "22-506").</summary>
    private static bool IsScore(string token)
    {
        var dash = token.IndexOfAny(['-', '–']);
        return dash is > 0 and <= 2 && dash < token.Length - 1 && token.Length - dash - 1 <= 2
            && token[..dash].All(char.IsAsciiDigit) && token[(dash + 1)..].All(char.IsAsciiDigit);
    }

    /// <summary>
    /// "Ivanisevic beat Kafelnikov 6-4 6-3": scores of two sets or more in a row (a tie-break in brackets between them) are a
    /// match between players, not teams.
    /// </summary>
    private static bool HasSetScores(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsSetScore(tokens[i]))
            {
                continue;
            }

            var next = i + 1;
            if (tokens[next] == "(" && next + 2 < tokens.Count && tokens[next + 2] == ")")
            {
                next += 3;
            }

            if (next < tokens.Count && IsSetScore(tokens[next]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"6-4", "7-6", "3-6": a set's score, won with six or seven games.</summary>
    private static bool IsSetScore(string token) =>
        IsScore(token) && token.Split('-', '–') is [var first, var second] && Math.Max(int.Parse(first), int.Parse(second)) is 6 or 7;

    /// <summary>
    /// A side of a match of sets, or a name a player's role or a won contest of players shows, is a player: a place or
    /// organisation the model guessed, or untagged words, become a person; a country stays (the Davis Cup).
    /// </summary>
    private void Player(IReadOnlyList<string> tokens, string[] tags, (int Start, int End) name)
    {
        var types = Enumerable.Range(name.Start, name.End - name.Start).Select(i => tags[i]).Where(t => t != EntityLabels.OutsideTag).Select(t => t[2..]).ToList();
        if (types.Any(t => t is not (Location or "ORG")) || isKnownCountry(tokens, name.Start, name.End))
        {
            return;
        }

        SpanReader.Write(tags, name.Start, name.End, "PER");
    }

    /// <summary>
    /// A town (or a name the model left untagged, or a "person" shown to be a team) becomes the team; a known country stays
    /// a place and an organisation stays one.
    /// </summary>
    private void Retype(IReadOnlyList<string> tokens, string[] tags, (int Start, int End) name, bool personIsTeam = false)
    {
        var types = Enumerable.Range(name.Start, name.End - name.Start).Select(i => tags[i]).Where(t => t != EntityLabels.OutsideTag && !IsMisc(t)).Select(t => t[2..]).ToList();
        if (types.Any(t => t is not (Location or "ORG")) && !personIsTeam)
        {
            return;
        }

        var team = isKnownCountry(tokens, name.Start, name.End) ? Location : "ORG";
        SpanReader.Write(tags, name.Start, name.End, team);
    }
}
