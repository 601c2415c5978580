using System.Collections.Frozen;

namespace IncidentMap.Geoparsing.Parsing;

/// <summary>The closed word lists the rules consult, folded (lower case, no diacritics), built once.</summary>
internal static class WordLists
{
    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words followed by a dot that do not end a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = Set("""
        mr mrs ms dr st gen sen rep gov lt col sgt capt maj cmdr adm jr sr prof rev hon no vs etc inc co corp ltd mt ft
        jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ
        """);

    /// <summary>Weekdays and months: never places.</summary>
    public static readonly FrozenSet<string> Calendar = Set("""
        monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december
        """);

    /// <summary>Titles and roles that introduce a person's name ("President Donald Trump", "spokesman Dmitry Peskov").</summary>
    public static readonly FrozenSet<string> PersonTitles = Set("""
        president presidents vice minister ministers premier chancellor spokesman spokeswoman spokesperson secretary
        senator sen governor gov mayor king queen prince princess pope mr mrs ms miss dr doctor gen general colonel col lt
        lieutenant sgt sergeant captain capt admiral adm rep representative congressman congresswoman ambassador envoy
        commander chief director professor prof judge justice commissioner counterpart sheikh emir ayatollah archbishop
        bishop cardinal father rev reverend sir lord lady dame deputy leader chairman chairwoman ceo coach councillor
        councilor officer inspector superintendent marshal field prosecutor attorney lawyer spokesmen journalist
        correspondent analyst expert nurse patient surgeon physician researcher scientist epidemiologist
        """);

    /// <summary>Common given names: a capitalised word after one is a surname, and both are a person.</summary>
    public static readonly FrozenSet<string> GivenNames = Set("""
        donald vladimir dmitry dmitri volodymyr emmanuel angela olaf joe joseph barack george bill hillary john james
        robert michael william david richard charles thomas christopher daniel matthew anthony mark paul steven andrew
        kenneth kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
        scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam
        henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry
        sean arthur jesse dylan bryan joe billy bruce willie gabriel alan juan wayne
        roy ralph randy eugene vincent russell elijah bobby philip johnny mary patricia jennifer linda elizabeth
        barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily donna michelle
        carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley anna angela ruth
        brenda pamela nicole katherine samantha christine emma catherine debra rachel carolyn janet maria
        heather diane julie joyce kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea
        hannah jacqueline ann jean alice kathryn gloria teresa doris sara janice julia marie grace judy theresa
        beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis lori kayla jane
        sergei sergey alexei alexey mikhail nikolai ivan igor oleg yuri andrei andriy petro viktor yulia olena
        tayyip recep xi jinping narendra benjamin ali mohammed muhammad ahmed abdul hassan hussein omar mahmoud
        kim shinzo fumio justin boris theresa rishi keir nicolas francois jacques gerhard helmut mateusz andrzej
        radoslaw alexander lukashenko jens mark ursula antonio kamala mike nancy mitch chuck marco rex ban kofi
        margaret tony gordon david nicola jacinda scott malcolm kevin julia ehud ariel yitzhak shimon mahmoud nelson luis
        barry jimmy harry jim tom bob dick ted
        tim ray will annie rosemary tammy socorro fred ben sam max dan ken ron don ian neil craig graham colin stuart
        derek trevor nigel simon martin gavin lee glenn dean wade troy todd chad brett greg jeff mike steve dave rick
        phil andy nick matt chris pat liz beth kate sue jenny jill tina lynn dawn gail joy kay rita vera wendy sally
        sheila maureen eileen irene hazel iris ellen helen clara lucy sophie chloe zoe ella mia leah eva nina lena
        carlos miguel angel pedro pablo manuel francisco javier jorge alejandro fernando ricardo roberto eduardo
        diego rafael sergio raul enrique alberto guadalupe rosa carmen lucia isabel elena pilar dolores
        jean pierre michel philippe alain claude andre henri louis marcel yves francoise sylvie monique nathalie
        hans klaus jurgen wolfgang dieter horst uwe karl heinz fritz werner stefan thorsten sabine ursula heike
        giuseppe giovanni mario luigi francesco paolo marco matteo luca alessandro giulia francesca chiara
        jan piotr tomasz krzysztof pawel marek agnieszka katarzyna anna
        abdullah khalid ibrahim yusuf mustafa tariq rashid faisal salman karim fatima aisha layla
        wei li ming jun hui yan hong lei jie hiroshi takeshi kenji yuki akira haruki sanjay rahul amit vijay raj
        priya sunita arjun ravi kwame kofi ama chinedu oluwaseun
        """);

    /// <summary>Organisations, alliances and media that share names or initials with places, folded.</summary>
    public static readonly FrozenSet<string> Organisations = Set("""
        nato eu un who cdc fox cnn bbc abc cbs nbc msnbc reuters afp ap tass ria interfax xinhua kremlin pentagon
        opec osce iaea imf unicef unhcr fao wfp msf oecd asean icrc fifa uefa ioc fbi cia nsa kgb fsb sbu mi5 mi6
        nasa esa wto g7 g20 brics hamas hezbollah taliban isis isil al qaeda cnbc bloomberg aljazeera sky itv rte
        usaid fda nih epa dhs fema hhs nhs
        """);

    /// <summary>Unions of states that the gazetteer holds as regions but news mostly names as actors.</summary>
    public static readonly FrozenSet<string> Unions = new[] { "european union", "african union" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Head words that make a capitalised phrase a company, school or club merely named after a place
    /// ("Buffalo Public Schools", "Kenya Broadcasting Corporation"). Government bodies are not here: "California
    /// Department of Public Health" still names California.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set("""
        university college school schools elementary academy hospital clinic institute airlines airline airways bank
        times post news herald journal tribune gazette telegraph chronicle company corporation corp inc ltd group
        association society foundation centre center club fc united network television tv radio press presse daily
        magazine league church cathedral mosque temple museum stadium airport station park zoo games olympics cross
        broadcasting fire science magnet public llc plc gmbh restaurant restaurants brand brands foods farms
        """);

    /// <summary>Generic words that alone name no place, though some gazetteer entry carries them ("South", "Central").</summary>
    public static readonly FrozenSet<string> GenericWords = Set("""
        north south east west northern southern eastern western central centre center northeast northwest southeast
        southwest northeastern northwestern southeastern southwestern federal city region mountain mountains bay island
        islands university capital state province district county valley river lake coast national new upper lower
        greater middle delta ocean sea gulf island republic kingdom union st saint mount port fort lake
        """);

    /// <summary>Words after a place name that make it the name of a disease or pathogen ("West Nile virus").</summary>
    public static readonly FrozenSet<string> DiseaseWords = Set("""
        virus viruses fever ebolavirus encephalitis hemorrhagic haemorrhagic
        """);

    /// <summary>Nouns that make a capitalised word before them a named operation or exercise ("Zapad" military exercises).</summary>
    public static readonly FrozenSet<string> OperationNouns = Set("""
        exercise exercises drills drill manoeuvres maneuvers wargames operation operations offensive campaign
        """);

    /// <summary>Nouns that turn a name or demonym into an administrative area ("Grodno region", "Polish territory").</summary>
    public static readonly FrozenSet<string> RegionNouns = Set("""
        region oblast province voivodeship governorate prefecture state district county raion rayon krai kray oblast'
        territory canton department municipality emirate
        """);

    /// <summary>Nouns that make a demonym a place ("Polish soil", "Russian waters").</summary>
    public static readonly FrozenSet<string> PlaceNouns = Set("""
        airspace territory territories border borders frontier soil waters coast coastline region regions
        mainland side
        """);

    /// <summary>Adjectives of direction between a possessive and a region name ("Ukraine's central ... region").</summary>
    public static readonly FrozenSet<string> DirectionAdjectives = Set("""
        central northern southern eastern western northeastern northwestern southeastern southwestern north south east west
        northeast northwest southeast southwest far upper lower coastal remote rural
        """);

    /// <summary>Words before a name that support reading it as a place: the locative prepositions and those of motion.</summary>
    public static readonly FrozenSet<string> SupportingWords = Set("""
        in at near into inside outside across throughout over through around off along toward towards within onto
        nearby outskirts to from via
        """);

    /// <summary>Nouns after a name that support reading it as a place ("the Innisfail area", "Esperance residents").</summary>
    public static readonly FrozenSet<string> PlaceFollowers = Set("""
        area areas residents resident region district town city village suburb suburbs outskirts township county
        """);

    /// <summary>Prepositions that put what follows at a location, and the verbs whose object is where an attack or
    /// capture happened ("a drone attack hit Kyiv", "troops captured Avdiivka").</summary>
    public static readonly FrozenSet<string> LocativePrepositions = Set("""
        in at near into inside outside across throughout over through around off along toward towards within onto
        nearby outskirts hit struck attacked shelled bombed captured seized liberated recaptured overran retook retaken
        overrun targeted pounded
        """);

    /// <summary>Nouns that make "of" locative: "parts of Omdurman", "the outskirts of Kharkiv".</summary>
    public static readonly FrozenSet<string> PartNouns = Set("""
        part parts area areas suburb suburbs district districts outskirts centre center heart edge
        """);

    /// <summary>Verbs of speaking and deciding: a capital before one names its government ("Moscow said").</summary>
    public static readonly FrozenSet<string> GovernmentVerbs = Set("""
        said says say told tells announced announces denied denies claimed claims accused accuses rejected rejects
        warned warns insisted insists wants wanted demanded demands condemned condemns agreed agrees threatened
        threatens vowed vows urged urges refused refuses responded responds stated states declared declares
        confirmed confirms admitted admits ordered orders approved approves signed signs scrambled scrambles
        decided decides promised promises believes believed considers considered sought seeks hopes hoped
        ruled rules recalled recalls expelled expels summoned summons
        """);

    /// <summary>Words between a capital and its verb that keep the metonymy ("Kyiv has ruled out", "Moscow also said").</summary>
    public static readonly FrozenSet<string> AuxiliaryWords = Set("""
        has have had is was will would also again has already repeatedly previously then now on friday has not
        could should may might did does do
        """);

    /// <summary>Verbs and phrases before a capital that treat it as a government ("talks with Kyiv", "accused Kyiv").</summary>
    public static readonly FrozenSet<string> GovernmentObjectCues = Set("""
        accused accusing urged urging warned warning threatened threatening frustrating pressured pressuring
        criticised criticized blamed blaming sanctioned condemned
        """);

    /// <summary>Common English words; capitalised at a sentence start they are not names.</summary>
    public static readonly FrozenSet<string> CommonWords = Set(CommonWordList.Words);
}
