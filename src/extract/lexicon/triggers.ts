/**
 * Relation triggers: closed-class verb and noun lists per relation (FrameNet Statement/Telling/
 * Request/Respond_to_proposal/Attending, VerbNet say-37.7/urge-58.1/reject-77.2, CAMEO verb
 * blocks; see notes/extraction.md §1). Every form is listed: no stemming at run time.
 */
import type { ScoredRelation } from '../../graph/schema.js';

export interface Trigger {
  relation: ScoredRelation;
  lemma: string;
  /** Takes its addressee as direct object ("told X", "informed X"). */
  addressee?: boolean;
  /** Takes the demandee as object or via "on"/"upon" ("urged X to", "called on X"). */
  objectTarget?: boolean;
  /** Judgement or attitude verb: a speech act whose subject also states ("slammed"). */
  judgement?: boolean;
  noun?: boolean;
  /** Counts only when negated: "did not accept" is a rejection. */
  negativeOnly?: boolean;
}

/**
 * Speech verbs that also have a non-speech sense ("maintained a policy", "explain the motives"):
 * they count only with a complement clause ("that"), a colon, or next to a quotation.
 */
export const WEAK_SPEECH = new Set([
  'maintain',
  'explain',
  'express',
  'voice',
  'indicate',
  'suggest',
  'predict',
  'describe',
  'mention',
  'observe',
  'recall',
  'underline',
  'underscore',
  'promise',
  'pledge',
  'vow',
  'concede',
  'acknowledge',
  'admit',
  'complain',
  'testify',
  'disclose',
  'reveal',
  'confirm',
  'comment',
  'remark',
  'note',
  'add',
  'write',
  'respond',
  'reply',
  'threaten',
  'report',
]);

/** Trigger forms that are also nouns ("the Hong Kong press", "apartheid state", "EEZ claims"). */
export const NOUN_LIKE_FORMS = new Set([
  'state',
  'states',
  'claim',
  'claims',
  'call',
  'calls',
  'report',
  'reports',
  'demand',
  'demands',
  'press',
  'order',
  'orders',
  'remark',
  'remarks',
  'comment',
  'comments',
  'appeal',
  'appeals',
  'request',
  'requests',
  'warning',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'visit',
  'visits',
  'praise',
  'blame',
  'welcome',
  'vow',
  'vows',
  'want',
  'wants',
  'reply',
  'replies',
  'note',
  'notes',
  'order',
  'pressure',
  'lobby',
  'veto',
  'boycott',
  'meet',
  'meets',
  'talks',
  'travel',
  'travels',
  'attack',
  'denial',
  'invite',
  'require',
  'rebuff',
  'snub',
  'warn',
  'hail',
  'blast',
  'slam',
  'slams',
  'urge',
  'plea',
  'insist',
  'join',
  'joins',
  'add',
  'adds',
  'tell',
  'tells',
  'say',
  'says',
  'meeting',
]);

/** Demand verbs that need an object and an infinitive or that-clause ("encouraged X to …"). */
export const NEEDS_INFINITIVE = new Set([
  'encourage',
  'ask',
  'invite',
  'press',
  'order',
  'instruct',
  'pressure',
  'lobby',
  'summon',
  'want',
  'require',
]);

function forms(
  relation: ScoredRelation,
  list: string,
  extra: Omit<Trigger, 'relation' | 'lemma'> = {},
): [string, Trigger][] {
  const out: [string, Trigger][] = [];
  for (const group of list.split(';')) {
    const words = group.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const lemma = words[0]!;
    for (const w of words) out.push([w, { relation, lemma, ...extra }]);
  }
  return out;
}

const SINGLE = new Map<string, Trigger>([
  ...forms(
    'STATED',
    `say says said saying; state states stated stating; announce announces announced announcing;
    declare declares declared declaring; claim claims claimed claiming; warn warns warned warning; add adds added;
    stress stresses stressed stressing; note notes noted noting; explain explains explained explaining;
    confirm confirms confirmed confirming; acknowledge acknowledges acknowledged acknowledging; admit admits admitted admitting;
    assert asserts asserted asserting; argue argues argued arguing; contend contends contended; maintain maintains maintained;
    reiterate reiterates reiterated reiterating; emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised;
    underline underlines underlined; underscore underscores underscored; report reports reported reporting;
    reveal reveals revealed revealing; predict predicts predicted predicting; allege alleges alleged alleging;
    comment comments commented commenting; remark remarks remarked; respond responds responded responding;
    reply replies replied replying; retort retorted; write writes wrote; promise promises promised promising;
    pledge pledges pledged pledging; vow vows vowed vowing; threaten threatens threatened threatening;
    complain complains complained complaining; describe describes described describing; indicate indicates indicated;
    suggest suggests suggested suggesting; concede concedes conceded; mention mentions mentioned; observe observes observed;
    caution cautions cautioned cautioning; continue continued; insist insists insisted insisting; express expressed expresses;
    voice voiced voices; testify testified testifies; disclose disclosed; recall recalled recalls`,
  ),
  ...forms(
    'STATED',
    `tell tells told telling; inform informs informed informing; brief briefs briefed;
    assure assures assured assuring; notify notified; advise advised advises`,
    { addressee: true },
  ),
  ...forms(
    'STATED',
    `criticize criticizes criticized criticizing criticise criticised; condemn condemns condemned condemning;
    slam slams slammed slamming; blast blasts blasted; bash bashed bashes; praise praises praised praising; hail hails hailed;
    accuse accuses accused accusing; blame blames blamed blaming; welcome welcomed welcomes; call called calls calling`,
    { judgement: true },
  ),
  ...forms(
    'DEMANDED',
    `demand demands demanded demanding; urge urges urged urging; press presses pressed pressing;
    ask asks asked asking; request requests requested requesting; implore implored; exhort exhorted; plead pleaded pleads;
    order orders ordered ordering; encourage encourages encouraged encouraging; pressure pressured pressures pressuring;
    lobby lobbied lobbies; invite invites invited inviting; appeal appeals appealed appealing; want wants wanted wanting;
    require requires required; instruct instructed instructs; summon summoned summons`,
    { objectTarget: true },
  ),
  ...forms(
    'REJECTED',
    `reject rejects rejected rejecting; refuse refuses refused refusing; decline declines declined declining;
    deny denies denied denying; dismiss dismisses dismissed dismissing; rebuff rebuffs rebuffed; spurn spurned spurns;
    snub snubbed snubs; veto vetoed vetoes vetoing; repudiate repudiated; rebut rebuts rebutted rebutting; oppose opposes opposed opposing; resist resists resisted resisting;
    denounce denounces denounced denouncing; disavow disavowed; boycott boycotted boycotts boycotting`,
  ),
  ...forms(
    'REJECTED',
    `accept accepts accepted accepting; recognise recognises recognised recognize recognizes recognized`,
    { negativeOnly: true },
  ),
  ...forms(
    'ATTENDS',
    `attend attends attended attending; participate participates participated participating;
    join joins joined joining; travel travels traveled travelled traveling travelling; visit visits visited visiting;
    meet meets met meeting`,
  ),
]);

/** Multi-word triggers, matched on consecutive token norms. */
const MULTI: [string[], Trigger][] = [
  [['call', 'on'], { relation: 'DEMANDED', lemma: 'call on', objectTarget: true }],
  [['calls', 'on'], { relation: 'DEMANDED', lemma: 'call on', objectTarget: true }],
  [['called', 'on'], { relation: 'DEMANDED', lemma: 'call on', objectTarget: true }],
  [['calling', 'on'], { relation: 'DEMANDED', lemma: 'call on', objectTarget: true }],
  [['called', 'upon'], { relation: 'DEMANDED', lemma: 'call on', objectTarget: true }],
  [['call', 'for'], { relation: 'DEMANDED', lemma: 'call for' }],
  [['calls', 'for'], { relation: 'DEMANDED', lemma: 'call for' }],
  [['called', 'for'], { relation: 'DEMANDED', lemma: 'call for' }],
  [['calling', 'for'], { relation: 'DEMANDED', lemma: 'call for' }],
  [['push', 'for'], { relation: 'DEMANDED', lemma: 'push for' }],
  [['pushed', 'for'], { relation: 'DEMANDED', lemma: 'push for' }],
  [['joined', 'calls'], { relation: 'DEMANDED', lemma: 'join calls' }],
  [['joined', 'the', 'calls'], { relation: 'DEMANDED', lemma: 'join calls' }],
  [['rule', 'out'], { relation: 'REJECTED', lemma: 'rule out' }],
  [['rules', 'out'], { relation: 'REJECTED', lemma: 'rule out' }],
  [['ruled', 'out'], { relation: 'REJECTED', lemma: 'rule out' }],
  [['turn', 'down'], { relation: 'REJECTED', lemma: 'turn down' }],
  [['turned', 'down'], { relation: 'REJECTED', lemma: 'turn down' }],
  [['turns', 'down'], { relation: 'REJECTED', lemma: 'turn down' }],
  [['brushed', 'aside'], { relation: 'REJECTED', lemma: 'brush aside' }],
  [['brushed', 'off'], { relation: 'REJECTED', lemma: 'brush aside' }],
  [['take', 'part'], { relation: 'ATTENDS', lemma: 'take part' }],
  [['takes', 'part'], { relation: 'ATTENDS', lemma: 'take part' }],
  [['took', 'part'], { relation: 'ATTENDS', lemma: 'take part' }],
  [['taking', 'part'], { relation: 'ATTENDS', lemma: 'take part' }],
  [['according', 'to'], { relation: 'STATED', lemma: 'according to' }],
  [['speaking', 'to'], { relation: 'STATED', lemma: 'speak to', addressee: true }],
  [['speaking', 'with'], { relation: 'STATED', lemma: 'speak to', addressee: true }],
  [['spoke', 'to'], { relation: 'STATED', lemma: 'speak to', addressee: true }],
  [['spoke', 'with'], { relation: 'STATED', lemma: 'speak to', addressee: true }],
  [['talking', 'to'], { relation: 'STATED', lemma: 'speak to', addressee: true }],
  [['wrote', 'to'], { relation: 'STATED', lemma: 'write to', addressee: true }],
];

export interface TriggerMatch {
  trigger: Trigger;
  /** Token index of the first and one past the last trigger token. */
  start: number;
  end: number;
}

/** Multi-word triggers indexed by their first word: one Map lookup per token. */
const MULTI_BY_FIRST = new Map<string, [string[], Trigger][]>();
for (const entry of MULTI) {
  const list = MULTI_BY_FIRST.get(entry[0][0]!) ?? [];
  list.push(entry);
  MULTI_BY_FIRST.set(entry[0][0]!, list);
}

/** The trigger starting at token i of a sentence (longest match), if any. */
export function triggerAt(norms: string[], i: number): TriggerMatch | undefined {
  for (const [words, trigger] of MULTI_BY_FIRST.get(norms[i]!) ?? []) {
    if (words.every((w, k) => norms[i + k] === w)) return { trigger, start: i, end: i + words.length };
  }
  const t = SINGLE.get(norms[i]!);
  return t ? { trigger: t, start: i, end: i + 1 } : undefined;
}

/** Nouns of statements a possessor makes ("Washington's announcement"). */
export const STATEMENT_NOUNS = new Set([
  'announcement',
  'statement',
  'remarks',
  'comments',
  'assertion',
  'declaration',
  'warning',
]);

/** Nouns naming a demand or proposal; "rejected the request" points back to whoever made it. */
export const DEMAND_NOUNS = new Set([
  'request',
  'requests',
  'demand',
  'demands',
  'call',
  'calls',
  'appeal',
  'appeals',
  'proposal',
  'proposals',
  'suggestion',
  'suggestions',
  'offer',
  'offers',
  'plea',
  'pleas',
  'ultimatum',
  'invitation',
  'plan',
  'idea',
  'bid',
  'advice',
  'pressure',
]);
