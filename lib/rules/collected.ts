/**
 * `collected`: what the service gathers about you. A data-type phrase counts
 * when its sentence talks about collecting/receiving/using data, or when the
 * heading or list lead-in does ("Information We Collect", "we collect:").
 */
import type { Rule, RuleExample } from './types';
import { RECIPIENT_RE } from './gazetteer';
import { CHOICE_SENTENCE, CHOICE_WORDING, COLLECT_CONTEXT, COLLECT_CUE, POLICY_CHANGE, POLICY_SCOPE, POLICY_SELF_DESCRIPTION, PURPOSE_FRAGMENT, REFERENCE_SENTENCE, SHARE_STATEMENT, THIRD_ACTOR, THIRD_ACTOR_PARTS, THIRD_PARTY, THIRD_PARTY_DISCLAIMER, USE_CONTEXT, USE_CUE } from './vocab';
import { phrase, casedPhrase } from './phrase';

const cue = [COLLECT_CUE];

/**
 * The first party itself gathers or uses data in the same sentence. Whole
 * verbs only ("our website users" is not "our website uses").
 *
 * WE_GATHER is its main piece as a phrase fragment: "we / us / our service
 * … collects, uses, keeps".
 */
const WE_GATHER = `(we|us|our<!((on|to|from|of|at|through|via|in|with|by|for|across|within) our) (site[s]|website[s]|service[s]|app[s]|server[s]|system[s])) …2 (collect*|gather*|receiv*|obtain*|stor(e|es|ed|ing)|log[s|ged|ging]|record*|us(e|es|ed|ing)|process*|ask*|request*|track*|access*|keep*|retain*|automatically|combin*|maintain*|captur*)`;

/** Between "we, and our partners," and the verb: one to six words, then up to two modals (about characters: a regex). */
const CO_ACTORS_THEN_MODAL = /(?:[\w'’-]+,?\s){1,6}?(?:may\s|will\s|also\s|can\s){0,2}/;

/** "we, and our partners, may collect", "you provide", "collected by us": the rest of FIRST_COLLECT, around the regex above. */
const WE_AND_OTHERS = `we(, |, (and|or|and/or) | (and|or|and/or) )`;
const OTHER_FIRST_PARTY = `(collect|gather|receive|obtain|use|process|track|record|store)*|you [*] (provide|give|submit|enter|supply)|provided by you|(collected|gathered|received|stored|logged) by (us|our)`;

const FIRST_COLLECT = phrase`${WE_GATHER}|${WE_AND_OTHERS}${CO_ACTORS_THEN_MODAL}${OTHER_FIRST_PARTY}`;

/**
 * The same, but not in a relative clause about the data: "we may disclose
 * information that we collect" is a disclosure, the collecting is background.
 */
const FIRST_COLLECT_MAIN = phrase`<!((that|which|information|data|details) )${WE_GATHER}|${WE_AND_OTHERS}${CO_ACTORS_THEN_MODAL}${OTHER_FIRST_PARTY}`;
const context = [COLLECT_CONTEXT];

/** The first party gathers data (not merely uses, keeps or protects it), in a main clause. */
const FIRST_GATHERS = phrase`(we|us)<!((that|which|information|data|details) (we|us)) …2 (collect*|gather*|receiv*|obtain*|log[s|ged|ging]|record*|ask*|request*|track*|captur*|automatically)|(we|us)<!((that|which|information|data|details) (we|us)) …2 (use|uses|process|analy(s|z)e) …4- (information|data|details)|(is|are|be|being) [automatically] (collected|gathered|logged|recorded|captured|saved|stored)`;

/** Data leaves the first party: disclosure, sale, transfer. */
const DISCLOSES = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transmit(?:s|ted|ting)?|transferr?(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|pass(?:es|ed)?|provid(?:e|es|ed)|giv(?:e|es|en)|mak(?:e|es|ing)|made)(?<!\byou\s(?:\w+\s){0,2}\w+)\s(?:[\w'’-]+,?\s){0,10}?(?:with|to)\s(?!(?:us|you|your)\b)(?:[\w-]+\s){0,4}?(?:third|other|others|outside|partners?|affiliat\w*|advertisers?|sponsors?|compan(?:y|ies)|service\sproviders?|providers|vendors?|businesses|organi[sz]ations|entities|contractors|agents|processors?|buyers?|acquir\w*|successors?|governments?|law\senforcement|authorities|subsidiar\w*|parent|those|these|them|anyone|the\spublic|publishers?|marketers?|merchants?|institutions)\b|\b(?:sell|sells|sold|rent|rents|rented)\b|\b(?:disclos(?:e|es|ed|ing)|shar(?:e|es|ed|ing))(?<!\byou\s(?:\w+\s){0,2}\w+)\s(?:your|personal|such|this|that|these|any|certain|some|it|information|data)\b|\b(?:disclosure|sale)\sof\s(?:your\s|personal\s|this\s|such\s)?(?:information|data)\b/i;

/**
 * THIRD_ACTOR without "the Services" / "the Sites", which is how most
 * policies name the first party's own service; and "they" only when it is
 * not the users ("users … when they") and not the data ("they are sent").
 */
const THIRD_ACTOR_OWN = phrase`(${THIRD_ACTOR_PARTS.named}|${THIRD_ACTOR_PARTS.pointed}|the (companies|parties|entities|(third|3rd) parties|partners|providers|networks|vendors|advertisers)|they<!((user[s]|visitor[s]|customer[s]|member[s]|people|individual[s]|consumer[s]|player[s]|subscriber[s]) …4 (when|if|as|after|before|once|while|whenever|until|who|where|so that) they)!( (are|were|have been) (made|sent|posted|created|submitted|provided|no longer))|${THIRD_ACTOR_PARTS.others})|${THIRD_ACTOR_PARTS.theirPolicy}`;

/** CHOICE_SENTENCE without "most browsers": "information is collected by most browsers" is collection; cookie advice is COOKIE_CHOICE. */
const CHOICE_OWN = phrase`${CHOICE_WORDING}`;

/** Outside actors that THIRD_ACTOR does not name: ad networks, embedded features, "such services". */
const THIRD_ACTOR_MORE = phrase`their (site[s]|website[s]|services|app[s]|platform[s])|(advertising|ad) (network[s]|companies|server[s]|technology companies)|such [other] …1- (services|providers|companies|features|sites|websites)|these (features|widgets|plug[-]ins|buttons)|content provider[s]|other companies`;

/** Managing, refusing or disabling cookies is the user's choice, not the practice. */
const COOKIE_CHOICE = phrase`(manag(e|es|ing)|disabl(e|es|ed|ing)|prevent[s|ing]|stop[s|ping]|refus(e|es|ing)|reject[s|ing]|block[s|ing]|delet(e|es|ing)|remov(e|es|ing)|control[s|led|ling]|permit|accept[s|ing]|turn[s|ed] off|opt[ing][ |-]out of|leave) …4- (cookie[s]|tracking technolog(y|ies)|web beacon[s]|local shared objects)|cookie[s] …2 (are|is) [not] (set to accept|disabled|enabled|blocked|rejected|turned off)|cookie (settings|preferences|options)|without (them|cookies)|cannot be (rejected|disabled|deleted|controlled|managed|removed|blocked)`;

/** Explanations of what cookies, beacons and clear GIFs are in general, not what this service does. */
const COOKIE_EXPLAINED = phrase`(a|an|each|any) …1- (cookie|web beacon|pixel tag|clear gif|beacon|electronic image) [${/\(/}${/[^)]{0,60}/}${/\)/}] (is|enables|allows|can|contains|may be)|[session|persistent|flash] (cookies|clear gifs|web beacons|pixel tags|beacons|local shared objects) [${/\(/}${/[^)]{0,80}/}${/\)/}] (are|is|enable|allow|can) [only|also|often|typically|usually|generally|essentially] (a|an|tiny|small|your|graphic[s]|image[s]|piece[s]|bit[s]|file[s]|text|string[s]|similar|like|read only|unable|a website|the site|website[s])|common [internet|industry] practice|in contrast to`;

/** Functions done by vendors ("Examples include hosting our web servers, processing credit card payments"), outsourcing. */
const OUTSOURCED = /\bexamples?\s(?:may\s)?include\s(?:\w+\s)?(?:\w+ing|order\sfulfillment)\b|\bperform\w*\s(?:\w+\s)?(?:services|functions)\b|\bon\sour\sbehalf\b|\b(?:we|us)\s(?:\w+\s)?(?:use|uses|employ|engage|contract\swith)\s(?:a|an|(?:third|3rd)[\s-]part(?:y|ies)|outside|other|various)\s(?:[\w-]+\s){0,3}?(?:company|companies|part(?:y|ies)|providers?|services?|vendors?|processors?)\b/i;

/** What users post is seen by others. */
const PUBLIC_POSTING = phrase`(read|seen|viewed|collected|used|accessed) …3 by (other|others|anyone|any one|third|the public|outside|any outside)|public[ly] (available|posted|visible|displayed|area[s]|forum[s]|activities|profile[s])|become[s] public|made public|(publish|display) …2 (your|certain)|visible to`;

/** Advice on passwords and phishing. */
const ACCOUNT_SAFETY = phrase`phishing|never …3- (ask|request)*|never send*|(not|never) (share|sharing|disclose|reveal) [*] (password[s]|user id[s]|pin[s])|keep …4 (password[s]|user id[s]|pin[s]) [*] (confidential|secret|private|safe)|password[s] [*] (are|is) required|require …2 [to enter] [a] password|access to your (computer|device)|password( |-)protected`;

/** A survey or contest named in a list of activities ("when you register, make a purchase, enter a contest or complete a survey"). */
const SURVEY_AS_OCCASION = phrase`(contest[s]|survey[s]|sweepstakes|poll[s]|questionnaire[s])~80, [or|and] …3 (register|purchas|order|subscrib|post|buy|search|creat|mak|sign|request|communicat|contact|us|visit|appl|participat|complet|enter)*|(register|purchas|order|subscrib|post|buy|search|creat|mak|sign|request|communicat|contact|visit|appl)*~120, [or|and] …4 (contest[s]|survey[s]|sweepstakes|poll[s]|questionnaire[s])`;

/**
 * Third parties collecting on the site are sharing in OPP-115 terms, and
 * sentences about opting out are choices: neither is first-party collection.
 */
const skipIf = [
  { has: THIRD_ACTOR_OWN, lacks: FIRST_COLLECT, why: 'a third party is the actor and the first party is not' },
  { has: RECIPIENT_RE, lacks: FIRST_COLLECT, why: 'a named company is the actor' },
  { has: REFERENCE_SENTENCE, why: 'the sentence only points to another document' },
  { has: THIRD_ACTOR_MORE, lacks: FIRST_COLLECT, why: 'an ad network, plug-in or other outside service is the actor' },
  { has: COOKIE_CHOICE, lacks: FIRST_GATHERS, why: 'the sentence is about managing or refusing cookies' },
  { has: OUTSOURCED, lacks: FIRST_GATHERS, why: 'the sentence lists what vendors do on the company\'s behalf' },
  { has: PUBLIC_POSTING, lacks: FIRST_GATHERS, why: 'what the user posts becomes visible to others: disclosure, not collection' },
  { has: ACCOUNT_SAFETY, why: 'password and phishing advice is security' },
  { has: /^[^?]{0,200}\?\W{0,3}$/, why: 'a question is a title ("How do we use cookies?"), not a statement' },
  { has: /^[^a-z]{3,80}$/, why: 'a short all-capitals line is a title' },
  { has: phrase`(you|users) (should|must) (not|never) [*] (submit|provide|send|post|disclose|share|upload|include|enter)|(please|kindly) (do not|don't|never|avoid|refrain from) [*] (submit|provide|send|post|disclose|share|upload|include|enter)*`, lacks: FIRST_COLLECT, why: 'advice to the user ("you should not upload health records", "please do not send us") is not a practice' },
  { has: THIRD_PARTY_DISCLAIMER, why: 'a disclaimer about other companies\' sites states no practice' },
  { has: phrase`if you (do not|don't|choose not to|decline to|refuse to) (provide|give|submit|allow|share)|(cannot|can't|not be able to|unable to) …12+ unless you (provide|give|submit)`, lacks: FIRST_GATHERS, why: 'what happens if the user withholds data is a choice' },
  { has: phrase`merger|acquisition|bankruptcy|insolvency|reorgani(s|z)ation|sale of …4 assets`, lacks: FIRST_GATHERS, why: 'business transfers are disclosure' },
  { has: phrase`${/\(/}[ ][collectively[,] ]("|“)(we|us|our)("|”)|("|“)(we|us)("|”)[ ](or|and|,)[ ]("|“)`, why: 'the sentence introduces the company ("we", "us"), not a practice' },
  { has: phrase`(transfer[r]*|stor(e|ed|es|ing)|process[ed|es|ing]|hosted|located) …6+ (in|to) [the] (United States|U.S.|USA|other countries|countries outside|any other country)`, lacks: FIRST_GATHERS, why: 'where data is stored or transferred is international' },
  { has: phrase`this section [*] (provides|describes|explains|covers)|(learn|read|find out) more about|[please] click [on] (here|learn more)|we are not responsible|(data|information) (is|means|refers to) [the|any|all] …2 information (that|which|other)`, why: 'a pointer, a disclaimer or a definition states no practice' },
  { has: CHOICE_OWN, lacks: FIRST_COLLECT, why: 'the sentence is about the user\'s choices' },
  { has: SHARE_STATEMENT, lacks: FIRST_COLLECT_MAIN, why: 'the sentence is about disclosure, not collection' },
  { has: DISCLOSES, lacks: FIRST_GATHERS, why: 'the sentence is about what happens to data once collected: disclosure, sale, transfer' },
  {
    has: /\byou\s(?:\w+\s)?(?:can|may|could|are\sable\sto|have\sthe\sright\sto)\s(?:\w+\s){0,2}?(?:review|update|access|edit|correct|change|delete|modify|view|manage)\b|\bright\sto\s(?:access|rectif|correct|delete|eras)|\b(?:correct|update|edit|modify|review|delete|remove|deactivate|change|amend|rectify)\w{0,3}\s(?:[\w,\/'’-]+\s){0,5}?(?:your|their|the|this|any|all|such|users?['’]?)\s(?:[\w-]+\s){0,3}?(?:information|data|details|address(?:es)?|profiles?|records?|account|password|preferences|settings)\b|\b(?:request|have|obtain|gain)\s(?:\w+\s)?access\sto\s(?:your|their|the)\b|\b(?:accurate|up\sto\sdate|inaccura\w+)\b/i,
    lacks: FIRST_GATHERS,
    why: 'the sentence is about the user accessing, correcting or deleting data',
  },
  { has: phrase`secur(e|ed|ely|ity)|protect*|encrypt*|SSL|firewall[s]|last (four|4) digits|unauthori(s|z)ed`, lacks: FIRST_GATHERS, why: 'the sentence is about protecting data' },
  { has: phrase`child[ren]['s|’s]|minor[s]|under [the age of] 1${/\d/}`, why: 'children\'s data is reported under children' },
  { has: POLICY_CHANGE, why: 'notice of a policy change ("we will notify you by e-mail") is not collection' },
  { has: phrase`(personal[ly] [identifiable|identifying] (information|data)|PII)["|”][,] (means|refers to|is defined as|is [any] information (that|which))|when we use the (term|phrase|word[s])|we mean`, why: 'a definition of personal information names examples, not a practice' },
  { has: phrase`please …3 include|in your (request|letter|correspondence|discussion)|if you have …2 (question[s]|concern[s]|difficulty|trouble)|(your|all|any|each|such|the) [*] request[s] (must|should)|for all requests|(e[-]mail|send|mail|submit|direct|address) …2 (request[s]|questions|comments|inquiries|complaints) …3 (to|using|at|by)|lodge a complaint`, why: 'instructions for writing to the company, not collection' },
  { has: phrase`(security|privacy) …6 (has been|have been|may have been|was|is) compromised|(data|security) breach*`, why: 'breach notification is security' },
];

/**
 * Phrases that only occur when a policy talks about collecting that data:
 * they need no collection verb (purpose-list fragments, "Information about
 * your equipment: the type of browser…").
 */
const STRONG: Record<string, RegExp[]> = {
  identifiers: [phrase`social security number[s]|driver['][s] licen(c|s)e number[s]|passport number[s]`],
  financial: [phrase`(credit|debit) card (number[s]|information|details|data)|billing information|purchase history|transaction history`],
  location: [phrase`geo[-]location[ data| information]|GPS (location|data|coordinates)|precise location|location (data|information)`],
  device_ids: [/\bIP\saddress(?:es)?\b|\bInternet\sProtocol\s(?:\(IP\)\s)?address|\bdevice\s(?:identifiers?|IDs?)\b|\bunique\sdevice\s(?:identifiers?|IDs?)\b|\bUDIDs?\b|\bIDFAs?\b|\bMAC\saddress|\badvertising\s(?:identifiers?|IDs?)\b/i],
  device_info: [phrase`browser (type|version)[s]|type of [web] browser|operating system[s]|device (type|model)[s]|screen (resolution|size)|(internet service provider|ISP)|user( |-)agent|mobile carrier`],
  activity: [phrase`clickstream|page[s] [you] (viewed|visited)|[web] pages~40you (view|visit)|links you click|browsing (history|activity|behavior|behaviour)|search (queries|history|terms you)|referr(ing|er) (url[s]|page[s]|site[s]|website[s])|(site|website|page) you visited (before|after)|usage (data|information)|log (file[s]|data)|time spent|click[-]through[s]`],
  demographic: [phrase`date[s] of birth|birth[ ]date[s]|gender|marital status|household income|annual income|demographic (information|data|profile)`],
};

/**
 * A denial of one use is no denial of collection: "we do not use your
 * transaction data for interest-based advertising" still holds the data.
 */
const USE_FOR_PURPOSE = phrase`(use|using|process|processing|share|sharing|sell|selling|disclose) …8- for …3 (advertising|ads|marketing|interest-based|targeted|personali(s|z)ed|profiling|training|(any|other) purpose[s]|purposes other than)`;

function dataType(finding: string, patterns: RegExp[], note: string, match: Array<string | RuleExample>, noMatch: string[], veto?: RegExp[], extra: Partial<Rule> = {}): Rule {
  return { id: `collected/${finding}`, section: 'collected', finding, patterns, strongPatterns: STRONG[finding], cue, context, veto, skipIf, partialDenial: USE_FOR_PURPOSE, note, examples: { match, noMatch }, ...extra };
}

/** The policy describing itself ("to understand how we use your information", "this policy applies to…"). */
const SELF_DESCRIBED = phrase`(describe[s]|explain[s]|outline[s]|disclose[s]|sets out|tells you|understand|know|learn|aware of) …3 (how|what|why|when|the (types|ways|kinds|categories))|(policy|notice|statement|program) …2 (applies|covers|(does not|doesn't) (apply|cover))|committed to|(agree|consent)* …2 to (the|our) collection`;

/** Policy-level sentences that mention collection without stating a practice: scope, changes, questions. */
const NOT_A_PRACTICE = [
  POLICY_SCOPE,
  POLICY_SELF_DESCRIPTION,
  POLICY_CHANGE,
  phrase`(if|should) you have …2 (question[s]|concern[s]|comments|complaints)|(contact|e[-]mail|write to|call) us (at|by|via|using|through)`,
  // information given on another site or platform is that operator's business
  phrase`(subject to|governed by) …4 (privacy (polic+|notice[s]|statement[s])|terms)`,
  // users who do not provide data lose features: a choice, not a practice
  phrase`if you (do not|don't|choose not to|decline to|refuse to) (provide|give|submit|allow|share)|(not|unable) [be able] to (use|access|participate in|take advantage)`,
  // using data "in accordance with the policy under which it was collected" is a promise about policy changes
  phrase`in accordance with (this|the|our) …2 (policy|notice|statement)|under which …3 (collected|obtained)`,
  // the policy introducing itself or a definition ("Payment Data is the information that…")
  phrase`we describe|familiari(s|z)e|take[s] …4 seriously|not [*] govern*|(information|data) (is|means|refers to) [the|any|your|all] …2 (information|data) (that|which|other)`,
  // a question is a title: "What Information Do We Collect?"
  /^[^?]{0,200}\?\W{0,3}$/,
  // other users or the public reading what you post
  phrase`(read|seen|viewed|collected|used|accessed) …3 by (other|others|anyone|any one|third|the public|outside|any outside)|public (area[s]|forum[s]|activities)|visible to`,
  // the policy describing itself: "…to understand how we use your information", "this policy applies to information…"
  SELF_DESCRIBED,
  phrase`choose not to`,
  THIRD_PARTY_DISCLAIMER,
];

/** Protecting, keeping or deleting data, and the user's rights over it, belong to other sections. */
const OTHER_TOPIC = [
  phrase`secur(e|ity)|(limit|restrict)* …2 access|need to know|at your own risk|safeguard*|encrypt*|unauthori(s|z)ed|protect[s|ed|ing] …3 (information|data|privacy)|keep …3 (safe|confidential)`,
  // disclosure and transfer sentences are sharing / international, even when they also say "use"
  phrase`(shar(e|es|ed|ing)|disclos(e|es|ed|ing|ure)!( to you)|sell|sold|rent|forward[s|ed]|transfer[r][s|ed|ing])|in the (United States|U.S.)|outside [of] [the] (United States|U.S.|EEA|European|EU|your country)`,
  phrase`retain*|retention|delet*|destr(oy|uction)*`,
  phrase`(you|user[s]|member[s]) [*] (can|may|could|have the right to|are able to) …2 (review|access|edit|correct|update|delete|modify|change|view|opt|request)|right to`,
  CHOICE_SENTENCE,
];

/** A generic name for personal data. */
const PI = String.raw`(?:personal(?:ly)?\s(?:identifiable\s|identifying\s)?(?:information|data)|PII|information|data)`;

export const collectedRules: Rule[] = [
  dataType(
    'contact',
    [
      phrase`e[-]mail[ ](address[es]|addresses)`,
      phrase`(your|full|first|last|real|legal|contact) [and (last|first)] name[s]`,
      /\bnames?(?:,|\sand|\sor)\s(?:\w+\s){0,3}?(?:e-?mail|address|phone|telephone)/i,
      phrase`[tele]phone (number[s]|no.)|mobile [phone] number[s]|cell[ular] [phone] number[s]|fax number[s]`,
      phrase`(postal|mailing|home|street|physical|shipping|billing|delivery) [*] address[es]`,
      phrase`contact (information|info|details|data)`,
      phrase`Email address and name`,
    ],
    'Names, e-mail, phone and postal addresses. Bare "name" and "address" are too generic (domain name, IP address), so they need a qualifier.',
    [{ text: 'When you register we collect your name and email address.', status: 'yes' }, { text: 'We collect:\n- Email address and name', status: 'yes' }, { text: 'We may ask for your mailing address and phone number.', status: 'yes' }],
    ['Contact us if you have questions.', 'We collect your IP address.', 'Your domain name is logged by the server.', 'If we change this privacy policy, we will notify you at your email address.', '"Personal information" means information such as your name or email address.', 'Please include your name and email address in your request.', 'We may disclose your name and mailing address to our shipping partners.', 'You can update your email address and phone number at any time in your account settings.'],
    [phrase`(domain|user|screen|company|business|brand|product|file|display)[ ]name[s]`, phrase`IP address*`],
  ),
  dataType(
    'identifiers',
    [
      phrase`social security (number[s]|no)|SSN[s]`,
      /\bpassport\s(?:numbers?|details|data|information)?|\bdriver'?s?\s?licen[cs]e/i,
      phrase`(tax|national|government[-issued]|state) (identification|id|identifier)[s][ number[s]]`,
      phrase`government( |-)issued [photo] (id|identification)`,
    ],
    'Government or official identifiers (SSN, passport, licence, tax id).',
    [{ text: 'We may collect your Social Security number to verify your identity.', status: 'yes' }, { text: 'We may collect a copy of your driver\'s license to verify your identity.', status: 'yes' }],
    ['We collect your email address.', 'We assign a unique identifier to your device.'],
  ),
  dataType(
    'account',
    [
      phrase`user[ ]name[s]|screen name[s]|login (name|id|credentials|information|details)`,
      phrase`password[s]`,
      phrase`(account|registration|profile|sign[-]up|membership|login) (information|data|details|credentials|info)`,
      phrase`profile (photo[s]|picture[s]|image[s]|information|data)|avatar[s]`,
      phrase`account credentials|security question[s]`,
      phrase`OAuth profile`,
    ],
    'Account profile and credentials: username, password, profile photo, registration data.',
    [{ text: 'We collect your username and password when you register.', status: 'yes' }, { text: 'When you create an account, we collect:\n- Password (hashed)', status: 'yes' }, { text: 'We collect the following data:\nAccount information: name, email and profile photo.', status: 'yes' }],
    ['Keep your password secret and do not share it.', 'We use cookies to remember you.', 'We will never e-mail you to ask for your password.', 'Your screen name is visible to other members of the forum.'],
    [phrase`password (protect*|reset)`],
  ),
  dataType(
    'financial',
    [
      phrase`(credit|debit|payment|bank|charge)[ ]card[s]`,
      phrase`(payment|billing|financial|bank[ing]|purchase|transaction|order) (information|info|details|data|account[s]|history|histories|record[s])`,
      phrase`card (number[s]|details)|expiration date[s]|bank account*`,
      phrase`purchase[s] (you make|made)`,
      phrase`credit (history|report[s]|score[s]|worthiness)`,
    ],
    'Payment cards, bank accounts, billing details, purchase and transaction history.',
    [{ text: 'To complete your order we collect your credit card number and billing address.', status: 'yes' }, { text: 'We store your purchase history.', status: 'yes' }],
    ['We do not store data about you.', 'Our products are sold online.', 'Only the last four digits of your card number are shown on receipts.', 'Examples include hosting our servers, processing credit card payments and shipping parcels.', 'Card details you enter at checkout travel over an encrypted SSL connection.'],
  ),
  dataType(
    'location',
    [
      phrase`[geo[-]]location[s]!( (of (our|the) (server[s]|office[s]|store[s])))`,
      phrase`GPS|geo[-]location*|latitude*|longitude*|geographic[al] (location|area|region|information|data)`,
      // "we infer your approximate country from your IP address"
      phrase`(approximate|general|coarse|rough|city-level|country-level) (country|city|region|area|position|whereabouts)`,
      phrase`(zip|postal) code[s]`,
      phrase`where you are`,
    ],
    'Precise or approximate location (GPS, derived from IP, ZIP code).',
    [{ text: 'We collect your precise location when you use the mobile app.', status: 'yes' }, { text: 'We automatically collect:\n- IP address and approximate location', status: 'yes' }, { text: 'We infer your approximate country from your IP address.', status: 'yes' }],
    ['Our servers are located in Germany.', 'Your account settings are stored securely.'],
    [phrase`located`, phrase`location[s] (of (our|the) (server[s]|office[s]|store[s]|data center[s]))`],
  ),
  dataType(
    'device_ids',
    [
      /\bIP\saddress(?:es)?\b|\bInternet\sProtocol\s(?:\(IP\)\s)?address/i,
      phrase`device (identifier[s]|id[s]|identification)|unique [device] (identifier[s]|id[s])|UDID[s]|IDFA[s]|MAC address*`,
      phrase`(advertising|mobile advertising|ad) (identifier[s]|id[s])|cookie (identifier[s]|id[s])`,
      phrase`IMEI|Android ID`,
    ],
    'IP addresses and device, advertising or cookie identifiers.',
    [{ text: 'We automatically log your IP address.', status: 'yes' }, { text: 'We collect unique device identifiers from your phone.', status: 'yes' }],
    ['Your email address is required.', 'We respect your privacy.'],
  ),
  dataType(
    'device_info',
    [
      phrase`browser (type|version|name|information|settings|language|and version)[s]|type of [web] browser`,
      phrase`operating system[s]|OS version`,
      phrase`device (type|model|information|info|data|characteristics|settings|name)[s]|type of [mobile] (device|computer)|hardware model*`,
      phrase`screen (resolution|size)|language (preference[s]|setting[s])|mobile (carrier|network)|(internet service provider|ISP)`,
      phrase`user( |-)agent|computer (type|information)|platform type|time zone`,
    ],
    'Browser, operating system, device model, screen, language, ISP.',
    [{ text: 'We collect your browser type and operating system.', status: 'yes' }, { text: 'We collect these categories of data:\nDevice and browser data: browser type, screen resolution and language preferences.', status: 'yes' }],
    ['Please update your browser.', 'We welcome feedback.'],
  ),
  dataType(
    'cookies',
    [
      phrase`cookie[s]|web beacon[s]|pixel[ tag[s]|s]|clear gif[s]|single-pixel|spotlight tags`,
      phrase`tracking (technolog(y|ies)|tools|pixel[s]|tag[s])|local (storage|shared objects)|flash cookie[s]|LSO[s]`,
      phrase`fingerprint[ing] (techniques|technolog*)|device fingerprint*|browser fingerprint*|SDK[s]|tag[s] and scripts`,
    ],
    'Cookies, web beacons, pixels, local storage, SDKs, fingerprinting.',
    [{ text: 'We use cookies to remember your preferences.', status: 'yes' }, { text: 'Our emails contain web beacons.', status: 'yes' }, { text: 'We and our analytics partners may use cookies to count visits.', status: 'yes' }, { text: 'It does not store cookies or use browser local storage.', status: 'no' }],
    ['We value your trust.', 'Please read this policy carefully.', 'We do not use advertising cookies.', 'We do not use third-party tracking pixels.', 'Cookies are small text files that websites place on your computer.', 'A web beacon is a tiny image embedded in a page or an e-mail.', 'Ad networks that show banners on our pages may set their own cookies.', 'Most of the site keeps working if you switch cookies off, though you will need to sign in more often.', 'You will need to adjust your cookie settings on every device you use.'],
    undefined,
    // a definition of cookies says nothing about this service's practice
    {
      partialDenial: phrase`(advertising|ad|third[-| ]party|tracking|marketing|analytics|targeting|non-essential|optional|social media|performance|functional|persistent|flash|cross-site) …3- (cookie[s]|pixel[s]|web beacon[s]|SDK[s]|tracking technolog(y|ies))|${USE_FOR_PURPOSE}`,
      cue: [COLLECT_CUE, phrase`(us(e|es|ed|ing)|utili(s|z)*|plac(e|es|ed|ing)|set[s]|send|sends|serv(e|es|ed)|employ*|deploy*|contain*|rel(y|ies) on)`], unless: [phrase`[a] cookie[s] (is|are) [a|an] (small|tiny|simple|text|unique|piece|pieces|bit[s]|data|file[s]|string[s]|alphanumeric|identifier[s]|information|used by many)`, COOKIE_EXPLAINED] },
  ),
  dataType(
    'activity',
    [
      phrase`page[s] [you] (viewed|visited|visit|view|requested|accessed)|[web] pages you|click[stream|s|ed|-through]`,
      phrase`(usage|log|activity|browsing|navigation|interaction|clickstream|traffic|analytics) (data|information|info|history|file[s]|record[s]|pattern[s]|statistics)`,
      phrase`search (queries|terms|history|requests)|feature[s] (used|you use)|time spent|(date|time)[s] and (date|time)[s]|access time[s]|timestamp[s]`,
      phrase`referr(ing|er|al) (url[s]|page[s]|site[s]|website[s]|domain[s]|link[s])|(site[s]|website[s]|page[s]) you (came from|visit (before|after))|exit page[s]`,
      phrase`how you (use|interact|navigate|access)|your [online] (activit(y|ies)|interaction[s]|use of (the|our))|online activit(y|ies)|log file[s]|server log[s]|actions taken|error log[s]|crash report[s]`,
      phrase`API request(s| metadata)|feature usage|error report[s]|dashboard interactions|viewing history|content you (view|watch|read)|ad[s] you (see|click|view)`,
    ],
    'Usage and online activity: pages viewed, clicks, searches, logs, timestamps, referrers.',
    [{ text: 'We automatically collect the pages you visit and the time spent on each page.', status: 'yes' }, { text: 'We automatically collect:\n- Pages visited and features used', status: 'yes' }],
    ['Visit our help page.', 'We are a small company.'],
  ),
  dataType(
    'demographic',
    [
      phrase`[your] age!( (of|limit))|date[s] of birth|birth[ ](date|day|year)[s]|birthday[s]`,
      /\bgender\b|\bsex\b(?!ual)|\bincome\b|\beducation(?:al)?\s(?:level|background|history|attainment)\b|\bmarital\sstatus\b|\bethnicity\b|\brace\b|\bdemographic\w*\b|\bhousehold\s(?:size|income)\b|\bnationality\b/i,
    ],
    'Age, date of birth, gender, income, education, other demographics.',
    [{ text: 'We may ask for your gender and date of birth.', status: 'yes' }, { text: 'We collect demographic information such as your age.', status: 'yes' }],
    ['Our service is fast.', 'Terms and conditions apply.'],
    [/\bage\s(?:of|limit|requirement)|\bunder\sthe\sage|\bminimum\sage|\byears?\sof\sage\b|\bages?\s\d/i],
  ),
  dataType(
    'health',
    [phrase`health!( (insurance portability))|medical|fitness (data|information)|heart rate|prescription[s]|diagnos(i|e)s|wellness data`],
    'Health, medical and fitness data.',
    [{ text: 'We collect health information you enter, such as your heart rate.', status: 'yes' }, { text: 'We do not collect any medical information.', status: 'no' }],
    ['We keep your data safe.', 'This is a healthy habit.', 'You should not upload health information to shared workspaces.'],
  ),
  dataType(
    'biometric',
    [phrase`biometric*|face (geometry|scan[s]|print[s])|facial (recognition|geometry|features)|voice[ ]print[s]|fingerprint[s]!(ing)|retina*|iris scan[s]`],
    'Biometric identifiers: fingerprints, face geometry, voice prints.',
    [{ text: 'We collect biometric data such as face geometry to verify your identity.', status: 'yes' }],
    ['We use browser fingerprinting techniques.', 'We collect your email address.'],
    [/\bfingerprint\w*\s(?:techniques|technolog\w*)|\b(?:device|browser)\sfingerprint/i],
  ),
  dataType(
    'social',
    [
      /\bsocial\s(?:media|network(?:ing)?)\s(?:accounts?|profiles?|sites?|services?|platforms?|information|data|credentials|log-?in|sign-?in)?\b|\bsocial\s(?:log-?in|sign-?in|plug-?ins?)\b/i,
      phrase`(sign|log)[ ](in|on|up) (with|using|through|via) [your] (Google|Facebook|Twitter|Apple|Microsoft|GitHub|LinkedIn|Discord)`,
      phrase`Facebook (Connect|log[-]in|profile|friends|ID)|friend[s] (list[s]|network)|OAuth|Google Identity Services`,
    ],
    'Data from social networks or social sign-in.',
    [{ text: 'If you log in with Facebook, we receive your public profile and friends list.', status: 'yes' }, { text: 'When you create an account, we collect:\n- OAuth profile data — if you sign in with Google (name, email, avatar)', status: 'yes' }],
    ['Follow us for news.', 'We collect your email address.'],
  ),
  dataType(
    'survey',
    [phrase`survey[s]|questionnaire[s]|contest[s]|sweepstakes|poll[s]|(take|complete|answer|enter|participate in) …2 quiz[z][es]|promotion[s] you enter`],
    'Survey, contest and sweepstakes answers.',
    [{ text: 'If you participate in a survey or contest, we collect the information you provide.', status: 'yes' }, { text: 'We collect your answers when you register, order or complete a survey.', status: 'yes' }],
    ['We collect your email address.', 'We respect your privacy.', 'We use your information to let you take part in contests and polls.', 'We collect information when you register, place an order, enter a contest or complete a survey.'],
    undefined,
    // the answers themselves must be collected: "take part in contests" alone is a feature, not a data type
    {
      cue: [phrase`(collect*|ask*|request*|provid*|submit*|obtain*|receiv*|gather*|record*|enter*)~80(information|data|details|responses|answers|entries|feedback|opinions)|(information|data|responses|answers|entries|feedback)~60(collect*|provid*|submit*|obtain*|receiv*|gather*|record*)`],
      context: undefined,
      // "when you register, make a purchase, enter a contest or complete a survey" lists occasions of collection, not survey answers
      skipIf: [...skipIf, { has: SURVEY_AS_OCCASION, lacks: phrase`(response[s]|answer[s]|feedback|opinions)|(survey|contest|sweepstakes|entry) (data|information|entries|responses|form[s])`, why: 'a survey or contest named among other occasions of collection is not survey data' }],
    },
  ),
  dataType(
    'content',
    [
      phrase`(message[s]|file[s]|photo[s]|video[s]|upload[s]|document[s]|attachment[s]|comment[s]|review[s]|post[s]|conversation[s]|chat[s]|recording[s]|support ticket[s]|ticket history|communication[s]|call log[s]|content) (you|that you|which you) (send|upload|post|create|submit|share|provide|make|store)`,
      phrase`(user-generated|user) content|content you (post|upload|create|submit|share|provide)|support (data|communication[s]|ticket[s])|conversation[s]|call recording[s]|communications with (us|our)|correspondence`,
      phrase`messages you send|files, contracts|uploaded materials`,
    ],
    'What the user creates or sends: messages, files, photos, uploads, support tickets, chats.',
    [{ text: 'We store the messages you send and files you upload.', status: 'yes' }, { text: 'We process the following data:\nSupport data: communications with our support team and ticket history.', status: 'yes' }],
    ['We send you messages about your account.', 'Our content is copyrighted.'],
  ),
  dataType(
    'professional',
    [phrase`job title[s]|employer|employment (information|history|details)|company name[s]|organization name[s]|professional (information|details|background)|occupation|work history|business details`],
    'Employer, job title, company details.',
    [{ text: 'When you register we collect your company name and job title.', status: 'yes' }],
    ['We are a company based in Denver.', 'We collect your email address.'],
  ),
  {
    id: 'collected/third_party_sources',
    section: 'collected',
    finding: 'third_party_sources',
    patterns: [
      // the thing received is information ("receive requests from other companies" is not a source of data)
      phrase`(receiv*|obtain*|collect*|get|gets|acquir*|supplement*|combin*|purchas*|gather*)~50(information|info|data|details|it|them|records|list[s]|PII)~80from [(various|trusted|these|those|such|other|the following|certain|selected|our|business|marketing|(third|3rd)( |-)party)] [(various|trusted|these|those|such|other|the following|certain|selected|our|business|marketing|(third|3rd)( |-)party)] (${THIRD_PARTY}|sources|companies|partners|data (brokers|providers|aggregators)|social (network[s]|media)|public[ly] [available] (sources|records|databases)|commercially available|outside sources|identity verification|payment processors|credit bureaus)`,
      phrase`(information|data) from [${THIRD_PARTY}|other ]sources|third( |-)party sources`,
      // the data named first, then the first party receiving it: "data we receive from our partners"
      phrase`(information|data|details) [that] (we|us) …1 (receive|obtain|get|collect|acquire|purchase) [about you] from [(our|other|various|trusted|selected|(third|3rd)( |-)party)] [(our|other|various|trusted|selected|(third|3rd)( |-)party)] (partners|${THIRD_PARTY}|sources|companies|data brokers|providers|affiliates)`,
      // another company as the subject that hands data over: "third parties may also provide us with information about you"
      phrase`(${THIRD_PARTY}|partners|providers|companies|brokers|networks|businesses|affiliates|operators) …3- verb=(provide|provides|give|gives|send|sends|pass|passes|disclose|discloses) us [with] …4- (information|data)`,
      // another company hands data to the service: "X shares its members' information with us", "information may be transferred to the Company"
      phrase`(share[s]|provide[s]|send[s]|give[s]|passes)<!(you …2 *) …6- (information|data) …2 with us|(information|data) …2 (is|are|be) [automatically] (transferred|sent|passed|provided) [automatically] to (us|the Company)`,
    ],
    note: 'The service obtains data about you from other companies: brokers, partners, social networks.',
    examples: {
      match: [{ text: 'We may receive information about you from third parties such as data brokers.', status: 'yes' }, { text: 'We may collect details about you from various sources, for example from payment partners.', status: 'yes' }, { text: 'Data brokers may also provide us with more information about you.', status: 'yes' }, { text: 'Our partners never give us data about your purchases.', status: 'no' }, { text: 'We may receive information from third-party sources, including identity verification services.', status: 'yes' }, { text: 'Our parent company shares its customers\' contact data with us so we can send them offers.', status: 'yes' }, { text: 'Your gaming profile information may be transferred automatically to us when you link the two accounts.', status: 'yes' }],
      noMatch: ['You provide us with information when you sign up.', 'We receive requests from other companies to advertise here.', 'We collect information from you when you register.', 'We do not sell your data.', 'If you choose to share your phone number with us, we will text you order updates.'],
    },
  },
  {
    id: 'collected/cookies:reliance',
    // every pattern names cookies: most sentences skip the rule at once
    hint: phrase`*cookie*`,
    section: 'collected',
    finding: 'cookies',
    // the hit: the user refusing or removing cookies, or the site doing without them
    patterns: [
      phrase`(disabl*|block*|reject*|refus*|declin*|delet*|remov*|stop*|turn* off|switch* off|(not|n't) [*] accept*|without) …4- cookies|cookies …2 (are|is) (disabled|blocked|rejected|refused|turned off|switched off)|(rel(y|ies)|depend[s]) on cookies|(through|with) the (use|aid) of cookies`,
    ],
    // what it costs: the site or its features stop working or are limited
    cue: [
      phrase`(cannot|can't|can not|unable to|not be able to)|(not|n't|never) …3 (function|work|operat|load|available|access)*|stop (working|functioning)|(limit|impair|affect|restrict|prevent|degrad|reduc)* …5- (functionality|function[s]|feature[s]|use|access|ability|experience|performance|part[s]|portion[s]|area[s]|service[s]|site[s]|website[s]|what|how)|(inaccessible|unavailable|difficult or impossible|only available|required|necessary|essential)`,
    ],
    polarity: 'yes',
    implied: true,
    note: 'A warning that the site needs cookies ("if you disable cookies, parts of the site may not work") says the service uses them. The refusal is the user\'s hypothetical, so it never reads as a denial.',
    examples: {
      match: [
        { text: 'If you switch off cookies in your browser, the checkout will stop working.', status: 'yes' },
        { text: 'Parts of the app depend on cookies, so blocking them may limit what you can do.', status: 'yes' },
        { text: 'Without cookies you cannot stay signed in.', status: 'yes' },
        { text: 'Some pages are only available through the use of cookies.', status: 'yes' },
      ],
      noMatch: ['Most of the site keeps working if you switch cookies off, though you will need to sign in more often.', 'You can delete cookies in your browser settings.', 'Cookies are small text files.'],
    },
  },
  ...purposeRules(),
  ...unspecifiedRules(),
];

/**
 * `collected/unspecified`: the service collects or uses personal data
 * without naming a type ("We use the information we collect to operate the
 * service", "Acme collects information about your transactions"). Only
 * first-party statements, never scope/intro, contact, change, security,
 * retention or rights sentences. A negated hit of the broad patterns is
 * dropped ("we do not sell the information we collect" says nothing about
 * collecting); explicit denials are a separate, narrow rule.
 */
function unspecifiedRules(): Rule[] {
  const base = { section: 'collected' as const, finding: 'unspecified', skipIf, unless: [...NOT_A_PRACTICE, ...OTHER_TOPIC] };
  // a capitalised name as the subject, not a sentence opener ("Acme collects", not "Please use")
  const NAME = String.raw`(?!(?:You|We|They|It|This|That|These|Those|Please|If|When|Where|While|Users?|Visitors?|Members?|Customers?|Parents?|Children|Some|Many|Most|Any|Each|All|Advertisers?|Partners?)\b)[A-Z][A-Za-z0-9&-]{2,30}`;
  const verb = String.raw`(?:collect(?:s|ed)?|gather(?:s|ed)?|save(?:s|d)?|ask(?:s|ed)?|request(?:s|ed)?|obtain(?:s|ed)?|receive(?:s|d)?|use(?:s|d)?|process(?:es|ed)?|combine(?:s|d)?|store(?:s|d)?|acquire(?:s|d)?|record(?:s|ed)?|analy[sz]e(?:s|d)?|learn(?:s|ed)?|compile(?:s|d)?|aggregate(?:s|d)?|access|track)`;
  return [
    {
      ...base,
      id: 'collected/unspecified',
      onNegated: 'drop',
      patterns: [
        new RegExp(String.raw`\b${verb}(?<=\b(?:we|us)\s(?:[\w'’]+\s){0,3}?${verb})\s(?:[\w'’/-]+,?\s){0,5}?${PI}\b`, 'i'),
        new RegExp(String.raw`\b${PI}\s(?:(?!not\s|never\s)[\w'’/-]+,?\s){0,5}?(?:is|are|be|being|been)\s(?:(?!not\s|never\s)\w+\s)?(?:collected|used|gathered|obtained|processed|stored|combined|recorded|retrieved|compiled|aggregated)\b(?!\sby\s(?:third|other|these|those|such|advertisers|partners))`, 'i'),
        new RegExp(String.raw`\b${PI}\s(?:that\s|which\s)?(?:we|you)\s(?:\w+\s){0,2}?(?:collect|gather|obtain|receive|provide|submit|give|supply|enter)\b|\byou\s(?:\w+\s){0,2}?(?:provide|submit|supply|give|enter)\s(?:us\s(?:with\s)?)?(?:\w+\s){0,3}?${PI}\b`, 'i'),
        new RegExp(String.raw`\b(?:collects|uses|gathers|receives|obtains|stores|processes|compiles|combines|records)(?<=\b(?:Company|${NAME})\s(?:(?:may|will|also|only|can)\s){0,2}\w+)\s(?:[\w'’/-]+,?\s){0,4}?(?:information|data)\b`),
        new RegExp(String.raw`\b(?:collect|use|gather|receive|obtain|store|process|record)(?<=\b(?:Company|${NAME})\s(?:(?:also|only)\s)?(?:may|will|can)\s(?:(?:also|only)\s)?\w+)\s(?:[\w'’/-]+,?\s){0,4}?(?:information|data)\b`),
      ],
      note: 'The service collects or uses personal information without naming a type. First-party statements only (we / the company / the information we collect / you provide); scope, contact, policy-change, security, retention and rights sentences are left out. Negated hits are dropped: only the narrow denial rule reports `no`. The card folds this finding away when a typed `collected` finding exists.',
      examples: {
        match: [{ text: 'We use the information we collect to operate and improve the service.', status: 'yes' }, { text: 'Brightwater collects information about your orders with us.', status: 'yes' }, { text: 'Brightwater may use account data to tell you about service changes.', status: 'yes' }, { text: 'We may ask you to submit certain information so we can enter you in a prize draw.', status: 'yes' }, { text: 'Information submitted through the form is used to answer your request.', status: 'yes' }, { text: 'You may supply us with personal information when you enter a contest.', status: 'yes' }],
        noMatch: ['We do not collect personal information unless you register.', 'This Privacy Policy explains how we collect and use information.', 'If you have questions about the information we collect, contact us.', 'We use reasonable safeguards to protect your information.', 'We retain information as long as necessary.', 'You can update the information you provided in your settings.', 'We do not sell the information we collect.', 'Advertisers may use information about your visits.', 'Anything you enter on a partner\'s website is governed by that partner\'s privacy policy.', 'Whatever you post on the message boards can be read and collected by other visitors.', 'What information do we collect?', 'If you choose not to give us this information, you may be unable to use some features.', 'We limit access to this data to staff who need to know it.', 'Please use this contact information only for privacy questions.', 'This information is not used to build a profile of you.'],
      },
    },
    {
      ...base,
      id: 'collected/unspecified:purpose-item',
      onNegated: 'drop',
      // a bare purpose item has no subject: the first party is the implied actor, whoever else the item names
      skipIf: skipIf.filter((k) => !casedPhrase`*actor*`.test(k.why)),
      unless: [...NOT_A_PRACTICE.filter((re) => re !== SELF_DESCRIBED), ...OTHER_TOPIC],
      // a bare item of a "we use it to:" list; in a lone segment the trailing ";" marks it as a list item
      patterns: [phrase`^[to] (provide|personali(s|z)e|customi(s|z)e|improve|deliver|send|respond|process|fulfi[l]l|administer|operate|maintain|develop|prevent|detect|investigate|enforce|allow|enable|facilitate|implement|conduct|communicate|notify|contact|verify|display|manage|offer|recogni(s|z)e|remember|measure|diagnose|understand|analy(s|z)e|research|help|inform|present|tailor|evaluate|ensure|carry out)`,
        phrase`^(providing|personali(s|z)ing|customi(s|z)ing|improving|delivering|sending|responding|processing|fulfi[l]ling|administering|operating|maintaining|developing|preventing|detecting|investigating|enabling|facilitating|conducting|communicating|notifying|contacting|verifying|displaying|managing|offering|recogni(s|z)ing|remembering|measuring|diagnosing|understanding|analy(s|z)ing|researching|tailoring|saving|accumulating|determining|informing|presenting|evaluating|answering|allowing you)`,
        phrase`^for …2 (purposes|fraud (detection|prevention)|research|analytics|customer service|internal [business] (purposes|operations))`,
      ],
      // a lone "To …" item with no closing punctuation is a list item too
      cue: [phrase`(;|,)[ ][and|or][ ]${/$/}| (and|or)${/$/}`, /^\W{0,3}To\s[a-z]+\b[^.;:!?]{0,400}$/],
      context: [USE_CONTEXT],
      note: 'An item of a list of purposes the service uses data for ("prevent fraud;", "provide customer support;"): a use of personal data with no type named. Needs a use lead-in/heading, or a list-item ending (";", "; and").',
      examples: { match: [{ text: 'We use the information we collect to:\n- provide technical support for the service;', status: 'yes' }, { text: 'Answering the questions you send to our help desk;', status: 'yes' }, { text: 'for fraud detection and prevention;', status: 'yes' }, { text: 'offer you products from our partners and other third parties;', status: 'yes' }, { text: 'understand how visitors use the app so that we can improve it;', status: 'yes' }, { text: 'To allow you to join live sessions when you choose to do so', status: 'yes' }], noMatch: ['Provide feedback via our contact form.', 'We may share your data:\n- with our service providers;'] },
    },
    {
      ...base,
      id: 'collected/unspecified:none',
      unless: [...NOT_A_PRACTICE, OTHER_TOPIC[0]!, OTHER_TOPIC[2]!],
      patterns: [new RegExp(String.raw`\b(?:collect|gather|obtain|request|ask\s(?:you\s)?for|require|store)\s(?:any\s)?(?:personal(?:ly)?\s(?:identifiable\s|identifying\s)?(?:information|data)|PII|information\sthat\s(?:personally\s)?identifies\syou)\b`, 'i')],
      cue: [phrase`(we|us|this (site|website|app|service))|(does|do) not [*] (collect|gather|obtain|request|store)`],
      note: 'A plain statement about collecting personal information: the one rule that can report `no` ("We do not collect personal information"). "…unless you provide it" stays a conditional yes.',
      examples: { match: [{ text: 'We do not collect any personal information.', status: 'no' }, { text: 'Brightwater does not automatically collect personal information from visitors.', status: 'no' }, { text: 'We do not collect personal information unless you choose to provide it.', status: 'no' }], noMatch: ['We do not sell personal information.'] },
    },
  ];
}

/**
 * "We use your information to send you newsletters" names no data type, but
 * the purpose implies one: sending implies contact data, processing orders
 * implies payment data, personalising and measuring imply usage data. Only in
 * first-party use statements or bare purpose-list fragments.
 */
function purposeRules(): Rule[] {
  // a purpose implies the data is used; a purpose denied ("we do not use your data for advertising") denies no collection
  const base = { section: 'collected' as const, cue: [USE_CUE, PURPOSE_FRAGMENT], context: [USE_CONTEXT], skipIf, onNegated: 'drop' as const };
  // "we may send you newsletters" is itself a use of contact data
  const sendCue = /\b(?:we|us|company)\s(?:\w+\s){0,2}?(?:send|e-?mail|contact|call|text|mail)\s(?:[\w-]+,?\s){0,8}?(?:to\s)?you\b/i;
  // "Acme Sports will periodically send you newsletters": a capitalised name as the sender
  // a name word is at most 40 chars: `[\w&-]+` restarted at every `&` of an `A&A&…` run (quadratic)
  const namedSendCue = casedPhrase`${/[A-Z]/}${/[\w&-]{1,40}/} [(will|may|can|also|periodically|occasionally|regularly)] [(will|may|can|also|periodically|occasionally|regularly)] [(will|may|can|also|periodically|occasionally|regularly)] (send|e[-]mail) (you|users|members|subscribers)`;
  return [
    {
      ...base,
      id: 'collected/contact:purpose',
      finding: 'contact',
      cue: [USE_CUE, PURPOSE_FRAGMENT, sendCue, namedSendCue],
      patterns: [
        phrase`(send|e[-]mail|contact|text|call) (you|users|customers|members)|notify (you|users|customers|members) (of|about) …2 (offer[s]|product[s]|services|promotion[s]|event[s]|special[s]|new*)|communicat* with (you|users)|respond [*] to [your] (inquir*|request[s]|questions|comments|communications|e[-]mail[s]|feedback)|(newsletter[s]|promotional e[-]mail[s]|e[-]mail newsletter[s])`,
      ],
      note: 'Sending messages to the user or answering them implies contact data is used.',
      examples: { match: [{ text: 'We use the information we collect to send you newsletters and updates.', status: 'yes' }, { text: 'respond to your inquiries, requests, and comments;', status: 'yes' }, { text: 'Brightwater will periodically send you newsletters about new features.', status: 'yes' }, { text: 'We may send newsletters, tips, and other updates to you by e-mail.', status: 'yes' }], noMatch: ['We send data to our servers.', 'You can contact us at any time.'] },
    },
    {
      ...base,
      id: 'collected/financial:purpose',
      finding: 'financial',
      patterns: [phrase`(process|complete|fulfi[l]l|handle)* …3 (payment[s]|order[s]|transaction[s]|purchase[s]|subscription[s]|billing|refund[s])`],
      note: 'Processing orders or payments implies payment data is used.',
      examples: { match: [{ text: 'We use your information to process your orders and payments.', status: 'yes' }, { text: 'complete transactions you request;', status: 'yes' }], noMatch: ['We process data in the United States.', 'Orders ship within two days.'] },
    },
    {
      ...base,
      id: 'collected/account:purpose',
      finding: 'account',
      patterns: [phrase`(create|manage|administer|maintain|set up|open) …3 (account[s]|registration[s]|membership[s]|profile[s])|authenticat* (you|users|your (identity|account))`],
      note: 'Creating or managing an account implies account data is used.',
      examples: { match: [{ text: 'create an online services account if you have requested one;', status: 'yes' }, { text: 'We use your data to manage your account.', status: 'yes' }], noMatch: ['You can delete your account at any time.', 'We have offices in Denver.'] },
    },
    {
      ...base,
      id: 'collected/activity:purpose',
      finding: 'activity',
      patterns: [
        phrase`(personali(s|z)*|customi(s|z)*|tailor*) …4 (experience[s]|content|service[s]|advertising|ads|offers|recommendations|site[s]|website[s]|communications)`,
        phrase`(understand|analy(s|z)e|measure|monitor|study) …3 (how …2 (use|uses|used|interact|navigate|access)|usage|traffic|trends|the use of|patterns|effectiveness|performance)`,
        phrase`improve …2 (our|the) [*] (service[s]|site[s]|website[s]|product[s]|content|offerings|features|app[s]|experience)|recogni(s|z)e (you|your (browser|device|computer))|(market|audience|marketing) (research|analys(i|e)s)|interest-based (content|advertising|ads)`,
      ],
      note: 'Personalising, measuring and improving the service imply usage data is used.',
      examples: { match: [{ text: 'Customize the content you see when you use our Services;', status: 'yes' }, { text: 'We use this information to understand how visitors use our site.', status: 'yes' }], noMatch: ['We are always working to improve.', 'You can customize your settings.'] },
    },
  ];
}
