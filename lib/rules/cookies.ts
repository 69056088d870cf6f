/** `cookies`: cookie categories and Do Not Track. */
import type { Rule } from './types';
import { THIRD_PARTY } from './vocab';
import { phrase, casedPhrase } from './phrase';

export const cookiesRules: Rule[] = [
  {
    id: 'cookies/essential',
    hint: phrase`*cookie*|*tracker*`,
    section: 'cookies',
    finding: 'essential',
    patterns: [
      // "non-essential cookies" are the opposite
      phrase`${/(?<!\bnon-|\bnon\s|\bnot\s)/}(essential|strictly necessary|necessary|required|functional|session|authentication) cookies|cookies[ ][(—|–|:|-)[ ]]…3 (for|to) (authentication|log[ ]in|keep you logged|remember your (preferences|settings|login)|session|security)|session cookies`,
      // the service needs them: "cookies are necessary for the service to function", "cookies are required to log in"
      phrase`cookies …3 (are|is) [*] (required|necessary|essential|needed|indispensable) (for|to|in order to)`,
    ],
    note: 'Cookies needed to run the service (sessions, authentication, preferences).',
    examples: { match: [{ text: 'Essential Cookies: Required for the Service to function', status: 'yes' }, { text: 'Cookies — for authentication sessions and locale preferences', status: 'yes' }, { text: 'You accept that cookies are necessary for the shop to work.', status: 'yes' }, { text: 'Some cookies are strictly required to sign in.', status: 'yes' }, { text: 'No cookies are required to read the blog.', status: 'no' }], noMatch: ['We use advertising cookies.', 'Cookies are small text files.', 'We rely on your consent for non-essential cookies and marketing e-mails.'] },
  },
  {
    id: 'cookies/analytics',
    hint: phrase`*cookie*|*tracker*`,
    section: 'cookies',
    finding: 'analytics',
    patterns: [
      phrase`(analytic[s]|analytical|performance|statistic[s]|measurement) cookies|Google Analytics [uses] cookies|analytics [*] (use[s]|set[s]|place[s]|relies on) [its own|their own] [first-party|(third|3rd)( |-)party] cookies`,
      // cookies and analytics in either order within the sentence: "cookies for the purposes of web analytics", "analytics tools … including cookies"
      /\bcookies?\b[^.;:!?]{0,100}?\b(?:analy(?:[sz]\w*|tic\w*)|measure\w*|understand\show|statistics|traffic)\b/i,
      // "cookies" matched first, the analytics tool looked for behind it (a leading lookbehind would run at every position)
      phrase`cookie[s]<((analytics|analytical) (service[s]|provider[s]|tool[s]|technolog(y|ies)|software|partners|companies)~120cookie[s])`,
    ],
    note: 'Cookies for analytics and measurement, in any word order within the sentence.',
    examples: {
      match: [
        { text: 'Analytics Cookies: Help us understand how you use the Service', status: 'yes' },
        { text: 'Our analytics service operates without cookies.', status: 'no' },
        { text: 'We may use third-party cookies for the purposes of web analytics and error reports.', status: 'yes' },
        { text: 'We use analytics tools, including cookies and similar technologies, to count visits.', status: 'yes' },
        { text: 'We do not use cookies to analyse how you use the site.', status: 'no' },
      ],
      noMatch: ['We use cookies for authentication.', 'Analytics help us improve the course.'],
    },
  },
  {
    id: 'cookies/advertising',
    hint: phrase`*cookie*|*tracker*|*pixel*|*beacon*|*adsense*|*doubleclick*|*adwords*|*google ads*|*criteo*|*taboola*|*outbrain*`,
    section: 'cookies',
    finding: 'advertising',
    patterns: [
      phrase`(advertising|targeting|marketing|ad|tracking|retargeting) cookies|advertising trackers`,
      // cookies and advertising in either order within the sentence: "cookies … to tailor advertising", "advertisers … place cookies"
      /\b(?:cookies?|web\sbeacons|pixel\stags|tracking\s(?:technolog(?:y|ies)|methods))\s(?:[\w,'’()-]+\s){0,12}?(?:advertis\w*|ads|targeted|targeting\sadvertis\w*|interest-based|remarketing|retargeting)\b/i,
      /\b(?:advertisers|advertising\s(?:partners|companies|networks|vendors|service\sproviders)|ad\s(?:networks?|servers?|partners|companies))\s(?:[\w,]+\s){0,8}?(?:place|places|set|sets|use|uses|read|reads|serve|serves|drop|drops)\s(?:[\w,'’()-]+\s){0,6}?(?:cookies?|web\sbeacons|pixel\stags|pixels|tracking\s(?:technolog(?:y|ies)|methods))\b/i,
      // named advertising tools that set cookies or pixels
      casedPhrase`(AdSense|DoubleClick|AdWords|Google Ads|Facebook (P|p)ixel|Meta (P|p)ixel|Criteo|Taboola|Outbrain)`,
    ],
    note: 'Cookies, pixels or trackers for advertising, in any word order within the sentence, and named advertising tools (AdSense, DoubleClick, the Facebook pixel).',
    examples: {
      match: [
        { text: 'We do not use third-party tracking cookies or advertising cookies.', status: 'no' },
        { text: 'Our partners use cookies to show you ads.', status: 'yes' },
        { text: 'Ad networks that work with us may place or read cookies in your browser.', status: 'yes' },
        { text: 'These cookies may be used to tailor advertising to you elsewhere.', status: 'yes' },
        { text: 'The site also shows Google AdSense banners.', status: 'yes' },
        { text: 'We never let advertisers set cookies on our site.', status: 'no' },
        { text: 'Our cookies are not used for advertising.', status: 'no' },
        { text: 'Partners may set cookies on our pages to provide you with advertising that matches your interests.', status: 'yes' },
        { text: 'Advertisers may use industry-wide tracking methods (e.g. cookies) when you engage with their ads.', status: 'yes' },
      ],
      noMatch: ['We use cookies for authentication.', 'Cookies keep you signed in.'],
    },
  },
  {
    id: 'cookies/third_party',
    hint: phrase`*cookie*|*tracker*|*pixel*|*beacon*|*technolog*|*tags*`,
    section: 'cookies',
    finding: 'third_party',
    patterns: [
      // "third-party cookies", "third party advertising cookies", "third parties' cookies"
      phrase`third( |-)part(y|ies)['|’] …2- cookies`,
      // "cookies placed by a third party", "cookies set by our partners"
      phrase`cookies …3 (placed|set|served|used|dropped|stored) by [a|an|the|our] (${THIRD_PARTY}|partners|service providers|advertisers|other companies|ad networks|analytics providers)`,
      // an outside actor using cookies, in any order within the sentence: "third party vendors, including Google, use cookies",
      // "the third parties that display advertisements on our site may use tracking technologies, such as cookies"
      /\b(?:(?:third|3rd)[\s-]part(?:y|ies)|advertisers|ad\s(?:networks?|servers?|partners)|advertising\s(?:partners|companies|networks|vendors)|analytics\s(?:providers|services|partners|companies|firms)|(?:service\s)?providers|vendors|partners)\b[^.;:!?]{0,120}?\b(?<verb>use|uses|place|places|set|sets|serve|serves|drop|drops|deploy|deploys|employ|employs)\b(?:[^.;:!?]|\b[ei]\.[ge]\.){0,80}?\b(?:cookies?|web\sbeacons|pixel\stags|pixels|tracking\stechnolog(?:y|ies))\b/i,
      // tools of outside companies the service uses: "cookies … from third-party partners such as Google"
      phrase`(cookies|web beacons|pixels|tags|technolog(y|ies)) …4+ from [our] [(third|3rd)( |-)party] (partners|providers|vendors|advertisers|ad networks|companies)`,
    ],
    note: 'Cookies and trackers set by third parties, in any word order within the sentence.',
    examples: {
      match: [
        { text: 'We do not use third-party tracking cookies.', status: 'no' },
        { text: 'Some of our service providers may place cookies on your device.', status: 'yes' },
        { text: 'We use third-party advertising cookies to measure campaigns.', status: 'yes' },
        { text: 'These are cookies placed by a third party on your device.', status: 'yes' },
        { text: 'Advertising partners, including several ad exchanges, may use cookies and web beacons to learn what you read.', status: 'yes' },
        { text: 'Our analytics providers do not set cookies on your device.', status: 'no' },
        { text: 'We never allow third-party cookies on our pages.', status: 'no' },
        { text: 'While they show ads here, these partners may place a cookie on your browser.', status: 'yes' },
        { text: 'We do not share your e-mail with these partners, however, while showing ads these partners may place a cookie on your browser.', status: 'yes' },
        { text: 'Ad networks may use tracking methods (e.g., cookies and beacons) to count views.', status: 'yes' },
        { text: 'We use pixels and other technologies from third-party vendors such as ad exchanges to measure campaigns.', status: 'yes' },
      ],
      noMatch: ['We use first-party cookies only for login.', 'Our partners use your feedback to improve the course.'],
    },
  },
  {
    id: 'cookies/third_party:social',
    hint: phrase`*social*|*button*|*widget*|*plug[-]in*|*pixel*`,
    section: 'cookies',
    finding: 'third_party',
    patterns: [
      phrase`social [media|network[ing]|sharing] (feature[s]|widget[s]|plug[-]in[s]|button[s]|tools)|(Like|Share|Tweet|Follow|Share this)["|”] (button[s]|widget[s])|Facebook pixel`,
    ],
    // the embedded tool itself records the visit
    cue: [phrase`(collect*|track*|record*|log*|gather*|recogni(s|z)*|set* [a] cookie[s]|place* [a] cookie[s]|see how many|measure*|your IP address)`],
    note: 'Social buttons, widgets and pixels that another company embeds in the pages record the visit for that company: third-party tracking even when the sentence never says "cookie".',
    examples: {
      match: [
        { text: 'Our pages include social media features, such as share buttons, which may collect your IP address and the page you visit.', status: 'yes' },
        { text: 'The Facebook pixel lets us measure which ad led to a sign-up.', status: 'yes' },
        { text: 'We do not use social plug-ins that track you.', status: 'no' },
      ],
      noMatch: ['You can follow us on social media.', 'Share buttons let you post our articles to your friends.'],
    },
  },
  {
    id: 'cookies/dnt',
    hint: phrase`*track*|*DNT*`,
    section: 'cookies',
    finding: 'dnt',
    patterns: [
      casedPhrase`Do( |-)Not( |-)Track|DNT|DO NOT TRACK`,
      phrase`do( |-)not( |-)track["|”] [${/\(/}DNT${/\)/}] (signal[s]|setting[s]|request[s]|feature[s]|header[s]|preference[s]|mechanism[s]|option[s]|standard[s]|browser)`,
    ],
    // what the service does with the signal; a sentence that only describes Do Not Track states no practice
    // the status is read at that verb, the one nearest the name: "browsers send Do Not Track signals; we do not respond to them"
    readAtCue: true,
    cue: [phrase`(hono[u]r*|respond*|recogni(s|z)*|support*|compl(y|ies|ied)|follow*|respect*|accept*|obey*|abide*|process*|ignor*|disregard*|act* on|treat*|react*|monitor*|interpret*|uniform standard|no industry|not [yet] [been] (standardi(s|z)ed|agreed|established))`],
    note: 'Do Not Track: yes when honoured, no when the policy says it does not respond to it. A sentence that only describes the setting ("Do Not Track is a browser preference") states no practice and gives no finding.',
    examples: {
      match: [
        { text: 'We do not currently respond to "Do Not Track" browser signals.', status: 'no' },
        { text: 'We honor Do Not Track signals.', status: 'yes' },
        { text: 'Our service does not monitor or follow any Do Not Track browser requests.', status: 'no' },
        { text: 'Because there is no industry standard yet, we are unable to respond to DNT signals.', status: 'no' },
        { text: 'Some browsers send Do Not Track signals; we do not respond to such signals.', status: 'no' },
        { text: 'Your browser may transmit a DNT header, but our servers do not recognise it.', status: 'no' },
        { text: 'Some browsers send Do Not Track signals, and we honour them.', status: 'yes' },
      ],
      noMatch: ['We do not track you.', 'Do Not Track is a preference you can set in your web browser.'],
    },
  },
  {
    id: 'cookies/dnt:refused-later',
    hint: phrase`*signal*|*request*|*setting*|*header*|*them`,
    section: 'cookies',
    finding: 'dnt',
    // "Some browsers send Do Not Track signals. Our site ignores these signals." The refusal is in the next sentence.
    patterns: [phrase`(ignor* |disregard* |(respond|react|hono[u]r|recogni(s|z)e|act)* [to|on] )(such|these|those|this|the|that|any such) (signal[s]|request[s]|setting[s]|header[s]|preference[s])|(respond|hono[u]r|recogni(s|z)e)* to them|(ignor*|disregard*) them|(take|takes|taking) [any] action[s] in response to (such|these|those|this|the|that) (signal[s]|request[s]|setting[s]|header[s])`],
    previousCue: [phrase`Do( |-)Not( |-)Track|DNT`],
    note: 'A Do Not Track refusal (or promise) in the sentence after the one that names the signal.',
    examples: {
      match: [
        { text: 'Our site ignores these signals.', status: 'no', previous: 'Some browsers can send a Do Not Track signal.' },
        { text: 'There is no common standard yet, so we do not take any action in response to these signals.', status: 'no', previous: 'Your browser may offer a Do Not Track setting.' },
        { text: 'We honour such requests where technically possible.', status: 'yes', previous: 'You may turn on DNT in your browser.' },
      ],
      noMatch: ['We ignore these requests when they are unfounded.'],
    },
  },
];
