namespace Prosopograph.Graph.Neo4j.Export;

/// <summary>The README inside the neo4j-admin zip: the exact command, and what to run after it.</summary>
public static class ImportReadme
{
    /// <summary>Run from the Neo4j home with the files in import/; the database must be stopped (or not exist yet).</summary>
    public const string Command =
        "bin/neo4j-admin database import full --overwrite-destination --array-delimiter=\"|\" --multiline-fields=true " +
        "--nodes=import/nodes.csv --nodes=import/documents.csv " +
        "--relationships=import/relationships.csv --relationships=import/mentions.csv neo4j";

    public static string Text(string version) => $"""
        # Prosopograph dataset {version} for neo4j-admin

        The same graph the Prosopograph Neo4j store seeds: `:Entity` nodes with their kind's label (`:Person`, `:Party`, ...),
        `:Document` nodes, one relationship per relation typed by the vocabulary (`EXECUTED`, `MEMBER_OF`, ...) and
        `MENTIONS` from documents to entities, with the same property names and types.

        | File | neo4j-admin role |
        |---|---|
        | nodes.csv | entities: `id:ID`, `:LABEL` (`Entity` and the kind label), `aliases:string[]`, ... |
        | documents.csv | documents, with their full text (fields may span lines) |
        | relationships.csv | relations: `:START_ID` (subject), `:END_ID` (object), `:TYPE`, dates, voice, evidence lists |
        | mentions.csv | `MENTIONS` relationships with their offsets |
        | schema.cypher | the uniqueness constraints and the full-text index the store uses |

        Lists are separated by `|`; every text is quoted. Stop the database, copy the CSV files into `import/`
        under the Neo4j home, and run (Neo4j 5.26 or later):

        ```sh
        {Command}
        ```

        Then start Neo4j and create the schema: `bin/cypher-shell -u neo4j -p <password> -f schema.cypher`.
        On Community edition the database must be `neo4j` (the default); with Docker, run the import in a stopped
        container that mounts the same data volume, e.g.
        `docker run --rm -v $PWD:/var/lib/neo4j/import -v neo4j-data:/data neo4j:5.26-community neo4j-admin database import full ...`.

        Unlike a seeding run, an empty list (an entity without aliases) is no property at all rather than `[]`.
        """;
}
