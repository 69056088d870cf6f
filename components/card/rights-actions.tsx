import type { Finding } from '@/lib/schema';
import { requestMailto, rightsActions } from '../../lib/present/rights-actions';

/**
 * The top of "Your rights": the addresses to send a request to, as mailto:
 * links, with the response time the policy promises beside them.
 */
export function RightsActionsLine({ findings }: { findings: readonly Finding[] }) {
  const { emails, responseTime } = rightsActions(findings);
  if (emails.length === 0) return null;
  return (
    <p className="rights-actions" data-testid="rights-actions">
      Send requests to{' '}
      {emails.map((email, i) => (
        <span key={email}>
          {i > 0 && ' or '}
          <a href={requestMailto(email)} target="_blank" rel="noreferrer">
            {email}
          </a>
        </span>
      ))}
      {responseTime ? ` · answered within ${responseTime}` : ''}
    </p>
  );
}
