/**
 * `rights`: what the user can do. Most ids need the user as the actor ("you
 * can", "right to", "request") so that "we restrict access" or "we delete
 * inactive accounts" do not count as rights.
 */
import type { Rule } from './types';
import { ANY_RIGHT_VERB, DATA_OBJECTS, PERSONAL_RECORDS, RIGHT_VERBS, passiveList, verbListObject } from './phrases';
import { REFERENCE_SENTENCE, RIGHTS_CONTEXT, SHINE_THE_LIGHT, THIRD_PARTY_DISCLAIMER, USER_CONTENT } from './vocab';
import { phrase } from './phrase';

/** "If you have questions about … your choices, contact us" invites a question; it offers no choice. */
const QUESTIONS = phrase`if you have …2 (question[s]|concern[s]|comments)`;

const ABILITY_CUE =
  phrase`(you [*] (cannot|can't|can’t|will not be able to|are not able to|are unable to|can|may|could|will be able to|are able to|have the right|are entitled|have the ability|have the option)|right (to|of)|right[s]|request*|ask [that] (we|us)|contact us|let us know|email us|write to us|by (logging|visiting|going|clicking|contacting|emailing|sending)|through your account|in your account|account settings|settings|(please|simply) (contact|email|visit|log|go|click|send|call|write)|(user[s]|member[s]|student[s]|subscriber[s]|registrant[s]|visitor[s]|customer[s]|consumer[s]|parent[s]|account holder[s]|participant[s]|applicant[s]|donor[s]) [*] (can|may|are able)|if you …6 (would like|wish|want|prefer|need)|(log|sign)[ ]in[to]|contact [our|your] [*] (support|customer (service|care)|team|representative[s]|office)|to (do so|request|exercise)|allow[s] you|enable[s] you|let[s] you|option (to|of)|choose to|(is|are|will be) (permitted|allowed) to|is available|are available|(procedure[s]|instruction[s]|steps|way[s]|means|mechanism[s]|tool[s]) (to|for|on|that allow))`;

const cue = [ABILITY_CUE];

/** "You may not opt out of these messages" states there is no choice. */
const CANNOT_OPT_OUT = phrase`(may not|cannot|can't|can not|unable to|not be able to) opt[ |-]out`;

/**
 * What follows a choice already made ("if you opt out, you may still see
 * ads", "if you delete cookies you will need to opt out again") describes
 * its limits; the choice itself is stated elsewhere.
 */
const AFTER_OPTING_OUT =
  phrase`(if|when|once|after) you …2 (opt[ |-]out|delete|clear|change|disable|block|reject|refuse)~140you [*] (may|might|will|would|could) [*] (still|need|have to|no longer|continue)`;

/** "We reserve the right to access/remove" is the company's power, not the user's right. */

const COMPANY_RIGHT = phrase`reserve[s] (the|all) right*|(we|company|it|they) [*] (has|have|retain[s]) (the|all) right*`;

/** The policy describing itself ("this policy explains … how you can correct it"): an overview, not the right. */
const SELF_DESCRIPTION =
  phrase`(this|our|the) [online] [privacy] (policy|notice|statement) …4 (applies|describes|covers|explains|outlines|sets out|tells you)|help you understand`;
const context = [RIGHTS_CONTEXT];

function right(finding: string, patterns: RegExp[], note: string, match: Array<string | { text: string; value?: string; status?: 'yes' | 'no' }>, noMatch: string[], extra: Partial<import('./types').Rule> = {}): import('./types').Rule {
  // `finding:variant` names a second rule for the same taxonomy id
  return { id: `rights/${finding}`, section: 'rights', finding: finding.split(':')[0]!, patterns, cue, context, unless: [COMPANY_RIGHT, SELF_DESCRIPTION, SHINE_THE_LIGHT], note, examples: { match, noMatch }, ...extra };
}

export const rightsRules = [
  right(
    'access',
    [
      phrase`((request|obtain|get|receive|review|view|see|know)|you …2 have) …2 (access to|a copy of|copies of|confirmation of)!( …2 (password-protected|area[s]|feature[s]|computer[s]|device[s]|network[s]|system[s]|tracking|the (site|service|website)))`,
      phrase`[right (of|to)] access [to] [and *] (your|their|the|any|all|such|certain|personal) …2 (information|data|records|details|profile|account)`,
      verbListObject(['access', 'review', 'consult', 'inspect'], ANY_RIGHT_VERB, PERSONAL_RECORDS),
      phrase`(receive|obtain|request) [*] information about (the|your|his|her|their) [personal] (data|information)`,
      // the service giving the user a look at their data: "we will provide you with access", "we will let you see the information we hold"
      phrase`(provide|give|offer)[s] (you|user[s]|the user[s]|individual[s]|member[s]|customer[s]) [with] access!( [to] (the|our|this|certain|some|all) …2- (site|website|service[s]|app|platform|feature[s]|area[s]|content|functionality|product[s]|network|system[s]))|let[s] (you|user[s]|member[s]|customer[s]) (see|view|review|inspect) …3 (information|data|details|records)`,
      phrase`(ask|request) …2 [for] [a] cop(y|ies) of|(give|send|provide) (you|them) [with] [a] cop(y|ies) of (your|their|the) …2 (data|information)|right to (know|access)|right of access|(review|view|inspect) [and *] (your|their|the|any|all) …3+ (information|data|profile|account information|records)|what [personal] (information|data) [we] (have|hold|maintain) (about|on|from) you|(know|request*|ask|learn|find out|confirm*|informed of|tell you) …4 what [personal] (information|data) [we] (collect|process|use) (about|on|from) you|access [(and|or) *] (request[s]|right[s])|(ask|know|learn|find out|confirm*|confirmation) …2 (whether|if) (we|the company|it) …1 (hold|holds|have|has|process|processes|store|stores|keep|keeps) [any] [personal] (information|data)`,
    ],
    'See or get a copy of the data; the CCPA right to know.',
    [{ text: 'You have the right to request access to the personal information we hold about you.', status: 'yes' }, { text: 'You can review and update your account information at any time.', status: 'yes' }, { text: 'Right of access: obtain confirmation of whether we process your data and request a copy of it.', status: 'yes' }, { text: 'At any time you can access, update or erase any personal data in your account.', status: 'yes' }, { text: 'You have the right to ask whether we hold personal information about you.', status: 'yes' }, { text: 'California residents may make an access and deletion request.', status: 'yes' }, { text: 'Members may receive information about the personal data we keep on them.', status: 'yes' }, { text: 'You may ask us to give you a copy of your personal data.', status: 'yes' }],
    ['We restrict access to personal information to authorized employees.', 'When you access our website we collect your IP address.', 'We may use this information to identify and access data we hold.', 'You may consult our staff for details on specific items.', 'If you register, access various content or features, we ask for your e-mail.', 'Ad partners may set and access their own cookies on your device.', 'Only you have access to the password-protected areas of your profile.', 'This policy explains what we collect and how you can review your information.'],
    {
      veto: [phrase`(grant*|giv(e|es|ing)|provid*|greater|full) [you] access!( [to] (your|their) [*] [personal] (information|data|records))|(only you|anyone|others|providers|they|who) [*] (have|has|with) access|(these|those|such|other|the|our|its) …3- [will|may|would] (have|has|had|gain|obtain|be given|be granted) [*] access|(us|we) [*] [to] access|unauthori(s|z)ed access|access [to] (the|our) (site|website|service|services|app|platform)|other (users|members|visitors) [*] (can|may|will) access`],
      // the user must be the one asking: "granting you access to your account" is security
      cue: [phrase`(you|user[s]|member[s]|customer[s]|individual[s]|consumer[s]|parent[s]|resident[s]|student[s]|subscriber[s]|registrant[s]|visitor[s]|account holder[s]) …3 (can|may|could|have|has|are entitled|will be able|wish|want|would like|need)|provide …3 with access|(can|may) (obtain|request|get|gain|have) access to (their|your|his|her)|right (of|to)|request*|please (contact|e[-]mail|visit|log|write|call)|your account (settings|page|area)|if you (ask|write|apply)|let[s] (you|user[s]|member[s]|customer[s]) (see|view|review|inspect)`],
    },
  ),
  right(
    'correct',
    [
      phrase`(correct*|rectif*|amend*|updat(e|ing)|edit[ing]|chang(e|ing)|modif(y|ying)|revis(e|ing)) …2 (your|the|any|such|this|inaccurate|incomplete|that|certain|personal|most|their) …3+ (information|data|details|profile|account|records|email address|registration)`,
      verbListObject(RIGHT_VERBS.correct, ANY_RIGHT_VERB, DATA_OBJECTS),
      passiveList(RIGHT_VERBS.correct, ANY_RIGHT_VERB),
      // in plain words: "fix anything that is wrong", "have inaccurate data rectified"
      phrase`fix …2 (inaccurate|incorrect|incomplete|wrong|outdated|out-of-date) …2 (information|data|details)|fix (anything|something|what|information|data|details) …3 (wrong|inaccurate|incorrect)|have …3 (inaccurate|incorrect|incomplete|wrong|outdated) …2 (information|data|details) …1 (rectified|corrected|fixed|updated|completed)`,
      phrase`right to (rectification|correction|correct)|rectification|correction of|(ask|request) …2 [to] (correct|rectify|update|amend) (it|them)|keep …2 (information|data) (accurate|up( |-)to( |-)date|current)`,
      phrase`(correct|update|amend|edit|modify|change|rectify), [and|or] (review|view|correct|update|amend|edit|modify|change|delete|remove|rectify|suppress|limit|access)${/(?:,?\s(?:and\s|or\s)?[\w-]+){0,8}?/} (your|their) …3- (information|data|details|records|profile)|(manage|edit|update|change) [your] (search|account|profile|personal) (preferences|settings|information|details)`,
      phrase`correct* …2 (error[s]|inaccurac+|mistakes)|(request|ask) …4 be (corrected|updated|amended|rectified)|(request|make) …2 (update[s]|change[s]|correction[s]|amendment[s]) (to|of|in) (your|their|the)|(information|data|details|profile|record[s]) …6 (can|may) …1 be …1 (updated|corrected|changed|modified|edited|amended)`,
    ],
    'Edit or rectify data, including updating a profile or preferences.',
    [{ text: 'You can update your profile information in your account settings.', status: 'yes' }, { text: 'Right to rectification: request correction of inaccurate or incomplete personal data.', status: 'yes' }, { text: 'You can view, amend or remove the details you gave us.', status: 'yes' }, { text: 'You may request that your address be updated or corrected.', status: 'yes' }, { text: 'You can have inaccurate data corrected.', status: 'yes' }, { text: 'You may ask us to fix inaccurate or incomplete data.', status: 'yes' }],
    ['We may update this policy from time to time.', 'We will change the way we process data if the law changes.'],
    { veto: [phrase`(update|change|modify|revise|amend)* (this|our|these|the) [privacy] (policy|notice|statement|terms)`] },
  ),
  right(
    'delete',
    [
      phrase`(delet*|eras*|remov*|clos(e|ing)|cancel*|deactivat*|terminat*|purg*) …2 [your|the|their|any|such|my|his|her|all|of your][ ]…2 (account|information|data|profile|records|content|posts|history|membership|registration|conversations|messages|files|photos|uploads|prompts|workspace)`,
      // a list of verbs before one object ("edit or delete your posts", "access, update or erase any personal data"), and its passive
      verbListObject(RIGHT_VERBS.delete, ANY_RIGHT_VERB, DATA_OBJECTS),
      passiveList(RIGHT_VERBS.delete, ANY_RIGHT_VERB),
      phrase`(request|ask) …3 (delete|erase|remove) (it|them)|erasure|right to (erasure|deletion|delete|be forgotten)|(deletion|erasure) (of|request)|request …2 (deletion|erasure|removal)|(have|get) …3 (deleted|erased)|clear* …2 (search|viewing|watch|browsing) history`,
    ],
    'Delete data or the account; erasure.',
    [{ text: 'You can delete your account at any time.', status: 'yes' }, { text: 'You have the right to request deletion of your personal information.', status: 'yes' }, { text: 'You can edit or delete your posts whenever you like.', status: 'yes' }, { text: 'You may ask us to erase or remove all or some of your personal data.', status: 'yes' }, { text: 'You have the right to request that your records be corrected, restricted or deleted.', status: 'yes' }],
    ['We delete inactive data automatically after a year.', 'Cookies are deleted when you close your browser.', 'You can ask questions, and we have no duty to publish, take down, remove or edit your submissions.'],
    {
      veto: [/\bdelet\w*\s(?:\w+\s){0,2}?cookies\b|\bcookies\s(?:are\s)?delet/i],
      // "we will delete the information after…" is retention unless the user asks for it
      skipIf: [
        {
          has: phrase`(we|company|it) …3 (delete|erase|remove|purge|destroy)`,
          lacks: phrase`(you|user[s]|parent[s]|individual[s]|consumer[s]|resident[s]|customer[s]|member[s]) …4 (can|may|could|have|request|ask|choose|wish|want|would)|right to|at your request|upon [your] request|if you (ask|request)|(request|ask)[s|ed] [that] (we|us)`,
          why: 'the service deleting data on its own schedule is retention',
        },
      ],
    },
  ),
  right(
    'portability',
    [
      phrase`portab(le|ility)|machine( |-)readable|export …4 (data|information|content|events|calendar|conversations|messages|files|history)|(download|export) (and|or|and/or) * [(a|all|of)] [(a|all|of)] (your|their) …1 (data|information|content)|structured, commonly used|transmit …3 to another (controller|service)`,
      // "download a copy of all your data", "export your notes", "the account export option", "a full download of your archived content"
      // the user's own data, or a copy, archive or backup: "download information" from a site is not a right
      phrase`(download|export)* [(a|an|the|all|of|full|complete)] [(a|an|the|all|of|full|complete)] [(a|an|the|all|of|full|complete)] ((your|their|his|her|own) [own] …1 (data|information|content|notes|posts|history|records|archive[s]|backup[s]|${USER_CONTENT})|cop(y|ies)|archive[s]|backup[s])|(account|data) export`,
      // "move your data to another provider in a common format"
      phrase`(move|transfer|take) [(your|all|of|the)] [(your|all|of|the)] [(your|all|of|the)] (data|information|content) …3 to (another|a new|a different|other) (provider|service|controller|platform)[s]`,
    ],
    'Get or move the data in a portable form: a machine-readable export, a download of a copy or archive, a move to another provider.',
    [
      { text: 'You have the right to receive your data in a structured, commonly used, machine-readable format.', status: 'yes' },
      { text: 'You can export your event and calendar data.', status: 'yes' },
      { text: 'You can download a copy of all your data from the settings page.', status: 'yes' },
      { text: 'You may export your notes at any time.', status: 'yes' },
      { text: 'You can export your journal as a ZIP file.', status: 'yes' },
      { text: 'You can download your photos and videos at any time.', status: 'yes' },
      { text: 'You cannot export your playlists.', status: 'no' },
      { text: 'You can ask us to move your data to another provider in a common format.', status: 'yes' },
      { text: 'You cannot download an archive of your messages.', status: 'no' },
      { text: 'You are not able to export your data from the free plan.', status: 'no' },
      { text: 'You cannot move your data to another service.', status: 'no' },
    ],
    ['We may transfer data to other countries.', 'We export products worldwide.', 'When you download our app, we collect your device model.', 'You can download our mobile app from the App Store.', 'Download our app to view your files.', 'If you visit our site to read or download information, we log your visit.'],
  ),
  right(
    'object',
    [phrase`object[ing] to …3 (processing|use|uses|activities|profiling|direct marketing|how we use)|right to object|objection|(ask|request|require) …2 [to] stop (processing|using) (your|their|the) …2 (data|information)`],
    'Object to processing (GDPR Art. 21).',
    [{ text: 'You have the right to object to processing based on legitimate interests.', status: 'yes' }, { text: 'You have the right to:\n- Object to certain data processing activities', status: 'yes' }, { text: 'You may ask us to stop processing your data where we rely on legitimate interests.', status: 'yes' }],
    ['We object to spam.', 'This object is not for sale.'],
  ),
  right(
    'restrict',
    [phrase`restrict[ion] …2 [of] [the] processing|right to restrict*|limit[ation] [of] [the] (processing|use of [your] [sensitive] [personal] (information|data))|(limit|restrict) how (we|the company) …2 (use|process|handle) (your|their|it|them)`],
    'Restrict processing; limit the use of sensitive data.',
    [{ text: 'You have the right to request restriction of processing in certain circumstances.', status: 'yes' }, { text: 'Right to restrict processing: request limitation of processing.', status: 'yes' }, { text: 'You may ask us to limit how we use your data while a complaint is investigated.', status: 'yes' }],
    ['We restrict access to authorized staff.', 'Access is restricted and monitored.'],
  ),
  right(
    'withdraw_consent',
    [phrase`(withdraw*|revok*|retract*) …3' (consent|permission|authori(s|z)ation|access)|withdrawal of [your] consent|consent~60withdraw*|(unlink|disconnect|disassociate|de[-]authori(s|z)e) …4+ [from] [(third|3rd)( |-)party |social [media|network] ](account[s]|integration[s]|services|apps|applications)`],
    'Withdraw consent already given; revoke an integration\'s access.',
    [{ text: 'Where processing is based on consent, you may withdraw it at any time.', status: 'yes' }, { text: 'You have the right to:\n- Withdraw consent for optional data processing (e.g., disconnect integrations)', status: 'yes' }, { text: 'Users can revoke access to their Google data at any time.', status: 'yes' }],
    ['We obtain your consent before collecting location.', 'We will not share data without consent.'],
  ),
  right(
    'opt_out_marketing',
    [
      phrase`unsubscrib*|opt[ing][ |-]out [of] …3 (marketing|promotional|e[-]mail[s]|newsletter[s]|communication[s]|mailing[s]|messages|offers|solicitations|contact|text messages|sms|mailing list[s])`,
      phrase`(stop|cease|no longer|not (wish|want) to) …1 receiv* …3 (e[-]mail[s]|newsletter[s]|communications|messages|offers|mailings|marketing)|remov* …5 from [our|any|all] [*] (mailing|e[-]mail|marketing|distribution|postal|contact) list[s]`,
      phrase`(follow|click) …3 (instructions|link|unsubscribe) …4 (e[-]mail|message|communication|newsletter)|opt[ |-]out (link|instructions)|(e[-]mail|communication[s]|marketing|contact|subscription|newsletter) (preferences|options|choices|settings)|opt out of non-essential communications|direct marketing>(${/[^.]{0,40}/}object)`,
      phrase`(prefer|choose|elect|wish|want|ask) …2 not to receive|(do not|don't) (want|wish) to receive|opt[ |-]out [of] …8 for [their|its] [own] [direct] marketing|no longer (wish|want) to receive`,
    ],
    'Unsubscribe from marketing messages (link, settings or by contacting the company).',
    [{ text: 'You can unsubscribe from our newsletter at any time.', status: 'yes' }, { text: 'To opt out of promotional emails, follow the instructions in the email.', status: 'yes' }, { text: 'You can opt out of non-essential communications at any time.', status: 'yes' }],
    ['We send transactional emails about your account.', 'We use cookies.'],
    { cue: undefined, context: undefined, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT] },
  ),
  right(
    'opt_out_marketing:bare',
    [phrase`opt[ |-]out!( of)`],
    'A bare "you can opt out" in a sentence about marketing e-mail.',
    [{ text: 'If you do not want us to use your email address for marketing, you can opt out at any time.', status: 'yes' }],
    ['You can opt out of cookies in your browser.', 'We use your email address for marketing.'],
    { cue: [phrase`(marketing|e[-]mail[s]|newsletter[s]|promotional|promotions|communications|mailing[s]|offers)`], context: undefined, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT, phrase`(cookie[s]|advertising|ads|tracking|sale|sell)`] },
  ),
  right(
    'opt_out_sale',
    [phrase`do not sell[ or share] my|opt[ |-]out of [the] (sale|selling|sharing)|opt[ |-]out [of] …6 (shared|sharing|disclos*|sold|transfer[r]*|exchang*|rent[al|ed|ing]|trad(e|es|ed|ing))|right to opt[ |-]out>(${/[^.]{0,60}/}(sale|sell|shar))|limit the use of my sensitive`],
    'Opt out of sale or sharing (CCPA "Do Not Sell or Share"). Fires on headings too, and never as a sale.',
    [{ text: 'Do Not Sell My Personal Information', status: 'yes' }, { text: 'You have the right to opt-out of the sale of your personal information.', status: 'yes' }],
    ['We do not sell personal information.', 'We sell shoes.'],
    { cue: undefined, context: undefined, polarity: 'yes', unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT] },
  ),
  right(
    'opt_out_sale:ask',
    [
      phrase`(request|ask|instruct|direct|tell) [*] [that] (we|us) [to] [do] not …2 (share|disclose|sell|rent|exchange|transfer|provide)`,
      phrase`if you (do not|don't|would [rather] not|prefer [that] [we] not) …2 [want|wish|like][ ]…6 [to be] (shared|disclosed|sold|rented|exchanged|share|disclose|sell|rent|exchange)`,
      /\b(?:choose|elect|opportunity\sto|option\sto)\s(?:\w+\s)?not\sto\s(?:\w+\s)?(?:share|disclose|sell|rent|exchange|transfer)\b|\b(?:opportunity|option|choice)\sto\s(?:opt[\s-]?out|decline|object|refuse)\b(?=[^.]{0,80}\b(?:shar|disclos|sell|sold|rent|exchang|(?:third|3rd)\sparties|partners|affiliates))/i,
    ],
    'Asking the company not to share, sell or exchange data: an opt-out of sharing in other words.',
    [
      { text: 'To ask that we not share your details with partners, write to our privacy office.', status: 'yes' },
      { text: 'If you do not want your contact details to be shared with our sponsors, let us know by e-mail.', status: 'yes' },
      { text: 'Before we pass your name to another organisation, you will have the opportunity to choose not to share it.', status: 'yes' },
    ],
    ['We do not share your details with partners.', 'If you do not want to receive our newsletter, unsubscribe.'],
    { cue: [phrase`(contact|write|send|call|e[-]mail|let us know|tell us|notify|request|click|visit|opt|choose|opportunity|option|you (can|may|will|should))`], context: undefined, polarity: 'yes', unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT] },
  ),
  right(
    'opt_out_marketing:opt_in',
    [phrase`opt[s|ed|ing]( |-)in[s]|opt-in[s]|(check|tick|select) …3 box>(${/[^.]{0,80}/}(receive|offer[s]|newsletter[s]|e[-]mail[s]|marketing|promotion[s]))`],
    'Marketing only after the person opts in: they decide whether it comes at all.',
    [{ text: 'You will only receive our promotional e-mails if you opt in when you sign up.', status: 'yes' }, { text: 'Tick the box if you would like to receive special offers from us.', status: 'yes' }],
    ['We use your data to provide the service.', 'Click the box to accept the terms.'],
    { cue: [phrase`(marketing|e[-]mail[s]|newsletter[s]|promotional|promotion[s]|communications|mailing[s]|offer[s]|messages|program[s]|list[s]|updates)`], context: undefined, polarity: 'yes', unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, phrase`(cookie[s]|tracking)`] },
  ),
  right(
    'opt_out_collection',
    [
      phrase`(choose|decide|elect|opt|prefer) [*] not to [*] (provide|submit|give|share|disclose|supply|enter|register|reveal|fill)|(option|choice|right) …2 (not to|to not) [*] (provide|submit|give|share|disclose|supply)`,
      phrase`(decline|refuse|refusal|declining|refusing) …2 [to] (provide|submit|give|supply|share|disclose|enter)|if you (do not|don't|choose not to) [*] (provide|submit|give|supply)|(not (required|obligated|obliged)|under no obligation) to (provide|submit|give|share|disclose|supply)`,
    ],
    'The person may decline to give data ("you can choose not to provide…", "if you do not provide…", "you are not required to…"), usually at the cost of some features. A bare "X is optional" or "browse without registering" is not reported: on real policies it describes a form more often than it offers a choice.',
    [
      { text: 'You can always choose not to give us your phone number, but then we cannot call you back.', status: 'yes' },
      { text: 'If you do not provide your address, we cannot deliver your order.', status: 'yes' },
    ],
    ['We collect your address to deliver your order.', 'You must provide a valid e-mail address to create an account.', 'We do not provide your data to advertisers.', 'Your phone number is optional.'],
    {
      cue: [phrase`(you|your|user[s]|visitor[s]|member[s]|customer[s]|individual[s]|participant[s])`],
      context: undefined,
      polarity: 'yes',
      unless: [COMPANY_RIGHT, SELF_DESCRIPTION, phrase`(children|child|minor[s])`],
    },
  ),
  right(
    'opt_out_tracking',
    [
      phrase`(browser|device) …2 (setting[s]|preferences|options|control[s]|tool[s])${/[^.]{0,80}?/}(cookie[s]|tracking|refuse|block|reject|disable|delete|alert|notify|ad[s])|(refus*|block*|reject*|disabl*|delet*|remov*|declin*|manag*|control[s|ling]!( (over|of))|turn* off|clear*|opt[ing][ |-]out of) …3 cookies|cookie[s] (settings|preferences|banner|consent tool|manager|setup)|(settings|preferences|options) (of|on|in|for) [your] [web|internet] browser|without (accepting|allowing|enabling) …1 cookies`,
      phrase`opt[ing][ |-]out [of] …3' [unique] [advertising (identifier[s]|ID[s])|interest-based|targeted|behavio[u]ral|personali(s|z)ed|online|(third|3rd)( |-)party][ ](advertising|ads|tracking|analytics|Google Analytics|data collection|the use of (cookies|your information for))`,
      phrase`AdChoices|Ad Choices|opt-out (page|tool|mechanism|cookie)[s]|Google Analytics Opt[-]out|ad[s] (settings|preferences)|limit ad tracking|reset [your] advertising identifier|Global Privacy Control`,
      phrase`(disable|turn off|switch off) …2 (location services|location sharing|tracking|local [device] storage)|(not [to] accept|decline|refuse) …2 (cookies|local [device] storage|tracking)|advertising preferences|choices (for|about|regarding|relating to) …2 (cookies|tracking|advertising|ads)|opt[-]out choices|device settings`,
      phrase`(disable|deactivate|turn off|switch off) …3' (GPS|location[ (services|sharing|functionality|settings)]|JavaScript|web beacon[s]|images|Flash[ cookies]|local shared objects)|(adjust|change) …2 settings (of|on|in) [your] …1 (device|browser|phone)|manag* (them|it) …3 settings|prevent …4 (tailored|targeted|personali(s|z)ed|interest-based|behavio[u]ral) …1- (ads|advertis*)`,
      phrase`(warn|alert|notify|prompt)* [you] …3 (each|every|when[ever]) …3 cookie[s]|opt[ing]( |-)out [of] …8- (tracking technologies|tracking tools)|limit (how|the use|the way) …8- (targeted|interest-based|personali(s|z)ed|tailored) (advertising|ads)|opt[ing][ |-]out [of] …8- (ad|ads|advertising) (targeting|personali(s|z)ation|tracking)|(decide|choose|control) (whether|if) …3' (show|serve|display|send) …2 (personali(s|z)ed|targeted|interest-based|tailored) (ads|advertis*)|(disable|turn off|switch off|deactivate) …2 (personali(s|z)ed|targeted|interest-based|tailored) (ads|advertising)`,
    ],
    'Opt out of cookies, tracking and ad personalisation via browser/device or industry tools.',
    [{ text: 'You can set your browser to refuse all cookies.', status: 'yes' }, { text: 'You can turn off location services in the settings of your phone.', status: 'yes' }, { text: 'You can opt out of sending your device’s advertising identifier.', status: 'yes' }, { text: 'You may opt out of interest-based advertising by visiting aboutads.info.', status: 'yes' }, { text: 'You can control cookies through your browser settings.', status: 'yes' }],
    ['We use cookies to remember you.', 'We do not sell data.'],
    { cue: undefined, context: undefined, hint: phrase`*cookie*|*browser*|*device*|*opt*|*track*|*advertis*|ad[s]|*choice*|*aboutads*|NAI|DAA|*setting*|*preference*|*privacy control*|*location*|*beacon*|*disabl*|*turn${/\w{0,8}/} off*|*block*`, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, phrase`Do( |-)Not( |-)Track|DNT`, REFERENCE_SENTENCE, THIRD_PARTY_DISCLAIMER, QUESTIONS, AFTER_OPTING_OUT] },
  ),
  right(
    'opt_out_tracking:industry',
    [phrase`aboutads.info|networkadvertising.org|youronlinechoices|NAI|DAA|Network Advertising Initiative|Digital Advertising Alliance`],
    'Industry opt-out programmes (NAI, DAA, Your Online Choices), when the sentence points the person to them; a membership alone offers no choice.',
    [{ text: 'You may opt out of interest-based ads from member companies at networkadvertising.org.', status: 'yes' }, { text: 'To learn more about your choices, visit www.aboutads.info.', status: 'yes' }],
    ['We comply with the Digital Advertising Alliance principles.', 'Some ad networks are not NAI members.'],
    { cue: [phrase`opt*|choice[s]|choos*|prefer*|control|manag*|limit*|learn (more|about|how)|visit|click|more information|find out|go to`], context: undefined, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, AFTER_OPTING_OUT] },
  ),
  right(
    'non_discrimination',
    // "we will not treat you differently / deny you service / retaliate for using your rights"
    [phrase`discriminat*|non-discrimination|(deny|charge you different) …3 (goods|services|prices)|(treat you differently|retaliat*|penali(s|z)e you|deny you [the] service[s]|charge you a different price) …6 (exercis*|using|use|filing|make|making) …3 (right[s]|request[s]|complaint[s])`],
    'No penalty for exercising rights.',
    [{ text: 'We will not discriminate against you for exercising your privacy rights.', status: 'yes' }, { text: 'We will not treat you differently for using your rights.', status: 'yes' }, { text: 'You will not be retaliated against for filing a complaint.', status: 'yes' }],
    ['We use cookies.', 'We collect your email.'],
    { cue: undefined, context: undefined, polarity: 'yes' },
  ),
  right(
    'complaint',
    [phrase`(lodge|file|make|submit) [a] complaint|supervisory authorit(y|ies)|data protection authorit(y|ies)|CNIL|Information Commissioner`],
    'Lodge a complaint with a supervisory authority.',
    [{ text: 'You have the right to lodge a complaint with a supervisory authority.', status: 'yes' }, { text: 'If you are unhappy with our answer, you can complain to the Information Commissioner.', status: 'yes' }],
    ['Contact us with any questions.', 'We use cookies.', 'If a personal data breach is likely to harm you, we will notify the supervisory authority within 72 hours.'],
    {
      cue: undefined,
      context: undefined,
      polarity: 'yes',
      skipIf: [{ has: phrase`(we|us) …4 (notif(y|ies)|inform[s]|report[s]|tell[s]|alert[s]) …4 (supervisory|data protection|regulator[s]|authorit(y|ies))`, lacks: phrase`(you|your) …6 (complain*|complaint)`, why: 'the company reporting to the regulator (a breach) is no right of the person' }],
    },
  ),
  right(
    'automated_decisions',
    [phrase`automated [individual] decision[-making|s| making]|decision[s] (based [solely] on|made by) automated (processing|means)|profiling`],
    'Not be subject to solely automated decisions or profiling.',
    [{ text: 'You have the right not to be subject to a decision based solely on automated decision-making.', status: 'yes' }, { text: 'You have the right not to be subject to a decision based solely on automated processing.', status: 'yes' }],
    ['We automate our builds.', 'We collect your email.'],
  ),
  right(
    'agent',
    [phrase`authori(s|z)ed agent[s]|authori(s|z)e an agent|agent to (submit|make|act)`],
    'Use an authorized agent to make requests.',
    [{ text: 'You may authorize an agent to submit a request on your behalf.', status: 'yes' }],
    ['Our agents are available by phone.', 'We use cookies.'],
    { cue: undefined, context: undefined, polarity: 'yes' },
  ),
  right(
    'response_time',
    [phrase`(respond|response|reply|answer|process|fulfi[l][l])* …5 (within|no later than|in no more than|not more than) …1- [${/\(/}${/\d+/}${/\)/}] [calendar|business] (day[s]|week[s]|month[s])`],
    'How fast requests are answered ("within 30 days", "no later than one month"); value is the ISO duration.',
    [{ text: 'We will respond to your request within 30 days.', status: 'yes', value: 'P30D' }, { text: 'We will respond within forty-five (45) days.', status: 'yes', value: 'P45D' }, { text: 'We answer every request no later than one month after we receive it.', status: 'yes', value: 'P1M' }],
    ['We retain logs for 30 days.', 'Cookies expire after one year.'],
    { cue: undefined, context: undefined, polarity: 'yes', value: 'duration', requireValue: true },
  ),
  right(
    'contact',
    [/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}|\b[A-Za-z0-9._-]{1,40}\s?[([]at[)\]]\s?[A-Za-z0-9-]{1,40}\s?[([]dot[)\]]\s?[A-Za-z]{2,6}\b|\[email\s?protected\]/i],
    'Where to send rights requests; value is the e-mail address.',
    [{ text: 'To exercise these rights, contact us at hello@plugantic.com.', status: 'yes', value: 'hello@plugantic.com' }],
    ['Send us a postcard.', 'Contact us with questions about cookies at info@example.com for sales.'],
    { hint: phrase`@|${/\(/}at${/\)/}|${/\[/}at${/\]/}|*email[ ]protected*`, cue: [phrase`(exercis*|right[s]|request[s]|access|delet*|correct*|privacy (inquiries|requests|questions|concerns)|opt[ |-]out|withdraw)`], context: [phrase`(rights|choices|contact|exercis*)`], polarity: 'yes', value: 'email' },
  ),
];
