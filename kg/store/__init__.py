"""Where the graph goes to be queried: the embedded Cypher engine and a Neo4j/Bolt server."""
