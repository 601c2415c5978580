namespace IncidentMap.Server.Storage.Embedded;

/// <summary>The tables of the embedded database file; the same shape as the PostGIS schema, geometries as WKB.
/// <see cref="Create"/> is the first version; each of <see cref="Upgrades"/> takes the file one version further.</summary>
internal static class EmbeddedSchema
{
    public static int Version => 1 + Upgrades.Count;

    /// <summary>Upgrades[i] takes a file from version i + 1 to i + 2.</summary>
    public static IReadOnlyList<string> Upgrades { get; } =
    [
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            interval_minutes INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_polled_at TEXT,
            last_status INTEGER,
            last_error TEXT,
            items_seen INTEGER NOT NULL DEFAULT 0,
            articles_created INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            next_poll_at TEXT NOT NULL);
        CREATE TABLE feed_items (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            PRIMARY KEY (feed_id, key));
        """,
        """
        CREATE TABLE article_sources (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            outlet TEXT,
            url TEXT,
            canonical_url TEXT,
            title TEXT,
            published TEXT,
            added_at TEXT NOT NULL);
        CREATE UNIQUE INDEX ux_article_sources_canonical_url ON article_sources(canonical_url) WHERE canonical_url IS NOT NULL;
        CREATE INDEX ix_article_sources_article_id ON article_sources(article_id);
        INSERT INTO article_sources (article_id, outlet, url, title, published, added_at)
            SELECT id, source, url, title, published, ingested_at FROM articles;
        CREATE TABLE article_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            minhash BLOB NOT NULL);
        """,
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            type TEXT NOT NULL,
            subtype TEXT NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            geo_precision INTEGER,
            lon REAL,
            lat REAL,
            place_name TEXT,
            countries TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        ALTER TABLE incidents ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE SET NULL;
        CREATE INDEX ix_incidents_event_id ON incidents(event_id);
        CREATE TABLE event_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            changed_at TEXT NOT NULL);
        CREATE INDEX ix_event_changes_changed_at ON event_changes(changed_at);
        """,
    ];

    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            published TEXT,
            source TEXT,
            url TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            ingested_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS places (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            code TEXT,
            country_code TEXT,
            lat REAL NOT NULL,
            lon REAL NOT NULL,
            geometry BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS borders (
            place_id TEXT PRIMARY KEY REFERENCES places(id) ON DELETE CASCADE,
            country_a TEXT NOT NULL,
            name_a TEXT NOT NULL,
            country_b TEXT NOT NULL,
            name_b TEXT NOT NULL,
            length_km REAL NOT NULL);
        CREATE TABLE IF NOT EXISTS incidents (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            type TEXT NOT NULL,
            subtype TEXT NOT NULL,
            date TEXT,
            date_precision TEXT NOT NULL,
            geo_precision INTEGER,
            summary TEXT NOT NULL,
            summary_start INTEGER NOT NULL,
            summary_end INTEGER NOT NULL,
            actors TEXT NOT NULL,
            countries TEXT NOT NULL,
            lon REAL,
            lat REAL);
        CREATE INDEX IF NOT EXISTS ix_incidents_article_id ON incidents(article_id);
        CREATE TABLE IF NOT EXISTS incident_places (
            incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            place_id TEXT NOT NULL REFERENCES places(id),
            mention TEXT NOT NULL,
            mention_start INTEGER NOT NULL,
            mention_end INTEGER NOT NULL,
            PRIMARY KEY (incident_id, ordinal));
        CREATE INDEX IF NOT EXISTS ix_incident_places_place_id ON incident_places(place_id);
        """;
}
