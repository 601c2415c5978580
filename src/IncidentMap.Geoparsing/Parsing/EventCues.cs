using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Words in a clause that signal what kind of event it reports, as bits.</summary>
[Flags]
internal enum EventCue : long
{
    None = 0,
    Drills = 1 << 0,
    Practice = 1 << 1,
    Deploy = 1 << 2,
    Troops = 1 << 3,
    Ships = 1 << 4,
    Airspace = 1 << 5,
    Closure = 1 << 6,
    Violation = 1 << 7,
    Downed = 1 << 8,
    Shot = 1 << 9,
    Down = 1 << 10,
    Drones = 1 << 11,
    Aircraft = 1 << 12,
    Captured = 1 << 13,
    Control = 1 << 14,
    Took = 1 << 15,
    Clash = 1 << 16,
    Attack = 1 << 17,
    Missile = 1 << 18,
    AirStrike = 1 << 19,
    Aerial = 1 << 20,
    Shelling = 1 << 21,
    Talks = 1 << 22,
    Sanctions = 1 << 23,
    Threat = 1 << 24,
    Accuse = 1 << 25,
    Denial = 1 << 26,
    StrikeNoun = 1 << 27,
    HitVerb = 1 << 28,
    Vessel = 1 << 29,
    Fighting = 1 << 30,
    Peace = 1L << 31,
}

/// <summary>The words behind each cue, folded.</summary>
internal static class EventCues
{
    public static readonly FrozenDictionary<string, EventCue> ByWord = Build();

    /// <summary>The cues of the words in tokens [first, end), and the token of the first one.</summary>
    public static EventCue Of(Article article, int first, int end, out int firstCue)
    {
        var cues = EventCue.None;
        firstCue = end;
        for (var k = first; k < end; k++)
        {
            if (!ByWord.TryGetValue(article[k].Folded, out var cue)) continue;
            cues |= cue;
            if (firstCue == end) firstCue = k;
        }
        return cues;
    }

    private static FrozenDictionary<string, EventCue> Build()
    {
        var map = new Dictionary<string, EventCue>(StringComparer.Ordinal);
        void Add(EventCue cue, string words)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[word] = map.GetValueOrDefault(word) | cue;
        }
        Add(EventCue.Drills, "drills drill exercise exercises manoeuvres maneuvers wargames");
        Add(EventCue.Practice, "practice practise practicing practising rehearse rehearsed simulate simulated simulating");
        Add(EventCue.Deploy, "deployed deploy deploying deployment deployments stationed station redeployed massed massing amassed reinforcements");
        Add(EventCue.Troops, "troops soldiers servicemen personnel battalions brigades");
        Add(EventCue.Ships, "ships ship warships warship fleet navy naval vessels submarines submarine frigate frigates destroyers");
        Add(EventCue.Airspace, "airspace");
        Add(EventCue.Closure, "closure closures closed close closing shut restricted restrictions");
        Add(EventCue.Violation, "violated violation violations violating incursion incursions intrusion intruded flew flown entered crossed breached");
        Add(EventCue.Downed, "downed downing intercepted");
        Add(EventCue.Shot, "shot shooting");
        Add(EventCue.Down, "down");
        Add(EventCue.Drones, "drone drones uav uavs");
        Add(EventCue.Aircraft, "jets jet aircraft plane planes helicopter helicopters warplanes");
        Add(EventCue.Captured, "captured capture capturing seized seize seizing liberated overran recaptured");
        Add(EventCue.Control, "control");
        Add(EventCue.Took, "took taken take taking");
        Add(EventCue.Captured, "retook retake retaken retaking overrun");
        Add(EventCue.Clash, "clashes clashed clash firefight firefights gunfight skirmish skirmishes ambush ambushed battled");
        Add(EventCue.Fighting, "fighting fought battle battles");
        Add(EventCue.Peace, "ceasefire truce end ending ended halt stop peace");
        Add(EventCue.Attack, "attack attacks attacked strike strikes struck hit hits targeted targeting bombed bombing bombings raid raids");
        Add(EventCue.Missile, "missile missiles rocket rockets");
        Add(EventCue.AirStrike, "airstrike airstrikes bombardment");
        Add(EventCue.StrikeNoun, "strike strikes");
        Add(EventCue.Vessel, "tanker tankers vessel vessels ship ships freighter freighters");
        Add(EventCue.HitVerb, "hit hits struck pounded targeted");
        Add(EventCue.Aerial, "aerial air");
        Add(EventCue.Shelling, "shelling shelled artillery mortar mortars");
        Add(EventCue.Talks, "talks negotiations negotiation negotiators summit");
        Add(EventCue.Sanctions, "sanctions sanction embargo");
        Add(EventCue.Threat, "threat threats threatened threatens threatening");
        Add(EventCue.Accuse, "accused accuses accusing accusation accusations blamed blames");
        Add(EventCue.Denial, "denied denies deny denying refusing refuses refused halt halting");
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
