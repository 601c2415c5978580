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

    /// <summary>Another outlet's own report of the strike on Kharkiv (not a copy: other words throughout).</summary>
    public const string KharkivMissiles = "Russian missiles struck Kharkiv on Monday, officials said."
        + "\n\nFirefighters spent hours putting out blazes in an industrial district, and several cars burned in a car park. "
        + "The mayor said that gas and water supplies had been cut in parts of the city while engineers checked the damage. "
        + "Doctors treated the injured in a hospital that had itself lost windows in the blast.";

    /// <summary>A third outlet's own report of the strike on Kharkiv.</summary>
    public const string KharkivShelling = "Russian forces shelled Kharkiv on Monday, the governor said."
        + "\n\nPeople queued for bread at a bakery that reopened by the afternoon, and buses ran again on the main avenue. "
        + "A teacher said her pupils would study online for the rest of the week. "
        + "Volunteers carried boards and plastic sheeting to cover broken windows before the cold nights arrive.";

    /// <summary>A missile attack on Odesa on Monday 15 September 2025.</summary>
    public const string OdesaStrike = "Russian missiles struck Odesa on Monday, officials said."
        + "\n\nThe port authority said cranes and a grain warehouse were hit, and ships waited offshore until the evening. "
        + "Traders worried that insurance costs for vessels calling at the terminal would rise again this autumn. "
        + "Workers swept glass from the quays while inspectors measured the damage to the berths.";

    /// <summary>Military exercises in Belarus's Grodno region on Tuesday 16 September 2025.</summary>
    public const string GrodnoDrills = "Belarus said on Tuesday that Russian troops had arrived in the Grodno region for joint exercises near the Polish border."
        + "\n\nColumns of trucks and armoured vehicles were filmed on the roads at dawn, according to local residents. "
        + "Neighbouring governments said they would watch the manoeuvres closely and raised the readiness of their own units. "
        + "The defence ministry in Minsk said the drills were planned long ago and threatened nobody.";

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
