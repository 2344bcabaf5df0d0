using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class KnownAsNamesTests
{
    private static string[] Apply(string[] sentences, params string[] tags)
    {
        var result = tags.Select(t => t.Split(' ')).ToArray();
        new KnownAsNames(NewsExtractor.Knowledge.Words).Apply(sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToArray(), result);
        return [.. result.Select(t => string.Join(' ', t))];
    }

    [Fact]
    public void An_events_other_name_is_that_kind_of_name_wherever_the_document_uses_it()
    {
        var tags = Apply(
            ["Typhoon Kalmaegi , known locally as Tino , hit Cebu .", "Tino killed 40 people ."],
            "B-EVENT I-EVENT O O O O B-LOC O O B-LOC O",
            "B-LOC O O O O");

        Assert.Equal(["B-EVENT I-EVENT O O O O B-EVENT O O B-LOC O", "B-EVENT O O O O"], tags);
    }

    [Fact]
    public void An_untagged_other_name_takes_the_type_of_the_name_before_it()
    {
        Assert.Equal(
            ["B-PER I-PER O O O O B-PER I-PER I-PER O O O"],
            Apply(["Ahmed al-Sharaa , also known as Abu Mohammed al-Jolani , spoke ."], "B-PER I-PER O O O O O O O O O O"));
    }

    [Fact]
    public void Words_the_model_named_keep_their_type_when_the_name_before_is_no_event()
    {
        string[] tags = ["B-ORG I-ORG O O O O B-PER I-PER O"];
        Assert.Equal(tags, Apply(["Mohsen Khayber , also known as Abdul Rahim ."], tags));
    }

    [Fact]
    public void A_local_name_in_parentheses_is_the_events_other_name()
    {
        Assert.Equal(
            ["B-EVENT I-EVENT O O B-EVENT O O"],
            Apply(["Typhoon Tokei ( locally Bagwis ) weakened"], "B-EVENT I-EVENT O O B-PER O O"));
    }
}
