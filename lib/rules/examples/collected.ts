/**
 * More examples for the `collected` rules, by rule id: each `match` example
 * states the status it must produce and each `noMatch` sentence must produce
 * no hit. They are merged into the rules' own examples (lib/rules/index.ts),
 * so docs/rules.md shows them and tests/rules runs them.
 */
import type { RuleExamples } from '../types';

export const collectedExamples: Record<string, RuleExamples> = {
  'collected/contact': {
    match: [
      { text: 'We do not collect your phone number.', status: 'no' },
      { text: 'Your postal address is never collected.', status: 'no' },
      { text: 'We do not ask for your email address.', status: 'no' },
      { text: 'We never collect your name or home address.', status: 'no' },
      { text: 'We may ask for your cell phone number so that we can text you delivery updates.', status: 'yes' },
    ],
    noMatch: [
      'A password is required to open the account page that shows your email address and phone number.',
      'We may require you to enter a password before the email address or phone number on your account can be changed.',
      'Anyone with access to your computer may be able to see your name and email address, so always sign out on shared machines.',
      'This section describes how we handle your name, email address and other contact details.',
      'If a data breach affects your account, we will write to the email address you registered with.',
    ],
  },
  'collected/identifiers': {
    match: [
      { text: 'We may ask for a copy of your passport or driver’s license to confirm your identity.', status: 'yes' },
      { text: 'Your tax identification number is collected for invoicing.', status: 'yes' },
      { text: 'We do not collect Social Security numbers.', status: 'no' },
      { text: 'We do not collect your Social Security number or driver\'s license number.', status: 'no' },
      { text: 'Passport numbers are not collected.', status: 'no' },
      { text: 'We will never collect your national ID number.', status: 'no' },
    ],
    noMatch: [
      'You can identify our staff by their badges.',
      'Passports are required for our tours abroad.',
    ],
  },
  'collected/account': {
    match: [
      { text: 'We do not collect usernames or passwords.', status: 'no' },
      { text: 'Your profile photo is not collected.', status: 'no' },
      { text: 'We do not store your login credentials.', status: 'no' },
    ],
    noMatch: [],
  },
  'collected/financial': {
    match: [
      { text: 'We collect billing information such as your card number and expiry date.', status: 'yes' },
      { text: 'Your bank account details are collected when you set up direct debit.', status: 'yes' },
      { text: 'We do not collect your credit card number.', status: 'no' },
      { text: 'Your bank account details are never collected by us.', status: 'no' },
      { text: 'We do not receive or store payment card information.', status: 'no' },
    ],
    noMatch: [],
  },
  'collected/location': {
    match: [
      { text: 'The app collects your GPS location when you search for nearby stores.', status: 'yes' },
      { text: 'We may infer your approximate location from your IP address.', status: 'yes' },
      { text: 'We do not collect your precise location.', status: 'no' },
      { text: 'The app never collects GPS data.', status: 'no' },
      { text: 'Your location is not collected.', status: 'no' },
      { text: 'We do not track your geolocation.', status: 'no' },
      { text: 'With your permission, the app records the latitude and longitude of your phone to show stores near you.', status: 'yes' },
      { text: 'We do not store the longitude or latitude of your device.', status: 'no' },
    ],
    noMatch: [
      'Our office is located in Dublin.',
    ],
  },
  'collected/device_ids': {
    match: [
      { text: 'We collect your device’s advertising identifier.', status: 'yes' },
      { text: 'Our servers record the IP address of every visitor.', status: 'yes' },
      { text: 'We do not collect IP addresses.', status: 'no' },
      { text: 'Your device identifier is never collected.', status: 'no' },
      { text: 'We do not log your IP address.', status: 'no' },
      { text: 'The app does not collect advertising identifiers.', status: 'no' },
    ],
    noMatch: [
      'Each order has a unique identifier.',
      'Contact our support team by phone.',
    ],
  },
  'collected/device_info': {
    match: [
      { text: 'We collect information about your device, such as the model and operating system.', status: 'yes' },
      { text: 'Our servers log your browser type and language setting.', status: 'yes' },
      { text: 'We do not collect information about your browser or operating system.', status: 'no' },
      { text: 'The app does not collect your device model.', status: 'no' },
      { text: 'Your browser type is never recorded.', status: 'no' },
      { text: 'We do not collect device information.', status: 'no' },
      { text: 'We collect the hardware model of your phone and the version of the app you are running.', status: 'yes' },
      { text: 'We may collect your computer type and the name of your internet provider.', status: 'yes' },
      { text: 'Our servers automatically record computer information such as your screen settings and the plug-ins installed.', status: 'yes' },
    ],
    noMatch: [
      'The app runs on iOS and Android.',
      'Use an up-to-date browser for the best experience.',
    ],
  },
  'collected/cookies': {
    match: [
      { text: 'Acme uses cookies to count visitors when they return to the site.', status: 'yes' },
      { text: 'The shop uses cookies so that customers stay signed in while they browse.', status: 'yes' },
      { text: 'We do not use cookies.', status: 'no' },
      { text: 'Our website does not use cookies or similar tracking technologies.', status: 'no' },
      { text: 'We never use web beacons.', status: 'no' },
      { text: 'No cookies are placed on your device.', status: 'no' },
    ],
    noMatch: [
      'Using cookies is a common industry practice: most websites use them to remember visitors from one page to the next.',
    ],
  },
  'collected/activity': {
    match: [
      { text: 'We record the searches you make and the links you click.', status: 'yes' },
      { text: 'Our servers log the pages you view and the date and time of each visit.', status: 'yes' },
      { text: 'We do not track the pages you visit.', status: 'no' },
      { text: 'We do not collect your browsing history.', status: 'no' },
      { text: 'Your search queries are never logged.', status: 'no' },
      { text: 'Our web server logs record the website you visited before coming to our store.', status: 'yes' },
    ],
    noMatch: [
      'Our pages load quickly.',
      'Visit our help center for answers.',
    ],
  },
  'collected/demographic': {
    match: [
      { text: 'We collect your age and gender when you complete your profile.', status: 'yes' },
      { text: 'You may give us demographic details such as your income and education.', status: 'yes' },
      { text: 'We do not collect your gender.', status: 'no' },
      { text: 'We do not collect demographic information.', status: 'no' },
      { text: 'We do not collect information about your age or gender.', status: 'no' },
      { text: 'Your date of birth is not collected.', status: 'no' },
      { text: 'When you apply for financing, we ask for your annual income and how long you have lived at your address.', status: 'yes' },
    ],
    noMatch: [
      'Our service is available to everyone.',
      'We celebrate our birthday every June.',
      'If you are under the age of 13, do not send us any information about yourself, such as your name, age or address.',
    ],
  },
  'collected/health': {
    match: [
      { text: 'We collect health data such as your weight and sleep patterns.', status: 'yes' },
      { text: 'The app records fitness information like your steps and heart rate.', status: 'yes' },
      { text: 'We may collect medical information you share with our nurses.', status: 'yes' },
      { text: 'We do not collect health information.', status: 'no' },
      { text: 'Your medical records are never collected.', status: 'no' },
      { text: 'The app does not collect fitness data.', status: 'no' },
      { text: 'We do not ask for information about your health.', status: 'no' },
    ],
    noMatch: [
      'Staying active is good for you.',
      'Our offices follow local health regulations.',
    ],
  },
  'collected/biometric': {
    match: [
      { text: 'We collect your fingerprint to unlock the app.', status: 'yes' },
      { text: 'Our service collects voice prints to recognize you when you call.', status: 'yes' },
      { text: 'We may collect facial recognition data to verify your identity.', status: 'yes' },
      { text: 'We do not collect biometric data.', status: 'no' },
      { text: 'Your fingerprint is never collected by us.', status: 'no' },
      { text: 'We do not collect face geometry or voice prints.', status: 'no' },
      { text: 'The app does not collect biometric identifiers.', status: 'no' },
    ],
    noMatch: [
      'Face ID is a feature of your phone.',
      'Our logo shows a fingerprint.',
    ],
  },
  'collected/social': {
    match: [
      { text: 'When you sign in with Google, we receive your name and profile picture.', status: 'yes' },
      { text: 'If you sign in through Facebook Connect, we receive your Facebook ID and the email address tied to it.', status: 'yes' },
      { text: 'We do not collect information from your social media accounts.', status: 'no' },
      { text: 'We never collect your social media profile.', status: 'no' },
      { text: 'Information from your social media accounts is not collected.', status: 'no' },
    ],
    noMatch: [
      'Follow us on Instagram for updates.',
      'Our team loves social events.',
    ],
  },
  'collected/survey': {
    match: [
      { text: 'We collect your answers when you take part in our surveys.', status: 'yes' },
      { text: 'When you enter a sweepstakes, we collect your name and entry details.', status: 'yes' },
      { text: 'We do not collect any information through surveys.', status: 'no' },
      { text: 'Your survey answers are not collected.', status: 'no' },
      { text: 'We never collect survey responses.', status: 'no' },
    ],
    noMatch: [],
  },
  'collected/content': {
    match: [
      { text: 'We collect the photos and videos you upload.', status: 'yes' },
      { text: 'We never read or collect the photos you upload.', status: 'no' },
      { text: 'We do not collect the messages you send.', status: 'no' },
      { text: 'The photos and files you upload are never collected.', status: 'no' },
      { text: 'We do not collect user-generated content.', status: 'no' },
    ],
    noMatch: [
      'Our content is available in five languages.',
      'Upload speeds depend on your connection.',
    ],
  },
  'collected/professional': {
    match: [
      { text: 'We collect your job title and employer.', status: 'yes' },
      { text: 'When you apply for a job, we collect your employment history.', status: 'yes' },
      { text: 'We ask for your company name and business phone number.', status: 'yes' },
      { text: 'We do not collect your job title.', status: 'no' },
      { text: 'We do not collect professional information.', status: 'no' },
      { text: 'We never collect your employer or job title.', status: 'no' },
      { text: 'Your job title is not collected.', status: 'no' },
    ],
    noMatch: [
      'We are a professional services firm.',
      'Our employees receive privacy training.',
    ],
  },
  'collected/third_party_sources': {
    match: [
      { text: 'We may combine your order history with data we get from our partners.', status: 'yes' },
      { text: 'We may obtain details about you, one by one or in aggregate form, from other sources such as partners.', status: 'yes' },
      { text: 'We do not receive information about you from other sources.', status: 'no' },
      { text: 'We never obtain information about you from third parties.', status: 'no' },
    ],
    noMatch: [],
  },
  'collected/contact:purpose': {
    match: [],
    noMatch: [
      // a purpose denied denies no collection (onNegated: drop)
      'We do not send you marketing emails.',
      'We do not contact you with promotional offers.',
      'We will not send you text messages.',
      'Our newsletter archive is on the blog.',
      'Emails from our support team come from a company address.',
    ],
  },
  'collected/financial:purpose': {
    match: [
      { text: 'We use your details to process payments and send invoices.', status: 'yes' },
      { text: 'Your information is used to complete your purchases.', status: 'yes' },
    ],
    noMatch: [
      // a purpose denied denies no collection (onNegated: drop)
      'We do not use your information to process payments.',
      'We do not use your data to process orders.',
      'We do not use your details to complete transactions.',
      'Prices include VAT.',
      'Our store opens at 9 a.m.',
    ],
  },
  'collected/account:purpose': {
    match: [
      { text: 'We use your information to create and maintain your account.', status: 'yes' },
    ],
    noMatch: [
      // a purpose denied denies no collection (onNegated: drop)
      'We do not use your information to create an account.',
      'We do not use your information to manage your account.',
      'We will not use your details to maintain an account.',
      'Account managers are available by phone.',
      'Take into account the time difference when you call.',
    ],
  },
  'collected/activity:purpose': {
    match: [
      { text: 'We use this information to improve our website and personalize your experience.', status: 'yes' },
      { text: 'We analyze how you use the service to make it better.', status: 'yes' },
    ],
    noMatch: [
      // a purpose denied denies no collection (onNegated: drop)
      'We do not use your information to personalize content.',
      'We do not use your data to improve our services.',
      'We do not use your information to understand how visitors use the site.',
      'We improved our office coffee.',
      'Personal training sessions are sold separately.',
    ],
  },
  'collected/unspecified': {
    match: [],
    noMatch: [
      'This privacy statement outlines: what information we collect, how we use it and the choices you have.',
      'By using our services, you consent to the collection and use of the information you provide as set out below.',
      'Any personal information you provide to us over the internet is sent at your own risk.',
      'If you set your browser to block cookies, the information we collect about your visits will be limited.',
    ],
  },
  'collected/unspecified:purpose-item': {
    match: [
      { text: 'carry out our obligations under any contract you enter into with us;', status: 'yes' },
    ],
    noMatch: [
      'Our office hours are listed below.',
      'Contact:\n- by phone;',
      'Pricing plans;',
    ],
  },
  'collected/unspecified:none': {
    match: [
      { text: 'We collect personal information when you use our services.', status: 'yes' },
      { text: 'We may collect personal data about you.', status: 'yes' },
      { text: 'We collect information that identifies you.', status: 'yes' },
    ],
    noMatch: [
      'We do not sell your personal information.',
      'Personal information is important.',
      'You can contact us with questions.',
    ],
  },
};
