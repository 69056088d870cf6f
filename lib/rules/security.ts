/** `security`: how data is protected. */
import type { Rule } from './types';
import { phrase, casedPhrase } from './phrase';

export const securityRules: Rule[] = [
  {
    id: 'security/encryption_transit',
    section: 'security',
    finding: 'encryption_transit',
    patterns: [casedPhrase`(SSL|TLS|HTTPS)!(://)`, phrase`(Secure Socket[s] Layer|Transport Layer Security)|encrypt* …4 (in transit|during transmission|transmi*|over the internet|between your)|in transit`],
    note: 'TLS/SSL/HTTPS or encryption during transmission.',
    examples: { match: [{ text: 'All connections use TLS encryption (HTTPS).', status: 'yes' }, { text: 'We use Secure Socket Layer technology to encrypt credit card numbers.', status: 'yes' }], noMatch: ['We store data in Europe.', 'Passwords are hashed.'] },
  },
  {
    id: 'security/encryption_rest',
    section: 'security',
    finding: 'encryption_rest',
    patterns: [phrase`at rest|AES[[-]256]|encrypted (format|form)|encrypted (backups|database[s]|storage|drive[s]|disk[s]|at rest|form on our servers)|(stored|store) …3 [in] encrypted|encrypt* …3 (stored|storage|database[s])`],
    note: 'Stored data is encrypted.',
    examples: { match: [{ text: 'At Rest: All stored data is encrypted using AES-256 encryption.', status: 'yes' }], noMatch: ['All connections use TLS.', 'We value security.'] },
  },
  {
    id: 'security/password_hashing',
    section: 'security',
    finding: 'password_hashing',
    patterns: [phrase`hash[ed|es|ing]|bcrypt|scrypt|argon2|salted`],
    // what is hashed must be a secret: "partners receive hashed identifiers / e-mail addresses" is ad matching, not password security
    cue: [phrase`password*|passphrase*|credential*|PIN[s]|secret[s]|token[s]|login`],
    note: 'Passwords or tokens are stored hashed.',
    examples: {
      match: [{ text: 'Passwords are hashed with bcrypt.', status: 'yes' }, { text: 'We store your login credentials only as salted hashes.', status: 'yes' }],
      noMatch: ['We use passwords to protect accounts.', 'We encrypt data.', 'Advertising partners receive hashed identifiers to measure our ads.', 'We upload hashed e-mail addresses to Meta to build audiences.'],
    },
  },
  {
    id: 'security/access_control',
    hint: phrase`*access*|*restrict*|*privileg*|*need*|*authori*`,
    section: 'security',
    finding: 'access_control',
    patterns: [
      phrase`(access|accessible) …4 [is|are] (restricted|limited)|(restrict|limit)* …3 access|role-based access|least( |-)privilege|need( |-)to( |-)know|authori(s|z)ed (personnel|employees|staff|individuals|persons)`,
    ],
    polarity: 'yes',
    note: 'Access to data is restricted to staff who need it. Generic "reasonable safeguards" statements are `security/safeguards`.',
    examples: { match: [{ text: 'Access to production systems is restricted and monitored.', status: 'yes' }, { text: 'Only authorized employees can see your records.', status: 'yes' }], noMatch: ['We collect your email address.', 'You can access your account online.'] },
  },
  {
    id: 'security/safeguards',
    skipIf: [
      {
        has: phrase`(required|compelled|obligated) …5 by law|legal process|good faith belief|law enforcement|subpoena*|court order[s]`,
        lacks: phrase`safeguard*|measure[s]|encrypt*|firewall[s]|secure (server[s]|servers|database[s]|environment)|security (measures|systems|practices|technolog*)`,
        why: '"to protect our rights" or "to protect against misuse" is a reason to disclose data to the authorities, not a security practice',
      },
    ],
    hint: phrase`*safeguard*|*measure*|*precaution*|*procedur*|*protect*|*secur*|*firewall*|*guarantee*|*control*|*virus*|*traffic*|*confidential*`,
    section: 'security',
    finding: 'safeguards',
    patterns: [
      phrase`(physical|technical|electronic|administrative|organi(s|z)ational|managerial|procedural|reasonable|appropriate|industry( |-)standard|commercially reasonable|security) …4 (safeguards|measures|precautions|procedures|controls|protections|steps|security practices)`,
      phrase`(protect|secure|safeguard)* …4 (against|from) …2 (unauthori(s|z)ed|loss|misuse|theft|alteration|destruction)|firewall[s]|secure server[s]|security (measures|systems|technolog*|practices|policies)|100% secure|no (method|data transmission|transmission|security measure[s]|system) …6 (secure|guarantee*)|cannot (guarantee|ensure|warrant) …3 secur*`,
      phrase`security of …2 (your|the|all|personal|such|this) …2 (information|data)|secure (server[s]|database[s]|computer[s]|environment|facilit+|network[s]|location|storage)|restricted (database|server[s]|area[s])|(take|use|maintain|employ|implement|have) …4 (precautions|measures|procedures|safeguards) …2 [to] (protect|secure|safeguard)`,
      phrase`(virus protection|anti[-]virus)|monitor* …2 network traffic|(every|all reasonable|reasonable|appropriate) precaution[s]|(work hard|strive|endeavo[u]r|make every effort) to (protect|safeguard|secure)|(e[-]mail[s]|e[-]mail messages|wireless [*] transmission[s]|the internet) …2 (is|are) not [*] secure[d]|require[s|d] …6 to ((protect|safeguard|secure) [the|this|such|your|all|any] [personal|personally identifiable] (information|data|details|it|them)|keep …3 confidential|maintain …2 confidentiality)`,
    ],
    polarity: 'yes',
    note: 'General administrative, technical and physical safeguards ("reasonable measures to protect your information", firewalls, secure servers, virus protection, network monitoring, recipients contractually required to protect data, "no method is 100% secure", "e-mail is not secure").',
    examples: { match: [{ text: 'We use reasonable physical, electronic, and procedural safeguards to protect your information.', status: 'yes' }, { text: 'We take measures to protect your data against loss and misuse.', status: 'yes' }, { text: 'Our vendors are required by contract to keep your details confidential.', status: 'yes' }, { text: 'Ordinary e-mail is not secure, so please do not send card numbers by e-mail.', status: 'yes' }], noMatch: ['We collect your email address.', 'You can access your account online.', 'We may disclose data if required by law or to protect our rights.'] },
  },
  {
    id: 'security/mfa',
    section: 'security',
    finding: 'mfa',
    patterns: [phrase`(multi|two)( |-)factor|2FA|MFA|two( |-)step verification`],
    note: 'Multi-factor authentication.',
    examples: { match: [{ text: 'Multi-factor authentication support', status: 'yes' }], noMatch: ['We authenticate users with passwords.'] },
  },
  {
    id: 'security/audits',
    section: 'security',
    finding: 'audits',
    patterns: [phrase`security audit[s]|penetration test*|vulnerability (scan*|assessment[s]|testing)|SOC[ ]2|ISO[ ]27001|security assessment[s]|regular[ly] …2 (audit|review|test)* …2 (security|systems|practices)`],
    veto: [phrase`audit (log[s]|logging|purposes|trail[s])`],
    note: 'Audits, penetration tests, certifications.',
    examples: { match: [{ text: 'Regular security audits and vulnerability assessments', status: 'yes' }], noMatch: ['We keep audit logs for 2 years for compliance purposes.'] },
  },
  {
    id: 'security/breach_notification',
    section: 'security',
    finding: 'breach_notification',
    patterns: [phrase`(data|security) (breach|incident)*|security …5 (has been|have been|may have been|is|was) compromised|in the event of a …1 (breach|incident|compromise)!( (of|by) …1 (contract|terms|agreement|warranty|duty|obligation[s]|this|these|the terms))|notif* …4 (breach|incident)*|(if|when|should|where|once) (a|any|there is a) …2- breach[es]!( (of|by) …1 (contract|terms|agreement|warranty|duty|obligation[s]|this|these|the terms)) ~60 (notif*|inform*|tell|alert*)|incident response|breach[es] of [the] (security|data|personal|personally|confidentiality|privacy|our system[s])|(event|case) [of|that] …3 (a|any) …1- (breach|compromise)!( (of|by) …1 (contract|terms|agreement|warranty|duty|obligation[s]|this|these|the terms))`],
    note: 'Breach or incident notification and response.',
    examples: {
      match: [
        { text: 'In the event of a security incident that affects your personal data, we will notify you promptly.', status: 'yes' },
        { text: 'In the rare event of a breach we will tell every affected member within 72 hours.', status: 'yes' },
        { text: 'If we ever suffer a breach of security that exposes your details, we will let you know.', status: 'yes' },
        { text: 'In case we discover a breach, affected customers will be informed.', status: 'yes' },
        { text: 'If a breach affects your data, we will notify you and the regulator without undue delay.', status: 'yes' },
        { text: 'When a breach of our systems exposes your details, we inform you by email.', status: 'yes' },
      ],
      noMatch: ['We notify you of changes to this policy.', 'A breach of these terms may end your account.', 'In the event of a dispute, the courts of Ireland decide.', 'In the event of a breach of contract by you, we may close your account.', 'If a breach of these terms occurs, we will notify you that your account is closed.'],
    },
  },
];
