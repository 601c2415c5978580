using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;

namespace IncidentMap.Geoparsing.Tests.Parsing.Incidents;

/// <summary>A small hand-built gazetteer of the places conflict and local news name, with rough boxes and points,
/// for the incident rules; the article date of <see cref="Parse"/> is Friday 2025-09-12.</summary>
internal static class EventGazetteer
{
    public static readonly DateOnly ArticleDate = new(2025, 9, 12);

    public static Gazetteer Instance { get; } = new(Places());

    public static Geoparser Parser { get; } = new(Instance);

    public static GeoparseResult Parse(string text) => Parser.Parse(text, ArticleDate);

    /// <summary>The one incident of the result, with the ids of its places.</summary>
    public static (Incident Incident, string[] PlaceIds) Single(this GeoparseResult result)
    {
        var incident = Assert.Single(result.Incidents);
        return (incident, incident.Places.Select(i => result.Places[i].Place.Id).ToArray());
    }

    private static string Box(double lat, double lon, double half) =>
        FormattableString.Invariant($"POLYGON (({lon - half} {lat - half}, {lon + half} {lat - half}, {lon + half} {lat + half}, {lon - half} {lat + half}, {lon - half} {lat - half}))");

    private static Place Country(string a3, string name, double lat, double lon, double half, string[] demonyms, string[] neighbours, params string[] names) =>
        new(TestGazetteer.Wkt.Read(Box(lat, lon, half)))
        {
            Id = "country:" + a3,
            Kind = PlaceKind.Country,
            Name = name,
            Names = [name, .. names],
            Code = a3,
            Alpha2 = a3[..2],
            CountryCode = a3,
            Lat = lat,
            Lon = lon,
            Population = 10_000_000,
            Rank = 8,
            Demonyms = demonyms,
            Neighbours = neighbours,
        };

    private static Place Admin1(string code, string name, string a3, double lat, double lon, params string[] names) =>
        new(TestGazetteer.Wkt.Read(Box(lat, lon, 0.8)))
        {
            Id = "admin1:" + code,
            Kind = PlaceKind.Admin1,
            Name = name,
            Names = [name, .. names],
            Code = code,
            CountryCode = a3,
            Type = "Region",
            Lat = lat,
            Lon = lon,
            Rank = 3,
        };

    private static Place City(long id, string name, string a3, string admin1, double lat, double lon, long population, string type = "PPL", params string[] names) =>
        new(TestGazetteer.Wkt.Read(FormattableString.Invariant($"POINT ({lon} {lat})")))
        {
            Id = "city:" + id,
            Kind = PlaceKind.City,
            Name = name,
            Names = [name, .. names],
            Code = id.ToString(),
            CountryCode = a3,
            Admin1Code = admin1,
            Type = type,
            Lat = lat,
            Lon = lon,
            Population = population,
            GeonameId = id,
            Rank = type == "PPLC" ? 8 : 0,
        };

    private static Place Sea(string name, double lat, double lon) =>
        new(TestGazetteer.Wkt.Read(Box(lat, lon, 2))) { Id = "sea:" + name, Kind = PlaceKind.Sea, Name = name, Names = [name], Code = name, Lat = lat, Lon = lon };

    private static Place Airspace(string a3, string name, double lat, double lon, double half) =>
        new(TestGazetteer.Wkt.Read(Box(lat, lon, half)))
        {
            Id = "airspace:" + a3,
            Kind = PlaceKind.Airspace,
            Name = name + " airspace",
            Code = a3,
            CountryCode = a3,
            Lat = lat,
            Lon = lon,
        };

    private static Place Border(string a, string b, double lat, double lon) =>
        new(TestGazetteer.Wkt.Read(FormattableString.Invariant($"LINESTRING ({lon} {lat - 1}, {lon} {lat + 1})")))
        {
            Id = Gazetteer.BorderId(a, b),
            Kind = PlaceKind.Border,
            Name = a + "-" + b + " border",
            Code = Gazetteer.BorderId(a, b)[7..],
            Lat = lat,
            Lon = lon,
            Neighbours = [a, b],
        };

    private static IEnumerable<Place> Places()
    {
        yield return Country("UKR", "Ukraine", 49, 32, 4, ["Ukrainian"], ["POL", "BLR", "RUS"]);
        yield return Country("RUS", "Russia", 56, 45, 8, ["Russian"], ["UKR", "BLR", "EST"], "Russian Federation");
        yield return Country("POL", "Poland", 52, 19.5, 2.5, ["Polish"], ["UKR", "BLR"]);
        yield return Country("BLR", "Belarus", 53.5, 28, 2, ["Belarusian"], ["POL", "UKR", "RUS"]);
        yield return Country("EST", "Estonia", 58.7, 25.5, 1, ["Estonian"], ["RUS"]);
        yield return Country("ISR", "Israel", 31.4, 35, 1, ["Israeli"], ["PSE"]);
        yield return Country("PSE", "Palestine", 31.9, 35.2, 0.5, ["Palestinian"], ["ISR"]);
        yield return Country("NGA", "Nigeria", 9, 8, 4, ["Nigerian"], []);
        yield return Country("SDN", "Sudan", 15, 30, 5, ["Sudanese"], []);
        yield return Country("AFG", "Afghanistan", 33.9, 67.7, 4, ["Afghan"], []);
        yield return Country("MLI", "Mali", 17, -4, 5, ["Malian"], []);
        yield return Country("KEN", "Kenya", 0.2, 37.9, 3, ["Kenyan"], []);
        yield return Country("GEO", "Georgia", 42.3, 43.4, 1.3, ["Georgian"], []);
        yield return Country("FRA", "France", 46.6, 2.2, 4, ["French"], []);
        yield return Country("GBR", "United Kingdom", 54, -2, 4, ["British"], [], "Britain", "UK");
        yield return Country("VEN", "Venezuela", 7, -66, 4, ["Venezuelan"], []);
        yield return Country("TUR", "Turkey", 39, 35, 4, ["Turkish"], []);
        yield return Country("USA", "United States", 39.8, -98.5, 15, ["American"], [], "US", "U.S.", "America");
        yield return Country("PAK", "Pakistan", 30, 70, 5, ["Pakistani"], []);
        yield return Country("EGY", "Egypt", 26.5, 30, 5, ["Egyptian"], []);
        yield return Country("ARM", "Armenia", 40.1, 45, 1, ["Armenian"], []);
        yield return Country("AZE", "Azerbaijan", 40.3, 47.7, 1.5, ["Azerbaijani"], []);
        yield return Admin1("UA-51", "Odessa", "UKR", 46.5, 30.5, "Odesa", "Odesa Oblast");
        yield return Admin1("UA-65", "Kherson", "UKR", 46.7, 33.5, "Kherson Oblast");
        yield return Admin1("UA-14", "Donetsk", "UKR", 48, 37.8, "Donetsk Oblast");
        yield return Admin1("RU-BEL", "Belgorod", "RUS", 50.7, 37.4, "Belgorod Oblast");
        yield return Admin1("BY-HR", "Hrodna", "BLR", 53.6, 24.9, "Grodno", "Hrodna Voblast");
        yield return Admin1("NG-KD", "Kaduna", "NGA", 10.4, 7.7);
        yield return Admin1("NG-BO", "Borno", "NGA", 11.8, 13.1);
        yield return Admin1("AF-HEL", "Helmand", "AFG", 31.4, 64.2);
        yield return Admin1("US-IL", "Illinois", "USA", 40, -89.2);
        yield return Admin1("US-NJ", "New Jersey", "USA", 40.1, -74.5);
        yield return Admin1("ML-5", "Mopti", "MLI", 14.5, -3.9);
        yield return Admin1("PS-GZA", "Gaza", "PSE", 31.4, 34.4, "Gaza Strip");
        yield return City(703448, "Kyiv", "UKR", "UA-30", 50.45, 30.52, 2_800_000, "PPLC", "Kiev");
        yield return City(698740, "Odesa", "UKR", "UA-51", 46.48, 30.73, 1_000_000, "PPLA", "Odessa");
        yield return City(706448, "Kherson", "UKR", "UA-65", 46.64, 32.61, 290_000, "PPLA");
        yield return City(706483, "Kharkiv", "UKR", "UA-63", 49.99, 36.23, 1_400_000, "PPLA", "Kharkov");
        yield return City(702550, "Lviv", "UKR", "UA-46", 49.84, 24.03, 720_000, "PPLA", "Lvov");
        yield return City(712165, "Bakhmut", "UKR", "UA-14", 48.6, 38.0, 70_000, "PPL", "Artemivsk");
        yield return City(712451, "Avdiivka", "UKR", "UA-14", 48.14, 37.74, 32_000);
        yield return City(704508, "Pokrovsk", "UKR", "UA-14", 48.28, 37.18, 60_000);
        yield return City(524901, "Moscow", "RUS", "RU-MOW", 55.75, 37.62, 10_400_000, "PPLC");
        yield return City(578072, "Belgorod", "RUS", "RU-BEL", 50.6, 36.59, 390_000, "PPLA");
        yield return City(756135, "Warsaw", "POL", "PL-14", 52.23, 21.01, 1_700_000, "PPLC");
        yield return City(759734, "Rzeszow", "POL", "PL-18", 50.04, 22.0, 196_000, "PPLA", "Rzeszów");
        yield return City(625144, "Minsk", "BLR", "BY-HM", 53.9, 27.57, 2_000_000, "PPLC");
        yield return City(588409, "Tallinn", "EST", "EE-37", 59.44, 24.75, 430_000, "PPLC");
        yield return City(281129, "Rafah", "PSE", "PS-RFH", 31.29, 34.25, 170_000);
        yield return City(2331447, "Maiduguri", "NGA", "NG-BO", 11.85, 13.16, 800_000, "PPLA");
        yield return City(2335727, "Kaduna", "NGA", "NG-KD", 10.52, 7.44, 1_000_000, "PPLA");
        yield return City(379252, "El Fasher", "SDN", "SD-DN", 13.63, 25.35, 260_000, "PPLA", "Al Fashir");
        yield return City(1138958, "Kabul", "AFG", "AF-KAB", 34.53, 69.17, 3_000_000, "PPLC");
        yield return City(2457163, "Gao", "MLI", "ML-7", 16.27, -0.04, 87_000, "PPLA");
        yield return City(2449067, "Timbuktu", "MLI", "ML-6", 16.77, -3.01, 54_000, "PPLA", "Tombouctou");
        yield return City(184745, "Nairobi", "KEN", "KE-30", -1.28, 36.82, 4_400_000, "PPLC");
        yield return City(611717, "Tbilisi", "GEO", "GE-TB", 41.69, 44.83, 1_100_000, "PPLC");
        yield return City(2988507, "Paris", "FRA", "FR-IDF", 48.85, 2.35, 2_100_000, "PPLC");
        yield return City(3646738, "Caracas", "VEN", "VE-A", 10.49, -66.88, 3_000_000, "PPLC");
        yield return City(745044, "Istanbul", "TUR", "TR-34", 41.01, 28.95, 15_000_000, "PPLA");
        yield return City(1172451, "Lahore", "PAK", "PK-PB", 31.55, 74.34, 11_000_000, "PPLA");
        yield return City(4887398, "Chicago", "USA", "US-IL", 41.85, -87.65, 2_700_000, "PPL");
        yield return City(5101427, "Morristown", "USA", "US-NJ", 40.8, -74.48, 19_000, "PPLA2");
        yield return City(2643743, "London", "GBR", "GB-ENG", 51.5, -0.13, 8_900_000, "PPLC");
        yield return City(281133, "Gaza City", "PSE", "PS-GZA", 31.5, 34.47, 590_000, "PPLA", "Gaza");
        yield return City(360630, "Cairo", "EGY", "EG-C", 30.06, 31.25, 9_600_000, "PPLC");
        yield return City(4250542, "Springfield", "USA", "US-IL", 39.8, -89.64, 114_000, "PPLA");
        yield return City(2453348, "Mopti", "MLI", "ML-5", 14.49, -4.2, 114_000, "PPLA");
        yield return Sea("Black Sea", 43.4, 34);
        yield return Sea("Red Sea", 20, 38.5);
        yield return Sea("Baltic Sea", 57, 19);
        yield return Airspace("POL", "Poland", 52, 19.5, 2.6);
        yield return Airspace("EST", "Estonia", 58.7, 25.5, 1.1);
        yield return Border("BLR", "POL", 52.5, 23.6);
        yield return Border("RUS", "UKR", 50.5, 38);
    }
}
