/**
 * `sharing`: who else gets the data. OPP-115 counts third parties collecting
 * on the site (ad networks, analytics cookies) as sharing too.
 */
import { RECIPIENT_RE } from './gazetteer';
import type { Rule } from './types';
import { CHOICE_SENTENCE, DISCLOSURE_LIST_REQUEST, LIST_LEAD_IN, POLICY_CHANGE, POLICY_SCOPE, POLICY_SELF_DESCRIPTION, REFERENCE_SENTENCE, SHARE_CONTEXT, SHARE_CUE, SHINE_THE_LIGHT, THIRD_PARTY, THIRD_PARTY_DISCLAIMER } from './vocab';
import { phrase, casedPhrase } from './phrase';

/** The first party itself hands data over ("we may disclose … to third parties"): a disclaimer in the same sentence does not undo it. */
const WE_SHARE =
  phrase`(we|us) …2 (share|disclose|sell|rent|transfer|forward|transmit) …10+ (to|with) …2 (${THIRD_PARTY}|companies|partners|advertisers|marketers|affiliates|organi(s|z)ations|businesses|others)`;

/** Choice wording the shared vocabulary misses: "Opting-Out of…", "you have a number of options", "learn how to manage…", "if you wish to limit…". */
const CHOICE_MORE =
  phrase`opting( |-)out|you have [a number of|several|the following|many] (options|choices)|(learn|find out|see) [more] [about] how (to|you can) (manage|control|limit|opt|disable|prevent)|if you (wish|want|would like) to (limit|stop|prevent|restrict|control)|how [our] (users|you|customers) can …4 prevent`;

/** Regional notices about asking what was disclosed ("California residents may request, once a year, information regarding…"). */
const REGIONAL_REQUEST =
  phrase`California …3 (resident[s]|customer[s]|user[s]|law|Civil Code)~120(request|obtain|ask for)`;

/** Industry self-regulation memberships (NAI, DAA): a statement about a program, not about whom data goes to. */
const SELF_REGULATION =
  phrase`member[s] of [the] (Network Advertising Initiative|NAI)|(participat* in|adhere* to|subscribe* to) [the] (Digital Advertising Alliance|DAA|NAI|self-regulatory)`;

/** Pointers to another section: "For information about …, see the section …". */
const SEE_SECTION = phrase`^for [more] information (about|on|regarding)~200see`;

/** Definitions ("Application means a program…"). */
const DEFINITION = /^[^.;:]{0,40}?\b(?:means|refers\sto|is\sdefined\sas)\s(?:a|an|any|the|all)\b|^\W{0,3}["“]?[\w\s]{1,30}["”]?\s(?:are|is)\s(?:a\s)?(?:small|tiny)\b/i;

/** Disclaimers the shared vocabulary misses ("we do not have access to, nor control over…", warranty disclaimers). */
const DISCLAIMER_MORE = phrase`nor control|no control over|not have [*] control|express or implied`;

/** Data the service receives from elsewhere (a source, First Party): "information we receive from other sources includes…". */
const FROM_SOURCES =
  phrase`(receiv|obtain|collect|get|acquir|purchas|gather)* …10+ from …3 (other (sources|companies)|${THIRD_PARTY}|(third|3rd)( |-)party sources|carriers|data (suppliers|providers|brokers))`;
const OUTWARD = phrase`(shar(e|es|ed|ing)|disclos*|sell|sold|rent|transfer[r]*|provid* …4 to|(to|with) [*] (third|3rd) parties|they [*] (collect|use|place|set))`;

/** The user asks for their own data ("if you need to access your information…"), a rights statement. */
const USER_REQUEST = phrase`if you (need|want|wish|would like) to (access|correct|update|review|delete)`;

/** Summaries of what changed in the policy ("We've added more description about…"). */
const POLICY_SUMMARY = phrase`(we've|we have) (added|updated|amended|revised|clarified|summari(s|z)ed)`;

/** The user signs in with, connects through or posts on a social platform: the platform is a source of data, not a recipient. */
const SOCIAL_SOURCE =
  phrase`log[ging][ |-](in|into|on[to])|log[-]in[s]|sign[ing][ |-](in|on|up)|Facebook Connect|(access|connect|visit)* …3 (via|through) [a] [(third|3rd)( |-)party] (website|site|social (network|media))|(our|your) (Facebook|Twitter|Instagram|YouTube|Pinterest|LinkedIn) (page[s]|account[s]|channel[s]|feed[s]|profile[s]|application[s]|app[s])`;

/** …unless the same sentence says data goes out to the platform or to others there (buttons, widgets, posting to friends). */
const SOCIAL_SHARE =
  phrase`(with|to) (others|[your] (friends|network|followers|connections|contacts)|the public|(third|3rd) parties|those (services|sites|networks)|such (services|sites|networks))|(widget[s]|plug[-]in[s]|button[s]|pixel[s]|cookie[s]|advertis*|ads)`;

/**
 * Security obligations ("we require our service providers to protect your
 * information", "access is limited to employees and contractors who need to
 * know"): how data is protected (Data Security), not to whom it goes.
 */
const SECURITY_OBLIGATION =
  phrase`(require|requires|required|ask|asks|request|requests|insist|expect|expects|oblige|obligate|bind)* …5+ (service providers|vendors|contractors|agents|partners|processors|them|they)~80(protect*|secur*|confidential*|safeguard*|standards|controls|properly|encrypt*|the same)|(contractors|agents|vendors|service providers) …12+ (are|is) [*] (required|obligated|bound) to …2 (protect|safeguard|keep|maintain)|(restrict|limit)* …6 access~100(employees|contractors|agents|personnel)|(employees|contractors|agents|personnel) …4 who [*] need to know|secure [operating] environment[s]|(cannot|can[ ]not|can't) …2 (ensure|guarantee|warrant)|(encryption|Secure Socket[s] Layer|SSL)`;

/** A plain transfer verb: the sentence also hands data over, so a security clause does not make it a security statement. */
const TRANSFER_VERB = phrase`(shar(e|es|ed|ing)|disclos(e|es|ed|ing)|sell|rent|transfer[s|red]|utili(s|z)e|engage|hire|retain)|(we|us) …2 use`;

/** Links to other sites are navigation, not disclosure ("we may provide links to the websites of our partners"). */
const LINKS_TO_SITES = phrase`link[s] [to] [the] …2 (web[ ]site[s]|sites|pages)`;

/** Posting in a public area as a collection statement ("we collect information you post in public forums"), without saying others can see it. */
const COLLECT_POSTED = /\b(?:we|us)\s(?:\w+\s){0,2}?collect\b|^\W{0,3}information\s(?:that\s)?you\s(?:provide|post|submit)\b/i;
const VISIBILITY = phrase`(visible|viewable|read|seen|viewed|collected by|used by|others|other (users|members|people|visitors)|anyone|everyone|publicly|public information|available to)`;

/** A group introducing itself ("Acme, together with its parent and affiliates (the "Acme Entities"), operates…"). */
const GROUP_INTRO = phrase`together with (its|our) …6+ affiliates~30(("|“)|operate[s]|own[s])`;

/** Opt-out sentences are choices (User Choice), not a statement that data is shared. */
/**
 * Data coming in from partners is a source, not a disclosure: "we receive
 * audience segments from our advertising partners", "partners may tell us
 * which segments you belong to". Skipped unless the sentence also gives data out.
 */
const INBOUND = {
  has: phrase`(receive|obtain|get|acquire|buy|purchase)* …6 from [our|the|these|such|other|third-party|(third|3rd) party] …2 (partner[s]|advertiser[s]|network[s]|provider[s]|compan(y|ies)|sources|vendors)|(partner[s]|advertiser[s]|network[s]|provider[s]|compan(y|ies)|vendors) …3 (tell|tells|inform|informs|provide|provides|give|gives|send|sends) us`,
  lacks: phrase`(shar(e|es|ed|ing)|disclos*|sell*|sold|rent*|transfer*|pass …3 (to|on)|provide …4 to (them|partners|advertisers|third))`,
  why: 'data received from partners is a source, not a disclosure',
};

const choice = [
  { has: CHOICE_SENTENCE, why: 'the sentence is about the user\'s choices' },
  { has: CHOICE_MORE, why: 'the sentence is about the user\'s choices' },
  { has: SHINE_THE_LIGHT, why: 'a California Shine the Light notice, not a practice' },
  { has: REGIONAL_REQUEST, why: 'a regional right to ask what was disclosed, not a practice' },
  { has: THIRD_PARTY_DISCLAIMER, lacks: WE_SHARE, why: 'a disclaimer about other companies\' practices' },
  { has: REFERENCE_SENTENCE, why: 'the sentence only points to another document' },
  { has: SEE_SECTION, why: 'the sentence only points to another section' },
  { has: DISCLOSURE_LIST_REQUEST, why: 'a regional right to ask for a list of recipients, not a practice' },
  { has: POLICY_SELF_DESCRIPTION, why: 'the policy describing its own contents' },
  { has: SELF_REGULATION, why: 'membership of a self-regulatory program, not a recipient' },
  { has: DEFINITION, why: 'a definition of a term' },
  { has: DISCLAIMER_MORE, why: 'a disclaimer' },
  { has: FROM_SOURCES, lacks: OUTWARD, why: 'data received from other sources, not given to them' },
  { has: USER_REQUEST, why: 'the user asks for their own data' },
  { has: POLICY_SUMMARY, why: 'a summary of policy changes' },
  { has: LINKS_TO_SITES, lacks: WE_SHARE, why: 'links to other sites, not disclosure' },
];

/** Third-party flavour without the bare "advertising" word, so first-party ad use does not count. */
const THIRD_PARTY_CUE =
  phrase`(${THIRD_PARTY}|partner[s]|network[s]|companies|vendors|provider[s]|others|outside|shar(e|es|ed|ing)|disclos*|provid(e|ed) …3 to|sell|sold|rent|transfer*|they|their)`;

export const sharingRules: Rule[] = [
  {
    id: 'sharing/service_providers',
    skipIf: [...choice, { has: SECURITY_OBLIGATION, lacks: TRANSFER_VERB, why: 'a security obligation on recipients, not a disclosure' }],
    section: 'sharing',
    finding: 'service_providers',
    patterns: [
      phrase`[(third|3rd)( |-)party] (service|infrastructure|hosting|cloud|payment|email|e-mail|technology|IT|data processing|authentication|analytics and infrastructure) (provider[s]|processor[s]|vendor[s]|companies)`,
      phrase`[sub[-]]processors|vendors|contractors|suppliers|fulfi[l]lment (partner[s]|compan(y|ies)|center[s]|vendor[s]|house[s])|(payment|credit card|card) [payment] processor`,
      phrase`(companies|(third|3rd) parties|organizations|businesses|entities|agents|partners) (that|who|which) …2 (help|assist|perform|provide (services|support)|process|host|operate|work)*`,
      phrase`(perform|provide) …3 (services|functions) (on our behalf|for us)|on our behalf|acting for us`,
      phrase`(process|handle) …3 (payments|transactions|billing|orders)|(deliver|ship)* …2 (packages|orders|products)`,
    ],
    cue: [SHARE_CUE],
    context: [SHARE_CONTEXT],
    veto: [phrase`third( |-)party services you (access|use|visit)`, phrase`(internet|wireless|mobile|online) [or *] service provider[s]`],
    note: 'Processors and vendors acting for the service: hosting, payments, e-mail delivery, support tools.',
    examples: {
      match: [
        { text: 'We share information with service providers who host our website.', status: 'yes' },
        { text: 'We use vendors that perform services on our behalf, such as payment processing.', status: 'yes' },
        { text: 'Your card number is shared only with our payment processor to complete the order.', status: 'yes' },
        { text: 'Infrastructure providers: cloud hosting, CDN, and database services that store data on our behalf.', status: 'yes' },
      ],
      noMatch: [
        'We do not share anything with anyone for any reason.',
        'You can change your settings at any time.',
        'We require our vendors and contractors to keep your details confidential and secure.',
        'Only staff and contractors who need to know the information can reach it.',
        'Details we get from other sources, such as our delivery carriers and data suppliers, help us fix our records.',
      ],
    },
  },
  {
    id: 'sharing/advertisers',
    skipIf: [...choice, INBOUND],
    section: 'sharing',
    finding: 'advertisers',
    patterns: [
      phrase`advertisers|(any|an|the) advertiser|ad[vertising] (network[s]|partner[s]|companies|server[s]|serving (companies|partners|technology)|exchange[s]|platform[s]|vendor[s]|provider[s]|agencies)`,
      phrase`third( |-)party (advertis*|ad[s]|ad server[s])`,
      phrase`(advertising|ad[s]|marketing) (trackers|cookies|pixels|technolog(y|ies))|(ads|advertisements) …3 (on other|across|elsewhere|(third|3rd)( |-)party)`,
    ],
    cue: [THIRD_PARTY_CUE],
    context: [SHARE_CONTEXT, phrase`adverti*`],
    note: 'Ad networks, advertising partners and targeted (interest-based) advertising by third parties.',
    examples: {
      match: [{ text: 'We work with third-party ad networks that use cookies to show you ads.', status: 'yes' }, { text: 'We do not share your data with advertisers.', status: 'no' }],
      noMatch: ['We advertise our own products in the app.', 'You can change your settings.', 'Several of the ad networks on our pages are members of the Network Advertising Initiative.', 'We receive audience segments about you from our advertising partners.', 'Our advertising partners may tell us which audience segments you belong to.'],
    },
  },
  {
    // The service showing its own targeted ads is first-party use: these need a third party in the sentence itself.
    id: 'sharing/advertisers:targeted',
    skipIf: choice,
    section: 'sharing',
    finding: 'advertisers',
    patterns: [
      phrase`(interest-based|targeted|behavio[u]ral|personali(s|z)ed|retargeting|re-targeting|cross-context behavioral|online behavioral) (advertising|ads)|serve …2 (ads|advertisements)|for …2 (advertising|ads)`,
    ],
    cue: [THIRD_PARTY_CUE],
    note: 'Targeted advertising and ad serving count as sharing only when another company is named in the same sentence.',
    examples: {
      match: [{ text: 'Third parties use this information for targeted advertising.', status: 'yes' }, { text: 'Our ad partners may serve ads based on your visits to other sites.', status: 'yes' }],
      noMatch: ['We personalize your experience by showing you ads tailored to your interests.', 'Targeted Advertising. We may use your purchase history to show you relevant ads in our app.'],
    },
  },
  {
    id: 'sharing/advertisers:tracking',
    section: 'sharing',
    finding: 'advertisers',
    skipIf: choice,
    patterns: [
      phrase`(${THIRD_PARTY}|(these|such|other|outside|unaffiliated) (companies|(third|3rd) parties|partners|parties|entities|networks|vendors)|advertiser[s]|ad (network[s]|server[s]|serving companies)|they) …4 (collect|place|set|use|recogni(s|z)e|track|access|read|serve|deliver|drop|gather|receive|obtain)*`,
      phrase`(ads|advertisements|advertising) …6 (served|delivered|displayed|provided) by …2 (${THIRD_PARTY}|other companies|outside companies|ad networks|advertisers)`,
    ],
    cue: [phrase`(advertis*|ads|ad|marketing|offers|promotion[s])`],
    note: 'Third parties tracking users on the site for advertising (OPP-115 counts third-party collection as sharing).',
    examples: {
      match: [{ text: 'Some advertisements on our site are served by third-party companies, which may collect information about your visit.', status: 'yes' }, { text: 'These companies may place cookies on your browser to show you ads on other websites.', status: 'yes' }],
      noMatch: ['We use cookies to remember your preferences.', 'Third parties may collect usage information for analytics.'],
    },
  },
  {
    id: 'sharing/analytics:tracking',
    section: 'sharing',
    finding: 'analytics',
    skipIf: choice,
    patterns: [
      phrase`(${THIRD_PARTY}|(these|such|other|outside|unaffiliated) (companies|(third|3rd) parties|partners|parties|entities|vendors|services)|they) …4 (collect|place|set|use|track|record|provide us|analy(s|z)e|measure|compile|receive)*`,
      phrase`(market|audience|consumer) research|third( |-)party (software|tool[s]|service[s]) …2 [to] (analy(s|z)e|measure|track)`,
    ],
    cue: [phrase`(analy(s|t)*|measur*|statistic*|report[s]|research|audience|traffic|usage|performance)`],
    note: 'Third parties measuring or analysing site use.',
    examples: {
      match: [{ text: 'We have hired third parties to provide us reports and analysis about the usage of our site.', status: 'yes' }],
      noMatch: ['We analyze traffic to improve our site.', 'Third parties may show you ads.'],
    },
  },
  {
    id: 'sharing/analytics',
    skipIf: choice,
    section: 'sharing',
    finding: 'analytics',
    patterns: [
      phrase`[(third|3rd)( |-)party|web|product] (analytics|analytical|statistics|statistical|web analysis) (provider[s]|service[s]|partner[s]|companies|tool[s]|vendor[s]|software|platform[s]|solution[s]|program[s])`,
      phrase`Google Analytics|Adobe Analytics|Vercel Analytics|PostHog|Mixpanel|Amplitude|Hotjar|comScore|Nielsen|Quantcast|Chartbeat|Omniture`,
      phrase`(measurement|research|analytics) (partner[s]|firm[s]|companies)|third( |-)party (analytics|measurement|research)|for …3 [product|web|site] analytics|(site|web|usage) metrics [and] [analytics]`,
    ],
    cue: [THIRD_PARTY_CUE, phrase`(Google|Adobe|Vercel|PostHog|Mixpanel|Amplitude|Hotjar|comScore|Nielsen|Quantcast|Chartbeat|Omniture|we use|cookies)`],
    context: [SHARE_CONTEXT, phrase`analytics`],
    note: 'Analytics and measurement providers (Google Analytics, PostHog, comScore…).',
    examples: {
      match: [{ text: 'We use Google Analytics to understand how visitors use the site.', status: 'yes' }, { text: 'Analytics — usage data sent to PostHog Cloud for product analytics', status: 'yes' }, { text: 'To count visitors we may use several analytical services run by third parties.', status: 'yes' }, { text: 'We may also use third-party cookies for the purposes of web analytics.', status: 'yes' }],
      noMatch: ['We analyze aggregated statistics internally.', 'Please contact us.'],
    },
  },
  {
    id: 'sharing/marketing_partners',
    skipIf: choice,
    section: 'sharing',
    finding: 'marketing_partners',
    patterns: [
      phrase`marketing (partner[s]|purposes|network[s]|companies|list[s])`,
      // "their own direct marketing", "for the purposes of their marketing": another company's marketing
      phrase`(their|its|partners'|(third|3rd) parties') [own] [direct] (marketing|(promotional|advertising) (purposes|use[s]|communications|offers|materials))`,
      phrase`(co[-]branded|co[-]marketing|joint marketing|co[-]sponsored)|sponsor[s]|promotional partner[s]`,
      phrase`(offer[s]|promotion[s]|products and services) …3 from [our|select[ed]|carefully selected|trusted] (partners|(third|3rd) parties|other companies|advertisers|sponsors)`,
      phrase`(partners|(third|3rd) parties|companies|(third|3rd) party|businesses|entit(y|ies)|they) …5 (contact you|send you|offer you|market to you|promote …2 (goods|products|services)|market their|to market)|on behalf of (other|third|selected) (businesses|companies|parties)|other marketers|((third|3rd)[ |-]party|outside|external|unaffiliated) marketer[s]|(to|with) marketer[s]|for (their|its) [own] [direct] marketing`,
      phrase`data brokers|mailing list[s]`,
    ],
    cue: [SHARE_CUE],
    context: [SHARE_CONTEXT],
    veto: [phrase`our [own] marketing purposes`],
    note: 'Third parties using the data for their own marketing; co-marketing and sponsors.',
    examples: {
      match: [
        { text: 'We may share your email address with partners for their own marketing purposes.', status: 'yes' },
        { text: 'We do not sell, rent, or trade your personal information to third parties for their marketing purposes.', status: 'no' },
        { text: 'You may receive offers from our partners.', status: 'yes' },
        { text: 'We will not pass your e-mail address to third-party marketers without your permission.', status: 'no' },
        { text: 'We sell lists of subscribers to outside marketers.', status: 'yes' },
      ],
      noMatch: ['We use your email address to send you our newsletter.', 'We keep records for seven years.'],
    },
  },
  {
    id: 'sharing/affiliates',
    skipIf: choice,
    section: 'sharing',
    finding: 'affiliates',
    patterns: [
      phrase`affiliat(e[s]|ed (companies|entities|businesses|brands|sites|websites))|subsidiar(y|ies)|parent (company|corporation|entity)|(corporate|family of) (family|companies|brands)|sister companies|under common (control|ownership)|group companies|companies in our group`,
    ],
    veto: [phrase`affiliate (link[s]|marketing|program[s]|commission[s])`],
    cue: [phrase`(shar*|disclos*|provid* …3 (to|with)|transfer[r]*|sell|sold|rent|giv*|pass*|receiv*|available to|access to|among|between|combin*|send|exchang*|from (our|its) affiliates|with (our|its) affiliates)`],
    context: [SHARE_CONTEXT],
    unless: [POLICY_SCOPE, GROUP_INTRO],
    note: 'Parent, subsidiaries and companies under common control.',
    examples: {
      match: [{ text: 'We may share your information with our affiliates and subsidiaries.', status: 'yes' }, { text: 'Companies under common control with us may receive your data.', status: 'yes' }],
      noMatch: ['We may earn money through affiliate links.', 'We value privacy.', 'Acme Media, together with its parent company and affiliates (the "Acme Group"), operates several news sites.', 'Our pages may include links to the websites of our partners and affiliates.'],
    },
  },
  {
    id: 'sharing/business_transfer',
    occasion: true,
    section: 'sharing',
    finding: 'business_transfer',
    patterns: [
      phrase`merg(e|es|er|ers|ing)|acquisition[s]|acquired by|acquiring (entity|company|party)|bankruptcy|reorgani(s|z)ation|dissolution|divestiture|receivership|liquidation`,
      phrase`sale of (all|substantially all|some|part|a portion|the company|our (company|business|assets)|assets|the business|a business|stock)|asset sale[s]|change (of|in) (control|ownership)|successor (entity|company|in interest|organization)`,
      // the data named among the assets that change hands: "user information is one of the transferred business assets"
      phrase`(transferred|acquired|sold|purchased) [business] assets|(if|should|in the event)!( …2 (plan|subscription|product|item|ticket|licen(c|s)e|order|membership|gift card)[s]) …3 (is|are|be|gets|get) [ever|later] (acquired|bought|purchased|taken over)|(if|when|should) (we|the company) (sell|sells|transfer) (the|our) (company|business|publication|service|app|game|brand|assets)|(new|future|prospective|potential|subsequent) (owner|owners|buyer|buyers|purchaser|purchasers|acquirer|acquirers)|(assets|company|business) …2 (are|is|be) [*] (sold|acquired|transferred)|(buy|sell) [or (buy|sell)] (stores|subsidiaries|businesses|business units|assets|companies)`,
    ],
    note: 'Data moves with the business in a merger, acquisition, bankruptcy or asset sale.',
    examples: {
      match: [{ text: 'In the event of a merger, acquisition, or sale of assets, your information may be transferred.', status: 'yes' }, { text: 'If Acme is acquired, your data may pass to the new owner.', status: 'yes' }, { text: 'Should the company be bought by another business, customer records would go to the buyer.', status: 'yes' }, { text: 'If we sell the company, your account data goes to the buyer.', status: 'yes' }, { text: 'If we go through bankruptcy, customer data may be sold.', status: 'yes' }, { text: 'We may buy or sell business units; customer records are usually among the transferred business assets.', status: 'yes' }, { text: 'If the company is ever sold, your account details would pass to the buyer.', status: 'yes' }],
      noMatch: ['We sell products online.', 'You can acquire a licence from us.', 'Our shop sells used books and records.', 'We acquired this data from public sources.', 'Buyers and sellers on our marketplace can message each other.', 'When a paid plan is purchased, our payment provider collects the card details.'],
    },
  },
  {
    id: 'sharing/legal',
    selfCondition: 'law',
    section: 'sharing',
    finding: 'legal',
    patterns: [
      /\b(?:required|compelled|permitted|authori[sz]ed|obligated|necessary|requested)\s(?:to\sdo\sso\s)?(?:by|under)\s(?:applicable\s|the\s)?(?:law|statute|regulation|legal\sprocess)/i,
      phrase`law enforcement|police|subpoena[s]|court order[s]|search warrant[s]|legal (process|proceeding[s]|request[s]|obligation[s]|requirement[s]|authorities|claim[s]|demand[s]|action)|judicial proceeding[s]|legally (necessary|required|obliged|obligated|compelled|bound)|(judicial|court|search|valid|legal) …1- warrant[s]`,
      phrase`comply [with] ${/(?:a\s|any\s|all\s|applicable\s|the\s|our\s|relevant\s){0,2}/}(law|laws|legal|regulation[s]|rules|court|subpoena|government*|obligation[s]|request[s])`,
      phrase`(government[al]|public|regulatory|tax|judicial|competent) (authorit(y|ies)|agenc(y|ies)|request[s]|officials|bodies|entities)|lawful request[s]`,
      phrase`protect [and defend] [the] [our] (rights|property|safety|security) …2 (of|or)|protect our rights|emergenc(y|ies)|(danger|risk) of (death|serious|physical)|serious [bodily] (injury|harm)|[the] law requires|good faith belief|(investigate|prevent|detect) …3 (fraud|illegal activit|suspected illegal)`,
    ],
    // answering the authorities is disclosing to them: "we respond to government requests", "we cooperate with law enforcement"
    cue: [SHARE_CUE, phrase`(respond*|answer*|repl(y|ies|ied)) to …2 (legal|government*|law enforcement|lawful|official|court) [*] (request[s]|demand[s]|process|order[s]|inquir(y|ies))|cooperat* with [*] (law enforcement|authorit*|government*|police|regulator[s])|(unveil*|hand* over|turn* over|reveal*)|in response to [a|an|any] (legal|lawful|valid|government*|court)`],
    context: [SHARE_CONTEXT],
    note: 'Disclosure to law enforcement, under court orders or legal process, or to protect rights and safety.',
    examples: {
      match: [{ text: 'We may disclose your information if required by law or in response to a subpoena.', status: 'yes' }, { text: 'We follow the law when we respond to government requests about our users.', status: 'yes' }, { text: 'Your data will only be disclosed where legally required.', status: 'yes' }, { text: 'We cooperate with law enforcement when they present a valid court warrant.', status: 'yes' }, { text: 'We share your information only in these cases:\n- Legal requirements — if required by law or to protect our rights', status: 'yes' }],
      noMatch: ['We process data to provide the service.', 'Your rights are important to us.', 'We respond to support requests within a day.', 'We do not warrant that the service is free of errors.'],
    },
  },
  {
    id: 'sharing/public',
    skipIf: [...choice, { has: COLLECT_POSTED, lacks: VISIBILITY, why: 'collection of what the user posts, not publication' }],
    section: 'sharing',
    finding: 'public',
    patterns: [
      phrase`publicly (available|visible|viewable|accessible|displayed|posted|searchable|shared)|made public|[may] publish (your|the) …2 (name|screen name|comment[s]|review[s]|content|information|post[s]|photo[s])|allow ((third|3rd) parties|others|other (users|members)) to (see|view|access)|(are|is|will be) public|become[s] public|public information`,
      phrase`(public|community) (area[s]|forum[s]|profile[s]|space[s]|board[s]|portion[s]|post[s]|comment[s]|part[s]|section[s])`,
      phrase`(visible|available|accessible|viewable|displayed|disclosed) to (other users|others|the public|anyone|other members|everyone|all users|the community|other (visitors|participants))|other (users|members|visitors|players|participants) …2 (can|may|will|could) (see|view|access|read)|not private|(be|is|are) …1 (read|viewed|seen|accessed|copied)${/(?:,?\s(?:and\s|or\s)?(?:read|viewed|seen|accessed|collected|used|copied|shared))*/}[,] by (other (users|members|visitors|people|participants|players)|others|anyone|any one|the public|everyone)`,
    ],
    veto: [phrase`publicly available (sources|records|databases|information about you from)`, phrase`Public (Information|Records) (Act|Law)|public (body|bodies|institution|higher education|university|school|agency|agencies|sector)|remain[s] available`],
    note: 'Made public or visible to other users. Forums, boards and chat rooms count only with a visibility word (see sharing/public:forums).',
    examples: {
      match: [{ text: 'Anything you post in public forums may be read by other users.', status: 'yes' }, { text: 'Your profile is visible to other users.', status: 'yes' }],
      noMatch: ['We keep your profile private.', 'We comply with the law.', 'As a public body, the college follows the state Public Information Act.', 'We collect the comments you post in public forums on our site.'],
    },
  },
  {
    id: 'sharing/public:forums',
    section: 'sharing',
    finding: 'public',
    skipIf: [...choice, { has: COLLECT_POSTED, lacks: VISIBILITY, why: 'collection of what the user posts, not publication' }],
    patterns: [phrase`(message|bulletin|discussion) board[s]|chat[ ]room[s]|forum[s]|blog[s]|comment[s] section[s]|review[s] you post`],
    cue: [phrase`(public[ly]|anyone|others|other (users|members|visitors|people)|read by|viewed by|seen by|collected by|visible|(third|3rd) parties)`],
    note: 'Posting in forums, boards or chat rooms, when the sentence says others can see or use it.',
    examples: {
      match: [{ text: 'Information you post in our forums can be read, collected, or used by others.', status: 'yes' }],
      noMatch: ['We use information you provide in forums to improve our service.', 'Enable you to participate in message boards;'],
    },
  },
  {
    id: 'sharing/with_consent',
    selfCondition: 'consent',
    section: 'sharing',
    finding: 'with_consent',
    patterns: [
      phrase`(with|without) [your|the user's] [prior|express|explicit|affirmative|opt-in] [written] (consent|permission|authori(s|z)ation)`,
      phrase`(whenever|if|when|where) you [*] (consent|agree|direct|authori(s|z)e|choose|ask) [to] [or *] [such|this|the|that|us][ ](sharing|disclosure|transfer)|at your (direction|request|instruction)|(you|user[s]) [explicitly|specifically|expressly] (direct|authori(s|z)e|instruct|ask) (us|them)|when you [explicitly] (connect|link|enable|choose to share)|integration[s] you (connect|enable)`,
      // a fronted condition ("If you consent, your details may be shared …") or a limiting one ("only if you authorize them")
      phrase`(if|when|once|where) you …1 (consent|agree|opt in)[ ],|only (if|when|after|once) you …1 (consent|agree|authori(s|z)e|approve|allow|permit)!( to (the|these|our|this) …1- (terms|agreement|conditions))`,
    ],
    cue: [SHARE_CUE],
    context: [SHARE_CONTEXT],
    polarity: 'yes',
    note: 'Sharing at the user\'s direction or with consent, including connected integrations. A "not … without your consent" sentence is a conditional yes.',
    examples: {
      match: [{ text: 'We may share your information with third parties when you explicitly authorize us to do so.', status: 'yes' }, { text: 'We will not share your information with third parties without your consent.', status: 'yes' }],
      noMatch: ['We collect your email address with your consent.', 'We store data in Europe.'],
    },
  },
  {
    id: 'sharing/sale',
    section: 'sharing',
    finding: 'sale',
    patterns: [
      /\b(?:sell|sells|selling|sold|rent|rents|renting|rented|lease|leases|leasing|trade|trades|trading|traded|barter)\b[^.;:!?]{0,50}?\b(?:personal|information|data|e-?mails?|lists?|it|them|PII|details|profiles?|content)\b/i,
      // passive, with the verb anywhere after its subject: "this information will never, ever be shared, sold or given away"
      phrase`(sold|rented|traded|leased|bartered)<((information|data|e[-]mail[s]|list[s]|PII|content|details)~80(sold|rented|traded|leased|bartered))`,
      phrase`(information|data) …2 for sale|sale of [your|their] [personal|customer|user] (information|data)|sell [or share] [personal] (information|data)`,
    ],
    veto: [
      phrase`do not sell [or share] my`,
      /\bopt[\s-]?out\sof\s(?:the\s)?(?:sale|selling)\b[^.;]{0,40}/i,
      // CCPA category tables: "information we have collected, disclosed or sold in the past 12 months"
      phrase`(collected|used|disclosed|shared)[,] (and|or|and/or) (sold)`,
      phrase`whether [we] (sell|sold)|if we (sell|sold)|sale of (all|substantially|some|part|our|the company|assets)`,
      // a product sold to the person: "retailers who sold you a device"
      phrase`(sell|sells|sold|selling) (you|them|customers) (a|an|the|your|our) …2 (device[s]|product[s]|item[s]|goods|ticket[s]|subscription[s]|service[s]|plan[s])`,
      // the company changing hands, not data being sold: "if Acme is sold, your data will pass to the new owner"
      phrase`(if|should|in the event|when|once)!( [your|the|any|such] (data|information|personal|details|content|e[-]mail[s]|list[s]|profile[s])) …3 (is|are|be|gets|get|were) [ever|later|subsequently] sold`,
    ],
    unless: [phrase`right to know|right to opt[ |-]out`],
    headings: true,
    note: 'Selling or renting personal data. "We do not sell, rent or trade" is `no`; "Do Not Sell My…" headings and opt-out rights are rights/opt_out_sale, not a sale.',
    examples: {
      match: [
        { text: 'We do not sell, rent, or trade your personal information.', status: 'no' },
        { text: 'We never sell your personal information.', status: 'no' },
        { text: 'We may sell your email address to other companies.', status: 'yes' },
        { text: 'We do not use advertising trackers or sell personal data to third parties, ever.', status: 'no' },
        { text: 'We do not share or sell your account data with anyone.', status: 'no' },
        { text: 'The details you give us will never be shared, rented or sold.', status: 'no' },
        { text: 'We won’t sell your content without your explicit permission.', status: 'no' },
      ],
      noMatch: ['Do Not Sell My Personal Information', 'We sell shoes and accessories.', 'You have the right to opt out of the sale of your personal information.', 'If Acme is sold, or merges with another business, your data will pass to the new owner.'],
    },
  },
  {
    id: 'sharing/named',
    section: 'sharing',
    finding: 'named',
    patterns: [
      RECIPIENT_RE,
      /(?<![\w.])(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2})\s\((?:hosting|frontend|backend|payments?|payment\sprocessing|SMS|email|e-mail|cloud\s\w+|analytics|error\stracking|CDN|geocoding[^)]{0,30}|property\s\w+|database|storage|authentication|support|monitoring|mapping|messaging|newsletters?|customer\ssupport|crash\sreporting)\)/,
      /\b(?:CDN|hosting|payments?|email|e-mail|analytics|currently|e\.g\.,?)\s\(?(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,1})\)/,
      casedPhrase`(provided|administered|powered|hosted|served|delivered|conducted|processed|supplied) by name=(${/[A-Z]/}${/[A-Za-z0-9&'-]{2,30}/}${/(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2}/})>(${/[\s,.;)]/}|${/$/})`,
      // each name of a list after a kind of recipient: "advertising partners such as Meta and Google", "processors, including Hetzner, Stripe and Postmark"
      // (a regex: the lookbehind walks back over the names before this one)
      /(?<=\b(?:partners|providers|processors|sub-?processors|vendors|companies|agencies|networks|third\sparties),?\s(?:\w+\s){0,2}?(?:such\sas|including|like|e\.g\.,?)\s(?:[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,2}(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)){0,6})(?<name>[A-Z][A-Za-z0-9&'-]{1,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2})(?=[\s,.;)]|$)/,
      /\b(?:called|named)\s(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2})(?=[\s,.;)]|$)/,
      /(?<![\w.])(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2}),\s(?:a|an|our)\s(?:(?:third|3rd)[\s-]party|service\sprovider|vendor|company|partner|provider)\b/,
      // a company the service engages, named with its legal form ("we use Foo, Inc. to process billing") or as one camel-cased word ("we partner with AdServe to serve ads")
      casedPhrase`((W|w)e …1 (use|engage|hire|retain)|(P|p)artner[s|ed] with|(W|w)ork with|(C|c)ontract[s] with|(S|s)ervice[s] of) name=(${/[A-Z]/}${/[A-Za-z0-9&'-]{2,30}/}${/(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2}/})[,] (Inc|LLC|Ltd|Corp|Corporation|GmbH|plc|L.L.C)`,
      casedPhrase`((W|w)e …1 (use|engage|hire|retain)|(P|p)artner[s|ed] with|(W|w)ork with|(C|c)ontract[s] with) name=(${/[A-Z]/}${/[a-z]{1,15}/}${/[A-Z]/}${/[A-Za-z]{1,15}/})>( (to|for|as|and|which|who|that)|(,|.|;))`,
    ],
    cue: [SHARE_CUE, phrase`(use[s]|using|through|via|by|powered by|hosted|cookies|pixel[s]|tag[s]|plug[-]in[s]|analytics|sdk)`],
    skipIf: [
      ...choice,
      { has: SOCIAL_SOURCE, lacks: SOCIAL_SHARE, why: 'the user signs in with or posts on a platform: a source, not a recipient' },
      { has: phrase`self[-| ]hosted|(hosted|run|operated) (by us|on our own (servers|infrastructure))`, why: 'a tool the company runs itself ("Matomo, self-hosted") receives nothing' },
      { has: phrase`(collectively|together)[,] ("|“)|("|“)(we|us)[,]("|”)`, why: 'the sentence introduces the company and its affiliates as "we": they are the first party, not recipients' },
    ],
    // a platform the user signs in with or links to is a source, not a recipient
    veto: [
      /\b(?:Google|Facebook|Twitter|Apple|Microsoft|LinkedIn|Discord|GitHub)(?:\+|\s(?:accounts?|log-?in|sign-?in|profiles?|user\sdata|API|APIs|Play|Calendar|Meet|Identity|Privacy\sPolicy))/,
      // software the user runs (browsers, plug-ins, operating systems) and the vendor's own help pages
      casedPhrase`(Microsoft|Google|Apple|Adobe|Mozilla|Netscape)['s|’s] (Internet Explorer|Edge|Chrome|Safari|Firefox|Windows|Acrobat|Reader|iOS|phone[s]|device[s]|computer[s]|Web[ ]site|website|interface|operating system[s]|browser[s])`,
      // the brand that owns the sites and services is the policy's own ("when a Microsoft site or service collects…")
      casedPhrase`${/[A-Z]/}${/[A-Za-z]{2,20}/}['s|’s] (site[s]( and| or) service[s]|site[s]|service[s]|products|website[s]|web sites|properties|brands|app[s]|tournament)<!((Google|Amazon)['s|’s] service[s])|${/[A-Z]/}${/[A-Za-z]{2,20}/}-powered`,
      // a third-party site's own terms and pages
      casedPhrase`(Facebook|Twitter|Google|Instagram|YouTube|Pinterest|LinkedIn)['s|’s] (site|Statement of *|Data Use Policy|Terms|page|pages|application[s]|app[s]|feed|channel|user[ ]name|password)`,
    ],
    context: [SHARE_CONTEXT],
    detail: 'recipient',
    unless: [phrase`(this|our|the) [online] [privacy] (policy|notice|statement) …4 (applies|describes|covers|governs)`],
    note: 'One finding per named recipient; detail holds the canonical name. Names come from a gazetteer of well-known companies or from provider lists ("Supabase (hosting)", "CDN (Cloudflare)").',
    examples: {
      match: [
        { text: 'We use Google Analytics to measure traffic.', status: 'yes', detail: 'Google Analytics' },
        { text: 'We share information with these providers:\n- Payment Processing: Stripe (payment processing)', status: 'yes', detail: 'Stripe' },
        { text: 'Infrastructure providers — hosting, CDN (Cloudflare), database services', status: 'yes', detail: 'Cloudflare' },
        { text: 'We use Billwise, Inc. to handle subscription billing, so it receives your card details.', status: 'yes', detail: 'Billwise' },
        { text: 'We partner with AdVantage to serve ads on our pages.', status: 'yes', detail: 'AdVantage' },
        { text: 'We use sub-processors, including Hostwell, Paymint and Mailrun, to run the service.', status: 'yes', detail: 'Mailrun' },
        { text: 'We share your address with delivery companies such as Parcelo and Shipfast.', status: 'yes', detail: 'Parcelo' },
      ],
      noMatch: [
        'We share data with service providers.',
        'Adjust your browser settings to refuse cookies.',
        'Readers can log in through Twitter or LinkedIn to leave a comment.',
        'Acme, LLC and its affiliated companies, including Foo, Inc. and Bar Inc. (collectively, "Company," "we," or "us") operate this site.',
        'We use service providers in countries such as Canada and India.',
        'We count visits with Matomo, self-hosted on our own servers in Germany.',
        'Settings pages for Microsoft Internet Explorer and Apple Safari explain how cookies work.',
        'When a Microsoft site or service asks for your birth date, it blocks young users.',
      ],
    },
  },
  {
    id: 'sharing/third_parties',
    section: 'sharing',
    finding: 'third_parties',
    skipIf: choice,
    unless: [POLICY_SCOPE, POLICY_CHANGE, LIST_LEAD_IN, POLICY_SELF_DESCRIPTION, phrase`(describe[s]|explain[s]|outline[s]|understand|learn) …3 (how|what|when|with whom)|if you have …2 question[s]`, phrase`?${/\s*/}${/$/}|read (this|our|the) …1 (policy|notice|statement)|(outlines|describes|explains) …3 (types|ways|categories)|a list of [the] (third|3rd) parties|right[s] to know`],
    hint: phrase`*shar*|*disclos*|*provid*|*transmi*|*transfer*|*pass*|*forward*|*giv*|*releas*|*report*|*available*|*collect*|*receiv*|*obtain*|*gather*|*access*|*exchang*|*divulg*`,
    patterns: [
      phrase`(shar(e|es|ed|ing)|disclos(e|es|ed|ing)|provid(e|es|ed|ing)|transmit[s|ted]|transfer[r][s|ed]|pass[es|ed]|forward[s|ed]|giv(e|es|en)|releas(e|es|ed)|report[s|ed]|exchang(e|es|ed)|divulg(e|es|ed)|mak(e|es) …4+ available) …10+ (with|to) [(a|an|any|other|unaffiliated|non[-]affiliated|outside|select[ed]|trusted|certain|the|such|these|those|interested|various|one or more)] [(a|an|any|other|unaffiliated|non[-]affiliated|outside|select[ed]|trusted|certain|the|such|these|those|interested|various|one or more)] [${/[a-z]+/}] (${THIRD_PARTY}|others|companies|organizations|businesses|parties|entities|persons or organizations|anyone|people|individuals|marketers|mailers|publisher[s]|merchants|sponsors)`,
      phrase`(information|data|statistics|PII|records|details|address[es]|list[s]) …10+ (be|is|are|been) …1 (shared|disclosed|provided|made available|transferred|transmitted|passed|given|forwarded|released|reported|exchanged|divulged) …3 (with|to) [(a|an|any|other|unaffiliated|non[-]affiliated|outside|select[ed]|trusted|certain|the|such|these|those|interested|various|one or more)] [(a|an|any|other|unaffiliated|non[-]affiliated|outside|select[ed]|trusted|certain|the|such|these|those|interested|various|one or more)] [${/[a-z]+/}] (${THIRD_PARTY}|others|companies|organizations|parties|entities|anyone|people|individuals|marketers|publisher[s]|merchants|sponsors)`,
      phrase`(${THIRD_PARTY}|other companies|(these|such|other) (companies|(third|3rd) parties|content providers|parties)) …2 [may|might|can|also|will] (collect|receive|obtain|gather|access)* …4 (information|data)`,
    ],
    cue: [phrase`(information|data|statistics|PII|details|it|them|records|address[es]|list[s])`],
    note: 'Shares with third parties without naming a purpose or category ("we may share aggregated information with third parties", "we may disclose your information"). `no` for a plain denial of sharing with third parties in general ("we do not share your information with third parties"); a denial about a kind of recipient ("…with data brokers") or of selling (`sharing/sale`) is not a general denial. "…except as described" is a conditional yes. The card folds this finding away (either status) when a specific sharing finding (service providers, advertisers, …) says yes.',
    examples: {
      match: [{ text: 'We may share aggregated statistics with third parties.', status: 'yes' }, { text: 'Donor records are sometimes exchanged with other charitable organizations.', status: 'yes' }, { text: 'Your address may be passed to a third party mailing company.', status: 'yes' }, { text: 'Third parties may also collect information about your visits to our pages.', status: 'yes' }, { text: 'Anonymous usage data may be made available to other companies.', status: 'yes' }, { text: 'When you order a book, we forward your address to the publisher.', status: 'yes' }, { text: 'We will not share any information we collect with anyone outside our organisation.', status: 'no' }, { text: 'We do not share your personal information with third parties.', status: 'no' }, { text: 'We will not share your information with third parties except as described in this policy.', status: 'no' }],
      noMatch: ['This policy explains how we share information with third parties.', 'We receive information from third parties.', 'You can opt out of sharing with third parties in your settings.', 'Oregon residents may request a list of the third parties to which we disclosed personal data.', 'We may share your information in the following circumstances:', 'We never sell your personal information to third parties.', 'We do not share your data with data brokers or marketing companies.', 'With whom do we share the information we collect with third parties?'],
    },
  },
  {
    id: 'sharing/third_parties:bare',
    section: 'sharing',
    finding: 'third_parties',
    skipIf: choice,
    unless: [POLICY_SCOPE, POLICY_CHANGE, LIST_LEAD_IN, POLICY_SELF_DESCRIPTION],
    onNegated: 'drop',
    patterns: [
      phrase`(share|disclose|release)<((we|us) …3' *) …5+ (information|data|statistics|PII)`,
    ],
    note: 'We share / disclose information, no recipient named. Negated hits are dropped: "we do not share your data with data brokers" denies one kind of recipient, not sharing in general.',
    examples: { match: [{ text: 'We may disclose aggregate statistics about our visitors.', status: 'yes' }], noMatch: ['We do not share your data with data brokers or marketing companies.'] },
  },
];
