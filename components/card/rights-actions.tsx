import type { Finding } from '@/lib/schema';
import { t } from '../../lib/present/i18n';
import type { ActionLink } from '../../lib/extract/action-links';
import { requestMailto, rightsActions } from '../../lib/present/rights-actions';

/**
 * The top of "Your rights": the addresses to send a request to, as mailto:
 * links, with the response time the policy promises beside them.
 */
export function RightsActionsLine({ findings, links = [] }: { findings: readonly Finding[]; links?: readonly ActionLink[] }) {
  const { emails, responseTime } = rightsActions(findings);
  if (emails.length === 0 && links.length === 0) return null;
  return (
    <div className="rights-actions">
      {emails.length > 0 && <EmailLine emails={emails} responseTime={responseTime} />}
      {links.length > 0 && (
        <ul className="rights-actions__links" aria-label={t('actOnRights')} data-testid="rights-links">
          {links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function EmailLine({ emails, responseTime }: { emails: string[]; responseTime?: string }) {
  return (
    <p className="rights-actions__emails" data-testid="rights-actions">
      {t('sendRequestsTo')}{' '}
      {emails.map((email, i) => (
        <span key={email}>
          {i > 0 && ` ${t('or')} `}
          <a href={requestMailto(email)} target="_blank" rel="noreferrer">
            {email}
          </a>
        </span>
      ))}
      {responseTime ? ` · ${t('answeredWithin', responseTime)}` : ''}
    </p>
  );
}
