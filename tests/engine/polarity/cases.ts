/**
 * The polarity suite: sentences written for this project (never copied from a
 * corpus), one family per block, in both directions. Each case names the
 * finding it must produce after the one-verdict step, with its status and
 * condition, or `absent` when the sentence must not produce it.
 */
import type { Condition, Section, Status } from '../../../lib/schema';

export interface PolarityCase {
  family: string;
  text: string;
  section: Section;
  id: string;
  status?: Status;
  condition?: Condition;
  /** The sentence must not produce this finding at all. */
  absent?: true;
}

const c = (family: string, text: string, finding: string, status: Status | 'absent', condition?: Condition): PolarityCase => {
  const [section, id] = finding.split('/') as [Section, string];
  return status === 'absent' ? { family, text, section, id, absent: true } : { family, text, section, id, status, ...(condition ? { condition } : {}) };
};

export const POLARITY_CASES: PolarityCase[] = [
  // a negated right frame: "do not have the right to" denies the right ("have" is tagged as an auxiliary)
  c('negated right frame', 'You do not have the right to withdraw your consent.', 'rights/withdraw_consent', 'no'),
  c('negated right frame', 'Members do not have the right to have their posts deleted.', 'rights/delete', 'no'),
  c('negated right frame', 'You do not have the right to object to processing for fraud checks.', 'rights/object', 'no'),
  c('negated right frame', 'You have the right to object to processing.', 'rights/object', 'yes'),
  c('negated right frame', 'You do not have to give us your phone number, and you have the right to delete your account.', 'rights/delete', 'yes'),
  // an occasion fronted before the practice: the verb after it says what happens to the data
  c('occasion', 'In the event of a bankruptcy, customer data will not be sold with our assets.', 'sharing/business_transfer', 'no'),
  c('occasion', 'If our company is sold, your personal information will not be part of the deal.', 'sharing/business_transfer', 'no'),
  c('occasion', 'In the event of a merger, your information may be transferred to the new owner.', 'sharing/business_transfer', 'yes'),
  c('occasion', 'We may share your data in the event of a merger.', 'sharing/business_transfer', 'yes'),
  // passive voice, negation after the trigger
  c('passive', 'Your personal information is not sold to third parties.', 'sharing/sale', 'no'),
  c('passive', 'Customer data is never sold.', 'sharing/sale', 'no'),
  c('passive', 'Member details are not rented or traded to anyone.', 'sharing/sale', 'no'),
  c('passive', 'IP addresses are not logged.', 'collected/device_ids', 'no'),
  c('passive', 'IP addresses are logged for security.', 'collected/device_ids', 'yes'),
  c('passive', 'Your mailing list entries may be sold to partners.', 'sharing/sale', 'yes'),
  c('passive', 'Subscriber information will never be sold or rented.', 'sharing/sale', 'no'),
  c('passive', 'Whatever data you post is not sold, ever.', 'sharing/sale', 'no'),
  c('passive', 'Profile details can be sold to data brokers.', 'sharing/sale', 'yes'),
  c('passive', 'Your precise location data is not collected.', 'collected/location', 'no'),

  // negated subjects and quantifiers
  c('negated subject', 'No personal data is shared with advertisers.', 'sharing/advertisers', 'no'),
  c('negated subject', 'None of your personal information is sold.', 'sharing/sale', 'no'),
  c('negated subject', 'No user data is ever sold to third parties.', 'sharing/sale', 'no'),
  c('negated subject', 'Under no circumstances will your data be sold.', 'sharing/sale', 'no'),
  c('negated subject', 'At no time do we sell personal information.', 'sharing/sale', 'no'),
  c('negated subject', 'In no event will we sell your information.', 'sharing/sale', 'no'),
  c('negated subject', 'We sell no personal information.', 'sharing/sale', 'no'),
  c('negated subject', 'We keep your data no longer than 30 days.', 'retention/stated', 'yes'),
  c('negated subject', 'Our partners may sell the information they collect.', 'sharing/sale', 'yes'),
  c('negated subject', 'We respond to all requests no later than 30 days after receipt.', 'rights/response_time', 'yes'),

  // lexical negatives
  c('lexical negative', 'We are unable to respond to Do Not Track signals.', 'cookies/dnt', 'no'),
  c('lexical negative', 'We refuse to sell your personal information.', 'sharing/sale', 'no'),
  c('lexical negative', 'We decline to sell any customer data.', 'sharing/sale', 'no'),
  c('lexical negative', 'We are not in the business of selling your information.', 'sharing/sale', 'no'),
  c('lexical negative', 'We have no intention of selling your data.', 'sharing/sale', 'no'),
  c('lexical negative', 'Selling your data is not something we do.', 'sharing/sale', 'no'),
  c('lexical negative', 'We refrain from selling personal information.', 'sharing/sale', 'no'),
  c('lexical negative', 'We are able to sell aggregated data to partners.', 'sharing/sale', 'yes'),
  c('lexical negative', 'Our service ignores Do Not Track requests.', 'cookies/dnt', 'no'),
  c('lexical negative', 'We do not currently take steps to respond to Do Not Track signals.', 'cookies/dnt', 'no'),
  c('lexical negative', 'We do not use technology that recognizes Do Not Track signals.', 'cookies/dnt', 'no'),
  c('lexical negative', 'We are not able to honour Do Not Track requests at this time.', 'cookies/dnt', 'no'),

  // coordination
  c('coordination', 'We do not share or sell your data.', 'sharing/sale', 'no'),
  c('coordination', 'We do not rent, sell, or share personal information about you with other companies.', 'sharing/sale', 'no'),
  c('coordination', 'We have never, and will never, sell your data.', 'sharing/sale', 'no'),
  c('coordination', "We don't show ads and don't sell data.", 'sharing/sale', 'no'),
  c('coordination', 'We neither sell nor rent your personal information.', 'sharing/sale', 'no'),
  c('coordination', 'We do not sell your data or share it with advertisers.', 'sharing/advertisers', 'no'),
  c('coordination', 'We do not sell your information, but we share it with advertisers.', 'sharing/advertisers', 'yes'),
  c('coordination', 'We do not sell your information, and we share it with advertisers to show relevant ads.', 'sharing/advertisers', 'yes'),
  c('coordination', 'We have not sold and do not sell personal information.', 'sharing/sale', 'no'),
  c('coordination', 'We do not recognize or respond to browser Do Not Track signals.', 'cookies/dnt', 'no'),

  // curly apostrophes
  c('curly apostrophe', 'We don’t sell your personal information.', 'sharing/sale', 'no'),
  c('curly apostrophe', 'We won’t sell your data to anyone.', 'sharing/sale', 'no'),
  c('curly apostrophe', 'We haven’t sold personal information in the past year.', 'sharing/sale', 'no'),
  c('curly apostrophe', 'We can’t respond to Do Not Track signals.', 'cookies/dnt', 'no'),
  c('curly apostrophe', 'We don’t respond to Do Not Track browser signals.', 'cookies/dnt', 'no'),
  c('curly apostrophe', 'Personal information isn’t sold to anyone.', 'sharing/sale', 'no'),
  c('curly apostrophe', 'We’ll sell the list to partners who ask.', 'sharing/sale', 'yes'),
  c('curly apostrophe', 'Acme doesn’t sell customer data.', 'sharing/sale', 'no'),

  // without notice / without other things
  c('without', 'We may change this policy at any time without notice.', 'changes/notice', 'no'),
  c('without', 'We may amend these terms from time to time without prior notice to you.', 'changes/notice', 'no'),
  c('without', 'This agreement may be modified at any time without further notice.', 'changes/notice', 'no'),
  c('without', 'We may revise this privacy notice; we will notify you by email.', 'changes/notice', 'yes'),
  c('without', 'We will tell you about changes to this policy without undue delay.', 'changes/notice', 'yes'),
  c('without', 'You can delete your account without charge.', 'rights/delete', 'yes'),
  c('without', 'Without these essential cookies, the site cannot keep you signed in.', 'cookies/essential', 'yes'),
  c('without', 'We update this policy from time to time and post the new version here.', 'changes/notice', 'yes'),

  // Do Not Track
  c('do not track', 'We do not respond to the browser "Do Not Track" signal.', 'cookies/dnt', 'no'),
  c('do not track', 'Acme does not monitor or follow any Do Not Track browser requests.', 'cookies/dnt', 'no'),
  c('do not track', 'We honor Do Not Track signals.', 'cookies/dnt', 'yes'),
  c('do not track', 'We respect the Do Not Track setting of your browser.', 'cookies/dnt', 'yes'),
  c('do not track', 'Do Not Track is a preference you can set in your web browser.', 'cookies/dnt', 'absent'),
  c('do not track', 'Some browsers offer a Do Not Track feature that lets you tell websites you do not want to be tracked.', 'cookies/dnt', 'absent'),
  c('do not track', 'Some browsers send Do Not Track signals. Our site ignores these signals.', 'cookies/dnt', 'no'),
  c('do not track', 'Your browser may send a Do Not Track signal. We honour such signals.', 'cookies/dnt', 'yes'),
  c('do not track', 'Because there is no common standard, we do not act on DNT signals.', 'cookies/dnt', 'no'),
  c('do not track', 'We do not track you across other websites.', 'cookies/dnt', 'absent'),

  // the user's own wish or condition
  c('user wish', 'If you do not want to receive marketing emails, you can opt out at any time.', 'rights/opt_out_marketing', 'yes'),
  c('user wish', 'If you do not wish to receive our newsletter, click unsubscribe.', 'rights/opt_out_marketing', 'yes'),
  c('user wish', 'If you do not want us to use cookies, you can disable them in your browser.', 'collected/cookies', 'yes'),
  c('user wish', 'Should you not want promotional emails, you may opt out.', 'rights/opt_out_marketing', 'yes'),
  c('user wish', 'If you disable cookies, you may not be able to use some features that rely on cookies.', 'rights/opt_out_tracking', 'yes'),
  c('user wish', 'Unless you object, we may share your information with advertising partners for targeted advertising.', 'sharing/advertisers', 'yes'),
  c('user wish', 'You do not have to provide your phone number, but we collect your email address.', 'collected/contact', 'yes'),

  // a denial of a side property
  c('side property', 'Cookies do not contain your name or email address.', 'collected/cookies', 'yes'),
  c('side property', 'We use cookies, which do not store any personal information.', 'collected/cookies', 'yes'),
  c('side property', 'We do not collect precise GPS location. We collect your approximate location from your IP address.', 'collected/location', 'yes'),
  c('side property', 'We do not collect sensitive information about your health, but we collect your name and email address.', 'collected/contact', 'yes'),
  c('side property', 'We use cookies, but they do not identify you personally.', 'collected/cookies', 'yes'),
  c('side property', 'We do not collect any location data.', 'collected/location', 'no'),

  // automated decisions
  c('automated decisions', 'You have the right not to be subject to automated decisions.', 'rights/automated_decisions', 'yes'),
  c('automated decisions', 'You have the right not to be subject to automated decision-making, including profiling.', 'rights/automated_decisions', 'yes'),

  // conditions: consent
  c('condition consent', 'We will not share your information with advertisers unless you agree.', 'sharing/advertisers', 'no', 'consent'),
  c('condition consent', 'We will not rent or sell your information to third parties without your consent.', 'sharing/sale', 'no', 'consent'),
  c('condition consent', 'We never sell your data without your explicit permission.', 'sharing/sale', 'no', 'consent'),
  c('condition consent', 'We share your information with advertisers only with your permission.', 'sharing/advertisers', 'no', 'consent'),
  c('condition consent', 'We will only sell your email address to partners with your consent.', 'sharing/sale', 'no', 'consent'),
  c('condition consent', 'We do not share personal data with advertisers except with your consent.', 'sharing/advertisers', 'no', 'consent'),
  c('condition consent', 'We do not sell personal information unless you direct us to do so.', 'sharing/sale', 'no', 'consent'),
  c('condition consent', 'We won’t sell your data unless you ask us to.', 'sharing/sale', 'no', 'consent'),
  // conditions: law
  c('condition law', 'We do not sell your information except where the law requires it.', 'sharing/sale', 'no', 'law'),
  c('condition law', 'We will not share your data with advertisers unless required by law.', 'sharing/advertisers', 'no', 'law'),
  c('condition law', 'We never sell personal data, except as required by applicable law.', 'sharing/sale', 'no', 'law'),
  c('condition law', 'We will not disclose your information to authorities unless a court orders us to.', 'sharing/legal', 'yes'),
  // a vague exception is no condition
  c('vague exception', 'We do not sell your personal information except as described in this policy.', 'sharing/sale', 'no'),
  c('vague exception', 'We do not rent or sell your data except as set out below.', 'sharing/sale', 'no'),
  c('vague exception', 'We do not share your information with third parties except with our service providers.', 'sharing/service_providers', 'yes'),
  c('vague exception', 'We will not share your data with anyone other than our hosting and payment providers.', 'sharing/service_providers', 'yes'),

  // plain affirmatives stay yes
  c('affirmative', 'We sell your email address to marketing partners.', 'sharing/sale', 'yes'),
  c('affirmative', 'We share your information with advertising partners.', 'sharing/advertisers', 'yes'),
  c('affirmative', 'We collect your IP address and browser type.', 'collected/device_ids', 'yes'),
  c('affirmative', 'We may change this privacy policy from time to time.', 'changes/notice', 'yes'),
  c('affirmative', 'You can delete your account at any time.', 'rights/delete', 'yes'),
  c('affirmative', 'You may request a copy of your personal data.', 'rights/access', 'yes'),
  c('affirmative', 'Not only do we collect your email address, we also collect your phone number.', 'collected/contact', 'yes'),
  c('affirmative', 'We collect, including but not limited to, your name and email address.', 'collected/contact', 'yes'),
  c('affirmative', 'We use Google Analytics to understand how visitors use the site.', 'sharing/analytics', 'yes'),
  c('affirmative', 'We use advertising cookies to show you relevant ads.', 'cookies/advertising', 'yes'),

  // denials of other practices
  c('denial', 'We do not use your content to train AI models.', 'ai/training', 'no'),
  c('denial', 'Your conversations are never used to train our models.', 'ai/training', 'no'),
  c('denial', 'We do not use third-party advertising cookies.', 'cookies/advertising', 'no'),
  c('denial', 'We do not collect your phone number.', 'collected/contact', 'no'),
  c('denial', 'We do not store your payment card number.', 'retention/unspecified', 'no'),
  c('denial', 'We do not share your data with advertisers.', 'sharing/advertisers', 'no'),
  c('denial', 'We never share your personal data with advertisers or data brokers.', 'sharing/advertisers', 'no'),
  c('denial', 'We do not use cookies.', 'collected/cookies', 'no'),

  // one verdict: never yes and no for one practice
  c('one verdict', 'We do not sell your personal information. If we sell our company, your data may be transferred to the buyer.', 'sharing/sale', 'no'),
  c('one verdict', 'We do not sell your data. We may sell aggregated statistics that identify no one.', 'sharing/sale', 'no'),
  c('one verdict', 'We do not respond to Do Not Track. Do Not Track is a browser setting.', 'cookies/dnt', 'no'),
  c('one verdict', 'Conversations from personal accounts may be used to train our models. Content sent through our API is not used to train our models unless the customer opts in.', 'ai/training', 'yes'),
  c('one verdict', 'We share your contact details with the co-sponsors of a promotion you enter. We will not rent your email address to marketers for their own campaigns without your consent.', 'sharing/marketing_partners', 'yes'),
  c('one verdict', 'We will not rent your email address to marketers for their own campaigns without your consent.', 'sharing/marketing_partners', 'no', 'consent'),
  c('one verdict', 'We may change these terms without notice. We will email you about material changes.', 'changes/notice', 'yes'),
  c('one verdict', 'We do not collect precise location. We collect city-level location from your IP address.', 'collected/location', 'yes'),

  // the tagger's slips and parentheticals
  c('tagger', 'We DO NOT share user details with advertisers.', 'sharing/advertisers', 'no'),
  c('tagger', 'We do not rent, sell, or share your personal information.', 'sharing/sale', 'no'),
  c('parenthetical', 'We do not, however, collect IP addresses.', 'collected/device_ids', 'no'),
  c('parenthetical', 'We collect, however, your IP address when you log in.', 'collected/device_ids', 'yes'),
  c('parenthetical', 'Visit counts (but not your name or e-mail address) are used to choose ads.', 'collected/contact', 'no'),
  c('negated noun phrase', 'We use your postal code but not your name or contact information to show ads.', 'collected/contact', 'no'),
  c('until', 'We will not share your details with advertisers until you agree.', 'sharing/advertisers', 'no', 'consent'),
  c('until', 'We will not sell your data until the law requires it.', 'sharing/sale', 'no', 'law'),
  c('not all', 'Not all court orders will lead to data disclosure.', 'sharing/legal', 'yes'),
  c('not all', 'Not every advertiser receives your data, but some of our advertising partners do.', 'sharing/advertisers', 'yes'),

  // relative clauses without "that" govern nothing after them
  c('reduced relative', 'We do not share the information we collect with advertisers.', 'sharing/advertisers', 'no'),
  c('reduced relative', 'We share the information we collect with advertisers.', 'sharing/advertisers', 'yes'),
  c('reduced relative', 'We do not collect details such as the pages you visited, your ISP or operating system.', 'collected/device_info', 'no'),

  // actors: a named company as subject is an actor, not a recipient
  c('actor', 'Google uses this information to improve its services.', 'sharing/named', 'absent'),
  c('actor', 'Stripe processes your payments on our behalf.', 'sharing/named', 'absent'),
  c('actor', 'We share your payment details with Stripe.', 'sharing/named', 'yes'),
  c('actor', 'We use PostHog to measure how the product is used.', 'sharing/named', 'yes'),

  // "email address": the tagger reads "address" as a verb, which then governed the rest of a denied list
  c('compound noun in a denied list', 'We do not collect your email address or phone number.', 'collected/contact', 'no'),
  c('compound noun in a denied list', "We don't ask for your name, email address or phone number to use the app.", 'collected/contact', 'no'),
  c('compound noun in a denied list', 'We collect your IP address and device type.', 'collected/device_ids', 'yes'),

  // Do Not Track: the service's verb for the signal decides, wherever it stands ("send" is the browser's)
  c('dnt verb after the name', 'Some browsers send Do Not Track signals; we do not respond to such signals.', 'cookies/dnt', 'no'),
  c('dnt verb after the name', 'Your browser may transmit a DNT header, but our servers do not recognise it.', 'cookies/dnt', 'no'),
  c('dnt verb after the name', 'Browsers can send Do Not Track requests, and we honour them.', 'cookies/dnt', 'yes'),
  c('dnt verb after the name', 'We do not respond to Do Not Track signals, but we respect your cookie choices.', 'cookies/dnt', 'no'),

  // a denial of a kind is not a denial of the practice
  c('denial of a kind', 'We do not use advertising cookies.', 'collected/cookies', 'absent'),
  c('denial of a kind', 'We do not use advertising cookies.', 'cookies/advertising', 'no'),
  c('denial of a kind', 'We do not use cookies of any kind.', 'collected/cookies', 'no'),
  c('denial of a kind', 'We may keep de-identified, aggregated statistics indefinitely.', 'retention/indefinite', 'absent'),
  c('denial of a kind', 'We may keep de-identified, aggregated statistics indefinitely.', 'retention/anonymized', 'yes'),

  // coordinated subjects share the predicate; "no-logs" names a policy; a purpose denied denies no collection
  c('coordinated subjects', 'Connection timestamps and session durations are never stored.', 'collected/activity', 'no'),
  c('coordinated subjects', 'Your IP address, browser type and device ID are never logged.', 'collected/device_ids', 'no'),
  c('coordinated subjects', 'Your name and email address are stored on servers in Ireland.', 'collected/contact', 'yes'),
  c('coordinated subjects', 'Without these essential cookies, the site cannot keep you signed in.', 'cookies/essential', 'yes'),
  c('hyphenated no', 'If Acme is ever acquired, this no-logs commitment will continue to bind the buyer.', 'sharing/business_transfer', 'yes'),
  c('purpose denied', 'We do not use your transaction data for interest-based advertising.', 'collected/activity', 'absent'),
  c('purpose denied', 'We do not use your data to improve our services.', 'collected/activity', 'absent'),
  c('product sold to the person', 'We may receive information from retailers who sold you a device.', 'sharing/sale', 'absent'),
  c('training is not a provider', 'Conversations with the assistant are not used to train third-party AI models.', 'ai/providers', 'absent'),

  // a list item says what its lead-in says, unless the lead-in lists exceptions
  c('denied lead-in', 'Acme does not collect or record:\n- the IP address you connect from;\n- your browsing history.', 'collected/device_ids', 'no'),
  c('denied lead-in', 'Acme does not collect or record:\n- the IP address you connect from;\n- your browsing history.', 'collected/activity', 'no'),
  c('denied lead-in', 'We do not share your information except:\n- with service providers who host our servers;', 'sharing/service_providers', 'yes'),
  c('denied lead-in', 'We collect:\n- your IP address;', 'collected/device_ids', 'yes'),
  c('denied lead-in', 'We share your data only with:\n- service providers who host our servers;', 'sharing/service_providers', 'yes'),
  c('denied lead-in', 'We do not share your information other than:\n- with service providers who host our servers;', 'sharing/service_providers', 'yes'),

  // a barred party between the verb and "from"
  c('barred from', 'Our contracts prohibit vendors from selling your data.', 'sharing/sale', 'no'),
  c('barred from', 'Our agreement prohibits the model provider from using your prompts to train its models.', 'ai/training', 'no'),
  c('barred from', 'Vendors are prohibited from selling your data.', 'sharing/sale', 'no'),
  c('barred from', 'We may sell data collected from our partners to other companies.', 'sharing/sale', 'yes'),

  c('participle modifier', 'No record is kept of your originating IP address when you connect.', 'collected/device_ids', 'no'),
  c('participle modifier', 'We log your originating IP address.', 'collected/device_ids', 'yes'),

  c('denied lead-in', 'Acme does not collect or record:\n- DNS lookups, visited domains or destination IP addresses;', 'collected/device_ids', 'no'),
  c('one verdict', 'Conversations from personal accounts may be used to train our models. Our contracts prohibit our AI providers from using your content to train their own models.', 'ai/training', 'yes'),

  // transfers can be denied; "to us" is the pronoun, not the country
  c('transfer denial', 'We do not transfer your personal data outside the EU.', 'international/transfers', 'no'),
  c('transfer denial', 'Your data never leaves the European Union.', 'international/transfers', 'no'),
  c('transfer denial', 'We transfer data to our offices in Canada.', 'international/transfers', 'yes'),
  c('transfer denial', 'We will not use or transfer the details you provided to us for unrelated purposes.', 'international/transfers', 'absent'),
];
