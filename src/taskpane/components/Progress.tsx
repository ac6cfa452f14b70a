/** What an action is doing while it runs, and its error when it failed, worded for the user. */
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ActionState } from '../hooks/useAction';

export function Progress({ action }: { action: Pick<ActionState, 'busy' | 'error'> }) {
  return (
    <>
      {action.busy !== null ? <Spinner size="tiny" labelPosition="after" label={action.busy} role="status" /> : null}
      {action.error !== null ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{action.error}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
