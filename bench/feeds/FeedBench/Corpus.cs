using System.Globalization;
using System.Text;

namespace FeedBench;

/// <summary>One story as one outlet's feed carries it, with the truth the bench scores against.</summary>
/// <param name="Feed">The feed (outlet) it is in.</param>
/// <param name="Key">Its id in the feed.</param>
/// <param name="Url">Its address, relative to the site.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Published">When the outlet published it.</param>
/// <param name="Text">Its text.</param>
/// <param name="Story">The text it is a copy of: items with the same story are one article.</param>
/// <param name="Happening">What it reports: items with the same happening are one event.</param>
/// <param name="SummaryOnly">The feed carries only its lead; the text is on its page.</param>
public sealed record Item(int Feed, string Key, string Url, string Title, DateTimeOffset Published, string Text, int Story, int Happening, bool SummaryOnly);

/// <summary>
/// The generated news: happenings (a strike on a town on a day) reported by one to three outlets in their own
/// words, and a third of all items near-duplicates of another outlet's story (lightly edited copies, some exact,
/// some the same address with a tracking parameter), spread over the feeds. Seeded: the same corpus every run.
/// </summary>
public sealed class Corpus
{
    private static readonly string[] _leads =
    [
        "Missiles struck {town} on {day}, officials said.",
        "A drone strike hit {town} on {day}, killing {n} people, local officials said.",
        "Forces shelled {town} on {day}, the governor said.",
        "Two people were killed when a missile hit {town} on {day}.",
        "Drones attacked {town} on {day} night, the regional administration said.",
    ];

    private static readonly string[] _objects = ["school", "hospital", "bakery", "tram depot", "apartment block", "market hall", "clinic", "library", "sports hall", "warehouse"];
    private static readonly string[] _witnesses = ["a teacher", "a shop owner", "a pensioner", "a nurse", "a volunteer", "a student", "a bus driver", "a caretaker", "a pharmacist", "a taxi driver"];
    private static readonly string[] _parts = ["windows", "roofs", "cars", "balconies", "shop fronts", "garages", "doors", "fences"];
    private static readonly string[] _times = ["in the morning", "by noon", "before dusk", "late in the evening", "by the afternoon", "at first light"];
    private static readonly (string From, string To)[] _synonyms =
        [("said", "reported"), ("officials", "authorities"), ("people", "residents"), ("damaged", "hit"), ("homes", "households"), ("repairs", "repair work")];

    public required IReadOnlyList<Item> Items { get; init; }
    public required int Feeds { get; init; }

    public static Corpus Generate(int feeds, int perFeed, IReadOnlyList<string> towns, IReadOnlyList<string> filler, int seed = 42)
    {
        var random = new Random(seed);
        var total = feeds * perFeed;
        var copies = total / 3;
        var originals = new List<(string Text, string Title, DateTimeOffset Published, int Happening, bool SummaryOnly)>();
        var happenings = new HashSet<(string, DateOnly)>();
        var first = new DateOnly(2025, 5, 5);
        while (originals.Count < total - copies)
        {
            var town = towns[random.Next(towns.Count)];
            var date = first.AddDays(random.Next(120));
            if (!happenings.Add((town, date))) continue;
            var reports = random.NextDouble() switch { < 0.5 => 1, < 0.8 => 2, _ => 3 };
            foreach (var lead in _leads.OrderBy(_ => random.Next()).Take(Math.Min(reports, total - copies - originals.Count)))
            {
                var published = new DateTimeOffset(date.AddDays(1).ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero).AddMinutes(random.Next(600));
                var text = new StringBuilder(Fill(lead.Replace("{town}", town).Replace("{day}", date.DayOfWeek.ToString()), random));
                foreach (var sentence in filler.OrderBy(_ => random.Next()).Take(random.Next(8, 13))) text.Append(' ').Append(Fill(sentence, random));
                originals.Add((text.ToString(), $"{town}: {lead.Split(' ')[0]} {lead.Split(' ')[1]} report {originals.Count}", published, happenings.Count - 1, random.Next(20) == 0));
            }
        }

        // Every story is first its original, then its copies; each goes to a feed of its own outlet.
        var drafts = originals.Select((o, i) => (Story: i, o.Text, o.Title, o.Published, o.Happening, o.SummaryOnly, Url: (string?)null)).ToList();
        for (var c = 0; c < copies; c++)
        {
            var story = random.Next(originals.Count);
            var o = originals[story];
            var kind = random.Next(20);
            var text = kind < 2 ? o.Text : Edit(o.Text, random);
            drafts.Add((story, text, $"{o.Title} (copy {c})", o.Published.AddMinutes(30 + random.Next(150)), o.Happening, false, kind == 2 ? "same-url" : null));
        }
        var order = drafts.Select((d, i) => (Draft: d, Index: i)).OrderBy(_ => random.Next()).ToList();
        var items = new Item[order.Count];
        var urlOfStory = new Dictionary<int, string>();
        for (var k = 0; k < order.Count; k++)
        {
            var (d, index) = order[k];
            var feed = k % feeds;
            var url = $"/story/{index}";
            if (d.Url == "same-url" && urlOfStory.TryGetValue(d.Story, out var original)) url = original + "?utm_source=feed&utm_medium=rss";
            else if (index < originals.Count) urlOfStory[d.Story] = url;
            items[k] = new Item(feed, $"item-{index}", url, d.Title, d.Published, d.Text, d.Story, d.Happening, d.SummaryOnly);
        }
        return new Corpus { Items = items, Feeds = feeds };
    }

    /// <summary>The edits an outlet makes to a wire story: a few words swapped, a number changed, a sentence dropped or
    /// a credit line added.</summary>
    private static string Edit(string text, Random random)
    {
        var sentences = text.Split(". ").ToList();
        if (random.Next(2) == 0 && sentences.Count > 4) sentences.RemoveAt(1 + random.Next(sentences.Count - 2));
        var edited = string.Join(". ", sentences);
        foreach (var (from, to) in _synonyms.OrderBy(_ => random.Next()).Take(random.Next(2, 5)))
        {
            var at = edited.IndexOf($" {from} ", StringComparison.Ordinal);
            if (at > 0) edited = edited[..at] + $" {to} " + edited[(at + from.Length + 2)..];
        }
        if (random.Next(2) == 0) edited += " Additional reporting by the regional desk.";
        return edited;
    }

    private static string Fill(string template, Random random) => template
        .Replace("{n}", random.Next(2, 90).ToString(CultureInfo.InvariantCulture))
        .Replace("{obj}", _objects[random.Next(_objects.Length)])
        .Replace("{Who}", Capital(_witnesses[random.Next(_witnesses.Length)]))
        .Replace("{part}", _parts[random.Next(_parts.Length)])
        .Replace("{when}", _times[random.Next(_times.Length)]);

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
