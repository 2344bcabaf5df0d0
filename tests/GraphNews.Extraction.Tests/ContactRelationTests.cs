using GraphNews.Domain;

namespace GraphNews.Extraction.Tests;

/// <summary>The sentence shapes news uses to report a meeting, a call or talks, and the look-alikes that report none.</summary>
public sealed class ContactRelationTests
{
    [Theory]
    [InlineData("U.S. president Donald Trump meets with Syrian interim president Ahmed al-Sharaa in Riyadh.", "MET_WITH", "Donald Trump", "Ahmed al-Sharaa")]
    [InlineData("Emmanuel Macron met his German counterpart Olaf Scholz in Paris.", "MET_WITH", "Emmanuel Macron", "Olaf Scholz")]
    [InlineData("The French President, Emmanuel Macron, meets in Berlin with Olaf Scholz.", "MET_WITH", "Emmanuel Macron", "Olaf Scholz")]
    [InlineData("Abbas Araghchi and Shehbaz Sharif hold a phone call to discuss the war.", "SPOKE_WITH", "Abbas Araghchi", "Shehbaz Sharif")]
    [InlineData("During a phone call with Donald Trump, Vladimir Putin offers a ceasefire.", "SPOKE_WITH", "Vladimir Putin", "Donald Trump")]
    [InlineData("After holding talks with Xi Jinping, Keir Starmer says trade will grow.", "SPOKE_WITH", "Keir Starmer", "Xi Jinping")]
    [InlineData("Russia releases a prisoner, after talks with U.S. envoy Steve Witkoff.", "SPOKE_WITH", "Russia", "Steve Witkoff")]
    [InlineData("Belarus frees 52 prisoners, including 14 foreigners, following negotiations with the United States.", "NEGOTIATED_WITH", "Belarus", "United States")]
    [InlineData("Donald Trump and Vladimir Putin agree to a ceasefire during a phone call.", "SPOKE_WITH", "Donald Trump", "Vladimir Putin")]
    [InlineData("Cuba is in talks with the United States.", "SPOKE_WITH", "Cuba", "United States")]
    [InlineData("Talks between Israel and Lebanon resumed on Friday.", "SPOKE_WITH", "Israel", "Lebanon")]
    [InlineData("Israel and Lebanon exchanged fire. Talks between both countries resumed in Naqoura on Friday.", "SPOKE_WITH", "Israel", "Lebanon")]
    [InlineData("Later on Tuesday Kyriakos Mitsotakis met with the International Monetary Fund, then with President Donald Trump.", "MET_WITH", "Kyriakos Mitsotakis", "Donald Trump")]
    [InlineData("Emmanuel Macron spoke with Olaf Scholz and later with Giorgia Meloni.", "SPOKE_WITH", "Emmanuel Macron", "Giorgia Meloni")]
    [InlineData("Turkey and Greece had poor relations, but the leaders of the two countries spoke by telephone on Friday.", "SPOKE_WITH", "Turkey", "Greece")]
    [InlineData("Russia names a new ambassador to the United States following talks between the two countries in Istanbul.", "SPOKE_WITH", "Russia", "United States")]
    [InlineData("Emmanuel Macron welcomed Olaf Scholz in Paris. The two leaders discussed Ukraine.", "SPOKE_WITH", "Emmanuel Macron", "Olaf Scholz")]
    [InlineData("China and Pakistan release a peace plan following a meeting between Wang Yi and Ishaq Dar.", "MET_WITH", "Wang Yi", "Ishaq Dar")]
    [InlineData("China and Pakistan release a peace plan following a meeting between the two countries' foreign ministers, Wang Yi and Ishaq Dar, respectively.", "MET_WITH", "Wang Yi", "Ishaq Dar")]
    [InlineData("The White House released a summary of a phone call made by President Donald Trump late last July to Ukrainian President Volodymyr Zelensky.", "SPOKE_WITH", "Donald Trump", "Volodymyr Zelenskyy")]
    [InlineData("Israeli and Lebanese officials meet in Washington.", "MET_WITH", "Israel", "Lebanon")]
    [InlineData("The foreign ministers of Egypt, Pakistan and Turkey meet in Islamabad.", "MET_WITH", "Egypt", "Turkey")]
    [InlineData("The foreign ministers of Egypt, Pakistan and Turkey, meet in Islamabad.", "MET_WITH", "Egypt", "Turkey")]
    [InlineData("A tanker crosses the strait following negotiations between the Pakistani and Iranian governments.", "NEGOTIATED_WITH", "Pakistan", "Iran")]
    [InlineData("Abbas Araghchi meets with the foreign ministers of Germany, France and Italy in Geneva.", "MET_WITH", "Abbas Araghchi", "Italy")]
    [InlineData("Volodymyr Zelenskyy and several other European leaders meet with Donald Trump at the White House.", "MET_WITH", "Volodymyr Zelenskyy", "Donald Trump")]
    [InlineData("Kim Jong Un received Alexander Lukashenko in Pyongyang.", "MET_WITH", "Kim Jong Un", "Alexander Lukashenko")]
    [InlineData("Keir Starmer, 62, who leads the Labour Party, met Olaf Scholz in Berlin.", "MET_WITH", "Keir Starmer", "Olaf Scholz")]
    [InlineData("The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.", "MET_WITH", "Taliban", "Zalmay Khalilzad")]
    [InlineData("He said in a meeting with Olaf Scholz that the plan stands.", null, null, null)]
    public void A_contact_between_named_parties_is_asserted(string text, string? type, string? source, string? target)
    {
        var graph = TestSupport.Extract(text);
        if (type is null)
        {
            // An unresolved pronoun is no party: nothing is invented for it.
            Assert.DoesNotContain(graph.Relations, r => r.Type == "MET_WITH");
            return;
        }

        Assert.Equal(Modality.Asserted, graph.Single(type, source!, target!).Modality);
    }

    [Theory]
    [InlineData("Donald Trump spoke by phone with several world leaders on Monday, including Vladimir Putin and Emmanuel Macron.", "SPOKE_WITH", "Vladimir Putin", "Emmanuel Macron")]
    [InlineData("Olaf Scholz met European leaders, among them Giorgia Meloni and Donald Tusk, in Berlin.", "MET_WITH", "Giorgia Meloni", "Donald Tusk")]
    public void The_named_members_of_an_unnamed_group_met_or_called_are_partners(string text, string type, string first, string second)
    {
        var graph = TestSupport.Extract(text);
        var source = text[..text.IndexOf(' ', text.IndexOf(' ') + 1)];

        Assert.Equal(Modality.Asserted, graph.Single(type, source, first).Modality);
        Assert.Equal(Modality.Asserted, graph.Single(type, source, second).Modality);
    }

    [Theory]
    [InlineData("Donald Trump met reporters, including CNN's Jake Tapper.")]
    [InlineData("Donald Trump discussed several issues, including Ukraine and Iran.")]
    public void A_possessor_or_a_topic_after_including_is_no_partner(string text) =>
        Assert.DoesNotContain(TestSupport.Extract(text).Relations, r => r.Type is "MET_WITH" or "SPOKE_WITH");

    [Fact]
    public void The_two_parties_are_only_those_the_text_named_when_it_named_exactly_two()
    {
        var graph = TestSupport.Extract("Russia, China and Iran held naval exercises. The two countries met again on Friday.");

        Assert.DoesNotContain(graph.Relations, r => r.Type == "MET_WITH");
    }

    [Fact]
    public void Every_pair_of_a_joint_subject_met()
    {
        var graph = TestSupport.Extract("Keir Starmer, Olaf Scholz and Emmanuel Macron meet in London.");

        Assert.Single(graph.Relations("MET_WITH", "Keir Starmer", "Olaf Scholz"));
        Assert.Single(graph.Relations("MET_WITH", "Keir Starmer", "Emmanuel Macron"));
        Assert.Single(graph.Relations("MET_WITH", "Olaf Scholz", "Emmanuel Macron"));
    }

    [Theory]
    [InlineData("Vladimir Putin travels to Alaska to meet with Donald Trump.", "MET_WITH", "Vladimir Putin", "Donald Trump")]
    [InlineData("Steve Witkoff will arrive in Islamabad, Pakistan, to meet with Abbas Araghchi.", "MET_WITH", "Steve Witkoff", "Abbas Araghchi")]
    [InlineData("The SNSC announces that negotiations between Iran and the United States will start on Friday.", "NEGOTIATED_WITH", "Iran", "United States")]
    [InlineData("He states that talks between Iran and the United States would resume if sanctions end.", "SPOKE_WITH", "Iran", "United States")]
    [InlineData("Pakistan works to revive talks between Iran and the United States.", "SPOKE_WITH", "Iran", "United States")]
    public void An_aim_or_a_future_contact_is_not_asserted(string text, string type, string source, string target)
    {
        var relation = TestSupport.Extract(text).Single(type, source, target);

        Assert.NotEqual(Modality.Asserted, relation.Modality);
        Assert.NotEqual(Modality.Reported, relation.Modality);
    }

    [Fact]
    public void A_call_to_discuss_is_one_contact_not_two()
    {
        var graph = TestSupport.Extract("Abbas Araghchi and Shehbaz Sharif hold a phone call to discuss the war.");

        Assert.Single(graph.Relations, r => r.Type == "SPOKE_WITH");
    }

    [Theory]
    [InlineData("Pressure mounts for talks between Russia and Ukraine.")]
    [InlineData("Iran proposes a plan by Pakistan and Qatar to resume talks between the two countries.")]
    [InlineData("Pakistan is willing to host Iran–U.S. talks in Islamabad.")]
    [InlineData("Gunmen are killed after an encounter between Hamas and Hezbollah.")]
    [InlineData("The move was met with fury from Ukraine.")]
    [InlineData("Joe Biden received 81 million votes.")]
    public void No_asserted_contact_without_an_event(string text)
    {
        var graph = TestSupport.Extract(text);

        Assert.DoesNotContain(graph.Relations, r => r.Type is "MET_WITH" or "SPOKE_WITH" or "NEGOTIATED_WITH" && r.Modality is Modality.Asserted or Modality.Reported);
    }

    [Fact]
    public void A_place_named_after_the_visit_is_not_the_party_of_the_aim()
    {
        var graph = TestSupport.Extract("Abbas Araghchi visits Washington, D.C. to attend meetings with the World Bank.");

        Assert.Single(graph.Relations("MET_WITH", "Abbas Araghchi", "World Bank"));
        Assert.DoesNotContain(graph.Relations, r => r.Type == "MET_WITH" && r.Source != graph.Entities.First(e => e.Name == "Abbas Araghchi").Id && r.Target != graph.Entities.First(e => e.Name == "Abbas Araghchi").Id);
    }
}
