using GraphNews.Domain;
using GraphNews.Extraction.KnowledgeBase;
using GraphNews.Extraction.Ner;
using GraphNews.Extraction.Pipeline;

namespace GraphNews.Extraction.Stages;

/// <summary>
/// Finds the spans that name something: knowledge-base names (gazetteer, longest match, case-sensitive),
/// titles, pronouns, and unknown capitalised names classified by their shape (a title before them, a known
/// first name, an organisation / event / place word at their end). When a statistical tagger is given,
/// its spans replace the shape heuristic for unknown names; the gazetteer still wins where it knows the name.
/// </summary>
public sealed class MentionRecognitionStage(Knowledge knowledge, INamedEntityTagger? tagger) : IPipelineStage
{
    private const int MaxRoleMarkedName = 4;
    private const int MaxAppositiveRole = 6;

    private readonly EventPrefixNames eventNames = new(knowledge.Words, knowledge.FirstNames.ContainsKey);

    public string Name => "recognise";

    public void Process(Document document)
    {
        var taggerSpans = TaggerSpans(document);
        foreach (var sentence in document.Sentences)
        {
            var found = new List<Mention>();
            var claimed = new bool[sentence.TokenCount];
            RecogniseLowerCaseRoles(document, sentence);
            RecogniseCapitalisedRuns(document, sentence, found, claimed);
            if (taggerSpans is not null)
            {
                MergeTaggerSpans(document, sentence, taggerSpans, found);
            }

            PeopleByRole(document, sentence, found);
            RecognisePronouns(document, sentence, found);
            document.Mentions.AddRange(found.OrderBy(m => m.FirstToken));
        }
    }

    /// <summary>
    /// An unknown name that a role marks as a person is a person, whatever its shape or the tagger said: a title right
    /// before it ("U.S. envoy Zalmay Khalilzad"), an appositive ending in a role ("Zalmay Khalilzad, a US peace envoy,")
    /// or a "who" clause after it ("Boccaletti, who works at …"). A name whose last word makes it an organisation or a
    /// place ("the Navy, who told it …") stays what it is, and so do common words ("Chief Medical Advisor", "Chief Health Director").
    /// </summary>
    private void PeopleByRole(Document document, Sentence sentence, List<Mention> found)
    {
        foreach (var mention in found.Where(m => m.Known is null && m.Type != MentionType.Person && m.EndToken - m.FirstToken <= MaxRoleMarkedName
                                                  && TypeByShape(document.TokenTexts, m.FirstToken, m.EndToken) is null
                                                  && !AreCommonWords(document.TokenTexts, m.FirstToken, m.EndToken)))
        {
            var titles = TitlesOf(document, sentence).ToList();
            if (titles.Any(t => t.EndToken == mention.FirstToken) || IsPersonAppositive(document, sentence, mention, titles, found))
            {
                mention.Type = MentionType.Person;
            }
        }
    }

    private static bool IsPersonAppositive(Document document, Sentence sentence, Mention mention, List<TitleMention> titles, List<Mention> found)
    {
        var tokens = document.TokenTexts;
        if (mention.FirstToken > sentence.FirstToken && tokens[mention.FirstToken - 1] is "of" or "from" or "in"
            && found.Any(m => m.Type == MentionType.Person && m.EndToken == mention.FirstToken - 1))
        {
            // "Bernie Sanders of Vermont, who …", "Alexander Gagay of Yekaterinburg, who …": the clause is about the person
            // before ("the campaign of Viktar Babaryka, who …" is about Babaryka).
            return false;
        }

        var comma = mention.EndToken;
        if (comma + 1 >= sentence.EndToken || tokens[comma] != ",")
        {
            return false;
        }

        if (tokens[comma + 1] == "who")
        {
            return true;
        }

        if (tokens[comma + 1] is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var i = comma + 2; i < Math.Min(sentence.EndToken, comma + 2 + MaxAppositiveRole); i++)
        {
            if (tokens[i] is "," or "." or ";" || found.Any(m => m.FirstToken == i && m.Type == MentionType.Person))
            {
                return false;
            }

            if (titles.FirstOrDefault(t => t.FirstToken == i) is { } title && (title.EndToken >= sentence.EndToken || tokens[title.EndToken] is "," or "."))
            {
                return true;
            }
        }

        return false;
    }

    private void RecogniseCapitalisedRuns(Document document, Sentence sentence, List<Mention> found, bool[] claimed)
    {
        var tokens = document.TokenTexts;
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var gazetteer = knowledge.Entities.Gazetteer.Match(tokens, i, sentence.EndToken);
            if ((!IsNameStart(tokens, i) && gazetteer is null)
                || (gazetteer is null && knowledge.Words.ContainsLastHyphenPart("hyphen-modifier", tokens[i])))
            {
                // "Kurdish-led Syrian Democratic Forces": a hyphenated modifier is no part of the name it leads.
                i++;
                continue;
            }

            var end = RunEnd(tokens, i, sentence.EndToken, gazetteer);
            ClassifyRun(document, sentence, i, end, found, claimed);
            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>Capitalised words, joined by connectors ("of", "and", "al", "of the") when a capitalised word follows them, and by the possessive of a word that takes one inside names ("People's").</summary>
    private int RunEnd(List<string> tokens, int start, int limit, PhraseMatch<GazetteerEntry>? gazetteerAtStart)
    {
        var end = Math.Max(start + 1, gazetteerAtStart?.End ?? start + 1);
        while (end < limit)
        {
            var gazetteer = knowledge.Entities.Gazetteer.Match(tokens, end, limit);
            if (gazetteer is not null)
            {
                end = gazetteer.End;
            }
            else if (ContinuesName(tokens[end]))
            {
                end++;
            }
            else if (knowledge.Words.Contains("connector", tokens[end]) && end + 1 < limit && ContinuesName(tokens[end + 1]))
            {
                end += 2;
            }
            else if (tokens[end] is "'s" or "’s" or "'" or "’" && knowledge.Words.Contains("possessive-name-word", tokens[end - 1]) && end + 1 < limit
                     && ContinuesName(tokens[end + 1]))
            {
                // "New People's Party", "Children's Hospital", "Workers' Party": the possessive belongs to the name.
                end += 2;
            }
            else if (knowledge.Words.Contains("connector", tokens[end]) && end + 2 < limit && knowledge.Words.Contains("connector", tokens[end + 1])
                     && ContinuesName(tokens[end + 2]))
            {
                // Two connectors in a row: "Chief of the General Staff", "Abu Bakr al-Baghdadi bin al Qurashi".
                end += 3;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>A capitalised word that can go on a name: not a function word, nor a hyphenated modifier ("Kurdish-led"), which leads another name.</summary>
    private bool ContinuesName(string token) =>
        IsCapitalised(token) && !knowledge.Words.Contains("function", token) && !knowledge.Words.ContainsLastHyphenPart("hyphen-modifier", token);

    private void ClassifyRun(Document document, Sentence sentence, int start, int end, List<Mention> found, bool[] claimed)
    {
        var tokens = document.TokenTexts;
        if (knowledge.Words.Contains("vessel-prefix", tokens[start]))
        {
            // "USS George H. W. Bush" is a ship, which the tagger names; the person is not in the sentence.
            return;
        }

        var whole = knowledge.Entities.Gazetteer.Match(tokens, start, end);
        if (whole is not null && whole.End == end)
        {
            AddKnown(document, sentence, whole, found, claimed);
            return;
        }

        if (end - start >= 2 && TypeByShape(tokens, start, end) is { } shapeType)
        {
            var nameStart = SkipLeadingFunctionWords(tokens, start, end);
            if (end - nameStart >= 2)
            {
                AddMention(document, sentence, nameStart, end, shapeType, "shape", found, claimed);
                return;
            }
        }

        var conjunction = FindAnd(tokens, start, end);
        if (conjunction > start)
        {
            // "Abiy Ahmed and Hassan Mohamud": "and" joins two names unless the whole run is one organisation or event.
            ClassifyRun(document, sentence, start, conjunction, found, claimed);
            ClassifyRun(document, sentence, conjunction + 1, end, found, claimed);
            return;
        }

        var i = start;
        var pendingUnknown = -1;
        while (i < end)
        {
            var title = knowledge.Roles.Match(tokens, i, end);
            var gazetteer = knowledge.Entities.Gazetteer.Match(tokens, i, end);
            if (gazetteer is not null && (title is null || gazetteer.Length >= title.Length) && !IsWeakInsideName(tokens, gazetteer, i, end, pendingUnknown))
            {
                FlushUnknown(document, sentence, ref pendingUnknown, i, found, claimed);
                AddKnown(document, sentence, gazetteer, found, claimed);
                i = gazetteer.End;
            }
            else if (title is not null && IsTitleUse(title, end) && !(pendingUnknown >= 0 && title.Values[0].IsTitleOnly))
            {
                FlushUnknown(document, sentence, ref pendingUnknown, i, found, claimed);
                document.Titles.Add(new TitleMention(title.Start, title.End, title.Values[0], sentence.Index));
                i = title.End;
            }
            else
            {
                if (pendingUnknown < 0 && !knowledge.Words.Contains("function", tokens[i]) && !knowledge.DateWords.Contains(tokens[i]))
                {
                    pendingUnknown = i;
                }

                i++;
            }
        }

        FlushUnknown(document, sentence, ref pendingUnknown, end, found, claimed);
    }

    private static int FindAnd(List<string> tokens, int start, int end)
    {
        for (var i = start + 1; i < end - 1; i++)
        {
            if (tokens[i] == "and")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A one-word place or surname match that starts or ends an unknown name is part of that name
    /// ("Jordan Bardella", "Ivanka Trump", "Klaus Iohannis"), not a mention of its own.
    /// </summary>
    private bool IsWeakInsideName(List<string> tokens, PhraseMatch<GazetteerEntry> match, int start, int end, int pendingUnknown)
    {
        var entry = match.Values[0];
        if (match.Length != 1)
        {
            return false;
        }

        if (pendingUnknown >= 0 && entry.Form == MentionForm.Name && entry.Entity.Label != EntityLabel.Country)
        {
            // "Thérèse Kayikwamba Wagner", "Ivanka Trump": a one-word match continuing an unknown name belongs to it.
            return true;
        }

        var afterTitle = knowledge.Roles.Match(tokens, Math.Max(0, start - 1), start) is not null;
        if (afterTitle && entry.Form == MentionForm.Demonym && match.End < end && IsCapitalised(tokens[match.End]) && knowledge.Entities.Gazetteer.Match(tokens, match.End, end) is null)
        {
            // "justice minister German Galushchenko": a demonym right after a title and before a name is a first name.
            return true;
        }

        // A title-only word ("Sheikh") goes on a name a surname starts: "Sharif Sheikh Ahmed".
        var followedByName = match.End < end && IsCapitalised(tokens[match.End]) && knowledge.Entities.Gazetteer.Match(tokens, match.End, end) is null
                             && (knowledge.Roles.Match(tokens, match.End, end) is not { } role || (entry.IsSurnameOnly && role.Values[0].IsTitleOnly && role.End < end));
        // "Klaus Iohannis", "Cameron Stanley": a well-known person's surname before a name is another person's given name.
        return (knowledge.FirstNames.ContainsKey(tokens[start]) || entry.IsSurnameOnly) && followedByName && entry.Form == MentionForm.Name;
    }

    private void FlushUnknown(Document document, Sentence sentence, ref int pendingUnknown, int end, List<Mention> found, bool[] claimed)
    {
        if (pendingUnknown < 0)
        {
            return;
        }

        var start = pendingUnknown;
        pendingUnknown = -1;
        while (end > start && (knowledge.Words.Contains("connector", document.TokenTexts[end - 1]) || !IsCapitalised(document.TokenTexts[end - 1])))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        // "General Staff", "Chief Medical Advisor": common words after a title that the model did not read as a name are part
        // of a longer name or title, not a titled person (the model reads "Colonel Brown" as one).
        var afterTitle = TitlesOf(document, sentence).Any(t => t.EndToken == start) && !AreCommonWords(document.TokenTexts, start, end);
        var firstNameShape = end - start >= 2 && knowledge.FirstNames.ContainsKey(document.TokenTexts[start]);
        var type = afterTitle || firstNameShape ? MentionType.Person : MentionType.Misc;
        AddMention(document, sentence, start, end, type, "shape", found, claimed);
    }

    /// <summary>Organisation, event or place by the words a name ends (or starts) with; a law, treaty or award ("Tobacco and Vapes Bill") names no entity.</summary>
    private MentionType? TypeByShape(List<string> tokens, int start, int end)
    {
        if (knowledge.Words.EndsWith("misc-word", tokens, start, end))
        {
            return MentionType.Misc;
        }

        // "Hurricane Dorian"; the prefix alone names no event (the storm "no longer qualified as a Tropical Depression"), nor does
        // it before English words ("Hurricane Hunters", the aircrew).
        if (eventNames.IsEventName(tokens, start, end))
        {
            return MentionType.Event;
        }

        if (knowledge.Words.IsStreetName(tokens, start, end))
        {
            return MentionType.Location;
        }

        if (knowledge.Words.EndsWith("org-word", tokens, start, end) || knowledge.Words.StartsWith("org-word", tokens, start, end) == 1 && end - start >= 3 && tokens[start + 1] == "of")
        {
            return MentionType.Organization;
        }

        if (knowledge.Words.EndsWith("event-word", tokens, start, end))
        {
            return MentionType.Event;
        }

        return knowledge.Words.EndsWith("location-word", tokens, start, end) ? MentionType.Location : null;
    }

    /// <summary>A capitalised title counts when a name follows it; a lower-case role word ("spokesman") always counts.</summary>
    private static bool IsTitleUse(PhraseMatch<RoleCue> title, int runEnd) => !title.Values[0].IsTitleOnly || title.End < runEnd;

    /// <summary>Lower-case role words ("spokesman", "envoy") that imply a relation; capitalised titles are found inside name runs.</summary>
    private void RecogniseLowerCaseRoles(Document document, Sentence sentence)
    {
        var tokens = document.TokenTexts;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (IsCapitalised(tokens[i]))
            {
                continue;
            }

            var title = knowledge.Roles.Match(tokens, i, sentence.EndToken);
            if (title is not null && !title.Values[0].IsTitleOnly)
            {
                document.Titles.Add(new TitleMention(title.Start, title.End, title.Values[0], sentence.Index));
                i = title.End - 1;
            }
        }
    }

    private void RecognisePronouns(Document document, Sentence sentence, List<Mention> found)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = document.TokenTexts[i];
            var gender = knowledge.Words.ValueOf("pronoun", word);
            if (gender is "m" or "f" && !found.Any(m => m.FirstToken <= i && i < m.EndToken))
            {
                var token = document.Tokens[i];
                found.Add(new Mention
                {
                    FirstToken = i, EndToken = i + 1, Start = token.Start, End = token.End, Text = word,
                    Type = MentionType.Person, Origin = "pronoun", Form = MentionForm.Pronoun, Sentence = sentence.Index,
                });
            }
        }
    }

    private void AddKnown(Document document, Sentence sentence, PhraseMatch<GazetteerEntry> match, List<Mention> found, bool[] claimed)
    {
        var entry = match.Values[0];
        var mention = AddMention(document, sentence, match.Start, match.End, TypeOf(entry.Entity.Label), "gazetteer", found, claimed);
        mention.Known = entry.Entity;
        mention.Form = entry.Form;
    }

    private static Mention AddMention(Document document, Sentence sentence, int start, int end, MentionType type, string origin, List<Mention> found, bool[] claimed)
    {
        var mention = new Mention
        {
            FirstToken = start,
            EndToken = end,
            Start = document.Tokens[start].Start,
            End = document.Tokens[end - 1].End,
            Text = document.NameOf(start, end),
            Type = type,
            Origin = origin,
            Sentence = sentence.Index,
        };
        found.Add(mention);
        for (var i = start; i < end; i++)
        {
            claimed[i - sentence.FirstToken] = true;
        }

        return mention;
    }

    private IReadOnlyList<string[]>? TaggerSpans(Document document)
    {
        if (tagger is null || document.Sentences.Count == 0)
        {
            return null;
        }

        var sentences = document.Sentences
            .Select(s => (IReadOnlyList<string>)document.TokenTexts.GetRange(s.FirstToken, s.TokenCount))
            .ToList();
        var tags = tagger.Tag(sentences);
        return tags.Count == sentences.Count ? tags : null;
    }

    /// <summary>
    /// Tagger spans over names the gazetteer does not know replace the shape guesses there; a tagger span
    /// that overlaps a knowledge-base name is ignored (the knowledge base knows "Russian" is not a person).
    /// </summary>
    private void MergeTaggerSpans(Document document, Sentence sentence, IReadOnlyList<string[]> tags, List<Mention> found)
    {
        var sentenceTags = tags[sentence.Index];
        if (sentenceTags.Length != sentence.TokenCount)
        {
            return;
        }

        foreach (var (start, end, modelType) in JoinedByOrganisationJoiners(document.TokenTexts, BioSpans(sentenceTags, sentence.FirstToken)))
        {
            var first = start;
            while (first < end && TitlesOf(document, sentence).Any(t => t.FirstToken <= first && first < t.EndToken))
            {
                first++;
            }

            var type = modelType;

            // "General Staff", "General Motors": a title that also begins names of organisations, before common words only,
            // is part of the name the model read, as the output conventions keep it; a person's title comes off.
            if (type != MentionType.Person && first > start && first < end && knowledge.Words.Contains("title-in-name", document.TokenTexts[start])
                && AreCommonWords(document.TokenTexts, first, end))
            {
                first = start;
            }

            // "King 's Cross", "Queen 's Park": a title word before a possessive begins a name of a place, no person's title.
            if (first > start && first < end && document.TokenTexts[first] is "'s" or "’s")
            {
                first = start;
                type = modelType == MentionType.Person ? MentionType.Location : modelType;
            }

            // "Chairman of Reform UK", "Secretary of State for Defence": after a title, "of" or "for" leads to what the
            // holder heads, not to a person's name; and no name starts with a function word ("and Registrar of Voters").
            while (first < end && ((first > start && document.TokenTexts[first] is "of" or "for") || (char.IsLower(document.TokenTexts[first][0]) && knowledge.Words.Contains("function", document.TokenTexts[first]))))
            {
                first++;
            }

            // A span without a capital letter in a sentence that has them ("the Capitol rotunda") names nothing; in text
            // written all in lower case the model reads names by other signs.
            if (first < end && !HasCapital(document.TokenTexts, first, end) && HasCapital(document.TokenTexts, sentence.FirstToken + 1, sentence.EndToken))
            {
                continue;
            }

            if (first >= end || type is MentionType.Misc || (end - first == 1 && knowledge.Words.Contains("not-a-name", document.TokenTexts[first]))
                || TypeByShape(document.TokenTexts, first, end) == MentionType.Misc)
            {
                continue;
            }

            // A known name inside a longer organisation, event or headed name is part of it ("Bank of America", "San Isidro
            // Air Base", "Kabul International Airport"), not a mention of its own; elsewhere the known name wins.
            var overlapping = found.Where(m => m.FirstToken < end && first < m.EndToken).ToList();
            var contains = type is MentionType.Organization or MentionType.Event || TypeByShape(document.TokenTexts, first, end) is MentionType.Organization or MentionType.Location or MentionType.Event;
            if (overlapping.Any(m => m.Known is not null && !(contains && m.FirstToken >= first && m.EndToken <= end && m.EndToken - m.FirstToken < end - first)))
            {
                continue;
            }

            // The last word of a longer name on its own ("Party" of "New People's Party") is not a name.
            if (end - first == 1 && IsHeadWord(document.TokenTexts[first]) && overlapping.Any(m => m.FirstToken <= first && end <= m.EndToken && m.EndToken - m.FirstToken > 1))
            {
                continue;
            }

            foreach (var m in overlapping)
            {
                found.Remove(m);
            }

            AddMention(document, sentence, first, end, TypeOfModelSpan(document.TokenTexts, first, end, type), "model", found, new bool[sentence.TokenCount]);
        }
    }

    /// <summary>
    /// The word a name ends with decides its type over the model's guess from context ("Dnipropetrovsk Oblast" is a place,
    /// "Bhumjaithai Party" an organisation, "Munich Security Conference" an event), so one name gets one type in every
    /// article. A person keeps the model's type when a known first name starts it ("Frank Church", "Doris Day").
    /// </summary>
    private MentionType TypeOfModelSpan(List<string> tokens, int start, int end, MentionType modelType)
    {
        if (end - start < 2 || TypeByShape(tokens, start, end) is not { } shape || shape == MentionType.Misc)
        {
            return modelType;
        }

        return modelType == MentionType.Person && knowledge.FirstNames.ContainsKey(tokens[start]) ? modelType : shape;
    }

    /// <summary>Two names joined by "&amp;" are one organisation ("Marks &amp; Spencer"), whatever the tagger made of each half.</summary>
    private IEnumerable<(int Start, int End, MentionType Type)> JoinedByOrganisationJoiners(List<string> tokens, IEnumerable<(int Start, int End, MentionType Type)> spans)
    {
        (int Start, int End, MentionType Type)? held = null;
        foreach (var span in spans)
        {
            if (held is { } left && span.Start == left.End + 1 && knowledge.Words.Contains("org-joiner", tokens[left.End]))
            {
                held = (left.Start, span.End, MentionType.Organization);
                continue;
            }

            if (held is { } done)
            {
                yield return done;
            }

            held = span;
        }

        if (held is { } last)
        {
            yield return last;
        }
    }

    private static IEnumerable<(int Start, int End, MentionType Type)> BioSpans(string[] tags, int offset)
    {
        var start = -1;
        string? current = null;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : "O";
            var type = tag.Length > 2 ? tag[2..] : null;
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && type == current;
            if (current is not null && !continues)
            {
                if (TypeOfTag(current) is { } mentionType)
                {
                    yield return (offset + start, offset + i, mentionType);
                }

                current = null;
            }

            if (tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && current is null))
            {
                start = i;
                current = type;
            }
        }
    }

    /// <summary>The titles found so far in <paramref name="sentence"/> (they are appended sentence by sentence).</summary>
    private static IEnumerable<TitleMention> TitlesOf(Document document, Sentence sentence)
    {
        for (var i = document.Titles.Count - 1; i >= 0 && document.Titles[i].Sentence == sentence.Index; i--)
        {
            yield return document.Titles[i];
        }
    }

    private static MentionType? TypeOfTag(string tag) => tag switch
    {
        "PER" => MentionType.Person,
        "ORG" => MentionType.Organization,
        "LOC" => MentionType.Location,
        "EVENT" => MentionType.Event,
        "MISC" => MentionType.Misc,
        _ => null,
    };

    private static MentionType TypeOf(EntityLabel label) => label switch
    {
        EntityLabel.Person => MentionType.Person,
        EntityLabel.Organization => MentionType.Organization,
        EntityLabel.Event => MentionType.Event,
        _ => MentionType.Location,
    };

    /// <summary>Whether tokens [start, end) are all common English words and none a known first name.</summary>
    private bool AreCommonWords(List<string> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!EnglishWords.Contains(tokens[i]) || knowledge.FirstNames.ContainsKey(tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsHeadWord(string token) =>
        knowledge.Words.Contains("org-word", token) || knowledge.Words.Contains("location-word", token) || knowledge.Words.Contains("event-word", token);

    private int SkipLeadingFunctionWords(List<string> tokens, int start, int end)
    {
        while (start < end && knowledge.Words.Contains("function", tokens[start]))
        {
            start++;
        }

        return start;
    }

    private bool IsNameStart(List<string> tokens, int i) =>
        IsCapitalised(tokens[i]) && !knowledge.Words.Contains("function", tokens[i]);

    public static bool IsCapitalised(string token) =>
        token.Length > 0 && (char.IsUpper(token[0]) || (token.Length > 3 && token[2] == '-' && char.IsUpper(token[3]) && token[0] is 'a' or 'e'));

    private static bool HasCapital(List<string> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Any(char.IsUpper))
            {
                return true;
            }
        }

        return false;
    }
}
