namespace IncidentMap.Geoparsing.Parsing;

/// <summary>Frequent English words. Towns named like them ("Police", "Mobile", "Of", "Split") need more evidence
/// than a capital letter at a sentence start.</summary>
internal static class CommonWordList
{
    public const string Words = """
        a about above according across act action added after again against ago ahead aid air all almost along already also
        although always am among an and another any anyone anything are area areas around as ask asked at authorities
        away back bad based be became because become been before began being believe below best better between big
        both bring brought but by call called came can cannot case cases cause caused center central certain chance
        change children city clear close come comes coming community company concern confirmed could country county
        course court critical cut daily data day days dead death deaths despite did die died different do does doing
        done down drug due during each early earlier east eastern either else emergency end enough entire even evening
        ever every everyone evidence exactly expected experts face fact fall family far fear federal felt few field
        final finally find first five following for force former forward found four free from front full further
        general get give given go going good got government great group groups had half hand hard has have having he
        head health hear heard help her here high him his hit hold home hope hospital hospitals hour hours house how
        however human hundreds if illness important in including increase information inside instead into is issue it
        its itself just keep kept killed kind know known large last late later latest least leave left less let level
        life like likely line little local long look lost lot low made main major make making man many march may
        me measures medical meeting meanwhile members men might million minister more morning most much must my
        national nationwide near nearly need needed never new news next night nine no none north northern not nothing
        now number of off office officials often oil old on once one only open or order other others our out outbreak
        outside over own part past patients people per percent person place plan please point police political poor
        possible power president press pressure prime probably problem public put quickly rather reached read ready
        real really recent recently red report reported reports research residents rest result rise risk road room
        rule run said same saw say says school second security see seen sent service set seven several she should
        show showed side since six small so some someone something soon south southern spread staff start started
        state states statement still stop story strong such support sure take taken talks team ten than that the their
        them then there these they thing things think third this those though thought thousands three through time
        times to today together told too top total toward town towns travel treatment true try trying two under until
        up upon us use used very victims village villages virus war was water way we week weeks well went were west
        western what when where whether which while who whole why will with within without woman women work workers
        world would year years yesterday yet you young your
        afternoon officers mobile split reading nice bath liberty independence paradise hope union unity progress
        mission deal gift truth opportunity justice faith energy enterprise commerce industry harmony providence
        marathon normal central eureka surprise success welcome fame goodwill plenty content police sale man
        well wells springs falls rugby worms bar van bill dal ban hall church green royal earth creek king
        """;
}
