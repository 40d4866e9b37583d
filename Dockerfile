# The PaperGraph server: built with the .NET 10 SDK, run on the ASP.NET Core runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build installs the GraphQL playground from npm (src/PaperGraph.App/Playground).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/PaperGraph.App/PaperGraph.App.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
EXPOSE 5170
ENTRYPOINT ["dotnet", "papergraph.dll"]
CMD ["serve", "--store", "neo4j", "--host", "0.0.0.0", "--port", "5170"]
