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
