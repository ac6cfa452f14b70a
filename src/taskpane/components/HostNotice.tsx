/** An older Excel: what it lacks, in the user's words, and that the pane offers .xlsx files instead. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { MessageCode } from '../../core/i18n';
import { useText } from '../i18n';

export function HostNotice({ missing }: { missing: readonly MessageCode[] }) {
  const { t } = useText();
  const blocking = missing.includes('excel.requirement.data_validation');
  return (
    <MessageBar intent={blocking ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(blocking ? 'pane.host.old_excel' : 'pane.host.some_features')}</MessageBarTitle>
        <ul>
          {missing.map((code) => <li key={code}>{t(code)}</li>)}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Browser mode because office.js could not be had: said once, for the user who opened the pane in Excel. */
export function OfficeNotice({ absence }: { absence: 'failed' | 'timeout' }) {
  const { t } = useText();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t(`pane.office.${absence}`)}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * A workbook opened read-only (a reviewer's share): checking and reviewing read it; what writes (marks, the 校验结果
 * sheet, the review record, 生成填报表) needs a copy. Said before a write is tried and refused.
 */
export function ReadOnlyNotice() {
  const { t } = useText();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t('pane.host.read_only')}</MessageBarBody>
    </MessageBar>
  );
}
