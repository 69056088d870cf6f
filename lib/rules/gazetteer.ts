/**
 * Well-known processors, ad-tech, analytics, payment and platform companies.
 * A policy that names one of them near a sharing or tracking statement names
 * a recipient (`sharing/named`). Canonical spelling first, then variants.
 */
// Certifiers and opt-out programs (TRUSTe, DAA, NAI) and "Amazon" (too often the service itself) are not recipients.
// Ordinary words (Segment, Square, Adjust, Heap, Drift, Moat) are left out: they match too much prose.
export const RECIPIENTS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['Google Analytics'], ['Google Ads', 'AdWords', 'Google AdSense', 'AdSense'], ['DoubleClick', 'Doubleclick'],
  ['Google Maps Platform', 'Google Maps'], ['Google Tag Manager'], ['Firebase'], ['Google'],
  ['Facebook', 'Meta Platforms', 'Facebook Pixel', 'Meta Pixel'], ['Instagram'], ['WhatsApp'],
  ['Twitter', 'X Corp'], ['LinkedIn'], ['Pinterest'], ['TikTok'], ['Snapchat', 'Snap Inc'], ['YouTube'], ['Reddit Ads'],
  ['Microsoft', 'Bing', 'Microsoft Clarity'], ['Apple'], ['Amazon Web Services', 'AWS'],
  ['Yahoo', 'Yahoo!'], ['AOL'], ['Oracle', 'BlueKai', 'Oracle Data Cloud'], ['Adobe', 'Omniture', 'Adobe Analytics'],
  ['Salesforce'], ['Krux'], ['ExactTarget'], ['comScore', 'ComScore'], ['Nielsen'], ['Quantcast'], ['Chartbeat'],
  ['Hotjar'], ['Mixpanel'], ['Amplitude'], ['Optimizely'], ['Crazy Egg', 'CrazyEgg'],
  ['New Relic'], ['Datadog'], ['Sentry'], ['PostHog'], ['Plausible'], ['Matomo'], ['FullStory'], ['LogRocket'],
  ['Stripe'], ['PayPal'], ['Braintree'], ['Adyen'], ['Plaid'], ['Klarna'], ['Visa'], ['Mastercard', 'MasterCard'],
  ['American Express'], ['Shopify'], ['Cloudflare', 'CloudFlare'], ['Akamai'], ['Fastly'], ['Vercel', 'Vercel Analytics'],
  ['Supabase'], ['Heroku'], ['DigitalOcean'], ['Netlify'], ['MongoDB Atlas'],
  ['Twilio'], ['SendGrid'], ['Mailchimp', 'MailChimp'], ['Mailgun'], ['Postmark'], ['Constant Contact'], ['Klaviyo'],
  ['HubSpot', 'Hubspot'], ['Marketo'], ['Intercom'], ['Zendesk'], ['Freshdesk'], ['Slack'], ['Zoom'],
  ['OpenAI'], ['Anthropic'], ['Mistral AI'], ['Cohere'], ['Hugging Face'],
  ['Criteo'], ['AppNexus'], ['Xandr'], ['The Trade Desk'], ['Taboola'], ['Outbrain'], ['Rubicon Project'], ['Magnite'],
  ['PubMatic'], ['OpenX'], ['Index Exchange'], ['MediaMath'], ['Rocket Fuel'], ['Lotame'], ['Acxiom'], ['Epsilon'],
  ['Experian'], ['Equifax'], ['TransUnion'], ['Neustar'], ['LiveRamp'], ['Integral Ad Science'],
  ['DoubleVerify'], ['AppsFlyer'], ['Kochava'], ['Branch Metrics'], ['Flurry'], ['Crashlytics'],
  ['AddThis'], ['ShareThis'], ['Disqus'], ['Gigya'], ['Janrain'], ['Tealium'], ['Media.net'],
  ['Undertone'], ['Conversant'], ['Tremor Video'], ['SpotX'], ['Yieldmo'], ['Sovrn'], ['33Across'], ['Evidon', 'Ghostery'],
    ['Zillow'], ['Discord'], ['GitHub'], ['Auth0'], ['Okta'], ['Cloudinary'], ['Vimeo'], ['Spotify'], ['Yelp'],
];

/** Variant → canonical name. */
export const RECIPIENT_CANONICAL: ReadonlyMap<string, string> = new Map(
  RECIPIENTS.flatMap((names) => names.map((n) => [n.toLowerCase(), names[0]] as const)),
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-sensitive alternation of every name, longest first so "Google Analytics" beats "Google". */
export const RECIPIENT_RE = new RegExp(
  String.raw`(?<![\w@.])(?:${RECIPIENTS.flat().sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\w@])`,
);

/** AI model providers, for `ai/providers`. */
export const AI_PROVIDERS = ['OpenAI', 'Anthropic', 'Google Gemini', 'Gemini', 'Mistral AI', 'Cohere', 'Azure OpenAI', 'Hugging Face', 'Meta Llama', 'Perplexity', 'ChatGPT', 'Claude'];
