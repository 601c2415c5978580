using IncidentMap.Geoparsing.Parsing;
using IncidentMap.Geoparsing.Places;
using NetTopologySuite.IO;

namespace IncidentMap.Geoparsing.Tests.Parsing;

/// <summary>A small hand-built gazetteer of Eastern Europe with rough inline WKT, enough for every rule.</summary>
internal static class TestGazetteer
{
    internal static readonly WKTReader Wkt = new(GeometryFactories.Wgs84.GeometryServices);

    public static Gazetteer Instance { get; } = new(Places());

    public static Geoparser Parser { get; } = new(Instance);

    private static Place Country(string a3, string a2, string name, double lat, double lon, string wkt, string[] demonyms, string[] neighbours, long population, params string[] names) =>
        new(Wkt.Read(wkt))
        {
            Id = "country:" + a3,
            Kind = PlaceKind.Country,
            Name = name,
            Names = [name, .. names],
            Code = a3,
            Alpha2 = a2,
            CountryCode = a3,
            Lat = lat,
            Lon = lon,
            Population = population,
            Rank = 8,
            Demonyms = demonyms,
            Neighbours = neighbours,
        };

    private static Place City(long id, string name, string a3, string? admin1, double lat, double lon, long population, string type = "PPL", params string[] names) =>
        new(Wkt.Read(FormattableString.Invariant($"POINT ({lon} {lat})")))
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

    private static Place Admin1(string code, string name, string a3, double lat, double lon, string wkt, params string[] names) =>
        new(Wkt.Read(wkt))
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

    private static Place Sea(string name, double lat, double lon, string wkt) =>
        new(Wkt.Read(wkt)) { Id = "sea:" + name, Kind = PlaceKind.Sea, Name = name, Names = [name], Code = name, Lat = lat, Lon = lon };

    private static Place Airspace(string a3, string name, double lat, double lon, string wkt) =>
        new(Wkt.Read(wkt))
        {
            Id = "airspace:" + a3,
            Kind = PlaceKind.Airspace,
            Name = name + " airspace",
            Code = a3,
            CountryCode = a3,
            Lat = lat,
            Lon = lon,
        };

    private static Place Border(string a, string b, double lat, double lon, string wkt) =>
        new(Wkt.Read(wkt))
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
        const string Pol = "POLYGON ((14 49, 24 49, 24 54.8, 14 54.8, 14 49))";
        const string Blr = "POLYGON ((23.5 51.3, 32.7 51.3, 32.7 56.1, 23.5 56.1, 23.5 51.3))";
        const string Ukr = "POLYGON ((22 44.4, 40 44.4, 40 52.3, 22 52.3, 22 44.4))";
        const string Rus = "POLYGON ((27 41, 180 41, 180 77, 27 77, 27 41))";
        const string Ltu = "POLYGON ((21 53.9, 26.8 53.9, 26.8 56.4, 21 56.4, 21 53.9))";
        const string Lva = "POLYGON ((21 55.7, 28.2 55.7, 28.2 58, 21 58, 21 55.7))";
        yield return Country("POL", "PL", "Poland", 52, 20, Pol, ["Polish", "Pole"], ["BLR", "UKR", "LTU", "RUS"], 38_000_000);
        yield return Country("BLR", "BY", "Belarus", 53, 28, Blr, ["Belarusian"], ["POL", "UKR", "LTU", "LVA", "RUS"], 9_000_000);
        yield return Country("UKR", "UA", "Ukraine", 49, 32, Ukr, ["Ukrainian"], ["POL", "BLR", "RUS"], 41_000_000);
        yield return Country("RUS", "RU", "Russia", 60, 100, Rus, ["Russian"], ["POL", "BLR", "UKR", "LTU", "LVA"], 144_000_000, "Russian Federation");
        yield return Country("LTU", "LT", "Lithuania", 56, 24, Ltu, ["Lithuanian"], ["POL", "BLR", "LVA", "RUS"], 2_800_000);
        yield return Country("LVA", "LV", "Latvia", 57, 25, Lva, ["Latvian"], ["BLR", "LTU", "RUS"], 1_900_000);
        yield return Country("USA", "US", "United States", 38, -97, "POLYGON ((-125 25, -67 25, -67 49, -125 49, -125 25))", ["American"], [], 330_000_000, "US", "U.S.", "USA", "America");
        yield return Country("GEO", "GE", "Georgia", 42, 43.5, "POLYGON ((40 41, 46.7 41, 46.7 43.6, 40 43.6, 40 41))", ["Georgian"], ["RUS"], 3_700_000);
        yield return Admin1("BY-HR", "Hrodna", "BLR", 53.6, 24.9, "POLYGON ((23.2 52.8, 26.8 52.8, 26.8 54.4, 23.2 54.4, 23.2 52.8))", "Grodno", "Hrodna Voblast");
        yield return Admin1("UA-12", "Dnipropetrovsk", "UKR", 48.5, 35, "POLYGON ((33 47.4, 36.9 47.4, 36.9 49.3, 33 49.3, 33 47.4))", "Dnipropetrovs'k", "Dnipropetrovsk Oblast");
        yield return Admin1("US-GA", "Georgia", "USA", 32.7, -83.4, "POLYGON ((-85.6 30.4, -80.8 30.4, -80.8 35, -85.6 35, -85.6 30.4))");
        yield return Admin1("US-KY", "Kentucky", "USA", 37.5, -85.3, "POLYGON ((-89.6 36.5, -82 36.5, -82 39.1, -89.6 39.1, -89.6 36.5))");
        yield return City(625144, "Minsk", "BLR", "BY-HM", 53.9, 27.57, 2_000_000, "PPLC");
        yield return City(756135, "Warsaw", "POL", "PL-14", 52.23, 21.01, 1_700_000, "PPLC", "Warszawa");
        yield return City(524901, "Moscow", "RUS", "RU-MOW", 55.75, 37.62, 10_400_000, "PPLC", "Moskva");
        yield return City(703448, "Kyiv", "UKR", "UA-30", 50.45, 30.52, 2_800_000, "PPLC", "Kiev", "Київ");
        yield return City(627904, "Hrodna", "BLR", "BY-HR", 53.68, 23.83, 317_000, "PPLA", "Grodno");
        yield return City(4180439, "Atlanta", "USA", "US-GA", 33.75, -84.39, 460_000, "PPLA");
        yield return City(4212995, "Savannah", "USA", "US-GA", 32.08, -81.09, 147_000);
        yield return City(709930, "Dnipro", "UKR", "UA-12", 48.45, 34.98, 980_000, "PPLA", "Dnipropetrovsk");
        yield return City(2643743, "London", "GBR", "GB-ENG", 51.5, -0.13, 8_900_000, "PPLC");
        yield return City(4298960, "London", "USA", "US-KY", 37.13, -84.08, 8_000);
        // Rare homonyms that the rules must not prefer: small towns named like a surname, a medium or an exercise.
        yield return City(9000001, "Trump", "USA", "US-GA", 32.1, -83.1, 1_200);
        yield return City(9000002, "Fox", "USA", "US-GA", 34.1, -84.1, 3_000);
        yield return City(9000003, "Zapad", "RUS", "RU-SMO", 54.8, 32.0, 1_500);
        yield return City(9000004, "Tusk", "USA", "US-GA", 31.0, -83.0, 1_100);
        yield return City(9000005, "Police", "POL", "PL-32", 53.55, 14.57, 33_000);
        yield return City(9000006, "Friday", "USA", "US-GA", 33.0, -84.0, 1_000);
        yield return Sea("Baltic Sea", 57, 19, "POLYGON ((10 53.5, 30 53.5, 30 66, 10 66, 10 53.5))");
        yield return Sea("Mediterranean Sea", 35, 18, "POLYGON ((-5 30, 36 30, 36 45, -5 45, -5 30))");
        yield return Country("SAU", "SA", "Saudi Arabia", 24, 45, "POLYGON ((35 16, 55 16, 55 32, 35 32, 35 16))", ["Saudi Arabian"], [], 34_000_000, "Saudi");
        yield return City(5000001, "St. Marys", "USA", "US-GA", 30.73, -81.55, 18_000);
        yield return Sea("Barents Sea", 73, 40, "POLYGON ((20 68, 60 68, 60 80, 20 80, 20 68))");
        // Lists, alternate names and containment ("Niger, Nigeria and Togo"; "Oregon, Utah, Washington"; "Suba"; "Fuyang in Anhui").
        yield return Country("NER", "NE", "Niger", 16, 8, "POLYGON ((0 11.7, 16 11.7, 16 23.5, 0 23.5, 0 11.7))", ["Nigerien"], ["NGA", "BEN"], 24_000_000);
        yield return Country("NGA", "NG", "Nigeria", 10, 8, "POLYGON ((2.7 4.3, 14.6 4.3, 14.6 13.9, 2.7 13.9, 2.7 4.3))", ["Nigerian"], ["NER", "BEN"], 206_000_000);
        yield return Country("BEN", "BJ", "Benin", 9.5, 2.25, "POLYGON ((0.8 6.2, 3.8 6.2, 3.8 12.4, 0.8 12.4, 0.8 6.2))", ["Beninese"], ["NER", "NGA", "TGO"], 12_000_000);
        yield return Country("TGO", "TG", "Togo", 8, 1.17, "POLYGON ((-0.1 6.1, 1.8 6.1, 1.8 11.1, -0.1 11.1, -0.1 6.1))", ["Togolese"], ["BEN"], 8_000_000);
        yield return Admin1("NG-NI", "Niger", "NGA", 9.9, 5.6, "POLYGON ((3.5 8.3, 7.5 8.3, 7.5 11.3, 3.5 11.3, 3.5 8.3))");
        yield return Country("MEX", "MX", "Mexico", 23, -102, "POLYGON ((-117 14.5, -86.7 14.5, -86.7 32.7, -117 32.7, -117 14.5))", ["Mexican"], ["USA"], 128_000_000);
        yield return Admin1("MX-MEX", "México", "MEX", 19.4, -99.6, "POLYGON ((-100.6 18.4, -98.6 18.4, -98.6 20.3, -100.6 20.3, -100.6 18.4))", "Mexico State");
        yield return City(8582140, "Toluca", "MEX", "MX-MEX", 19.29, -99.65, 490_000, "PPLA");
        yield return City(4005539, "Guadalajara", "MEX", "MX-JAL", 20.67, -103.39, 1_500_000, "PPLA");
        yield return Admin1("US-OR", "Oregon", "USA", 44, -120.5, "POLYGON ((-124.6 42, -116.5 42, -116.5 46.3, -124.6 46.3, -124.6 42))");
        yield return Admin1("US-UT", "Utah", "USA", 39.3, -111.7, "POLYGON ((-114 37, -109 37, -109 42, -114 42, -114 37))");
        yield return Admin1("US-WA", "Washington", "USA", 47.4, -120.5, "POLYGON ((-124.8 45.5, -116.9 45.5, -116.9 49, -124.8 49, -124.8 45.5))");
        yield return City(4140963, "Washington, D.C.", "USA", "US-DC", 38.9, -77.04, 4_300_000, "PPLC", "Washington", "Rome");
        yield return City(2198148, "Suva", "FJI", "FJ-C", -18.14, 178.44, 77_000, "PPLC", "Suba");
        yield return City(9000007, "Suba", "KEN", "KE-43", -0.6, 34.2, 5_000);
        yield return City(3169070, "Rome", "ITA", "IT-62", 41.89, 12.48, 2_800_000, "PPLC", "Roma");
        yield return Admin1("CN-AH", "Anhui", "CHN", 31.8, 117.2, "POLYGON ((114.9 29.4, 119.6 29.4, 119.6 34.6, 114.9 34.6, 114.9 29.4))");
        yield return City(1810845, "Fuyang", "CHN", "CN-AH", 32.9, 115.82, 170_000);
        yield return City(1810846, "Fuyang", "CHN", "CN-ZJ", 30.05, 119.95, 770_000, "PPLA3");
        yield return new Place(Wkt.Read("POLYGON ((-73.7 41, -67 41, -67 47.5, -73.7 47.5, -73.7 41))"))
        {
            Id = "region:New England",
            Kind = PlaceKind.Region,
            Name = "New England",
            Names = ["New England"],
            Code = "New England",
            CountryCode = "USA",
            Members = ["USA"],
            Lat = 44,
            Lon = -71.5,
        };
        yield return new Place(Wkt.Read("POLYGON ((-5.7 50, 1.8 50, 1.8 55.8, -5.7 55.8, -5.7 50))"))
        {
            Id = "region:GBR:England",
            Kind = PlaceKind.Region,
            Name = "England",
            Names = ["England"],
            Code = "England",
            CountryCode = "GBR",
            Members = ["GBR"],
            Lat = 52.5,
            Lon = -1.5,
        };
        yield return City(4110001, "England", "USA", "US-AR", 34.54, -91.97, 2_800);
        yield return Admin1("EG-GZ", "Giza", "EGY", 29.35, 29.72, "POLYGON ((28.5 28.7, 31.4 28.7, 31.4 30.2, 28.5 30.2, 28.5 28.7))", "Al Jizah");
        yield return City(360995, "Giza", "EGY", "EG-GZ", 30.01, 31.21, 2_400_000, "PPLA");
        yield return Airspace("POL", "Poland", 52, 20, "POLYGON ((14 49, 24 49, 24 55, 14 55, 14 49))");
        yield return Airspace("LTU", "Lithuania", 55.5, 24, "POLYGON ((20.8 53.9, 26.8 53.9, 26.8 56.4, 20.8 56.4, 20.8 53.9))");
        yield return Airspace("LVA", "Latvia", 57, 25, "POLYGON ((20.8 55.7, 28.2 55.7, 28.2 58, 20.8 58, 20.8 55.7))");
        yield return Border("BLR", "POL", 52.5, 23.6, "LINESTRING (23.5 51.5, 23.9 52.7, 23.5 54)");
        yield return Border("BLR", "LTU", 54.5, 25.5, "LINESTRING (23.5 54, 25.5 54.5, 26.8 55.7)");
    }
}
