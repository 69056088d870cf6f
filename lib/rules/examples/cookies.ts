/**
 * More examples for the `cookies` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const cookiesExamples: Record<string, RuleExamples> = {
  'cookies/essential': {
    match: [
      { text: 'We do not use session cookies.', status: 'no' },
      { text: 'Our site does not set any strictly necessary cookies.', status: 'no' },
      { text: 'No authentication cookies are stored on your device.', status: 'no' },
      { text: 'We do not use essential cookies to keep you signed in.', status: 'no' },
    ],
    noMatch: [
      'Some features are essential to the service.',
      'Please keep your password secret.',
    ],
  },
  'cookies/analytics': {
    match: [
      { text: 'Our site analytics uses first-party cookies to count visits.', status: 'yes' },
      { text: 'We do not use analytics cookies.', status: 'no' },
      { text: 'Our website sets no cookies for measuring traffic.', status: 'no' },
      { text: 'We do not use cookies to analyze how you use the site.', status: 'no' },
      { text: 'Performance cookies are not used on this site.', status: 'no' },
    ],
    noMatch: [
      'We analyze customer feedback every quarter.',
      'Our statistics are published yearly.',
    ],
  },
  'cookies/advertising': {
    match: [
      { text: 'We use Google Ads to show our ads to people who have visited our website before.', status: 'yes' },
    ],
    noMatch: [
      'We advertise in local newspapers.',
      'Our cookies remember your language choice.',
      'Ads for our products appear on TV.',
    ],
  },
  'cookies/third_party': {
    match: [],
    noMatch: [
      'Third parties may offer products through our marketplace.',
      'We use cookies to remember your language.',
      'Our partners run their own websites.',
    ],
  },
  'cookies/third_party:social': {
    match: [
      { text: 'Our pages include a Facebook Like button, which may record your visit.', status: 'yes' },
      { text: 'Social sharing widgets on our site may collect information about your browsing.', status: 'yes' },
      { text: 'The Twitter share button on our articles may set cookies on your device.', status: 'yes' },
      { text: 'We do not embed social media widgets that collect information about you.', status: 'no' },
      { text: 'Our site does not use the Facebook pixel to measure conversions.', status: 'no' },
      { text: 'We do not use social sharing buttons that track your visits.', status: 'no' },
    ],
    noMatch: [
      'Follow us on Facebook for news.',
      'Share your feedback with our team.',
    ],
  },
  'cookies/dnt': {
    match: [
      { text: 'We honor Do Not Track signals from your browser.', status: 'yes' },
      { text: 'Our website respects Do Not Track requests.', status: 'yes' },
      { text: 'OUR WEBSITE DOES NOT RESPOND TO DO NOT TRACK SIGNALS.', status: 'no' },
      { text: 'WE HONOR DO NOT TRACK SIGNALS SENT BY YOUR BROWSER.', status: 'yes' },
    ],
    noMatch: [
      'Do Not Track is a setting in some web browsers.',
      'We track parcels with our shipping partner.',
    ],
  },
  'cookies/dnt:refused-later': {
    match: [
      { text: 'Our website honors this setting.', status: 'yes', previous: 'Many browsers include a Do Not Track feature.' },
      { text: 'We honor these signals and do not track visitors who send them.', status: 'yes', previous: 'Your browser may let you send a Do Not Track request.' },
      { text: 'We respond to such signals by turning off analytics cookies.', status: 'yes', previous: 'Some browsers offer a Do Not Track option.' },
      { text: 'We do not respond to these signals.', status: 'no', previous: 'Your browser may send a Do Not Track signal.' },
      { text: 'Our services currently do not honor such requests.', status: 'no', previous: 'Some web browsers have a Do Not Track setting.' },
      { text: 'Your browser can send a Do Not Track request with every page you open. Our sites do not respond to them yet.', status: 'no' },
      { text: 'Your browser may offer a Do Not Track setting. Because no standard exists yet, we do not take action in response to such settings.', status: 'no' },
    ],
    noMatch: [
      'We respond to support emails within a day.',
      'Some signals from our sensors are noisy.',
    ],
  },
};
