using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>A city and the region named after it, in the war news the product was made for: the bare name is the
/// city unless the text asks for the region, and both are shown with today's common English names.</summary>
public sealed class CityRegionTests
{
    private static readonly DateOnly _date = new(2025, 9, 12);

    private static Geoparsing.Parsing.GeoparseResult Parse(string text) => RealGeodata.Parser().Parse(text, _date);

    [Theory]
    [InlineData("Russian missiles struck the port of Odesa on Monday.", "Odesa", "city:698740", "Odesa Oblast")]
    [InlineData("Shelling of Kherson killed two people.", "Kherson", "city:706448", "Kherson Oblast")]
    [InlineData("Air raid sirens sounded in Lviv on Tuesday.", "Lviv", "city:702550", "Lviv Oblast")]
    [InlineData("Drones hit Zaporizhzhia overnight.", "Zaporizhzhia", "city:687700", "Zaporizhzhia Oblast")]
    [InlineData("Drones hit Belgorod overnight.", "Belgorod", "city:578072", "Belgorod Oblast")]
    public void BareName_IsTheCity_WithTheRegionAsRunnerUp(string text, string name, string cityId, string regionName)
    {
        var mention = Parse(text).Mention(name);

        Assert.Equal(cityId, mention.Place.Id);
        Assert.Equal(name, mention.Place.Name);
        Assert.Equal(regionName, mention.RunnerUp?.Name);
        Assert.InRange(mention.Score, 0.5, 1.0);
    }

    [Theory]
    [InlineData("Russian forces shelled the Kherson region on Friday.", "Kherson region", "admin1:UA-65", "Kherson Oblast")]
    [InlineData("Belgorod region was hit by drones.", "Belgorod region", "admin1:RU-BEL", "Belgorod Oblast")]
    [InlineData("A drone attack damaged a substation in the Odesa region.", "Odesa region", "admin1:UA-51", "Odesa Oblast")]
    public void RegionNoun_GivesTheRegion(string text, string mentionText, string regionId, string regionName)
    {
        var region = Parse(text).Mention(mentionText).Place;

        Assert.Equal(regionId, region.Id);
        Assert.Equal(regionName, region.Name);
    }

    [Fact]
    public void GovernorOfTheRegion_GivesTheRegion_TheCityStaysTheCity()
    {
        var result = Parse("Belgorod's governor said two people were hurt. Later, drones hit Kharkiv, and the governor of Kharkiv said the city was calm.");

        Assert.Equal("admin1:RU-BEL", result.Mention("Belgorod").Place.Id);
        var kharkiv = result.Places.Where(p => p.Text == "Kharkiv").Select(p => p.Place.Id).ToArray();
        Assert.Equal(["city:706483", "admin1:UA-63"], kharkiv);
    }

    [Fact]
    public void OldTransliterations_StillFindTheCity()
    {
        var gazetteer = RealGazetteer.Load();

        Assert.Equal("Odesa", gazetteer.Lookup("Odessa").First(p => p.Kind == PlaceKind.City).Name);
        Assert.Equal("Zaporizhzhia", gazetteer.Lookup("Zaporizhzhya").First(p => p.Kind == PlaceKind.City).Name);
        Assert.Contains("L'viv", gazetteer.Get("admin1:UA-46")!.Names);
        Assert.Equal("Lviv Oblast", gazetteer.Get("admin1:UA-46")!.Name);
    }
}
