/**
 * `rights`: what the user can do. Most ids need the user as the actor ("you
 * can", "right to", "request") so that "we restrict access" or "we delete
 * inactive accounts" do not count as rights.
 */
import type { Rule } from './types';
import { ANY_RIGHT_VERB, DATA_OBJECTS, PERSONAL_RECORDS, RIGHT_VERBS, passiveList, verbListObject } from './phrases';
import { REFERENCE_SENTENCE, RIGHTS_CONTEXT, SHINE_THE_LIGHT, THIRD_PARTY_DISCLAIMER } from './vocab';

/** "If you have questions about … your choices, contact us" invites a question; it offers no choice. */
const QUESTIONS = /\bif\syou\shave\s(?:\w+\s){0,2}?(?:questions?|concerns?|comments)\b/i;

const ABILITY_CUE =
  /\b(?:you\s(?:\w+\s)?(?:cannot|can't|can’t|will\snot\sbe\sable\sto|are\snot\sable\sto|are\sunable\sto|can|may|could|will\sbe\sable\sto|are\sable\sto|have\sthe\sright|are\sentitled|have\sthe\sability|have\sthe\soption)|right\s(?:to|of)|rights?\b|request\w*|ask\s(?:that\s)?(?:we|us)|contact\sus|let\sus\sknow|email\sus|write\sto\sus|by\s(?:logging|visiting|going|clicking|contacting|emailing|sending)|through\syour\saccount|in\syour\saccount|account\ssettings|settings|(?:please|simply)\s(?:contact|email|visit|log|go|click|send|call|write)|(?:users?|members?|students?|subscribers?|registrants?|visitors?|customers?|consumers?|parents?|account\sholders?|participants?|applicants?|donors?)\s(?:\w+\s)?(?:can|may|are\sable)|if\syou\s(?:\w+\s){0,6}?(?:would\slike|wish|want|prefer|need)|(?:log|sign)\s?in(?:to)?|contact\s(?:our\s|your\s)?(?:\w+\s)?(?:support|customer\s(?:service|care)|team|representatives?|office)|to\s(?:do\sso|request|exercise)|allows?\syou|enables?\syou|lets?\syou|option\s(?:to|of)|choose\sto|(?:is|are|will\sbe)\s(?:permitted|allowed)\sto|is\savailable|are\savailable|(?:procedures?|instructions?|steps|ways?|means|mechanisms?|tools?)\s(?:to|for|on|that\sallow))\b/i;

const cue = [ABILITY_CUE];

/** "You may not opt out of these messages" states there is no choice. */
const CANNOT_OPT_OUT = /\b(?:may\snot|cannot|can't|can\snot|unable\sto|not\sbe\sable\sto)\sopt[\s-]?out\b/i;

/**
 * What follows a choice already made ("if you opt out, you may still see
 * ads", "if you delete cookies you will need to opt out again") describes
 * its limits; the choice itself is stated elsewhere.
 */
const AFTER_OPTING_OUT =
  /\b(?:if|when|once|after)\syou\s(?:\w+\s){0,2}?(?:opt[\s-]?out|delete|clear|change|disable|block|reject|refuse)\b[^.;]{0,140}?\byou\s(?:\w+\s)?(?:may|might|will|would|could)\s(?:\w+\s)?(?:still|need|have\sto|no\slonger|continue)\b/i;

/** "We reserve the right to access/remove" is the company's power, not the user's right. */

const COMPANY_RIGHT = /\breserves?\s(?:the|all)\sright|\b(?:we|company|it|they)\s(?:\w+\s)?(?:has|have|retains?)\s(?:the|all)\sright/i;

/** The policy describing itself ("this policy explains … how you can correct it"): an overview, not the right. */
const SELF_DESCRIPTION =
  /\b(?:this|our|the)\s(?:online\s)?(?:privacy\s)?(?:policy|notice|statement)\s(?:\w+\s){0,4}?(?:applies|describes|covers|explains|outlines|sets\sout|tells\syou)\b|\bhelp\syou\sunderstand\b/i;
const context = [RIGHTS_CONTEXT];

function right(finding: string, patterns: RegExp[], note: string, match: Array<string | { text: string; value?: string; status?: 'yes' | 'no' }>, noMatch: string[], extra: Partial<import('./types').Rule> = {}): import('./types').Rule {
  // `finding:variant` names a second rule for the same taxonomy id
  return { id: `rights/${finding}`, section: 'rights', finding: finding.split(':')[0]!, patterns, cue, context, unless: [COMPANY_RIGHT, SELF_DESCRIPTION, SHINE_THE_LIGHT], note, examples: { match, noMatch }, ...extra };
}

export const rightsRules = [
  right(
    'access',
    [
      /(?:\b(?:request|obtain|get|receive|review|view|see|know)|\byou\s(?:\w+\s){0,2}?have)\s(?:\w+\s){0,2}?(?:access\sto|a\scopy\sof|copies\sof|confirmation\sof)\b(?!\s(?:\w+\s){0,2}?(?:password-protected|areas?|features?|computers?|devices?|networks?|systems?|tracking|the\s(?:site|service|website)))/i,
      /\b(?:right\s(?:of|to)\s)?access\s(?:to\s)?(?:and\s\w+\s)?(?:your|their|the|any|all|such|certain|personal)\s(?:\w+\s){0,2}?(?:information|data|records|details|profile|account)\b/i,
      verbListObject(['access', 'review', 'consult', 'inspect'], ANY_RIGHT_VERB, PERSONAL_RECORDS),
      /\b(?:receive|obtain|request)\s(?:\w+\s)?information\sabout\s(?:the|your|his|her|their)\s(?:personal\s)?(?:data|information)\b/i,
      // the service giving the user a look at their data: "we will provide you with access", "we will let you see the information we hold"
      /\b(?:provide|give|offer)s?\s(?:you|users?|the\susers?|individuals?|members?|customers?)\s(?:with\s)?access\b(?!\s(?:to\s)?(?:the|our|this|certain|some|all)\s(?:[\w'’-]+\s){0,2}?(?:site|website|services?|app|platform|features?|areas?|content|functionality|products?|network|systems?)\b)|\blets?\s(?:you|users?|members?|customers?)\s(?:see|view|review|inspect)\s(?:\w+\s){0,3}?(?:information|data|details|records)\b/i,
      /\b(?:ask|request)\s(?:\w+\s){0,2}?(?:for\s)?(?:a\s)?cop(?:y|ies)\sof\b|\bright\sto\s(?:know|access)\b|\bright\sof\saccess\b|\b(?:review|view|inspect)\s(?:and\s\w+\s)?(?:your|their|the|any|all)\s(?:[\w.'’-]+\s){0,3}?(?:information|data|profile|account\sinformation|records)\b|\bwhat\s(?:personal\s)?(?:information|data)\s(?:we\s)?(?:have|hold|maintain)\s(?:about|on|from)\syou\b|\b(?:know|request\w*|ask|learn|find\sout|confirm\w*|informed\sof|tell\syou)\s(?:\w+\s){0,4}?what\s(?:personal\s)?(?:information|data)\s(?:we\s)?(?:collect|process|use)\s(?:about|on|from)\syou\b|\baccess\s(?:(?:and|or)\s\w+\s)?(?:requests?|rights?)\b|\b(?:ask|know|learn|find\sout|confirm\w*|confirmation)\s(?:\w+\s){0,2}?(?:whether|if)\s(?:we|the\scompany|it)\s(?:\w+\s)?(?:hold|holds|have|has|process|processes|store|stores|keep|keeps)\s(?:any\s)?(?:personal\s)?(?:information|data)\b/i,
    ],
    'See or get a copy of the data; the CCPA right to know.',
    [{ text: 'You have the right to request access to the personal information we hold about you.', status: 'yes' }, { text: 'You can review and update your account information at any time.', status: 'yes' }, { text: 'Right of access: obtain confirmation of whether we process your data and request a copy of it.', status: 'yes' }, { text: 'At any time you can access, update or erase any personal data in your account.', status: 'yes' }, { text: 'You have the right to ask whether we hold personal information about you.', status: 'yes' }, { text: 'California residents may make an access and deletion request.', status: 'yes' }, { text: 'Members may receive information about the personal data we keep on them.', status: 'yes' }],
    ['We restrict access to personal information to authorized employees.', 'When you access our website we collect your IP address.', 'We may use this information to identify and access data we hold.', 'You may consult our staff for details on specific items.', 'If you register, access various content or features, we ask for your e-mail.', 'Ad partners may set and access their own cookies on your device.', 'Only you have access to the password-protected areas of your profile.', 'This policy explains what we collect and how you can review your information.'],
    {
      veto: [/\b(?:grant\w*|giv(?:e|es|ing)|provid\w*|greater|full)\s(?:you\s)?access\b(?!\s(?:to\s)?(?:your|their)\s(?:\w+\s)?(?:personal\s)?(?:information|data|records))|(?:only\syou|anyone|others|providers|they|who)\s(?:\w+\s)?(?:have|has|with)\saccess\b|\b(?:these|those|such|other|the|our|its)\s(?:[\w-]+\s){0,3}?(?:will\s|may\s|would\s)?(?:have|has|had|gain|obtain|be\sgiven|be\sgranted)\s(?:\w+\s)?access\b|\b(?:us|we)\s(?:\w+\s)?(?:to\s)?access\b|\bunauthori[sz]ed\saccess\b|\baccess\s(?:to\s)?(?:the|our)\s(?:site|website|service|services|app|platform)\b|\bother\s(?:users|members|visitors)\s(?:\w+\s)?(?:can|may|will)\saccess\b/i],
      // the user must be the one asking: "granting you access to your account" is security
      cue: [/\b(?:you|users?|members?|customers?|individuals?|consumers?|parents?|residents?|students?|subscribers?|registrants?|visitors?|account\sholders?)\s(?:\w+\s){0,3}?(?:can|may|could|have|has|are\sentitled|will\sbe\sable|wish|want|would\slike|need)\b|\bprovide\s(?:\w+\s){0,3}?with\saccess\b|\b(?:can|may)\s(?:obtain|request|get|gain|have)\saccess\sto\s(?:their|your|his|her)\b|\bright\s(?:of|to)\b|\brequest\w*\b|\bplease\s(?:contact|e-?mail|visit|log|write|call)\b|\byour\saccount\s(?:settings|page|area)\b|\bif\syou\s(?:ask|write|apply)\b|\blets?\s(?:you|users?|members?|customers?)\s(?:see|view|review|inspect)\b/i],
    },
  ),
  right(
    'correct',
    [
      /\b(?:correct\w*|rectif\w*|amend\w*|updat(?:e|ing)|edit(?:ing)?|chang(?:e|ing)|modif(?:y|ying)|revis(?:e|ing))\s(?:\w+\s){0,2}?(?:your|the|any|such|this|inaccurate|incomplete|that|certain|personal|most|their)\s(?:[\w.'’-]+\s){0,3}?(?:information|data|details|profile|account|records|email\saddress|registration)\b/i,
      verbListObject(RIGHT_VERBS.correct, ANY_RIGHT_VERB, DATA_OBJECTS),
      passiveList(RIGHT_VERBS.correct, ANY_RIGHT_VERB),
      /\bright\sto\s(?:rectification|correction|correct)\b|\brectification\b|\bcorrection\sof\b|\b(?:ask|request)\s(?:\w+\s){0,2}?(?:to\s)?(?:correct|rectify|update|amend)\s(?:it|them)\b|\bkeep\s(?:\w+\s){0,2}?(?:information|data)\s(?:accurate|up[\s-]to[\s-]date|current)\b/i,
      /\b(?:correct|update|amend|edit|modify|change|rectify)\b,\s(?:and\s|or\s)?(?:review|view|correct|update|amend|edit|modify|change|delete|remove|rectify|suppress|limit|access)\b(?:,?\s(?:and\s|or\s)?[\w-]+){0,8}?\s(?:your|their)\s(?:[\w-]+\s){0,3}?(?:information|data|details|records|profile)\b|\b(?:manage|edit|update|change)\s(?:your\s)?(?:search|account|profile|personal)\s(?:preferences|settings|information|details)\b/i,
      /\bcorrect\w*\s(?:\w+\s){0,2}?(?:errors?|inaccurac\w+|mistakes)\b|\b(?:request|ask)\s(?:\w+\s){0,4}?be\s(?:corrected|updated|amended|rectified)\b|\b(?:request|make)\s(?:\w+\s){0,2}?(?:updates?|changes?|corrections?|amendments?)\s(?:to|of|in)\s(?:your|their|the)\b|\b(?:information|data|details|profile|records?)\s(?:\w+\s){0,6}?(?:can|may)\s(?:\w+\s)?be\s(?:\w+\s)?(?:updated|corrected|changed|modified|edited|amended)\b/i,
    ],
    'Edit or rectify data, including updating a profile or preferences.',
    [{ text: 'You can update your profile information in your account settings.', status: 'yes' }, { text: 'Right to rectification: request correction of inaccurate or incomplete personal data.', status: 'yes' }, { text: 'You can view, amend or remove the details you gave us.', status: 'yes' }, { text: 'You may request that your address be updated or corrected.', status: 'yes' }],
    ['We may update this policy from time to time.', 'We will change the way we process data if the law changes.'],
    { veto: [/\b(?:update|change|modify|revise|amend)\w*\s(?:this|our|these|the)\s(?:privacy\s)?(?:policy|notice|statement|terms)\b/i] },
  ),
  right(
    'delete',
    [
      /\b(?:delet\w*|eras\w*|remov\w*|clos(?:e|ing)|cancel\w*|deactivat\w*|terminat\w*|purg\w*)\s(?:\w+\s){0,2}?(?:your|the|their|any|such|my|his|her|all|of\syour)?\s?(?:\w+\s){0,2}?(?:account|information|data|profile|records|content|posts|history|membership|registration|conversations|messages|files|photos|uploads|prompts|workspace)\b/i,
      // a list of verbs before one object ("edit or delete your posts", "access, update or erase any personal data"), and its passive
      verbListObject(RIGHT_VERBS.delete, ANY_RIGHT_VERB, DATA_OBJECTS),
      passiveList(RIGHT_VERBS.delete, ANY_RIGHT_VERB),
      /\b(?:request|ask)\s(?:\w+\s){0,3}?(?:delete|erase|remove)\s(?:it|them)\b|\berasure\b|\bright\sto\s(?:erasure|deletion|delete|be\sforgotten)\b|\b(?:deletion|erasure)\s(?:of|request)\b|\brequest\s(?:\w+\s){0,2}?(?:deletion|erasure|removal)\b|\b(?:have|get)\s(?:\w+\s){0,3}?(?:deleted|erased)\b|\bclear\w*\s(?:\w+\s){0,2}?(?:search\s|viewing\s|watch\s|browsing\s)history\b/i,
    ],
    'Delete data or the account; erasure.',
    [{ text: 'You can delete your account at any time.', status: 'yes' }, { text: 'You have the right to request deletion of your personal information.', status: 'yes' }, { text: 'You can edit or delete your posts whenever you like.', status: 'yes' }, { text: 'You may ask us to erase or remove all or some of your personal data.', status: 'yes' }, { text: 'You have the right to request that your records be corrected, restricted or deleted.', status: 'yes' }],
    ['We delete inactive data automatically after a year.', 'Cookies are deleted when you close your browser.', 'You can ask questions, and we have no duty to publish, take down, remove or edit your submissions.'],
    {
      veto: [/\bdelet\w*\s(?:\w+\s){0,2}?cookies\b|\bcookies\s(?:are\s)?delet/i],
      // "we will delete the information after…" is retention unless the user asks for it
      skipIf: [
        {
          has: /\b(?:we|company|it)\s(?:\w+\s){0,3}?(?:delete|erase|remove|purge|destroy)\b/i,
          lacks: /\b(?:you|users?|parents?|individuals?|consumers?|residents?|customers?|members?)\s(?:\w+\s){0,4}?(?:can|may|could|have|request|ask|choose|wish|want|would)\b|\bright\sto\b|\bat\syour\srequest\b|\bupon\s(?:your\s)?request\b|\bif\syou\s(?:ask|request)\b|\b(?:request|ask)(?:s|ed)?\s(?:that\s)?(?:we|us)\b/i,
          why: 'the service deleting data on its own schedule is retention',
        },
      ],
    },
  ),
  right(
    'portability',
    [
      /\bportab(?:le|ility)\b|\bmachine[\s-]readable\b|\bexport\s(?:\w+\s){0,4}?(?:data|information|content|events|calendar|conversations|messages|files|history)\b|\b(?:download|export)\s(?:and|or|and\/or)\s\w+\s(?:(?:a|all|of)\s){0,2}(?:your|their)\s(?:\w+\s)?(?:data|information|content)\b|\bstructured,\scommonly\sused\b|\btransmit\s(?:\w+\s){0,3}?to\sanother\s(?:controller|service)\b/i,
      // "download a copy of all your data", "export your notes", "the account export option", "a full download of your archived content"
      // the user's own data, or a copy, archive or backup: "download information" from a site is not a right
      /\b(?:download|export)\w*\s(?:(?:a|an|the|all|of|full|complete)\s){0,3}(?:(?:your|their|his|her|own)\s(?:own\s)?(?:\w+\s)?(?:data|information|content|notes|posts|history|records|archives?|backups?)|cop(?:y|ies)|archives?|backups?)\b|\b(?:account|data)\sexport\b|\b(?:full|complete)\sdownload\b/i,
      // "move your data to another provider in a common format"
      /\b(?:move|transfer|take)\s(?:(?:your|all|of|the)\s){0,3}(?:data|information|content)\s(?:\w+\s){0,3}?to\s(?:another|a\snew|a\sdifferent|other)\s(?:provider|service|controller|platform)s?\b/i,
    ],
    'Get or move the data in a portable form: a machine-readable export, a download of a copy or archive, a move to another provider.',
    [
      { text: 'You have the right to receive your data in a structured, commonly used, machine-readable format.', status: 'yes' },
      { text: 'You can export your event and calendar data.', status: 'yes' },
      { text: 'You can download a copy of all your data from the settings page.', status: 'yes' },
      { text: 'You may export your notes at any time.', status: 'yes' },
      { text: 'You can ask us to move your data to another provider in a common format.', status: 'yes' },
      { text: 'You cannot download an archive of your messages.', status: 'no' },
      { text: 'You are not able to export your data from the free plan.', status: 'no' },
      { text: 'You cannot move your data to another service.', status: 'no' },
    ],
    ['We may transfer data to other countries.', 'We export products worldwide.', 'When you download our app, we collect your device model.', 'You can download our mobile app from the App Store.', 'If you visit our site to read or download information, we log your visit.'],
  ),
  right(
    'object',
    [/\bobject(?:ing)?\sto\s(?:\w+\s){0,3}?(?:processing|use|uses|activities|profiling|direct\smarketing)\b|\bright\sto\sobject\b|\bobjection\b/i],
    'Object to processing (GDPR Art. 21).',
    [{ text: 'You have the right to object to processing based on legitimate interests.', status: 'yes' }, { text: 'You have the right to:\n- Object to certain data processing activities', status: 'yes' }],
    ['We object to spam.', 'This object is not for sale.'],
  ),
  right(
    'restrict',
    [/\brestrict(?:ion)?\s(?:\w+\s){0,2}?(?:of\s)?(?:the\s)?processing\b|\bright\sto\srestrict\w*\b|\blimit(?:ation)?\s(?:of\s)?(?:the\s)?(?:processing|use\sof\s(?:your\s)?(?:sensitive\s)?(?:personal\s)?(?:information|data))\b/i],
    'Restrict processing; limit the use of sensitive data.',
    [{ text: 'You have the right to request restriction of processing in certain circumstances.', status: 'yes' }, { text: 'Right to restrict processing: request limitation of processing.', status: 'yes' }],
    ['We restrict access to authorized staff.', 'Access is restricted and monitored.'],
  ),
  right(
    'withdraw_consent',
    [/\b(?:withdraw\w*|revok\w*|retract\w*)\s(?:[\w'’]+\s){0,3}?(?:consent|permission|authori[sz]ation|access)\b|\bwithdrawal\sof\s(?:your\s)?consent\b|\bconsent\b[^.;]{0,60}?\bwithdraw\w*\b|\b(?:unlink|disconnect|disassociate|de-?authori[sz]e)\s(?:[\w.'’-]+\s){0,4}?(?:from\s)?(?:(?:third|3rd)[\s-]party\s|social\s(?:media\s|network\s)?)?(?:accounts?|integrations?|services|apps|applications)\b/i],
    'Withdraw consent already given; revoke an integration\'s access.',
    [{ text: 'Where processing is based on consent, you may withdraw it at any time.', status: 'yes' }, { text: 'You have the right to:\n- Withdraw consent for optional data processing (e.g., disconnect integrations)', status: 'yes' }, { text: 'Users can revoke access to their Google data at any time.', status: 'yes' }],
    ['We obtain your consent before collecting location.', 'We will not share data without consent.'],
  ),
  right(
    'opt_out_marketing',
    [
      /\bunsubscrib\w*\b|\bopt(?:ing)?[\s-]?out\s(?:of\s)?(?:\w+\s){0,3}?(?:marketing|promotional|e-?mails?|newsletters?|communications?|mailings?|messages|offers|solicitations|contact|text\smessages|sms|mailing\slists?)\b/i,
      /\b(?:stop|cease|no\slonger|not\s(?:wish|want)\sto)\s(?:\w+\s){0,1}?receiv\w*\s(?:\w+\s){0,3}?(?:e-?mails?|newsletters?|communications|messages|offers|mailings|marketing)\b|\bremov\w*\s(?:\w+\s){0,5}?from\s(?:our\s|any\s|all\s)?(?:\w+\s)?(?:mailing|e-?mail|marketing|distribution|postal|contact)\slists?\b/i,
      /\b(?:follow|click)\s(?:\w+\s){0,3}?(?:instructions|link|unsubscribe)\s(?:\w+\s){0,4}?(?:e-?mail|message|communication|newsletter)\b|\bopt[\s-]?out\s(?:link|instructions)\b|\b(?:e-?mail|communications?|marketing|contact|subscription|newsletter)\s(?:preferences|options|choices|settings)\b|\bopt\sout\sof\snon-essential\scommunications\b|\bdirect\smarketing\b(?=[^.]{0,40}\bobject)/i,
      /\b(?:prefer|choose|elect|wish|want|ask)\s(?:\w+\s){0,2}?not\sto\sreceive\b|\b(?:do\snot|don't)\s(?:want|wish)\sto\sreceive\b|\bopt[\s-]?out\s(?:of\s)?(?:\w+\s){0,8}?for\s(?:their\s|its\s)?(?:own\s)?(?:direct\s)?marketing\b|\bno\slonger\s(?:wish|want)\sto\sreceive\b/i,
    ],
    'Unsubscribe from marketing messages (link, settings or by contacting the company).',
    [{ text: 'You can unsubscribe from our newsletter at any time.', status: 'yes' }, { text: 'To opt out of promotional emails, follow the instructions in the email.', status: 'yes' }, { text: 'You can opt out of non-essential communications at any time.', status: 'yes' }],
    ['We send transactional emails about your account.', 'We use cookies.'],
    { cue: undefined, context: undefined, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT] },
  ),
  right(
    'opt_out_marketing:bare',
    [/\bopt[\s-]?out\b(?!\sof)/i],
    'A bare "you can opt out" in a sentence about marketing e-mail.',
    [{ text: 'If you do not want us to use your email address for marketing, you can opt out at any time.', status: 'yes' }],
    ['You can opt out of cookies in your browser.', 'We use your email address for marketing.'],
    { cue: [/\b(?:marketing|e-?mails?|newsletters?|promotional|promotions|communications|mailings?|offers)\b/i], context: undefined, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT, /\b(?:cookies?|advertising|ads|tracking|sale|sell)\b/i] },
  ),
  right(
    'opt_out_sale',
    [/\bdo\snot\ssell(?:\sor\sshare)?\smy\b|\bopt[\s-]?out\sof\s(?:the\s)?(?:sale|selling|sharing)\b|\bopt[\s-]?out\s(?:of\s)?(?:\w+\s){0,6}?(?:shared|sharing|disclos\w*|sold|transferr?\w*|exchang\w*|rent(?:al|ed|ing)?|trad(?:e|es|ed|ing))\b|\bright\sto\sopt[\s-]?out\b(?=[^.]{0,60}\b(?:sale|sell|shar))|\blimit\sthe\suse\sof\smy\ssensitive\b/i],
    'Opt out of sale or sharing (CCPA "Do Not Sell or Share"). Fires on headings too, and never as a sale.',
    [{ text: 'Do Not Sell My Personal Information', status: 'yes' }, { text: 'You have the right to opt-out of the sale of your personal information.', status: 'yes' }],
    ['We do not sell personal information.', 'We sell shoes.'],
    { cue: undefined, context: undefined, polarity: 'yes', unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT] },
  ),
  right(
    'opt_out_sale:ask',
    [
      /\b(?:request|ask|instruct|direct|tell)\s(?:\w+\s)?(?:that\s)?(?:we|us)\s(?:to\s)?(?:do\s)?not\s(?:\w+\s){0,2}?(?:share|disclose|sell|rent|exchange|transfer|provide)\b/i,
      /\bif\syou\s(?:do\snot|don't|would\s(?:rather\s)?not|prefer\s(?:that\s)?(?:we\s)?not)\s(?:\w+\s){0,2}?(?:want|wish|like)?\s?(?:\w+\s){0,6}?(?:to\sbe\s)?(?:shared|disclosed|sold|rented|exchanged|share|disclose|sell|rent|exchange)\b/i,
      /\b(?:choose|elect|opportunity\sto|option\sto)\s(?:\w+\s)?not\sto\s(?:\w+\s)?(?:share|disclose|sell|rent|exchange|transfer)\b|\b(?:opportunity|option|choice)\sto\s(?:opt[\s-]?out|decline|object|refuse)\b(?=[^.]{0,80}\b(?:shar|disclos|sell|sold|rent|exchang|(?:third|3rd)\sparties|partners|affiliates))/i,
    ],
    'Asking the company not to share, sell or exchange data: an opt-out of sharing in other words.',
    [
      { text: 'To ask that we not share your details with partners, write to our privacy office.', status: 'yes' },
      { text: 'If you do not want your contact details to be shared with our sponsors, let us know by e-mail.', status: 'yes' },
      { text: 'Before we pass your name to another organisation, you will have the opportunity to choose not to share it.', status: 'yes' },
    ],
    ['We do not share your details with partners.', 'If you do not want to receive our newsletter, unsubscribe.'],
    { cue: [/\b(?:contact|write|send|call|e-?mail|let\sus\sknow|tell\sus|notify|request|click|visit|opt|choose|opportunity|option|you\s(?:can|may|will|should))\b/i], context: undefined, polarity: 'yes', unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, CANNOT_OPT_OUT] },
  ),
  right(
    'opt_out_marketing:opt_in',
    [/\bopt(?:s|ed|ing)?[\s-]in(?:s)?\b|\bopt-ins?\b|\b(?:check|tick|select)\s(?:\w+\s){0,3}?box\b(?=[^.]{0,80}\b(?:receive|offers?|newsletters?|e-?mails?|marketing|promotions?))/i],
    'Marketing only after the person opts in: they decide whether it comes at all.',
    [{ text: 'You will only receive our promotional e-mails if you opt in when you sign up.', status: 'yes' }, { text: 'Tick the box if you would like to receive special offers from us.', status: 'yes' }],
    ['We use your data to provide the service.', 'Click the box to accept the terms.'],
    { cue: [/\b(?:marketing|e-?mails?|newsletters?|promotional|promotions?|communications|mailings?|offers?|messages|programs?|lists?|updates)\b/i], context: undefined, polarity: 'yes', unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, /\b(?:cookies?|tracking)\b/i] },
  ),
  right(
    'opt_out_collection',
    [
      /\b(?:choose|decide|elect|opt|prefer)\s(?:\w+\s)?not\sto\s(?:\w+\s)?(?:provide|submit|give|share|disclose|supply|enter|register|reveal|fill)\b|\b(?:option|choice|right)\s(?:\w+\s){0,2}?(?:not\sto|to\snot)\s(?:\w+\s)?(?:provide|submit|give|share|disclose|supply)\b/i,
      /\b(?:decline|refuse|refusal|declining|refusing)\s(?:\w+\s){0,2}?(?:to\s)?(?:provide|submit|give|supply|share|disclose|enter)\b|\bif\syou\s(?:do\snot|don't|choose\snot\sto)\s(?:\w+\s)?(?:provide|submit|give|supply)\b|\b(?:not\s(?:required|obligated|obliged)|under\sno\sobligation)\sto\s(?:provide|submit|give|share|disclose|supply)\b/i,
    ],
    'The person may decline to give data ("you can choose not to provide…", "if you do not provide…", "you are not required to…"), usually at the cost of some features. A bare "X is optional" or "browse without registering" is not reported: on real policies it describes a form more often than it offers a choice.',
    [
      { text: 'You can always choose not to give us your phone number, but then we cannot call you back.', status: 'yes' },
      { text: 'If you do not provide your address, we cannot deliver your order.', status: 'yes' },
    ],
    ['We collect your address to deliver your order.', 'You must provide a valid e-mail address to create an account.', 'We do not provide your data to advertisers.', 'Your phone number is optional.'],
    {
      cue: [/\b(?:you|your|users?|visitors?|members?|customers?|individuals?|participants?)\b/i],
      context: undefined,
      polarity: 'yes',
      unless: [COMPANY_RIGHT, SELF_DESCRIPTION, /\b(?:children|child|minors?)\b/i],
    },
  ),
  right(
    'opt_out_tracking',
    [
      /\b(?:browser|device)\s(?:\w+\s){0,2}?(?:settings?|preferences|options|controls?|tools?)\b[^.]{0,80}?\b(?:cookies?|tracking|refuse|block|reject|disable|delete|alert|notify|ads?)\b|\b(?:refus\w*|block\w*|reject\w*|disabl\w*|delet\w*|remov\w*|declin\w*|manag\w*|control(?:s|ling)?(?!\s(?:over|of)\b)|turn\w*\soff|clear\w*|opt(?:ing)?[\s-]?out\sof)\s(?:\w+\s){0,3}?cookies\b|\bcookies?\s(?:settings|preferences|banner|consent\stool|manager|setup)\b|\b(?:settings|preferences|options)\s(?:of|on|in|for)\s(?:your\s)?(?:web\s|internet\s)?browser\b|\bwithout\s(?:accepting|allowing|enabling)\s(?:\w+\s)?cookies\b/i,
      /\bopt(?:ing)?[\s-]?out\s(?:of\s)?(?:[\w'’]+\s){0,3}?(?:unique\s)?(?:advertising\s(?:identifiers?|IDs?)|interest-based|targeted|behaviou?ral|personali[sz]ed|online|(?:third|3rd)[\s-]party)?\s?(?:advertising|ads|tracking|analytics|Google\sAnalytics|data\scollection|the\suse\sof\s(?:cookies|your\sinformation\sfor))\b/i,
      /\bAdChoices\b|\bAd\sChoices\b|\bopt-out\s(?:page|tool|mechanism|cookie)s?\b|\bGoogle\sAnalytics\sOpt-?out\b|\bads?\s(?:settings|preferences)\b|\blimit\sad\stracking\b|\breset\s(?:your\s)?advertising\sidentifier\b|\bGlobal\sPrivacy\sControl\b/i,
      /\b(?:disable|turn\soff|switch\soff)\s(?:\w+\s){0,2}?(?:location\sservices|location\ssharing|tracking|local\s(?:device\s)?storage)\b|\b(?:not\s(?:to\s)?accept|decline|refuse)\s(?:\w+\s){0,2}?(?:cookies|local\s(?:device\s)?storage|tracking)\b|\badvertising\spreferences\b|\bchoices\s(?:for|about|regarding|relating\sto)\s(?:\w+\s){0,2}?(?:cookies|tracking|advertising|ads)\b|\bopt-?out\schoices\b|\bdevice\ssettings\b/i,
      /\b(?:disable|deactivate|turn\soff|switch\soff)\s(?:[\w'’]+\s){0,3}?(?:GPS|location(?:\s(?:services|sharing|functionality|settings))?|JavaScript|web\sbeacons?|images|Flash(?:\scookies)?|local\sshared\sobjects)\b|\b(?:adjust|change)\s(?:\w+\s){0,2}?settings\s(?:of|on|in)\s(?:your\s)?(?:\w+\s)?(?:device|browser|phone)\b|\badjust\s(?:\w+\s){0,3}?privacy\ssettings\b|\bmanag\w*\s(?:them|it)\s(?:\w+\s){0,3}?settings\b|\bprevent\s(?:\w+\s){0,4}?(?:tailored|targeted|personali[sz]ed|interest-based|behaviou?ral)\s(?:[\w-]+\s)?(?:ads|advertis\w*)\b/i,
      /\b(?:warn|alert|notify|prompt)\w*\s(?:you\s)?(?:\w+\s){0,3}?(?:each|every|when(?:ever)?)\s(?:\w+\s){0,3}?cookies?\b|\bopt(?:ing)?[\s-]out\s(?:of\s)?(?:[\w-]+\s){0,8}?(?:tracking\stechnologies|tracking\stools)\b|\blimit\s(?:how|the\suse|the\sway)\s(?:[\w'’-]+\s){0,8}?(?:targeted|interest-based|personali[sz]ed|tailored)\s(?:advertising|ads)\b|\bopt(?:ing)?[\s-]?out\s(?:of\s)?(?:[\w'’-]+\s){0,8}?(?:ad|ads|advertising)\s(?:targeting|personali[sz]ation|tracking)\b|\b(?:decide|choose|control)\s(?:whether|if)\s(?:[\w'’]+\s){0,3}?(?:show|serve|display|send)\s(?:\w+\s){0,2}?(?:personali[sz]ed|targeted|interest-based|tailored)\s(?:ads|advertis\w*)\b|\b(?:disable|turn\soff|switch\soff|deactivate)\s(?:\w+\s){0,2}?(?:personali[sz]ed|targeted|interest-based|tailored)\s(?:ads|advertising)\b/i,
    ],
    'Opt out of cookies, tracking and ad personalisation via browser/device or industry tools.',
    [{ text: 'You can set your browser to refuse all cookies.', status: 'yes' }, { text: 'You can turn off location services in the settings of your phone.', status: 'yes' }, { text: 'You can opt out of sending your device’s advertising identifier.', status: 'yes' }, { text: 'You may opt out of interest-based advertising by visiting aboutads.info.', status: 'yes' }, { text: 'You can control cookies through your browser settings.', status: 'yes' }],
    ['We use cookies to remember you.', 'We do not sell data.'],
    { cue: undefined, context: undefined, hint: /cookie|browser|device|opt|track|advertis|\bads?\b|choice|aboutads|\bNAI\b|\bDAA\b|setting|preference|privacy\scontrol|location|beacon|disabl|turn\w{0,8}\soff|block/i, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, /\bDo[\s-]Not[\s-]Track\b|\bDNT\b/i, REFERENCE_SENTENCE, THIRD_PARTY_DISCLAIMER, QUESTIONS, AFTER_OPTING_OUT] },
  ),
  right(
    'opt_out_tracking:industry',
    [/\baboutads\.info\b|\bnetworkadvertising\.org\b|\byouronlinechoices\b|\bNAI\b|\bDAA\b|\bNetwork\sAdvertising\sInitiative\b|\bDigital\sAdvertising\sAlliance\b/i],
    'Industry opt-out programmes (NAI, DAA, Your Online Choices), when the sentence points the person to them; a membership alone offers no choice.',
    [{ text: 'You may opt out of interest-based ads from member companies at networkadvertising.org.', status: 'yes' }, { text: 'To learn more about your choices, visit www.aboutads.info.', status: 'yes' }],
    ['We comply with the Digital Advertising Alliance principles.', 'Some ad networks are not NAI members.'],
    { cue: [/\bopt|\bchoices?\b|\bchoos\w*|\bprefer\w*|\bcontrol\b|\bmanag\w*|\blimit\w*|\blearn\s(?:more|about|how)|\bvisit\b|\bclick\b|\bmore\sinformation\b|\bfind\sout\b|\bgo\sto\b/i], context: undefined, unless: [COMPANY_RIGHT, SHINE_THE_LIGHT, AFTER_OPTING_OUT] },
  ),
  right(
    'non_discrimination',
    [/\bdiscriminat\w*\b|\bnon-discrimination\b|\b(?:deny|charge\syou\sdifferent)\s(?:\w+\s){0,3}?(?:goods|services|prices)\b/i],
    'No penalty for exercising rights.',
    [{ text: 'We will not discriminate against you for exercising your privacy rights.', status: 'yes' }],
    ['We use cookies.', 'We collect your email.'],
    { cue: undefined, context: undefined, polarity: 'yes' },
  ),
  right(
    'complaint',
    [/\b(?:lodge|file|make|submit)\s(?:a\s)?complaint\b|\bsupervisory\sauthorit(?:y|ies)\b|\bdata\sprotection\sauthorit(?:y|ies)\b|\bCNIL\b|\bInformation\sCommissioner\b/i],
    'Lodge a complaint with a supervisory authority.',
    [{ text: 'You have the right to lodge a complaint with a supervisory authority.', status: 'yes' }],
    ['Contact us with any questions.', 'We use cookies.'],
    { cue: undefined, context: undefined, polarity: 'yes' },
  ),
  right(
    'automated_decisions',
    [/\bautomated\s(?:individual\s)?decision(?:-making|s|\smaking)?\b|\bprofiling\b/i],
    'Not be subject to solely automated decisions or profiling.',
    [{ text: 'You have the right not to be subject to a decision based solely on automated decision-making.', status: 'yes' }],
    ['We automate our builds.', 'We collect your email.'],
  ),
  right(
    'agent',
    [/\bauthori[sz]ed\sagents?\b|\bauthori[sz]e\san\sagent\b|\bagent\sto\s(?:submit|make|act)\b/i],
    'Use an authorized agent to make requests.',
    [{ text: 'You may authorize an agent to submit a request on your behalf.', status: 'yes' }],
    ['Our agents are available by phone.', 'We use cookies.'],
    { cue: undefined, context: undefined, polarity: 'yes' },
  ),
  right(
    'response_time',
    [/\b(?:respond|response|reply|answer|process|fulfil?l?)\w*\s(?:\w+\s){0,5}?(?:within|no\slater\sthan|in\sno\smore\sthan|not\smore\sthan)\s(?:[\w-]+\s)?(?:\(\d+\)\s)?(?:calendar\s|business\s)?(?:days?|weeks?|months?)\b/i],
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
    { hint: /@|\(at\)|\[at\]|email\s?protected/i, cue: [/\b(?:exercis\w*|rights?|requests?|access|delet\w*|correct\w*|privacy\s(?:inquiries|requests|questions|concerns)|opt[\s-]?out|withdraw)\b/i], context: [/\b(?:rights|choices|contact|exercis\w*)\b/i], polarity: 'yes', value: 'email' },
  ),
];
