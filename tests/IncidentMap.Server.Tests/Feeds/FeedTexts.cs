namespace IncidentMap.Server.Tests.Feeds;

/// <summary>Article texts the real geoparser turns into known incidents, padded with place-free sentences to the
/// length of a news story.</summary>
public static class FeedTexts
{
    private const string _padding =
        "\n\nEmergency crews worked through the night to clear the debris and restore power to nearby homes. "
        + "Residents described hearing several loud explosions before dawn and said windows were blown out across the street. "
        + "Local authorities promised to help families whose flats were damaged and opened a temporary shelter in a school.";

    /// <summary>A drone strike on Kharkiv on Monday 15 September 2025 (published on the 16th).</summary>
    public const string KharkivStrike = "A Russian drone strike hit Kharkiv on Monday, killing two people, regional officials said." + _padding;

    /// <summary>The same wire story as <see cref="KharkivStrike"/>, lightly edited by another outlet.</summary>
    public const string KharkivStrikeEdited = "A Russian drone strike hit Kharkiv on Monday, killing two people, local officials said." + _padding
        + " The city's mayor said repairs would take weeks.";

    /// <summary>A missile attack on Odesa on Monday 15 September 2025.</summary>
    public const string OdesaStrike = "Russian missiles struck Odesa on Monday, officials said." + _padding;

    /// <summary>Military exercises in Belarus's Grodno region on Tuesday 16 September 2025.</summary>
    public const string GrodnoDrills = "Belarus said on Tuesday that Russian troops had arrived in the Grodno region for joint exercises near the Polish border." + _padding;

    public static readonly DateTimeOffset Published = new(2025, 9, 16, 8, 0, 0, TimeSpan.Zero);

    /// <summary>An article page with navigation, the story and a footer, for the item that carries only a summary.</summary>
    public static string Page(string title, string story) =>
        $"""
        <!doctype html><html><head><title>{title}</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article><h1>{title}</h1>{string.Concat(story.Split("\n\n").Select(p => $"<p>{p}</p>"))}</article>
        <footer>Copyright News Example. All rights reserved. Contact us. Privacy policy.</footer>
        </body></html>
        """;
}
