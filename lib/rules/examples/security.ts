/**
 * More examples for the `security` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const securityExamples: Record<string, RuleExamples> = {
  'security/safeguards': {
    match: [
      { text: 'We use firewalls and encryption to protect against unauthorized access, even when the law requires us to keep records.', status: 'yes' },
      { text: 'Our security measures protect your data from loss when we respond to a subpoena.', status: 'yes' },
      { text: 'We protect your account with industry-standard security measures.', status: 'yes' },
      { text: 'To protect your card details, we keep them on restricted servers in a locked facility.', status: 'yes' },
    ],
    noMatch: [
      'We may disclose information when required by law or to protect against fraud and unauthorized transactions.',
      'We may release your data if we have a good faith belief that it is necessary to protect against misuse of our services.',
      'We share data with law enforcement to protect against theft.',
    ],
  },
  'security/encryption_transit': {
    match: [
      { text: 'Data sent between your browser and our servers is encrypted with TLS.', status: 'yes' },
      { text: 'All traffic to our website is protected by HTTPS.', status: 'yes' },
      { text: 'We use SSL encryption when you submit payment details.', status: 'yes' },
      { text: 'Data sent to our servers is not encrypted in transit.', status: 'no' },
      { text: 'Our website does not use HTTPS.', status: 'no' },
      { text: 'Messages are not encrypted when they are transmitted.', status: 'no' },
      { text: 'We do not use SSL or TLS to protect the data you send.', status: 'no' },
    ],
    noMatch: [
      'We ship orders by courier.',
      'Our servers are located in Frankfurt.',
    ],
  },
  'security/encryption_rest': {
    match: [
      { text: 'Your files are encrypted when stored on our servers.', status: 'yes' },
      { text: 'We encrypt all data at rest with AES-256.', status: 'yes' },
      { text: 'Backups are stored in encrypted form.', status: 'yes' },
      { text: 'Your data is not encrypted at rest.', status: 'no' },
      { text: 'We do not encrypt stored data.', status: 'no' },
      { text: 'Stored messages are not encrypted.', status: 'no' },
    ],
    noMatch: [
      'We store your order history for your convenience.',
      'Data is deleted after 30 days.',
    ],
  },
  'security/password_hashing': {
    match: [
      { text: 'We store only a salted hash of your password.', status: 'yes' },
      { text: 'Passwords are hashed using Argon2 before they are saved.', status: 'yes' },
      { text: 'Your password is never stored in plain text; we keep only a hash.', status: 'yes' },
      { text: 'Passwords are not hashed.', status: 'no' },
      { text: 'We do not hash your password.', status: 'no' },
      { text: 'We do not salt or hash passwords before storing them.', status: 'no' },
    ],
    noMatch: [
      'Choose a strong password.',
      'Hashtags help people find your posts.',
    ],
  },
  'security/access_control': {
    match: [
      { text: 'Access to customer data is limited to authorized staff.', status: 'yes' },
      { text: 'We restrict access to personal information to a small team.', status: 'yes' },
    ],
    noMatch: [
      'Our office is open to visitors from 9 to 5.',
      'You can access the service from any browser.',
    ],
  },
  'security/mfa': {
    match: [
      { text: 'You can turn on two-factor authentication for your account.', status: 'yes' },
      { text: 'We require multi-factor authentication for all staff accounts.', status: 'yes' },
      { text: 'Two-step verification is available in your security settings.', status: 'yes' },
      { text: 'We do not offer two-factor authentication.', status: 'no' },
      { text: 'Our service does not support two-step verification.', status: 'no' },
      { text: 'We do not require multi-factor authentication for staff.', status: 'no' },
    ],
    noMatch: [
      'Sign in with your email and password.',
      'Verify your email address to finish signing up.',
      'Authentication is handled by our login page.',
    ],
  },
  'security/audits': {
    match: [
      { text: 'Independent firms test our systems with annual penetration tests.', status: 'yes' },
      { text: 'Our data centers are ISO 27001 certified.', status: 'yes' },
      { text: 'We undergo regular security audits.', status: 'yes' },
      { text: 'We do not conduct security audits.', status: 'no' },
      { text: 'We do not perform penetration testing.', status: 'no' },
      { text: 'We are not ISO 27001 certified.', status: 'no' },
      { text: 'An outside firm carries out yearly security assessments of our platform.', status: 'yes' },
      { text: 'We regularly review our systems and practices to find and fix weaknesses.', status: 'yes' },
    ],
    noMatch: [
      'Our accounts are reviewed by our accountant.',
      'We test new features with beta users.',
      'Tax audits happen every year.',
    ],
  },
  'security/breach_notification': {
    match: [
      { text: 'If a data breach affects you, we will notify you without undue delay.', status: 'yes' },
      { text: 'We will tell affected users and regulators about any security incident.', status: 'yes' },
      { text: 'We do not notify users of data breaches.', status: 'no' },
      { text: 'We do not tell users about security incidents.', status: 'no' },
      { text: 'We are not required to notify you of a data breach and do not do so.', status: 'no' },
      { text: 'We do not notify customers about security breaches.', status: 'no' },
      { text: 'Users are not informed about data breaches.', status: 'no' },
    ],
    noMatch: [
      'We will notify you when your order ships.',
      'Report bugs to our support team.',
      'Incidents at our stores are handled by staff.',
    ],
  },
};
