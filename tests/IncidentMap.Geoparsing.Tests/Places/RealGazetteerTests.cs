using IncidentMap.Geoparsing.Places;
using NetTopologySuite.Geometries;

namespace IncidentMap.Geoparsing.Tests.Places;

/// <summary>The world gazetteer built from the real sources holds what news stories name.</summary>
public sealed class RealGazetteerTests
{
    private static Point At(double lat, double lon) => GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat));

    [Fact]
    public void Grodno_YieldsRegionAndCity_CityInsideRegion()
    {
        var gazetteer = RealGazetteer.Load();
        var candidates = gazetteer.Lookup("Grodno");
        var region = Assert.Single(candidates, p => p.Kind == PlaceKind.Admin1);
        Assert.Equal("BY-HR", region.Code);
        var city = candidates.First(p => p.Kind == PlaceKind.City);
        Assert.Equal("Hrodna", city.Name);
        Assert.True(region.Geometry.Contains(city.Point), "Hrodna lies in the Grodno region");
    }

    [Fact]
    public void GrodnoRegion_NewsForms_ResolveToBY_HR()
    {
        var gazetteer = RealGazetteer.Load();
        foreach (var form in new[] { "Grodno region", "Hrodna Voblast", "Гродненская область" })
        {
            Assert.Contains(gazetteer.Lookup(form), p => p.Id == "admin1:BY-HR");
        }
        Assert.Contains(gazetteer.Lookup("Dnipropetrovsk Oblast"), p => p.Id == "admin1:UA-12");
    }

    [Fact]
    public void PolishAirspace_HoldsTerritorialSeaOffGdansk_NotOpenSea()
    {
        var airspace = RealGazetteer.Load().FindAirspace("Poland")!.Geometry;
        // Gdańsk's shore at Brzeźno (54.41 N, 18.63 E), then east-north-east across the Gulf of Gdańsk.
        Assert.True(airspace.Contains(Destination(54.41, 18.63, 60, 10)), "10 km off the coast is Polish airspace");
        // 50 km out the point is 27 km from the nearest land (Hel peninsula, Vistula Spit): beyond 12 nautical miles (22.2 km).
        Assert.False(airspace.Contains(Destination(54.41, 18.63, 60, 50)), "50 km off the coast is international airspace");
        Assert.True(airspace.Contains(At(52.23, 21.01)), "Warsaw is under Polish airspace");
        Assert.False(airspace.Contains(At(53.9, 27.57)), "Minsk is not");
    }

    [Fact]
    public void LeasesAndBases_AreNamedPlacesButHaveNoBorders()
    {
        var gazetteer = RealGazetteer.Load();

        Assert.Contains(gazetteer.Lookup("Baykonur Cosmodrome"), p => p.Id == "country:KAB");
        Assert.DoesNotContain(gazetteer.OfKind(PlaceKind.Border), b => b.Neighbours.Contains("KAB") || b.Neighbours.Contains("USG"));
        Assert.NotNull(gazetteer.FindBorder("KAZ", "RUS"));
    }

    [Fact]
    public void PolandBelarusBorder_IsOneLineFromTripointToTripoint_InEitherOrder()
    {
        var gazetteer = RealGazetteer.Load();
        var border = gazetteer.FindBorder("POL", "BLR")!;
        Assert.Equal("border:BLR-POL", border.Id);
        Assert.Same(border, gazetteer.FindBorder("Belarus", "Poland"));
        // 418 km on the ground; Natural Earth 1:10m smooths the Bug river's meanders to 340 km.
        Assert.InRange(Geodesy.LengthKm(border.Geometry), 330, 440);
        // From the Ukrainian tripoint on the Bug to the Lithuanian one: no stretch missing.
        Assert.True(border.Geometry.IsWithinDistance(At(51.52, 23.61), 0.05), "reaches the POL-BLR-UKR tripoint");
        Assert.True(border.Geometry.IsWithinDistance(At(53.94, 23.49), 0.05), "reaches the POL-BLR-LTU tripoint");
        Assert.Contains(gazetteer.Lookup("Polish-Belarusian border"), p => p.Id == "border:BLR-POL");
    }

    [Fact]
    public void BalticSea_ContainsOpenWaterSouthOfGotland()
    {
        var sea = RealGazetteer.Load().Lookup("Baltic Sea").First(p => p.Kind == PlaceKind.Sea);
        Assert.True(sea.Geometry.Contains(At(55, 18)));
    }

    [Fact]
    public void Kyiv_Kiev_AndCyrillic_GiveTheSameCity()
    {
        var gazetteer = RealGazetteer.Load();
        var ids = new[] { "Kyiv", "Kiev", "Київ" }.Select(n => gazetteer.Lookup(n).First(p => p.Kind == PlaceKind.City).Id).Distinct();
        var id = Assert.Single(ids);
        Assert.True(gazetteer.Get(id)!.Population > 2_000_000);
    }

    [Fact]
    public void Polish_IsADemonymOfPoland_NotAPlaceName()
    {
        var gazetteer = RealGazetteer.Load();
        Assert.Equal("POL", gazetteer.FindCountryByDemonym("Polish")?.Code);
        Assert.DoesNotContain(gazetteer.Lookup("Polish"), p => p.Kind == PlaceKind.Country);
        Assert.DoesNotContain("Polish", gazetteer.Get("country:POL")!.Names);
    }

    [Fact]
    public void Counts_MatchTheSources()
    {
        var counts = RealGazetteer.Load().Places.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[PlaceKind.Country] >= 240, $"{counts[PlaceKind.Country]} countries");
        Assert.True(counts[PlaceKind.Admin1] >= 4_500, $"{counts[PlaceKind.Admin1]} admin-1 units");
        // cities500 as mirrored holds 199,568 rows; Natural Earth adds the places GeoNames lacks.
        Assert.True(counts[PlaceKind.City] >= 199_568, $"{counts[PlaceKind.City]} cities");
        Assert.True(counts[PlaceKind.Sea] >= 250, $"{counts[PlaceKind.Sea]} marine areas");
        Assert.True(counts[PlaceKind.Border] >= 300, $"{counts[PlaceKind.Border]} borders");
        Assert.True(counts[PlaceKind.Airspace] >= 240, $"{counts[PlaceKind.Airspace]} airspaces");
    }

    /// <summary>The point <paramref name="km"/> from a start along a bearing, on the sphere.</summary>
    internal static Point Destination(double lat, double lon, double bearingDegrees, double km)
    {
        var d = km * 1000 / Geodesy.EarthRadiusMetres;
        var p1 = double.DegreesToRadians(lat);
        var b = double.DegreesToRadians(bearingDegrees);
        var p2 = Math.Asin(Math.Sin(p1) * Math.Cos(d) + Math.Cos(p1) * Math.Sin(d) * Math.Cos(b));
        var l2 = double.DegreesToRadians(lon) + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(p1), Math.Cos(d) - Math.Sin(p1) * Math.Sin(p2));
        return At(double.RadiansToDegrees(p2), double.RadiansToDegrees(l2));
    }
}
