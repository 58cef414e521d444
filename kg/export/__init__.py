"""The graph for other eyes and tools, one module per format: `html` (an offline
interactive page), `picture` (PNG/SVG), `formats` (GraphML, GEXF) and `neo4j_csv` (the
CSV layout of `neo4j-admin database import`). Import the module you need: `picture`
loads matplotlib, which every other command would otherwise pay for at start-up."""
