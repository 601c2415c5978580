using System.Diagnostics;
using IncidentMap.Geoparsing.Sources;

namespace IncidentMap.Geoparsing.Places;

/// <summary>Builds every gazetteer entry from the raw sources of a geodata folder.</summary>
public static class GazetteerBuilder
{
    /// <summary>Reads and verifies every source in <paramref name="geodata"/> and builds the entries of all kinds.</summary>
    /// <exception cref="GeodataException">A source file is missing or is not the version the manifest names.</exception>
    public static List<Place> Build(GeodataDirectory geodata, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        void Report(string message) => progress?.Report($"[{clock.Elapsed.TotalSeconds,6:0.0}s] {message}");

        // Fail on a missing file before spending a minute on the others.
        foreach (var f in GeodataManifest.Files)
        {
            if (!File.Exists(Path.Combine(geodata.Path, f.File)) && !File.Exists(Path.Combine(geodata.Path, f.File + ".gz")))
            {
                geodata.ReadVerified(f.File);
            }
        }
        Report("reading sources");
        var world = WorldCountry.Read(geodata);
        var ne50 = NaturalEarthCountry.Read(geodata);
        var admin1 = NaturalEarthAdmin1.Read(geodata);
        Report($"read {admin1.Count} admin-1 polygons");

        var reference = GeoNamesReference.Read(geodata);
        var countries = CountryPlaces.Build(admin1, ne50, world, reference, new Progress(Report));
        Report($"{countries.Count} countries");
        var countryByCode = countries.ToDictionary(c => c.Code!, StringComparer.Ordinal);
        var places = new List<Place>(countries);
        var cities = GeoNamesCity.Read(geodata);
        var admin1Join = Admin1Join.Build(cities, admin1, world);
        Report("cities placed in admin-1 units");
        var admin1Names = GeoNamesAdminCodes.Read(geodata, GeoNamesAdminCodes.Admin1File);
        var (geoNamesAdmin1, joins, divisions) = GeoNamesAdmin1Places.Build(cities, admin1Names, admin1, world, admin1Join, reference);
        admin1Join = admin1Join.With(joins, divisions);
        places.AddRange(Admin1Places.Build(admin1, admin1Names, admin1Join, reference));
        places.AddRange(geoNamesAdmin1);
        Report($"admin-1 units, {geoNamesAdmin1.Count} of them from GeoNames");

        var nePlaces = NaturalEarthPopulatedPlace.Read(geodata);
        places.AddRange(CityPlaces.Build(cities, nePlaces, admin1Join, world));
        Report($"{cities.Count} GeoNames cities merged with {nePlaces.Count} Natural Earth places");
        var admin2Names = GeoNamesAdminCodes.Read(geodata, GeoNamesAdminCodes.Admin2File);
        places.AddRange(Admin2Places.Build(cities, admin2Names, admin1Join, world));
        Report("admin-2 divisions located by their cities");
        places.AddRange(RegionPlaces.Build(ne50, admin1, countryByCode, reference));
        Report("continents and regions");

        places.AddRange(SeaPlaces.Build(NaturalEarthMarineArea.Read(geodata), reference));
        Report("seas");
        places.AddRange(BorderPlaces.Build(NaturalEarthBoundaryLine.Read(geodata), countryByCode));
        Report("borders");
        places.AddRange(AirspacePlaces.Build(countries, new Progress(Report)));
        Report("airspace");
        DisplayNames.Apply(places, DisplayNames.Read());
        return places;
    }

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
