/**
 * Job titles, honorifics and role nouns. A name chunk loses its leading titles
 * ("Foreign Minister Sergei Lavrov" → Sergei Lavrov, role "Foreign Minister"); a lower-case
 * role noun before a name ("spokeswoman Zhang Qiyue") marks a Person.
 */

/** Words that make up titles, lower case; sequences of them are stripped from a name's front. */
export const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'foreign', 'deputy', 'defense', 'defence', 'secretary',
  'secretary-general', 'general', 'chancellor', 'exchequer', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'envoy', 'chief', 'constable', 'commissioner', 'governor', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'mayor', 'leader', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'king', 'queen', 'emperor',
  'pope', 'crown', 'finance', 'interior', 'home', 'trade', 'justice', 'attorney', 'economy', 'energy', 'health',
  'education', 'mp', 'admiral', 'colonel', 'col', 'captain', 'capt', 'sergeant', 'sgt', 'lieutenant', 'lt', 'commander',
  'premier', 'dictator', 'press', 'undersecretary', 'under-secretary', 'assistant', 'acting', 'former', 'opposition',
  'executive', 'officer', 'judge', 'rapporteur', 'counterpart', 'state', 'gen', 'gov', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'prof', 'professor', 'rev', 'reverend', 'cardinal', 'archbishop', 'bishop', 'sheikh', 'emir', 'sultan', 'ayatollah',
  'supreme', 'high', 'lawmaker', 'legislator', 'diplomat', 'official', 'officials', 'analyst', 'economist', 'reporter',
  'correspondent', 'journalist', 'editor', 'founder', 'ceo', 'cfo', 'coo', 'adviser', 'advisor', 'aide', 'staff',
  'security', 'national', 'foreign-affairs', 'affairs', 'permanent', 'special', 'senior', 'top', 'military',
  'army', 'navy', 'marshal', 'field', 'brigadier', 'major', 'maj', 'gens', 'incumbent', 'candidate', 'nominee',
  'speaker', 'whip', 'treasurer', 'solicitor', 'prosecutor', 'counsel', 'lawyer', 'fiancee', 'fiancée', 'wife',
  'husband', 'widow', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'police', 'crime',
  'commander-in-chief', 'ex', 'then', 'de', 'facto', 'interim', 'caretaker', 'outgoing', 'incoming', 'conservative',
  'labour', 'liberal', 'democrat', 'democratic', 'republican', 'socialist', 'communist', 'hardline', 'veteran',
]);

/** Honorifics and titles that, after a name has been stripped of them, still mark a Person. */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'president', 'minister', 'secretary', 'chancellor', 'senator',
  'sen', 'rep', 'governor', 'gov', 'mayor', 'king', 'queen', 'pope', 'prince', 'princess', 'lord', 'lady', 'baroness',
  'baron', 'sir', 'dame', 'gen', 'general', 'admiral', 'colonel', 'col', 'captain', 'capt', 'judge', 'justice',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'chairman', 'chairwoman', 'director', 'leader',
  'commissioner', 'constable', 'envoy', 'dictator', 'rev', 'reverend', 'cardinal', 'archbishop', 'bishop', 'sheikh',
  'emir', 'sultan', 'ayatollah', 'mp', 'lt', 'sgt', 'maj', 'rapporteur', 'counterpart', 'aide', 'adviser', 'advisor',
  'official', 'diplomat', 'lawmaker', 'prosecutor', 'lawyer', 'journalist', 'reporter', 'analyst', 'economist',
  'founder', 'ceo', 'fiancee', 'fiancée', 'wife', 'husband', 'widow', 'mother', 'father', 'son', 'daughter', 'brother',
  'sister', 'candidate', 'nominee', 'speaker', 'exchequer', 'marshal', 'secretary-general', 'emperor', 'editor',
]);

/** Titles of nobility kept in a name when nothing but one word follows ("Lord Falconer", "Prince Charles"). */
export const NOBILITY = new Set(['lord', 'lady', 'baroness', 'baron', 'prince', 'princess', 'sir', 'dame', 'king', 'queen', 'pope']);

/** Lower-case nouns that head a role description ("the president", "the spokesman"). */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'premier', 'chairman', 'commissioner', 'constable', 'envoy',
  'prince', 'dictator', 'general', 'rapporteur', 'counterpart',
]);

export const MALE_WORDS = new Set(['mr', 'king', 'prince', 'lord', 'sir', 'baron', 'husband', 'son', 'father', 'brother', 'spokesman', 'chairman', 'emperor', 'pope', 'congressman']);
export const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'lady', 'baroness', 'dame', 'wife', 'widow', 'daughter', 'mother', 'sister', 'spokeswoman', 'chairwoman', 'fiancee', 'fiancée', 'congresswoman']);
