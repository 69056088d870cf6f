/** `security`: how data is protected. */
import type { Rule } from './types';

export const securityRules: Rule[] = [
  {
    id: 'security/encryption_transit',
    section: 'security',
    finding: 'encryption_transit',
    patterns: [/\b(?:SSL|TLS|HTTPS)\b(?!:\/\/)/, /\b(?:Secure\sSockets?\sLayer|Transport\sLayer\sSecurity)\b|\bencrypt\w*\s(?:\w+\s){0,4}?(?:in\stransit|during\stransmission|transmi\w*|over\sthe\sinternet|between\syour)|\bin\stransit\b/i],
    note: 'TLS/SSL/HTTPS or encryption during transmission.',
    examples: { match: ['All connections use TLS encryption (HTTPS).', 'We use Secure Socket Layer technology to encrypt credit card numbers.'], noMatch: ['We store data in Europe.', 'Passwords are hashed.'] },
  },
  {
    id: 'security/encryption_rest',
    section: 'security',
    finding: 'encryption_rest',
    patterns: [/\bat\srest\b|\bAES(?:-?256)?\b|\bencrypted\s(?:format|form)\b|\bencrypted\s(?:backups|databases?|storage|drives?|disks?|at\srest|form\son\sour\sservers)\b|\b(?:stored|store)\s(?:\w+\s){0,3}?(?:in\s)?encrypted\b|\bencrypt\w*\s(?:\w+\s){0,3}?(?:stored|storage|databases?)\b/i],
    note: 'Stored data is encrypted.',
    examples: { match: ['At Rest: All stored data is encrypted using AES-256 encryption.'], noMatch: ['All connections use TLS.', 'We value security.'] },
  },
  {
    id: 'security/password_hashing',
    section: 'security',
    finding: 'password_hashing',
    patterns: [/\bhash(?:ed|es|ing)?\b|\bbcrypt\b|\bscrypt\b|\bargon2\b|\bsalted\b/i],
    note: 'Passwords or tokens are stored hashed.',
    examples: { match: ['Passwords are hashed with bcrypt.'], noMatch: ['We use passwords to protect accounts.', 'We encrypt data.'] },
  },
  {
    id: 'security/access_control',
    hint: /access|restrict|privileg|need|authori|safeguard|measure|precaution|procedur|protect|secur|firewall|guarantee|control/i,
    section: 'security',
    finding: 'access_control',
    patterns: [
      /\b(?:access|accessible)\s(?:\w+\s){0,4}?(?:is\s|are\s)?(?:restricted|limited)\b|\b(?:restrict|limit)\w*\s(?:\w+\s){0,3}?access\b|\brole-based\saccess\b|\bleast[\s-]privilege\b|\bneed[\s-]to[\s-]know\b|\bauthori[sz]ed\s(?:personnel|employees|staff|individuals|persons)\b/i,
      /\b(?:physical|technical|electronic|administrative|organi[sz]ational|managerial|procedural|reasonable|appropriate|industry[\s-]standard|commercially\sreasonable|security)\s(?:\w+,?\s){0,4}?(?:safeguards|measures|precautions|procedures|controls|protections|steps|security\spractices)\b/i,
      /\b(?:protect|secure|safeguard)\w*\s(?:\w+\s){0,4}?(?:against|from)\s(?:\w+\s){0,2}?(?:unauthori[sz]ed|loss|misuse|theft|alteration|destruction)\b|\bfirewalls?\b|\bsecure\sservers?\b|\bsecurity\s(?:measures|systems|technolog\w*|practices|policies)\b|\b100%\ssecure\b|\bno\s(?:method|data\stransmission|transmission|security\smeasures?|system)\s(?:\w+\s){0,6}?(?:secure|guarantee\w*)\b|\bcannot\s(?:guarantee|ensure|warrant)\s(?:\w+\s){0,3}?secur\w*/i,
      /\bsecurity\sof\s(?:\w+\s){0,2}?(?:your|the|all|personal|such|this)\s(?:\w+\s){0,2}?(?:information|data)\b|\bsecure\s(?:servers?|databases?|computers?|environment|facilit\w+|networks?|location|storage)\b|\brestricted\s(?:database|servers?|areas?)\b|\b(?:take|use|maintain|employ|implement|have)\s(?:\w+\s){0,4}?(?:precautions|measures|procedures|safeguards)\s(?:\w+\s){0,2}?(?:to\s)?(?:protect|secure|safeguard)\b/i,
    ],
    polarity: 'yes',
    note: 'Access to data is restricted, plus general safeguards (the taxonomy has no generic security id yet, so general "reasonable safeguards" statements land here).',
    examples: { match: ['Access to production systems is restricted and monitored.', 'We use reasonable physical, electronic, and procedural safeguards to protect your information.'], noMatch: ['We collect your email address.', 'You can access your account online.'] },
  },
  {
    id: 'security/mfa',
    section: 'security',
    finding: 'mfa',
    patterns: [/\b(?:multi|two)[\s-]factor\b|\b2FA\b|\bMFA\b|\btwo[\s-]step\sverification\b/i],
    note: 'Multi-factor authentication.',
    examples: { match: ['Multi-factor authentication support'], noMatch: ['We authenticate users with passwords.'] },
  },
  {
    id: 'security/audits',
    section: 'security',
    finding: 'audits',
    patterns: [/\bsecurity\saudits?\b|\bpenetration\stest\w*\b|\bvulnerability\s(?:scan\w*|assessments?|testing)\b|\bSOC\s?2\b|\bISO\s?27001\b|\bsecurity\sassessments?\b|\bregular(?:ly)?\s(?:\w+\s){0,2}?(?:audit|review|test)\w*\s(?:\w+\s){0,2}?(?:security|systems|practices)\b/i],
    veto: [/\baudit\s(?:logs?|logging|purposes|trails?)\b/i],
    note: 'Audits, penetration tests, certifications.',
    examples: { match: ['Regular security audits and vulnerability assessments'], noMatch: ['We keep audit logs for 2 years for compliance purposes.'] },
  },
  {
    id: 'security/breach_notification',
    section: 'security',
    finding: 'breach_notification',
    patterns: [/\b(?:data|security)\s(?:breach|incident)\w*\b|\bsecurity\s(?:\w+\s){0,5}?(?:has\sbeen|have\sbeen|may\shave\sbeen|is|was)\scompromised\b|\bin\sthe\sevent\sof\sa\s(?:\w+\s)?(?:breach|incident|compromise)\b|\bnotif\w*\s(?:\w+\s){0,4}?(?:breach|incident)\w*\b|\bincident\sresponse\b/i],
    note: 'Breach or incident notification and response.',
    examples: { match: ['In the event of a security incident that affects your personal data, we will notify you promptly.'], noMatch: ['We notify you of changes to this policy.'] },
  },
];
