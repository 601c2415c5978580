namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>Resolution and recognition rules on short news sentences against the real gazetteer, where the
/// homonyms, alternate names and code mismatches that the rules exist for are real.</summary>
public sealed class RealNewsTests
{
    private static readonly DateOnly _date = new(2025, 9, 12);

    private static Geoparsing.Parsing.GeoparseResult Parse(string text) => RealGeodata.Parser().Parse(text, _date);

    [Fact]
    public void ListOfCountries_KeepsIraqTheCountry()
    {
        var result = Parse("The agency asked countries bordering Turkey, namely Armenia, Azerbaijan, Georgia, Iraq, Iran and Syria, to watch their poultry.");

        Assert.Equal("country:IRQ", result.Mention("Iraq").Place.Id);
        Assert.Equal("country:GEO", result.Mention("Georgia").Place.Id);
    }

    [Fact]
    public void ListOfStates_ReadsWashingtonAsTheState()
    {
        var result = Parse("Cases were reported in Oregon, Tennessee, Texas, Utah, Washington and Wyoming.");

        Assert.Equal("admin1:US-WA", result.Mention("Washington").Place.Id);
    }

    [Fact]
    public void ListOfCountries_ReadsNigerAsTheCountry()
    {
        var result = Parse("Vaccination teams also worked in Benin, Ghana, Niger, Nigeria and Togo.");

        Assert.Equal("country:NER", result.Mention("Niger").Place.Id);
    }

    [Fact]
    public void TownInANamedProvince_IsTheOneInsideIt()
    {
        var fuyang = Parse("The city of Fuyang in Anhui province reported most of the cases.").Mention("Fuyang").Place;

        Assert.Equal("CN-AH", fuyang.Admin1Code);
    }

    [Fact]
    public void PhilippineTown_LiesInItsProvince_AndTheRegionIsTheRegion()
    {
        var result = Parse("Teams culled pigs at a farm in Pandi, Bulacan in Central Luzon on Sunday.");

        var pandi = result.Mention("Pandi").Place;
        Assert.Equal("PHL", pandi.CountryCode);
        Assert.Equal(result.Mention("Bulacan").Place.Code, pandi.Admin1Code);
        Assert.Equal("Central Luzon", result.Mention("Central Luzon").Place.Name);
    }

    [Fact]
    public void UK_IsTheUnitedKingdom()
    {
        var result = Parse("A UK charity funds the clinic in Kinshasa.");

        Assert.Equal("country:GBR", result.Mention("UK").Place.Id);
    }

    [Theory]
    [InlineData("Blues legend B.B. King played in Memphis.", "B.B.", "Memphis")]
    [InlineData("\"Millions are affected,\" said Lennox in a speech in Johannesburg.", "Lennox", "Johannesburg")]
    [InlineData("Ray Chambers, the envoy for malaria, spoke in Dar es Salaam. Chambers said the funds would help.", "Chambers", "Dar es Salaam")]
    public void PeopleNamedLikeTowns_AreNotPlaces_TheTownTheySpeakInIs(string text, string name, string town)
    {
        var result = Parse(text);

        Assert.DoesNotContain(result.Places, p => p.Text == name);
        Assert.Equal(Geoparsing.Places.PlaceKind.City, result.Mention(town).Place.Kind);
    }

    [Fact]
    public void GivenNameThatBeginsAPlaceName_IsThePlace()
    {
        var result = Parse("Officials in Hong Kong culled poultry.");

        Assert.Equal("Hong Kong", result.Mention("Hong Kong").Place.Name);
    }

    [Fact]
    public void AustraliaAndNewZealand_AreTwoCountries()
    {
        var result = Parse("Cases rose in Australia and New Zealand this week.");

        Assert.Equal("country:AUS", result.Mention("Australia").Place.Id);
        Assert.Equal("country:NZL", result.Mention("New Zealand").Place.Id);
    }

    [Fact]
    public void CapitalWhoseNaturalEarthIdNamesAnotherTown_KeepsItsRank()
    {
        var santiago = Parse("The institute in Santiago reported 393 cases.").Mention("Santiago").Place;

        Assert.Equal("CHL", santiago.CountryCode);
    }

    [Fact]
    public void CountyBeforeACompanyWord_IsTheCompany_BeforeItsOfficesTheCounty()
    {
        var company = Parse("Eggs sold by Wright County Egg in Iowa were recalled.");
        var office = Parse("The Laurel County Sheriff's Office said the road was closed.");

        Assert.DoesNotContain(company.Places, p => p.Text.Contains("Wright", StringComparison.Ordinal));
        Assert.Equal("admin1:US-IA", company.Mention("Iowa").Place.Id);
        Assert.Equal("admin2:US.KY.125", office.Mention("Laurel County").Place.Id);
    }
}
