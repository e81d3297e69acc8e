/** Colours shared by the view, its legend and the PNG export: one per node type and relation type. */

export const NODE_COLORS: Readonly<Record<string, string>> = {
  Person: '#3b6fb6',
  Organization: '#e07b24',
  Place: '#3f9a4f',
  Event: '#9c5bb5',
  Article: '#8a8f98',
};
export const OTHER_NODE_COLOR = '#4bb3b0';

export const RELATION_COLORS: Readonly<Record<string, string>> = {
  STATED: '#4a86e8',
  DEMANDED: '#d9453b',
  REJECTED: '#8e44ad',
  ATTENDS: '#1e9e6a',
  HAS_ROLE: '#e3a21a',
  HELD_IN: '#16a2a2',
  REPORTED: '#6b7a8f',
  MENTIONS: '#cfd3da',
};
export const OTHER_RELATION_COLOR = '#9aa3ad';

export function nodeColor(type: string): string {
  return NODE_COLORS[type] ?? OTHER_NODE_COLOR;
}

export function relationColor(type: string): string {
  return RELATION_COLORS[type] ?? OTHER_RELATION_COLOR;
}

/** Colours of the largest communities, in order; the others share OTHER_COMMUNITY_COLOR. */
export const COMMUNITY_COLORS: readonly string[] = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#808000',
  '#469990',
  '#000075',
  '#bfef45',
];
export const OTHER_COMMUNITY_COLOR = '#b8bec8';

export function communityColor(community: number): string {
  return community >= 0 && community < COMMUNITY_COLORS.length
    ? (COMMUNITY_COLORS[community] as string)
    : OTHER_COMMUNITY_COLOR;
}
