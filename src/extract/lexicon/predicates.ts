/**
 * Relation predicates by lemma, read off the dependency tree: which verbs and nouns trigger
 * STATED, DEMANDED, REJECTED and ATTENDS, and how each finds its target. Closed lists drawn from
 * FrameNet 1.7 (Statement, Telling, Request, Attempt_suasion, Respond_to_proposal,
 * Agree_or_refuse_to_act, Attending, Participation, Discussion), VerbNet 3.4 (say-37.7,
 * tell-37.2, advise-37.9, urge-58.1, order-58.3, reject-77.2, meet-36.3) and the CAMEO verb
 * dictionary (010 statements, 020 appeals, 100 demands, 120–125 rejections, 04 consultations);
 * notes/extraction.md §1 lists them with their sources. Each entry has a sentence written for
 * it in relate/relate.test.ts.
 */
import type { ScoredRelation } from '../../graph/schema.js';

/**
 * How a predicate finds its arguments:
 * - speech: a speaker; the addressee only through "to X", an outlet, an interview;
 * - telling: the addressee is the object ("told X", "briefed X");
 * - judgement: a speech act that also judges ("criticised X"): STATED by its subject;
 * - demand: the one asked to act is the object, a marked oblique ("called on X", "appealed to
 *   X") or the subject of the demanded clause ("demanded that X withdraw");
 * - reject: whose demand or proposal (the object's author) or the Event rejected;
 * - attend: the Event as object or in a locative/purpose oblique;
 * - meet: a meeting the subject and the one met take part in;
 * - threat: a demand on whoever must meet its condition ("threatened to … unless X …");
 * - accept: a rejection only when negated ("did not accept the plan").
 */
export type Frame = 'speech' | 'telling' | 'judgement' | 'demand' | 'threat' | 'reject' | 'attend' | 'meet' | 'accept';

export interface Predicate {
  relation: ScoredRelation;
  frame: Frame;
  lemma: string;
  /** Only with a clausal complement, a quotation or a colon: "noted that …", not "noted the rise". */
  needsContent?: boolean;
  /** Prepositions whose oblique names the target ("appeal to X", "call on X"). */
  targetCase?: readonly string[];
  /** Only with someone asked (an object, a that-clause, "for"): "asked X to leave", not "asked a question" or "asked to speak". */
  needsClause?: boolean;
}

type Entry = Omit<Predicate, 'lemma'>;

function entries(words: string, entry: Entry): [string, Predicate][] {
  return words
    .trim()
    .split(/\s*;\s*|\s*\n\s*/)
    .filter(Boolean)
    .map((lemma) => [lemma, { ...entry, lemma }]);
}

/**
 * Verbs. A key with a space is a verb plus particle (`compound:prt`: "turn down", "rule out") or
 * a light verb plus its object noun ("take part", "hold talks").
 */
const VERBS = new Map<string, Predicate>([
  // FN Statement, VN say-37.7, CAMEO 010: speech acts in their own right.
  ...entries(
    `say; state; announce; declare; claim; warn; stress; emphasize; emphasise; reiterate; assert; contend; argue; allege;
    affirm; proclaim; insist; caution; quip; retort; tweet; confirm; reveal; disclose; admit; acknowledge;
    put it`,
    { relation: 'STATED', frame: 'speech' },
  ),
  // Speech senses that need their content: "added that", "noted the rise" is no speech act; nor is
  // conceding a goal, a penalty or ground ("conceded that …" is).
  ...entries(
    `add; note; concede; explain; predict; suggest; indicate; remark;
    comment; respond; reply; answer; complain; describe; mention; observe; maintain; write; report; promise; pledge;
    vow; testify; recall; express; voice; continue; speak; estimate; reason; post; point out; counter; underline;
    lament; boast; joke`,
    { relation: 'STATED', frame: 'speech', needsContent: true },
  ),
  // CAMEO 13 threats: a demand backed by a sanction when it names a condition (relate.ts).
  ...entries(`threaten`, { relation: 'DEMANDED', frame: 'threat' }),
  // FN Telling, VN tell-37.2 / advise-37.9: the object is the addressee.
  ...entries(`tell; inform; brief; assure; notify; remind; update`, { relation: 'STATED', frame: 'telling' }),
  // FN Judgment_communication: criticising or praising someone is saying something about them.
  ...entries(`criticize; criticise; condemn; slam; blast; praise; hail; accuse; blame; welcome; denounce; attack`, {
    relation: 'STATED',
    frame: 'judgement',
    needsContent: false,
  }),
  // FN Request / Attempt_suasion, VN urge-58.1 / order-58.3, CAMEO 100/020.
  ...entries(`demand; urge; press; pressure; implore; exhort; entreat; beg; lobby; petition`, {
    relation: 'DEMANDED',
    frame: 'demand',
  }),
  // These ask someone else to act: an object, a that-clause or "for"/"with" ("asked Dorvia to …",
  // "requested that …", "pleaded with X"), never a bare infinitive ("asked to speak") or a
  // plea in court ("pleaded guilty").
  // A thing requested is asked of someone unnamed ("requested donations", "requested a delay").
  ...entries(`request`, { relation: 'DEMANDED', frame: 'demand' }),
  ...entries(`ask; order; instruct; encourage; invite; advise; require; push; challenge`, {
    relation: 'DEMANDED',
    frame: 'demand',
    needsClause: true,
  }),
  // "pleaded with Dorvia to withdraw": the one pleaded with is asked (VN urge-58.1 with "with").
  ...entries(`plead`, { relation: 'DEMANDED', frame: 'demand', needsClause: true, targetCase: ['with'] }),
  // FN Desiring with another party to act: "wants Beijing to revalue", "say they want the
  // publication of the advice" (a position stated); relate.ts reads only those two shapes.
  ...entries(`want; need`, { relation: 'DEMANDED', frame: 'demand', needsClause: true }),
  ...entries(`call on; call upon; appeal`, {
    relation: 'DEMANDED',
    frame: 'demand',
    targetCase: ['on', 'upon', 'to', 'with'],
  }),
  // Seeking what only another party can give asks it (FN Request): "sought an apology from X";
  // "sought re-election", "seeks growth" ask no one.
  ...entries(`seek apology; seek compensation; seek explanation; seek assurance; seek guarantee; seek clarification`, {
    relation: 'DEMANDED',
    frame: 'demand',
  }),
  // Claiming what one is owed asks the debtor for it (FN Request; a legal claim): "is claiming
  // compensation from X", "claims sovereignty over the islands" (a title to a thing claimed);
  // "claimed that …" and "claimed victory / responsibility" state.
  ...entries(
    `claim compensation; claim damage; claim damages; claim repayment; claim reparation; claim reparations; claim refund;
    claim restitution; claim payment; claim indemnity; claim ownership; claim sovereignty`,
    { relation: 'DEMANDED', frame: 'demand' },
  ),
  // "insisted on new loans": insisting on a thing demands it (FN Request); "insisted that" asserts.
  ...entries(`call for; press for; push for; insist on`, { relation: 'DEMANDED', frame: 'demand' }),
  // FN Respond_to_proposal / Agree_or_refuse_to_act / Deciding, VN reject-77.2, CAMEO 120–125.
  ...entries(
    `reject; refuse; decline; deny; dismiss; rebuff; spurn; snub; veto; repudiate; rebut; refute; dispute; contest; oppose; resist; disavow;
    boycott; skip; shun; turn down; rule out; brush aside; brush off; shrug off; wave off; stay away; unwilling;
    shoot down; throw out; balk at; baulk at; object to; vote against; vote down; pull out; walk out; withdraw`,
    { relation: 'REJECTED', frame: 'reject' },
  ),
  // "disagrees with the U.S. view": rejecting a view held by someone (FN Be_in_agreement_on_assessment).
  ...entries(`disagree; differ`, { relation: 'REJECTED', frame: 'reject', targetCase: ['with'] }),
  // "hit back at X's criticism", "pushed back against the demand": a retort rejects what it answers
  // (FN Respond_to_proposal; CAMEO 12 Reject).
  ...entries(`hit back; fire back; strike back; lash back; jab back; push back`, {
    relation: 'REJECTED',
    frame: 'reject',
    targetCase: ['at', 'against'],
  }),
  // Not accepting is refusing; not endorsing only withholds support ("did not endorse the resolution",
  // referred back for discussion).
  ...entries(`accept; recognize; recognise; approve; agree to`, {
    relation: 'REJECTED',
    frame: 'accept',
  }),
  // FN Attending / Participation / Come_together, CAMEO 04. Casting a vote or ballot in an
  // election is voting in it (the light verb's object matched by lemma, as "take part").
  ...entries(
    `attend; participate; take part; join; travel; go; come; arrive; fly; head; leave for; host; chair; preside over;
    address; speak at; open; emerge from; enter; return; visit; vote; cast vote; cast ballot`,
    {
      relation: 'ATTENDS',
      frame: 'attend',
    },
  ),
  // FN Come_together: those who gather meet.
  // A light verb's object is matched by its lemma: "held talks" is "hold talk".
  ...entries(
    `meet; gather; convene; assemble; hold talk; hold meeting; hold discussion; hold negotiation; hold consultation;
    hold call; have talk; have meeting; have discussion; have negotiation; have call;
    open talk; open negotiation; end talk; end negotiation; conclude talk; conclude negotiation;
    begin talk; begin negotiation; start talk; start negotiation; resume talk; resume negotiation; continue talk;
    continue negotiation; complete talk; complete negotiation; finish talk; finish negotiation`,
    {
      relation: 'ATTENDS',
      frame: 'meet',
    },
  ),
]);

/** Nouns whose author (possessor, "by/from/of X") performed the act: "X's refusal", "a call from X". */
const NOUNS = new Map<string, Predicate>([
  ...entries(
    `statement; announcement; remark; comment; declaration; assertion; warning; speech; testimony; assurance`,
    {
      relation: 'STATED',
      frame: 'speech',
    },
  ),
  ...entries(`demand; call; appeal; plea; request; ultimatum; urging; insistence; pressure; behest`, {
    relation: 'DEMANDED',
    frame: 'demand',
  }),
  ...entries(`refusal; rejection; denial; veto; rebuff; boycott; dismissal; opposition; objection`, {
    relation: 'REJECTED',
    frame: 'reject',
  }),
  ...entries(`participation; attendance; presence; visit`, { relation: 'ATTENDS', frame: 'attend' }),
]);

/** The predicate of a verb lemma with its particle or light-verb object, if any. */
export function verbPredicate(lemma: string, extras: readonly string[] = []): Predicate | undefined {
  for (const extra of extras) {
    const p = VERBS.get(`${lemma} ${extra}`);
    if (p) return p;
  }
  // "call" alone is a phone call or naming ("called it a mistake"): only "call on/for" are keys.
  return VERBS.get(lemma);
}

/**
 * Verbs that take back a demand or a rejection named as their object: "withdrew its objections",
 * "dropped its demand", "lifted its veto" report that the act no longer holds.
 */
export const RETRACTING_VERBS = new Set(['withdraw', 'drop', 'abandon', 'lift', 'retract', 'rescind']);

/** Verbs that call an act off before it happens: "cancelled her speech", "postponed the address". */
const CANCELLING_VERBS = ['cancel', 'postpone', 'scrap', 'skip', 'shelve', 'defer'];

/**
 * Whether a verb form calls an act off, read from the form: the lemma table cuts unseen forms
 * short ("postponed" → "postpon").
 */
export function callsOff(form: string): boolean {
  const lower = form.toLowerCase();
  return CANCELLING_VERBS.some((v) => lower.startsWith(v.replace(/e$/, '')));
}

/**
 * Act nouns that also name a group: "the opposition" is the parties out of power ("Kenya's
 * opposition said"). They are the act only with what is opposed ("opposition to the plan") or
 * who opposes ("opposition from Britain").
 */
export const GROUP_OR_ACT_NOUNS = new Set(['opposition']);

export function nounPredicate(lemma: string): Predicate | undefined {
  return NOUNS.get(lemma);
}

/** Verbs whose unexpressed infinitive subject is their object ("urged X to leave"): object control. */
export const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
  'press',
  'pressure',
  'tell',
  'order',
  'call',
  'encourage',
  'invite',
  'force',
  'persuade',
  'advise',
  'instruct',
  'implore',
  'beg',
  'challenge',
  'require',
  'want',
  'allow',
  'expect',
]);

/**
 * Verbs after which an infinitive is not an act done ("refused to attend", "failed to show"):
 * the infinitive's own relation is not emitted; the refusal itself is, where it is one.
 */
export const NON_FACTUAL_MATRIX = new Set([
  // Adjectives of will and ability: "is unwilling / unable / ready / keen to attend" does not attend.
  'unwilling',
  'unable',
  'unlikely',
  // Probability is no act either: "is likely to reject" only forecasts it ("is expected / set /
  // due to attend" is a scheduled future, like "will attend", and counts).
  'likely',
  'reluctant',
  'loath',
  'hesitant',
  'willing',
  'ready',
  'eager',
  'keen',
  'happy',
  'prepared',
  'anxious',
  'refuse',
  'decline',
  'fail',
  'threaten',
  'reject',
  'deny',
  'avoid',
  'hesitate',
  'consider',
  'weigh',
  'mull',
  'hope',
  'wish',
  'try',
  'seek',
  'attempt',
  'offer',
  'propose',
  'cancel',
  'postpone',
  'stop',
  // Permission is not the act: "would allow Nakasone to claim a victory".
  'allow',
  'permit',
  'enable',
  'let',
  // Obligations are not acts yet: "will have to lobby", "needs to attend".
  'have',
  'need',
]);

/**
 * Heads of nouns that stand for a person or body of an entity ("the ministry's spokesman", "a
 * spokesman for X", "X officials"): as a speaker they give the entity they belong to.
 */
export const AGENT_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'minister',
  'ministry',
  'government',
  'administration',
  'leader',
  'leaders',
  'leadership',
  'president',
  'premier',
  'chief',
  'head',
  'envoy',
  'ambassador',
  'representative',
  'representatives',
  'delegation',
  'delegate',
  'delegates',
  'source',
  'sources',
  'office',
  'embassy',
  'cabinet',
  'authorities',
  'secretary',
  'chairman',
  'director',
  'governor',
  'mayor',
  // "an EU commissioner", "a UN negotiator", "a Pentagon adviser": office holders speak for their body.
  'commissioner',
  'chancellor',
  'counsellor',
  'counselor',
  'adviser',
  'advisor',
  'aide',
  'negotiator',
  'commander',
  'prosecutor',
  'team',
  'side',
  'regime',
  'military',
  'army',
  'police',
  // "the Xinhua news agency", "The Times newspaper": the outlet's own name.
  'agency',
  'newspaper',
  'paper',
  'broadcaster',
  'network',
  'channel',
  'magazine',
  'daily',
  'television',
  'radio',
  'website',
  // "Schengen nations", "EU members": the members stand for the body.
  'nations',
  'countries',
  'states',
  'members',
]);

/** Documents that speak for their author ("the joint statement said", "a letter from X said"). */
/**
 * Speech verbs whose object is the one spoken to ("warned Blair that …", "assured the court
 * that …", VN advise-37.9 / promise-13.3); "said the office that …" has no such object, so an
 * object there is a misparse.
 */
export const WARNING_VERBS = new Set([
  'warn',
  'caution',
  'alert',
  'assure',
  'reassure',
  'remind',
  'promise',
  'convince',
  'persuade',
]);

/** People a story quotes without naming them ("a western diplomat said", "one analyst said", "the aide said"). */
export const ANONYMOUS_SOURCES = new Set([
  'aide',
  'adviser',
  'advisor',
  'analyst',
  'economist',
  'banker',
  'dealer',
  'trader',
  'expert',
  'observer',
  'source',
]);

/** Plural nouns of unnamed people who speak for themselves ("EC sources said", "U.S. officials said"). */
export const UNNAMED_GROUPS = new Set(['source', 'official', 'diplomat', 'delegate']);
/** Plural nouns of a body's unnamed members at a gathering ("EU leaders are holding talks"). */
export const UNNAMED_MEMBERS = new Set([...UNNAMED_GROUPS, 'leader', 'minister']);

/** Offices held by one person at a time: their holder is a person, never the state or body. */
export const SOLE_OFFICES = new Set([
  'president',
  'premier',
  'minister',
  'chancellor',
  'chairman',
  'chairwoman',
  'governor',
  'mayor',
  'king',
  'queen',
]);

export const DOCUMENT_NOUNS = new Set([
  'statement',
  'letter',
  'report',
  'communique',
  'communiqué',
  'declaration',
  'resolution',
  'note',
  'message',
  'release',
  'memo',
  'editorial',
  'commentary',
  'article',
  'decree',
  'order',
  'petition',
]);

/** Proposal nouns that name something said, not asked for: rejecting "this argument" answers its speaker. */
export const CLAIM_NOUNS = new Set([
  'claim',
  'accusation',
  'allegation',
  'charge',
  'criticism',
  'complaint',
  'remark',
  'comment',
  'statement',
  'view',
  'assertion',
  'argument',
  'report',
]);

/**
 * What a rejection or demand can be about: something asked for or something said (the claim
 * nouns). Objects that are no actor's demand ("meet the deadline", "deny the report") are about things.
 */
export const PROPOSAL_NOUNS = new Set([
  ...CLAIM_NOUNS,
  'demand',
  'call',
  'appeal',
  'plea',
  'request',
  'proposal',
  'plan',
  'offer',
  'suggestion',
  'idea',
  'position',
  'invitation',
  'ultimatum',
  'condition',
  'terms',
  'bid',
  'initiative',
  'overture',
  'advice',
  'pressure',
  'push',
  'insistence',
  'warning',
  'threat',
  'move',
  'decision',
  'policy',
  'approach',
]);

/**
 * Nouns that describe something put forward for others to take up, a proposal or a demand: a
 * definite one ("the proposal", "this offer", "such an arrangement") names one made before, by
 * whoever proposed or demanded it.
 */
export const PROPOSAL_DESCRIPTIONS = new Set([
  'proposal',
  'plan',
  'offer',
  'suggestion',
  'idea',
  'initiative',
  'arrangement',
  'scheme',
  'compromise',
  'formula',
  'proposition',
  'overture',
  'demand',
  'call',
  'appeal',
  'plea',
  'request',
  'ultimatum',
]);

/**
 * Verbs that put a proposal forward (FN Offering, and "propose" / "suggest" of FN Statement): the
 * subject of "proposed talks", "offered a truce", "put forward a plan" is the author of a later "the
 * proposal". ("float" is left out: a currency floated is no idea floated.)
 */
export const PROPOSING_VERBS = new Set(['propose', 'suggest', 'offer', 'submit', 'put forward', 'unveil']);

/** Nouns of a thing only possible: "ruled out the possibility / prospect of talks" rejects the talks. */
export const POSSIBILITY_NOUNS = new Set(['possibility', 'prospect', 'option', 'chance', 'likelihood']);

/** Nouns of taking part: "rejected any participation in the talks" rejects the talks. */
export const PARTICIPATION_NOUNS = new Set(['participation', 'involvement']);

/** Participles that join a name before a noun to make it that party's: "NATO-led troops", "a Varn-backed proposal". */
export const LEADING_PARTICIPLES = new Set(['lead', 'back', 'sponsor', 'draft', 'propose', 'broker']);

/** Nouns of sending forces or people somewhere: "the deployment of X's troops" is X's act. */
export const SENDING_NOUNS = new Set(['deployment', 'dispatch', 'despatch', 'stationing']);

/**
 * Verbs that make a plan or document their subject's own: "adopted a resolution calling on X …",
 * "drafted a letter", "launched a petition" (not "took up" or "rejected" one).
 */
export const ISSUING_VERBS = new Set([
  'adopt',
  'pass',
  'approve',
  'issue',
  'unveil',
  'propose',
  'introduce',
  'present',
  'submit',
  'draft',
  'write',
  'sign',
  'announce',
  'publish',
  'release',
  'send',
  'table',
  'circulate',
  'sponsor',
  'launch',
]);

/** Light verbs whose object noun carries the act: "issued an ultimatum", "made a demand", "gave a speech". */
export const LIGHT_VERBS = new Set([
  'issue',
  'advance',
  'release',
  'publish',
  'place',
  'exert',
  'apply',
  'join',
  'echo',
  'make',
  'give',
  'send',
  'deliver',
  'renew',
  'repeat',
  'reiterate',
  'voice',
  'express',
  'present',
  'submit',
  'lodge',
  'file',
  'set',
  'put',
  // Support verbs of a veto or vote: "used / exercised / cast its veto on X".
  'use',
  'exercise',
  'cast',
  'wield',
]);
/**
 * Verbs that pass a thing to someone with "to" ("sent to the Congress a request", VN send-11.1,
 * give-13.1): the "to" phrase names the receiver, the object what is passed.
 */
export const SENDING_VERBS = new Set([
  'send',
  'submit',
  'deliver',
  'present',
  'hand',
  'forward',
  'give',
  'pass',
  'address',
  'direct',
]);
/**
 * What one insists on as true, not as wanted: "insisted on her innocence" asserts it (a
 * statement), where "insisted on a full inquiry" demands.
 */
export const ASSERTED_QUALITIES = new Set([
  'innocence',
  'neutrality',
  'impartiality',
  'version',
  'account',
  'interpretation',
]);

/** Nouns that are a demand only with a light verb: "gave X a deadline to …", "set conditions for". */
export const LIGHT_ONLY_DEMANDS = new Set(['deadline', 'ultimatum', 'condition', 'conditions']);
/**
 * Nouns of a command, a demand only with a light verb and the act commanded: "issued an order that
 * the army withdraw", "gave orders to the troops to withdraw" ("a court order barring the strike",
 * "restored order" command no act of anyone).
 */
export const ORDER_NOUNS = new Set(['order', 'instruction']);
/** Predicates on their clause that a statement reports as false or invalid: "called the vote illegal". */
export const INVALID = new Set(['illegal', 'invalid', 'illegitimate', 'unlawful', 'void', 'null', 'unacceptable']);
/** Predicates that a statement gives a claim to deny it: "said the allegations were baseless" (FN Correctness). */
export const UNTRUE = new Set([
  'false',
  'untrue',
  'baseless',
  'groundless',
  'unfounded',
  'incorrect',
  'inaccurate',
  'wrong',
  'misleading',
  'fabricated',
  // Dismissing a claim as untrue by scorn: "called the claims nonsense", "said the report was absurd".
  'nonsense',
  'rubbish',
  'absurd',
  'ridiculous',
  'preposterous',
  'lie',
  'fabrication',
]);
/**
 * Predicates that refuse a proposal as beyond acceptance: "called the proposal repugnant", "said the
 * plan was unworkable", or by scorn, "called the offer absurd" (FN Desirability / Acceptability, of a
 * proposal: not of an attack or a crime).
 */
export const UNACCEPTABLE = new Set([
  'repugnant',
  'intolerable',
  'inadmissible',
  'unworkable',
  'unthinkable',
  'absurd',
  'ridiculous',
  'preposterous',
  'ludicrous',
  'outrageous',
]);
/** Whether a predicate word rejects what its subject or object names: any thing invalid, a claim untrue, a proposal unacceptable. */
export function rejectingVerdict(predicate: string, thing: string): boolean {
  return (
    INVALID.has(predicate) ||
    (UNTRUE.has(predicate) && CLAIM_NOUNS.has(thing)) ||
    (UNACCEPTABLE.has(predicate) && PROPOSAL_NOUNS.has(thing))
  );
}
export const CALLING = new Set(['call', 'declare', 'deem', 'brand', 'label', 'term', 'consider']);
/** Verbs that give their object a verdict after "as": "described the plan as unacceptable", "denounced the vote as illegal". */
export const DESCRIBING_AS = new Set(['describe', 'characterise', 'characterize', 'denounce']);
/** Verbs that pass a verdict on a clause: "concluded that the deal is void" (not speech in themselves). */
export const VERDICT_VERBS = new Set(['conclude', 'deem', 'find', 'rule', 'judge', 'consider', 'hold']);
/** "declined to say/comment/elaborate": withholding words rejects nothing. */
export const NOT_SAYING = new Set([
  'comment',
  'say',
  'elaborate',
  'discuss',
  'specify',
  'disclose',
  'identify',
  'name',
  'confirm',
  'give',
  'answer',
  'reveal',
  'speculate',
  'predict',
  'estimate',
  'detail',
  // "declined to be specific", "refused to be drawn on the issue".
  'specific',
  'draw',
]);
/**
 * Prepositions that name a past act only as a point in time or a reference ("after the X
 * declaration", "under the 1985 statement"): the phrase reports no act of saying in its sentence.
 */
export const REFERENCE_PREPOSITIONS = new Set(['after', 'before', 'since', 'following', 'until', 'under', 'prior to']);
/** Nouns of "in line with", "in accordance with", "in keeping with": conformity to a reference. */
export const CONFORMITY_NOUNS = new Set(['line', 'accordance', 'keeping', 'conformity']);
/** Nouns of being at an event ("the presence of X at the talks"): a setting after one is its owner's. */
export const PRESENCE_NOUNS = new Set(['presence', 'attendance', 'participation']);
/** Speeches given at an event: "in an address to the Assembly", "in his inauguration speech". */
export const SPEECH_NOUNS = new Set(['address', 'speech', 'remarks', 'statement', 'keynote']);
/** Speech given before an audience: a chamber named before it is its venue ("a House speech"). */
export const DELIVERED_SPEECH = new Set(['speech', 'address', 'testimony', 'remark', 'remarks']);
/** Nouns of a speech act given in a setting phrase: "in a statement to X", "in an interview with Y". */
export const SPEECH_SETTINGS = new Set(
  [
    'interview',
    'conversation',
    'call',
    'letter',
    'message',
    'statement',
    'remark',
    'comment',
    'speech',
    'address',
  ].flatMap((n) => [n, n + 's']),
);
/** What "put … on" something names when it quantifies it: "put figures / a date / a price on". */
export const QUANTITY_NOUNS = new Set([
  'figure',
  'figures',
  'number',
  'numbers',
  'date',
  'dates',
  'price',
  'value',
  'estimate',
  'timetable',
  'timeframe',
  'time',
]);
/**
 * Acts named by a noun whose possessor undergoes them, not does them ("X's release", "X's
 * extradition"): demanding one asks whoever holds, judges or removes X, not X. Nouns of acts
 * the possessor does ("X's resignation", "X's withdrawal") make X the one asked.
 */
export const UNDERGONE_ACTS = new Set([
  'release',
  'freedom',
  'extradition',
  'arrest',
  'detention',
  'expulsion',
  'deportation',
  'removal',
  'dismissal',
  'sacking',
  'firing',
  'ouster',
  'impeachment',
  'prosecution',
  'punishment',
  'execution',
  'trial',
  'pardon',
  'suspension',
  'exclusion',
  'return',
  'repatriation',
  'handover',
]);

/** Nouns of an act's ending, whose "to" or "of" phrase is the act ended: "an end to X's sales", "a halt to". */
export const ENDING_NOUNS = new Set(['end', 'halt', 'stop', 'cessation']);

/**
 * Nouns of acts with no object, whose "of" phrase is their doer as a possessor would be ("the
 * resignation of X" is X's resignation), where a transitive act's "of" is what it is done to ("an
 * investigation of X", "the release of X").
 */
export const INTRANSITIVE_ACTS = new Set([
  'resignation',
  'withdrawal',
  'departure',
  'pullout',
  'surrender',
  'abdication',
  'compliance',
  'cooperation',
  'participation',
  'retreat',
]);

/** Parties sent under a leader to a gathering: "the delegation, led by X", "led the team to the talks". */
export const DELEGATION_NOUNS = new Set(['delegation', 'mission', 'team']);

/** Objects of "meet" that are people, not things: "met his counterparts". */
export const HUMAN_NOUNS = new Set([
  'counterpart',
  'leader',
  'official',
  'minister',
  'president',
  'delegation',
  'representative',
  'envoy',
  'ambassador',
  'diplomat',
  'lawmaker',
  'legislator',
  'parliamentarian',
  'mp',
  'delegate',
  'colleague',
  'voter',
  'investor',
  'analyst',
  'senator',
  'family',
  'relative',
  'supporter',
  'farmer',
  'worker',
  'student',
  'journalist',
  'reporter',
  'mediator',
]);

/** Those a speaker tells who are no party: "told the press", "told the court", "told viewers". */
export const AUDIENCE_NOUNS = new Set([
  'press',
  'media',
  'public',
  'audience',
  'crowd',
  'nation',
  'court',
  'jury',
  'viewer',
  'listener',
  'reader',
  'congregation',
]);

/** Irregular verb forms of the lexicon's lemmas (the regular ones are made by inflect()). */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  meet: ['met'],
  shoot: ['shot'],
  throw: ['threw', 'thrown'],
  go: ['went', 'gone'],
  come: ['came'],
  take: ['took', 'taken'],
  hold: ['held'],
  give: ['gave', 'given'],
  make: ['made'],
  fly: ['flew', 'flown', 'flies'],
  seek: ['sought'],
  set: ['set'],
  put: ['put'],
  send: ['sent'],
  lead: ['led'],
  shrug: ['shrugged'],
  swear: ['swore', 'sworn'],
  hit: ['hit'],
  strike: ['struck', 'stricken'],
};

/** Regular English inflections of a verb or noun lemma: -s/-es, -ed, -ing, with the usual spelling rules. */
export function inflect(lemma: string): string[] {
  const out = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const e = lemma.endsWith('e');
  const y = /[^aeiou]y$/.test(lemma);
  // A final consonant after one vowel doubles in a stressed syllable: "stop(ped)", "rebut(ted)",
  // "refer(red)"; an unstressed one does not ("visited", "edited"), and spelling does not show
  // stress, so a word of several syllables gets both forms.
  const single = /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(lemma) && !/w$/.test(lemma);
  const doubled = single && /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  if (single && doubled === lemma) out.add(lemma + lemma.slice(-1) + 'ed').add(lemma + lemma.slice(-1) + 'ing');
  out.add(y ? lemma.slice(0, -1) + 'ies' : /(s|x|z|ch|sh|[^aeiou]o)$/.test(lemma) ? lemma + 'es' : lemma + 's');
  out.add(e ? lemma + 'd' : y ? lemma.slice(0, -1) + 'ied' : doubled + 'ed');
  out.add(e && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : doubled + 'ing');
  if (doubled !== lemma) out.add(lemma + 'ed').add(lemma + 'ing');
  return [...out];
}

/** Every inflected form of the lexicon's words, with its lemma: "boycotting" → "boycott". */
const FORM_LEMMA = new Map<string, string>();
for (const key of [...VERBS.keys(), ...NOUNS.keys(), ...LIGHT_VERBS, ...LIGHT_ONLY_DEMANDS, ...CALLING]) {
  const lemma = key.split(' ')[0]!;
  for (const form of inflect(lemma)) if (!FORM_LEMMA.has(form)) FORM_LEMMA.set(form, lemma);
}
/**
 * Words that make a sentence worth parsing. Verbs of motion and light verbs count only with an
 * event noun or a demand noun, which are triggers of their own ("flew to the summit", "gave a
 * deadline"); judging verbs only with their verdict ("called it illegal").
 */
const CONTEXT_ONLY = new Set([
  'enter',
  'travel',
  'go',
  'come',
  'arrive',
  'fly',
  'head',
  'leave',
  'host',
  'chair',
  'address',
  'join',
]);
const TRIGGER_FORMS = new Set([
  ...[...VERBS.keys(), ...NOUNS.keys(), ...LIGHT_ONLY_DEMANDS]
    .map((key) => key.split(' ')[0]!)
    .filter((lemma) => !CONTEXT_ONLY.has(lemma))
    .flatMap((lemma) => inflect(lemma)),
  ...INVALID,
  'according',
]);

/**
 * The lexicon's lemma of a word form, when the form is one of its words: the lexicon does not
 * depend on the lemmatiser getting rare forms right ("boycotting", "rebutted").
 */
export function lexiconLemma(form: string): string | undefined {
  return FORM_LEMMA.get(form.toLowerCase());
}

/** The forms of proposing verbs and proposal nouns: a proposal made is kept for a later "the proposal". */
const PROPOSING_FORMS = new Set(
  // "put forward" by its particle: "put" alone is too common a word to parse for.
  [...PROPOSING_VERBS, ...PROPOSAL_DESCRIPTIONS].flatMap((key) => inflect(key.split(' ').pop()!)),
);

const PROPOSAL_NOUN_FORMS = new Set([...PROPOSAL_DESCRIPTIONS].flatMap((key) => inflect(key)));
const TAKING_UP = new Set(['the', 'this', 'that', 'these', 'those', 'such']);

/**
 * Whether lower-cased word forms take up a proposal made before: a definite or demonstrative
 * proposal noun ("the proposal", "this offer", "such an arrangement", "the new plan").
 */
export function takesUpProposal(forms: readonly string[]): boolean {
  return forms.some(
    (form, k) => PROPOSAL_NOUN_FORMS.has(form) && forms.slice(Math.max(0, k - 3), k).some((w) => TAKING_UP.has(w)),
  );
}

/** Whether a lower-cased word form may put a proposal forward ("proposed", "plan"): such sentences need a parse too. */
export function mayPropose(form: string): boolean {
  return PROPOSING_FORMS.has(form);
}

/** Whether a lower-cased word form may be a relation predicate: only such sentences need a parse. */
export function mayTrigger(form: string): boolean {
  return TRIGGER_FORMS.has(form);
}

/** Speech verbs whose infinitive is what is said: "promised to cut taxes". */
export const COMMISSIVES = new Set(['promise', 'pledge', 'vow']);
/** Verbs of outcome, not of action: "should" or "must" with them forecasts ("should reach a profit"). */
export const OUTCOME_VERBS = new Set([
  'be',
  'have',
  'reach',
  'achieve',
  'rise',
  'fall',
  'grow',
  'remain',
  'see',
  'get',
  'become',
  'increase',
  'decrease',
  'decline',
  'improve',
  'happen',
  'occur',
  'last',
  'continue',
]);
/**
 * Results an economy or a company records: "posted a budget deficit", "posted a loss" records a
 * figure, it publishes no words (the other sense of "post", a speech verb).
 */
export const RECORDED_RESULTS = new Set([
  'deficit',
  'surplus',
  'loss',
  'losses',
  'profit',
  'profits',
  'gain',
  'gains',
  'rise',
  'fall',
  'drop',
  'decline',
  'increase',
  'growth',
  'record',
  'income',
  'earnings',
  'revenue',
  'revenues',
  'result',
  'results',
]);
/** What reporters ask for: "a request for comment", "asked the ministry for a response" is no political demand. */
export const PRESS_REQUESTS = new Set(['comment', 'comments', 'response', 'reaction', 'interview', 'statement']);

/**
 * Nouns of facts to be told (lemmas): "asked for the names of the banks", "a request for details" is a
 * question, not a demand that anyone act. Only with the verbs and nouns of asking: "pressed for
 * details" insists on disclosure.
 */
export const INFORMATION_REQUESTS = new Set([
  'name',
  'detail',
  'information',
  'data',
  'figure',
  'particular',
  'identity',
  'whereabouts',
]);

/** Nouns of leading or belonging to a party sent somewhere: "head / member of the delegation". */
export const DELEGATION_ROLES = new Set(['head', 'leader', 'chief', 'member']);

/**
 * Verbs of facing or disregarding a demand: "faces pressure from X to …", "ignored / defied calls
 * from X to resign" — whoever faces a demand, or ignores it, is the one it asks.
 */
export const FACING_VERBS = new Set(['face', 'ignore', 'defy', 'disregard', 'flout']);

/** Verbs of giving in to a demand: "complied with", "bowed to", "met", "heeded", "yielded to". */
export const ANSWERING_VERBS = new Set([
  'comply',
  'bow',
  'meet',
  'heed',
  'yield',
  'satisfy',
  'fulfil',
  'fulfill',
  'obey',
]);

/** Common nouns of people or bodies that can be asked to act, beside the human and agent nouns. */
export const ASKABLE_NOUNS = new Set([
  'member',
  'people',
  'citizen',
  'resident',
  'producer',
  'consumer',
  'country',
  'nation',
]);
