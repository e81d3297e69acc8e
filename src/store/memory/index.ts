export { MemoryStore, graphStats } from './memory-store.js';
export type { MemoryStoreOptions } from './memory-store.js';
export { GRAPH_FILE_NAME, loadGraphFile, resolveGraphPath, saveGraphFile, writeFileAtomic } from './persist.js';
