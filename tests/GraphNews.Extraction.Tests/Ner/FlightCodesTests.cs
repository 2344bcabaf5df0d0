using GraphNews.Extraction.Ner;

namespace GraphNews.Extraction.Tests.Ner;

public sealed class FlightCodesTests
{
    private static string[] Apply(string[] sentences, params string[] tags)
    {
        var result = tags.Select(t => t.Split(' ')).ToArray();
        new FlightCodes(NewsExtractor.Knowledge.Words).Apply(sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToArray(), result);
        return [.. result.Select(t => string.Join(' ', t))];
    }

    [Fact]
    public void A_code_after_flight_names_the_flight_wherever_the_document_writes_it()
    {
        var tags = Apply(
            ["MH17 : rebels limit access to the crash site", "Malaysia Airlines flight MH17 crashed in Ukraine ."],
            "B-ORG O O O O O O O O",
            "B-ORG I-ORG O O O O B-LOC O");

        Assert.Equal(["B-EVENT O O O O O O O O", "B-ORG I-ORG O B-EVENT O O B-LOC O"], tags);
    }

    [Fact]
    public void The_code_of_an_airline_the_document_names_is_its_flight_even_with_a_digit_and_no_flight_word()
    {
        var tags = Apply(
            ["4U9525 down : 150 feared dead", "A Germanwings Airbus A320 crashed in the French Alps ."],
            "B-ORG O O O O O",
            "O B-ORG B-ORG I-ORG O O O B-LOC I-LOC O");

        Assert.Equal(["B-EVENT O O O O O", "O B-ORG B-ORG I-ORG O O O B-LOC I-LOC O"], tags);
    }

    [Theory]
    [InlineData("4U9525 and the A320 were discussed .", "B-ORG O O B-MISC O O O")]
    [InlineData("Lufthansa flew the A320 to Paris .", "B-ORG O O B-MISC O B-LOC O")]
    public void The_code_of_an_airline_the_document_does_not_name_keeps_what_the_model_read(string sentence, string tags)
    {
        Assert.Equal([tags], Apply([sentence], tags));
    }

    [Theory]
    [InlineData("Leaders met at the G20 summit .", "O O O O B-EVENT O O")]
    [InlineData("The Su35 and MH17 were discussed .", "O O O B-ORG O O O")]
    [InlineData("Flight 93 crashed in Pennsylvania .", "O O O O B-LOC O")]
    public void A_code_no_flight_word_leads_keeps_what_the_model_read(string sentence, string tags)
    {
        Assert.Equal([tags], Apply([sentence], tags));
    }

    [Fact]
    public void A_code_inside_a_longer_name_is_left_to_that_name()
    {
        string[] tags = ["O O B-EVENT I-EVENT I-EVENT O", "O B-EVENT O"];

        Assert.Equal(tags, Apply(["After the MH17 crash inquiry ,", "flight MH17 ."], tags));
    }
}
