// Loading and failure, shown the same way on every page.
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export function Loading({ label }: { label: string }) {
  return <Spinner size="small" label={label} />;
}

export function ErrorBar({ children }: { children: ReactNode }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

/** What an action just did (or why it failed), announced where it happened. */
export interface Notice {
  ok: boolean;
  text: string;
}

/**
 * A live region that is always in the page, so screen readers announce each notice put into it
 * (a region created together with its text is often not read out).
 */
export function StatusNotice({ notice }: { notice: Notice | null }) {
  return (
    <div role="status">
      {notice &&
        (notice.ok ? (
          <InfoBar intent="success">{notice.text}</InfoBar>
        ) : (
          <ErrorBar>{notice.text}</ErrorBar>
        ))}
    </div>
  );
}

export function InfoBar({
  children,
  intent = 'info',
}: {
  children: ReactNode;
  intent?: 'info' | 'success' | 'warning';
}) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
