/** Countries and regions named in transfer and storage statements, normalised for the card. */

const REGIONS: Array<[RegExp, string]> = [
  [/\b(?:the\s)?United States(?: of America)?\b|\bU\.S\.(?:A\.)?(?=[\s,;)]|$)|\bUSA\b|\bthe US\b/i, 'United States'],
  [/\bEuropean Economic Area\b|\bEEA\b/, 'EEA'],
  [/\bEuropean Union\b|\bthe EU\b|\bEU\b/, 'EU'],
  [/\bEurope\b/, 'Europe'],
  [/\bUnited Kingdom\b|\bthe UK\b|\bU\.K\.(?=[\s,;)]|$)/, 'United Kingdom'],
  [/\bSwitzerland\b/, 'Switzerland'],
  [/\bCanada\b/, 'Canada'],
  [/\bIreland\b/, 'Ireland'],
  [/\bGermany\b/, 'Germany'],
  [/\bFrance\b/, 'France'],
  [/\bNetherlands\b/, 'Netherlands'],
  [/\bIndia\b/, 'India'],
  [/\bJapan\b/, 'Japan'],
  [/\bAustralia\b/, 'Australia'],
  [/\bSingapore\b/, 'Singapore'],
  [/\bBrazil\b/, 'Brazil'],
  [/\bChina\b/, 'China'],
  [/\bIsrael\b/, 'Israel'],
  [/\bother countries\b|\bcountries other than\b|\boutside (?:of )?(?:your|the) (?:country|jurisdiction)/i, 'other countries'],
];

const REGION_NAME = String.raw`(?:the\s)?(?:UK|United\sKingdom|EEA|European\sEconomic\sArea|EU|European\sUnion|Switzerland|Europe|U\.?S\.?A?|United\sStates)`;
/**
 * Mentions that name a region without it being where data goes: the origin
 * ("outside the UK or EEA", "when data leaves the EU", "users from the EEA")
 * and the names of laws and transfer mechanisms ("EU Standard Contractual
 * Clauses", "EU-U.S. Data Privacy Framework", "UK GDPR").
 */
const NOT_A_DESTINATION = [
  new RegExp(String.raw`\b(?:outside|out\sof|leaves?|leaving|from)\s(?:of\s)?${REGION_NAME}(?:\s(?:or|and|and\/or)\s${REGION_NAME})*`, 'gi'),
  /\b(?:EU|UK|Swiss|U\.S\.|US)(?:[-–\s](?:U\.S\.|US|Swiss|UK)){0,2}[-–\s](?:Standard\sContractual\sClauses|SCCs?|Privacy\sShield|Data\sPrivacy\sFramework|GDPR|General\sData\sProtection\sRegulation|Extension|Addendum|representative|Commission)\b/g,
];

/** Regions named in `text` as places data goes or stays, in a fixed order, joined with ", "; undefined when none. */
export function parseRegions(text: string): string | undefined {
  const out: string[] = [];
  const places = NOT_A_DESTINATION.reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), text);
  for (const [re, name] of REGIONS) {
    if (re.test(places) && !out.includes(name)) out.push(name);
  }
  // "Europe" adds nothing when the EEA or EU is already named.
  const filtered = out.includes('EEA') || out.includes('EU') ? out.filter((x) => x !== 'Europe') : out;
  return filtered.length ? filtered.join(', ') : undefined;
}

const RESIDENCY: Array<[RegExp, string]> = [
  [/\bCalifornia|\bShine the Light\b|\b1798\.\d|\bCCPA\b|\bCPRA\b|\bCalOPPA\b/, 'California'],
  [/\bNevada\b/, 'Nevada'],
  [/\bVirginia\b/, 'Virginia'],
  [/\bColorado\b/, 'Colorado'],
  [/\bConnecticut\b/, 'Connecticut'],
  [/\bUtah\b/, 'Utah'],
  [/\bTexas\b/, 'Texas'],
  [/\bOregon\b/, 'Oregon'],
  [/\bMontana\b/, 'Montana'],
  [/\bVermont\b/, 'Vermont'],
  [/\bDelaware\b/, 'Delaware'],
  [/\bIowa\b/, 'Iowa'],
  [/\bMinnesota\b/, 'Minnesota'],
  [/\bMassachusetts\b/, 'Massachusetts'],
  [/\bEuropean Economic Area\b|\bEEA\b|\bEuropean Union\b|\bEU\b|\bEuropean\b/, 'EU/EEA'],
  [/\bUnited Kingdom\b|\bUK\b/, 'United Kingdom'],
  [/\bCanad(?:a|ian)\b/, 'Canada'],
  [/\bSwi(?:ss|tzerland)\b/, 'Switzerland'],
  [/\bAustralia(?:n)?\b/, 'Australia'],
  [/\bBrazil(?:ian)?\b/, 'Brazil'],
  [/\bJapan(?:ese)?\b/, 'Japan'],
];

/** The regions whose residents a rights section addresses ("California", "EU/EEA"); undefined when none. */
export function parseResidency(text: string): string | undefined {
  const out: string[] = [];
  for (const [re, name] of RESIDENCY) if (re.test(text)) out.push(name);
  return out.length ? out.join(', ') : undefined;
}
