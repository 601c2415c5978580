using System.Collections.Frozen;
using IncidentMap.Geoparsing.Language;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The closed word lists the rules consult, folded (lower case, no diacritics), read once from the English
/// resources under <c>Language/en/</c>.</summary>
internal static class WordLists
{
    private const string _language = "en";

    private static FrozenSet<string> Words(string name) => LanguageData.Words(_language, name);

    /// <summary>Words followed by a dot that do not end a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = Words("abbreviations");

    /// <summary>Weekdays and months: never places.</summary>
    public static readonly FrozenSet<string> Calendar = Words("calendar");

    /// <summary>Titles and roles that introduce a person's name ("President Donald Trump", "spokesman Dmitry Peskov").</summary>
    public static readonly FrozenSet<string> PersonTitles = Words("person-titles");

    /// <summary>Common given names: a capitalised word after one is a surname, and both are a person.</summary>
    public static readonly FrozenSet<string> GivenNames = Words("given-names");

    /// <summary>Organisations, alliances and media that share names or initials with places, folded.</summary>
    public static readonly FrozenSet<string> Organisations = Words("organisations");

    /// <summary>Unions of states that the gazetteer holds as regions but news mostly names as actors.</summary>
    public static readonly FrozenSet<string> Unions = LanguageData.Phrases(_language, "unions");

    /// <summary>Head words that make a capitalised phrase a company, school or club merely named after a place
    /// ("Buffalo Public Schools", "Kenya Broadcasting Corporation"). Government bodies are not here: "California
    /// Department of Public Health" still names California.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Words("organisation-heads");

    /// <summary>Generic words that alone name no place, though some gazetteer entry carries them ("South", "Central").</summary>
    public static readonly FrozenSet<string> GenericWords = Words("generic-words");

    /// <summary>Words after a place name that make it the name of a disease or pathogen ("West Nile virus").</summary>
    public static readonly FrozenSet<string> DiseaseWords = Words("disease-words");

    /// <summary>Nouns that make a capitalised word before them a named operation or exercise ("Zapad" military exercises).</summary>
    public static readonly FrozenSet<string> OperationNouns = Words("operation-nouns");

    /// <summary>Nouns that turn a name or demonym into an administrative area ("Grodno region", "Polish territory").</summary>
    public static readonly FrozenSet<string> RegionNouns = Words("region-nouns");

    /// <summary>Words that make a name the division rather than its city ("Belgorod's governor", "Kherson regional").</summary>
    public static readonly FrozenSet<string> DivisionOfficials = Words("division-officials");

    /// <summary>Region nouns that ask for a second-level unit ("Scott County", "Rapides Parish").</summary>
    public static readonly FrozenSet<string> SecondLevelNouns = Words("second-level-nouns");

    /// <summary>Capitalised words after a county's name that make the phrase its government body ("Henry County Sheriff").</summary>
    public static readonly FrozenSet<string> GovernmentHeads = Words("government-heads");

    /// <summary>Words after a given name that make it part of a place ("Scott County", "Virginia Beach").</summary>
    public static readonly FrozenSet<string> PlaceHeads = Words("place-heads");

    /// <summary>Lower-case words allowed inside a place name ("Bosnia and Herzegovina", "Isle of Man").</summary>
    public static readonly FrozenSet<string> NameConnectors = Words("name-connectors");

    /// <summary>Lower-case nouns a place name may end with ("Grodno region", "Baltic sea").</summary>
    public static readonly FrozenSet<string> NameTrailingNouns = Words("name-trailing-nouns");

    /// <summary>Country short forms news writes without further context ("US", "UK"); they name the country only.</summary>
    public static readonly FrozenSet<string> CountryShortForms = Words("country-short-forms");

    /// <summary>Capitalised words after a name that make it a feature located at the place ("Salinas Valley").</summary>
    public static readonly FrozenSet<string> FeatureHeads = Words("feature-heads");

    /// <summary>Capitalised words before a name that make it a lake, a metropolitan area or a part ("Lake Erie").</summary>
    public static readonly FrozenSet<string> FeaturePrefixes = Words("feature-prefixes");

    /// <summary>Words before "of" that make the name after it a place ("a resident of Lubbock").</summary>
    public static readonly FrozenSet<string> ResidentNouns = Words("resident-nouns");

    /// <summary>Verbs of speaking: a lone capitalised word next to one is a speaker ("said Lennox").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Words("speech-verbs");

    /// <summary>Capitalised words before a name that make it an operation's ("Operation Barbarossa").</summary>
    public static readonly FrozenSet<string> OperationPrefixes = Words("operation-prefixes");

    /// <summary>Adjectives between an exercise's name and its noun ("Zapad joint military exercises").</summary>
    public static readonly FrozenSet<string> OperationAdjectives = Words("operation-adjectives");

    /// <summary>Nouns after a capital's possessive that make it its state ("Moscow's forces").</summary>
    public static readonly FrozenSet<string> StateInstitutions = Words("state-institutions");

    /// <summary>Nouns after "X and Y" that keep both speaking for governments ("Warsaw and NATO allies").</summary>
    public static readonly FrozenSet<string> CoSpeakers = Words("co-speakers");

    /// <summary>Nouns before "with" that make the capital after it a government ("talks with Kyiv").</summary>
    public static readonly FrozenSet<string> TalkNouns = Words("talk-nouns");

    /// <summary>Articles that may stand between a preposition and a place ("in the Donbas").</summary>
    public static readonly FrozenSet<string> Determiners = Words("determiners");

    /// <summary>Articles that make a possessive name after them an owner ("at a McDonald's restaurant").</summary>
    public static readonly FrozenSet<string> OwnerArticles = Words("owner-articles");

    /// <summary>Nouns that name a land border ("the border with Belarus").</summary>
    public static readonly FrozenSet<string> BorderNouns = Words("border-nouns");

    /// <summary>Pronouns that stand for the country named last ("its airspace").</summary>
    public static readonly FrozenSet<string> PossessivePronouns = Words("possessive-pronouns");

    /// <summary>Nouns after a demonym that make it the country's land or sea ("Russian soil", "Greek waters").</summary>
    public static readonly FrozenSet<string> LandNouns = Words("land-nouns");

    /// <summary>Nouns that make a demonym a place ("Polish soil", "Russian waters").</summary>
    public static readonly FrozenSet<string> PlaceNouns = Words("place-nouns");

    /// <summary>Adjectives of direction between a possessive and a region name ("Ukraine's central ... region").</summary>
    public static readonly FrozenSet<string> DirectionAdjectives = Words("direction-adjectives");

    /// <summary>Words before a name that support reading it as a place: the locative prepositions and those of motion.</summary>
    public static readonly FrozenSet<string> SupportingWords = Words("supporting-words");

    /// <summary>Nouns after a name that support reading it as a place ("the Innisfail area", "Esperance residents").</summary>
    public static readonly FrozenSet<string> PlaceFollowers = Words("place-followers");

    /// <summary>Prepositions that put what follows at a location, and the verbs whose object is where an attack or
    /// capture happened ("a drone attack hit Kyiv", "troops captured Avdiivka").</summary>
    public static readonly FrozenSet<string> LocativePrepositions = Words("locative-prepositions");

    /// <summary>Words between two names that make the second contain the first, as a comma does ("Fuyang in Anhui").</summary>
    public static readonly FrozenSet<string> ContainmentWords = Words("containment-words");

    /// <summary>Nouns that make "of" locative: "parts of Omdurman", "the outskirts of Kharkiv".</summary>
    public static readonly FrozenSet<string> PartNouns = Words("part-nouns");

    /// <summary>Verbs of speaking and deciding: a capital before one names its government ("Moscow said").</summary>
    public static readonly FrozenSet<string> GovernmentVerbs = Words("government-verbs");

    /// <summary>Prepositions and auxiliaries: no noun an adjective qualifies begins with one ("Norfolk on Monday").</summary>
    public static readonly FrozenSet<string> ClauseWords = Words("clause-words");

    /// <summary>Words between a capital and its verb that keep the metonymy ("Kyiv has ruled out", "Moscow also said").</summary>
    public static readonly FrozenSet<string> AuxiliaryWords = Words("auxiliary-words");

    /// <summary>Verbs and phrases before a capital that treat it as a government ("talks with Kyiv", "accused Kyiv").</summary>
    public static readonly FrozenSet<string> GovernmentObjectCues = Words("government-object-cues");

    /// <summary>Common English words; capitalised at a sentence start they are not names.</summary>
    public static readonly FrozenSet<string> CommonWords = Words("common-words");
}
