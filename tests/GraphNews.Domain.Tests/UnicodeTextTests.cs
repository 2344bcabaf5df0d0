using System.Text;

namespace GraphNews.Domain.Tests;

public sealed class UnicodeTextTests
{
    [Fact]
    public void A_lone_surrogate_is_replaced_before_normalizing_and_a_pair_is_kept()
    {
        Assert.Throws<ArgumentException>(() => "Jos\u00E9 \ud83d".Normalize(NormalizationForm.FormD));

        Assert.Equal("Jose\u0301 \uFFFD", UnicodeText.Normalize("Jos\u00E9 \ud83d", NormalizationForm.FormD));
        Assert.Equal("\uFFFD 😀 \uFFFD", UnicodeText.WithoutLoneSurrogates("\ude00 😀 \ud83d"));
        Assert.True(UnicodeText.IsNormalized("Mexico \ud83d", NormalizationForm.FormD));
    }

    [Fact]
    public void Text_without_a_lone_surrogate_is_the_same_instance()
    {
        const string text = "Zelenskyy 😀 Côte d’Ivoire";

        Assert.Same(text, UnicodeText.WithoutLoneSurrogates(text));
    }

    [Fact]
    public void An_id_of_a_name_with_a_lone_surrogate_is_made()
    {
        Assert.Equal("person:jose", EntityIds.For(EntityLabel.Person, "Jos\u00E9 \ud83d"));
    }
}
