/**
 * More examples for the `rights` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const rightsExamples: Record<string, RuleExamples> = {
  'rights/portability': {
    match: [
      { text: 'Members can export any of their stored data as a CSV file.', status: 'yes' },
      { text: 'Our settings page offers tools to download and remove your data.', status: 'yes' },
      { text: 'Account owners have the option of downloading their own data backup.', status: 'yes' },
      { text: 'You can ask us to transmit your data directly to another controller where this is technically possible.', status: 'yes' },
      { text: 'The data export tool in your settings lets you save all your notes as one file.', status: 'yes' },
    ],
    noMatch: ['You can download our app and use it anywhere.', 'Export controls may apply to our software.'],
  },
  'rights/access': {
    match: [
      { text: 'If you write to us, we will let you see the records we keep on you.', status: 'yes' },
      { text: 'On request we provide members with access to their stored details.', status: 'yes' },
      { text: 'You cannot request a copy of your personal data.', status: 'no' },
      { text: 'You cannot request access to your personal information.', status: 'no' },
      { text: 'You will not be able to request a copy of your archived messages.', status: 'no' },
      { text: 'You may ask us to tell you what data we hold about you.', status: 'yes' },
    ],
    noMatch: [
      'We provide users with access to the premium features of the site.',
      'Once you register we give you access to our services.',
      'The app lets you see nearby stores on a map.',
      'We have the right to review the information in your account to check that you follow these terms.',
      'This section will help you understand how you can request a copy of your data.',
      'Under California Civil Code Section 1798.83, you may request a copy of the list of companies we shared your details with for their own direct marketing.',
    ],
  },
  'rights/correct': {
    match: [
      { text: 'You cannot change your username after registration.', status: 'no' },
      { text: 'You are not able to correct your profile information once it is submitted.', status: 'no' },
      { text: 'You are not able to update your email address yourself.', status: 'no' },
      { text: 'Most of the details in your profile can easily be updated from your account settings.', status: 'yes' },
      { text: 'If your address is out of date, you can ask us to update it.', status: 'yes' },
    ],
    noMatch: [
      'We correct typos in our articles.',
      'Software updates are installed automatically.',
    ],
  },
  'rights/delete': {
    match: [
      { text: 'If you would like to fix your details or request that we delete them, please write to our privacy office.', status: 'yes' },
      { text: 'Members who want their profile gone can ask that we erase it.', status: 'yes' },
      { text: 'You cannot delete your account.', status: 'no' },
      { text: 'You will not be able to delete your messages once they are sent.', status: 'no' },
      { text: 'You cannot delete your personal information from our records.', status: 'no' },
      { text: 'You are not able to erase your order history.', status: 'no' },
      { text: 'You can clear your viewing history at any time from the app menu.', status: 'yes' },
    ],
    noMatch: [],
  },
  'rights/object': {
    match: [
      { text: 'You can object to our use of your data for direct marketing.', status: 'yes' },
      { text: 'You have the right to object to the processing of your personal data.', status: 'yes' },
      { text: 'Users may object to processing based on our legitimate interests.', status: 'yes' },
      { text: 'You cannot object to the processing of your personal data.', status: 'no' },
      { text: 'You may not object to processing that is required by law.', status: 'no' },
      { text: 'You cannot object to our use of your data for fraud prevention.', status: 'no' },
      { text: 'You will not be able to object to processing that is needed to run your account.', status: 'no' },
    ],
    noMatch: [
      'Please do not throw objects at our staff.',
      'We process your data to provide the service.',
    ],
  },
  'rights/restrict': {
    match: [
      { text: 'You can ask us to restrict the processing of your data.', status: 'yes' },
      { text: 'You have the right to restriction of processing.', status: 'yes' },
      { text: 'You may request that we limit the use of your sensitive personal information.', status: 'yes' },
      { text: 'You cannot restrict the processing of your personal data.', status: 'no' },
      { text: 'Users are not able to request restriction of processing.', status: 'no' },
      { text: 'You cannot ask us to limit the use of your information.', status: 'no' },
    ],
    noMatch: [
      'We restrict access to our offices.',
      'Access to production data is limited to two engineers.',
    ],
  },
  'rights/withdraw_consent': {
    match: [
      { text: 'You cannot withdraw your consent once it is given.', status: 'no' },
      { text: 'You will not be able to withdraw your consent after the study has started.', status: 'no' },
      { text: 'You cannot withdraw consent for data that has already been published.', status: 'no' },
      { text: 'You are not able to withdraw your consent through the app.', status: 'no' },
    ],
    noMatch: [
      'We ask for your consent before we send newsletters.',
      'We withdraw products that fail our tests.',
    ],
  },
  'rights/opt_out_marketing': {
    match: [
      { text: 'You cannot unsubscribe from our newsletter.', status: 'no' },
      { text: 'Users are not able to unsubscribe from marketing messages.', status: 'no' },
      { text: 'You cannot unsubscribe from service announcements about your account.', status: 'no' },
    ],
    noMatch: [
      'We send you a receipt after each order.',
      'Our newsletter comes out every Tuesday.',
    ],
  },
  'rights/opt_out_marketing:bare': {
    match: [
      { text: 'You can opt out whenever you like by clicking the link at the bottom of our marketing emails.', status: 'yes' },
      { text: 'If you no longer want to receive our newsletters, you may opt out at any time.', status: 'yes' },
      { text: 'Don\'t want our newsletter? Just opt out in your email settings.', status: 'yes' },
      { text: 'To stop receiving marketing emails, opt out using the link in any message.', status: 'yes' },
      { text: 'You are not able to opt out, as marketing emails are part of the free plan.', status: 'no' },
      { text: 'It is not possible to opt out, because marketing emails are part of the free plan.', status: 'no' },
      { text: 'There is no way to opt out while you receive our free newsletter.', status: 'no' },
    ],
    noMatch: [
      'We send promotional emails twice a month.',
      'Our newsletters include product news.',
    ],
  },
  'rights/opt_out_sale': {
    match: [
      { text: 'You may opt out of the sale or sharing of your personal information.', status: 'yes' },
      { text: 'Click "Do Not Sell or Share My Personal Information" in the footer.', status: 'yes' },
      { text: 'California residents have the right to opt out of the sale of their data.', status: 'yes' },
    ],
    noMatch: [
      'We sell gift cards in our stores.',
      'Sharing your screen is easy.',
    ],
  },
  'rights/opt_out_sale:ask': {
    match: [],
    noMatch: [
      'We never share your email address with partners.',
      'Tell us about your experience.',
      'Our partners sell our products.',
    ],
  },
  'rights/opt_out_marketing:opt_in': {
    match: [
      { text: 'We send marketing emails only to customers who have opted in.', status: 'yes' },
      { text: 'You can opt in to receive special offers when you create your account.', status: 'yes' },
      { text: 'Check the box at checkout if you want to receive our newsletter.', status: 'yes' },
    ],
    noMatch: [
      'Check the box to accept the terms of service.',
      'We send account updates by email.',
    ],
  },
  'rights/opt_out_collection': {
    match: [
      { text: 'You are not required to provide your date of birth.', status: 'yes' },
      { text: 'You may decline to share your location, but some features will not work.', status: 'yes' },
      { text: 'If you choose not to give us your email address, we cannot send you order updates.', status: 'yes' },
    ],
    noMatch: [],
  },
  'rights/opt_out_tracking': {
    match: [
      { text: 'To opt out of our use of your browsing data for ad targeting, open the privacy page.', status: 'yes' },
      { text: 'In the app settings you can choose whether we’ll show you tailored ads.', status: 'yes' },
      { text: 'Members can turn off personalised advertising at any time.', status: 'yes' },
      { text: 'You cannot opt out of analytics tracking in the app.', status: 'no' },
      { text: 'Users are not able to disable cookies on our site.', status: 'no' },
      { text: 'You cannot refuse cookies if you want to use the service.', status: 'no' },
      { text: 'It is not possible to opt out of interest-based advertising on our platform.', status: 'no' },
      { text: 'You can stop Google Analytics from collecting data about your visits by installing the Google Analytics Opt-out Browser Add-on.', status: 'yes' },
      { text: 'On an iPhone you can switch on Limit Ad Tracking in your privacy settings.', status: 'yes' },
      { text: 'You can prevent us from showing you personalized ads by changing your account preferences.', status: 'yes' },
    ],
    noMatch: [
      'Our site uses cookies to keep you signed in.',
      'We track your order until delivery.',
      'Click here to learn how to manage cookies in the most common browsers.',
      'We do not control the cookies our advertising partners set, so you will need to use their own opt-out tools.',
    ],
  },
  'rights/opt_out_tracking:industry': {
    match: [
      { text: 'To opt out of targeted ads from NAI members, visit networkadvertising.org.', status: 'yes' },
      { text: 'You can learn more about your choices at youronlinechoices.eu.', status: 'yes' },
      { text: 'Visit the Digital Advertising Alliance opt-out page to manage interest-based ads.', status: 'yes' },
      { text: 'You cannot opt out of these ads through the NAI tool.', status: 'no' },
      { text: 'Users are not able to opt out via aboutads.info.', status: 'no' },
      { text: 'You cannot use the Network Advertising Initiative opt-out to stop these ads.', status: 'no' },
    ],
    noMatch: [
      'Our ad partners follow industry standards.',
      'Many ad networks exist.',
    ],
  },
  'rights/non_discrimination': {
    match: [
      { text: 'We will not charge you different prices because you exercised your rights.', status: 'yes' },
      { text: 'You will not be discriminated against for making a privacy request.', status: 'yes' },
      { text: 'We will not deny you goods or services for exercising your CCPA rights.', status: 'yes' },
    ],
    noMatch: [
      'We treat all customers fairly.',
      'Prices may change over time.',
    ],
  },
  'rights/complaint': {
    match: [
      { text: 'You may file a complaint with your local data protection authority.', status: 'yes' },
      { text: 'If you are unhappy, you can complain to the Information Commissioner.', status: 'yes' },
      { text: 'You also have the right to lodge a complaint with the CNIL.', status: 'yes' },
    ],
    noMatch: [
      'Contact our customer service with any concerns.',
      'We take every complaint about our products seriously.',
    ],
  },
  'rights/automated_decisions': {
    match: [
      { text: 'You can ask for human review of any decision made by automated means, including profiling.', status: 'yes' },
      { text: 'We use profiling to decide which offers you see, and you can object to it.', status: 'yes' },
      { text: 'You have the right not to be subject to automated decision-making.', status: 'yes' },
      { text: 'You cannot ask for a human review of automated decisions.', status: 'no' },
      { text: 'You will not be able to opt out of profiling while you use the service.', status: 'no' },
      { text: 'You cannot object to profiling.', status: 'no' },
      { text: 'You are not able to opt out of automated decisions about your credit limit.', status: 'no' },
      { text: 'You cannot refuse automated decision-making when you apply for a loan.', status: 'no' },
    ],
    noMatch: [
      'Our warehouse is highly automated.',
      'Decisions about refunds are made by our staff.',
    ],
  },
  'rights/agent': {
    match: [
      { text: 'An authorized agent may make a request on your behalf.', status: 'yes' },
      { text: 'You can use an authorized agent to submit a deletion request.', status: 'yes' },
      { text: 'If you use an authorized agent, we may ask for proof of authorization.', status: 'yes' },
    ],
    noMatch: [
      'Our support agents are available 24/7.',
      'Insurance agents sell our policies.',
    ],
  },
  'rights/response_time': {
    match: [],
    noMatch: [
      'Deliveries arrive within 5 days.',
      'We respond to your request as soon as we can.',
      'Support answers most questions quickly.',
    ],
  },
  'rights/contact': {
    match: [
      { text: 'To make a deletion request, email privacy@example.org.', status: 'yes', value: 'privacy@example.org' },
      { text: 'You can exercise your rights by writing to rights@shop.example.com.', status: 'yes', value: 'rights@shop.example.com' },
      { text: 'Send access requests to dataprotection@example.net.', status: 'yes', value: 'dataprotection@example.net' },
      { text: 'To exercise any of these rights, write to privacy [at] example [dot] com.', status: 'yes', value: 'privacy@example.com' },
    ],
    noMatch: [
      'Email sales@example.com for a quote.',
      'Write to us at our postal address.',
    ],
  },
};
