/**
 * Cue vocabularies shared by several rule files: what makes a sentence about
 * collection, sharing, retention or user rights. Bounded, alternation-only
 * patterns (no nested quantifiers) so they stay linear.
 */
import { phrase } from './phrase';

/** "third party", "third-party", "3rd parties": a phrase fragment the rules share. */
export const THIRD_PARTY = '(third|3rd)( |-)part(y|ies)';

/** What a person keeps in a service and may take with them (portability): "export your journal", "download your photos". */
export const USER_CONTENT = 'journal[s]|entr(y|ies)|photo[s]|picture[s]|video[s]|file[s]|document[s]|message[s]|chat[s]|conversation[s]|contact[s]|playlist[s]|librar(y|ies)|project[s]|workspace[s]|board[s]|recording[s]|activities|workout[s]|listening history';

/** The first party gathers, receives, keeps or uses data. */
export const COLLECT_CUE =
  /\b(?:collect\w*|gather\w*|obtain\w*|receiv\w*|record(?:s|ed|ing)?|stor(?:e|es|ed|ing)|retain\w*|log(?:s|ged|ging)?|captur\w*|acquir\w*|ask(?:s|ed)?\s(?:you\s|them\s|users\s)?(?:for|to\s(?:provide|give|enter|submit))|(?:you|users?|visitors?|customers?|members?)\s(?:\w+\s){0,4}?(?:provid(?:e|es|ed|ing)|giv(?:e|ing)|submit(?:s|ted|ting)?|enter(?:s|ed|ing)?|suppl(?:y|ies|ying)|upload\w*|disclos\w*|fill\w*\sout)|(?:information|data)\s(?:that\s)?you\s(?:\w+\s)?(?:submit|provide|share|give|enter|supply)|request(?:s|ed)?\s(?:your|that\syou|you\sto|certain|information|personal)|(?:you|users?|visitors?|customers?)\s(?:may\s|might\s|can\s|choose\sto\s|are\sasked\sto\s|will\sbe\sasked\sto\s|are\srequired\sto\s|must\s)?(?:provide|give|submit|enter|supply|upload|post|send|fill|disclose|share\s(?:with\sus|your))|provided\sby\syou|(?:we|us)\s(?:may\s|might\s|will\s|also\s|can\s)?(?:use|process|keep|know|see|track|monitor|infer|derive|combine|associate|maintain|access|analy[sz]e|read|verify|save|hold)|automatically|(?:is|are|be|being)\s(?:collected|recorded|logged|stored|used|processed|gathered|captured|obtained|received|tracked)|(?:information|data)\s(?:we|that\swe|which\swe|you|that\syou)\s(?:collect|receive|gather|obtain|provide|give|submit)|personal(?:ly)?\s(?:identifiable\s)?(?:information|data)\s(?:we\s\w+\s)?(?:includes?|such\sas)|may\sinclude|includes?|including|such\sas|e\.g\.|consists?\sof|(?:types|categories|kinds)\sof\s(?:personal\s)?(?:information|data)|(?:when|if|once|where|after|before)\syou\s(?:register|sign\sup|sign\sin|log\sin|create|visit|use|make|order|purchase|buy|contact|subscribe|participate|enter|apply|download|install|browse|interact|access|call|email|open|click|connect|link))\b/i;

/** Headings and lead-ins that make list items collected data. */
export const COLLECT_CONTEXT =
  phrase`(information|data|details) (we|that we|which we) [may] (collect|gather|receive|obtain|process|store|hold|record)|(information|data) (you|that you) (provide|give|submit|share)|(information|data) [we] (collect[ed|ion]|gathered|received)|*what [personal] (information|data)|(types|categories|kinds) of [personal] (information|data)|*collect[ion|ed]|*we [may] (collect|store|gather|receive|obtain|process|record|log|access)|*automatically*|*technical (data|information)|*account (data|information)|(usage|log|device|location|profile|registration) (data|information)|*personal (information|data) (we|you)`;

/** Data goes to someone other than the first party. */
export const SHARE_CUE =
  phrase`(shar(e|es|ed|ing)|disclos*|provid(e|es|ed|ing) …4 (to|with)|transfer*|sell*|sold|rent*|lease|trade|releas*|mak(e|es|ing) …3 available|giv(e|es|en|ing) …3 (to|access)|send* …3 to|pass[es|ed] …3 (to|on)|${THIRD_PARTY}|partner[s]|vendor[s]|provider[s]|processor[s]|contractor[s]|affiliat*|advertis*|ad network[s]|on our behalf|access to (your|this|such|the) [personal] (information|data)|(they|which|who) [may] (collect|use|receive)|exchange*|combin* * with|recipient[s])`;

/** Headings and lead-ins about sharing. */
export const SHARE_CONTEXT =
  phrase`(shar(e|ing)|disclos*|${THIRD_PARTY}|recipient[s]|[service] provider[s]|sub[-]processor[s]|who (we|do we) (share|give|disclose)|transfer[s] of)`;

/** The user acts: requests, settings, "you may/can", rights. */
export const USER_CUE =
  phrase`(you|your|user[s]|visitor[s]|customer[s]|member[s]|individual[s]|consumer[s]|resident[s]|parent[s]|data subject[s]|subscriber[s])|right to|request*`;

/** Headings about rights and choices. */
export const RIGHTS_CONTEXT =
  phrase`(your [*] rights|rights|choice[s]|access[ing]|correct*|updat*|delet*|control|option[s]|opt([ |-]out|ing)|preferences|manag* (your|my))`;

/** Retention vocabulary. */
export const RETENTION_CUE =
  phrase`(retain*|retention|keep[s|ing]|kept|stor(e|es|ed|ing)|maintain*|hold|held|preserv*|delet*|eras*|purg*|destroy*|remov*|dispos*|archiv*|anonymi(s|z)*|de-identif*|expir*|cleaned up|save[d])`;

export const RETENTION_CONTEXT = phrase`(retention|retain|how long|storage (period|duration|limitation)|keep[ing] [your] (data|information)|data storage)`;

/** Pieces of THIRD_ACTOR that collected.ts reuses with "they" and "the …" narrowed (phrase fragments). */
export const THIRD_ACTOR_PARTS = {
  named: `${THIRD_PARTY}!( sites| websites| links)|advertiser[s]|ad (network[s]|server[s]|serving (companies|partners))`,
  pointed: `(these|those|such) (companies|parties|entities|(third|3rd) parties|partners|providers|services|networks|vendors|tools|advertisers|sites)`,
  theCompanies: `the (companies|parties|entities|(third|3rd) parties|partners|providers|services|networks|vendors|tools|advertisers|sites)`,
  others: `other companies|analytics (provider[s]|companies|services|partners)|social (network[s]|media (platforms|sites|services))|[our] partners|service providers|vendors|content providers|Google|Facebook|Twitter`,
  theirPolicy: `*('s|’s) privacy (policy|notice|statement)`,
};

/** Someone other than the first party acts ("These companies may place cookies", "They may collect"). */
export const THIRD_ACTOR = phrase`(${THIRD_ACTOR_PARTS.named}|${THIRD_ACTOR_PARTS.pointed}|${THIRD_ACTOR_PARTS.theCompanies}|they|${THIRD_ACTOR_PARTS.others})|${THIRD_ACTOR_PARTS.theirPolicy}`;

/** The sentence says data goes to someone else ("we may share … with our affiliates"). */
export const SHARE_STATEMENT =
  phrase`(shar(e|es|ed|ing)|disclos*|sell|sold|rent|transfer[r]*|provid(e|es|ed)|mak(e|es) …1 available)~100(with|to) …3 (third|partners|affiliat*|advertisers|companies|service providers|others|vendors|businesses|organizations|entities|sponsors|marketers|subsidiaries)`;

/** The first party itself gathers or uses data in the same sentence. */
export const FIRST_COLLECT = phrase`(we|us|our (site[s]|website[s]|service[s]|app[s]|server[s]|system[s])) …2 (collect|gather|receive|obtain|store|log|record|use|process|ask|request|track|access|keep|retain|automatically|combine|maintain|may collect|will collect|capture)*|you …1 (provide|give|submit|enter|supply)|provided by you|(collected|gathered|received|stored|logged) by (us|our)`;

/** How a choice is worded ("opt out", "you can disable", "your options"), without "most browsers". */
export const CHOICE_WORDING = `opt([ |-]out|ing out)|unsubscrib*|you [*] (can|may|could|are able to) [*] (choose|elect|decline|refuse|disable|block|delete|set|adjust|change|control|manage|turn off|reject|remove|limit)|browser [*] (settings|preferences|options|help)|if you (do (not|n't) (want|wish|accept|agree)|don't (want|wish|accept)|prefer (not|that we do not)|would prefer|wish to (opt|stop|not))|your (choices|options)|browser[s] …3 [to] (accept|reject|refuse|block|disable|clear|notify|configured|allow|delete|prevent)*|(disabl|reject|block|refus|clear|delet|declin|remov)* …2 [existing] cookies`;

/** The sentence is about the user's choices (opting out, browser controls), not about the practice itself. */
export const CHOICE_SENTENCE = phrase`${CHOICE_WORDING}`;

/** The first party uses data for a purpose ("We use the information we collect to …"). */
export const USE_CUE =
  phrase`(we|us|company) …3 (use|uses|process|utili(s|z)e|analy(s|z)e) …6 (to|for|in order to)|(information|data) …4 (is|are|will be|may be) used (to|for)`;

/** A bare purpose fragment from a "we use it to:" list ("respond to your inquiries;"). */
export const PURPOSE_FRAGMENT =
  phrase`^[to] (provide|send|respond|process|personali(s|z)e|customi(s|z)e|tailor|improve|analy(s|z)e|understand|deliver|create|allow|help|conduct|recogni(s|z)e|measure|communicate|notify|administer|fulfi[l]l|operate|verify|contact|tell|inform|offer|display|show|manage|maintain|develop|facilitate|enable|assist|complete|remember|determine|serve|implement|evaluate|diagnose|market|promote|bill|register|authenticate)`;

/** Headings and lead-ins about use of data. */
export const USE_CONTEXT =
  phrase`how (we|do we) (use|process)|use of [your|the] [personal] (information|data)|purpose[s]|we [may] use …5 (to|for)|what [do] we do with`;

/** Introductions that say whom the policy covers ("This policy applies to X and its affiliates"). */
export const POLICY_SCOPE =
  phrase`(this|our|the) [online] [privacy] (policy|notice|statement) …4 (applies|describes|covers|governs|explains|is applicable|sets out|pertains)|(operated|controlled|owned) by|collectively[,] ("|“)`;

/** California "Shine the Light" notices: a right to ask which third parties got data, reported as a regional notice, not a practice. */
export const SHINE_THE_LIGHT = phrase`Shine the Light|1798.83|California Civil Code`;

/**
 * A regional right to ask which companies received data ("California
 * residents may request a list of the third parties…"): a notice about a
 * request, reported as `international/regional_rights`, not a sharing practice.
 */
export const DISCLOSURE_LIST_REQUEST =
  phrase`request* …4 (a list|a[n] [information-sharing] disclosure|[certain] information regarding (our|its|the) [*] disclosure[s]|[the] categories of [personal] information …2 disclosed)|(resident[s]|consumer[s]|customer[s]) …4 (may|can|are entitled to|have the right to) …3 (request|ask for|obtain) …4 (list|information regarding|disclosure)`;

/** The policy describing its own contents ("Our Privacy Policy describes how we share information"). */
export const POLICY_SELF_DESCRIPTION =
  phrase`(policy|notice|statement) …2 (describes|explains|outlines|tells you) …2 (how|what|when|why|with whom)|(policy|notice|statement) …2 outline[s][ ]:|(is intended to|aims to) (outline|describe|explain|inform)|the following [*] (provides|describes|explains) (information about|how)`;

/** Disclaimers about other companies' sites and policies ("we are not responsible for", "links to other websites"). */
export const THIRD_PARTY_DISCLAIMER =
  phrase`not responsible for|(cannot|can't|do not|does not) control|does not (apply|cover)|not covered by|link[s] to (other|(third|3rd)( |-)party|outside) [web[ ]]site[s]|consult [the] [respective] privacy polic*|governed by (the|their) [*] privacy polic*`;

/** Sentences that only point elsewhere ("For more information about cookies, see our Cookie Policy"). */
export const REFERENCE_SENTENCE =
  phrase`^(for (more|additional|further|detailed) (information|details|info)|to learn more|[please] (see|visit|refer to|read|review|view|consult) (our|the|section|this|their|*'s)|click here|more information (about|on|is))`;

/** A table of contents or list of section titles: it names topics without stating practices. */
export const TABLE_OF_CONTENTS =
  phrase`table of contents|(covers|answers|addresses|includes) the following[ (topics|questions|sections)][ ]:|jump to|click on one of the links|policy covers:`;

/** Title-like fragments ("How We Use Your Information"); three or more in one sentence mark a table of contents. */
export const TITLE_FRAGMENT = /\b(?:What|How|Who|Where|When|Why|With\sWhom|Your|Our|Information|Changes|Contact|Children|Security|Cookies|Updating|Accessing|Sharing|Use|Links|Data)\s(?:[A-Z][a-z]+\s){1,5}/g;

/**
 * A lead-in that announces a list ("We may share your information in the
 * following circumstances:"): the items state the practices, so the generic
 * ids (`collected/unspecified`, `sharing/third_parties`) do not fire on it.
 */
export const LIST_LEAD_IN = /:["')\]]?\s*$/;

/** A sentence about changing the policy itself ("If we make material changes to the way we use…"). */
export const POLICY_CHANGE =
  phrase`(chang*|modif*|updat*|revis*|amend*) …4 (this|our|the) [online] [privacy] (policy|notice|statement)|material (change[s]|modification[s])|change[s] to (the way|how)`;
