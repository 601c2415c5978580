namespace IncidentMap.Geoparsing.Places;

/// <summary>A region news names that no source table holds: made of whole countries (<see cref="Members"/>)
/// or of admin-1 units (<see cref="Admin1"/>: ISO 3166-2 codes, or "CCC:text" for the units of country CCC whose
/// name contains the text), with the point gazetteers conventionally give it.</summary>
internal sealed record MacroRegion(string Name, double Lat, double Lon, string[] Names, string[] Demonyms, string[] Members, string[]? Admin1 = null)
{
    /// <summary>Abbreviations of regions, kept apart from names like every abbreviation.</summary>
    public static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["European Union"] = ["EU", "E.U."],
    };

    /// <summary>Continents at GeoNames' conventional points.</summary>
    public static readonly MacroRegion[] Continents =
    [
        new("Africa", 7.19, 21.09, [], ["African"], []),
        new("Antarctica", -78.16, 16.41, ["Antarctic"], ["Antarctic"], []),
        new("Asia", 29.84, 89.30, [], ["Asian"], []),
        new("Europe", 48.69, 9.14, ["European continent"], ["European"], []),
        new("North America", 46.07, -100.55, [], ["North American"], []),
        new("Oceania", -18.31, 138.52, [], ["Oceanian"], []),
        new("South America", -14.60, -57.66, [], ["South American"], []),
    ];

    /// <summary>News names and demonyms of the UN subregions Natural Earth names.</summary>
    public static readonly Dictionary<string, (string[] Names, string[] Demonyms)> SubregionAliases = new(StringComparer.Ordinal)
    {
        ["Americas"] = (["the Americas"], []),
        ["Western Africa"] = (["West Africa"], ["West African"]),
        ["Eastern Africa"] = (["East Africa"], ["East African"]),
        ["Middle Africa"] = (["Central Africa"], ["Central African"]),
        ["Northern Africa"] = (["North Africa"], ["North African"]),
        ["Southern Africa"] = ([], ["Southern African"]),
        ["Eastern Asia"] = (["East Asia"], ["East Asian"]),
        ["South-Eastern Asia"] = (["Southeast Asia", "South East Asia", "South-East Asia"], ["Southeast Asian"]),
        ["Southern Asia"] = (["South Asia"], ["South Asian"]),
        ["Western Asia"] = (["West Asia"], []),
        ["Central Asia"] = ([], ["Central Asian"]),
        ["Northern Europe"] = ([], ["Northern European"]),
        ["Western Europe"] = ([], ["Western European"]),
        ["Eastern Europe"] = ([], ["Eastern European"]),
        ["Southern Europe"] = ([], ["Southern European"]),
        ["Northern America"] = ([], []),
        ["Central America"] = ([], ["Central American"]),
        ["Caribbean"] = (["the Caribbean", "Caribbean islands"], ["Caribbean"]),
        ["Australia and New Zealand"] = (["Australasia"], ["Australasian"]),
    };

    /// <summary>Regions news names that no table holds, with the countries conventionally counted in them.</summary>
    public static readonly MacroRegion[] News =
    [
        new("Middle East", 29.3, 42.5, ["Mideast", "Middle-East"], ["Middle Eastern", "Mideast"],
            ["BHR", "CYP", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR", "ARE", "YEM"]),
        new("Balkans", 43.0, 21.0, ["Balkan Peninsula", "Western Balkans"], ["Balkan"],
            ["ALB", "BIH", "BGR", "HRV", "UNK", "MNE", "MKD", "SRB", "GRC", "ROU", "SVN"]),
        new("Caucasus", 42.0, 44.5, ["South Caucasus", "Transcaucasia", "Caucasus region"], ["Caucasian"], ["ARM", "AZE", "GEO"]),
        new("Sahel", 15.0, 2.0, ["Sahel region"], ["Sahelian"], ["MRT", "SEN", "GMB", "MLI", "BFA", "NER", "TCD", "SDN", "ERI"]),
        new("Horn of Africa", 8.0, 44.0, [], [], ["DJI", "ERI", "ETH", "SOM", "SOL"]),
        new("Scandinavia", 62.0, 14.0, ["Scandinavian countries", "Scandinavian Peninsula"], ["Scandinavian"], ["DNK", "NOR", "SWE"]),
        new("Nordic countries", 63.0, 16.0, ["Nordics", "Nordic region"], ["Nordic"], ["DNK", "FIN", "ISL", "NOR", "SWE", "FRO", "ALA"]),
        new("Baltic states", 57.0, 24.5, ["Baltics", "Baltic countries", "Baltic republics", "Baltic nations"], [], ["EST", "LVA", "LTU"]),
        new("Korean Peninsula", 38.0, 127.5, ["Korean peninsula"], [], ["KOR", "PRK"]),
        new("Gulf states", 24.5, 50.5, ["Gulf", "Gulf region", "Gulf countries", "Arab Gulf states", "Persian Gulf states"], [],
            ["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"]),
        new("Levant", 33.5, 36.5, ["Levant region"], ["Levantine"], ["SYR", "LBN", "ISR", "PSE", "JOR"]),
        new("Maghreb", 31.0, 3.0, ["Maghrib"], ["Maghrebi"], ["MAR", "DZA", "TUN", "LBY", "MRT", "ESH"]),
        new("Indochina", 16.0, 104.0, ["Indochinese Peninsula"], [], ["KHM", "LAO", "VNM", "THA", "MMR"]),
        new("Latin America", -8.8, -67.5, [], ["Latin American"],
            ["MEX", "GTM", "BLZ", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "HTI", "PRI", "COL", "VEN", "ECU", "PER", "BOL", "BRA",
             "PRY", "URY", "ARG", "CHL", "GUY", "SUR", "GUF"]),
        new("Sub-Saharan Africa", -2.0, 22.0, ["Subsaharan Africa", "sub-Saharan Africa"], ["Sub-Saharan African"], []),
        new("European Union", 50.1, 9.25, [], [], ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
            "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]),
        new("Kurdistan", 37.0, 43.5, ["Kurdish region", "Kurdish areas"], ["Kurdish", "Kurd"], [],
            ["IQ-AR", "IQ-SU", "IQ-DA", "TR-21", "TR-47", "TR-56", "TR-72", "TR-73", "TR-30", "TR-65", "SY-HA", "IRN:Kordestan", "IRN:Kermanshah"]),
        new("Iraqi Kurdistan", 36.4, 44.4, ["Kurdistan Region", "Kurdistan Regional Government"], [], [], ["IQ-AR", "IQ-SU", "IQ-DA"]),
        new("Darfur", 13.5, 24.0, ["Darfur region"], ["Darfuri"], [], ["SDN:Darfur"]),
        new("Siberia", 60.0, 105.0, [], ["Siberian"], [], ["RUS:Tyumen", "RUS:Omsk", "RUS:Novosibirsk", "RUS:Tomsk", "RUS:Kemerovo", "RUS:Altay",
            "RUS:Krasnoyarsk", "RUS:Irkutsk", "RUS:Buryat", "RUS:Tuva", "RUS:Khakass", "RUS:Zabaykal", "RUS:Sakha"]),
    ];
}
