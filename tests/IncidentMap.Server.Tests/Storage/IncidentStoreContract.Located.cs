using IncidentMap.Server.Storage;
using NetTopologySuite.Geometries;

namespace IncidentMap.Server.Tests.Storage;

/// <summary>Located or said so: the map shows only incidents with a place; one with no place anywhere stays in its
/// article's record; one put at the article's focus country is on the map there, its geo precision saying so.</summary>
public abstract partial class IncidentStoreContract
{
    [Fact]
    public async Task UnlocatedIncident_IsInItsArticlesRecordButInNoLayer()
    {
        var seed = await AddAsync(StoreTestData.Seed());
        await AddAsync(StoreTestData.Second());
        var unrest = await AddAsync(StoreTestData.Unrest());
        string[] located = ["airspace_violation", "drone_shot_down", "military_exercise", "naval_deployment", "protest_with_intervention", "territory_captured", "troop_deployment"];

        // The records: every incident of each article, located or not.
        var record = await Store.QueryIncidentsAsync(new IncidentFilter { ArticleId = seed.Article.Id }, Token);
        Assert.Equal(["troop_deployment", "military_exercise", "territory_captured", "airspace_violation", "diplomatic_talks"], record.Items.Select(i => i.Subtype));
        Assert.Null(record.Items[4].Location);
        Assert.Equal(9, (await Store.QueryIncidentsAsync(new IncidentFilter(), Token)).NumberMatched);

        // The layers and downloads: the located ones only, and numberMatched counts the same.
        var layer = await ReadAsync(new IncidentFilter { Limit = int.MaxValue });
        Assert.Equal(located, layer.Select(i => i.Subtype()).Order(StringComparer.Ordinal));
        Assert.All(layer, i => Assert.True(i.Lon is not null && i.Lat is not null));
        Assert.Equal(7, await Store.CountIncidentsAsync(new IncidentFilter(), Token));
        var ofSeed = await ReadAsync(new IncidentFilter { ArticleId = seed.Article.Id });
        Assert.Equal(["airspace_violation", "military_exercise", "territory_captured", "troop_deployment"], ofSeed.Select(i => i.Subtype()).Order(StringComparer.Ordinal));
        Assert.Equal(4, await Store.CountIncidentsAsync(new IncidentFilter { ArticleId = seed.Article.Id }, Token));
        var talks = await ReadAsync(new IncidentFilter { Types = ["diplomatic_talks"] });
        Assert.Empty(talks);
        Assert.Equal(0, await Store.CountIncidentsAsync(new IncidentFilter { Types = ["diplomatic_talks"] }, Token));

        // Clusters and the timeline count what is on the map: the dated unlocated talks on 6 October are not there.
        var clusters = await Store.ClusterIncidentsAsync(new IncidentFilter(), 3, Token);
        Assert.Equal(7, clusters.Sum(c => c.Count));
        var days = await Store.CountByDayAsync(new IncidentFilter(), Token);
        Assert.Equal(new DateOnly(2025, 10, 5), days[^1].Day);
        Assert.DoesNotContain(days, d => d.Day == new DateOnly(2025, 10, 6));
        Assert.Equal(7, days.Sum(d => d.Count));
        var extent = await Store.GetExtentAsync(ExtentOf.Incidents, Token);
        Assert.Equal((new DateOnly(2025, 9, 10), new DateOnly(2025, 10, 5)), (extent.First, extent.Last));

        // Near a border, filtered by article: the focus-country protest (Poland touches the line), not the talks.
        var near = await Store.QueryNearBorderAsync(new NearBorderQuery("border:BLR-POL", 50, null, new IncidentFilter { ArticleId = unrest.Article.Id }), Token);
        Assert.Equal("protest_with_intervention", Assert.Single(near!.Items).Incident.Subtype());
        Assert.Equal(1, near.NumberMatched);

        // The events layer: no event stands for the unlocated talks, though the record keeps them.
        var events = await Store.QueryEventsAsync(new IncidentFilter { Limit = 1000 }, Token);
        Assert.Equal(located, events.Items.Select(e => e.Subtype).Order(StringComparer.Ordinal));
        Assert.Equal(7, events.NumberMatched);
        Assert.All(events.Items, e => Assert.NotNull(e.Location));
        var eventsExtent = await Store.GetExtentAsync(ExtentOf.Events, Token);
        Assert.Equal(new DateOnly(2025, 10, 5), eventsExtent.Last);
    }

    [Fact]
    public async Task FocusCountryIncident_IsOnTheMapAtTheCountry_WithItsGeoPrecisionSayingSo()
    {
        var unrest = await AddAsync(StoreTestData.Unrest());
        var poland = StoreTestData.Gazetteer.Get("country:POL")!.Point;

        var layer = await ReadAsync(new IncidentFilter());
        var protest = Assert.Single(layer);
        Assert.Equal(("protest_with_intervention", poland.X, poland.Y), (protest.Subtype(), protest.Lon, protest.Lat));
        Assert.Equal(4, protest.Property("geo_precision").GetInt32());
        Assert.Equal(1, await Store.CountIncidentsAsync(new IncidentFilter(), Token));
        var inPoland = await ReadAsync(new IncidentFilter { Country = "POL", Bbox = new Envelope(19, 20, 52, 52.5) });
        Assert.Equal([protest.Id], inPoland.Select(i => i.Id));

        // Its record has both incidents; the talks have no place and no geo precision.
        var record = await Store.QueryIncidentsAsync(new IncidentFilter { ArticleId = unrest.Article.Id }, Token);
        Assert.Equal([("protest_with_intervention", (int?)4), ("diplomatic_talks", null)], record.Items.Select(i => (i.Subtype, i.GeoPrecision)));
        Assert.Equal("country:POL", Assert.Single(record.Items[0].Places).Id);
        Assert.Empty(record.Items[1].Places);
    }

    private async Task<List<RenderedIncident>> ReadAsync(IncidentFilter filter)
    {
        var incidents = new List<RenderedIncident>();
        await foreach (var incident in Store.ReadIncidentsAsync(filter, Token)) incidents.Add(incident);
        return incidents;
    }
}
