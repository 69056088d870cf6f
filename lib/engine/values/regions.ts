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

/** Regions named in `text`, in a fixed order, joined with ", "; undefined when none. */
export function parseRegions(text: string): string | undefined {
  const out: string[] = [];
  for (const [re, name] of REGIONS) {
    if (re.test(text) && !out.includes(name)) out.push(name);
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
