/**
 * Event nouns: the heads of named events ("G-20 summit", "World War II", "UN General Assembly")
 * and of unnamed events that become relation targets ("the bilateral meeting", "talks").
 */

export const EVENT_HEADS = new Set([
  'summit', 'summits', 'conference', 'talks', 'meeting', 'meetings', 'negotiations', 'session', 'forum', 'ceremony',
  'rally', 'visit', 'funeral', 'inauguration', 'election', 'elections', 'war', 'games', 'olympics', 'championship',
  'festival', 'briefing', 'assembly', 'trial', 'hearing', 'parade', 'protest', 'protests', 'march', 'congress',
  'convention', 'dialogue', 'consultations', 'gathering', 'celebration', 'celebrations', 'commemoration',
  'vote', 'referendum', 'debate', 'tournament', 'cup', 'expo', 'exhibition', 'signing', 'banquet', 'dinner', 'reception',
  'revolution', 'crisis', 'invasion', 'uprising', 'massacre', 'attack', 'attacks', 'bombing', 'coup', 'genocide',
  'negotiation', 'round', 'hearings', 'inquiry', 'investigation', 'probe', 'ceasefire', 'truce', 'exercise', 'exercises',
  'drills', 'cup', 'marathon', 'tour', 'trip', 'mission', 'interview',
]);

/** Heads that make a capitalised chunk a named Event on their own ("Cairo Summit", "Iraq War"). */
export const NAMED_EVENT_HEADS = new Set([
  'summit', 'conference', 'war', 'games', 'olympics', 'championship', 'festival', 'forum', 'expo', 'revolution',
  'uprising', 'massacre', 'crisis', 'election', 'elections', 'referendum', 'cup', 'marathon', 'talks', 'congress',
  'convention', 'assembly', 'world war',
]);

/** Event heads that can be ATTENDS targets without a name ("attended a rally"). */
export const ATTENDABLE_HEADS = new Set([
  'summit', 'conference', 'talks', 'meeting', 'negotiations', 'session', 'forum', 'ceremony', 'rally', 'funeral',
  'inauguration', 'games', 'olympics', 'festival', 'briefing', 'assembly', 'trial', 'hearing', 'parade', 'protest',
  'march', 'congress', 'convention', 'dialogue', 'consultations', 'gathering', 'celebration', 'commemoration', 'debate',
  'banquet', 'dinner', 'reception', 'exercise', 'exercises', 'drills', 'election', 'vote', 'signing', 'round',
]);
