/**
 * `sharing`: who else gets the data. OPP-115 counts third parties collecting
 * on the site (ad networks, analytics cookies) as sharing too.
 */
import { RECIPIENT_RE } from './gazetteer';
import type { Rule } from './types';
import { CHOICE_SENTENCE, DISCLOSURE_LIST_REQUEST, LIST_LEAD_IN, POLICY_CHANGE, POLICY_SCOPE, POLICY_SELF_DESCRIPTION, REFERENCE_SENTENCE, SHARE_CONTEXT, SHARE_CUE, SHINE_THE_LIGHT, THIRD_PARTY_DISCLAIMER } from './vocab';

/** The first party itself hands data over ("we may disclose … to third parties"): a disclaimer in the same sentence does not undo it. */
const WE_SHARE =
  /\b(?:we|us)\s(?:\w+\s){0,2}?(?:share|disclose|sell|rent|transfer|forward|transmit)\s(?:[\w'’,-]+\s){0,10}?(?:to|with)\s(?:\w+\s){0,2}?(?:(?:third|3rd)[\s-]part(?:y|ies)|companies|partners|advertisers|marketers|affiliates|organi[sz]ations|businesses|others)\b/i;

/** Choice wording the shared vocabulary misses: "Opting-Out of…", "you have a number of options", "learn how to manage…", "if you wish to limit…". */
const CHOICE_MORE =
  /\bopting[\s-]out\b|\byou\shave\s(?:a\snumber\sof\s|several\s|the\sfollowing\s|many\s)?(?:options|choices)\b|\b(?:learn|find\sout|see)\s(?:more\s)?(?:about\s)?how\s(?:to|you\scan)\s(?:manage|control|limit|opt|disable|prevent)\b|\bif\syou\s(?:wish|want|would\slike)\sto\s(?:limit|stop|prevent|restrict|control)\b|\bhow\s(?:our\s)?(?:users|you|customers)\scan\s(?:\w+\s){0,4}?prevent\b/i;

/** Regional notices about asking what was disclosed ("California residents may request, once a year, information regarding…"). */
const REGIONAL_REQUEST =
  /\bCalifornia\s(?:\w+\s){0,3}?(?:residents?|customers?|users?|law|Civil\sCode)\b[^.;]{0,120}?\b(?:request|obtain|ask\sfor)\b/i;

/** Industry self-regulation memberships (NAI, DAA): a statement about a program, not about whom data goes to. */
const SELF_REGULATION =
  /\bmembers?\sof\s(?:the\s)?(?:Network\sAdvertising\sInitiative|NAI)\b|\b(?:participat\w*\sin|adhere\w*\sto|subscribe\w*\sto)\s(?:the\s)?(?:Digital\sAdvertising\sAlliance|DAA|NAI|self-regulatory)\b/i;

/** Pointers to another section: "For information about …, see the section …". */
const SEE_SECTION = /^\W{0,3}for\s(?:more\s)?information\s(?:about|on|regarding)\b[^.;]{0,200}?\bsee\b/i;

/** Definitions ("Application means a program…"). */
const DEFINITION = /^[^.;:]{0,40}?\b(?:means|refers\sto|is\sdefined\sas)\s(?:a|an|any|the|all)\b|^\W{0,3}["“]?[\w\s]{1,30}["”]?\s(?:are|is)\s(?:a\s)?(?:small|tiny)\b/i;

/** Disclaimers the shared vocabulary misses ("we do not have access to, nor control over…", warranty disclaimers). */
const DISCLAIMER_MORE = /\bnor\scontrol\b|\bno\scontrol\sover\b|\bnot\shave\s(?:\w+\s)?control\b|\bexpress\sor\simplied\b/i;

/** Data the service receives from elsewhere (a source, First Party): "information we receive from other sources includes…". */
const FROM_SOURCES =
  /\b(?:receiv|obtain|collect|get|acquir|purchas|gather)\w*\s(?:[\w,/]+\s){0,10}?from\s(?:\w+\s){0,3}?(?:other\s(?:sources|companies)|(?:third|3rd)[\s-]part(?:y|ies)|(?:third|3rd)[\s-]party\ssources|carriers|data\s(?:suppliers|providers|brokers))\b/i;
const OUTWARD = /\b(?:shar(?:e|es|ed|ing)|disclos\w*|sell|sold|rent|transferr?\w*|provid\w*\s(?:\w+\s){0,4}?to|(?:to|with)\s(?:\w+\s)?(?:third|3rd)\sparties|they\s(?:\w+\s)?(?:collect|use|place|set))\b/i;

/** The user asks for their own data ("if you need to access your information…"), a rights statement. */
const USER_REQUEST = /\bif\syou\s(?:need|want|wish|would\slike)\sto\s(?:access|correct|update|review|delete)\b/i;

/** Summaries of what changed in the policy ("We've added more description about…"). */
const POLICY_SUMMARY = /\b(?:we've|we\shave)\s(?:added|updated|amended|revised|clarified|summari[sz]ed)\b/i;

/** The user signs in with, connects through or posts on a social platform: the platform is a source of data, not a recipient. */
const SOCIAL_SOURCE =
  /\blog(?:ging)?[\s-]?(?:in|into|on(?:to)?)\b|\blog-?ins?\b|\bsign(?:ing)?[\s-]?(?:in|on|up)\b|\bFacebook\sConnect\b|\b(?:access|connect|visit)\w*\s(?:\w+\s){0,3}?(?:via|through)\s(?:a\s)?(?:(?:third|3rd)[\s-]party\s)?(?:website|site|social\s(?:network|media))|\b(?:our|your)\s(?:Facebook|Twitter|Instagram|YouTube|Pinterest|LinkedIn)\s(?:pages?|accounts?|channels?|feeds?|profiles?|applications?|apps?)\b/i;

/** …unless the same sentence says data goes out to the platform or to others there (buttons, widgets, posting to friends). */
const SOCIAL_SHARE =
  /\b(?:with|to)\s(?:others|(?:your\s)?(?:friends|network|followers|connections|contacts)|the\spublic|(?:third|3rd)\sparties|those\s(?:services|sites|networks)|such\s(?:services|sites|networks))\b|\b(?:widgets?|plug-?ins?|buttons?|pixels?|cookies?|advertis\w*|ads)\b/i;

/**
 * Security obligations ("we require our service providers to protect your
 * information", "access is limited to employees and contractors who need to
 * know"): how data is protected (Data Security), not to whom it goes.
 */
const SECURITY_OBLIGATION =
  /\b(?:require|requires|required|ask|asks|request|requests|insist|expect|expects|oblige|obligate|bind)\w*\s(?:[\w,]+\s){0,5}?(?:service\sproviders|vendors|contractors|agents|partners|processors|them|they)\b[^.;]{0,80}?\b(?:protect\w*|secur\w*|confidential\w*|safeguard\w*|standards|controls|properly|encrypt\w*|the\ssame)\b|\b(?:contractors|agents|vendors|service\sproviders)\s(?:[\w,.]+\s){0,12}?(?:are|is)\s(?:\w+\s)?(?:required|obligated|bound)\sto\s(?:\w+\s){0,2}?(?:protect|safeguard|keep|maintain)\b|\b(?:restrict|limit)\w*\s(?:\w+\s){0,6}?access\b[^.;]{0,100}?\b(?:employees|contractors|agents|personnel)\b|\b(?:employees|contractors|agents|personnel)\s(?:\w+\s){0,4}?who\s(?:\w+\s)?need\sto\sknow\b|\bsecure\s(?:operating\s)?environments?\b|\b(?:cannot|can\s?not|can't)\s(?:\w+\s){0,2}?(?:ensure|guarantee|warrant)\b|\b(?:encryption|Secure\sSockets?\sLayer|SSL)\b/i;

/** A plain transfer verb: the sentence also hands data over, so a security clause does not make it a security statement. */
const TRANSFER_VERB = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|sell|rent|transfer(?:s|red)?|utili[sz]e|engage|hire|retain)\b|\b(?:we|us)\s(?:\w+\s){0,2}?use\b/i;

/** Links to other sites are navigation, not disclosure ("we may provide links to the websites of our partners"). */
const LINKS_TO_SITES = /\blinks?\s(?:to\s)?(?:the\s)?(?:\w+\s){0,2}?(?:web\s?sites?|sites|pages)\b/i;

/** Posting in a public area as a collection statement ("we collect information you post in public forums"), without saying others can see it. */
const COLLECT_POSTED = /\b(?:we|us)\s(?:\w+\s){0,2}?collect\b|^\W{0,3}information\s(?:that\s)?you\s(?:provide|post|submit)\b/i;
const VISIBILITY = /\b(?:visible|viewable|read|seen|viewed|collected\sby|used\sby|others|other\s(?:users|members|people|visitors)|anyone|everyone|publicly|public\sinformation|available\sto)\b/i;

/** A group introducing itself ("Acme, together with its parent and affiliates (the "Acme Entities"), operates…"). */
const GROUP_INTRO = /\btogether\swith\s(?:its|our)\s(?:[\w,]+\s){0,6}?affiliates\b[^.;]{0,30}?(?:["“]|\boperates?\b|\bowns?\b)/i;

/** Opt-out sentences are choices (User Choice), not a statement that data is shared. */
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
  /\b(?:(?:third|3rd)[\s-]part(?:y|ies)|partners?|networks?|companies|vendors|providers?|others|outside|shar(?:e|es|ed|ing)|disclos\w*|provid(?:e|ed)\s(?:\w+\s){0,3}?to|sell|sold|rent|transfer\w*|they|their)\b/i;

export const sharingRules: Rule[] = [
  {
    id: 'sharing/service_providers',
    skipIf: [...choice, { has: SECURITY_OBLIGATION, lacks: TRANSFER_VERB, why: 'a security obligation on recipients, not a disclosure' }],
    section: 'sharing',
    finding: 'service_providers',
    patterns: [
      /\b(?:(?:third|3rd)[\s-]party\s)?(?:service|infrastructure|hosting|cloud|payment|email|e-mail|technology|IT|data\sprocessing|authentication|analytics\sand\sinfrastructure)\s(?:providers?|processors?|vendors?|companies)\b/i,
      /\b(?:sub-?)?processors\b|\bvendors\b|\bcontractors\b|\bsuppliers\b|\bfulfil?lment\s(?:partners?|compan(?:y|ies)|centers?|vendors?|houses?)\b|\b(?:payment|credit\scard|card)\s(?:payment\s)?processor\b/i,
      /\b(?:companies|(?:third|3rd)\sparties|organizations|businesses|entities|agents|partners)\s(?:that|who|which)\s(?:\w+\s){0,2}?(?:help|assist|perform|provide\s(?:services|support)|process|host|operate|work)\w*/i,
      /\b(?:perform|provide)\s(?:\w+\s){0,3}?(?:services|functions)\s(?:on\sour\sbehalf|for\sus)\b|\bon\sour\sbehalf\b|\bacting\sfor\sus\b/i,
      /\b(?:process|handle)\s(?:\w+\s){0,3}?(?:payments|transactions|billing|orders)\b|\b(?:deliver|ship)\w*\s(?:\w+\s){0,2}?(?:packages|orders|products)\b/i,
    ],
    cue: [SHARE_CUE],
    context: [SHARE_CONTEXT],
    veto: [/\bthird[\s-]party\sservices\syou\s(?:access|use|visit)/i, /\b(?:internet|wireless|mobile|online)\s(?:or\s\w+\s)?service\sproviders?\b/i],
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
    skipIf: choice,
    section: 'sharing',
    finding: 'advertisers',
    patterns: [
      /\badvertisers\b|\b(?:any|an|the)\sadvertiser\b|\bad(?:vertising)?\s(?:networks?|partners?|companies|servers?|serving\s(?:companies|partners|technology)|exchanges?|platforms?|vendors?|providers?|agencies)\b/i,
      /\bthird[\s-]party\s(?:advertis\w*|ads?\b|ad\sservers?)/i,
      /\b(?:advertising|ads?|marketing)\s(?:trackers|cookies|pixels|technolog(?:y|ies))\b|\b(?:ads|advertisements)\s(?:\w+\s){0,3}?(?:on\sother|across|elsewhere|(?:third|3rd)[\s-]party)/i,
    ],
    cue: [THIRD_PARTY_CUE],
    context: [SHARE_CONTEXT, /\badverti/i],
    note: 'Ad networks, advertising partners and targeted (interest-based) advertising by third parties.',
    examples: {
      match: [{ text: 'We work with third-party ad networks that use cookies to show you ads.', status: 'yes' }, { text: 'We do not share your data with advertisers.', status: 'no' }],
      noMatch: ['We advertise our own products in the app.', 'You can change your settings.', 'Several of the ad networks on our pages are members of the Network Advertising Initiative.'],
    },
  },
  {
    // The service showing its own targeted ads is first-party use: these need a third party in the sentence itself.
    id: 'sharing/advertisers:targeted',
    skipIf: choice,
    section: 'sharing',
    finding: 'advertisers',
    patterns: [
      /\b(?:interest-based|targeted|behaviou?ral|personali[sz]ed|retargeting|re-targeting|cross-context\sbehavioral|online\sbehavioral)\s(?:advertising|ads)\b|\bserve\s(?:\w+\s){0,2}?(?:ads|advertisements)\b|\bfor\s(?:\w+\s){0,2}?(?:advertising|ads)\b/i,
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
      /\b(?:(?:third|3rd)[\s-]part(?:y|ies)|(?:these|such|other|outside|unaffiliated)\s(?:companies|(?:third|3rd)\sparties|partners|parties|entities|networks|vendors)|advertisers?|ad\s(?:networks?|servers?|serving\scompanies)|they)\s(?:\w+\s){0,4}?(?:collect|place|set|use|recogni[sz]e|track|access|read|serve|deliver|drop|gather|receive|obtain)\w*\b/i,
      /\b(?:ads|advertisements|advertising)\s(?:\w+\s){0,6}?(?:served|delivered|displayed|provided)\sby\s(?:\w+\s){0,2}?(?:(?:third|3rd)[\s-]part(?:y|ies)|other\scompanies|outside\scompanies|ad\snetworks|advertisers)\b/i,
    ],
    cue: [/\b(?:advertis\w*|ads|ad|marketing|offers|promotions?)\b/i],
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
      /\b(?:(?:third|3rd)[\s-]part(?:y|ies)|(?:these|such|other|outside|unaffiliated)\s(?:companies|(?:third|3rd)\sparties|partners|parties|entities|vendors|services)|they)\s(?:\w+\s){0,4}?(?:collect|place|set|use|track|record|provide\sus|analy[sz]e|measure|compile|receive)\w*\b/i,
      /\b(?:market|audience|consumer)\sresearch\b|\bthird[\s-]party\s(?:software|tools?|services?)\s(?:\w+\s){0,2}?(?:to\s)?(?:analy[sz]e|measure|track)\b/i,
    ],
    cue: [/\b(?:analy[st]\w*|measur\w*|statistic\w*|reports?|research|audience|traffic|usage|performance)\b/i],
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
      /\b(?:(?:third|3rd)[\s-]party\s|web\s|product\s)?(?:analytics|analytical|statistics|statistical|web\sanalysis)\s(?:providers?|services?|partners?|companies|tools?|vendors?|software|platforms?|solutions?|programs?)\b/i,
      /\bGoogle\sAnalytics\b|\bAdobe\sAnalytics\b|\bVercel\sAnalytics\b|\bPostHog\b|\bMixpanel\b|\bAmplitude\b|\bHotjar\b|\bcomScore\b|\bNielsen\b|\bQuantcast\b|\bChartbeat\b|\bOmniture\b/i,
      /\b(?:measurement|research|analytics)\s(?:partners?|firms?|companies)\b|\bthird[\s-]party\s(?:analytics|measurement|research)\b|\bfor\s(?:\w+\s){0,3}?(?:product\s|web\s|site\s)?analytics\b|\b(?:site|web|usage)\smetrics\s(?:and\s)?(?:analytics)?\b/i,
    ],
    cue: [THIRD_PARTY_CUE, /\b(?:Google|Adobe|Vercel|PostHog|Mixpanel|Amplitude|Hotjar|comScore|Nielsen|Quantcast|Chartbeat|Omniture|we\suse|cookies)\b/i],
    context: [SHARE_CONTEXT, /\banalytics\b/i],
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
      /\bmarketing\s(?:partners?|purposes|networks?|companies|lists?)\b/i,
      // "their own direct marketing", "for the purposes of their marketing": another company's marketing
      /\b(?:their|its|partners'|(?:third|3rd)\sparties')\s(?:own\s)?(?:direct\s)?(?:marketing\b|(?:promotional|advertising)\s(?:purposes|uses?|communications|offers|materials)\b)/i,
      /\b(?:co-?branded|co-?marketing|joint\smarketing|co-?sponsored)\b|\bsponsors?\b|\bpromotional\spartners?\b/i,
      /\b(?:offers?|promotions?|products\sand\sservices)\s(?:\w+\s){0,3}?from\s(?:our\s|select(?:ed)?\s|carefully\sselected\s|trusted\s)?(?:partners|(?:third|3rd)\sparties|other\scompanies|advertisers|sponsors)\b/i,
      /\b(?:partners|(?:third|3rd)\sparties|companies|(?:third|3rd)\sparty|businesses|entit(?:y|ies)|they)\s(?:\w+\s){0,5}?(?:contact\syou|send\syou|offer\syou|market\sto\syou|promote\s(?:\w+\s){0,2}?(?:goods|products|services)|market\stheir|to\smarket)\b|\bon\sbehalf\sof\s(?:other|third|selected)\s(?:businesses|companies|parties)\b|\bother\smarketers\b|\bfor\s(?:their|its)\s(?:own\s)?(?:direct\s)?marketing\b/i,
      /\bdata\sbrokers\b|\bmailing\slists?\b/i,
    ],
    cue: [SHARE_CUE],
    context: [SHARE_CONTEXT],
    veto: [/\bour\s(?:own\s)?marketing\spurposes\b/i],
    note: 'Third parties using the data for their own marketing; co-marketing and sponsors.',
    examples: {
      match: [
        { text: 'We may share your email address with partners for their own marketing purposes.', status: 'yes' },
        { text: 'We do not sell, rent, or trade your personal information to third parties for their marketing purposes.', status: 'no' },
        { text: 'You may receive offers from our partners.', status: 'yes' },
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
      /\baffiliat(?:es?|ed\s(?:companies|entities|businesses|brands|sites|websites))\b|\bsubsidiar(?:y|ies)\b|\bparent\s(?:company|corporation|entity)\b|\b(?:corporate|family\sof)\s(?:family|companies|brands)\b|\bsister\scompanies\b|\bunder\scommon\s(?:control|ownership)\b|\bgroup\scompanies\b|\bcompanies\sin\sour\sgroup\b/i,
    ],
    veto: [/\baffiliate\s(?:links?|marketing|programs?|commissions?)\b/i],
    cue: [/\b(?:shar\w*|disclos\w*|provid\w*\s(?:\w+\s){0,3}?(?:to|with)|transferr?\w*|sell|sold|rent|giv\w*|pass\w*|receiv\w*|available\sto|access\sto|among|between|combin\w*|send|exchang\w*|from\s(?:our|its)\saffiliates|with\s(?:our|its)\saffiliates)\b/i],
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
      /\bmerg(?:e|es|er|ers|ing)\b|\bacquisitions?\b|\bacquired\sby\b|\bacquiring\s(?:entity|company|party)\b|\bbankruptcy\b|\breorgani[sz]ation\b|\bdissolution\b|\bdivestiture\b|\breceivership\b|\bliquidation\b/i,
      /\bsale\sof\s(?:all|substantially\sall|some|part|a\sportion|the\scompany|our\s(?:company|business|assets)|assets|the\sbusiness|a\sbusiness|stock)|\basset\ssales?\b|\bchange\s(?:of|in)\s(?:control|ownership)\b|\bsuccessor\s(?:entity|company|in\sinterest|organization)\b/i,
      // the data named among the assets that change hands: "user information is one of the transferred business assets"
      /\b(?:transferred|acquired|sold|purchased)\s(?:business\s)?assets\b|\b(?:assets|company|business)\s(?:\w+\s){0,2}?(?:are|is|be)\s(?:\w+\s)?(?:sold|acquired|transferred)\b|\b(?:buy|sell)\s(?:or\s(?:buy|sell)\s)?(?:stores|subsidiaries|businesses|business\sunits|assets|companies)\b/i,
    ],
    note: 'Data moves with the business in a merger, acquisition, bankruptcy or asset sale.',
    examples: {
      match: [{ text: 'In the event of a merger, acquisition, or sale of assets, your information may be transferred.', status: 'yes' }, { text: 'If we go through bankruptcy, customer data may be sold.', status: 'yes' }, { text: 'We may buy or sell business units; customer records are usually among the transferred business assets.', status: 'yes' }, { text: 'If the company is ever sold, your account details would pass to the buyer.', status: 'yes' }],
      noMatch: ['We sell products online.', 'You can acquire a licence from us.', 'Our shop sells used books and records.'],
    },
  },
  {
    id: 'sharing/legal',
    selfCondition: 'law',
    section: 'sharing',
    finding: 'legal',
    patterns: [
      /\b(?:required|compelled|permitted|authori[sz]ed|obligated|necessary|requested)\s(?:to\sdo\sso\s)?(?:by|under)\s(?:applicable\s|the\s)?(?:law|statute|regulation|legal\sprocess)/i,
      /\blaw\senforcement\b|\bpolice\b|\bsubpoenas?\b|\bcourt\sorders?\b|\bsearch\swarrants?\b|\blegal\s(?:process|proceedings?|requests?|obligations?|requirements?|authorities|claims?|demands?|action)\b|\bjudicial\sproceedings?\b|\blegally\s(?:necessary|required|obliged|obligated|compelled|bound)\b|\b(?:judicial|court|search|valid|legal)\s(?:[\w-]+\s)?warrants?\b/i,
      /\bcomply\s(?:with\s)?(?:a\s|any\s|all\s|applicable\s|the\s|our\s|relevant\s){0,2}(?:law|laws|legal|regulations?|rules|court|subpoena|government\w*|obligations?|requests?)\b/i,
      /\b(?:government(?:al)?|public|regulatory|tax|judicial|competent)\s(?:authorit(?:y|ies)|agenc(?:y|ies)|requests?|officials|bodies|entities)\b|\blawful\srequests?\b/i,
      /\bprotect\s(?:and\sdefend\s)?(?:the\s)?(?:our\s)?(?:rights|property|safety|security)\s(?:\w+\s){0,2}?(?:of|or)\b|\bprotect\sour\srights\b|\bemergenc(?:y|ies)\b|\b(?:danger|risk)\sof\s(?:death|serious|physical)\b|\bserious\s(?:bodily\s)?(?:injury|harm)\b|\b(?:the\s)?law\srequires\b|\bgood\sfaith\sbelief\b|\b(?:investigate|prevent|detect)\s(?:\w+\s){0,3}?(?:fraud|illegal\sactivit|suspected\sillegal)/i,
    ],
    // answering the authorities is disclosing to them: "we respond to government requests", "we cooperate with law enforcement"
    cue: [SHARE_CUE, /\b(?:respond\w*|answer\w*|repl(?:y|ies|ied))\sto\s(?:\w+\s){0,2}?(?:legal|government\w*|law\senforcement|lawful|official|court)\s(?:\w+\s)?(?:requests?|demands?|process|orders?|inquir(?:y|ies))\b|\bcooperat\w*\swith\s(?:\w+\s)?(?:law\senforcement|authorit\w*|government\w*|police|regulators?)\b|\b(?:unveil\w*|hand\w*\sover|turn\w*\sover|reveal\w*)\b|\bin\sresponse\sto\s(?:a\s|an\s|any\s)?(?:legal|lawful|valid|government\w*|court)\b/i],
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
      /\bpublicly\s(?:available|visible|viewable|accessible|displayed|posted|searchable|shared)\b|\bmade\spublic\b|\b(?:may\s)?publish\s(?:your|the)\s(?:\w+\s){0,2}?(?:name|screen\sname|comments?|reviews?|content|information|posts?|photos?)\b|\ballow\s(?:(?:third|3rd)\sparties|others|other\s(?:users|members))\sto\s(?:see|view|access)\b|\b(?:are|is|will\sbe)\spublic\b|\bbecomes?\spublic\b|\bpublic\sinformation\b/i,
      /\b(?:public|community)\s(?:areas?|forums?|profiles?|spaces?|boards?|portions?|posts?|comments?|parts?|sections?)\b/i,
      /\b(?:visible|available|accessible|viewable|displayed|disclosed)\sto\s(?:other\susers|others|the\spublic|anyone|other\smembers|everyone|all\susers|the\scommunity|other\s(?:visitors|participants))\b|\bother\s(?:users|members|visitors|players|participants)\s(?:\w+\s){0,2}?(?:can|may|will|could)\s(?:see|view|access|read)\b|\bnot\sprivate\b|\b(?:be|is|are)\s(?:\w+\s)?(?:read|viewed|seen|accessed|collected|used|copied)(?:,?\s(?:and\s|or\s)?(?:read|viewed|seen|accessed|collected|used|copied|shared))*,?\sby\s(?:other\s(?:users|members|visitors|people|participants|players)|others|anyone|any\sone|the\spublic|everyone)\b/i,
    ],
    veto: [/\bpublicly\savailable\s(?:sources|records|databases|information\sabout\syou\sfrom)\b/i, /\bPublic\s(?:Information|Records)\s(?:Act|Law)\b|\bpublic\s(?:body|bodies|institution|higher\seducation|university|school|agency|agencies|sector)\b|\bremains?\savailable\b/i],
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
    patterns: [/\b(?:message|bulletin|discussion)\sboards?\b|\bchat\s?rooms?\b|\bforums?\b|\bblogs?\b|\bcomments?\ssections?\b|\breviews?\syou\spost\b/i],
    cue: [/\b(?:public(?:ly)?|anyone|others|other\s(?:users|members|visitors|people)|read\sby|viewed\sby|seen\sby|collected\sby|visible|(?:third|3rd)\sparties)\b/i],
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
      /\b(?:with|without)\s(?:your\s|the\suser's\s)?(?:prior\s|express\s|explicit\s|affirmative\s|opt-in\s)?(?:written\s)?(?:consent|permission|authori[sz]ation)\b/i,
      /\b(?:whenever|if|when|where)\syou\s(?:\w+\s)?(?:consent|agree|direct|authori[sz]e|choose|ask)\s(?:to\s)?(?:or\s\w+\s)?(?:such|this|the|that|us)?\s?(?:sharing|disclosure|transfer)\b|\bat\syour\s(?:direction|request|instruction)\b|\b(?:you|users?)\s(?:explicitly\s|specifically\s|expressly\s)?(?:direct|authori[sz]e|instruct|ask)\s(?:us|them)\b|\bwhen\syou\s(?:explicitly\s)?(?:connect|link|enable|choose\sto\sshare)\b|\bintegrations?\syou\s(?:connect|enable)/i,
      // a fronted condition ("If you consent, your details may be shared …") or a limiting one ("only if you authorize them")
      /\b(?:if|when|once|where)\syou\s(?:\w+\s)?(?:consent|agree|opt\sin)\s?,|\bonly\s(?:if|when|after|once)\syou\s(?:\w+\s)?(?:consent|agree|authori[sz]e|approve|allow|permit)\b(?!\sto\s(?:the|these|our|this)\s(?:[\w-]+\s)?(?:terms|agreement|conditions))/i,
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
      /\b(?:sold|rented|traded|leased|bartered)\b(?<=\b(?:information|data|e-?mails?|lists?|PII|content|details)\b[^.;:!?]{0,80}?\b(?:sold|rented|traded|leased|bartered))/i,
      /\b(?:information|data)\s(?:\w+\s){0,2}?for\ssale\b|\bsale\sof\s(?:your\s|their\s)?(?:personal\s|customer\s|user\s)?(?:information|data)\b|\bsell\s(?:or\sshare\s)?(?:personal\s)?(?:information|data)\b/i,
    ],
    veto: [
      /\bdo\snot\ssell\s(?:or\sshare\s)?my\b/i,
      /\bopt[\s-]?out\sof\s(?:the\s)?(?:sale|selling)\b[^.;]{0,40}/i,
      // CCPA category tables: "information we have collected, disclosed or sold in the past 12 months"
      /\b(?:collected|used|disclosed|shared),?\s(?:and\s|or\s|and\/or\s)(?:sold)\b/i,
      /\bwhether\s(?:we\s)?(?:sell|sold)\b|\bif\swe\s(?:sell|sold)\b|\bsale\sof\s(?:all|substantially|some|part|our|the\scompany|assets)\b/i,
    ],
    unless: [/\bright\sto\sknow\b|\bright\sto\sopt[\s-]?out\b/i],
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
      noMatch: ['Do Not Sell My Personal Information', 'We sell shoes and accessories.', 'You have the right to opt out of the sale of your personal information.'],
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
      /\b(?:provided|administered|powered|hosted|served|delivered|conducted|processed|supplied)\sby\s(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2})(?=[\s,.;)]|$)/,
      /\b(?:called|named)\s(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2})(?=[\s,.;)]|$)/,
      /(?<![\w.])(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2}),\s(?:a|an|our)\s(?:(?:third|3rd)[\s-]party|service\sprovider|vendor|company|partner|provider)\b/,
      // a company the service engages, named with its legal form ("we use Foo, Inc. to process billing") or as one camel-cased word ("we partner with AdServe to serve ads")
      /\b(?:[Ww]e\s(?:\w+\s)?(?:use|engage|hire|retain)|[Pp]artner(?:s|ed)?\swith|[Ww]ork\swith|[Cc]ontracts?\swith|[Ss]ervices?\sof)\s(?<name>[A-Z][A-Za-z0-9&'-]{2,30}(?:\s[A-Z][A-Za-z0-9&'-]{1,30}){0,2}),?\s(?:Inc|LLC|Ltd|Corp|Corporation|GmbH|plc|L\.L\.C)\b/,
      /\b(?:[Ww]e\s(?:\w+\s)?(?:use|engage|hire|retain)|[Pp]artner(?:s|ed)?\swith|[Ww]ork\swith|[Cc]ontracts?\swith)\s(?<name>[A-Z][a-z]{1,15}[A-Z][A-Za-z]{1,15})(?=\s(?:to|for|as|and|which|who|that)\b|[,.;])/,
    ],
    cue: [SHARE_CUE, /\b(?:uses?|using|through|via|by|powered\sby|hosted|cookies|pixels?|tags?|plug-?ins?|analytics|sdk)\b/i],
    skipIf: [...choice, { has: SOCIAL_SOURCE, lacks: SOCIAL_SHARE, why: 'the user signs in with or posts on a platform: a source, not a recipient' }],
    // a platform the user signs in with or links to is a source, not a recipient
    veto: [
      /\b(?:Google|Facebook|Twitter|Apple|Microsoft|LinkedIn|Discord|GitHub)(?:\+|\s(?:accounts?|log-?in|sign-?in|profiles?|user\sdata|API|APIs|Play|Calendar|Meet|Identity|Privacy\sPolicy))/,
      // software the user runs (browsers, plug-ins, operating systems) and the vendor's own help pages
      /\b(?:Microsoft|Google|Apple|Adobe|Mozilla|Netscape)(?:'s|’s)?\s(?:Internet\sExplorer|Edge|Chrome|Safari|Firefox|Windows|Acrobat|Reader|iOS|phones?|devices?|computers?|Web\s?site|website|interface|operating\ssystems?|browsers?)\b/,
      // the brand that owns the sites and services is the policy's own ("when a Microsoft site or service collects…")
      /\b[A-Z][A-Za-z]{2,20}(?:'s|’s)?\s(?:sites?(?:\sand|\sor)\sservices?|sites?|services?|products|websites?|web\ssites|properties|brands|apps?|tournament)\b(?<!(?:Google|Amazon)(?:'s|’s)?\sservices?)|\b[A-Z][A-Za-z]{2,20}-powered\b/,
      // a third-party site's own terms and pages
      /\b(?:Facebook|Twitter|Google|Instagram|YouTube|Pinterest|LinkedIn)(?:'s|’s)?\s(?:site|Statement\sof\s\w+|Data\sUse\sPolicy|Terms|page|pages|applications?|apps?|feed|channel|user\s?name|password)\b/,
    ],
    context: [SHARE_CONTEXT],
    detail: 'recipient',
    unless: [/\b(?:this|our|the)\s(?:online\s)?(?:privacy\s)?(?:policy|notice|statement)\s(?:\w+\s){0,4}?(?:applies|describes|covers|governs)\b/i],
    note: 'One finding per named recipient; detail holds the canonical name. Names come from a gazetteer of well-known companies or from provider lists ("Supabase (hosting)", "CDN (Cloudflare)").',
    examples: {
      match: [
        { text: 'We use Google Analytics to measure traffic.', status: 'yes', detail: 'Google Analytics' },
        { text: 'We share information with these providers:\n- Payment Processing: Stripe (payment processing)', status: 'yes', detail: 'Stripe' },
        { text: 'Infrastructure providers — hosting, CDN (Cloudflare), database services', status: 'yes', detail: 'Cloudflare' },
        { text: 'We use Billwise, Inc. to handle subscription billing, so it receives your card details.', status: 'yes', detail: 'Billwise' },
        { text: 'We partner with AdVantage to serve ads on our pages.', status: 'yes', detail: 'AdVantage' },
      ],
      noMatch: [
        'We share data with service providers.',
        'Adjust your browser settings to refuse cookies.',
        'Readers can log in through Twitter or LinkedIn to leave a comment.',
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
    unless: [POLICY_SCOPE, POLICY_CHANGE, LIST_LEAD_IN, POLICY_SELF_DESCRIPTION, /\b(?:describes?|explains?|outlines?|understand|learn)\s(?:\w+\s){0,3}?(?:how|what|when|with\swhom)\b|\bif\syou\shave\s(?:\w+\s){0,2}?questions?\b/i, /\?\s*$|\bread\s(?:this|our|the)\s(?:\w+\s)?(?:policy|notice|statement)\b|\b(?:outlines|describes|explains)\s(?:\w+\s){0,3}?(?:types|ways|categories)\b|\ba\slist\sof\s(?:the\s)?(?:third|3rd)\sparties\b|\brights?\sto\sknow\b/i],
    hint: /shar|disclos|provid|transmi|transfer|pass|forward|giv|releas|report|available|collect|receiv|obtain|gather|access|exchang|divulg/i,
    patterns: [
      /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|transmit(?:s|ted)?|transferr?(?:s|ed)?|pass(?:es|ed)?|forward(?:s|ed)?|giv(?:e|es|en)|releas(?:e|es|ed)|report(?:s|ed)?|exchang(?:e|es|ed)|divulg(?:e|es|ed)|mak(?:e|es)\s(?:[\w'’/-]+\s){0,4}?available)\s(?:[\w'’/,-]+\s){0,10}?(?:with|to)\s(?:(?:a|an|any|other|unaffiliated|non-?affiliated|outside|select(?:ed)?|trusted|certain|the|such|these|those|interested|various|one\sor\smore)\s){0,2}(?:[a-z]+\s)?(?:(?:third|3rd)[\s-]part(?:y|ies)|others|companies|organizations|businesses|parties|entities|persons\sor\sorganizations|anyone|people|individuals|marketers|mailers|publishers?|merchants|sponsors)\b/i,
      /\b(?:information|data|statistics|PII|records|details|address(?:es)?|lists?)\s(?:[\w'’/,-]+\s){0,10}?(?:be|is|are|been)\s(?:\w+\s)?(?:shared|disclosed|provided|made\savailable|transferred|transmitted|passed|given|forwarded|released|reported|exchanged|divulged)\s(?:\w+\s){0,3}?(?:with|to)\s(?:(?:a|an|any|other|unaffiliated|non-?affiliated|outside|select(?:ed)?|trusted|certain|the|such|these|those|interested|various|one\sor\smore)\s){0,2}(?:[a-z]+\s)?(?:(?:third|3rd)[\s-]part(?:y|ies)|others|companies|organizations|parties|entities|anyone|people|individuals|marketers|publishers?|merchants|sponsors)\b/i,
      /\b(?:(?:third|3rd)[\s-]part(?:y|ies)|other\scompanies|(?:these|such|other)\s(?:companies|(?:third|3rd)\sparties|content\sproviders|parties))\s(?:\w+\s){0,2}?(?:may\s|might\s|can\s|also\s|will\s)?(?:collect|receive|obtain|gather|access)\w*\s(?:\w+\s){0,4}?(?:information|data)\b/i,
    ],
    cue: [/\b(?:information|data|statistics|PII|details|it|them|records|address(?:es)?|lists?)\b/i],
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
      /\b(?:share|disclose|release)(?<=\b(?:we|us)\s(?:[\w'’]+\s){0,3}?\w+)\s(?:[\w'’/,-]+\s){0,5}?(?:information|data|statistics|PII)\b/i,
    ],
    note: 'We share / disclose information, no recipient named. Negated hits are dropped: "we do not share your data with data brokers" denies one kind of recipient, not sharing in general.',
    examples: { match: [{ text: 'We may disclose aggregate statistics about our visitors.', status: 'yes' }], noMatch: ['We do not share your data with data brokers or marketing companies.'] },
  },
];
