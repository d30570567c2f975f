// Whether a service head checks key-action updates before they count (off by default): one
// checkbox, saved at once with the version it read (the saved answer's version is kept for the
// next change, so turning it on and off again is never refused as stale).
import { Checkbox } from '@fluentui/react-components';
import { useState } from 'react';
import { StatusNotice, useLoad, type Notice } from '../../../shared/components/index.js';
import { planAdminApi } from '../api/index.js';
import { saveFailure } from './problems.js';

interface Setting {
  keyActionUpdatesNeedCheck: boolean;
  version: string | null;
}

export function KeyActionCheckSetting() {
  const loaded = useLoad(planAdminApi.keyActionCheck, []);
  const [saved, setSaved] = useState<Setting | null>(null);
  // The box shows the choice at once; it goes back if the save is refused.
  const [shown, setShown] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const setting = saved ?? loaded.data;
  if (!setting) return null;
  const change = (next: boolean) => {
    setShown(next);
    return planAdminApi.setKeyActionCheck(next, setting.version).then(
      (result) => {
        setSaved(result);
        setShown(null);
        setNotice({
          ok: true,
          text: next
            ? 'Key-action updates now wait for the service head’s check.'
            : 'Key-action updates count as soon as the owner submits them.',
        });
      },
      (e: unknown) => {
        setShown(null);
        setNotice({ ok: false, text: saveFailure(e).message ?? '' });
      },
    );
  };
  return (
    <>
      <Checkbox
        label="The service head checks key-action updates before they count"
        checked={shown ?? setting.keyActionUpdatesNeedCheck}
        onChange={(_e, d) => void change(d.checked === true)}
      />
      <StatusNotice notice={notice} />
    </>
  );
}
