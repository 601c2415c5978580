using IncidentMap.Server.Layers;
using IncidentMap.Server.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace IncidentMap.Server.Downloads;

/// <summary>
/// Incidents as a GeoPackage (OGC 12-128r19, the file QGIS and GDAL open): one point layer <c>incidents</c> in
/// EPSG:4326 with the properties as columns. SQLite writes only to files, so the package is built in a temporary
/// file (deleted when sent) as the rows are read, then streamed: memory does not grow with the download.
/// </summary>
public sealed class GeoPackageResult(IAsyncEnumerable<RenderedIncident> incidents, string? downloadName) : IActionResult
{
    private const string _wgs84 = """GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]""";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var ct = context.HttpContext.RequestAborted;
        var path = Path.Combine(Path.GetTempPath(), $"incidentmap-{Guid.NewGuid():N}.gpkg");
        try
        {
            await WriteAsync(path, ct);
            var response = context.HttpContext.Response;
            response.ContentType = DownloadFormat.GeoPackage.MediaType;
            if (downloadName is not null) response.Headers.ContentDisposition = $"attachment; filename=\"{downloadName}\"";
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
            response.ContentLength = file.Length;
            await file.CopyToAsync(response.Body, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task WriteAsync(string path, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        var columns = string.Join(", ", IncidentColumns.Names.Select(n => $"{n} {(IncidentColumns.Integers.Contains(n) ? "INTEGER" : "TEXT")}"));
        await ExecuteAsync(connection, $"""
            PRAGMA application_id = 1196444487; PRAGMA user_version = 10300; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            INSERT INTO gpkg_spatial_ref_sys VALUES
                ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
                ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),
                ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{_wgs84}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
                description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
            CREATE TABLE incidents (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, id INTEGER NOT NULL, {columns});
            INSERT INTO gpkg_geometry_columns VALUES ('incidents', 'geom', 'POINT', 4326, 0, 0);
            BEGIN;
            """, ct);
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO incidents (geom, id, {string.Join(", ", IncidentColumns.Names)}) VALUES ($geom, $id, {string.Join(", ", IncidentColumns.Names.Select(n => "$" + n))})";
        var geom = insert.Parameters.Add("$geom", SqliteType.Blob);
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var values = IncidentColumns.Names.Select(n => insert.Parameters.Add("$" + n, IncidentColumns.Integers.Contains(n) ? SqliteType.Integer : SqliteType.Text)).ToArray();
        var box = new Envelope();
        await foreach (var incident in incidents.WithCancellation(ct))
        {
            if (incident.Lon is { } lon && incident.Lat is { } lat)
            {
                var point = factory.CreatePoint(new Coordinate(GeoJsonGeometry.Round(lon), GeoJsonGeometry.Round(lat)));
                geom.Value = writer.Write(point);
                box.ExpandToInclude(point.Coordinate);
            }
            else geom.Value = DBNull.Value;
            id.Value = incident.Id;
            var row = IncidentColumns.Values(incident);
            for (var i = 0; i < row.Length; i++) values[i].Value = (object?)row[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
        await using var contents = connection.CreateCommand();
        contents.CommandText = """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
            VALUES ('incidents', 'features', 'incidents', 'Incidents located from news articles', $minx, $miny, $maxx, $maxy, 4326);
            COMMIT;
            """;
        contents.Parameters.AddWithValue("$minx", box.IsNull ? DBNull.Value : box.MinX);
        contents.Parameters.AddWithValue("$miny", box.IsNull ? DBNull.Value : box.MinY);
        contents.Parameters.AddWithValue("$maxx", box.IsNull ? DBNull.Value : box.MaxX);
        contents.Parameters.AddWithValue("$maxy", box.IsNull ? DBNull.Value : box.MaxY);
        await contents.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
