using IncidentMap.Server.Storage;

namespace IncidentMap.Server.Tests.Storage;

public sealed class TextFingerprintTests
{
    private const string _story =
        "A Russian drone strike hit the city centre on Monday, killing two people and wounding eleven, regional officials said. "
        + "Emergency crews worked through the night to clear the debris and restore power to nearby homes, while residents described "
        + "hearing several loud explosions before dawn. The governor urged people to stay in shelters when the sirens sound and said "
        + "that air defences had shot down most of the drones launched overnight. Officials said a school and a hospital were damaged.";

    [Fact]
    public void Similarity_OfALightlyEditedCopy_IsAboveTheThreshold()
    {
        var edited = _story.Replace("regional officials", "local authorities", StringComparison.Ordinal)
            .Replace("eleven", "twelve", StringComparison.Ordinal) + " Reporting by our correspondent; editing by the desk.";

        var similarity = TextFingerprint.Similarity(TextFingerprint.Of(_story), TextFingerprint.Of(edited));

        Assert.InRange(similarity, TextFingerprint.Threshold + 0.1, 1.0);
    }

    [Fact]
    public void Similarity_OfAnotherStoryOnTheSameSubject_IsFarBelowTheThreshold()
    {
        const string other =
            "Two people died and eleven were hurt when drones struck the centre of the city early on Monday, according to the regional "
            + "administration. Rescuers searched the rubble through the night as power returned to nearby homes. Residents said they "
            + "heard explosions before dawn. The governor asked people to use shelters during alerts; most drones were shot down, he said, "
            + "though a school and a hospital were hit.";

        Assert.InRange(TextFingerprint.Similarity(TextFingerprint.Of(_story), TextFingerprint.Of(other)), 0, 0.2);
    }

    [Fact]
    public void Of_IsTheSameForTheSameTextAndNullForShortTexts()
    {
        Assert.Equal(TextFingerprint.Of(_story), TextFingerprint.Of(_story.ToUpperInvariant().Replace(",", " ,", StringComparison.Ordinal)));
        Assert.Null(TextFingerprint.Of("Russian drones violated Polish airspace on Wednesday, Poland said."));
        Assert.Equal(TextFingerprint.Bands, TextFingerprint.BandKeys(TextFingerprint.Of(_story)).Distinct().Count());
    }
}
