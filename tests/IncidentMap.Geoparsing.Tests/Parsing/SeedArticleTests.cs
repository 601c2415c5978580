using IncidentMap.Geoparsing.Parsing;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>The seed article on the real gazetteer: the mentions, non-places and incidents an analyst expects.</summary>
public sealed class SeedArticleTests
{
    internal static readonly Lazy<string> SeedText = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds"))) dir = dir.Parent;
        return File.ReadAllText(Path.Combine(dir!.FullName, "seeds", "2025-09-12-moscow-pause-talks.txt"));
    });

    private static GeoparseResult Parse() => RealGeodata.Parser().Parse(SeedText.Value);

    [Theory]
    [InlineData("Grodno region", "admin1:BY-HR")]
    [InlineData("Dnipropetrovsk region", "admin1:UA-12")]
    [InlineData("Polish airspace", "airspace:POL")]
    [InlineData("its airspace", "airspace:POL")]
    [InlineData("Barents seas", "sea:Barents Sea")]
    [InlineData("border with Belarus", "border:BLR-POL")]
    public void WholeMentions_ResolveAsAnAnalystReadsThem(string text, string id)
    {
        var result = Parse();

        Assert.Equal(id, result.Mention(text).Place.Id);
    }

    [Fact]
    public void Baltics_IsTheSeaBeforeSeasAndTheStatesElsewhere()
    {
        var result = Parse();
        var text = SeedText.Value;

        var sea = result.Places.Single(p => p.Start == text.IndexOf("Baltics and Barents", StringComparison.Ordinal));
        Assert.Equal("sea:Baltic Sea", sea.Place.Id);
        var states = result.Places.Single(p => p.Start == text.IndexOf("Baltics and Zelensky", StringComparison.Ordinal));
        Assert.Equal(Geoparsing.Places.PlaceKind.Region, states.Place.Kind);
        var balticStates = result.Places.Single(p => p.Start == text.IndexOf("Baltic states", StringComparison.Ordinal));
        Assert.Equal(Geoparsing.Places.PlaceKind.Region, balticStates.Place.Kind);
    }

    [Fact]
    public void NonPlaces_AreNotMentions()
    {
        var result = Parse();

        string[] nonPlaces = ["Donald", "Trump", "Tusk", "Putin", "Zelensky", "Peskov", "Vladimir", "Volodymyr", "Dmitry",
            "Fox", "NATO", "Zapad", "Friday", "Wednesday", "January", "May", "Kremlin", "Western", "Northern", "Fleet", "Russian",
            "Polish", "Baltic"];
        foreach (var mention in result.Places)
        {
            Assert.DoesNotContain(mention.Text, nonPlaces);
        }
        Assert.Contains(result.Places, p => p.Place.Id == "country:POL");
        Assert.Contains(result.Places, p => p.Place.Id == "admin1:BY-HR");
    }

    [Fact]
    public void CapitalsSpeakingForGovernments_AreMetonyms()
    {
        var result = Parse();
        var text = SeedText.Value;

        Assert.Equal(MentionRole.Metonym, result.Places.First(p => p.Text == "Moscow").Role);
        Assert.Equal(MentionRole.Metonym, result.Places.Single(p => p.Start == text.IndexOf("Warsaw and NATO", StringComparison.Ordinal)).Role);
        Assert.Equal(MentionRole.Metonym, result.Places.Single(p => p.Start == text.IndexOf("Kyiv of targeting", StringComparison.Ordinal)).Role);
        var minsk = result.Places.Single(p => p.Start == text.IndexOf("Minsk said", StringComparison.Ordinal));
        Assert.Equal(("city:625144", MentionRole.Metonym), (minsk.Place.Id, minsk.Role));
    }

    [Fact]
    public void EveryMention_HasAScoreAndTheTextItSpans()
    {
        var result = Parse();

        Assert.All(result.Places, p =>
        {
            Assert.InRange(p.Score, 0.0, 1.0);
            Assert.Equal(p.Text, SeedText.Value[p.Start..p.End]);
        });
    }

    [Fact]
    public void DroneIncursion_IsAnAirspaceViolationInPolishAirspaceOnWednesday()
    {
        var result = Parse();

        var violation = result.Incident("airspace_violation", "airspace:POL");
        Assert.Equal(IncidentTypes.AirspaceIncidents, violation.Type);
        Assert.Equal(new DateOnly(2025, 9, 10), violation.Date);
        Assert.Equal(DatePrecision.Day, violation.DatePrecision);
        Assert.Equal(3, violation.GeoPrecision);
        Assert.Contains("Russia", violation.Actors);
        var downing = Assert.Single(result.Incidents, i => i.Subtype == "drone_shot_down" && i.DatePrecision == DatePrecision.Week);
        Assert.Equal(["airspace:POL"], result.PlaceIds(downing));
    }

    [Fact]
    public void ZapadDrills_AreExercisesInTheGrodnoRegionAndTheBalticAndBarentsSeas()
    {
        var result = Parse();

        var grodno = result.Incident("military_exercise", "admin1:BY-HR");
        Assert.Equal(2, grodno.GeoPrecision);
        Assert.Equal(new DateOnly(2025, 9, 12), grodno.Date);
        var seas = Assert.Single(result.Incidents, i => i.Subtype == "military_exercise" && result.PlaceIds(i).Contains("sea:Barents Sea"));
        Assert.Equal(["sea:Baltic Sea", "sea:Barents Sea"], result.PlaceIds(seas));
        Assert.Equal(3, seas.GeoPrecision);
    }

    [Fact]
    public void TroopsNearTheBelarusBorder_AreADeploymentAtTheBorder()
    {
        var result = Parse();

        var deployment = result.Incident("troop_deployment", "border:BLR-POL");
        Assert.Equal(IncidentTypes.StrategicDevelopments, deployment.Type);
        Assert.Equal(["border:BLR-POL"], result.PlaceIds(deployment));
        Assert.Contains("Poland", deployment.Actors);
    }

    [Fact]
    public void LithuanianAndLatvianClosures_AreAirspaceClosuresOfBothCountries()
    {
        var result = Parse();

        var closure = Assert.Single(result.Incidents, i => i.Subtype == "airspace_closure");
        Assert.Equal(["country:LTU", "country:LVA"], result.PlaceIds(closure));
        Assert.Equal(3, closure.GeoPrecision);
    }

    [Fact]
    public void CapturedSettlement_IsTerritoryCapturedInDnipropetrovskRegion()
    {
        var result = Parse();

        var capture = result.Incident("territory_captured", "admin1:UA-12");
        Assert.Equal(IncidentTypes.Battles, capture.Type);
        Assert.Equal(2, capture.GeoPrecision);
        Assert.Contains("Russia", capture.Actors);
    }

    [Fact]
    public void NuclearPlantStrike_StaysUnlocatedAndIsNotPinnedOnKyiv()
    {
        var result = Parse();

        var strike = Assert.Single(result.Incidents, i => i.Subtype == "air_drone_strike" && SeedText.Value[i.Summary.Start..i.Summary.End].Contains("nuclear plant", StringComparison.Ordinal));
        Assert.Empty(strike.Places);
        Assert.Null(strike.GeoPrecision);
        // An article about several countries has no focus to fall back on: the strike stays in the record, off the map.
        Assert.False(strike.Located);
        Assert.Equal(IncidentLocationSource.None, strike.Evidence!.LocatedBy);
    }

    [Fact]
    public void QuotedOpinionsAndRefusals_AreNoIncidents()
    {
        var result = Parse();
        var text = SeedText.Value;

        Assert.Equal(
            ["military_exercise", "drone_shot_down", "airspace_violation", "military_exercise", "troop_deployment", "airspace_closure",
                "military_exercise", "territory_captured", "air_drone_strike"],
            result.Incidents.Select(i => i.Subtype));
        foreach (var incident in result.Incidents)
        {
            var summary = text[incident.Summary.Start..incident.Summary.End];
            Assert.False(summary.StartsWith('"'), $"{incident.Subtype} from the quotation '{summary}'");
            Assert.DoesNotContain("refusing to halt", summary, StringComparison.Ordinal);
            Assert.DoesNotContain("threatened Moscow", summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryIncident_CarriesItsEvidence()
    {
        var result = Parse();
        var text = SeedText.Value;

        Assert.All(result.Incidents, i =>
        {
            var evidence = i.Evidence!;
            Assert.Equal(evidence.Cue, text[evidence.CueSpan.Start..evidence.CueSpan.End]);
            Assert.InRange(evidence.CueSpan.Start, i.Summary.Start, i.Summary.End);
            Assert.False(string.IsNullOrWhiteSpace(evidence.Reason));
        });
        var capture = result.Incident("territory_captured", "admin1:UA-12");
        Assert.Equal(("captured", "Russia", "Dnipropetrovsk region"), (capture.Evidence!.Cue, capture.Evidence.Agent, capture.Evidence.Location));
    }

    [Fact]
    public void MonthsInThePast_ResolveToTheMostRecentSuchMonth()
    {
        var result = Parse();

        var belarusSaid = result.Incidents.Where(i => i.DatePrecision == DatePrecision.Month).Select(i => i.Date).ToArray();
        Assert.All(belarusSaid, d => Assert.True(d!.Value <= new DateOnly(2025, 9, 12)));
    }
}
