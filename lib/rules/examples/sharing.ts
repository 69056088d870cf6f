/**
 * More examples for the `sharing` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const sharingExamples: Record<string, RuleExamples> = {
  'sharing/service_providers': {
    match: [
      { text: 'We do not share your personal information with service providers.', status: 'no' },
      { text: 'Your data is never disclosed to our vendors or hosting providers.', status: 'no' },
      { text: 'Under no circumstances do we share customer records with outside contractors.', status: 'no' },
    ],
    noMatch: [
      'You have several choices about the information our service providers receive.',
      'If you wish to restrict how our contractors use your data, please write to us.',
      'Here is how you can stop or prevent our vendors from receiving your browsing data.',
      'Our payment processors follow their own rules, so please consult the privacy policies of those companies.',
      'Customers in some states can ask for a list of the service providers that received their data.',
      'The notice below outlines: the service providers we work with, the data each one receives, and where they are based.',
      'This section is intended to explain which service providers handle your data on our behalf.',
      'The following section explains how our hosting providers and other vendors protect your information.',
      '"Service Provider" means any company that processes personal data on our behalf.',
      'We make no warranties, express or implied, about the services our third-party vendors provide.',
      'Although we choose our vendors carefully, we cannot fully guarantee that they will keep your data secure.',
    ],
  },
  'sharing/advertisers': {
    match: [
      { text: 'We may share your device identifier with advertising partners.', status: 'yes' },
      { text: 'Information about your visits is disclosed to ad networks that show you relevant ads.', status: 'yes' },
      { text: 'We provide hashed email addresses to our advertising partners.', status: 'yes' },
      { text: 'We do not share your information with advertisers.', status: 'no' },
      { text: 'Your personal data is never disclosed to ad networks.', status: 'no' },
      { text: 'We will not provide your contact details to advertising partners.', status: 'no' },
    ],
    noMatch: [],
  },
  'sharing/advertisers:targeted': {
    match: [
      { text: 'Our advertising partners may use this data to show you targeted ads on other websites.', status: 'yes' },
      { text: 'Ad networks use the information they collect to deliver interest-based advertising.', status: 'yes' },
      { text: 'We do not allow third parties to use your data for targeted advertising.', status: 'no' },
      { text: 'Your information is never used by advertising partners for interest-based ads.', status: 'no' },
      { text: 'Third-party advertisers do not receive your data for targeted advertising.', status: 'no' },
      { text: 'We do not permit ad networks to serve behavioral advertising on our site.', status: 'no' },
    ],
    noMatch: [
      'We show ads about our own products inside the app.',
      'Targeted campaigns help us reach new customers.',
    ],
  },
  'sharing/advertisers:tracking': {
    match: [
      { text: 'Third-party ad networks may place cookies on your browser to track your visits.', status: 'yes' },
      { text: 'We never let ad networks track your activity on our website.', status: 'no' },
      { text: 'Advertisers may not collect information about you through our app.', status: 'no' },
      { text: 'We do not permit third-party advertising companies to place cookies on our site.', status: 'no' },
      { text: 'Ad networks are not allowed to collect personal information on our website.', status: 'no' },
    ],
    noMatch: [
      'We track orders until they are delivered.',
      'Our advertising team reviews every campaign.',
    ],
  },
  'sharing/analytics:tracking': {
    match: [
      { text: 'Third-party analytics providers may collect information about how you use our site.', status: 'yes' },
      { text: 'We allow third parties to measure and analyze traffic on our website.', status: 'yes' },
      { text: 'We do not allow third-party analytics providers to collect information on our site.', status: 'no' },
      { text: 'No third party measures or analyzes how you use our service.', status: 'no' },
      { text: 'Third-party analytics companies do not collect data about your visits.', status: 'no' },
      { text: 'Outside vendors may compile statistics about how visitors use our website.', status: 'yes' },
    ],
    noMatch: [
      'We analyze support tickets to improve our answers.',
      'Our analysts work in Berlin.',
    ],
  },
  'sharing/analytics': {
    match: [
      { text: 'We do not use Google Analytics.', status: 'no' },
      { text: 'We do not share your usage data with analytics providers.', status: 'no' },
      { text: 'Your information is never sent to third-party analytics services.', status: 'no' },
      { text: 'We do not use any third-party analytics tools.', status: 'no' },
      { text: 'Our website uses Adobe Analytics to count page views and see which articles readers like.', status: 'yes' },
    ],
    noMatch: [
      'We analyze the results of our surveys ourselves.',
      'Our analytics team is based in Lisbon.',
    ],
  },
  'sharing/marketing_partners': {
    match: [
      { text: 'We may share your contact details with sponsors of our contests for their own marketing.', status: 'yes' },
      { text: 'Your email address may be disclosed to marketing partners who send you offers.', status: 'yes' },
      { text: 'We do not share your information with third parties for their own marketing purposes.', status: 'no' },
      { text: 'Your email address is never disclosed to marketing partners.', status: 'no' },
      { text: 'We will not give your contact details to other companies for their direct marketing.', status: 'no' },
    ],
    noMatch: [
      'We send you our own newsletter once a month.',
      'Our marketing team writes this blog.',
    ],
  },
  'sharing/affiliates': {
    match: [
      { text: 'Your information may be disclosed to our parent company and its subsidiaries.', status: 'yes' },
      { text: 'We share data with companies under common control with us.', status: 'yes' },
      { text: 'We do not share your personal information with our affiliates.', status: 'no' },
      { text: 'Your data is never disclosed to our parent company.', status: 'no' },
      { text: 'We will not share customer records with our subsidiaries.', status: 'no' },
      { text: 'Personal information is not shared with other companies in our group.', status: 'no' },
      { text: 'We may share your account details with our group companies to provide customer support.', status: 'yes' },
    ],
    noMatch: [],
  },
  'sharing/business_transfer': {
    match: [
      { text: 'We will not transfer your data as part of a merger or sale of assets.', status: 'no' },
      { text: 'Customer data will not be transferred to another company in a merger or acquisition.', status: 'no' },
      { text: 'We will not sell your data as part of a sale of our business.', status: 'no' },
      { text: 'In the event of a bankruptcy, customer data will not be sold with our assets.', status: 'no' },
      { text: 'If our company is sold, your personal information will not be included in the transferred assets.', status: 'no' },
      { text: 'In the event of a merger, your information may be transferred to the new owner.', status: 'yes' },
    ],
    noMatch: [],
  },
  'sharing/legal': {
    match: [
      { text: 'We may pass information about your account to 3rd parties if:\nThe police ask us for it with a warrant.', status: 'yes' },
      { text: 'We do not disclose your information to law enforcement.', status: 'no' },
      { text: 'We never hand over user data to government agencies.', status: 'no' },
      { text: 'We do not provide user information to law enforcement agencies.', status: 'no' },
    ],
    noMatch: [],
  },
  'sharing/public': {
    match: [
      { text: 'Anything you write in the forums may be read, copied and used by other members.', status: 'yes' },
      { text: 'Your answers posted on your profile can be seen by anyone.', status: 'yes' },
      { text: 'Your username and profile photo are visible to other users.', status: 'yes' },
      { text: 'Reviews you write are public and can be seen by anyone.', status: 'yes' },
      { text: 'Your profile is not visible to other users.', status: 'no' },
      { text: 'Your reading history is never made public.', status: 'no' },
      { text: 'We do not publish your name or photo.', status: 'no' },
      { text: 'Your messages are not visible to anyone except the recipient.', status: 'no' },
      { text: 'Some features allow other users to see your username and the groups you join.', status: 'yes' },
      { text: 'Messages you post in a community chat are not private.', status: 'yes' },
    ],
    noMatch: [],
  },
  'sharing/public:forums': {
    match: [
      { text: 'Comments you post on our message boards can be seen by other visitors.', status: 'yes' },
      { text: 'Anything you write in a chat room is available to other members.', status: 'yes' },
      { text: 'Posts in community forums may be read by anyone.', status: 'yes' },
      { text: 'Your bulletin board posts are not shared with other users.', status: 'no' },
      { text: 'We do not offer public forums where others could read your posts.', status: 'no' },
      { text: 'The app has no chat rooms or message boards visible to other users.', status: 'no' },
      { text: 'We do not operate any public message boards.', status: 'no' },
    ],
    noMatch: [
      'Our forums are moderated by volunteers.',
      'The chat room is open from 9 to 5.',
    ],
  },
  'sharing/with_consent': {
    match: [
      { text: 'If you agree, your details may be passed to our partner charities.', status: 'yes' },
      { text: 'Outside apps get access to your data only if you approve them.', status: 'yes' },
      { text: 'With your permission, we may share your profile with partner employers.', status: 'yes' },
      { text: 'We disclose your data to third parties at your direction.', status: 'yes' },
    ],
    noMatch: [
      'Only if you agree to the terms of service can you use the site; we share data with partners to run it.',
      'You can withdraw your consent at any time.',
      'We ask for your consent before sending newsletters.',
    ],
  },
  'sharing/sale': {
    match: [
      { text: 'We may sell your personal information to data brokers.', status: 'yes' },
      { text: 'Customer lists are rented to other companies.', status: 'yes' },
      { text: 'We sell aggregated location data to third parties.', status: 'yes' },
      { text: 'We will never offer your information for sale to anyone.', status: 'no' },
      { text: 'We do not engage in the sale of customer data.', status: 'no' },
    ],
    noMatch: [],
  },
  'sharing/named': {
    match: [
      { text: 'We do not use Google Analytics.', status: 'no', detail: 'Google Analytics' },
      { text: 'We do not share your data with Facebook.', status: 'no', detail: 'Facebook' },
      { text: 'We do not use Mixpanel or any other analytics service.', status: 'no', detail: 'Mixpanel' },
    ],
    noMatch: [
      'Some Microsoft-powered experiences use cookies to remember your preferences.',
    ],
  },
  'sharing/third_parties:bare': {
    match: [
      { text: 'We may disclose your personal information as described below.', status: 'yes' },
      { text: 'We may disclose information about you in the circumstances listed here.', status: 'yes' },
      { text: 'We share personal information only as described in this policy.', status: 'yes' },
    ],
    noMatch: [
      'We do not share your data.',
      'We collect your email address to send receipts.',
      'Our team shares an office in Lyon.',
    ],
  },
  'sharing/third_parties': {
    match: [],
    noMatch: [
      'We will notify you of any material changes in the way we share personal data with third parties.',
      'Before we make any change to the way we disclose information to other companies, we will post a notice on this page.',
      'This notice outlines: when we share data with third parties and what choices you have.',
      'This section aims to explain when we may disclose your personal information to third parties.',
      'The following paragraph describes how we pass customer details to other organizations.',
      'Under California law, you have the right to know whether we have disclosed your personal information to third parties.',
    ],
  },
};
