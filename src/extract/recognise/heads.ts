/** Head nouns of place names ("Port of Miami", "Taiwan Strait", "John Radcliffe Hospital"). */
export const PLACE_HEADS = new Set([
  'palace', 'port', 'strait', 'straits', 'sea', 'ocean', 'island', 'islands', 'bay', 'gulf', 'river', 'lake', 'mountain',
  'mountains', 'mount', 'valley', 'province', 'county', 'region', 'peninsula', 'desert', 'airport', 'hospital', 'square',
  'bridge', 'base', 'camp', 'prison', 'stadium', 'hall', 'cathedral', 'mosque', 'temple', 'building', 'tower', 'park',
  'city', 'district', 'coast', 'heights', 'canal', 'border', 'crossing', 'plaza', 'avenue', 'street', 'field', 'fields',
  'museum', 'library', 'tomb', 'memorial', 'cemetery', 'monument', 'oblast', 'governorate', 'town', 'village', 'capital', 'island', 'municipality', 'suburb', 'prefecture', 'territory', 'territories', 'republic', 'kingdom', 'emirate', 'state', 'states',
]);

/** Words after which "of"/"for"/"of the" continue a name ("Bank of England", "Commissioner for Human Rights"). */
export const CONNECTOR_HOSTS = new Set([
  'ministry', 'minister', 'department', 'secretary', 'office', 'bank', 'house', 'university', 'institute', 'council',
  'court', 'chamber', 'chambers', 'commission', 'commissioner', 'committee', 'organization', 'organisation', 'union',
  'league', 'federation', 'association', 'board', 'bureau', 'agency', 'church', 'palace', 'port', 'gulf', 'bay', 'sea',
  'strait', 'republic', 'kingdom', 'state', 'states', 'isle', 'island', 'islands', 'cape', 'city', 'province', 'duke',
  'prince', 'princess', 'king', 'queen', 'chancellor', 'governor', 'mayor', 'embassy', 'school', 'college', 'academy',
  'party', 'front', 'movement', 'people', 'people\'s', 'army', 'forces', 'force', 'service', 'services', 'statue', 'tower',
  'museum', 'cathedral', 'order', 'conference', 'summit', 'assembly', 'congress', 'fund', 'program', 'programme',
  'director', 'director-general', 'secretary-general', 'president', 'head', 'chief', 'leader', 'speaker', 'fed', 'bank',
  'festival', 'battle', 'siege', 'treaty', 'declaration', 'convention', 'centre', 'center', 'hall', 'forum', 'rights',
  'representatives', 'commons', 'lords', 'nations',
]);
