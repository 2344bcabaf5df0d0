# GraphNews API image: build with the .NET SDK, run on the ASP.NET runtime.
#   docker build -t graphnews .
# The default command serves GraphQL on port 5000 with Neo4j as the store and ingests the bundled
# samples; docker-compose.yml starts it next to a Neo4j 5 server.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so the package restore is cached until a project or package version changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY cypher/ cypher/
RUN dotnet publish src/GraphNews -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY samples/ /app/samples/
# The outbox (writes accepted while Neo4j is unavailable) and the story index beside it live here; mount a volume to keep them.
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
ENV ASPNETCORE_ENVIRONMENT=Production \
    GRAPHNEWS__OUTBOX=/app/data/graphnews-outbox.db \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 5000
ENTRYPOINT ["dotnet", "/app/graphnews.dll"]
CMD ["serve", "--store", "neo4j", "--neo4j-url", "http://neo4j:7474", "--urls", "http://0.0.0.0:5000", "--ingest", "/app/samples"]
