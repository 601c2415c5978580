using System.Globalization;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
Console.Error.WriteLine("usage: incidentmap <gazetteer|geoparse|ingest> ...");
return 2;
