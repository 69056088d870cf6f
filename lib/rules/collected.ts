/**
 * `collected`: what the service gathers about you. A data-type phrase counts
 * when its sentence talks about collecting/receiving/using data, or when the
 * heading or list lead-in does ("Information We Collect", "we collect:").
 */
import type { Rule, RuleExample } from './types';
import { RECIPIENT_RE } from './gazetteer';
import { CHOICE_SENTENCE, COLLECT_CONTEXT, COLLECT_CUE, POLICY_CHANGE, POLICY_SCOPE, POLICY_SELF_DESCRIPTION, PURPOSE_FRAGMENT, REFERENCE_SENTENCE, SHARE_STATEMENT, THIRD_ACTOR, THIRD_PARTY_DISCLAIMER, USE_CONTEXT, USE_CUE } from './vocab';

const cue = [COLLECT_CUE];

/**
 * The first party itself gathers or uses data in the same sentence. Whole
 * verbs only ("our website users" is not "our website uses").
 */
const FIRST_COLLECT = /\b(?:we|us|our(?<!\b(?:on|to|from|of|at|through|via|in|with|by|for|across|within)\sour)\s(?:sites?|websites?|services?|apps?|servers?|systems?))\s(?:\w+\s){0,2}?(?:collect\w*|gather\w*|receiv\w*|obtain\w*|stor(?:e|es|ed|ing)|log(?:s|ged|ging)?|record\w*|us(?:e|es|ed|ing)|process\w*|ask\w*|request\w*|track\w*|access\w*|keep\w*|retain\w*|automatically|combin\w*|maintain\w*|captur\w*)\b|\bwe(?:,\s|,?\s(?:and|or|and\/or)\s)(?:[\w'’-]+,?\s){1,6}?(?:may\s|will\s|also\s|can\s){0,2}(?:collect|gather|receive|obtain|use|process|track|record|store)\w*\b|\byou\s(?:\w+\s)?(?:provide|give|submit|enter|supply)\b|\bprovided\sby\syou\b|\b(?:collected|gathered|received|stored|logged)\sby\s(?:us|our)\b/i;

/**
 * The same, but not in a relative clause about the data: "we may disclose
 * information that we collect" is a disclosure, the collecting is background.
 */
const FIRST_COLLECT_MAIN = new RegExp(FIRST_COLLECT.source.replace(String.raw`\b(?:we|us|our`, String.raw`\b(?<!\b(?:that|which|information|data|details)\s)(?:we|us|our`), 'i');
const context = [COLLECT_CONTEXT];

/** The first party gathers data (not merely uses, keeps or protects it), in a main clause. */
const FIRST_GATHERS = /\b(?:we|us)(?<!\b(?:that|which|information|data|details)\s(?:we|us))\s(?:\w+\s){0,2}?(?:collect\w*|gather\w*|receiv\w*|obtain\w*|log(?:s|ged|ging)?|record\w*|ask\w*|request\w*|track\w*|captur\w*|automatically)\b|\b(?:we|us)(?<!\b(?:that|which|information|data|details)\s(?:we|us))\s(?:\w+\s){0,2}?(?:use|uses|process|analy[sz]e)\s(?:[\w'’-]+\s){0,4}?(?:information|data|details)\b|\b(?:is|are|be|being)\s(?:automatically\s)?(?:collected|gathered|logged|recorded|captured|saved|stored)\b/i;

/** Data leaves the first party: disclosure, sale, transfer. */
const DISCLOSES = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transmit(?:s|ted|ting)?|transferr?(?:s|ed|ing)?|exchang(?:e|es|ed|ing)|pass(?:es|ed)?|provid(?:e|es|ed)|giv(?:e|es|en)|mak(?:e|es|ing)|made)(?<!\byou\s(?:\w+\s){0,2}\w+)\s(?:[\w'’-]+,?\s){0,10}?(?:with|to)\s(?!(?:us|you|your)\b)(?:[\w-]+\s){0,4}?(?:third|other|others|outside|partners?|affiliat\w*|advertisers?|sponsors?|compan(?:y|ies)|service\sproviders?|providers|vendors?|businesses|organi[sz]ations|entities|contractors|agents|processors?|buyers?|acquir\w*|successors?|governments?|law\senforcement|authorities|subsidiar\w*|parent|those|these|them|anyone|the\spublic|publishers?|marketers?|merchants?|institutions)\b|\b(?:sell|sells|sold|rent|rents|rented)\b|\b(?:disclos(?:e|es|ed|ing)|shar(?:e|es|ed|ing))(?<!\byou\s(?:\w+\s){0,2}\w+)\s(?:your|personal|such|this|that|these|any|certain|some|it|information|data)\b|\b(?:disclosure|sale)\sof\s(?:your\s|personal\s|this\s|such\s)?(?:information|data)\b/i;

/** THIRD_ACTOR without "the Services" / "the Sites", which is how most policies name the first party's own service. */
const THIRD_ACTOR_OWN = new RegExp(
  THIRD_ACTOR.source.replace('|they|', String.raw`|they(?<!\b(?:users?|visitors?|customers?|members?|people|individuals?|consumers?|players?|subscribers?)\s(?:\w+\s){0,4}?(?:when|if|as|after|before|once|while|whenever|until|who|where|so\sthat)\sthey)(?!\s(?:are|were|have\sbeen)\s(?:made|sent|posted|created|submitted|provided|no\slonger))|`).replace(String.raw`(?:these|those|such|the)\s(?:companies|parties|entities|(?:third|3rd)\sparties|partners|providers|services|networks|vendors|tools|advertisers|sites)`, String.raw`(?:these|those|such)\s(?:companies|parties|entities|(?:third|3rd)\sparties|partners|providers|services|networks|vendors|tools|advertisers|sites)|the\s(?:companies|parties|entities|(?:third|3rd)\sparties|partners|providers|networks|vendors|advertisers)`),
  'i',
);

/** CHOICE_SENTENCE without "most browsers": "information is collected by most browsers" is collection; cookie advice is COOKIE_CHOICE. */
const CHOICE_OWN = new RegExp(CHOICE_SENTENCE.source.replace(String.raw`|\bmost\s(?:web\s|internet\s)?browsers\b`, ''), 'i');

/** Outside actors that THIRD_ACTOR does not name: ad networks, embedded features, "such services". */
const THIRD_ACTOR_MORE = /\btheir\s(?:sites?|websites?|services|apps?|platforms?)\b|\b(?:advertising|ad)\s(?:networks?|companies|servers?|technology\scompanies)\b|\bsuch\s(?:other\s)?(?:[\w-]+\s)?(?:services|providers|companies|features|sites|websites)\b|\bthese\s(?:features|widgets|plug-?ins|buttons)\b|\bcontent\sproviders?\b|\bother\scompanies\b/i;

/** Managing, refusing or disabling cookies is the user's choice, not the practice. */
const COOKIE_CHOICE = /\b(?:manag(?:e|es|ing)|disabl(?:e|es|ed|ing)|prevent(?:s|ing)?|stop(?:s|ping)?|refus(?:e|es|ing)|reject(?:s|ing)?|block(?:s|ing)?|delet(?:e|es|ing)|remov(?:e|es|ing)|control(?:s|led|ling)?|permit|accept(?:s|ing)?|turn(?:s|ed)?\soff|opt(?:ing)?[\s-]?out\sof|leave)\s(?:[\w-]+\s){0,4}?(?:cookies?|tracking\stechnolog(?:y|ies)|web\sbeacons?|local\sshared\sobjects)\b|\bcookies?\s(?:\w+\s){0,2}?(?:are|is)\s(?:not\s)?(?:set\sto\saccept|disabled|enabled|blocked|rejected|turned\soff)\b|\bcookie\s(?:settings|preferences|options)\b|\bwithout\s(?:them|cookies)\b|\bcontrolled\sthrough\syour\sbrowser\b|\bcannot\sbe\s(?:rejected|disabled|deleted|controlled|managed|removed|blocked)\b/i;

/** Explanations of what cookies, beacons and clear GIFs are in general, not what this service does. */
const COOKIE_EXPLAINED = /\b(?:a|an|each|any)\s(?:[\w-]+\s)?(?:cookie|web\sbeacon|pixel\stag|clear\sgif|beacon|electronic\simage)\s(?:\([^)]{0,60}\)\s)?(?:is|enables|allows|can|contains|may\sbe)\b|\b(?:session\s|persistent\s|flash\s)?(?:cookies|clear\sgifs|web\sbeacons|pixel\stags|beacons|local\sshared\sobjects)\s(?:\([^)]{0,80}\)\s)?(?:are|is|enable|allow|can)\s(?:only\s|also\s|often\s|typically\s|usually\s|generally\s|essentially\s)?(?:a|an|tiny|small|your|graphics?|images?|pieces?|bits?|files?|text|strings?|similar|like|read\sonly|unable|a\swebsite|the\ssite|websites?)\b|\bcommon\s(?:internet\s|industry\s)?practice\b|\bmany\s(?:\w+\s){0,2}?(?:sites|websites)\suse\b|\bin\scontrast\sto\b/i;

/** Functions done by vendors ("Examples include hosting our web servers, processing credit card payments"), outsourcing. */
const OUTSOURCED = /\bexamples?\s(?:may\s)?include\s(?:\w+\s)?(?:\w+ing|order\sfulfillment)\b|\bperform\w*\s(?:\w+\s)?(?:services|functions)\b|\bon\sour\sbehalf\b|\b(?:we|us)\s(?:\w+\s)?(?:use|uses|employ|engage|contract\swith)\s(?:a|an|(?:third|3rd)[\s-]part(?:y|ies)|outside|other|various)\s(?:[\w-]+\s){0,3}?(?:company|companies|part(?:y|ies)|providers?|services?|vendors?|processors?)\b/i;

/** What users post is seen by others. */
const PUBLIC_POSTING = /\b(?:read|seen|viewed|collected|used|accessed)\s(?:\w+\s){0,3}?by\s(?:other|others|anyone|any\sone|third|the\spublic|outside|any\soutside)\b|\bpublic(?:ly)?\s(?:available|posted|visible|displayed|areas?|forums?|activities|profiles?)\b|\bbecomes?\spublic\b|\bmade\spublic\b|\b(?:publish|display)\s(?:\w+\s){0,2}?(?:your|certain)\b|\bvisible\sto\b|\b(?:other|others)\s(?:\w+\s){0,2}?(?:may|can|could)\s(?:\w+\s)?(?:see|view|read|access)\b|\bfor\sother\s(?:people|users)\sto\ssee\b/i;

/** Advice on passwords and phishing. */
const ACCOUNT_SAFETY = /\bphishing\b|\bnever\s(?:[\w-]+\s){0,3}?(?:ask|request)\w*\b|\bnever\ssend\w*\b|\b(?:not|never)\s(?:share|sharing|disclose|reveal)\s(?:\w+\s)?(?:passwords?|user\sids?|pins?)\b|\bkeep\s(?:\w+\s){0,4}?(?:passwords?|user\sids?|pins?)\s(?:\w+\s)?(?:confidential|secret|private|safe)\b|\bpasswords?\s(?:\w+\s)?(?:are|is)\srequired\b|\brequire\s(?:\w+\s){0,2}?(?:to\senter\s)?(?:a\s)?password\b|\baccess\sto\syour\s(?:computer|device)\b|\bpassword[\s-]protected\b/i;

/** A survey or contest named in a list of activities ("when you register, make a purchase, enter a contest or complete a survey"). */
const SURVEY_AS_OCCASION = /\b(?:contests?|surveys?|sweepstakes|polls?|questionnaires?)\b[^.;]{0,80}?,\s(?:or\s|and\s)?(?:\w+\s){0,3}?(?:register|purchas|order|subscrib|post|buy|search|creat|mak|sign|request|communicat|contact|us|visit|appl|participat|complet|enter)\w*\b|\b(?:register|purchas|order|subscrib|post|buy|search|creat|mak|sign|request|communicat|contact|visit|appl)\w*\b[^.;]{0,120}?,\s(?:or\s|and\s)?(?:\w+\s){0,4}?(?:contests?|surveys?|sweepstakes|polls?|questionnaires?)\b/i;

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
  { has: /\byou\sshould\s(?:not|never)\s(?:\w+\s)?(?:submit|provide|send|post|disclose|share)\b/i, why: 'advice to the user is not a practice' },
  { has: THIRD_PARTY_DISCLAIMER, why: 'a disclaimer about other companies\' sites states no practice' },
  { has: /\bif\syou\s(?:do\snot|don't|choose\snot\sto|decline\sto|refuse\sto)\s(?:provide|give|submit|allow|share)\b|\b(?:cannot|can't|not\sbe\sable\sto|unable\sto)\s(?:[\w,]+\s){0,12}?unless\syou\s(?:provide|give|submit)\b/i, lacks: FIRST_GATHERS, why: 'what happens if the user withholds data is a choice' },
  { has: /\bmerger\b|\bacquisition\b|\bbankruptcy\b|\binsolvency\b|\breorgani[sz]ation\b|\bsale\sof\s(?:\w+\s){0,4}?assets\b/i, lacks: FIRST_GATHERS, why: 'business transfers are disclosure' },
  { has: /\(\s?(?:collectively,?\s)?["“](?:we|us|our)["”]|["“](?:we|us)["”]\s?(?:or|and|,)\s?["“]/i, why: 'the sentence introduces the company ("we", "us"), not a practice' },
  { has: /\b(?:transferr?\w*|stor(?:e|ed|es|ing)|process(?:ed|es|ing)?|hosted|located)\s(?:[\w,]+\s){0,6}?(?:in|to)\s(?:the\s)?(?:United\sStates|U\.S\.|USA|other\scountries|countries\soutside|any\sother\scountry)\b/i, lacks: FIRST_GATHERS, why: 'where data is stored or transferred is international' },
  { has: /\bthis\ssection\s(?:\w+\s)?(?:provides|describes|explains|covers)\b|\b(?:learn|read|find\sout)\smore\sabout\b|\b(?:please\s)?click\s(?:on\s)?(?:here|learn\smore)\b|\bwe\sare\snot\sresponsible\b|\b(?:data|information)\s(?:is|means|refers\sto)\s(?:the\s|any\s|all\s)?(?:\w+\s){0,2}?information\s(?:that|which|other)\b/i, why: 'a pointer, a disclaimer or a definition states no practice' },
  { has: CHOICE_OWN, lacks: FIRST_COLLECT, why: 'the sentence is about the user\'s choices' },
  { has: SHARE_STATEMENT, lacks: FIRST_COLLECT_MAIN, why: 'the sentence is about disclosure, not collection' },
  { has: DISCLOSES, lacks: FIRST_GATHERS, why: 'the sentence is about what happens to data once collected: disclosure, sale, transfer' },
  {
    has: /\byou\s(?:\w+\s)?(?:can|may|could|are\sable\sto|have\sthe\sright\sto)\s(?:\w+\s){0,2}?(?:review|update|access|edit|correct|change|delete|modify|view|manage)\b|\bright\sto\s(?:access|rectif|correct|delete|eras)|\b(?:correct|update|edit|modify|review|delete|remove|deactivate|change|amend|rectify)\w{0,3}\s(?:[\w,\/'’-]+\s){0,5}?(?:your|their|the|this|any|all|such|users?['’]?)\s(?:[\w-]+\s){0,3}?(?:information|data|details|address(?:es)?|profiles?|records?|account|password|preferences|settings)\b|\b(?:request|have|obtain|gain)\s(?:\w+\s)?access\sto\s(?:your|their|the)\b|\b(?:accurate|up\sto\sdate|inaccura\w+)\b/i,
    lacks: FIRST_GATHERS,
    why: 'the sentence is about the user accessing, correcting or deleting data',
  },
  { has: /\bsecur(?:e|ed|ely|ity)\b|\bprotect\w*\b|\bencrypt\w*|\bSSL\b|\bfirewalls?\b|\blast\s(?:four|4)\sdigits\b|\bunauthori[sz]ed\b/i, lacks: FIRST_GATHERS, why: 'the sentence is about protecting data' },
  { has: /\bchild(?:ren)?(?:'s|’s)?\b|\bminors?\b|\bunder\s(?:the\sage\sof\s)?1\d\b/i, why: 'children\'s data is reported under children' },
  { has: POLICY_CHANGE, why: 'notice of a policy change ("we will notify you by e-mail") is not collection' },
  { has: /\b(?:personal(?:ly)?\s(?:identifiable\s|identifying\s)?(?:information|data)|PII)["”]?,?\s(?:means|refers\sto|is\sdefined\sas|is\s(?:any\s)?information\s(?:that|which))\b|\bwhen\swe\suse\sthe\s(?:term|phrase|words?)\b|\bwe\smean\b/i, why: 'a definition of personal information names examples, not a practice' },
  { has: /\bplease\s(?:\w+\s){0,3}?include\b|\bin\syour\s(?:request|letter|correspondence|discussion)\b|\bif\syou\shave\s(?:\w+\s){0,2}?(?:questions?|concerns?|difficulty|trouble)\b|\b(?:your|all|any|each|such|the)\s(?:\w+\s)?requests?\s(?:must|should)\b|\bfor\sall\srequests\b|\b(?:e-?mail|send|mail|submit|direct|address)\s(?:\w+\s){0,2}?(?:requests?|questions|comments|inquiries|complaints)\s(?:\w+\s){0,3}?(?:to|using|at|by)\b|\blodge\sa\scomplaint\b/i, why: 'instructions for writing to the company, not collection' },
  { has: /\b(?:security|privacy)\s(?:\w+\s){0,6}?(?:has\sbeen|have\sbeen|may\shave\sbeen|was|is)\scompromised\b|\b(?:data|security)\sbreach\w*/i, why: 'breach notification is security' },
];

/**
 * Phrases that only occur when a policy talks about collecting that data:
 * they need no collection verb (purpose-list fragments, "Information about
 * your equipment: the type of browser…").
 */
const STRONG: Record<string, RegExp[]> = {
  identifiers: [/\bsocial\ssecurity\snumbers?\b|\bdriver'?s?\slicen[cs]e\snumbers?\b|\bpassport\snumbers?\b/i],
  financial: [/\b(?:credit|debit)\scard\s(?:numbers?|information|details|data)\b|\bbilling\sinformation\b|\bpurchase\shistory\b|\btransaction\shistory\b/i],
  location: [/\bgeo-?location(?:\sdata|\sinformation)?\b|\bGPS\s(?:location|data|coordinates)\b|\bprecise\slocation\b|\blocation\s(?:data|information)\b/i],
  device_ids: [/\bIP\saddress(?:es)?\b|\bInternet\sProtocol\s(?:\(IP\)\s)?address|\bdevice\s(?:identifiers?|IDs?)\b|\bunique\sdevice\s(?:identifiers?|IDs?)\b|\bUDIDs?\b|\bIDFAs?\b|\bMAC\saddress|\badvertising\s(?:identifiers?|IDs?)\b/i],
  device_info: [/\bbrowser\s(?:type|version)s?\b|\btype\sof\s(?:web\s)?browser\b|\boperating\ssystems?\b|\bdevice\s(?:type|model)s?\b|\bscreen\s(?:resolution|size)\b|\b(?:internet\sservice\sprovider|ISP)\b|\buser[\s-]agent\b|\bmobile\scarrier\b/i],
  activity: [/\bclickstream\b|\bpages?\s(?:you\s)?(?:viewed|visited)\b|\b(?:web\s)?pages[^.;]{0,40}?\byou\s(?:view|visit)\b|\blinks\syou\sclick\b|\bbrowsing\s(?:history|activity|behavior|behaviour)\b|\bsearch\s(?:queries|history|terms\syou)\b|\breferr(?:ing|er)\s(?:urls?|pages?|sites?|websites?)\b|\b(?:site|website|page)\syou\svisited\s(?:before|after)\b|\busage\s(?:data|information)\b|\blog\s(?:files?|data)\b|\btime\sspent\b|\bclick-?throughs?\b/i],
  demographic: [/\bdates?\sof\sbirth\b|\bbirth\s?dates?\b|\bgender\b|\bmarital\sstatus\b|\bhousehold\sincome\b|\bannual\sincome\b|\bdemographic\s(?:information|data|profile)\b/i],
};

function dataType(finding: string, patterns: RegExp[], note: string, match: Array<string | RuleExample>, noMatch: string[], veto?: RegExp[], extra: Partial<Rule> = {}): Rule {
  return { id: `collected/${finding}`, section: 'collected', finding, patterns, strongPatterns: STRONG[finding], cue, context, veto, skipIf, note, examples: { match, noMatch }, ...extra };
}

/** The policy describing itself ("to understand how we use your information", "this policy applies to…"). */
const SELF_DESCRIBED = /\b(?:describes?|explains?|outlines?|discloses?|sets\sout|tells\syou|understand|know|learn|aware\sof)\s(?:\w+\s){0,3}?(?:how|what|why|when|the\s(?:types|ways|kinds|categories))\b|\b(?:policy|notice|statement|program)\s(?:\w+\s){0,2}?(?:applies|covers|(?:does\snot|doesn't)\s(?:apply|cover))\b|\bcommitted\sto\b|\b(?:agree|consent)\w*\s(?:\w+\s){0,2}?to\s(?:the|our)\scollection\b/i;

/** Policy-level sentences that mention collection without stating a practice: scope, changes, questions. */
const NOT_A_PRACTICE = [
  POLICY_SCOPE,
  POLICY_SELF_DESCRIPTION,
  POLICY_CHANGE,
  /\b(?:if|should)\syou\shave\s(?:\w+\s){0,2}?(?:questions?|concerns?|comments|complaints)\b|\b(?:contact|e-?mail|write\sto|call)\sus\s(?:at|by|via|using|through)\b/i,
  // information given on another site or platform is that operator's business
  /\b(?:subject\sto|governed\sby)\s(?:\w+\s){0,4}?(?:privacy\s(?:polic\w+|notices?|statements?)|terms)\b|\bnot\s(?:be\s)?(?:subject\sto|governed\sby)\s(?:this|our)\b/i,
  // users who do not provide data lose features: a choice, not a practice
  /\bif\syou\s(?:do\snot|don't|choose\snot\sto|decline\sto|refuse\sto)\s(?:provide|give|submit|allow|share)\b|\b(?:not|unable)\s(?:be\sable\s)?to\s(?:use|access|participate\sin|take\sadvantage)\b/i,
  // using data "in accordance with the policy under which it was collected" is a promise about policy changes
  /\bin\saccordance\swith\s(?:this|the|our)\s(?:\w+\s){0,2}?(?:policy|notice|statement)\b|\bunder\swhich\s(?:\w+\s){0,3}?(?:collected|obtained)\b|\bin\sa\s(?:\w+\s)?(?:manner|way)\s(?:\w+\s)?different\b/i,
  // the policy introducing itself or a definition ("Payment Data is the information that…")
  /\bwe\sdescribe\b|\bfamiliari[sz]e\b|\btakes?\s(?:\w+\s){0,4}?seriously\b|\bnot\s(?:\w+\s)?govern\w*\b|\b(?:information|data)\s(?:is|means|refers\sto)\s(?:the\s|any\s|your\s|all\s)?(?:\w+\s){0,2}?(?:information|data)\s(?:that|which|other)\b/i,
  // a question is a title: "What Information Do We Collect?"
  /^[^?]{0,200}\?\W{0,3}$/,
  // other users or the public reading what you post
  /\b(?:read|seen|viewed|collected|used|accessed)\s(?:\w+\s){0,3}?by\s(?:other|others|anyone|any\sone|third|the\spublic|outside|any\soutside)\b|\bpublic\s(?:areas?|forums?|activities)\b|\bvisible\sto\b/i,
  // the policy describing itself: "…to understand how we use your information", "this policy applies to information…"
  SELF_DESCRIBED,
  /\bchoose\snot\sto\b|\b(?:it\sis|it's)\syour\schoice\b/i,
  THIRD_PARTY_DISCLAIMER,
];

/** Protecting, keeping or deleting data, and the user's rights over it, belong to other sections. */
const OTHER_TOPIC = [
  /\bsecur(?:e|ity)\b|\b(?:limit|restrict)\w*\s(?:\w+\s){0,2}?access\b|\bneed\sto\sknow\b|\bat\syour\sown\srisk\b|\bsafeguard\w*|\bencrypt\w*|\bunauthori[sz]ed\b|\bprotect(?:s|ed|ing)?\s(?:\w+\s){0,3}?(?:information|data|privacy)\b|\bkeep\s(?:\w+\s){0,3}?(?:safe|confidential)\b/i,
  // disclosure and transfer sentences are sharing / international, even when they also say "use"
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)(?!\sto\syou\b)|sell|sold|rent|forward(?:s|ed)?|transferr?(?:s|ed|ing)?)\b|\bin\sthe\s(?:United\sStates|U\.S\.)|\boutside\s(?:of\s)?(?:the\s)?(?:United\sStates|U\.S\.|EEA|European|EU|your\scountry)/i,
  /\bretain\w*|\bretention\b|\bas\slong\sas\s(?:\w+\s){0,3}?(?:necessary|needed|required|reasonably)\b|\bdelet\w*|\bdestr(?:oy|uction)\w*/i,
  /\b(?:you|users?|members?)\s(?:\w+\s)?(?:can|may|could|have\sthe\sright\sto|are\sable\sto)\s(?:\w+\s){0,2}?(?:review|access|edit|correct|update|delete|modify|change|view|opt|request)\b|\bright\sto\b/i,
  CHOICE_SENTENCE,
];

/** A generic name for personal data. */
const PI = String.raw`(?:personal(?:ly)?\s(?:identifiable\s|identifying\s)?(?:information|data)|PII|information|data)`;

export const collectedRules: Rule[] = [
  dataType(
    'contact',
    [
      /\be-?mail\s?(?:address(?:es)?|addresses)\b/i,
      /\b(?:your|full|first|last|real|legal|contact)\s(?:and\s(?:last|first)\s)?names?\b/i,
      /\bnames?(?:,|\sand|\sor)\s(?:\w+\s){0,3}?(?:e-?mail|address|phone|telephone)/i,
      /\b(?:tele)?phone\s(?:numbers?|no\.)|\bmobile\s(?:phone\s)?numbers?|\bcell(?:ular)?\s(?:phone\s)?numbers?|\bfax\snumbers?/i,
      /\b(?:postal|mailing|home|street|physical|shipping|billing|delivery)\s(?:\w+\s)?address(?:es)?\b/i,
      /\bcontact\s(?:information|info|details|data)\b/i,
      /\bEmail\saddress\sand\sname\b/i,
    ],
    'Names, e-mail, phone and postal addresses. Bare "name" and "address" are too generic (domain name, IP address), so they need a qualifier.',
    [{ text: 'When you register we collect your name and email address.', status: 'yes' }, { text: 'We collect:\n- Email address and name', status: 'yes' }, { text: 'We may ask for your mailing address and phone number.', status: 'yes' }],
    ['Contact us if you have questions.', 'We collect your IP address.', 'Your domain name is logged by the server.', 'If we change this privacy policy, we will notify you at your email address.', '"Personal information" means information such as your name or email address.', 'Please include your name and email address in your request.', 'We may disclose your name and mailing address to our shipping partners.', 'You can update your email address and phone number at any time in your account settings.'],
    [/\b(?:domain|user|screen|company|business|brand|product|file|display)\s?names?\b/i, /\bIP\saddress/i],
  ),
  dataType(
    'identifiers',
    [
      /\bsocial\ssecurity\s(?:numbers?|no)|\bSSNs?\b/i,
      /\bpassport\s(?:numbers?|details|data|information)?|\bdriver'?s?\s?licen[cs]e/i,
      /\b(?:tax|national|government(?:-issued)?|state)\s(?:identification|id|identifier)s?\b(?:\snumbers?)?/i,
      /\bgovernment[\s-]issued\s(?:photo\s)?(?:id|identification)/i,
    ],
    'Government or official identifiers (SSN, passport, licence, tax id).',
    [{ text: 'We may collect your Social Security number to verify your identity.', status: 'yes' }, { text: 'We may collect a copy of your driver\'s license to verify your identity.', status: 'yes' }],
    ['We collect your email address.', 'We assign a unique identifier to your device.'],
  ),
  dataType(
    'account',
    [
      /\buser\s?names?\b|\bscreen\snames?\b|\blogin\s(?:name|id|credentials|information|details)\b/i,
      /\bpasswords?\b/i,
      /\b(?:account|registration|profile|sign-?up|membership|login)\s(?:information|data|details|credentials|info)\b/i,
      /\bprofile\s(?:photos?|pictures?|images?|information|data)\b|\bavatars?\b/i,
      /\baccount\scredentials\b|\bsecurity\squestions?\b/i,
      /\bOAuth\sprofile\b/i,
    ],
    'Account profile and credentials: username, password, profile photo, registration data.',
    [{ text: 'We collect your username and password when you register.', status: 'yes' }, { text: 'When you create an account, we collect:\n- Password (hashed)', status: 'yes' }, { text: 'We collect the following data:\nAccount information: name, email and profile photo.', status: 'yes' }],
    ['Keep your password secret and do not share it.', 'We use cookies to remember you.', 'We will never e-mail you to ask for your password.', 'Your screen name is visible to other members of the forum.'],
    [/\bpassword\s(?:protect\w*|reset)/i],
  ),
  dataType(
    'financial',
    [
      /\b(?:credit|debit|payment|bank|charge)\s?cards?\b/i,
      /\b(?:payment|billing|financial|bank(?:ing)?|purchase|transaction|order)\s(?:information|info|details|data|account(?:s)?|history|histories|records?)\b/i,
      /\bcard\s(?:numbers?|details)\b|\bexpiration\sdates?\b|\bbank\saccount/i,
      /\bpurchases?\s(?:you\smake|made)/i,
      /\bcredit\s(?:history|reports?|scores?|worthiness)\b/i,
    ],
    'Payment cards, bank accounts, billing details, purchase and transaction history.',
    [{ text: 'To complete your order we collect your credit card number and billing address.', status: 'yes' }, { text: 'We store your purchase history.', status: 'yes' }],
    ['We do not store data about you.', 'Our products are sold online.', 'Only the last four digits of your card number are shown on receipts.', 'Examples include hosting our servers, processing credit card payments and shipping parcels.', 'Card details you enter at checkout travel over an encrypted SSL connection.'],
  ),
  dataType(
    'location',
    [
      /\b(?:geo-?)?locations?\b(?!\s(?:of\s(?:our|the)\s(?:servers?|offices?|stores?)))/i,
      /\bGPS\b|\bgeo-?location|\blatitude|\blongitude|\bgeographic(?:al)?\s(?:location|area|region|information|data)/i,
      /\b(?:zip|postal)\scodes?\b/i,
      /\bwhere\syou\sare\b/i,
    ],
    'Precise or approximate location (GPS, derived from IP, ZIP code).',
    [{ text: 'We collect your precise location when you use the mobile app.', status: 'yes' }, { text: 'We automatically collect:\n- IP address and approximate location', status: 'yes' }],
    ['Our servers are located in Germany.', 'Your account settings are stored securely.'],
    [/\blocated\b/i, /\blocations?\s(?:of\s(?:our|the)\s(?:servers?|offices?|stores?|data\scenters?))/i],
  ),
  dataType(
    'device_ids',
    [
      /\bIP\saddress(?:es)?\b|\bInternet\sProtocol\s(?:\(IP\)\s)?address/i,
      /\bdevice\s(?:identifiers?|ids?|identification)\b|\bunique\s(?:device\s)?(?:identifiers?|ids?)\b|\bUDIDs?\b|\bIDFAs?\b|\bMAC\saddress/i,
      /\b(?:advertising|mobile\sadvertising|ad)\s(?:identifiers?|ids?)\b|\bcookie\s(?:identifiers?|ids?)\b/i,
      /\bIMEI\b|\bAndroid\sID\b/i,
    ],
    'IP addresses and device, advertising or cookie identifiers.',
    [{ text: 'We automatically log your IP address.', status: 'yes' }, { text: 'We collect unique device identifiers from your phone.', status: 'yes' }],
    ['Your email address is required.', 'We respect your privacy.'],
  ),
  dataType(
    'device_info',
    [
      /\bbrowser\s(?:type|version|name|information|settings|language|and\sversion)s?\b|\btype\sof\s(?:web\s)?browser\b/i,
      /\boperating\ssystems?\b|\bOS\sversion\b/i,
      /\bdevice\s(?:type|model|information|info|data|characteristics|settings|name)s?\b|\btype\sof\s(?:mobile\s)?(?:device|computer)\b|\bhardware\smodel/i,
      /\bscreen\s(?:resolution|size)\b|\blanguage\s(?:preferences?|settings?)\b|\bmobile\s(?:carrier|network)\b|\b(?:internet\sservice\sprovider|ISP)\b/i,
      /\buser[\s-]agent\b|\bcomputer\s(?:type|information)\b|\bplatform\stype\b|\btime\szone\b/i,
    ],
    'Browser, operating system, device model, screen, language, ISP.',
    [{ text: 'We collect your browser type and operating system.', status: 'yes' }, { text: 'We collect these categories of data:\nDevice and browser data: browser type, screen resolution and language preferences.', status: 'yes' }],
    ['Please update your browser.', 'We welcome feedback.'],
  ),
  dataType(
    'cookies',
    [
      /\bcookies?\b|\bweb\sbeacons?\b|\bpixel(?:\stags?|s)?\b|\bclear\sgifs?\b|\bsingle-pixel\b|\bspotlight\stags\b/i,
      /\btracking\s(?:technolog(?:y|ies)|tools|pixels?|tags?)\b|\blocal\s(?:storage|shared\sobjects)\b|\bflash\scookies?\b|\bLSOs?\b/i,
      /\bfingerprint(?:ing)?\s(?:techniques|technolog\w*)|\bdevice\sfingerprint\w*|\bbrowser\sfingerprint\w*|\bSDKs?\b|\btags?\sand\sscripts\b/i,
    ],
    'Cookies, web beacons, pixels, local storage, SDKs, fingerprinting.',
    [{ text: 'We use cookies to remember your preferences.', status: 'yes' }, { text: 'Our emails contain web beacons.', status: 'yes' }, { text: 'We and our analytics partners may use cookies to count visits.', status: 'yes' }, { text: 'It does not store cookies or use browser local storage.', status: 'no' }],
    ['We value your trust.', 'Please read this policy carefully.', 'Cookies are small text files that websites place on your computer.', 'A web beacon is a tiny image embedded in a page or an e-mail.', 'Ad networks that show banners on our pages may set their own cookies.', 'Most of the site keeps working if you switch cookies off, though you will need to sign in more often.', 'You will need to adjust your cookie settings on every device you use.'],
    undefined,
    // a definition of cookies says nothing about this service's practice
    { cue: [COLLECT_CUE, /\b(?:us(?:e|es|ed|ing)|utili[sz]\w*|plac(?:e|es|ed|ing)|sets?|send|sends|serv(?:e|es|ed)|employ\w*|deploy\w*|contain\w*|rel(?:y|ies)\son)\b/i], unless: [/\b(?:a\s)?cookies?\s(?:is|are)\s(?:a\s|an\s)?(?:small|tiny|simple|text|unique|piece|pieces|bits?|data|files?|strings?|alphanumeric|identifiers?|information|used\sby\smany)\b|\bwhat\sare\scookies\b/i, COOKIE_EXPLAINED] },
  ),
  dataType(
    'activity',
    [
      /\bpages?\s(?:you\s)?(?:viewed|visited|visit|view|requested|accessed)\b|\b(?:web\s)?pages\syou\b|\bclick(?:stream|s|ed|-through)?\b/i,
      /\b(?:usage|log|activity|browsing|navigation|interaction|clickstream|traffic|analytics)\s(?:data|information|info|history|files?|records?|patterns?|statistics)\b/i,
      /\bsearch\s(?:queries|terms|history|requests)\b|\bfeatures?\s(?:used|you\suse)\b|\btime\sspent\b|\b(?:date|time)s?\sand\s(?:date|time)s?\b|\baccess\stimes?\b|\btimestamps?\b/i,
      /\breferr(?:ing|er|al)\s(?:urls?|pages?|sites?|websites?|domains?|links?)\b|\b(?:sites?|websites?|pages?)\syou\s(?:came\sfrom|visit\s(?:before|after))|\bexit\spages?\b/i,
      /\bhow\syou\s(?:use|interact|navigate|access)\b|\byour\s(?:online\s)?(?:activit(?:y|ies)|interactions?|use\sof\s(?:the|our))\b|\bonline\sactivit(?:y|ies)\b|\blog\sfiles?\b|\bserver\slogs?\b|\bactions\staken\b|\berror\slogs?\b|\bcrash\sreports?\b/i,
      /\bAPI\srequest(?:s|\smetadata)\b|\bfeature\susage\b|\berror\sreports?\b|\bdashboard\sinteractions\b|\bviewing\shistory\b|\bcontent\syou\s(?:view|watch|read)\b|\bads?\syou\s(?:see|click|view)\b/i,
    ],
    'Usage and online activity: pages viewed, clicks, searches, logs, timestamps, referrers.',
    [{ text: 'We automatically collect the pages you visit and the time spent on each page.', status: 'yes' }, { text: 'We automatically collect:\n- Pages visited and features used', status: 'yes' }],
    ['Visit our help page.', 'We are a small company.'],
  ),
  dataType(
    'demographic',
    [
      /\b(?:your\s)?age\b(?!\s(?:of|limit))|\bdates?\sof\sbirth\b|\bbirth\s?(?:date|day|year)s?\b|\bbirthdays?\b/i,
      /\bgender\b|\bsex\b(?!ual)|\bincome\b|\beducation(?:al)?\s(?:level|background|history)?\b|\bmarital\sstatus\b|\bethnicity\b|\brace\b|\bdemographic\w*\b|\bhousehold\s(?:size|income)\b|\bnationality\b/i,
    ],
    'Age, date of birth, gender, income, education, other demographics.',
    [{ text: 'We may ask for your gender and date of birth.', status: 'yes' }, { text: 'We collect demographic information such as your age.', status: 'yes' }],
    ['Our service is fast.', 'Terms and conditions apply.'],
    [/\bage\s(?:of|limit|requirement)|\bunder\sthe\sage|\bminimum\sage|\byears?\sof\sage\b|\bages?\s\d/i],
  ),
  dataType(
    'health',
    [/\bhealth\b(?!\s(?:insurance\sportability))|\bmedical\b|\bfitness\s(?:data|information)|\bheart\srate\b|\bprescriptions?\b|\bdiagnos[ie]s\b|\bwellness\sdata\b/i],
    'Health, medical and fitness data.',
    [{ text: 'We collect health information you enter, such as your heart rate.', status: 'yes' }, { text: 'We do not collect any medical information.', status: 'no' }],
    ['We keep your data safe.', 'This is a healthy habit.'],
  ),
  dataType(
    'biometric',
    [/\bbiometric\w*\b|\bface\s(?:geometry|scans?|prints?)\b|\bfacial\s(?:recognition|geometry|features)\b|\bvoice\s?prints?\b|\bfingerprints?\b(?!ing)|\bretina|\biris\sscans?/i],
    'Biometric identifiers: fingerprints, face geometry, voice prints.',
    [{ text: 'We collect biometric data such as face geometry to verify your identity.', status: 'yes' }],
    ['We use browser fingerprinting techniques.', 'We collect your email address.'],
    [/\bfingerprint\w*\s(?:techniques|technolog\w*)|\b(?:device|browser)\sfingerprint/i],
  ),
  dataType(
    'social',
    [
      /\bsocial\s(?:media|network(?:ing)?)\s(?:accounts?|profiles?|sites?|services?|platforms?|information|data|credentials|log-?in|sign-?in)?\b|\bsocial\s(?:log-?in|sign-?in|plug-?ins?)\b/i,
      /\b(?:sign|log)\s?(?:in|on|up)\s(?:with|using|through|via)\s(?:your\s)?(?:Google|Facebook|Twitter|Apple|Microsoft|GitHub|LinkedIn|Discord)\b/i,
      /\bFacebook\s(?:Connect|log-?in|profile|friends|ID)|\bfriends?\s(?:lists?|network)\b|\bOAuth\b|\bGoogle\sIdentity\sServices\b/i,
    ],
    'Data from social networks or social sign-in.',
    [{ text: 'If you log in with Facebook, we receive your public profile and friends list.', status: 'yes' }, { text: 'When you create an account, we collect:\n- OAuth profile data — if you sign in with Google (name, email, avatar)', status: 'yes' }],
    ['Follow us for news.', 'We collect your email address.'],
  ),
  dataType(
    'survey',
    [/\bsurveys?\b|\bquestionnaires?\b|\bcontests?\b|\bsweepstakes\b|\bpolls?\b|\bquizz?(?:es)?\b|\bpromotions?\syou\senter\b/i],
    'Survey, contest and sweepstakes answers.',
    [{ text: 'If you participate in a survey or contest, we collect the information you provide.', status: 'yes' }, { text: 'We collect your answers when you register, order or complete a survey.', status: 'yes' }],
    ['We collect your email address.', 'We respect your privacy.', 'We use your information to let you take part in contests and polls.', 'We collect information when you register, place an order, enter a contest or complete a survey.'],
    undefined,
    // the answers themselves must be collected: "take part in contests" alone is a feature, not a data type
    {
      cue: [/\b(?:collect\w*|ask\w*|request\w*|provid\w*|submit\w*|obtain\w*|receiv\w*|gather\w*|record\w*|enter\w*)\b[^.;]{0,80}?\b(?:information|data|details|responses|answers|entries|feedback|opinions)\b|\b(?:information|data|responses|answers|entries|feedback)\b[^.;]{0,60}?\b(?:collect\w*|provid\w*|submit\w*|obtain\w*|receiv\w*|gather\w*|record\w*)\b/i],
      context: undefined,
      // "when you register, make a purchase, enter a contest or complete a survey" lists occasions of collection, not survey answers
      skipIf: [...skipIf, { has: SURVEY_AS_OCCASION, lacks: /\b(?:responses?|answers?|feedback|opinions)\b|\b(?:survey|contest|sweepstakes|entry)\s(?:data|information|entries|responses|forms?)\b/i, why: 'a survey or contest named among other occasions of collection is not survey data' }],
    },
  ),
  dataType(
    'content',
    [
      /\b(?:messages?|files?|photos?|videos?|uploads?|documents?|attachments?|comments?|reviews?|posts?|conversations?|chats?|recordings?|support\stickets?|ticket\shistory|communications?|call\slogs?|content)\s(?:you|that\syou|which\syou)\s(?:send|upload|post|create|submit|share|provide|make|store)\b/i,
      /\b(?:user-generated|user)\scontent\b|\bcontent\syou\s(?:post|upload|create|submit|share|provide)\b|\bsupport\s(?:data|communications?|tickets?)\b|\bconversations?\b|\bcall\srecordings?\b|\bcommunications\swith\s(?:us|our)\b|\bcorrespondence\b/i,
      /\bmessages\syou\ssend\b|\bfiles,\scontracts\b|\buploaded\smaterials\b/i,
    ],
    'What the user creates or sends: messages, files, photos, uploads, support tickets, chats.',
    [{ text: 'We store the messages you send and files you upload.', status: 'yes' }, { text: 'We process the following data:\nSupport data: communications with our support team and ticket history.', status: 'yes' }],
    ['We send you messages about your account.', 'Our content is copyrighted.'],
  ),
  dataType(
    'professional',
    [/\bjob\stitles?\b|\bemployer\b|\bemployment\s(?:information|history|details)\b|\bcompany\snames?\b|\borganization\snames?\b|\bprofessional\s(?:information|details|background)\b|\boccupation\b|\bwork\shistory\b|\bbusiness\sdetails\b/i],
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
      /\b(?:receiv\w*|obtain\w*|collect\w*|get|gets|acquir\w*|supplement\w*|combin\w*|purchas\w*|gather\w*)\b[^.;]{0,50}?\b(?:information|info|data|details|it|them|records|lists?|PII)\b[^.;]{0,80}?\bfrom\s(?:(?:various|trusted|these|those|such|other|the\sfollowing|certain|selected|our|business|marketing|(?:third|3rd)[\s-]party)\s){0,2}(?:(?:third|3rd)[\s-]part(?:y|ies)|sources|companies|partners|data\s(?:brokers|providers|aggregators)|social\s(?:networks?|media)|public(?:ly)?\s(?:available\s)?(?:sources|records|databases)|commercially\savailable|outside\ssources|identity\sverification|payment\sprocessors|credit\sbureaus)/i,
      /\b(?:information|data)\sfrom\s(?:(?:third|3rd)[\s-]part(?:y|ies)|other\s)?sources\b|\bthird[\s-]party\ssources\b/i,
      // the data named first, then the first party receiving it: "data we receive from our partners"
      /\b(?:information|data|details)\s(?:that\s)?(?:we|us)\s(?:\w+\s)?(?:receive|obtain|get|collect|acquire|purchase)\s(?:about\syou\s)?from\s(?:(?:our|other|various|trusted|selected|(?:third|3rd)[\s-]party)\s){0,2}(?:partners|(?:third|3rd)[\s-]part(?:y|ies)|sources|companies|data\sbrokers|providers|affiliates)\b/i,
      // another company as the subject that hands data over: "third parties may also provide us with information about you"
      /\b(?:(?:third|3rd)[\s-]part(?:y|ies)|partners|providers|companies|brokers|networks|businesses|affiliates|operators)\s(?:[\w-]+\s){0,3}?(?<verb>provide|provides|give|gives|send|sends|pass|passes|disclose|discloses)\sus\s(?:with\s)?(?:[\w-]+\s){0,4}?(?:information|data)\b/i,
      // another company hands data to the service: "X shares its members' information with us", "information may be transferred to the Company"
      /\b(?:shares?|provides?|sends?|gives?|passes)(?<!\byou\s(?:\w+\s){0,2}\w+)\s(?:[\w'’-]+\s){0,6}?(?:information|data)\s(?:\w+\s){0,2}?with\sus\b|\b(?:information|data)\s(?:\w+\s){0,2}?(?:is|are|be)\s(?:automatically\s)?(?:transferred|sent|passed|provided)\s(?:automatically\s)?to\s(?:us|the\sCompany)\b/i,
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
    hint: /cookie/i,
    section: 'collected',
    finding: 'cookies',
    // the hit: the user refusing or removing cookies, or the site doing without them
    patterns: [
      /\b(?:disabl\w*|block\w*|reject\w*|refus\w*|declin\w*|delet\w*|remov\w*|stop\w*|turn\w*\soff|switch\w*\soff|(?:not|n't)\s(?:\w+\s)?accept\w*|without)\s(?:[\w'’-]+\s){0,4}?cookies\b|\bcookies\s(?:\w+\s){0,2}?(?:are|is)\s(?:disabled|blocked|rejected|refused|turned\soff|switched\soff)\b|\b(?:rel(?:y|ies)|depends?)\son\scookies\b|\b(?:through|with)\sthe\s(?:use|aid)\sof\scookies\b/i,
    ],
    // what it costs: the site or its features stop working or are limited
    cue: [
      /\b(?:cannot|can't|can\snot|unable\sto|not\sbe\sable\sto)\b|\b(?:not|n't|never)\s(?:\w+\s){0,3}?(?:function|work|operat|load|available|access)\w*|\bstop\s(?:working|functioning)\b|\b(?:limit|impair|affect|restrict|prevent|degrad|reduc)\w*\s(?:[\w'’-]+\s){0,5}?(?:functionality|functions?|features?|use|access|ability|experience|performance|parts?|portions?|areas?|services?|sites?|websites?|what|how)\b|\b(?:inaccessible|unavailable|difficult\sor\simpossible|only\savailable|required|necessary|essential)\b/i,
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
      skipIf: skipIf.filter((k) => !/actor/.test(k.why)),
      unless: [...NOT_A_PRACTICE.filter((re) => re !== SELF_DESCRIBED), ...OTHER_TOPIC],
      // a bare item of a "we use it to:" list; in a lone segment the trailing ";" marks it as a list item
      patterns: [/^\W{0,3}(?:to\s)?(?:provide|personali[sz]e|customi[sz]e|improve|deliver|send|respond|process|fulfil?l|administer|operate|maintain|develop|prevent|detect|investigate|enforce|allow|enable|facilitate|implement|conduct|communicate|notify|contact|verify|display|manage|offer|recogni[sz]e|remember|measure|diagnose|understand|analy[sz]e|research|help|inform|present|tailor|evaluate|ensure|carry\sout)\b/i,
        /^\W{0,3}(?:providing|personali[sz]ing|customi[sz]ing|improving|delivering|sending|responding|processing|fulfil?ling|administering|operating|maintaining|developing|preventing|detecting|investigating|enabling|facilitating|conducting|communicating|notifying|contacting|verifying|displaying|managing|offering|recogni[sz]ing|remembering|measuring|diagnosing|understanding|analy[sz]ing|researching|tailoring|saving|accumulating|determining|informing|presenting|evaluating|answering|allowing\syou)\b/i,
        /^\W{0,3}for\s(?:\w+\s){0,2}?(?:purposes|fraud\s(?:detection|prevention)|research|analytics|customer\sservice|internal\s(?:business\s)?(?:purposes|operations))\b/i,
      ],
      // a lone "To …" item with no closing punctuation is a list item too
      cue: [/[;,]\s?(?:and|or)?\s?$|\s(?:and|or)$/i, /^\W{0,3}To\s[a-z]+\b[^.;:!?]{0,400}$/],
      context: [USE_CONTEXT],
      note: 'An item of a list of purposes the service uses data for ("prevent fraud;", "provide customer support;"): a use of personal data with no type named. Needs a use lead-in/heading, or a list-item ending (";", "; and").',
      examples: { match: [{ text: 'We use the information we collect to:\n- provide technical support for the service;', status: 'yes' }, { text: 'Answering the questions you send to our help desk;', status: 'yes' }, { text: 'for fraud detection and prevention;', status: 'yes' }, { text: 'offer you products from our partners and other third parties;', status: 'yes' }, { text: 'understand how visitors use the app so that we can improve it;', status: 'yes' }, { text: 'To allow you to join live sessions when you choose to do so', status: 'yes' }], noMatch: ['Provide feedback via our contact form.', 'We may share your data:\n- with our service providers;'] },
    },
    {
      ...base,
      id: 'collected/unspecified:none',
      unless: [...NOT_A_PRACTICE, OTHER_TOPIC[0]!, OTHER_TOPIC[2]!],
      patterns: [new RegExp(String.raw`\b(?:collect|gather|obtain|request|ask\s(?:you\s)?for|require|store)\s(?:any\s)?(?:personal(?:ly)?\s(?:identifiable\s|identifying\s)?(?:information|data)|PII|information\sthat\s(?:personally\s)?identifies\syou)\b`, 'i')],
      cue: [/\b(?:we|us|this\s(?:site|website|app|service))\b|\b(?:does|do)\snot\s(?:\w+\s)?(?:collect|gather|obtain|request|store)\b/i],
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
  const base = { section: 'collected' as const, cue: [USE_CUE, PURPOSE_FRAGMENT], context: [USE_CONTEXT], skipIf };
  // "we may send you newsletters" is itself a use of contact data
  const sendCue = /\b(?:we|us|company)\s(?:\w+\s){0,2}?(?:send|e-?mail|contact|call|text|mail)\s(?:[\w-]+,?\s){0,8}?(?:to\s)?you\b/i;
  // "Acme Sports will periodically send you newsletters": a capitalised name as the sender
  // a name word is at most 40 chars: `[\w&-]+` restarted at every `&` of an `A&A&…` run (quadratic)
  const namedSendCue = /\b[A-Z][\w&-]{1,40}\s(?:(?:will|may|can|also|periodically|occasionally|regularly)\s){0,3}(?:send|e-?mail)\s(?:you|users|members|subscribers)\b/;
  return [
    {
      ...base,
      id: 'collected/contact:purpose',
      finding: 'contact',
      cue: [USE_CUE, PURPOSE_FRAGMENT, sendCue, namedSendCue],
      patterns: [
        /\b(?:send|e-?mail|contact|text|call)\s(?:you|users|customers|members)\b|\bnotify\s(?:you|users|customers|members)\s(?:of|about)\s(?:\w+\s){0,2}?(?:offers?|products?|services|promotions?|events?|specials?|new\w*)\b|\bcommunicat\w*\swith\s(?:you|users)\b|\brespond\s(?:\w+\s)?to\s(?:your\s)?(?:inquir\w*|requests?|questions|comments|communications|e-?mails?|feedback)\b|\b(?:newsletters?|promotional\se-?mails?|e-?mail\snewsletters?)\b/i,
      ],
      note: 'Sending messages to the user or answering them implies contact data is used.',
      examples: { match: [{ text: 'We use the information we collect to send you newsletters and updates.', status: 'yes' }, { text: 'respond to your inquiries, requests, and comments;', status: 'yes' }, { text: 'Brightwater will periodically send you newsletters about new features.', status: 'yes' }, { text: 'We may send newsletters, tips, and other updates to you by e-mail.', status: 'yes' }], noMatch: ['We send data to our servers.', 'You can contact us at any time.'] },
    },
    {
      ...base,
      id: 'collected/financial:purpose',
      finding: 'financial',
      patterns: [/\b(?:process|complete|fulfil?l|handle)\w*\s(?:\w+\s){0,3}?(?:payments?|orders?|transactions?|purchases?|subscriptions?|billing|refunds?)\b|\bbill\s(?:you|users|customers)\b/i],
      note: 'Processing orders or payments implies payment data is used.',
      examples: { match: [{ text: 'We use your information to process your orders and payments.', status: 'yes' }, { text: 'complete transactions you request;', status: 'yes' }], noMatch: ['We process data in the United States.', 'Orders ship within two days.'] },
    },
    {
      ...base,
      id: 'collected/account:purpose',
      finding: 'account',
      patterns: [/\b(?:create|manage|administer|maintain|set\sup|open)\s(?:\w+\s){0,3}?(?:accounts?|registrations?|memberships?|profiles?)\b|\bauthenticat\w*\s(?:you|users|your\s(?:identity|account))\b/i],
      note: 'Creating or managing an account implies account data is used.',
      examples: { match: [{ text: 'create an online services account if you have requested one;', status: 'yes' }, { text: 'We use your data to manage your account.', status: 'yes' }], noMatch: ['You can delete your account at any time.', 'We have offices in Denver.'] },
    },
    {
      ...base,
      id: 'collected/activity:purpose',
      finding: 'activity',
      patterns: [
        /\b(?:personali[sz]\w*|customi[sz]\w*|tailor\w*)\s(?:\w+\s){0,4}?(?:experiences?|content|services?|advertising|ads|offers|recommendations|sites?|websites?|communications)\b/i,
        /\b(?:understand|analy[sz]e|measure|monitor|study)\s(?:\w+\s){0,3}?(?:how\s(?:\w+\s){0,2}?(?:use|uses|used|interact|navigate|access)|usage|traffic|trends|the\suse\sof|patterns|effectiveness|performance)\b/i,
        /\bimprove\s(?:\w+\s){0,2}?(?:our|the)\s(?:\w+\s)?(?:services?|sites?|websites?|products?|content|offerings|features|apps?|experience)\b|\brecogni[sz]e\s(?:you|your\s(?:browser|device|computer))\b|\b(?:market|audience|marketing)\s(?:research|analys[ie]s)\b|\binterest-based\s(?:content|advertising|ads)\b/i,
      ],
      note: 'Personalising, measuring and improving the service imply usage data is used.',
      examples: { match: [{ text: 'Customize the content you see when you use our Services;', status: 'yes' }, { text: 'We use this information to understand how visitors use our site.', status: 'yes' }], noMatch: ['We are always working to improve.', 'You can customize your settings.'] },
    },
  ];
}
