"""Reads a GraphML and a GEXF export with networkx and prints what it sees as JSON (run by NetworkxReadsExportsTests).

usage: read_exports.py FILE.graphml FILE.gexf
"""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf

# networkx knows GEXF 1.1draft and 1.2draft by name; 1.3 files read the same once its namespaces are registered
# (newer networkx releases may already know them).
if "1.3" not in gexf.GEXF.versions:
    version = dict(gexf.GEXF.versions["1.2draft"])
    version.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3",
                   SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
    gexf.GEXF.versions["1.3"] = version


def summary(graph):
    return {
        "directed": graph.is_directed(),
        "nodes": {node: data for node, data in graph.nodes(data=True)},
        "edges": {data.get("id", key): {**data, "source": u, "target": v} for u, v, key, data in graph.edges(keys=True, data=True)},
    }


graphml = nx.read_graphml(sys.argv[1], force_multigraph=True)
gexf_graph = nx.read_gexf(sys.argv[2], version="1.3")
print(json.dumps({"graphml": summary(graphml), "gexf": summary(gexf_graph)}, default=str))
