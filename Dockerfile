# IncidentMap server: built with the .NET 10 SDK (plus Node.js/npm for the map page's Leaflet libraries),
# run on the ASP.NET Core 10 runtime image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The server's build runs `npm ci` (src/IncidentMap.Server/FrontEnd.targets) to put Leaflet into wwwroot/lib.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files alone, so source edits do not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/IncidentMap.Geoparsing/IncidentMap.Geoparsing.csproj src/IncidentMap.Geoparsing/
COPY src/IncidentMap.Server/IncidentMap.Server.csproj src/IncidentMap.Server/
RUN dotnet restore src/IncidentMap.Server/IncidentMap.Server.csproj
COPY src/IncidentMap.Geoparsing/ src/IncidentMap.Geoparsing/
COPY src/IncidentMap.Server/ src/IncidentMap.Server/
RUN dotnet publish src/IncidentMap.Server/IncidentMap.Server.csproj -c Release -o /app --no-restore \
    && test -f /app/wwwroot/lib/leaflet/leaflet.js

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Ingested once into an empty store at first start.
COPY seeds/ ./seeds/
# /geodata: the gazetteer sources, mounted read-only; /cache: the gazetteer cache (built on first start, ~1 min);
# /data: the embedded store, used only when no PostGIS connection string is given.
RUN mkdir -p /cache /data && chown app:app /cache /data
ENV ASPNETCORE_URLS=http://+:8080 \
    INCIDENTMAP_GEODATA=/geodata \
    INCIDENTMAP_GAZETTEER_CACHE=/cache \
    INCIDENTMAP_DATA=/data \
    DOTNET_gcServer=1
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "IncidentMap.Server.dll"]
