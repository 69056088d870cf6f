/** `security`: how data is protected. */
import type { Rule } from './types';

export const securityRules: Rule[] = [
  {
    id: 'security/encryption_transit',
    section: 'security',
    finding: 'encryption_transit',
    patterns: [/\b(?:SSL|TLS|HTTPS)\b(?!:\/\/)/, /\b(?:Secure\sSockets?\sLayer|Transport\sLayer\sSecurity)\b|\bencrypt\w*\s(?:\w+\s){0,4}?(?:in\stransit|during\stransmission|transmi\w*|over\sthe\sinternet|between\syour)|\bin\stransit\b/i],
    note: 'TLS/SSL/HTTPS or encryption during transmission.',
    examples: { match: [{ text: 'All connections use TLS encryption (HTTPS).', status: 'yes' }, { text: 'We use Secure Socket Layer technology to encrypt credit card numbers.', status: 'yes' }], noMatch: ['We store data in Europe.', 'Passwords are hashed.'] },
  },
  {
    id: 'security/encryption_rest',
    section: 'security',
    finding: 'encryption_rest',
    patterns: [/\bat\srest\b|\bAES(?:-?256)?\b|\bencrypted\s(?:format|form)\b|\bencrypted\s(?:backups|databases?|storage|drives?|disks?|at\srest|form\son\sour\sservers)\b|\b(?:stored|store)\s(?:\w+\s){0,3}?(?:in\s)?encrypted\b|\bencrypt\w*\s(?:\w+\s){0,3}?(?:stored|storage|databases?)\b/i],
    note: 'Stored data is encrypted.',
    examples: { match: [{ text: 'At Rest: All stored data is encrypted using AES-256 encryption.', status: 'yes' }], noMatch: ['All connections use TLS.', 'We value security.'] },
  },
  {
    id: 'security/password_hashing',
    section: 'security',
    finding: 'password_hashing',
    patterns: [/\bhash(?:ed|es|ing)?\b|\bbcrypt\b|\bscrypt\b|\bargon2\b|\bsalted\b/i],
    note: 'Passwords or tokens are stored hashed.',
    examples: { match: [{ text: 'Passwords are hashed with bcrypt.', status: 'yes' }], noMatch: ['We use passwords to protect accounts.', 'We encrypt data.'] },
  },
  {
    id: 'security/access_control',
    hint: /access|restrict|privileg|need|authori/i,
    section: 'security',
    finding: 'access_control',
    patterns: [
      /\b(?:access|accessible)\s(?:\w+\s){0,4}?(?:is\s|are\s)?(?:restricted|limited)\b|\b(?:restrict|limit)\w*\s(?:\w+\s){0,3}?access\b|\brole-based\saccess\b|\bleast[\s-]privilege\b|\bneed[\s-]to[\s-]know\b|\bauthori[sz]ed\s(?:personnel|employees|staff|individuals|persons)\b/i,
    ],
    polarity: 'yes',
    note: 'Access to data is restricted to staff who need it. Generic "reasonable safeguards" statements are `security/safeguards`.',
    examples: { match: [{ text: 'Access to production systems is restricted and monitored.', status: 'yes' }, { text: 'Only authorized employees can see your records.', status: 'yes' }], noMatch: ['We collect your email address.', 'You can access your account online.'] },
  },
  {
    id: 'security/safeguards',
    hint: /safeguard|measure|precaution|procedur|protect|secur|firewall|guarantee|control|virus|traffic|confidential/i,
    section: 'security',
    finding: 'safeguards',
    patterns: [
      /\b(?:physical|technical|electronic|administrative|organi[sz]ational|managerial|procedural|reasonable|appropriate|industry[\s-]standard|commercially\sreasonable|security)\s(?:\w+,?\s){0,4}?(?:safeguards|measures|precautions|procedures|controls|protections|steps|security\spractices)\b/i,
      /\b(?:protect|secure|safeguard)\w*\s(?:\w+\s){0,4}?(?:against|from)\s(?:\w+\s){0,2}?(?:unauthori[sz]ed|loss|misuse|theft|alteration|destruction)\b|\bfirewalls?\b|\bsecure\sservers?\b|\bsecurity\s(?:measures|systems|technolog\w*|practices|policies)\b|\b100%\ssecure\b|\bno\s(?:method|data\stransmission|transmission|security\smeasures?|system)\s(?:\w+\s){0,6}?(?:secure|guarantee\w*)\b|\bcannot\s(?:guarantee|ensure|warrant)\s(?:\w+\s){0,3}?secur\w*/i,
      /\bsecurity\sof\s(?:\w+\s){0,2}?(?:your|the|all|personal|such|this)\s(?:\w+\s){0,2}?(?:information|data)\b|\bsecure\s(?:servers?|databases?|computers?|environment|facilit\w+|networks?|location|storage)\b|\brestricted\s(?:database|servers?|areas?)\b|\b(?:take|use|maintain|employ|implement|have)\s(?:\w+\s){0,4}?(?:precautions|measures|procedures|safeguards)\s(?:\w+\s){0,2}?(?:to\s)?(?:protect|secure|safeguard)\b/i,
      /\b(?:virus\sprotection|anti-?virus)\b|\bmonitor\w*\s(?:\w+\s){0,2}?network\straffic\b|\b(?:every|all\sreasonable|reasonable|appropriate)\sprecautions?\b|\b(?:work\shard|strive|endeavou?r|make\severy\seffort)\sto\s(?:protect|safeguard|secure)\b|\b(?:e-?mails?|e-?mail\smessages|wireless\s(?:\w+\s)?transmissions?|the\sinternet)\s(?:\w+\s){0,2}?(?:is|are)\snot\s(?:\w+\s)?secured?\b|\brequire[sd]?\s(?:\w+\s){0,6}?to\s(?:(?:protect|safeguard|secure)\s(?:the\s|this\s|such\s|your\s|all\s|any\s)?(?:personal\s|personally\sidentifiable\s)?(?:information|data|details|it|them)\b|keep\s(?:\w+\s){0,3}?confidential|maintain\s(?:\w+\s){0,2}?confidentiality)/i,
    ],
    polarity: 'yes',
    note: 'General administrative, technical and physical safeguards ("reasonable measures to protect your information", firewalls, secure servers, virus protection, network monitoring, recipients contractually required to protect data, "no method is 100% secure", "e-mail is not secure").',
    examples: { match: [{ text: 'We use reasonable physical, electronic, and procedural safeguards to protect your information.', status: 'yes' }, { text: 'We take measures to protect your data against loss and misuse.', status: 'yes' }, { text: 'Our vendors are required by contract to keep your details confidential.', status: 'yes' }, { text: 'Ordinary e-mail is not secure, so please do not send card numbers by e-mail.', status: 'yes' }], noMatch: ['We collect your email address.', 'You can access your account online.', 'We may disclose data if required by law or to protect our rights.'] },
  },
  {
    id: 'security/mfa',
    section: 'security',
    finding: 'mfa',
    patterns: [/\b(?:multi|two)[\s-]factor\b|\b2FA\b|\bMFA\b|\btwo[\s-]step\sverification\b/i],
    note: 'Multi-factor authentication.',
    examples: { match: [{ text: 'Multi-factor authentication support', status: 'yes' }], noMatch: ['We authenticate users with passwords.'] },
  },
  {
    id: 'security/audits',
    section: 'security',
    finding: 'audits',
    patterns: [/\bsecurity\saudits?\b|\bpenetration\stest\w*\b|\bvulnerability\s(?:scan\w*|assessments?|testing)\b|\bSOC\s?2\b|\bISO\s?27001\b|\bsecurity\sassessments?\b|\bregular(?:ly)?\s(?:\w+\s){0,2}?(?:audit|review|test)\w*\s(?:\w+\s){0,2}?(?:security|systems|practices)\b/i],
    veto: [/\baudit\s(?:logs?|logging|purposes|trails?)\b/i],
    note: 'Audits, penetration tests, certifications.',
    examples: { match: [{ text: 'Regular security audits and vulnerability assessments', status: 'yes' }], noMatch: ['We keep audit logs for 2 years for compliance purposes.'] },
  },
  {
    id: 'security/breach_notification',
    section: 'security',
    finding: 'breach_notification',
    patterns: [/\b(?:data|security)\s(?:breach|incident)\w*\b|\bsecurity\s(?:\w+\s){0,5}?(?:has\sbeen|have\sbeen|may\shave\sbeen|is|was)\scompromised\b|\bin\sthe\sevent\sof\sa\s(?:\w+\s)?(?:breach|incident|compromise)\b(?!\s(?:of|by)\s(?:\w+\s)?(?:contract|terms|agreement|warranty|duty|obligations?|this|these|the\sterms))|\bnotif\w*\s(?:\w+\s){0,4}?(?:breach|incident)\w*\b|\bincident\sresponse\b|\bbreach(?:es)?\sof\s(?:the\s)?(?:security|data|personal|personally|confidentiality|privacy|our\ssystems?)\b|\b(?:event|case)\s(?:of\s|that\s)?(?:\w+\s){0,3}?(?:a|any)\s(?:[\w-]+\s)?(?:breach|compromise)\b(?!\s(?:of|by)\s(?:\w+\s)?(?:contract|terms|agreement|warranty|duty|obligations?|this|these|the\sterms))/i],
    note: 'Breach or incident notification and response.',
    examples: {
      match: [
        { text: 'In the event of a security incident that affects your personal data, we will notify you promptly.', status: 'yes' },
        { text: 'In the rare event of a breach we will tell every affected member within 72 hours.', status: 'yes' },
        { text: 'If we ever suffer a breach of security that exposes your details, we will let you know.', status: 'yes' },
        { text: 'In case we discover a breach, affected customers will be informed.', status: 'yes' },
      ],
      noMatch: ['We notify you of changes to this policy.', 'A breach of these terms may end your account.', 'In the event of a dispute, the courts of Ireland decide.', 'In the event of a breach of contract by you, we may close your account.'],
    },
  },
];
