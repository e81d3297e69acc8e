/**
 * Event nouns: the heads of named events ("G-20 summit", "World War II", "UN General Assembly")
 * and of unnamed events that become relation targets ("the bilateral meeting", "talks").
 */

export const EVENT_HEADS = new Set([
  'summit',
  'summits',
  'conference',
  'talks',
  'meeting',
  'meetings',
  'negotiations',
  'session',
  'forum',
  'ceremony',
  'rally',
  'visit',
  'funeral',
  'inauguration',
  'election',
  'elections',
  'war',
  'games',
  'olympics',
  'championship',
  'festival',
  'briefing',
  'assembly',
  'trial',
  'hearing',
  'parade',
  'protest',
  'protests',
  'march',
  'congress',
  'convention',
  'dialogue',
  'consultations',
  'gathering',
  'celebration',
  'celebrations',
  'commemoration',
  'vote',
  'referendum',
  'debate',
  'tournament',
  'cup',
  'expo',
  'exhibition',
  'signing',
  'banquet',
  'dinner',
  'reception',
  'revolution',
  'crisis',
  'invasion',
  'uprising',
  'massacre',
  'attack',
  'attacks',
  'bombing',
  'coup',
  'genocide',
  'negotiation',
  'round',
  'hearings',
  'inquiry',
  'investigation',
  'probe',
  'ceasefire',
  'truce',
  'exercise',
  'exercises',
  'drills',
  'cup',
  'marathon',
  'tour',
  'trip',
  'mission',
  'interview',
]);

/** Heads that make a capitalised chunk a named Event on their own ("Cairo Summit", "Iraq War"). */
export const NAMED_EVENT_HEADS = new Set([
  'summit',
  'dialogue',
  'conference',
  'war',
  'games',
  'olympics',
  'championship',
  'festival',
  'forum',
  'expo',
  'revolution',
  'uprising',
  'massacre',
  'crisis',
  'election',
  'elections',
  'referendum',
  'cup',
  'marathon',
  'talks',
  'congress',
  'convention',
  'assembly',
  'world war',
]);

/**
 * Happenings English names with one word of their own, no head noun: historical events ("the
 * Holocaust", "the Intifada", "the Nakba") and pilgrimages ("the Hajj", "the Umrah"). Named
 * historical events are Events (ANNOTATION.md: World War II).
 */
export const ONE_WORD_EVENTS = new Set(['holocaust', 'shoah', 'holodomor', 'intifada', 'nakba', 'hajj', 'umrah']);

/** Event heads that can be ATTENDS targets without a name ("attended a rally"). */
export const ATTENDABLE_HEADS = new Set([
  'summit',
  'conference',
  'talks',
  'meeting',
  'negotiations',
  'session',
  'forum',
  'ceremony',
  'rally',
  'funeral',
  'inauguration',
  'games',
  'olympics',
  'festival',
  'briefing',
  'assembly',
  'trial',
  'hearing',
  'parade',
  'protest',
  'march',
  'congress',
  'convention',
  'dialogue',
  'consultations',
  'gathering',
  'celebration',
  'commemoration',
  'debate',
  'banquet',
  'dinner',
  'reception',
  'exercise',
  'exercises',
  'drills',
  'election',
  // A referendum is voted in as an election is ("voted in the referendum").
  'referendum',
  'vote',
  'signing',
  'round',
  'exhibition',
  'exhibit',
  'concert',
  'premiere',
  'fair',
  'expo',
  'tournament',
  'championship',
  'wedding',
  'vigil',
]);

/** Gatherings of parties, near-synonyms in news ("the summit", "the talks", "the meeting" of one event). */
export const GATHERING_HEADS = new Set([
  'summit',
  'meeting',
  'meetings',
  'talks',
  'conference',
  'session',
  'forum',
  'negotiations',
  'assembly',
  'convention',
  'dialogue',
  'consultations',
  'gathering',
]);

/**
 * Gatherings of parties bargaining with each other ("the talks") and the sittings of one body
 * ("the convention", "the assembly"): "the talks" never names "the Democratic Convention", nor
 * "the Lisbon Convention" signed by states.
 */
export const BARGAINING_HEADS = new Set(['talks', 'negotiations', 'consultations', 'dialogue']);
export const BODY_SITTING_HEADS = new Set(['convention', 'assembly', 'congress']);

/** Services that are held and attended ("a memorial service"), unlike those provided ("a news service"). */
export const SERVICE_KINDS = new Set([
  'memorial',
  'funeral',
  'church',
  'prayer',
  'religious',
  'remembrance',
  'thanksgiving',
  'requiem',
  'wedding',
]);

/** Nouns that measure out what follows "of": "several hours of talks", "a round of talks", "a series of meetings". */
export const MEASURE_NOUNS = new Set(['hour', 'day', 'week', 'round', 'series', 'couple', 'lot']);

/** The sittings of a gathering: "the opening session of the talks", "a round of talks" are those talks. */
export const SITTING_HEADS = new Set(['session', 'sitting', 'round']);

/** Adjectives that judge or date an event rather than name it. */
export const UNNAMING_ADJECTIVES = new Set([
  'upcoming',
  'formal',
  'informal',
  'recent',
  'current',
  'ongoing',
  'continuing',
  'further',
  'fresh',
  'renewed',
  'last',
  'next',
  'previous',
  'latest',
  'planned',
  'proposed',
  'possible',
  'key',
  'major',
  'historic',
  'crucial',
  'special',
  'emergency',
  'rare',
  'new',
  'first',
  'second',
  'final',
  'brief',
  'lengthy',
  'long',
  'short',
  'closed-door',
  'private',
  'public',
  'such',
  'same',
  'separate',
  'this',
  'that',
]);
/**
 * Verbs of an event coming about, with the event as subject: "talks took place / occurred / were
 * held / began / went on / were under way between A and B" ("take" only with "place", "hold" only in the passive,
 * "go" only with "on", "way" only after "under").
 */
export const OCCURRENCE_VERBS = new Set([
  'take',
  'occur',
  'happen',
  'hold',
  'begin',
  'start',
  'open',
  'resume',
  'continue',
  'go',
  'way',
]);
/** Events one takes part in by being there: the setting rules read only these. */
export const MEETING_HEADS = new Set([
  'summit',
  'meeting',
  'talk',
  'talks',
  'conference',
  'ceremony',
  'session',
  'forum',
  'negotiations',
  'negotiation',
  'rally',
  'funeral',
  'briefing',
  'assembly',
  'convention',
  'dialogue',
  'consultations',
  'gathering',
  'banquet',
  'dinner',
  'reception',
  'signing',
  'hearing',
  'festival',
  'celebration',
  'commemoration',
  'parade',
  'concert',
  'exhibition',
  'vigil',
  'wedding',
  // Contests and shows are taken part in by being there too ("competed in the championship",
  // "won a medal at the Olympics", "exhibited at the fair"); not the plain "games" ("in the coming
  // games" is any match).
  'championship',
  'tournament',
  'olympics',
  'expo',
  'fair',
  'premiere',
]);
/** A speaker's own press events: speaking at them is the statement itself. */
export const PRESS_EVENTS = /^(briefing|press|presser)$/;
/**
 * Prepositions that use a gathering only to date something else ("before the council session",
 * "until the summit"), and the nouns or adverbs that make a preposition so ("ahead of", "in
 * preparation for", "in the run-up to", "in advance of", "prior to", "on the eve of"): a gathering
 * named in such a phrase says no one's attendance.
 */
export const TIME_MARKER_CASES = new Set(['before', 'until', 'till', 'pending', 'prior to']);
export const TIME_MARKER_LEADS = new Set([
  'ahead',
  'advance',
  'preparation',
  'prior',
  'eve',
  'run-up',
  'lead-up',
  'build-up',
]);
/** What a gathering decides or issues, its own as a speaker's words are: "rejected the conclusions of the summit". */
export const GATHERING_OUTCOMES = new Set([
  'conclusion',
  'decision',
  'outcome',
  'result',
  'declaration',
  'resolution',
  'communique',
  'finding',
  'recommendation',
]);
/** Parts of an event that place an act at it: "at the conclusion of the conference". */
export const PART_OF_EVENT = new Set([
  'conclusion',
  'end',
  'opening',
  'start',
  'close',
  'sideline',
  'sidelines',
  'margin',
  'margins',
]);
/** People named by what they do at an event: "the chief negotiator in the talks". */
export const PARTICIPANT_NOUNS = new Set([
  'negotiator',
  'participant',
  'delegate',
  'attendee',
  'host',
  'speaker',
  'guest',
  'observer',
  'mediator',
  'chair',
  'chairman',
]);

/**
 * Event nouns named in the singular ("a meeting", "the summit"): their bare plural speaks of such
 * events in general ("at EC farm ministers' meetings"), not of one that is attended.
 */
export const SINGULAR_EVENT_HEADS = new Set([
  'summit',
  'meeting',
  'conference',
  'session',
  'ceremony',
  'rally',
  'funeral',
  'briefing',
  'forum',
  'gathering',
  'reception',
  'dinner',
  'banquet',
  'hearing',
  'trial',
]);

/** Participles that describe a person before the name ("visiting Defense Minister X", "outgoing President Y"). */
export const PERSON_PARTICIPLES = new Set(['visiting', 'outgoing', 'incoming', 'acting', 'departing', 'retiring']);
