export { fragmentFromExtraction, articleNode, entityNode, isArticleScoped } from './build.js';
export { MergeIndex, planMerge, resolveNodeId, mergeNodes, nodesEqual, propertiesEqual, valuesEqual, entityType } from './merge.js';
export type { MergeLookup, MergePlan, PlannedNode } from './merge.js';
export { CodecError, decodeGraph, decodeValue, encodeGraph, encodeValue, GRAPH_FILE_FORMAT, GRAPH_FILE_VERSION } from './codec.js';
export type { DecodeOptions, JsonValue } from './codec.js';
export { edgeAttributes, fragmentFromGraph, graphFromFragment, nodeFromGraph, edgeFromGraph, toProperties, toPropertyValue } from './convert.js';
export { articleNodeId, edgeId, entityId, slugify, stableHash } from './ids.js';
export { normalizeName, strongKeys, weakKeys, personNamesCompatible } from './names.js';
