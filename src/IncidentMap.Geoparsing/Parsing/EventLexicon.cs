using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The English event lexicon, read once from <c>Language/en/event-*.txt</c>: the predicates by act and form,
/// the participant classes, the sense contexts and the words of modality.</summary>
internal static class EventLexicon
{
    private const string _language = "en";

    private static readonly LexiconSections _predicateFile = LexiconSections.Read(_language, "event-predicates");
    private static readonly LexiconSections _participantFile = LexiconSections.Read(_language, "event-participants");
    private static readonly LexiconSections _senseFile = LexiconSections.Read(_language, "event-senses");
    private static readonly LexiconSections _modalityFile = LexiconSections.Read(_language, "event-modality");

    /// <summary>Event words and phrases with the act they name and the forms they can take.</summary>
    public static readonly PhraseTable<(EventAct Act, ActForm Form)> Predicates = new(
        _predicateFile.Names.SelectMany(name => _predicateFile.Phrases(name).Select(words => (words, ParsePredicate(name)))),
        (a, b) => a.Act == b.Act ? (a.Act, a.Form | b.Form) : throw new InvalidOperationException($"An event word names both {a.Act} and {b.Act}."));

    /// <summary>Participant words and phrases with their classes.</summary>
    public static readonly PhraseTable<Participant> Participants = new(
        _participantFile.Names.SelectMany(name => _participantFile.Phrases(name).Select(words => (words, ParseParticipant(name)))),
        (a, b) => a | b);

    /// <summary>Sense words and phrases with the senses they give.</summary>
    public static readonly PhraseTable<Sense> Senses = new(
        _senseFile.Names.Where(n => n is not ("compound-heads" or "struck-explosives")).SelectMany(name => _senseFile.Phrases(name).Select(words => (words, Enum.Parse<Sense>(name, ignoreCase: true)))),
        (a, b) => a | b);

    /// <summary>Nouns right after an act's noun that make it a modifier ("air raid sirens").</summary>
    public static readonly FrozenSet<string> CompoundHeads = _senseFile.Words("compound-heads");

    /// <summary>Heads of what was struck that make the struck thing the explosive ("struck a mine").</summary>
    public static readonly FrozenSet<string> StruckExplosives = _senseFile.Words("struck-explosives");

    public static readonly FrozenSet<string> Negation = _modalityFile.Words("negation");
    public static readonly FrozenSet<string> Denial = _modalityFile.Words("denial");
    public static readonly FrozenSet<string> Presupposing = _modalityFile.Words("presupposing");
    public static readonly FrozenSet<string> Modal = _modalityFile.Words("modal");
    public static readonly FrozenSet<string> Condition = _modalityFile.Words("condition");
    public static readonly FrozenSet<string> IntentTo = _modalityFile.Words("intent-to");
    public static readonly FrozenSet<string> IntentNoun = _modalityFile.Words("intent-noun");
    public static readonly FrozenSet<string> Means = _modalityFile.Words("means");
    public static readonly FrozenSet<string> StreetWords = _modalityFile.Words("street");
    public static readonly PhraseTable<bool> Intent = Flags(_modalityFile, "intent");
    public static readonly PhraseTable<bool> Habitual = Flags(_modalityFile, "habitual");
    public static readonly FrozenSet<string> Generic = _modalityFile.Words("generic");
    public static readonly FrozenSet<string> Announcement = _modalityFile.Words("announcement");
    public static readonly FrozenSet<string> Be = _modalityFile.Words("be");
    public static readonly FrozenSet<string> Adverbs = _modalityFile.Words("adverb");
    public static readonly FrozenSet<string> Eventive = _modalityFile.Words("eventive");
    public static readonly FrozenSet<string> Opinion = _modalityFile.Words("opinion");
    public static readonly FrozenSet<string> Past = _modalityFile.Words("past").Union(_modalityFile.Words("present-event")).ToFrozenSet(StringComparer.Ordinal);
    public static readonly PhraseTable<bool> AgreementVerbs = Flags(_modalityFile, "agreement-verbs");
    public static readonly PhraseTable<bool> Stalled = Flags(_modalityFile, "stalled");
    public static readonly FrozenSet<string> NotPast = _modalityFile.Words("not-past");

    /// <summary>Number words that count those an event touched ("eleven people", "dozens of protesters").</summary>
    public static readonly FrozenSet<string> Counts = Language.LanguageData.Words(_language, "event-counts");

    private static PhraseTable<bool> Flags(LexiconSections file, string name) => new(file.Phrases(name).Select(w => (w, true)), (a, _) => a);

    private static (EventAct, ActForm) ParsePredicate(string name)
    {
        var dot = name.IndexOf('.');
        if (dot < 0) throw new InvalidOperationException($"Event predicate class '{name}' must read 'act.form'.");
        return (Enum.Parse<EventAct>(name[..dot], ignoreCase: true), Enum.Parse<ActForm>(name[(dot + 1)..], ignoreCase: true));
    }

    private static Participant ParseParticipant(string name) => name switch
    {
        "armed-group" => Participant.ArmedGroup,
        "suicide" => Participant.SuicideModifier,
        "military-modifier" => Participant.MilitaryModifier,
        _ => Enum.Parse<Participant>(name, ignoreCase: true),
    };
}
