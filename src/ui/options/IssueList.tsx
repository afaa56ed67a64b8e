/** Pack and policy problems, one per line, each with the JSON path of the bad field. */
import { formatIssueView, type IssueView } from './types';

export function IssueList({ issues }: { issues: readonly IssueView[] }) {
  return (
    <ul class="issues">
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{formatIssueView(issue)}</code>
        </li>
      ))}
    </ul>
  );
}
