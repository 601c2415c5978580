namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>The article's home ground pulls ambiguous names toward it: local news names its own towns bare, and a
/// bare "Paris" in a Tennessee story is Paris, Tennessee, unless the text makes the famous one explicit.</summary>
public sealed class HomeGroundTests
{
    private static readonly DateOnly _date = new(2025, 9, 12);

    private static Geoparsing.Parsing.GeoparseResult Parse(string text) => RealGeodata.Parser().Parse(text, _date);

    private const string _tennessee = "A fire destroyed a warehouse in Paris on Tuesday, the Henry County Sheriff's Office said. "
                                      + "Firefighters from Puryear and Springville helped put it out. The Tennessee Department of Commerce "
                                      + "and Insurance is investigating, and Paris police closed two streets.";

    [Fact]
    public void TennesseeStory_BareParisIsParisTennessee_WithParisFranceAsRunnerUp()
    {
        var result = Parse(_tennessee);

        var paris = result.Places.Where(p => p.Text == "Paris").ToArray();
        Assert.Equal(2, paris.Length);
        Assert.All(paris, p => Assert.Equal("city:4647963", p.Place.Id));
        Assert.Equal("US-TN", paris[0].Place.Admin1Code);
        Assert.Equal("city:2988507", paris[0].RunnerUp?.Id);
        Assert.InRange(paris[0].Score, 0.5, 1.0);
        Assert.Contains(paris[0].Evidence, e => e.Feature == "home_ground" && e.Contribution > 1);
        Assert.Equal("admin2:US.TN.079", result.Mention("Henry County").Place.Id);
        Assert.Equal("country:USA", result.Focus?.Country.Id);
        Assert.Equal("admin1:US-TN", result.Focus?.Admin1?.Id);
    }

    [Fact]
    public void TennesseeStory_ParisFranceStaysInFrance_TheBareParisStaysLocal()
    {
        var result = Parse(_tennessee + " The owner was on holiday in Paris, France, when it happened.");

        var paris = result.Places.Where(p => p.Text == "Paris").Select(p => p.Place.Id).ToArray();
        Assert.Equal(["city:4647963", "city:4647963", "city:2988507"], paris);
        Assert.Equal("country:FRA", result.Mention("France").Place.Id);
    }

    [Fact]
    public void Dateline_QualifiesTheBareNameThatFollows()
    {
        var result = Parse("PARIS, Tenn. - A man was arrested in Paris on Monday after a chase.");

        Assert.All(result.Places.Where(p => p.Text is "PARIS" or "Paris"), p => Assert.Equal("city:4647963", p.Place.Id));
        Assert.Equal("admin1:US-TN", result.Mention("Tenn").Place.Id);
    }

    [Fact]
    public void WorldNewsStory_ParisStaysInFrance()
    {
        var result = Parse("European leaders met in Paris on Monday to discuss the war, after talks in Berlin and Rome last week.");

        Assert.Equal("city:2988507", result.Mention("Paris").Place.Id);
        Assert.Equal("city:2950159", result.Mention("Berlin").Place.Id);
        Assert.Equal("city:3169070", result.Mention("Rome").Place.Id);
        // Three countries, one place each: the first named leads, with a third of the places.
        Assert.Equal("country:FRA", result.Focus?.Country.Id);
        Assert.Equal(0.333, result.Focus?.CountryShare);
    }

    [Fact]
    public void KentuckyStory_LondonIsLondonKentucky()
    {
        var result = Parse("Laurel County deputies arrested a man on Monday after a chase that ended in London. "
                           + "The Kentucky State Police said the man was taken to jail.");

        var london = result.Mention("London");
        Assert.Equal("city:4298960", london.Place.Id);
        Assert.Equal("city:2643743", london.RunnerUp?.Id);
        Assert.Equal("admin1:US-KY", result.Focus?.Admin1?.Id);
    }

    [Fact]
    public void RapidesParish_MakesAlexandriaAlexandriaLouisiana()
    {
        var result = Parse("The Rapides Parish Sheriff's Office said a man was arrested in Alexandria on Friday after a shooting.");

        Assert.Equal("admin2:US.LA.079", result.Mention("Rapides Parish").Place.Id);
        var alexandria = result.Mention("Alexandria").Place;
        Assert.Equal("city:4314550", alexandria.Id);
        Assert.Equal("US-LA", alexandria.Admin1Code);
    }

    [Fact]
    public void IndianaStory_LebanonIsLebanonIndiana()
    {
        var result = Parse("The Boone County Sheriff's Office said the crash happened on Interstate 65 near Lebanon on Sunday. "
                           + "Indiana State Police said two people from Zionsville were taken to a hospital in Indianapolis.");

        var lebanon = result.Mention("Lebanon");
        Assert.Equal("city:4922673", lebanon.Place.Id);
        Assert.Equal("US-IN", lebanon.Place.Admin1Code);
        Assert.Equal("country:LBN", lebanon.RunnerUp?.Id);
        Assert.Equal("admin1:US-IN", result.Focus?.Admin1?.Id);
    }

    [Theory]
    [InlineData("Israeli strikes hit southern Lebanon on Monday, hours after rockets were fired at Beirut.")]
    [InlineData("Hezbollah said its fighters in Lebanon fired rockets at Israeli positions.")]
    public void LebanonNextToBeirutOrHezbollah_IsTheCountry(string text)
    {
        var result = Parse(text);

        Assert.Equal("country:LBN", result.Mention("Lebanon").Place.Id);
        Assert.Equal("country:LBN", result.Focus?.Country.Id);
    }
}
